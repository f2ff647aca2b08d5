"""Flowing layout into a bound `Doc` (pages known at build time, so every fact gets its physical page) and the
evidence sections that get bound into a 申报书 or a 佐证材料汇编."""

from __future__ import annotations

import random

from reportlab.lib.colors import Color

from eval_sets.blind.h86.model import Facts, th, f2
from eval_sets.blind.h86.render import H, W, Doc, Painter, certificate, dashboard, wrap

GREY = Color(0.3, 0.3, 0.3)


class Flow:
    """Lays blocks out top-down; a new page is appended to the doc whenever the cursor passes the bottom."""

    def __init__(self, doc: Doc, top=72, bottom=H - 62, x=72, width=W - 144, **page_kw):
        self.doc, self.top, self.bottom, self.x, self.width, self.kw = doc, top, bottom, x, width, page_kw
        self.ops: list | None = None
        self.y = 0.0

    @property
    def page(self) -> int:
        return len(self.doc.pages)

    def new_page(self, **kw):
        ops: list = []
        self.ops = ops
        self.doc.add(lambda p, ops=ops: [fn(p) for fn in ops], **{**self.kw, **kw})
        self.y = self.top
        return self.page

    def need(self, h):
        if self.ops is None or self.y + h > self.bottom:
            self.new_page()

    def _text(self, x, y, s, size, align="l", color=None):
        if color is None:
            self.ops.append(lambda p, a=(x, y, s, size, align): p.text(*a))
        else:
            self.ops.append(lambda p, a=(x, y, s, size, align, color): p.text(*a))

    def h1(self, s, size=15, center=False):
        self.need(size * 3)
        self.y += size * 0.6
        self._text(W / 2 if center else self.x, self.y + size, s, size, "c" if center else "l")
        self.y += size * 2.1
        return self.page

    def h2(self, s, size=12):
        return self.h1(s, size)

    def p(self, s, size=10.5, indent=True):
        lead = size * 1.75
        lines = wrap(("\u3000\u3000" if indent else "") + s, self.width, size)
        for ln in lines:
            self.need(lead)
            self._text(self.x, self.y + size, ln, size)
            self.y += lead
        self.y += 3
        return self.page

    def line(self, s, size=10.5, x_off=0, align="l", color=None):
        self.need(size * 1.7)
        x = self.x + x_off if align == "l" else (W / 2 if align == "c" else self.x + self.width)
        self._text(x, self.y + size, s, size, align, color)
        self.y += size * 1.7
        return self.page

    def gap(self, h=8):
        self.y += h

    def table(self, header, rows, widths, size=9, title=None, cont=None, aligns=None, keep=()) -> list[int]:
        """Rows split over pages; header repeated; a 续表 caption on continuation pages. Returns page per row."""
        widths = [w * self.width / sum(widths) for w in widths]
        lead = size * 1.35

        def height(r):
            return max(len(wrap(str(v), w - 6, size)) for v, w in zip(r, widths)) * lead + 7

        pages = []
        hh = height(header)
        first = True
        i = 0
        while i < len(rows):
            need = hh + height(rows[i]) + (size * 2.2 if title else 0)
            if self.ops is None or self.y + need > self.bottom:
                self.new_page()
            cap = title if first else (cont or (f"{title}（续表）" if title else None))
            if cap:
                self._text(W / 2, self.y + size + 2, cap, size + 1, "c")
                self.y += size * 2.2
            block = [header]
            y0 = self.y
            self.y += hh
            while i < len(rows) and self.y + height(rows[i]) <= self.bottom:
                block.append(rows[i])
                self.y += height(rows[i])
                pages.append(self.page)
                i += 1
            self.ops.append(lambda p, a=(self.x, y0, widths, block, size): p.table(*a, aligns=aligns))
            first = False
        self.y += 6
        return pages

    def image(self, img, h, caption=None, pixel_text=""):
        w = self.width
        ih = h
        iw = min(w, img.width * ih / img.height)
        self.need(ih + 30)
        x = self.x + (w - iw) / 2
        y = self.y
        self.ops.append(lambda p, a=(img, x, y, iw, ih, pixel_text): p.image(*a))
        self.y += ih + 6
        if caption:
            self._text(W / 2, self.y + 10, caption, 9.5, "c")
            self.y += 22
        return self.page


