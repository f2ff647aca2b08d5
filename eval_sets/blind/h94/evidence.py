"""Evidence writers. Each prints the platform's real (= declared, the packages are clean) figures and
returns the facts it printed: dicts in the EvidenceFact shape, page = physical page of the file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from eval_sets.blind.h94 import render
from eval_sets.blind.h94.forms import FIXED
from eval_sets.blind.h94.model import total


def c(x: float) -> str:
    """1,234.56"""
    return f"{x:,.2f}"


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


class Ev:
    """Collects files (relative path -> role), facts and drawn text of one package."""

    def __init__(self, root: Path, rng):
        self.root, self.rng = root, rng
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.drawn: dict[str, dict[int, list[str]]] = {}

    def scanned(self, rel: str, role: str, pages: list[tuple[render.Page, tuple | None, tuple | None]], title: str):
        images = []
        self.drawn[rel] = {}
        for i, (pg, seal_spec, note) in enumerate(pages, 1):
            ang = float(self.rng.uniform(0.5, 1.5)) * (1 if self.rng.random() < 0.5 else -1)
            img, texts = render.scan(pg, self.rng, ang, seal_spec=seal_spec, note=note)
            images.append(img)
            self.drawn[rel][i] = texts
        render.image_pdf(self.root / rel, images, title=title)
        self.files[rel] = role


# ------------------------------------------------------------------------------------------ finance
def platform_statement(ev: Ev, rel: str, s: dict, team_page: bool):
    """Finance department's 平台业务收支专项说明 (万元), stamped 财务专用章, scanned; optional page 2: team."""
    rev = s["revenue"]
    p = render.Page()
    p.center(f"关于{s['platform']}业务收支情况的专项说明", 26)
    p.para(f"根据公司2020—2023年度经审计的财务报表，我司对{s['platform']}（以下简称“平台”）相关收入、研发投入及利润进行了单列拆分。"
           "拆分口径：平台收入为用户基于平台直接订阅的服务收入及平台解决方案收入；研发投入按国家统计局R&D口径归集平台项目工时与费用。",
           size=19)
    p.para("单位：万元", size=18, x=780)
    header = ["项目", "2020年", "2021年", "2022年", "2023年"]
    rd = s["rd_hist"]
    pr = s["profit_hist"]
    rows = [["平台相关营业收入"] + [c(rev[y]) for y in (2020, 2021, 2022, 2023)],
            ["平台相关研发投入"] + [c(rd[y]) for y in (2020, 2021, 2022)] + [c(s["rd"])],
            ["平台利润总额"] + [c(pr[y]) for y in (2020, 2021, 2022)] + [c(s["profit"])]]
    p.table(header, rows, [260, 140, 140, 140, 140])
    p.para("注：上表2023年数据与2023年度审计报告一致，平台收入占公司营业收入的比例见申报书第一部分。", size=17)
    p.y += 40
    p.para(f"{s['company']}  财务部", size=20, x=560)
    p.para(s["form_date"], size=20, x=600)
    pages = [(p, (720, p.y - 60, 95, s["company"], "财务专用章"), (60, 1250, "与原件一致", s["signer"]))]
    f = rel
    ev.facts += [
        fact("平台相关营业收入（万元）", c(rev[2023]), "万元", rev[2023], f, 1, c(rev[2023]), "平台相关营业收入", "2023年", image_only=True),
        fact("平台近三年经营指标情况", c(rev[2022]), "万元", rev[2022], f, 1, c(rev[2022]), "平台相关营业收入", "2022年",
             "2022年平台营收（万元）", True),
        fact("平台近三年经营指标情况", c(rev[2021]), "万元", rev[2021], f, 1, c(rev[2021]), "平台相关营业收入", "2021年",
             "2021年平台营收（万元）", True),
        fact("平台相关研发投入（万元）", c(s["rd"]), "万元", s["rd"], f, 1, c(s["rd"]), "平台相关研发投入", "2023年", image_only=True),
        fact("平台利润率（%）", c(s["profit"]), "万元", s["profit"], f, 1, c(s["profit"]), "平台利润总额", "2023年",
             "平台利润总额（万元）", True),
        fact("投资回报率（%）", c(s["profit"]), "万元", s["profit"], f, 1, c(s["profit"]), "平台利润总额", "2023年",
             "平台年利润（万元）", True),
    ]
    if team_page:
        p2 = render.Page()
        p2.center(f"{s['platform']}团队人员情况统计（截至填表日）", 24)
        team = s["ops"] + s["run"]
        p2.table(["人员类别", "人数（人）", "其中：有职称/从业资格"],
                 [["运维人员", str(s["ops"]), str(s["qual_split"][0])], ["运营人员", str(s["run"]), str(s["qual_split"][1])],
                  ["合计", str(team), str(s["qualified"])]], [300, 220, 300])
        p2.para("注：运维含日常基础运维、迭代开发、优化升级；运营含日常运营、销售、管理。", size=17)
        p2.y += 30
        p2.para(f"{s['company']}  人力资源部", size=20, x=540)
        pages.append((p2, (700, p2.y - 50, 90, s["company"], "人力资源部"), None))
        ev.facts += [
            fact("平台团队总人数（人）", str(team), "人", team, f, 2, str(team), "合计", "人数（人）", image_only=True),
            fact("运维人数（人）", str(s["ops"]), "人", s["ops"], f, 2, str(s["ops"]), "运维人员", "人数（人）", image_only=True),
            fact("运营人数（人）", str(s["run"]), "人", s["run"], f, 2, str(s["run"]), "运营人员", "人数（人）", image_only=True),
            fact("有相关技术职称/从业资格的人数（人）", str(s["qualified"]), "人", s["qualified"], f, 2, str(s["qualified"]), "合计",
                 "其中：有职称/从业资格", image_only=True),
        ]
    ev.scanned(rel, "evidence:audit_report", pages, "专项说明")


