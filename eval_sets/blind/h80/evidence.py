"""Evidence documents. Each writer prints the platform's real figures and returns the evidence facts it
supports (label, value as printed, page …); callers add the file name and image_only.

PDF sections draw on a render.Doc so that a section can stand alone or be bound into a compiled PDF."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl

from eval_sets.blind.h80 import render
from eval_sets.blind.h80.forms import save_xlsx
from eval_sets.blind.h80.model import Package, r2, thousands

L_REV, L_HIST, L_RD = "平台相关营业收入（万元）", "平台近三年经营指标情况", "平台相关研发投入（万元）"
L_DEV, L_PUB, L_RUN, L_OS = ("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）",
                             "公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）")
L_PAT, L_SW = "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）"


def fact(label, value, unit, normalized, page, quote=None, row="", col="", component=""):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file="", page=page,
                quote=value if quote is None else quote, row_label=row, column_label=col, component=component,
                image_only=False)


def money(x_wan: float, unit: str) -> str:
    return thousands(round(x_wan * 10000, 2)) if unit == "元" else thousands(r2(x_wan))


# ----------------------------------------------------------------------------------------- audit
def sec_audit(doc: render.Doc, pkg: Package, st: dict) -> list[dict]:
    """Cover, opinion, the company's 利润表 (元) and the platform statement (st['unit'], st['cols'])."""
    s = pkg.spec
    doc.space(160)
    for line in (s["company"], "2023年度审计报告", st["report_no"]):
        doc.text(line, size=18, center=True, gap=16)
    doc.new_page()
    doc.text("审 计 报 告", size=16, center=True, gap=12)
    doc.text(f"{s['company']}全体股东：", size=11)
    doc.text(f"我们审计了{s['company']}（以下简称“公司”）财务报表，包括2023年12月31日的合并资产负债表，2023年度的合并利润表、"
             "合并现金流量表、合并股东权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则"
             "的规定编制，公允反映了公司2023年12月31日的合并财务状况以及2023年度的合并经营成果和现金流量。", size=11, gap=8)
    doc.text(f"{st['auditor']}        中国注册会计师：{st['cpa']}", size=11)
    if not st.get("company_after"):
        _company_pl(doc, pkg, st)
    facts = _platform_statement(doc, pkg, st)
    if st.get("company_after"):
        _company_pl(doc, pkg, st, title="附录：公司合并利润表")
    return facts


def _company_pl(doc: render.Doc, pkg: Package, st: dict, title: str = "合并利润表"):
    s, c = pkg.spec, pkg.spec["corp"]
    doc.new_page()
    doc.text(title, size=14, center=True)
    doc.text(f"编制单位：{s['company']}        2023年度        单位：元", size=9)
    p_cur, p_prev = st.get("company_cols", ("本期金额", "上期金额"))
    comp = c["pl"]  # {row: (2023, 2022)} in 万元
    doc.table([["项目", p_cur, p_prev]] + [[k, money(a, "元"), money(b, "元")] for k, (a, b) in comp.items()], [3, 2, 2])


def _platform_statement(doc: render.Doc, pkg: Package, st: dict) -> list[dict]:
    s = pkg.spec
    doc.new_page()
    page = doc.page_no
    unit, cols = st["unit"], st["cols"]
    doc.text(st["title"], size=14, center=True, gap=10)
    doc.text(st["intro"], size=10.5, gap=6)
    doc.text(f"单位：{unit}", size=9)
    years = [2023, 2022, 2021][: len(cols)]
    rev, rd, profit = s["rev"], s["rd"], s["profit"]
    cost = {y: r2(rev[y] * 0.52) for y in years}
    rows = [(st["rows"][0], rev), (st["rows"][1], cost), (st["rows"][2], rd), (st["rows"][3], {y: profit.get(y, r2(rev[y] * 0.1)) for y in years})]
    doc.table([["项目"] + cols] + [[name] + [money(vals[y], unit) for y in years] for name, vals in rows], [3] + [2] * len(cols))
    doc.text(st.get("note", "注：平台业务收入按平台直接订阅服务及平台服务合同拆分确认，拆分口径已经本所复核。"), size=9)
    facts = [fact(L_REV, money(rev[2023], unit), unit, rev[2023], page, row=rows[0][0], col=cols[0])]
    for i, y in enumerate(years[1:], start=1):
        facts.append(fact(L_HIST, money(rev[y], unit), unit, rev[y], page, row=rows[0][0], col=cols[i], component=f"{y}年平台营收（万元）"))
    facts.append(fact(L_RD, money(rd[2023], unit), unit, rd[2023], page, row=rows[2][0], col=cols[0]))
    pv = money(profit[2023], unit)
    facts.append(fact("平台利润率（%）", pv, unit, profit[2023], page, row=rows[3][0], col=cols[0], component="平台利润总额（万元）"))
    facts.append(fact("投资回报率（%）", pv, unit, profit[2023], page, row=rows[3][0], col=cols[0], component="平台年利润（万元）"))
    return facts