# ------------------------------------------------------------------------------------------------ sections
def section_title(fl: Flow, title: str, note: str | None = None) -> int:
    """An 附件 starts on a fresh page with its title."""
    fl.new_page()
    fl.h1(title, 14, center=True)
    if note:
        fl.line(note, 9, align="c", color=GREY)
    return fl.page


def scan_page(fl: Flow, draw, seal_name=None, seal_at=(0.70, 0.80)) -> int:
    fl.ops = None
    return fl.doc.add(draw, scan=True, seal_name=seal_name, seal_at=seal_at)


def license_scan(fl: Flow, s: dict) -> int:
    fl.ops = None
    doc = fl.doc
    def draw(p: Painter):
        p.text(W / 2, 120, "营 业 执 照", 26, "c")
        p.text(W / 2, 150, "（副  本）", 12, "c")
        rows = [("统一社会信用代码", s["credit_code"]), ("名    称", s["company"]), ("类    型", s["company_type"]),
                ("法定代表人", s["legal_rep"]), ("注册资本", s["capital"]), ("成立日期", s["founded"]),
                ("住    所", s["reg_address"])]
        y = 210
        for k, v in rows:
            p.text(100, y, k, 11)
            for ln in wrap(v, 300, 11):
                p.text(210, y, ln, 11)
                y += 20
            y += 10
        p.text(W - 100, H - 150, "登记机关", 11, "r")
        p.text(W - 100, H - 128, "2023年11月08日", 11, "r")
    return scan_page(fl, draw, s["company"], (0.72, 0.80))