def fmt_yuan(x: float) -> str:
    return f"（{abs(x):,.2f}）" if x < 0 else f"{x:,.2f}"


def audit_report(ev: Ev, rel: str, s: dict, whole_business: bool, title: str):
    """Small audit firm's report, scanned: cover, opinion, 利润表 (元, 本期/上期), note with earlier years.
    whole_business: the platform is the company's only business (company figure = platform figure)."""
    a = s["audit"]
    rev = s["revenue"]
    y = {k: a["yuan"][k] for k in a["yuan"]}
    for k, wan in (("rev2023", rev[2023]), ("rev2022", rev[2022]), ("rev2021", rev[2021]), ("rd", s["rd"]), ("profit", s["profit"])):
        assert round(y[k] / 10000, 2) == wan, (k, y[k], wan)
    pages = []
    p = render.Page()
    p.y = 300
    p.center(title, 34, gap=40)
    p.center(f"{a['firm_doc']}", 22, gap=30)
    p.center(f"被审计单位：{s['company']}", 22, gap=200)
    p.center(a["firm"], 24)
    p.center("二〇二四年三月二十八日", 22)
    pages.append((p, (640, 1120, 105, a["firm"], "业务专用章"), None))
    p = render.Page()
    p.center("审 计 报 告", 30)
    p.para(f"{s['company']}全体股东：", size=20)
    scope = "贵公司" if whole_business else f"贵公司{s['platform']}业务"
    p.para(f"一、审计意见  我们审计了{scope}2023年12月31日的资产负债表、2023年度的利润表以及相关财务报表附注。我们认为，后附的财务报表"
           "在所有重大方面按照企业会计准则的规定编制，公允反映了其财务状况以及经营成果。", size=19)
    p.para("二、形成审计意见的基础  我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，"
           "为发表审计意见提供了基础。", size=19)
    p.y += 60
    p.para(f"{a['firm']}        中国注册会计师：{a['cpa']}", size=19)
    p.para("中国·上海        二〇二四年三月二十八日", size=19)
    pages.append((p, (300, p.y - 70, 100, a["firm"], "业务专用章"), None))
    p = render.Page()
    p.center("利 润 表" if whole_business else "平台业务利润表", 28)
    p.para(f"编制单位：{s['company']}        2023年度        单位：元", size=17)
    rows = [["一、营业收入", fmt_yuan(y["rev2023"]), fmt_yuan(y["rev2022"])],
            ["减：营业成本", fmt_yuan(a["cost"][0]), fmt_yuan(a["cost"][1])],
            ["税金及附加", fmt_yuan(a["tax"][0]), fmt_yuan(a["tax"][1])],
            ["销售费用", fmt_yuan(a["sell"][0]), fmt_yuan(a["sell"][1])],
            ["管理费用", fmt_yuan(a["admin"][0]), fmt_yuan(a["admin"][1])],
            ["研发费用", fmt_yuan(y["rd"]), fmt_yuan(a["rd2022"])],
            ["二、营业利润", fmt_yuan(a["op"][0]), fmt_yuan(a["op"][1])],
            ["加：营业外收入", fmt_yuan(a["nonop"][0]), fmt_yuan(a["nonop"][1])],
            ["三、利润总额", fmt_yuan(y["profit"]), fmt_yuan(a["profit2022"])],
            ["减：所得税费用", fmt_yuan(a["itax"][0]), fmt_yuan(a["itax"][1])],
            ["四、净利润", fmt_yuan(a["net"][0]), fmt_yuan(a["net"][1])]]
    p.table(["项目", "本期金额", "上期金额"], rows, [300, 260, 260], size=18, rh=40)
    p.para("注：括号内数字为负数。", size=16)
    note = (60, 1230, "与原件一致", s["signer"])
    pages.append((p, (760, 520, 100, a["firm"], "业务专用章"), note))
    p = render.Page()
    p.center("财务报表附注（摘录）", 26)
    if whole_business:
        p.para(f"1. 公司主营业务即{s['platform']}的建设与运营，报告期内营业收入全部来源于平台订阅服务、交易服务及解决方案，"
               "公司营业收入即平台相关营业收入，公司研发费用即平台研发投入。", size=19)
    else:
        p.para(f"1. 本报告仅针对{s['platform']}业务单元，平台收入为用户订阅及解决方案收入，不含公司其他业务。", size=19)
    p.para("2. 近年营业收入（单位：元）", size=19)
    p.table(["年度", "营业收入"], [["2020年度", fmt_yuan(a["rev2020"])], ["2021年度", fmt_yuan(y["rev2021"])],
                                  ["2022年度", fmt_yuan(y["rev2022"])], ["2023年度", fmt_yuan(y["rev2023"])]], [300, 300], size=18, rh=38)
    pages.append((p, None, None))
    f = rel
    ev.facts += [
        fact("平台相关营业收入（万元）", fmt_yuan(y["rev2023"]), "元", rev[2023], f, 3, fmt_yuan(y["rev2023"]), "一、营业收入", "本期金额",
             image_only=True),
        fact("平台近三年经营指标情况", fmt_yuan(y["rev2022"]), "元", rev[2022], f, 3, fmt_yuan(y["rev2022"]), "一、营业收入", "上期金额",
             "2022年平台营收（万元）", True),
        fact("平台近三年经营指标情况", fmt_yuan(y["rev2021"]), "元", rev[2021], f, 4, fmt_yuan(y["rev2021"]), "2021年度", "营业收入",
             "2021年平台营收（万元）", True),
        fact("平台相关研发投入（万元）", fmt_yuan(y["rd"]), "元", s["rd"], f, 3, fmt_yuan(y["rd"]), "研发费用", "本期金额", image_only=True),
        fact("平台利润率（%）", fmt_yuan(y["profit"]), "元", s["profit"], f, 3, fmt_yuan(y["profit"]), "三、利润总额", "本期金额",
             "平台利润总额（万元）", True),
        fact("投资回报率（%）", fmt_yuan(y["profit"]), "元", s["profit"], f, 3, fmt_yuan(y["profit"]), "三、利润总额", "本期金额",
             "平台年利润（万元）", True),
    ]
    ev.scanned(rel, "evidence:audit_report", pages, title)


