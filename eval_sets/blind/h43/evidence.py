"""Evidence pages of a package (h43): audit extracts, device/enterprise/APP statistics, IP and award lists,
certificates, dashboards. Each maker returns (pages, facts) where a fact is (page_index, dict)."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw

from . import render
from .values import r2

Fact = tuple[int, dict]


def fact(label, value, unit, normalized, quote, row_label="", column_label="", component="") -> dict:
    return {"label": label, "value": value, "unit": unit, "normalized": normalized, "quote": quote,
            "row_label": row_label, "column_label": column_label, "component": component}


def yuan(wan: float, rng: random.Random) -> float:
    """An amount in 元 that rounds back to `wan` 万元 at 2 decimals."""
    return round(wan * 10000 + rng.randint(-4900, 4900) / 100, 2)


def money(v: float) -> str:
    return f"{v:,.2f}"


# ---------------------------------------------------------------- audit report

def audit_pages(V, E, rng, firm: str, unit="万元", dpi=200, body="song", blank_after_opinion=False,
                cover_2021=False) -> tuple[list[render.Paper], list[Fact], dict]:
    """Cover, opinion, company 利润表 (元), platform 专项说明 (unit). E: the platform figures the audit prints."""
    pages = []
    c = V["co"]
    p = render.Paper(dpi, body=body)
    p.y = p.mm(70)
    p.title(V["company"], 18, 16)
    p.title("2023年度财务报表审计报告", 22, 20)
    p.title(f"{firm[0]}审字（2024）第{rng.randint(10000, 99999)}号", 13, 80)
    p.y = p.mm(230)
    p.title(firm[1], 14, 8)
    p.title("二〇二四年四月十八日", 13, 8)
    pages.append(p)
    p = render.Paper(dpi, body=body)
    p.title("审计报告", 18, 16)
    p.para(f"{V['company']}全体股东：", 11.5, indent=False)
    p.para("一、审计意见", 11.5, indent=False)
    p.para(f"我们审计了{V['company']}（以下简称“公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，"
           "2023年度的合并及母公司利润表、现金流量表、股东权益变动表以及相关财务报表附注。", 11.5)
    p.para("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的"
           "合并及母公司财务状况以及2023年度的合并及母公司经营成果和现金流量。", 11.5)
    p.para("二、形成审计意见的基础", 11.5, indent=False)
    p.para("我们按照中国注册会计师审计准则的规定执行了审计工作。按照中国注册会计师职业道德守则，我们独立于公司，"
           "并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。", 11.5)
    p.y += p.pt(40)
    p.text(p.margin, p.y, f"{firm[1]}", 11.5)
    p.text(p.mm(120), p.y, "中国注册会计师：", 11.5)
    p.y += p.pt(30)
    p.text(p.mm(120), p.y, "中国注册会计师：", 11.5)
    render.seal(p.img, p.mm(55), p.y - p.pt(10), p.mm(20), firm[1], rng)
    pages.append(p)
    # company income statement (元)
    p = render.Paper(dpi, body=body)
    p.title("合并利润表", 16, 6)
    p.text(p.margin, p.y, f"编制单位：{V['company']}", 10.5)
    p.text(p.w - p.margin, p.y, "2023年度　单位：元", 10.5, anchor="ra")
    p.y += p.pt(20)
    rows = c["income"]
    ws = render.widths_mm(p, (80, 45, 45))
    p.table_row(("项目", "本期金额", "上期金额"), ws, 10.5, True, ["c", "c", "c"])
    for name, a, b in rows:
        p.table_row((name, money(a), money(b)), ws, 10.5, False, ["l", "r", "r"])
    pages.append(p)
    # platform note
    p = render.Paper(dpi, body=body)
    p.title(f"附注：{V['short']}平台业务收支专项说明", 15, 8)
    p.para(f"根据公司管理层提供的平台业务核算资料，{V['declared_name']}相关收支已在公司账簿中按项目单独归集，"
           "经我们执行专项核查程序，平台业务主要财务数据列示如下：", 11)
    p.text(p.w - p.margin, p.y, f"单位：{unit}", 10.5, anchor="ra")
    p.y += p.pt(18)
    ws = render.widths_mm(p, (62, 36, 36, 36))
    p.table_row(("项目", "2023年度", "2022年度", "2021年度"), ws, 10.5, True, ["c"] * 4)
    conv = (lambda w: yuan(w, rng)) if unit == "元" else (lambda w: w)
    rev = {y: conv(E["rev"][y]) for y in (2023, 2022, 2021)}
    cost = {y: conv(r2(E["rev"][y] * E["cost_share"][y])) for y in (2023, 2022, 2021)}
    rd = {y: conv(E["rd_hist"][y]) for y in (2023, 2022, 2021)}
    prof = {y: conv(E["profit_hist"][y]) for y in (2023, 2022, 2021)}
    row_y = {}
    for name, d in (("平台相关营业收入", rev), ("平台相关营业成本", cost), ("平台相关研发投入", rd), ("平台利润总额", prof)):
        row_y[name] = p.y
        p.table_row((name, money(d[2023]), money(d[2022]), money(d[2021])), ws, 10.5, False, ["l", "r", "r", "r"])
    p.y += p.pt(10)
    p.para("注：平台相关营业收入指基于平台直接订阅的服务及通过平台服务获得的收入；平台利润总额按平台相关收入扣除"
           "直接成本、研发投入及分摊的期间费用计算。", 10.5)
    col_x = [p.margin + sum(ws[:i]) for i in range(5)]
    anchors = {"row_y": row_y, "col_x": col_x, "ws": ws}
    # the auditor's seal overlaps the profit row; an optional second, heavy stamp over the 2021 revenue
    render.seal(p.img, col_x[2] + ws[2] // 2, row_y["平台利润总额"] + p.pt(8), p.mm(19), firm[1], rng, strength=0.8)
    if cover_2021:
        for k in range(3):
            render.seal(p.img, col_x[3] + ws[3] // 2 + k * 3, row_y["平台相关营业收入"] + p.pt(9), p.mm(13),
                        V["company"], rng, ink=(150, 10, 20), strength=1.0)
        dd = ImageDraw.Draw(p.img)
        x0, y0 = col_x[3] + p.pt(4), row_y["平台相关营业收入"] + p.pt(3)
        dd.rectangle([x0, y0, x0 + ws[3] - p.pt(8), y0 + p.pt(14)], fill=(120, 20, 25))
    pages.append(p)
    u = unit
    nv = lambda v: r2(v / 10000) if u == "元" else v  # noqa: E731
    cy = "2023年度"
    facts: list[Fact] = [
        (3, fact("平台相关营业收入（万元）", money(rev[2023]), u, nv(rev[2023]), money(rev[2023]), "平台相关营业收入", cy)),
        (3, fact("平台近三年经营指标情况", money(rev[2022]), u, nv(rev[2022]), money(rev[2022]), "平台相关营业收入",
                 "2022年度", "2022年平台营收（万元）")),
        (3, fact("平台相关研发投入（万元）", money(rd[2023]), u, nv(rd[2023]), money(rd[2023]), "平台相关研发投入", cy)),
        (3, fact("平台利润率（%）", money(prof[2023]), u, nv(prof[2023]), money(prof[2023]), "平台利润总额", cy,
                 "平台利润总额（万元）")),
        (3, fact("投资回报率（%）", money(prof[2023]), u, nv(prof[2023]), money(prof[2023]), "平台利润总额", cy,
                 "平台年利润（万元）")),
    ]
    if not cover_2021:
        facts.append((3, fact("平台近三年经营指标情况", money(rev[2021]), u, nv(rev[2021]), money(rev[2021]),
                              "平台相关营业收入", "2021年度", "2021年平台营收（万元）")))
    return pages, facts, anchors


# ---------------------------------------------------------------- devices

def device_page(V, D, dpi=200, body="song", title_extra="") -> tuple[list[render.Paper], list[Fact]]:
    """D: dev_cat, pub_cat, daily_cat (dicts), overseas_map; totals from their sums."""
    p = render.Paper(dpi, body=body, margin_mm=18)
    p.title(f"{V['short']}平台接入工业设备统计表{title_extra}", 15, 4)
    p.title("（统计截至2024年6月30日）", 11, 10, bold=False)
    ws = render.widths_mm(p, (64, 36, 38, 36))
    p.table_row(("设备类别（附录A二级分类）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"),
                ws, 10.5, True, ["c"] * 4)
    for k in D["dev_cat"]:
        p.table_row((k, f"{D['dev_cat'][k]:,}", f"{D['pub_cat'][k]:,}", f"{D['daily_cat'][k]:,}"), ws, 10.5, False,
                    ["l", "r", "r", "r"])
    tot = sum(D["dev_cat"].values())
    pub = sum(D["pub_cat"].values())
    daily = sum(D["daily_cat"].values())
    p.table_row(("合计", f"{tot:,}", f"{pub:,}", f"{daily:,}"), ws, 10.5, True, ["c", "r", "r", "r"])
    p.y += p.pt(14)
    ovs = D["overseas_map"]
    osum = sum(ovs.values())
    facts = [
        (0, fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{tot:,}", "台/套", tot, f"{tot:,}", "合计", "接入数量（台/套）")),
        (0, fact("公有云工业设备连接数量（台/套）", f"{pub:,}", "台/套", pub, f"{pub:,}", "合计", "其中：公有云接入（台/套）")),
        (0, fact("公有云工业设备平均日运行数量（台/套）", f"{daily:,}", "台/套", daily, f"{daily:,}", "合计",
                 "公有云日均运行（台/套）")),
    ]
    if ovs:
        line = f"其中：海外设备{osum:,}台/套（" + "，".join(f"{k} {v:,}" for k, v in ovs.items()) + "）"
        p.para(line, 10.5, indent=False)
        facts.append((0, fact("海外设备连接数量（台/套）", f"{osum:,}", "台/套", osum, f"其中：海外设备{osum:,}台/套",
                              "其中：海外设备")))
    p.para("说明：接入数量含公有云、私有云及专有网络接入设备；公有云日均运行为2023年7月—2024年6月每日上传实时运行数据的"
           "设备数的日平均值。", 10.5, indent=False)
    p.y += p.pt(30)
    p.text(p.w - p.margin, p.y, f"填报单位：{V['company']}", 10.5, anchor="ra")
    return [p], facts


def region_page(V, D, dpi=200, body="song") -> render.Paper:
    p = render.Paper(dpi, body=body, margin_mm=18)
    p.title("接入设备按区域统计（附录F）", 15, 10)
    ws = render.widths_mm(p, (70, 50, 54))
    p.table_row(("区域", "接入数量（台/套）", "其中：公有云（台/套）"), ws, 10.5, True, ["c"] * 3)
    for k in D["dev_reg"]:
        p.table_row((k, f"{D['dev_reg'][k]:,}", f"{D['pub_reg'][k]:,}"), ws, 10.5, False, ["l", "r", "r"])
    p.table_row(("合计", f"{sum(D['dev_reg'].values()):,}", f"{sum(D['pub_reg'].values()):,}"), ws, 10.5, True,
                ["c", "r", "r"])
    return p


# ---------------------------------------------------------------- enterprises, APPs, models

def enterprise_pages(V, dpi=150, body="song") -> tuple[list[render.Paper], list[Fact]]:
    left = render.Paper(dpi, body=body, margin_mm=18)
    left.title("平台服务企业按行业统计表", 15, 4)
    left.title("（附录C行业分类，截至2024年6月30日）", 10.5, 10, bold=False)
    ws = render.widths_mm(left, (90, 80))
    left.table_row(("行业", "服务企业数（家）"), ws, 11, True, ["c", "c"])
    for k, v in V["ent_ind"].items():
        left.table_row((k, f"{v:,}"), ws, 11, False, ["l", "r"])
    tot = sum(V["ent_ind"].values())
    left.table_row(("合计", f"{tot:,}"), ws, 11, True, ["c", "r"])
    left.y += left.pt(12)
    left.para(f"其中：付费企业{V['paid']:,}家；中小企业{V['sme']:,}家。", 11, indent=False)
    right = render.Paper(dpi, body=body, margin_mm=18)
    right.title("平台服务企业按区域统计表", 15, 4)
    right.title("（附录F区域分类，截至2024年6月30日）", 10.5, 10, bold=False)
    right.table_row(("区域", "服务企业数（家）"), ws, 11, True, ["c", "c"])
    for k, v in V["ent_reg"].items():
        right.table_row((k, f"{v:,}"), ws, 11, False, ["l", "r"])
    right.table_row(("合计", f"{sum(V['ent_reg'].values()):,}"), ws, 11, True, ["c", "r"])
    right.y += right.pt(12)
    right.para(f"注册企业用户{V['registered']:,}家，其中实际服务企业{tot:,}家。", 11, indent=False)
    facts = [
        (0, fact("实际服务企业数（个）", f"{tot:,}", "家", tot, f"{tot:,}", "合计", "服务企业数（家）")),
        (0, fact("付费企业数（个）", f"{V['paid']:,}", "家", V["paid"], f"付费企业{V['paid']:,}家", "其中：付费企业")),
        (0, fact("服务中小企业数量（个）", f"{V['sme']:,}", "家", V["sme"], f"中小企业{V['sme']:,}家", "中小企业")),
        (1, fact("注册企业用户数（个）", f"{V['registered']:,}", "家", V["registered"], f"注册企业用户{V['registered']:,}家",
                 "注册企业用户")),
        (1, fact("服务本市企业数量（个）", f"{V['local']:,}", "家", V["local"], f"{V['local']:,}", "上海",
                 "服务企业数（家）")),
    ]
    return [left, right], facts


def app_model_page(V, dpi=150, body="song") -> tuple[list[render.Paper], list[Fact]]:
    p = render.Paper(dpi, body=body, margin_mm=18)
    p.title("工业APP与工业机理模型统计表", 15, 10)
    ws = render.widths_mm(p, (100, 70))
    p.text(p.margin, p.y, "表1 工业APP按分类统计（附录B）", 11.5, bold=True)
    p.y += p.pt(20)
    p.table_row(("分类", "数量（个）"), ws, 11, True, ["c", "c"])
    for k, v in V["app_cat"].items():
        p.table_row((k, str(v)), ws, 11, False, ["l", "r"])
    p.table_row(("合计", str(V["apps"])), ws, 11, True, ["c", "r"])
    p.y += p.pt(16)
    p.text(p.margin, p.y, "表2 工业模型按分类统计（附录D）", 11.5, bold=True)
    p.y += p.pt(20)
    p.table_row(("分类", "数量（个）"), ws, 11, True, ["c", "c"])
    for k, v in V["model_cat"].items():
        p.table_row((k, str(v)), ws, 11, False, ["l", "r"])
    p.table_row(("合计", str(V["models"])), ws, 11, True, ["c", "r"])
    p.y += p.pt(12)
    p.para(f"其中：活跃机理模型（一周调用5次以上）{V['models_active']}个。", 11, indent=False)
    facts = [
        (0, fact("工业APP数量（个）", str(V["apps"]), "个", V["apps"], str(V["apps"]), "合计", "数量（个）")),
        (0, fact("工业机理模型数量（个）", str(V["models"]), "个", V["models"], str(V["models"]), "合计", "数量（个）")),
        (0, fact("活跃机理模型数量（一周调用5次以上）（个）", str(V["models_active"]), "个", V["models_active"],
                 f"活跃机理模型（一周调用5次以上）{V['models_active']}个", "活跃机理模型")),
    ]
    return [p], facts


def app_list_pages(V, names: list[str], per_page=24, dpi=200, body="song") -> list[render.Paper]:
    pages = []
    cats = list(V["app_cat"].keys())
    for start in range(0, len(names), per_page):
        p = render.Paper(dpi, body=body, margin_mm=18)
        if start == 0:
            p.title(f"{V['short']}平台工业APP清单", 15, 10)
        ws = render.widths_mm(p, (16, 92, 36, 30))
        p.table_row(("序号", "工业APP名称", "分类", "部署方式"), ws, 10.5, True, ["c"] * 4)
        for i in range(start, min(len(names), start + per_page)):
            p.table_row((str(i + 1), names[i], cats[i % len(cats)], "公有云" if i % 3 else "私有化"), ws, 10.5, False,
                        ["c", "l", "c", "c"])
        if start + per_page >= len(names):
            p.y += p.pt(10)
            p.text(p.margin, p.y, f"共计{len(names)}个", 11, bold=True)
        pages.append(p)
    return pages


# ---------------------------------------------------------------- IP lists, awards, certificates

PAT_WORDS = ["一种基于", "面向", "一种用于", "基于"]
PAT_CORE = ["多源设备数据", "边缘计算节点", "工业时序数据", "设备健康度", "工艺参数", "生产质量", "能耗数据", "数字孪生模型",
            "标识解析", "预测性维护", "异构协议", "视觉检测", "供应链订单", "冷链温控", "构件信息模型", "施工进度"]
PAT_TAIL = ["的采集方法及系统", "的异常检测方法", "的自适应调度方法", "的融合分析装置", "的可视化方法", "的协同管理系统",
            "的压缩存储方法", "的智能诊断方法"]


def ip_names(rng: random.Random, k: int, soft=False, short="平台") -> list[str]:
    out = []
    seen = set()
    while len(out) < k:
        if soft:
            s = f"{short}{rng.choice(PAT_CORE)}{rng.choice(['管理软件', '分析系统', '监控平台软件', '服务系统', '建模工具'])}V{rng.randint(1, 4)}.0"
        else:
            s = rng.choice(PAT_WORDS) + rng.choice(PAT_CORE) + rng.choice(PAT_TAIL)
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def patent_list_page(V, names, rng, dpi=200, body="song", heading=None) -> render.Paper:
    p = render.Paper(dpi, body=body, margin_mm=16)
    p.title(heading or f"专利清单（共{len(names)}项）", 15, 10)
    ws = render.widths_mm(p, (12, 84, 40, 20, 22))
    p.table_row(("序号", "专利名称", "专利号", "类型", "授权日"), ws, 10, True, ["c"] * 5)
    for i, nm in enumerate(names, 1):
        kind = "发明" if i % 3 else "实用新型"
        no = f"ZL{rng.randint(2018, 2023)}{rng.randint(1, 2)}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
        p.table_row((str(i), nm, no, kind, f"{rng.randint(2019, 2024)}.{rng.randint(1, 12):02d}"), ws, 10, False,
                    ["c", "l", "l", "c", "c"])
    p.y += p.pt(10)
    p.text(p.margin, p.y, f"专利权人：{V['company']}", 10.5)
    return p


def soft_list_page(V, names, rng, dpi=200, body="song", heading=None) -> render.Paper:
    p = render.Paper(dpi, body=body, margin_mm=16)
    p.title(heading or f"软件著作权清单（共{len(names)}项）", 15, 10)
    ws = render.widths_mm(p, (12, 96, 44, 26))
    p.table_row(("序号", "软件名称", "登记号", "登记日期"), ws, 10, True, ["c"] * 4)
    for i, nm in enumerate(names, 1):
        p.table_row((str(i), nm, f"{rng.randint(2019, 2024)}SR{rng.randint(1000000, 1999999)}",
                     f"{rng.randint(2019, 2024)}.{rng.randint(1, 12):02d}"), ws, 10, False, ["c", "l", "l", "c"])
    p.y += p.pt(10)
    p.text(p.margin, p.y, f"著作权人：{V['company']}", 10.5)
    return p


def award_list_page(V, awards, dpi=200, body="song") -> render.Paper:
    p = render.Paper(dpi, body=body, margin_mm=16)
    p.title(f"省部级及以上奖项/荣誉清单（共{len(awards)}项）", 15, 10)
    ws = render.widths_mm(p, (12, 90, 22, 54))
    p.table_row(("序号", "奖项/荣誉名称", "获奖时间", "颁发单位"), ws, 10.5, True, ["c"] * 4)
    for i, (nm, when, who) in enumerate(awards, 1):
        p.table_row((str(i), nm, when, who), ws, 10.5, False, ["c", "l", "c", "l"])
    return p


def certificate_page(V, title, lines, rng, dpi=200, issuer="") -> render.Paper:
    p = render.Paper(dpi, body="song", margin_mm=22)
    d = p.draw
    d.rectangle([p.mm(10), p.mm(10), p.w - p.mm(10), p.h - p.mm(10)], outline=(150, 110, 40), width=p.mm(2.5))
    d.rectangle([p.mm(15), p.mm(15), p.w - p.mm(15), p.h - p.mm(15)], outline=(150, 110, 40), width=p.mm(0.8))
    p.y = p.mm(60)
    p.title(title, 30, 40)
    for ln in lines:
        p.para(ln, 15, indent=False, x0=p.mm(35), max_w=p.w - p.mm(70))
    p.y = p.mm(230)
    if issuer:
        p.text(p.w - p.mm(40), p.y, issuer, 14, anchor="ra")
        render.seal(p.img, p.w - p.mm(70), p.y + p.pt(8), p.mm(20), issuer, rng)
    return p


# ---------------------------------------------------------------- dashboards

def dashboard(V, tiles: list[tuple[str, str]], rng, size=(1600, 900), title=None, theme="dark") -> tuple[Image.Image, list[str]]:
    w, h = size
    bg, fg, acc, card = ((12, 24, 52), (235, 240, 250), (64, 200, 255), (24, 44, 88)) if theme == "dark" else \
        ((240, 243, 248), (30, 36, 48), (20, 110, 220), (255, 255, 255))
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    texts = []

    def t(xy, s, px, fill, kind="sansb", anchor="la"):
        d.text(xy, s, font=render.font(kind, px), fill=fill, anchor=anchor)
        texts.append(s)

    t((w // 2, 28), title or f"{V['declared_name']} 运营驾驶舱", 40, fg, anchor="ma")
    t((w - 30, 36), "数据更新：2024-06-30 23:59", 22, fg, "sans", "ra")
    cols = 3
    cw, chh = (w - 80) // cols, 200
    for i, (cap, val) in enumerate(tiles):
        x = 40 + (i % cols) * cw
        y = 110 + (i // cols) * (chh + 30)
        d.rounded_rectangle([x + 10, y, x + cw - 10, y + chh], radius=14, fill=card, outline=acc, width=2)
        t((x + 36, y + 26), cap, 30, fg, "sans")
        t((x + 36, y + 80), val, 72, acc, "sansb")
    # a small chart
    y0 = 110 + ((len(tiles) + cols - 1) // cols) * (chh + 30)
    if y0 + 120 < h:
        pts = [(60 + k * (w - 120) / 23, h - 40 - 80 * (0.5 + 0.4 * rng.random())) for k in range(24)]
        d.line(pts, fill=acc, width=4)
    return img, texts


def list_pages(kind: str, V, names, rng, per_page=22, dpi=200, body="song") -> list[render.Paper]:
    """A patent ('patent') or software-copyright ('soft') list over as many pages as needed."""
    total = len(names)
    head = f"专利清单（共{total}项）" if kind == "patent" else f"软件著作权清单（共{total}项）"
    pages = []
    for start in range(0, total, per_page):
        chunk = names[start:start + per_page]
        p = render.Paper(dpi, body=body, margin_mm=16)
        p.title(head if start == 0 else head.split("（")[0] + "（续）", 15, 10)
        if kind == "patent":
            ws = render.widths_mm(p, (12, 84, 40, 20, 22))
            p.table_row(("序号", "专利名称", "专利号", "类型", "授权日"), ws, 10, True, ["c"] * 5)
            for i, nm in enumerate(chunk, start + 1):
                no = f"ZL{rng.randint(2018, 2023)}{rng.randint(1, 2)}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
                p.table_row((str(i), nm, no, "发明" if i % 3 else "实用新型", f"{rng.randint(2019, 2024)}.{rng.randint(1, 12):02d}"),
                            ws, 10, False, ["c", "l", "l", "c", "c"])
        else:
            ws = render.widths_mm(p, (12, 96, 44, 26))
            p.table_row(("序号", "软件名称", "登记号", "登记日期"), ws, 10, True, ["c"] * 4)
            for i, nm in enumerate(chunk, start + 1):
                p.table_row((str(i), nm, f"{rng.randint(2019, 2024)}SR{rng.randint(1000000, 1999999)}",
                             f"{rng.randint(2019, 2024)}.{rng.randint(1, 12):02d}"), ws, 10, False, ["c", "l", "l", "c"])
        p.y += p.pt(10)
        if start + per_page >= total:
            p.text(p.margin, p.y, f"合计：{total}项", 10.5, bold=True)
            p.y += p.pt(18)
        p.text(p.margin, p.y, f"{'专利权人' if kind == 'patent' else '著作权人'}：{V['company']}", 10.5)
        pages.append(p)
    return pages