def audit_section(fl: Flow, s: dict, facts: Facts, scanned_statement=False, fy_label="2023年度") -> dict:
    """Audit report extract: opinion page, company 合并利润表 (元), the platform 专项说明 (万元, 2023/2022/2021).
    Facts cite the 专项说明 page only."""
    doc = fl.doc
    a = s["audit"]
    fl.new_page()
    fl.h1("审 计 报 告", 16, center=True)
    fl.line(a["no"], 10, align="c")
    fl.gap()
    fl.p(f"{s['company']}全体股东：", indent=False)
    fl.p(f"我们审计了{s['company']}（以下简称贵公司）财务报表，包括2023年12月31日的合并及母公司资产负债表，2023年度的合并及母公司"
         "利润表、现金流量表、所有者权益变动表以及相关财务报表附注。")
    fl.p("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并及母公司财务状况"
         "以及2023年度的合并及母公司经营成果和现金流量。")
    fl.p("（本申报材料仅摘录审计意见、合并利润表及与工业互联网平台相关的专项说明，完整审计报告备查。）")
    fl.gap(30)
    fl.line(a["firm"], 10.5, align="r")
    fl.line("中国注册会计师：" + a["cpa"], 10.5, align="r")
    fl.line("二〇二四年四月十二日", 10.5, align="r")
    opinion = fl.page
    c = s["company_fin"]  # 元
    fl.new_page()
    fl.h1("合并利润表", 13, center=True)
    fl.line(f"编制单位：{s['company']}　　　　2023年度　　　　单位：元", 9, align="c")
    rows = [("一、营业总收入", c["rev"], c["rev_prev"]), ("其中：营业收入", c["rev"], c["rev_prev"]),
            ("二、营业总成本", c["cost"], c["cost_prev"]), ("其中：营业成本", c["cost"] * 0.82, c["cost_prev"] * 0.82),
            ("　　税金及附加", c["rev"] * 0.004, c["rev_prev"] * 0.004), ("　　销售费用", c["cost"] * 0.06, c["cost_prev"] * 0.06),
            ("　　管理费用", c["cost"] * 0.05, c["cost_prev"] * 0.05), ("　　研发费用", c["rd"], c["rd_prev"]),
            ("　　财务费用", c["cost"] * 0.004, c["cost_prev"] * 0.004), ("加：其他收益", c["rev"] * 0.003, c["rev_prev"] * 0.002),
            ("三、营业利润", c["profit"] * 0.98, c["profit_prev"] * 0.98), ("四、利润总额", c["profit"], c["profit_prev"]),
            ("减：所得税费用", c["profit"] * 0.15, c["profit_prev"] * 0.15), ("五、净利润", c["profit"] * 0.85, c["profit_prev"] * 0.85)]
    fl.table(["项目", "本期金额", "上期金额"], [(k, f"{x:,.2f}", f"{y:,.2f}") for k, x, y in rows], [3, 2, 2], 9,
             aligns=["l", "r", "r"])
    company_page = fl.page
    # 专项说明
    pf = s["platform_fin"]  # 万元 per year
    hdr = ["项目（单位：万元）", "2023年度", "2022年度", "2021年度"]
    items = [("平台相关营业收入", "rev"), ("平台营业成本", "cost"), ("平台相关研发投入", "rd"), ("平台期间费用（不含研发）", "opex"),
             ("平台利润总额", "profit")]
    body = [(name, *(th(pf[y][k]) for y in (2023, 2022, 2021))) for name, k in items]
    intro = (f"根据《上海市工业互联网平台应用水平评价申报表》填报要求，现将{s['platform']}（以下简称“平台”）相关收入、成本及研发投入情况"
             "说明如下。平台营收指基于平台直接订阅的服务及平台服务取得的收入，按合同归属逐笔拆分；研发投入按研究与试验发展（R&D）口径归集。")

    def statement(p: Painter):
        p.text(W / 2, 80, "关于工业互联网平台相关财务数据的专项说明", 14, "c")
        p.text(W / 2, 102, a["no"].replace("审字", "专字"), 9.5, "c")
        y = 130
        for ln in wrap("\u3000\u3000" + intro, W - 144, 10.5):
            p.text(72, y, ln, 10.5)
            y += 18
        y += 8
        ws = [180, 90, 90, 91]
        y = p.table(72, y, ws, [hdr] + body, 9.5, aligns=["l", "r", "r", "r"])
        y += 16
        for ln in wrap("\u3000\u3000注：平台利润总额＝平台相关营业收入－平台营业成本－平台相关研发投入－平台期间费用。上表数据经本所执行商定程序"
                       "核对，与贵公司账面记录一致。", W - 144, 10.5):
            p.text(72, y, ln, 10.5)
            y += 18
        p.text(W - 72, y + 40, a["firm"], 10.5, "r")
        p.text(W - 72, y + 62, "2024年4月12日", 10.5, "r")

    if scanned_statement:
        page = doc.add(statement, scan=True, seal_name=a["firm_seal"], seal_at=(0.72, 0.66))
        fl.ops = None
    else:
        fl.new_page()
        fl.ops.append(statement)
        page = fl.page
    io_ = scanned_statement
    col = {2023: "2023年度", 2022: "2022年度", 2021: "2021年度"}
    facts.add("平台相关营业收入（万元）", th(pf[2023]["rev"]), "万元", pf[2023]["rev"], page, row_label="平台相关营业收入",
              column_label=col[2023], image_only=io_)
    for y in (2022, 2021):
        facts.add("平台近三年经营指标情况", th(pf[y]["rev"]), "万元", pf[y]["rev"], page, row_label="平台相关营业收入",
                  column_label=col[y], component=f"{y}年平台营收（万元）", image_only=io_)
    facts.add("平台相关研发投入（万元）", th(pf[2023]["rd"]), "万元", pf[2023]["rd"], page, row_label="平台相关研发投入",
              column_label=col[2023], image_only=io_)
    facts.add("平台利润率（%）", th(pf[2023]["profit"]), "万元", pf[2023]["profit"], page, row_label="平台利润总额",
              column_label=col[2023], component="平台利润总额（万元）", image_only=io_)
    facts.add("投资回报率（%）", th(pf[2023]["profit"]), "万元", pf[2023]["profit"], page, row_label="平台利润总额",
              column_label=col[2023], component="平台年利润（万元）", image_only=io_)
    return {"opinion": opinion, "company": company_page, "statement": page}