# ------------------------------------------------------------------------------------------ devices
def device_scan(ev: Ev, rel: str, s: dict, unit_word: str = "设备"):
    p = render.Page()
    p.center(f"{s['platform']}接入{unit_word}统计表（截至{s['stat_date']}）", 24)
    cats = list(s["dev_cat"])
    pub = s["pub_cat"] or {}
    run = s["run_cat"] or {}
    rows = [[k, str(s["dev_cat"][k]), str(pub.get(k, 0)), str(run.get(k, 0))] for k in cats]
    tot = total(s["dev_cat"])
    rows.append(["合计", str(tot), str(total(pub)), str(total(run))])
    p.para("表1 按设备二级分类（单位：台/套）", size=18)
    p.table(["设备二级分类", "接入数量", "其中：公有云接入", "公有云日均运行"], rows, [250, 180, 200, 200])
    p.para("表2 按设备所属企业注册地（单位：台/套）", size=18)
    regs = list(s["dev_reg"])
    preg = s["pub_reg"] or {}
    rrows = [[k, str(s["dev_reg"][k]), str(preg.get(k, 0))] for k in regs]
    rrows.append(["合计", str(tot), str(total(preg))])
    p.table(["区域", "接入数量", "其中：公有云接入"], rrows, [300, 220, 220])
    ov = total(s["overseas"])
    ovtext = f"其中海外设备：{ov}台/套" if ov else "海外设备：0台/套（无海外设备）"
    p.para(ovtext, size=19)
    p.para(f"制表：{s['backup'][0]}    审核：{s['signer']}", size=18)
    pages = [(p, (780, 360, 92, s["company"], "公章"), (640, 1280, "与原件一致", s["signer"]))]
    f = rel
    ev.facts += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", str(tot), "台/套", tot, f, 1, str(tot), "合计", "接入数量", image_only=True),
        fact("公有云工业设备连接数量（台/套）", str(total(pub)), "台/套", total(pub), f, 1, str(total(pub)), "合计", "其中：公有云接入",
             image_only=True),
        fact("公有云工业设备平均日运行数量（台/套）", str(total(run)), "台/套", total(run), f, 1, str(total(run)), "合计", "公有云日均运行",
             image_only=True),
        fact("海外设备连接数量（台/套）", str(ov), "台/套", ov, f, 1, ovtext, "海外设备", "", image_only=True),
    ]
    ev.scanned(rel, "evidence:device_list", pages, "设备统计表")