# ----------------------------------------------------------------------------------------- devices
def device_tables(pkg: Package):
    R = pkg.r
    cats = [(k, R("按二级分类统计工业设备数量（台/套）")[k], R("按二级分类统计公有云工业设备数量（台/套）")[k],
             R("按二级分类统计公有云工业设备平均日运行数量（台/套）")[k]) for k in R("按二级分类统计工业设备数量（台/套）")]
    regs = [(k, R("按省市区域统计工业设备数量（台/套）")[k], R("按省市区域统计公有云工业设备数量（台/套）").get(k, 0),
             R("按省市区域统计公有云工业设备平均日运行数量（台/套）").get(k, 0)) for k in R("按省市区域统计工业设备数量（台/套）")]
    return cats, regs, R("按海外国家分类统计海外设备连接数量（台/套）") or {}


def sec_devices(doc: render.Doc, pkg: Package, heads: tuple[str, str, str]) -> list[dict]:
    cats, _, overseas = device_tables(pkg)
    page = doc.page_no
    doc.text(f"{pkg.spec['declared_name']}接入设备统计表（截至2024年6月30日）", size=13, center=True, gap=10)
    total = [sum(r[i] for r in cats) for i in (1, 2, 3)]
    doc.table([["设备类别（附录A二级分类）", *heads]] + [[k, thousands(a), thousands(b), thousands(c)] for k, a, b, c in cats]
              + [["合计", *(thousands(x) for x in total)]], [3, 2, 2, 2])
    doc.space(10)
    doc.text("海外设备连接情况", size=11)
    osum = sum(overseas.values())
    doc.table([["国家/地区", "连接数量（台/套）"]] + [[k, thousands(v)] for k, v in overseas.items()] + [["海外合计", thousands(osum)]], [3, 2])
    return [fact(L_DEV, thousands(total[0]), "台/套", total[0], page, row="合计", col=heads[0]),
            fact(L_PUB, thousands(total[1]), "台/套", total[1], page, row="合计", col=heads[1]),
            fact(L_RUN, thousands(total[2]), "台/套", total[2], page, row="合计", col=heads[2]),
            fact(L_OS, thousands(osum), "台/套", osum, page, row="海外合计", col="连接数量（台/套）")]


def devices_xlsx(pkg: Package, path: Path, heads: tuple[str, str, str], export_note: str) -> list[dict]:
    cats, regs, overseas = device_tables(pkg)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备类别"
    ws.append(["设备类别", *heads])
    for r in cats:
        ws.append(list(r))
    total = [sum(r[i] for r in cats) for i in (1, 2, 3)]
    ws.append(["合计", *total])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域（设备所属企业注册地）", *heads])
    for r in regs:
        ws2.append(list(r))
    ws2.append(["合计", *(sum(r[i] for r in regs) for i in (1, 2, 3))])
    ws3 = wb.create_sheet("海外设备")
    ws3.append(["国家/地区", "连接数量（台/套）"])
    for k, v in overseas.items():
        ws3.append([k, v])
    osum = sum(overseas.values())
    ws3.append(["海外合计", osum])
    ws4 = wb.create_sheet("导出信息")
    ws4.append(["导出说明", export_note])
    save_xlsx(wb, path)
    return [fact(L_DEV, str(total[0]), "台/套", total[0], 1, row="合计", col=heads[0]),
            fact(L_PUB, str(total[1]), "台/套", total[1], 1, row="合计", col=heads[1]),
            fact(L_RUN, str(total[2]), "台/套", total[2], 1, row="合计", col=heads[2]),
            fact(L_OS, str(osum), "台/套", osum, 3, row="海外合计", col="连接数量（台/套）")]