def platform_note(fl: Flow, s: dict, v: dict, facts: Facts) -> int:
    """平台专项说明: team and cloud resources as the platform operator states them."""
    fl.new_page()
    fl.h1(f"{s['platform']}专项说明（人员及资源）", 13, center=True)
    fl.p("一、平台团队。截至2024年6月30日，平台团队人员构成如下（不含集团共享职能人员）：")
    team = [("平台运维（含基础运维、迭代开发、优化升级）", v["运维人数（人）"]), ("平台运营（含日常运营、销售、管理）", v["运营人数（人）"]),
            ("合计", v["平台团队总人数（人）"]), ("其中：具有相关技术职称/从业资格", v["有相关技术职称/从业资格的人数（人）"])]
    fl.table(["人员类别", "人数（人）"], [(k, x) for k, x in team], [4, 1.3], 9.5, aligns=["l", "r"])
    pg = fl.page
    facts.add("运维人数（人）", v["运维人数（人）"], "人", v["运维人数（人）"], pg, row_label="平台运维", column_label="人数（人）")
    facts.add("运营人数（人）", v["运营人数（人）"], "人", v["运营人数（人）"], pg, row_label="平台运营", column_label="人数（人）")
    facts.add("平台团队总人数（人）", v["平台团队总人数（人）"], "人", v["平台团队总人数（人）"], pg, row_label="合计", column_label="人数（人）")
    facts.add("有相关技术职称/从业资格的人数（人）", v["有相关技术职称/从业资格的人数（人）"], "人",
              v["有相关技术职称/从业资格的人数（人）"], pg, row_label="其中：具有相关技术职称/从业资格", column_label="人数（人）")
    fl.p("二、云资源。平台部署于" + s["deploy_text"] + "，资源使用情况如下：")
    res = [("平台实际用云量（台，折算）", f2(s["servers"])), ("其中：公有云服务器（台）", s["pub_servers"]),
           ("存储容量（TB）", f2(s["storage"])), ("存储工业数据量（TB）", f2(s["data"])), ("其中：公有云数据（TB）", f2(s["pub_data"]))]
    fl.table(["资源项", "数量"], res, [4, 1.3], 9.5, aligns=["l", "r"])
    pg = fl.page
    facts.add("平台实际用云量（台）", f2(s["servers"]), "台", s["servers"], pg, row_label="平台实际用云量（台，折算）")
    facts.add("存储容量（TB）", f2(s["storage"]), "TB", s["storage"], pg, row_label="存储容量（TB）")
    facts.add("存储工业数据量（TB）", f2(s["data"]), "TB", s["data"], pg, row_label="存储工业数据量（TB）")
    fl.p("三、上述数据取自平台运维管理系统及云服务商账单，数据截至2024年6月30日。")
    fl.gap(20)
    fl.line(s["company"], 10.5, align="r")
    fl.line("2024年7月", 10.5, align="r")
    return pg


def nw_corner(rows: dict, cols: dict) -> dict:
    """Integer matrix with the given row and column sums (north-west corner rule)."""
    r = dict(rows)
    c = dict(cols)
    out = {}
    rk, ck = list(r), list(c)
    i = j = 0
    while i < len(rk) and j < len(ck):
        q = min(r[rk[i]], c[ck[j]])
        if q:
            out[(rk[i], ck[j])] = q
        r[rk[i]] -= q
        c[ck[j]] -= q
        if r[rk[i]] == 0:
            i += 1
        else:
            j += 1
    return out