def device_xlsx(ev: Ev, rel: str, s: dict):
    """Device export: 明细 (one row per device), 汇总 (by category with 合计), 导出信息."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "设备明细"
    ws.append(["设备编号", "设备名称", "二级分类", "所属企业注册地", "接入方式", "接入日期"])
    names = {"机器人": "六轴机器人", "化工设备": "注塑机", "机床": "数控切割机", "物流设备": "AGV", "动力设备": "空压机"}
    regs = [k for k, n in s["dev_reg"].items() for _ in range(n)]
    i = 0
    for cat, n in s["dev_cat"].items():
        for k in range(n):
            ws.append([f"YF-{cat[:1]}{i + 1:04d}", f"{names[cat]}{k + 1:02d}", cat, regs[i], "私有云/边缘网关",
                       f"2023-{(i % 12) + 1:02d}-{(i % 27) + 1:02d}"])
            i += 1
    tot = total(s["dev_cat"])
    ws2 = wb.create_sheet("汇总")
    ws2.append(["二级分类", "接入数量（台/套）"])
    for k, v in s["dev_cat"].items():
        ws2.append([k, v])
    ws2.append(["合计", tot])
    ws2.append([])
    ws2.append(["所属企业注册地", "接入数量（台/套）"])
    for k, v in s["dev_reg"].items():
        ws2.append([k, v])
    ws2.append(["合计", tot])
    ws3 = wb.create_sheet("导出信息")
    ws3.append(["导出时间", f"{s['stat_date']} 10:12:36"])
    ws3.append(["导出人", s["signer"]])
    ws3.append(["说明", "平台为私有云部署，公有云接入0台/套"])
    _save_wb(wb, ev.root / rel)
    ev.files[rel] = "evidence:device_list"
    ev.facts.append(fact("连接的工业设备/产品/产线种类及数量（台/套）", str(tot), "台/套", tot, rel, 2, str(tot), "合计", "接入数量（台/套）"))


def _save_wb(wb, path: Path):
    wb.properties.creator = "export"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    render.normalize_zip(path)


# ------------------------------------------------------------------------------------------ IP, awards
def ip_scan(ev: Ev, rel: str, s: dict, two_pages: bool):
    pats, cops = s["patents"], s["copyrights"]
    p = render.Page()
    p.center(f"{s['company']}平台相关知识产权清单", 24)
    if pats:
        p.para(f"一、授权专利（共{len(pats)}项）", size=20)
        p.table(["序号", "专利名称", "专利号", "类型", "授权日"],
                [[str(i), n[:16], no, t, d] for i, (n, no, t, d) in enumerate(pats, 1)], [60, 340, 200, 100, 130], size=14)
    else:
        p.para("一、授权专利（共0项）：无", size=20)
    pages = [(p, None, None)]
    if two_pages:
        pages[0] = (p, (800, 1150, 90, s["company"], "公章"), (70, 1250, "与原件一致", s["signer"]))
        p = render.Page()
    p.para(f"二、软件著作权（共{len(cops)}项）", size=20)
    p.table(["序号", "软件名称", "登记号", "权利人"],
            [[str(i), n, f"2023SR{0o170000 + i * 7919:07d}", s["short"]] for i, n in enumerate(cops, 1)], [60, 380, 200, 190],
            size=14, rh=30)
    pages.append((p, (780, min(p.y, 1200), 90, s["company"], "公章"), (70, 1290, "与原件一致", s["signer"])))
    if not two_pages:
        pages = [pages[-1]]
    ev.facts.append(fact("平台核心软硬件技术获得的专利数量（项）", str(len(pats)), "项", len(pats), rel, 1, f"共{len(pats)}项", "授权专利",
                         image_only=True))
    ev.facts.append(fact("平台核心软硬件技术获得的软著数量（个）", str(len(cops)), "项", len(cops), rel, 2 if two_pages else 1,
                         f"共{len(cops)}项", "软件著作权", image_only=True))
    ev.scanned(rel, "evidence:patent_list", pages, "知识产权清单")


def award_pdf(ev: Ev, rel: str, s: dict):
    """Text PDF: awards (could be none) and standards."""
    pdf = render.TextPdf(ev.root / rel, "荣誉及标准清单")
    pdf.line(f"{s['platform']}省部级及以上奖项/荣誉清单", 15, center=True)
    aw = s["awards"]
    pdf.line(f"合计：共{len(aw)}项", 11)
    if aw:
        pdf.table(["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"],
                  [[str(i), n, t, u] for i, (n, t, u) in enumerate(aw, 1)], [40, 250, 80, 120], size=9)
    pdf.line("平台牵头/参与国家标准、行业标准：无", 11)
    pdf.line(f"{s['company']}  {s['form_date']}", 11, x=300)
    pdf.save()
    ev.files[rel] = "evidence:award_list"
    ev.facts.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(aw)), "项", len(aw), rel, 1, f"合计：共{len(aw)}项", "合计"))


def apps_xlsx(ev: Ev, rel: str, s: dict):
    """APP subscription ledger export: 台账 (one row per APP, 合计), 杀手锏APP (top 5, 合计)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "APP订阅台账"
    ws.append(["序号", "APP名称", "分类", "累计订阅数（个）", "累计订阅金额（万元）"])
    for i, (n, cat, k, amt) in enumerate(s["apps"], 1):
        ws.append([i, n, cat, k, amt])
        ws.cell(row=ws.max_row, column=5).number_format = "0.00"
    ws.append([f"共{len(s['apps'])}个", "合计", "", s["subs"], s["subs_amount"]])
    ws.cell(row=ws.max_row, column=5).number_format = "0.00"
    ws.cell(row=ws.max_row, column=2).font = Font(bold=True)
    ws2 = wb.create_sheet("杀手锏APP")
    ws2.append(["排名", "APP名称", "订阅数量（个）", "简介"])
    for i, (n, k) in enumerate(sorted(s["killer_apps"], key=lambda x: -x[1]), 1):
        ws2.append([i, n, k, f"{n}，面向{s['domain']}用户"])
    ws2.append(["", "合计", s["killer_subs"], ""])
    _save_wb(wb, ev.root / rel)
    ev.files[rel] = "evidence:other"
    n = len(s["apps"])
    ev.facts += [
        fact("工业APP订阅总数量（个）", str(s["subs"]), "个", s["subs"], rel, 1, str(s["subs"]), "合计", "累计订阅数（个）"),
        fact("工业APP订阅总金额（万元）", f"{s['subs_amount']:.2f}", "万元", s["subs_amount"], rel, 1, f"{s['subs_amount']:g}",
             "合计", "累计订阅金额（万元）"),
        fact("工业APP数量（个）", f"共{n}个", "个", n, rel, 1, f"共{n}个", "合计"),
        fact("杀手锏工业APP订阅数量（个）", str(s["killer_subs"]), "个", s["killer_subs"], rel, 2, str(s["killer_subs"]), "合计",
             "订阅数量（个）"),
    ]


# ------------------------------------------------------------------------------------------ screenshots
def phone_png(ev: Ev, rel: str, s: dict, title: str, clock: str, battery: str, tiles: list, footer: str):
    """tiles: [(caption, shown value, label or None, normalized, unit)] — None = distractor tile."""
    img, texts = render.phone_screenshot(title, clock, battery, [(t[0], t[1]) for t in tiles], footer, ev.rng,
                                         tilt=float(ev.rng.uniform(0.02, 0.05)))
    render.save_png(ev.root / rel, img)
    ev.files[rel] = "evidence:screenshot"
    ev.drawn[rel] = {1: texts}
    for cap, shown, label, norm, unit in tiles:
        if label:
            ev.facts.append(fact(label, shown, unit, norm, rel, 1, shown, cap, image_only=True))
