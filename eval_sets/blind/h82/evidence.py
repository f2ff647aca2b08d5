"""Evidence writers. Each prints the platform's real figures and returns the facts it printed (with their pages)."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h82 import render as R
from eval_sets.blind.h82.docs import save_xlsx

DRAWN: dict[str, dict[int, str]] = {}


def fact(label, value, unit, normalized, file, page, quote=None, row="", col="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                quote=quote if quote is not None else value, row_label=row, column_label=col, component=component,
                image_only=image_only)


def yuan(x: float) -> str:
    return f"{x:,.2f}"


def wan(x_yuan: float) -> float:
    return round(x_yuan / 10000 + 1e-9, 2)


class Pkg:
    """Collects files and facts of one package while it is written."""

    def __init__(self, pid: str, root: Path, tmp: Path, rng):
        self.pid, self.root, self.tmp, self.rng = pid, root, tmp, rng
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []

    def path(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        out = self.root / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        return out

    def drawn(self, rel: str, pages: dict[int, str]):
        DRAWN.setdefault(f"{self.pid}/{rel}", {}).update({int(k): v for k, v in pages.items()})


# ------------------------------------------------------------------------------------------ audit report
def audit_report(pk: Pkg, rel: str, p: dict, plat: dict, unit="万元", scanned=False, company_years=("本期金额", "上期金额")):
    """plat: {year: {营业收入, 研发投入, 利润总额}} in 元. Platform note on p4 in `unit`; company statement on p3 in 元."""
    firm = p["auditor"]
    c = p["corp"]
    cover = [R.SP(150), R.H(p["company"], 18), R.SP(20), R.H("2023年度审计报告", 22), R.SP(20),
             R.H(f"{firm[0]}审字〔2024〕第{firm[1]}号", 12), R.SP(200), R.H(firm[0], 13), R.H("二〇二四年四月十八日", 12)]
    opinion = [R.H("审计报告", 16), R.SP(10), R.P(f"{p['company']}全体股东：", 11),
               R.P("    一、审计意见", 11),
               R.P(f"    我们审计了{p['company']}（以下简称“公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
                   "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
                   "公允反映了公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。", 11),
               R.P("    二、形成审计意见的基础", 11),
               R.P("    我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。", 11),
               R.SP(40), R.P(f"{firm[0]}                中国注册会计师：{firm[2]}", 11)]
    cy = p["company_pl"]  # {row: (本期, 上期)} in 元
    rows = [("项目", company_years[0], company_years[1])] + [(k, yuan(a), yuan(b)) for k, (a, b) in cy.items()]
    income = [R.H("利润表", 15), R.P(f"编制单位：{p['company']}        2023年度        单位：元", 9), R.SP(4),
              R.T(rows, (70, 52, 52), 9, align_right_from=1)]
    yrs = (2023, 2022, 2021)
    conv = (lambda x: f"{x / 10000:,.2f}") if unit == "万元" else yuan
    prow = [("项目",) + tuple(f"{y}年度" for y in yrs)]
    names = [("平台相关营业收入", "营业收入"), ("平台相关研发投入", "研发投入"), ("平台利润总额", "利润总额")]
    for shown, key in names:
        prow.append((shown,) + tuple(conv(plat[y][key]) if key in plat[y] else "—" for y in yrs))
    note = [R.H(f"关于{p['name']}业务的专项说明", 14), R.SP(6),
            R.P(f"    根据《上海市工业互联网平台应用水平评价申报表》填报口径，公司对{p['short']}平台相关的收入、研发投入和利润进行单独核算。"
                "平台相关营业收入为基于平台直接订阅的服务及通过平台服务取得的收入；平台相关研发投入按研究与试验发展（R&D）口径归集。", 10.5),
            R.SP(6), R.P(f"表1 平台业务主要财务数据（单位：{unit}）", 10), R.T(prow, (52, 40, 40, 40), 9.5, align_right_from=1),
            R.SP(8), R.P("    注：上表数据已经本所审计，与公司财务报表及相关明细账一致。", 10)]
    pages = [cover, opinion, income, note]
    target = pk.path(rel, "evidence:audit_report")
    if scanned:
        src = pk.tmp / (Path(rel).stem + "_src.pdf")
        R.write_pdf(src, pages)
        drawn = R.scan_pdf(src, target, pk.rng, seals={0: (0.5, 0.78), 3: (0.7, 0.62)}, seal_text=firm[0])
        pk.drawn(rel, drawn)
    else:
        R.write_pdf(target, pages)
    f = []
    io = dict(image_only=scanned)
    col = lambda y: f"{y}年度"
    show = (lambda x: f"{x / 10000:,.2f}") if unit == "万元" else yuan
    u = unit
    v23 = plat[2023]
    f.append(fact("平台相关营业收入（万元）", show(v23["营业收入"]), u, wan(v23["营业收入"]), rel, 4, row="平台相关营业收入", col=col(2023), **io))
    for y in (2022, 2021):
        f.append(fact("平台近三年经营指标情况", show(plat[y]["营业收入"]), u, wan(plat[y]["营业收入"]), rel, 4, row="平台相关营业收入",
                      col=col(y), component=f"{y}年平台营收（万元）", **io))
    f.append(fact("平台相关研发投入（万元）", show(v23["研发投入"]), u, wan(v23["研发投入"]), rel, 4, row="平台相关研发投入", col=col(2023), **io))
    f.append(fact("平台利润率（%）", show(v23["利润总额"]), u, wan(v23["利润总额"]), rel, 4, row="平台利润总额", col=col(2023),
                  component="平台利润总额（万元）", **io))
    f.append(fact("投资回报率（%）", show(v23["利润总额"]), u, wan(v23["利润总额"]), rel, 4, row="平台利润总额", col=col(2023),
                  component="平台年利润（万元）", **io))
    pk.facts += f


# ------------------------------------------------------------------------------------------ device export
def device_xlsx(pk: Pkg, rel: str, V: dict, exported="2024-07-10 16:42:05", system="设备管理中心"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备类别"
    cats = V["按二级分类统计工业设备数量（台/套）"]
    pc = V["按二级分类统计公有云工业设备数量（台/套）"]
    rc = V["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    ws.append(["设备类别（附录A二级分类）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in cats:
        ws.append([k, cats[k], pc[k], rc[k]])
    tot = (V["连接的工业设备/产品/产线种类及数量（台/套）"], V["公有云工业设备连接数量（台/套）"], V["公有云工业设备平均日运行数量（台/套）"])
    ws.append(["合计", *tot])
    s2 = wb.create_sheet("按区域")
    rg = V["按省市区域统计工业设备数量（台/套）"]
    pr = V["按省市区域统计公有云工业设备数量（台/套）"]
    rr = V["按省市区域统计公有云工业设备平均日运行数量（台/套）"]
    s2.append(["所属区域（设备所属企业注册地）", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in rg:
        s2.append([k, rg[k], pr[k], rr[k]])
    s2.append(["合计", *tot])
    s3 = wb.create_sheet("海外设备")
    s3.append(["国家", "接入数量（台/套）"])
    ov = V["按海外国家分类统计海外设备连接数量（台/套）"]
    for k, n in ov.items():
        s3.append([k, n])
    s3.append(["海外合计", sum(ov.values())])
    s4 = wb.create_sheet("导出信息")
    for row in [["导出系统", system], ["导出时间", exported], ["统计口径", "截至导出时在册接入设备（含私有化部署）"], ["日均运行口径", "近30日每日上传实时数据设备数的平均值"]]:
        s4.append(row)
    for s in wb.worksheets:
        s.column_dimensions["A"].width = 30
        for c in "BCD":
            s.column_dimensions[c].width = 22
    save_xlsx(wb, pk.path(rel, "evidence:device_list"))
    n = len(cats) + 2
    pk.facts += [fact("连接的工业设备/产品/产线种类及数量（台/套）", str(tot[0]), "台/套", tot[0], rel, 1, row="合计", col="接入数量（台/套）"),
                 fact("公有云工业设备连接数量（台/套）", str(tot[1]), "台/套", tot[1], rel, 1, row="合计", col="其中：公有云接入（台/套）"),
                 fact("公有云工业设备平均日运行数量（台/套）", str(tot[2]), "台/套", tot[2], rel, 1, row="合计", col="公有云日均运行（台/套）"),
                 fact("海外设备连接数量（台/套）", str(sum(ov.values())), "台/套", sum(ov.values()), rel, 3, row="海外合计")]


# ------------------------------------------------------------------------------------------ IP lists
def _ip_rows(kind: str, n: int, company: str, seed: int, topics: list[str]):
    rows = []
    for i in range(1, n + 1):
        t = topics[(i * 7 + seed) % len(topics)]
        if kind == "专利":
            typ = "发明专利" if (i + seed) % 3 else "实用新型"
            no = f"ZL 20{19 + (i + seed) % 5}{1 + (i * 3) % 9} {(seed * 131 + i * 7919) % 9000000 + 1000000}.{(i + seed) % 10}"
            rows.append((str(i), f"一种{t}的方法及系统" if typ == "发明专利" else f"一种{t}装置", typ, no, company))
        else:
            no = f"202{(i + seed) % 4}SR{(seed * 977 + i * 15485863) % 9000000 + 1000000:07d}"
            rows.append((str(i), f"{t}软件V{1 + i % 4}.0", no, f"202{(i + seed) % 4}年{1 + i % 12}月", company))
    return rows


def ip_pdf(pk: Pkg, rel: str, p: dict, patents: int | None, softs: int | None, scanned=False, role="evidence:patent_list"):
    """One list per section, 22 rows a page, heading '…清单（共N项）' on the first page of each list."""
    pages, facts = [], []
    for kind, n, label, unit in (("专利", patents, "平台核心软硬件技术获得的专利数量（项）", "项"),
                                 ("软著", softs, "平台核心软硬件技术获得的软著数量（个）", "项")):
        if n is None:
            continue
        title = f"{'授权专利清单' if kind == '专利' else '计算机软件著作权登记清单'}（共{n}项）"
        head = ("序号", "专利名称", "类型", "专利号", "专利权人") if kind == "专利" else ("序号", "软件名称", "登记号", "登记日期", "著作权人")
        rows = _ip_rows(kind, n, p["company"], p["list_no"], p["ip_topics"])
        facts.append(fact(label, str(n), unit, n, rel, len(pages) + 1, quote=title, row=title.split("（")[0], image_only=scanned))
        for i in range(0, n, 22):
            top = [R.H(f"{p['company']} 平台核心软硬件知识产权清单", 13), R.SP(4), R.P(title if i == 0 else title + "（续）", 11), R.SP(4)]
            pages.append(top + [R.T([head] + rows[i:i + 22], (12, 62, 22, 46, 32), 8)])
    target = pk.path(rel, role)
    if scanned:
        src = pk.tmp / (Path(rel).stem + "_src.pdf")
        R.write_pdf(src, pages, footer="第 {page} 页")
        pk.drawn(rel, R.scan_pdf(src, target, pk.rng, seals={len(pages) - 1: (0.72, 0.85)}, seal_text=p["company"],
                                 grey_pages=tuple(range(len(pages) - 1))))
    else:
        R.write_pdf(target, pages, footer="第 {page} 页")
    pk.facts += facts


def ip_xlsx(pk: Pkg, rel: str, p: dict, patents: int, softs: int):
    wb = openpyxl.Workbook()
    ws = wb.active
    for k, (kind, n) in enumerate((("软件著作权", softs), ("专利", patents))):
        s = ws if k == 0 else wb.create_sheet()
        s.title = kind
        rows = _ip_rows("软著" if kind == "软件著作权" else "专利", n, p["company"], p["list_no"], p["ip_topics"])
        s.append(["序号", "名称", "类型/登记号", "号码/日期", "权利人"] if kind == "专利" else ["序号", "软件名称", "登记号", "登记日期", "著作权人"])
        for r in rows:
            s.append([int(r[0]), *r[1:]])
        s.append([f"合计：{n}项"])
        s.column_dimensions["B"].width = 44
    save_xlsx(wb, pk.path(rel, "evidence:patent_list"))
    pk.facts += [fact("平台核心软硬件技术获得的软著数量（个）", str(softs), "项", softs, rel, 1, quote=f"合计：{softs}项", row="合计"),
                 fact("平台核心软硬件技术获得的专利数量（项）", str(patents), "项", patents, rel, 2, quote=f"合计：{patents}项", row="合计")]


def award_pdf(pk: Pkg, rel: str, p: dict):
    aw = p["awards"]
    rows = [("序号", "奖项/荣誉名称", "获奖时间", "颁发单位")] + [(str(i), a, y, o) for i, (a, y, o) in enumerate(aw, 1)]
    title = f"平台获得省部级及以上奖项/荣誉清单（共{len(aw)}项）"
    R.write_pdf(pk.path(rel, "evidence:award_list"), [[R.H(title, 14), R.SP(8), R.T(rows, (12, 86, 24, 52), 9)]])
    pk.facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(aw)), "项", len(aw), rel, 1, quote=title, row="清单标题"))


# ------------------------------------------------------------------------------------------ ledgers and lists
def subscription_xlsx(pk: Pkg, rel: str, V: dict, apps: list[str], amount_yuan: float):
    """APP subscription ledger: per-app rows, a 杀手锏 小计 and a 合计 row (订阅数 / 金额 元)."""
    tot, kill = V["工业APP订阅总数量（个）"], V["杀手锏工业APP订阅数量（个）"]
    n = len(apps)
    ksplit = [kill * w // 15 for w in (5, 4, 3, 2)]
    ksplit.append(kill - sum(ksplit))
    rest = tot - kill
    others = [rest // (n - 5)] * (n - 5)
    others[0] += rest - sum(others)
    subs = ksplit + others
    amt_cents = int(round(amount_yuan * 100))
    amts = [amt_cents * s // tot for s in subs]
    amts[0] += amt_cents - sum(amts)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "订阅台账"
    ws.append(["排名", "工业APP名称", "累计订阅数量（个）", "累计订阅金额（元）", "是否杀手锏APP"])
    for i, (a, s, m) in enumerate(zip(apps, subs, amts), 1):
        ws.append([i, a, s, m / 100, "是" if i <= 5 else ""])
    ws.append(["", "其中：杀手锏APP小计", kill, sum(amts[:5]) / 100, ""])
    ws.append(["", "合计", tot, amt_cents / 100, ""])
    for row in ws.iter_rows(min_row=2):
        row[3].number_format = "#,##0.00"
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = ws.column_dimensions["D"].width = 22
    s2 = wb.create_sheet("说明")
    s2.append(["统计口径", "平台自运营以来用户订阅工业APP累计数量与金额（含税），截至2024年6月30日"])
    save_xlsx(wb, pk.path(rel, "evidence:other"))
    pk.facts += [fact("工业APP订阅总数量（个）", str(tot), "个", tot, rel, 1, row="合计", col="累计订阅数量（个）"),
                 fact("杀手锏工业APP订阅数量（个）", str(kill), "个", kill, rel, 1, row="其中：杀手锏APP小计", col="累计订阅数量（个）"),
                 fact("工业APP订阅总金额（万元）", f"{amt_cents / 100:,.2f}", "元", wan(amount_yuan), rel, 1,
                      quote=f"{amt_cents / 100:.2f}".rstrip("0").rstrip("."), row="合计", col="累计订阅金额（元）")]


SYL = "华 新 远 恒 泰 丰 盛 德 宏 信 达 科 润 通 嘉 联 瑞 鑫 安 正 博 源 卓 凯 鼎 汇 中 宇 光 明 诚 捷 峰 海 佳 豪 晟 舜 益 胜".split()
SUF = ["机械制造有限公司", "精密科技有限公司", "重工股份有限公司", "装备有限公司", "自动化科技有限公司", "工程有限公司", "实业有限公司", "新材料有限公司"]
PLACES = {"上海": "上海", "江苏": "江苏", "浙江": "浙江", "安徽": "安徽", "山东": "山东", "湖北": "湖北", "河南": "河南", "广东": "广东",
          "四川": "四川", "河北": "河北", "福建": "福建", "宁波": "宁波", "天津": "天津", "辽宁": "辽宁", "湖南": "湖南"}


def enterprise_xlsx(pk: Pkg, rel: str, V: dict, rng):
    """Served-enterprise register (one row each) + a 统计 sheet."""
    served = V["实际服务企业数（个）"]
    regions = V["按省市区域统计服务企业数（个）"]
    inds = V["按行业统计服务企业数（个）"]
    paid, sme = V["付费企业数（个）"], V["服务中小企业数量（个）"]
    reg_list = [r for r, n in regions.items() for _ in range(n)]
    ind_list = [k for k, n in inds.items() for _ in range(n)]
    order = rng.permutation(served)
    ind_list = [ind_list[i] for i in order]
    paid_set = set(rng.choice(served, paid, replace=False).tolist())
    sme_set = set(rng.choice(served, sme, replace=False).tolist())
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业名录"
    ws.append(["序号", "企业名称", "所属行业", "注册地", "企业规模", "是否付费"])
    used = set()
    for i in range(served):
        while True:
            a, b = rng.integers(0, len(SYL), 2)
            name = f"{PLACES.get(reg_list[i], reg_list[i]) if reg_list[i] in PLACES else ''}{SYL[a]}{SYL[b]}{SUF[int(rng.integers(0, len(SUF)))]}"
            if name not in used:
                used.add(name)
                break
            name = None
        ws.append([i + 1, name, ind_list[i], reg_list[i], "中小企业" if i in sme_set else "大型企业", "是" if i in paid_set else "否"])
    ws.column_dimensions["B"].width = 36
    s = wb.create_sheet("统计")
    s.append(["指标", "数量（家）"])
    s.append(["实际服务企业数", served])
    s.append(["其中：付费企业数", paid])
    s.append(["其中：服务本市企业数", regions.get("上海", 0)])
    s.append(["其中：服务中小企业数", sme])
    s.append([])
    s.append(["按区域", "数量（家）"])
    for k, n in regions.items():
        s.append([k, n])
    s.append([])
    s.append(["按行业", "数量（家）"])
    for k, n in inds.items():
        s.append([k, n])
    s.column_dimensions["A"].width = 26
    save_xlsx(wb, pk.path(rel, "evidence:other"))
    pk.facts += [fact("实际服务企业数（个）", str(served), "家", served, rel, 2, row="实际服务企业数"),
                 fact("付费企业数（个）", str(paid), "家", paid, rel, 2, row="其中：付费企业数"),
                 fact("服务本市企业数量（个）", str(regions.get("上海", 0)), "家", regions.get("上海", 0), rel, 2, row="其中：服务本市企业数"),
                 fact("服务中小企业数量（个）", str(sme), "家", sme, rel, 2, row="其中：服务中小企业数")]


# ------------------------------------------------------------------------------------------ screenshots
def png_dashboard(pk: Pkg, rel: str, title: str, tiles: list, subtitle="", theme="dark"):
    """tiles: (caption, shown value, label|None, unit, normalized)."""
    text = R.dashboard(pk.path(rel, "evidence:screenshot"), title, [(c, v) for c, v, *_ in tiles], pk.rng,
                       subtitle=subtitle, theme=theme)
    pk.drawn(rel, {1: text})
    for cap, shown, label, unit, norm in tiles:
        if label:
            pk.facts.append(fact(label, shown, unit, norm, rel, 1, row=cap, image_only=True))


def screenshots_pdf(pk: Pkg, rel: str, boards: list[tuple[str, list, str]]):
    """Dashboards pasted one per page into an image-only PDF (with a caption drawn above each)."""
    from PIL import Image, ImageDraw
    imgs, drawn = [], {}
    for k, (title, tiles, caption) in enumerate(boards, 1):
        tmp = pk.tmp / f"board{k}.png"
        text = R.dashboard(tmp, title, [(c, v) for c, v, *_ in tiles], pk.rng, theme="light" if k % 2 else "dark")
        page = Image.new("RGB", (1240, 1754), "white")
        d = ImageDraw.Draw(page)
        d.text((90, 110), caption, font=R.pil_font(34), fill="black")
        shot = Image.open(tmp).convert("RGB").resize((1060, 596))
        page.paste(shot, (90, 190))
        imgs.append(R.scan_page(page, pk.rng, angle=0.3))
        drawn[k] = caption + "\n" + text
        for cap, shown, label, unit, norm in tiles:
            if label:
                pk.facts.append(fact(label, shown, unit, norm, rel, k, row=cap, image_only=True))
    R.image_pdf(pk.path(rel, "evidence:screenshot"), imgs)
    pk.drawn(rel, drawn)


def killer_income_scan(pk: Pkg, rel: str, p: dict, apps: list[str], monthly: list[float]):
    """杀手锏APP月度收入统计表 (元), printed, signed and scanned; 月均 row carries the indicator."""
    avg = round(sum(monthly) / 12, 2)
    rows = [("月份", "收入（元）")] + [(f"2023年{m}月", yuan(x)) for m, x in enumerate(monthly, 1)] + \
           [("全年合计", yuan(sum(monthly))), ("月均", yuan(avg))]
    pages = [[R.H("杀手锏APP月度收入统计表（近一年）", 14), R.SP(6),
              R.P(f"统计对象：{'、'.join(apps)}（订阅用户数前5位工业APP）", 10), R.P("统计区间：2023年1月—2023年12月    单位：元", 10), R.SP(4),
              R.T(rows, (60, 60), 10, align_right_from=1), R.SP(10), R.P("制表：财务部    审核：平台运营部", 10)]]
    src = pk.tmp / "killer_src.pdf"
    R.write_pdf(src, pages)
    pk.drawn(rel, R.scan_pdf(src, pk.path(rel, "evidence:other"), pk.rng, seals={0: (0.66, 0.72)}, seal_text=p["company"]))
    pk.facts.append(fact("杀手锏APP月平均收入（万元）", yuan(avg), "元", wan(avg), rel, 1, quote=yuan(avg), row="月均", col="收入（元）",
                         image_only=True))