# ----------------------------------------------------------------------------------------- names
_CITY = ["沪", "苏", "浙", "皖", "鲁", "闽", "粤", "赣", "蒙", "晋", "渝", "鄂", "桂", "冀", "津", "宁", "新", "川", "黑"]
_W1 = ["华", "申", "瑞", "恒", "宏", "新", "嘉", "联", "鑫", "泰", "盛", "源", "达", "丰", "润", "安", "顺", "佳", "德", "信"]
_W2 = ["禾", "川", "远", "隆", "峰", "辰", "越", "诚", "和", "创", "邦", "博", "通", "兴", "正", "益", "康", "拓", "辉", "明"]


def company_names(n: int, rng: random.Random, suffixes: list[str]) -> list[str]:
    out, seen = [], set()
    while len(out) < n:
        name = f"{rng.choice(_CITY)}{rng.choice(_W1)}{rng.choice(_W2)}{rng.choice(suffixes)}有限公司"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def _spread(counts: dict[str, int], rng: random.Random) -> list[str]:
    items = [k for k, n in counts.items() for _ in range(n)]
    rng.shuffle(items)
    return items


def enterprises_xlsx(pkg: Package, path: Path, seed: int, suffixes: list[str], total_cell: str) -> list[dict]:
    """The served-enterprise list: one row per enterprise, attributes matching the real breakdowns."""
    R = pkg.r
    rng = random.Random(seed)
    n = R("实际服务企业数（个）")
    inds = _spread(R("按行业统计服务企业数（个）"), rng)
    regs = _spread(R("按省市区域统计服务企业数（个）"), rng)
    paid = _spread({"付费": R("付费企业数（个）"), "免费": n - R("付费企业数（个）")}, rng)
    sme = _spread({"中小企业": R("服务中小企业数量（个）"), "大型企业": n - R("服务中小企业数量（个）")}, rng)
    names = company_names(n, rng, suffixes)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业名录"
    ws.append(["序号", "企业名称", "所属行业（附录C）", "注册地", "服务类型", "企业规模", "开通日期"])
    for i in range(n):
        ws.append([i + 1, names[i], inds[i], regs[i], paid[i], sme[i], f"20{rng.randint(20, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    ws.append([total_cell.format(n=n)])
    ws2 = wb.create_sheet("统计")
    ws2.append(["统计项", "数量（家）"])
    rows = [("实际服务企业", n), ("其中：付费企业", R("付费企业数（个）")), ("其中：本市企业", R("服务本市企业数量（个）")),
            ("其中：中小企业", R("服务中小企业数量（个）"))]
    for k, v in rows:
        ws2.append([k, v])
    save_xlsx(wb, path)
    labels = ["付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"]
    return [fact("实际服务企业数（个）", total_cell.format(n=n), "家", n, 1, row="合计")] + [
        fact(l, str(v), "家", v, 2, row=k, col="数量（家）") for l, (k, v) in zip(labels, rows[1:])]


def ledger_xlsx(pkg: Package, path: Path, seed: int, suffixes: list[str]) -> list[dict]:
    """平台付费服务合同台账: contracts of the paying customers, a 合计 row with two numeric columns."""
    rng = random.Random(seed)
    paid = pkg.r("付费企业数（个）")
    names = company_names(paid, rng, suffixes)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "合同台账"
    ws.append(["合同编号", "客户名称", "服务内容", "签订日期", "合同金额（元）", "已开票金额（元）"])
    total_a = total_b = 0.0
    for i in range(paid + paid // 3):
        cust = names[i] if i < paid else names[rng.randrange(paid)]
        a = round(rng.uniform(8000, 260000), 2)
        b = round(a * rng.choice([1, 1, 0.6, 0.3]), 2)
        total_a, total_b = total_a + a, total_b + b
        ws.append([f"HT-{2023 + (i % 2)}-{i + 1:05d}", cust, rng.choice(["工业APP订阅", "解决方案实施", "设备接入服务", "数据服务"]),
                   f"{2023 + (i % 2)}-{rng.randint(1, 6 if i % 2 else 12):02d}-{rng.randint(1, 28):02d}", a, b])
    ws.append(["合计", "", "", "", round(total_a, 2), round(total_b, 2)])
    quote = f"付费客户（去重）：{paid}家"
    ws.append([quote])
    save_xlsx(wb, path)
    return [fact("付费企业数（个）", quote, "家", paid, 1, row="付费客户（去重）")]


# ----------------------------------------------------------------------------------------- IP, awards
_T1 = ["一种基于", "一种面向", "基于", "用于"]
_T2 = ["边缘计算的", "多源数据融合的", "数字孪生的", "机器学习的", "时序数据的", "工业互联网的"]
_T3 = ["设备状态监测方法", "质量追溯系统", "工艺参数优化方法", "能耗预测装置", "故障诊断方法及系统", "排产调度方法"]


def ip_items(pkg: Package, n: int, kind: str, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        if kind == "patent":
            t = rng.choice(["发明专利", "发明专利", "实用新型"])
            rows.append([str(i + 1), f"{rng.choice(_T1)}{rng.choice(_T2)}{rng.choice(_T3)}", f"ZL 20{rng.randint(18, 23)}{rng.randint(1, 2)} "
                         f"{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}", t, f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                         pkg.spec["company"]])
        else:
            rows.append([str(i + 1), f"{pkg.spec['short']}{rng.choice(['设备接入', '质量追溯', '能耗分析', '工艺建模', '订单协同', '运维管理', '数据中台'])}"
                         f"{rng.choice(['系统', '软件', '平台'])}V{rng.randint(1, 5)}.{rng.randint(0, 9)}",
                         f"20{rng.randint(18, 24)}SR{rng.randint(100000, 1999999):07d}", "原始取得",
                         f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", pkg.spec["company"]])
    return rows


def sec_ip(doc: render.Doc, pkg: Package, titles: tuple[str, str], seed: int, split_pages: bool = False,
           kinds: tuple[str, ...] = ("patent", "sw")) -> list[dict]:
    n_p, n_s = pkg.r(L_PAT), pkg.r(L_SW)
    facts = []
    for (label, n, kind, title, head) in ((L_PAT, n_p, "patent", titles[0], "专利号"), (L_SW, n_s, "sw", titles[1], "登记号")):
        if kind not in kinds:
            continue
        if split_pages and kind == "sw":
            doc.new_page()
        quote = title.format(n=n)
        facts.append(fact(label, str(n), "项", n, doc.page_no, quote=quote))
        doc.text(quote, size=12, gap=6)
        doc.table([["序号", "名称", head, "类型", "授权/登记日", "权利人"]] + ip_items(pkg, n, kind, seed + len(kind)),
                  [0.6, 4, 2.4, 1.1, 1.4, 2.6], size=7.5, align_right_from=9)
        doc.space(8)
    return facts


def ip_xlsx(pkg: Package, path: Path, seed: int, order=("patent", "sw")) -> list[dict]:
    wb = openpyxl.Workbook()
    facts = []
    for i, kind in enumerate(order):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = "专利" if kind == "patent" else "软件著作权"
        n = pkg.r(L_PAT if kind == "patent" else L_SW)
        ws.append(["序号", "名称", "专利号" if kind == "patent" else "登记号", "类型", "授权/登记日", "权利人"])
        for r in ip_items(pkg, n, kind, seed + len(kind)):
            ws.append(r)
        quote = f"合计：{n}项"
        ws.append([quote])
        facts.append(fact(L_PAT if kind == "patent" else L_SW, str(n), "项", n, i + 1, quote=quote, row="合计"))
    save_xlsx(wb, path)
    return facts


def sec_awards(doc: render.Doc, pkg: Package, awards: list[tuple[str, str, str]]) -> list[dict]:
    n = len(awards)
    assert n == pkg.r("平台获得省部级及以上奖项/荣誉数量（个）")
    quote = f"平台获得省部级及以上奖项/荣誉清单（共{n}项）"
    page = doc.page_no
    doc.text(quote, size=13, gap=8)
    doc.table([["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[str(i + 1), *a] for i, a in enumerate(awards)], [0.6, 5, 1.4, 3])
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, page, quote=quote)]


# ----------------------------------------------------------------------------------------- screenshots
def screen_facts(screen: dict, page: int) -> list[dict]:
    """screen: {title, theme, tiles: [(caption, label|None, value, unit, normalized)]}"""
    return [dict(fact(lab, val, unit, norm, page, row=cap), image_only=True)
            for cap, lab, val, unit, norm in screen["tiles"] if lab]


def screen_image(screen: dict, seed: int):
    return render.dashboard(screen["title"], [(c, v) for c, _, v, _, _ in screen["tiles"]], theme=screen.get("theme", "dark"),
                            footer=screen.get("footer", ""), seed=seed)