def device_list(fl: Flow, s: dict, real: dict, facts: Facts, seed: int, sites: list[str], pages=6) -> dict:
    """Device list over several pages (repeated header, 续表), 合计 row and 其中 lines on the last page, then a
    regional summary with the overseas subtotal."""
    rng = random.Random(seed)
    dev = s["devices"]
    regions = real["按省市区域统计工业设备数量（台/套）"]
    cats = real["按二级分类统计工业设备数量（台/套）"]
    cells = nw_corner(regions, cats)
    per_page = 34
    target_rows = pages * per_page - 8
    unit = max(1, dev // target_rows)
    rows = []
    for (reg, cat), q in cells.items():
        n = max(1, round(q / unit))
        parts = [q // n] * n
        for k in range(q - sum(parts)):
            parts[k] += 1
        for part in parts:
            rows.append([reg, cat, part])
    rng.shuffle(rows)
    rows.sort(key=lambda r: list(regions).index(r[0]))
    pub_ratio = s["pub"] / (dev - sum(s["overseas"].values()))
    pubs = [0 if r[0] in s["overseas"] else int(r[2] * pub_ratio) for r in rows]
    k = 0
    while sum(pubs) < s["pub"]:
        if rows[k % len(rows)][0] not in s["overseas"] and pubs[k % len(rows)] < rows[k % len(rows)][2]:
            pubs[k % len(rows)] += 1
        k += 1
    modes = s.get("modes", ["私有云", "边缘侧"])
    body = []
    for i, (r, pb) in enumerate(zip(rows, pubs), 1):
        site = f"{rng.choice(sites)}{rng.choice(['一号', '二号', '三号', '东区', '西区', '南厂', '北厂', ''])}{rng.choice(['站点', '车间', '产线', '机组', '基地'])}"
        body.append([i, site, r[0], r[1], rng.choice(modes) if pb < r[2] else "公有云", th(r[2]), th(pb)])
    body.append(["合计", "", "", "", "", th(dev), th(s["pub"])])
    title = "平台接入工业设备清单"
    pg = fl.table(["序号", "接入单位/站点", "所属省市", "设备类别", "主要接入方式", "接入数量（台/套）", "其中：公有云（台/套）"], body,
                  [0.7, 3.2, 1.4, 1.6, 1.2, 1.3, 1.3], 8, title=title, aligns=["c", "l", "l", "l", "l", "r", "r"])
    first, last = pg[0], pg[-1]
    fl.p(f"其中：公有云工业设备近一年平均日运行数量 {th(s['run'])} 台/套（平台设备在线监测统计）。", 9.5, indent=False)
    facts.add("连接的工业设备/产品/产线种类及数量（台/套）", th(dev), "台/套", dev, last, row_label="合计", column_label="接入数量（台/套）")
    facts.add("公有云工业设备连接数量（台/套）", th(s["pub"]), "台/套", s["pub"], last, row_label="合计", column_label="其中：公有云（台/套）")
    facts.add("公有云工业设备平均日运行数量（台/套）", th(s["run"]), "台/套", s["run"], fl.page, row_label="其中：公有云工业设备近一年平均日运行数量")
    # regional summary
    ov = s["overseas"]
    rs = [[k, th(n)] for k, n in regions.items() if k not in ov]
    if ov:
        rs += [[k, th(n)] for k, n in ov.items()] + [["海外合计", th(sum(ov.values()))]]
    rs.append(["总计", th(dev)])
    pgs = fl.table(["所属省市/国家", "接入数量（台/套）"], rs, [3, 2], 9, title="平台接入工业设备按区域汇总", aligns=["l", "r"])
    if ov:
        facts.add("海外设备连接数量（台/套）", th(sum(ov.values())), "台/套", sum(ov.values()), pgs[-2], row_label="海外合计",
                  column_label="接入数量（台/套）")
    return {"first": first, "last": last, "rows": len(body) - 1}


SYL = list("华鑫泰和瑞丰盛达宏远嘉诚明德永兴佳信润恒安隆新源众联博通凯旋金桥昌荣天祥")
SUFFIX = {"食品": ["食品有限公司", "食品科技有限公司", "农产品有限公司"], "轻工": ["包装材料有限公司", "纸业有限公司", "日化有限公司"],
          "服务业": ["供应链管理有限公司", "物流有限公司", "商贸有限公司"], "机械": ["机械有限公司", "精密制造有限公司", "装备有限公司"],
          "船舶": ["船舶配套有限公司", "船务工程有限公司", "海洋装备有限公司"], "电力、热力和燃气": ["能源有限公司", "热电有限公司", "电力工程有限公司"],
          "航空/航天": ["航空部件有限公司", "航空材料有限公司", "精密锻造有限公司"], "有色金属": ["合金材料有限公司", "有色金属有限公司", "新材料有限公司"],
          "电子": ["电子科技有限公司", "半导体材料有限公司", "微电子有限公司"], "石化化工": ["化工有限公司", "新材料科技有限公司", "精细化学品有限公司"],
          "汽车": ["汽车零部件有限公司", "汽车电子有限公司", "车身部件有限公司"], "医药": ["医药有限公司", "生物科技有限公司", "药业有限公司"],
          "其他": ["实业有限公司", "科技有限公司", "工贸有限公司"], "建材": ["建材有限公司", "玻璃有限公司", "新型材料有限公司"]}
CITY = {"上海": "上海", "江苏": "苏州", "浙江": "宁波", "安徽": "合肥", "山东": "烟台", "广东": "东莞", "湖北": "武汉", "四川": "成都",
        "辽宁": "大连", "福建": "泉州", "北京": "北京", "天津": "天津", "河南": "郑州", "湖南": "长沙", "陕西": "西安", "江西": "南昌",
        "重庆": "重庆", "河北": "唐山"}


def company_names(n: int, inds: list[str], regs: list[str], rng: random.Random) -> list[str]:
    seen = set()
    out = []
    for ind, reg in zip(inds, regs):
        while True:
            name = f"{CITY.get(reg, reg)}{rng.choice(SYL)}{rng.choice(SYL)}{rng.choice(SUFFIX.get(ind, SUFFIX['其他']))}"
            if name not in seen:
                seen.add(name)
                out.append(name)
                break
    return out


def customer_list(fl: Flow, s: dict, real: dict, facts: Facts, seed: int, title="平台服务企业名录") -> dict:
    """One row per served enterprise over ~6 pages; 合计 and 其中 rows on the last page."""
    rng = random.Random(seed)
    n = real["实际服务企业数（个）"]
    inds = [k for k, c in real["按行业统计服务企业数（个）"].items() for _ in range(c)]
    regs = [k for k, c in real["按省市区域统计服务企业数（个）"].items() for _ in range(c)]
    rng.shuffle(inds)
    names = company_names(n, inds, regs, rng)
    local = real["服务本市企业数量（个）"]
    sme_idx = set(rng.sample(range(n), real["服务中小企业数量（个）"]))
    paid_idx = set(rng.sample(range(n), real["付费企业数（个）"]))
    body = []
    for i in range(n):
        body.append([i + 1, names[i], inds[i], regs[i], "中小企业" if i in sme_idx else "大型企业", "付费" if i in paid_idx else "免费",
                     f"20{rng.randint(19, 24)}.{rng.randint(1, 12):02d}"])
    body.append(["合计", f"{n}家", "", "", "", "", ""])
    pg = fl.table(["序号", "企业名称", "所属行业", "所属省市", "企业规模", "服务类型", "开通时间"], body, [0.7, 4.2, 1.5, 1.1, 1.1, 0.9, 1.1],
                  7.5, title=title, aligns=["c", "l", "l", "l", "l", "l", "c"])
    last = pg[-1]
    fl.line(f"其中：服务本市企业 {local} 家；服务中小企业 {len(sme_idx)} 家；付费企业 {len(paid_idx)} 家。", 9.5)
    sub = fl.page
    facts.add("实际服务企业数（个）", f"{n}家", "家", n, last, row_label="合计", column_label="企业名称")
    facts.add("服务本市企业数量（个）", str(local), "家", local, sub, quote=f"服务本市企业 {local} 家", row_label="其中：服务本市企业")
    facts.add("服务中小企业数量（个）", str(len(sme_idx)), "家", len(sme_idx), sub, quote=f"服务中小企业 {len(sme_idx)} 家",
              row_label="其中：服务中小企业")
    facts.add("付费企业数（个）", str(len(paid_idx)), "家", len(paid_idx), sub, quote=f"付费企业 {len(paid_idx)} 家", row_label="其中：付费企业")
    return {"first": pg[0], "last": last}


def screenshots(fl: Flow, s: dict, shots: list[dict], facts: Facts, seed: int) -> list[int]:
    """Each shot: {title, caption, tiles:[(cap, printed, label, normalized, unit)], footer}. Values live in pixels only."""
    pages = []
    for k, shot in enumerate(shots):
        tiles = [(t[0], t[1]) for t in shot["tiles"]]
        img, text = dashboard(shot["title"], tiles, shot["footer"], seed + k)
        fl.need(330)
        if fl.y > fl.top + 10 and fl.y + 330 > fl.bottom:
            fl.new_page()
        pg = fl.image(img, 270, shot["caption"], text)
        pages.append(pg)
        for cap, printed, label, norm, unit in shot["tiles"]:
            if label:
                facts.add(label, printed, unit, norm, pg, row_label=cap, image_only=True)
    return pages


def ip_list(fl: Flow, kind: str, items: list[tuple], facts: Facts, label: str, unit: str, title: str) -> int:
    """Numbered IP list; the 合计 row is the proof (on its last, continuation page)."""
    if kind == "patent":
        hdr = ["序号", "专利名称", "专利类型", "专利号", "授权公告日", "专利权人"]
        ws = [0.6, 4.2, 1.0, 2.1, 1.3, 2.2]
    else:
        hdr = ["序号", "软件名称", "登记号", "登记日期", "著作权人"]
        ws = [0.6, 4.8, 1.9, 1.3, 2.6]
    rows = [[i + 1, *it] for i, it in enumerate(items)]
    rows.append(["合计", f"共{len(items)}项"] + [""] * (len(hdr) - 2))
    pg = fl.table(hdr, rows, ws, 8, title=title, aligns=["c"] + ["l"] * (len(hdr) - 1))
    facts.add(label, f"共{len(items)}项", unit, len(items), pg[-1], row_label="合计", column_label=hdr[1])
    return pg[-1]


def cert_scans(fl: Flow, certs: list[tuple[str, list[str], str]], seed: int, two_per_page=True) -> list[int]:
    """Certificates photographed/scanned, two per page, image-only."""
    fl.ops = None
    doc = fl.doc
    pages = []
    for i in range(0, len(certs), 2 if two_per_page else 1):
        chunk = certs[i:i + (2 if two_per_page else 1)]
        imgs = [certificate(t, ls, sealn, seed + i + j) for j, (t, ls, sealn) in enumerate(chunk)]

        def draw(p: Painter, imgs=imgs):
            y = 70
            for img, txt in imgs:
                p.image(img, 90, y, W - 180, (W - 180) * img.height / img.width, txt, border=False)
                y += (W - 180) * img.height / img.width + 30
        pages.append(doc.add(draw, scan=True, seal_name=None))
    return pages


def simple_table_section(fl: Flow, title: str, hdr, rows, ws, total_row, facts: Facts, fact_specs, note=None, size=9) -> int:
    pg = fl.table(hdr, rows + [total_row], ws, size, title=title)
    if note:
        fl.p(note, 9.5, indent=False)
    for spec in fact_specs:
        facts.add(**{**spec, "page": pg[-1]})
    return pg[-1]
