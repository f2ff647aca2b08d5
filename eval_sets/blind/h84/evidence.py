"""Evidence rendered from the platform's real figures; every writer returns the facts it prints."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl

from eval_sets.blind.h84.docs import save_xlsx, ws_write
from eval_sets.blind.h84.model import Model, c2, scale
from eval_sets.blind.h84.render import Pdf, dashboard, images_pdf, scan_pdf

REV = "平台相关营业收入（万元）"
HIST = "平台近三年经营指标情况"


def fact(label, value, unit, normalized, file, page, quote=None, row="", col="", comp="", image=False) -> dict:
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                quote=value if quote is None else quote, row_label=row, column_label=col, component=comp, image_only=image)


class Ctx:
    def __init__(self, root: Path, pid: str, seed: int):
        self.root, self.pid, self.rng, self.seed = root, pid, random.Random(seed), seed

    def path(self, rel: str) -> Path:
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def key(self, rel: str) -> str:
        return f"{self.pid}/{rel}"


# ------------------------------------------------------------------------------------------ audit report
def audit(ctx: Ctx, m: Model, rel: str, auditor: str, scanned: bool = False, yuan: bool = False) -> list[dict]:
    """Cover, opinion, company 利润表 (元), platform 专项说明 on page 4 (万元, or 元 when yuan=True)."""
    S = m.spec
    rev, rnd, profit = S["rev"], S["rnd"], S["profit"]
    F = S["corp"]["fin"]
    pdf = Pdf("审计报告", header=f"{auditor}" if not scanned else "")
    pdf.page(("gap", 40), ("center", S["company"], 16), ("center", "2023年度财务报表审计报告", 20), ("gap", 12),
             ("center", f"{auditor}审（2024）第{ctx.rng.randint(1000, 9999)}号", 12), ("gap", 80),
             ("center", auditor, 13), ("center", "二〇二四年四月十八日", 12))
    pdf.page(("h", "审计报告", 16),
             ("p", f"{S['company']}全体股东："),
             ("p", f"我们审计了{S['company']}（以下简称贵公司）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
                   "现金流量表、所有者权益变动表以及相关财务报表附注。"),
             ("p", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的财务状况"
                   "以及2023年度的经营成果和现金流量。"),
             ("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
                   "我们在这些准则下的责任。"),
             ("gap", 30), ("right", auditor), ("right", "中国注册会计师：（签名并盖章）"), ("right", "2024年4月18日"))
    cy = F[1] * 10000
    pdf.page(("h", "利润表", 15), ("p", f"编制单位：{S['company']}        2023年度        单位：元"),
             ("t", [["项目", "本期金额", "上期金额"],
                    ["一、营业收入", c2(cy), c2(cy / (1 + F[2] / 100))],
                    ["减：营业成本", c2(cy * 0.71), c2(cy * 0.72 / (1 + F[2] / 100))],
                    ["税金及附加", c2(F[5] * 10000 * 0.18), c2(F[5] * 10000 * 0.17)],
                    ["销售费用", c2(cy * 0.05), c2(cy * 0.052)],
                    ["管理费用", c2(cy * 0.06), c2(cy * 0.061)],
                    ["研发费用", c2(cy * 0.07), c2(cy * 0.066)],
                    ["二、营业利润", c2(F[4] * 10000 * 0.98), c2(F[4] * 10000 * 0.9)],
                    ["三、利润总额", c2(F[4] * 10000), c2(F[4] * 10000 * 0.92)],
                    ["四、净利润", c2(F[4] * 10000 * 0.86), c2(F[4] * 10000 * 0.80)]], [70, 50, 50]))
    unit, mult = ("元", 10000) if yuan else ("万元", 1)
    name = S["declared_name"]
    rows = [["项目", "2023年度", "2022年度", "2021年度"],
            ["平台相关营业收入", c2(rev[2023] * mult), c2(rev[2022] * mult), c2(rev[2021] * mult)],
            ["平台相关研发投入", c2(rnd * mult), c2(S["rnd_prev"][0] * mult), c2(S["rnd_prev"][1] * mult)],
            ["平台利润总额", c2(profit * mult), c2(S["profit_prev"][0] * mult), c2(S["profit_prev"][1] * mult)]]
    pdf.page(("h", f"财务报表附注十二：{name}业务专项说明", 14),
             ("p", f"贵公司{name}业务的收入按平台直接订阅服务、平台应用服务及平台解决方案合同单独核算，研发投入按研发项目归集，"
                   "平台利润总额为平台业务收入扣除可直接归属的成本费用及分摊的期间费用后的金额。"),
             ("p", f"单位：{unit}"), ("t", rows, [55, 38, 38, 38]),
             ("p", "注：上表数据已经本所审计，分摊口径与以前年度保持一致。"))
    raw = pdf.bytes()
    path = ctx.path(rel)
    if scanned:
        path.write_bytes(scan_pdf(raw, ctx.key(rel), ctx.seed + 7, {2: auditor, 4: auditor}))
    else:
        path.write_bytes(raw)
    v = lambda x: c2(x * mult)  # noqa: E731
    n = lambda x: round(x, 2)  # noqa: E731
    return [
        fact(REV, v(rev[2023]), unit, n(rev[2023]), rel, 4, row="平台相关营业收入", col="2023年度", image=scanned),
        fact(HIST, v(rev[2022]), unit, n(rev[2022]), rel, 4, row="平台相关营业收入", col="2022年度", comp="2022年平台营收（万元）", image=scanned),
        fact(HIST, v(rev[2021]), unit, n(rev[2021]), rel, 4, row="平台相关营业收入", col="2021年度", comp="2021年平台营收（万元）", image=scanned),
        fact("平台相关研发投入（万元）", v(rnd), unit, n(rnd), rel, 4, row="平台相关研发投入", col="2023年度", image=scanned),
        fact("平台利润率（%）", v(profit), unit, n(profit), rel, 4, row="平台利润总额", col="2023年度", comp="平台利润总额（万元）", image=scanned),
        fact("投资回报率（%）", v(profit), unit, n(profit), rel, 4, row="平台利润总额", col="2023年度", comp="平台年利润（万元）", image=scanned),
    ]


# ------------------------------------------------------------------------------------------ devices
def device_tables(m: Model) -> tuple[list[list], list[list]]:
    v = m.val
    cats = v["按二级分类统计工业设备数量（台/套）"]
    pub = v["按二级分类统计公有云工业设备数量（台/套）"]
    run = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    priv = scale(cats, m.spec["dev_private"]) if m.spec.get("dev_private") and m.spec.get("private_column") else None
    head = ["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]
    if priv:
        head.insert(2, "其中：私有化部署（台/套）")
    rows = [head]
    for k in cats:
        r = [k, cats[k], pub[k], run[k]]
        if priv:
            r.insert(2, priv[k])
        rows.append(r)
    tot = ["合计", sum(cats.values()), sum(pub.values()), sum(run.values())]
    if priv:
        tot.insert(2, sum(priv.values()))
    rows.append(tot)
    over = v["按海外国家分类统计海外设备连接数量（台/套）"] or {}
    orows = [["国家/地区", "接入数量（台/套）"]] + [[k, n] for k, n in over.items()] + [["海外合计", sum(over.values())]]
    return rows, orows


def device_facts(m: Model, rel: str, page_main: int, page_over: int, fmt, unit="台/套") -> list[dict]:
    v = m.val
    out = [fact("连接的工业设备/产品/产线种类及数量（台/套）", fmt(v["连接的工业设备/产品/产线种类及数量（台/套）"]), unit,
                v["连接的工业设备/产品/产线种类及数量（台/套）"], rel, page_main, row="合计", col="接入数量（台/套）"),
           fact("公有云工业设备连接数量（台/套）", fmt(v["公有云工业设备连接数量（台/套）"]), unit, v["公有云工业设备连接数量（台/套）"],
                rel, page_main, row="合计", col="其中：公有云接入（台/套）"),
           fact("公有云工业设备平均日运行数量（台/套）", fmt(v["公有云工业设备平均日运行数量（台/套）"]), unit,
                v["公有云工业设备平均日运行数量（台/套）"], rel, page_main, row="合计", col="公有云日均运行（台/套）")]
    if v["海外设备连接数量（台/套）"]:
        out.append(fact("海外设备连接数量（台/套）", fmt(v["海外设备连接数量（台/套）"]), unit, v["海外设备连接数量（台/套）"], rel,
                        page_over, row="海外合计", col="接入数量（台/套）"))
    return out


def devices_xlsx(ctx: Ctx, m: Model, rel: str) -> list[dict]:
    rows, orows = device_tables(m)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备分类"
    ws_write(ws, 1, 1, f"{m.spec['declared_name']}接入设备统计（截至2024年6月30日）", bold=True)
    for i, r in enumerate(rows, 2):
        for j, x in enumerate(r, 1):
            ws_write(ws, i, j, x, bold=(i == 2))
    ws.column_dimensions["A"].width = 18
    for col in "BCDE":
        ws.column_dimensions[col].width = 22
    ws2 = wb.create_sheet("海外设备")
    for i, r in enumerate(orows, 1):
        for j, x in enumerate(r, 1):
            ws_write(ws2, i, j, x, bold=(i == 1))
    ws3 = wb.create_sheet("导出说明")
    ws3["A1"] = "数据来源：平台设备管理中心；导出人：系统管理员；导出时间：2024-07-01 10:12:36"
    save_xlsx(wb, ctx.path(rel))
    return device_facts(m, rel, 1, 2, str)


def devices_pdf(ctx: Ctx, m: Model, rel: str) -> list[dict]:
    rows, orows = device_tables(m)
    fmt = lambda x: f"{x:,}" if isinstance(x, int) else x  # noqa: E731
    pdf = Pdf("接入设备统计表", header=m.spec["company"])
    n = len(rows[0])
    pdf.page(("h", f"{m.spec['declared_name']}接入设备统计表", 14), ("p", "统计截止日：2024年6月30日"),
             ("t", [[fmt(x) for x in r] for r in rows], [50] + [120 / (n - 1)] * (n - 1)),
             ("h", "海外设备接入情况", 12), ("t", [[fmt(x) for x in r] for r in orows], [85, 85]))
    ctx.path(rel).write_bytes(pdf.bytes())
    return device_facts(m, rel, 1, 1, lambda x: f"{x:,}")


# ------------------------------------------------------------------------------------------ IP lists
PAT_WORDS = ["一种设备故障预测方法", "一种多源数据融合装置", "一种工业数据采集网关", "一种能耗优化调度方法", "一种质量缺陷识别方法",
             "一种边缘计算节点", "一种供应链协同排产方法", "一种设备健康评估系统"]
SW_WORDS = ["设备管理系统", "数据采集平台", "能耗分析软件", "质量追溯系统", "可视化看板软件", "模型管理平台", "工单调度系统",
            "移动巡检APP"]


def ip_lists(ctx: Ctx, m: Model, rel: str, scanned=False, as_xlsx=False) -> list[dict]:
    S = m.spec
    np_, ns = S["patents"], S["softcopy"]
    pats = [[str(i), f"{PAT_WORDS[i % 8]}（{i}）", "发明专利" if i % 3 else "实用新型", f"ZL20{19 + i % 5}1{ctx.rng.randint(1000000, 9999999)}.{i % 10}",
             S["company"]] for i in range(1, np_ + 1)]
    sws = [[str(i), f"{S['short']}{SW_WORDS[i % 8]}V{1 + i % 4}.0", f"2024SR{ctx.rng.randint(100000, 999999)}", S["company"]]
           for i in range(1, ns + 1)]
    t1, t2 = f"专利清单（共{np_}项）", f"软件著作权清单（共{ns}项）"
    if as_xlsx:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "专利"
        ws_write(ws, 1, 1, t1, bold=True)
        for i, r in enumerate([["序号", "专利名称", "类型", "专利号", "专利权人"]] + pats, 2):
            for j, x in enumerate(r, 1):
                ws_write(ws, i, j, x)
        ws_write(ws, len(pats) + 3, 1, f"合计：{np_}项")
        ws2 = wb.create_sheet("软件著作权")
        ws_write(ws2, 1, 1, t2, bold=True)
        for i, r in enumerate([["序号", "软件名称", "登记号", "著作权人"]] + sws, 2):
            for j, x in enumerate(r, 1):
                ws_write(ws2, i, j, x)
        ws_write(ws2, len(sws) + 3, 1, f"合计：{ns}项")
        save_xlsx(wb, ctx.path(rel))
        return [fact("平台核心软硬件技术获得的专利数量（项）", str(np_), "项", np_, rel, 1, f"合计：{np_}项", row="合计"),
                fact("平台核心软硬件技术获得的软著数量（个）", str(ns), "项", ns, rel, 2, f"合计：{ns}项", row="合计")]
    pdf = Pdf("知识产权清单", header=S["company"] + " 知识产权清单")
    p1 = pdf.flow([("h", t1, 13), ("t", [["序号", "专利名称", "类型", "专利号", "专利权人"]] + pats, [12, 48, 20, 45, 45], 8)])
    p2 = pdf.flow([("h", t2, 13), ("t", [["序号", "软件名称", "登记号", "著作权人"]] + sws, [12, 70, 38, 50], 8)])
    raw = pdf.bytes()
    ctx.path(rel).write_bytes(scan_pdf(raw, ctx.key(rel), ctx.seed + 11, {p2: S["company"]}) if scanned else raw)
    return [fact("平台核心软硬件技术获得的专利数量（项）", str(np_), "项", np_, rel, p1, t1, row="专利清单", image=scanned),
            fact("平台核心软硬件技术获得的软著数量（个）", str(ns), "项", ns, rel, p2, t2, row="软件著作权清单", image=scanned)]


# ------------------------------------------------------------------------------------------ enterprises
def enterprises_xlsx(ctx: Ctx, m: Model, rel: str, with_local=True, with_paid=True) -> list[dict]:
    v = m.val
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业统计"
    rows = [["指标", "数量（家）", "统计口径"],
            ["平台注册企业", v["注册企业用户数（个）"], "截至2024年6月30日"],
            ["实际服务企业", v["实际服务企业数（个）"], "使用平台产品或解决方案的企业，累计"],
            ["其中：付费企业", v["付费企业数（个）"], "有付费合同的企业"],
            ["其中：上海市企业", v["服务本市企业数量（个）"], "按企业注册地"],
            ["其中：中小企业", v["服务中小企业数量（个）"], "按工信部联企业〔2011〕300号划型"]]
    if not with_local:
        rows = [r for r in rows if r[0] != "其中：上海市企业"]
    if not with_paid:
        rows = [r for r in rows if r[0] != "其中：付费企业"]
    for i, r in enumerate(rows, 1):
        for j, x in enumerate(r, 1):
            ws_write(ws, i, j, x, bold=(i == 1))
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["C"].width = 40
    ws2 = wb.create_sheet("按行业")
    ind = v["按行业统计服务企业数（个）"]
    for i, r in enumerate([["行业", "企业数（家）"]] + [[k, n] for k, n in ind.items()] + [["合计", sum(ind.values())]], 1):
        for j, x in enumerate(r, 1):
            ws_write(ws2, i, j, x)
    save_xlsx(wb, ctx.path(rel))
    out = [fact("注册企业用户数（个）", str(v["注册企业用户数（个）"]), "家", v["注册企业用户数（个）"], rel, 1, row="平台注册企业", col="数量（家）"),
           fact("实际服务企业数（个）", str(v["实际服务企业数（个）"]), "家", v["实际服务企业数（个）"], rel, 1, row="实际服务企业", col="数量（家）")]
    if with_paid:
        out.append(fact("付费企业数（个）", str(v["付费企业数（个）"]), "家", v["付费企业数（个）"], rel, 1, row="其中：付费企业", col="数量（家）"))
    if with_local:
        out.append(fact("服务本市企业数量（个）", str(v["服务本市企业数量（个）"]), "家", v["服务本市企业数量（个）"], rel, 1,
                        row="其中：上海市企业", col="数量（家）"))
    out.append(fact("服务中小企业数量（个）", str(v["服务中小企业数量（个）"]), "家", v["服务中小企业数量（个）"], rel, 1,
                    row="其中：中小企业", col="数量（家）"))
    return out


# ------------------------------------------------------------------------------------------ cloud resources
def cloud_pdf(ctx: Ctx, m: Model, rel: str, scanned: bool = False) -> list[dict]:
    v, S = m.val, m.spec
    servers, pub = v["平台实际用云量（台）"], v["平台公有云实际使用数量（台）"]
    cap, data = v["存储容量（TB）"], v["存储工业数据量（TB）"]
    pdf = Pdf("云资源使用情况说明", header=S["company"])
    pdf.page(("h", f"{S['declared_name']}云资源使用情况说明", 14),
             ("p", "截至2024年6月30日，平台服务器与存储资源使用情况如下（云服务器按标准规格8核32G折算台数）："),
             ("t", [["资源项", "数量", "单位"],
                    ["云服务器（折算）合计", f"{servers:.2f}", "台"],
                    ["其中：公有云服务器", f"{pub:.2f}", "台"],
                    ["其中：私有云/混合云服务器", f"{servers - pub:.2f}", "台"],
                    ["存储总容量", f"{cap:.2f}", "TB"],
                    ["已存储工业数据量", f"{data:.2f}", "TB"],
                    ["其中：公有云存储数据量", f"{v['公有云数据总量（TB）']:.2f}", "TB"]], [80, 50, 40]),
             ("p", "以上数据取自云管平台资源报表及存储管理系统，由平台运维部统计。"), ("gap", 20),
             ("right", f"{S['company']}平台运维部"), ("right", "2024年7月2日"))
    raw = pdf.bytes()
    ctx.path(rel).write_bytes(scan_pdf(raw, ctx.key(rel), ctx.seed + 13, {1: S["company"]}) if scanned else raw)
    return [fact("平台实际用云量（台）", f"{servers:.2f}", "台", servers, rel, 1, row="云服务器（折算）合计", col="数量", image=scanned),
            fact("平台公有云实际使用数量（台）", f"{pub:.2f}", "台", pub, rel, 1, row="其中：公有云服务器", col="数量", image=scanned),
            fact("存储容量（TB）", f"{cap:.2f}", "TB", cap, rel, 1, row="存储总容量", col="数量", image=scanned),
            fact("存储工业数据量（TB）", f"{data:.2f}", "TB", data, rel, 1, row="已存储工业数据量", col="数量", image=scanned)]


# ------------------------------------------------------------------------------------------ awards
def awards_pdf(ctx: Ctx, m: Model, rel: str) -> list[dict]:
    S = m.spec
    names = ["上海市工业互联网创新发展应用示范", "上海市优秀工业互联网平台", "工业和信息化部工业互联网试点示范项目",
             "上海市科学技术奖（科技进步类）", "上海市软件和信息服务业高成长百家", "上海市“工赋链主”培育企业平台",
             "长三角工业互联网创新应用案例", "上海市智能工厂优秀服务商"]
    n = S["awards"]
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [
        [str(i + 1), names[i % len(names)], f"20{20 + i % 4}年{1 + (i * 5) % 12}月",
         "上海市经济和信息化委员会" if i % 2 == 0 else "工业和信息化部"] for i in range(n)]
    pdf = Pdf("荣誉清单", header=S["company"])
    pdf.page(("h", "平台获得省部级及以上奖项/荣誉清单", 14), ("t", rows, [14, 80, 30, 46]), ("p", f"合计：{n}项"))
    ctx.path(rel).write_bytes(pdf.bytes())
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, rel, 1, f"合计：{n}项", row="合计")]


# ------------------------------------------------------------------------------------------ screenshots
def screens(ctx: Ctx, m: Model, rels: list[str], specs: list[list[tuple]], as_pdf: str | None = None,
            titles: list[str] | None = None) -> list[dict]:
    """specs: per screen, a list of (caption, value text, label, unit, normalized, is_fact).
    PNG files (one per screen) or, with as_pdf, one image-only PDF with one screen per page."""
    facts, images = [], []
    for i, tiles in enumerate(specs):
        rel = as_pdf or rels[i]
        page = i + 1 if as_pdf else 1
        img = dashboard((titles or [f"{m.spec['declared_name']} 运营驾驶舱"] * len(specs))[i],
                        [(c, v) for c, v, *_ in tiles], ctx.key(rel), page, ctx.seed + i,
                        subtitle="数据更新时间：2024-07-01 09:00", theme="dark" if i % 2 == 0 else "light")
        if as_pdf:
            images.append(img)
        else:
            img.save(ctx.path(rel), format="PNG")
        for cap, val, label, unit, norm, is_fact in tiles:
            if is_fact:
                facts.append(fact(label, val, unit, norm, rel, page, row=cap, image=True))
    if as_pdf:
        ctx.path(as_pdf).write_bytes(images_pdf(images, "平台截图"))
    return facts
