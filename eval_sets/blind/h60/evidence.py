"""Evidence documents of h60: a listed group's 年度报告 extract, a subsidiary's 审计报告, IP lists, device statistics,
dashboard screenshots. Money is held in fen (int) so every printed total adds up."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
from PIL import Image, ImageDraw

from eval_sets.generator import fonts
from office import (Paragraph, images_to_pdf, normalize_zip, rasterize, save_png, scanify, seal, spacer, styles,
                    table, write_pdf)


def yuan(fen: int) -> str:
    s = f"{abs(fen) // 100:,}.{abs(fen) % 100:02d}"
    return ("-" if fen < 0 else "") + s


def wan(fen: int) -> float:
    return float((Decimal(fen) / Decimal(1_000_000)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def pct(a: int, b: int) -> str:
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def chg(a: int, b: int) -> str:
    v = (Decimal(a - b) * 100 / Decimal(b)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return f"{v}"


def splitfen(total: int, weights) -> list[int]:
    s = sum(weights)
    parts = [total * w // s for w in weights]
    parts[0] += total - sum(parts)
    return parts


FILLER = [
    "公司严格按照《公司法》《证券法》和中国证监会、证券交易所的相关规定，不断完善公司法人治理结构，健全内部控制体系，"
    "规范公司运作，提高公司治理水平。股东大会、董事会、监事会和经营管理层权责明确、各司其职、有效制衡。",
    "报告期内，公司持续推进数字化转型，围绕主业加大研发投入，优化产品结构，提升精益管理水平，"
    "在复杂多变的市场环境中保持了经营的总体稳定。",
    "公司依据企业会计准则的规定，结合自身生产经营特点，制定了具体会计政策和会计估计，主要体现在应收款项坏账准备、"
    "存货计价、固定资产折旧、无形资产摊销、收入确认等方面。",
    "本财务报表以持续经营为基础，根据实际发生的交易和事项，按照财政部发布的《企业会计准则——基本准则》"
    "和各项具体会计准则、企业会计准则应用指南、企业会计准则解释及其他相关规定进行确认和计量。",
    "公司高度重视安全生产、环境保护和社会责任工作，建立健全安全生产责任制，报告期内未发生重大安全生产事故和环境污染事件。",
]


class Doc:
    def __init__(self, size=9.0):
        self.pages: list[list] = []
        self.st = styles(size)
        self.marks: dict[str, int] = {}

    def page(self, *flow, mark: str | list[str] | None = None):
        self.pages.append(list(flow))
        for m in ([mark] if isinstance(mark, str) else (mark or [])):
            self.marks[m] = len(self.pages)
        return len(self.pages)

    def p(self, text, style="body"):
        return Paragraph(text, self.st[style])


def _statement_lines(total: int, names: list[str], rnd: random.Random) -> list[tuple[str, int]]:
    w = [rnd.randint(4, 30) for _ in names]
    return list(zip(names, splitfen(total, w)))


ASSET_NAMES = ["货币资金", "交易性金融资产", "应收票据", "应收账款", "预付款项", "其他应收款", "存货", "合同资产",
               "其他流动资产", "长期股权投资", "固定资产", "在建工程", "使用权资产", "无形资产", "开发支出", "商誉",
               "长期待摊费用", "递延所得税资产"]
LIAB_NAMES = ["短期借款", "应付票据", "应付账款", "合同负债", "应付职工薪酬", "应交税费", "其他应付款",
              "一年内到期的非流动负债", "长期借款", "租赁负债", "递延收益"]
EQ_NAMES = ["实收资本（或股本）", "资本公积", "其他综合收益", "盈余公积", "未分配利润"]


def balance(total: int, debt_ratio: float, rnd: random.Random):
    assets = _statement_lines(total, ASSET_NAMES, rnd)
    liab_total = int(total * debt_ratio)
    liabs = _statement_lines(liab_total, LIAB_NAMES, rnd)
    eq = _statement_lines(total - liab_total, EQ_NAMES, rnd)
    return assets, liabs, eq, liab_total


def income(rev: int, profit_total: int, rd_exp: int, rnd=None):
    """利润表 lines that add up to profit_total (利润总额); deterministic in its inputs."""
    tax_add = rev * 6 // 1000
    sell = rev * 3 // 100
    admin = rev * 5 // 100
    fin = rev * 4 // 1000
    other = rev * 8 // 1000
    inv = rev * 5 // 1000
    nonop_in = rev // 1000
    nonop_out = rev // 2000
    op_profit = profit_total - nonop_in + nonop_out
    cost = rev - tax_add - sell - admin - rd_exp - fin + other + inv - op_profit
    tax = profit_total * 15 // 100
    return [("一、营业收入", rev), ("减：营业成本", cost), ("税金及附加", tax_add), ("销售费用", sell),
            ("管理费用", admin), ("研发费用", rd_exp), ("财务费用", fin), ("加：其他收益", other), ("投资收益", inv),
            ("二、营业利润", op_profit), ("加：营业外收入", nonop_in), ("减：营业外支出", nonop_out),
            ("三、利润总额", profit_total), ("减：所得税费用", tax), ("四、净利润", profit_total - tax)]


def annual_report(path: Path, ar: dict) -> dict[str, int]:
    """Writes the 年度报告 extract; returns page marks."""
    rnd = random.Random(ar["seed"])
    d = Doc(9)
    P = d.p
    hdr = f"{ar['name']}　2023年年度报告（节选）"
    d.page(spacer(40), P(f"证券代码：{ar['code']}　　　　　　　　　证券简称：{ar['short']}", "center"), spacer(30),
           P(ar["name"], "h1"), P("2023年年度报告（节选）", "h1"), spacer(60),
           P("本文件为申报单位从控股股东年度报告中摘录的相关章节，页码为本摘录的连续页码。" if ar.get("is_parent") else
             "本文件为公司年度报告相关章节摘录，页码为本摘录的连续页码。", "center"),
           spacer(20), P("2024年4月", "center"))
    d.page(P("重要提示", "h2"),
           P("一、本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性，不存在虚假记载、"
             "误导性陈述或重大遗漏，并承担个别和连带的法律责任。"),
           P(f"二、公司全体董事出席董事会会议。三、{ar['auditor']}为本公司出具了标准无保留意见的审计报告。"),
           P(f"四、公司负责人{ar['legal']}、主管会计工作负责人{ar['cfo']}及会计机构负责人{ar['acct']}声明：保证年度报告中财务报告的真实、准确、完整。"),
           P("五、本报告中除特别说明外，金额单位均为人民币元。"),
           *[P(x) for x in FILLER[:2]])
    toc = [["章节", "名称"], ["第一节", "释义"], ["第二节", "公司简介和主要财务指标"], ["第三节", "管理层讨论与分析"],
           ["第四节", "公司治理"], ["第五节", "环境和社会责任"], ["第六节", "重要事项"], ["第十节", "财务报告"]]
    d.page(P("目录", "h2"), table(toc, [30, 120], num_align_from=9),
           P("注：第七节至第九节（股份变动及股东情况、优先股相关情况、债券相关情况）未摘录。", "small"))
    defs = [["释义项", "释义内容"], ["本公司、公司、本集团", ar["name"]], ["报告期", "2023年1月1日至2023年12月31日"],
            ["元、万元", "人民币元、人民币万元"]] + [[a, b] for a, b in ar.get("defs", [])]
    d.page(P("第一节　释义", "h2"), table(defs, [45, 125], para_cols=(1,), num_align_from=9))
    info = [["项目", "内容"], ["股票简称", ar["short"]], ["股票代码", ar["code"]], ["股票上市证券交易所", ar["exchange"]],
            ["公司的中文名称", ar["name"]], ["公司的法定代表人", ar["legal"]], ["注册地址", ar["address"]],
            ["公司网址", ar["site"]], ["电子信箱", ar["email"]]]
    d.page(P("第二节　公司简介和主要财务指标", "h2"), P("一、公司信息", "h3"), table(info, [50, 120], num_align_from=9),
           P("二、信息披露及备置地点", "h3"), P("公司年度报告备置于公司董事会办公室。"))
    y = ar["years"]
    rev, npp, npd, cfo = y["rev"], y["np_parent"], y["np_deducted"], y["cfo"]
    km = [["主要会计数据", "2023年", "2022年", "本期比上年同期增减(%)", "2021年"]]
    km.append(["营业收入", yuan(rev[0]), yuan(rev[1]), chg(rev[0], rev[1]), yuan(rev[2])])
    km.append(["归属于上市公司股东的净利润", yuan(npp[0]), yuan(npp[1]), chg(npp[0], npp[1]), yuan(npp[2])])
    km.append(["归属于上市公司股东的扣除非经常性损益的净利润", yuan(npd[0]), yuan(npd[1]), chg(npd[0], npd[1]), yuan(npd[2])])
    km.append(["经营活动产生的现金流量净额", yuan(cfo[0]), yuan(cfo[1]), chg(cfo[0], cfo[1]), yuan(cfo[2])])
    ta, eqp = y["assets"], y["equity"]
    km2 = [["主要会计数据", "2023年末", "2022年末", "本期末比上年同期末增减(%)", "2021年末"],
           ["总资产", yuan(ta[0]), yuan(ta[1]), chg(ta[0], ta[1]), yuan(ta[2])],
           ["归属于上市公司股东的净资产", yuan(eqp[0]), yuan(eqp[1]), chg(eqp[0], eqp[1]), yuan(eqp[2])]]
    q = splitfen(rev[0], [22, 25, 24, 29])
    qt = [["项目", "第一季度", "第二季度", "第三季度", "第四季度"], ["营业收入"] + [yuan(x) for x in q]]
    d.page(P("三、近三年主要会计数据和财务指标", "h3"), table(km, [52, 32, 32, 22, 32], para_cols=(0,), size=7),
           spacer(3), table(km2, [52, 32, 32, 22, 32], para_cols=(0,), size=7), spacer(3),
           P("四、2023年分季度主要财务指标", "h3"), table(qt, [30, 35, 35, 35, 35], size=7), mark="key_figures")
    nr = npp[0] - npd[0]
    nrl = splitfen(nr, [5, 3, 2, 1])
    nrt = [["非经常性损益项目", "2023年金额"], ["非流动性资产处置损益", yuan(nrl[0])],
           ["计入当期损益的政府补助", yuan(nrl[1])], ["金融资产公允价值变动损益", yuan(nrl[2])],
           ["其他营业外收入和支出", yuan(nrl[3])], ["合计", yuan(nr)]]
    d.page(P("五、非经常性损益项目及金额", "h3"), table(nrt, [90, 60], size=7.5), spacer(3), P(FILLER[1]))
    d.page(P("第三节　管理层讨论与分析", "h2"), P("一、报告期内公司所处行业情况", "h3"), P(ar["industry_text"]),
           P("二、报告期内公司从事的主要业务", "h3"), P(ar["business_text"]))
    # 营业收入构成
    comp = ar["composition"]
    rows = [["", "2023年金额", "占营业收入比重", "2022年金额", "占营业收入比重", "同比增减(%)"],
            ["营业收入合计", yuan(rev[0]), "100%", yuan(rev[1]), "100%", chg(rev[0], rev[1])]]
    for group in ("分行业", "分产品", "分地区"):
        rows.append([group, "", "", "", "", ""])
        items = comp[group]
        assert sum(a for _, a, _ in items) == rev[0] and sum(b for _, _, b in items) == rev[1], group
        for name, a, b in items:
            rows.append([name, yuan(a), pct(a, rev[0]) + "%", yuan(b), pct(b, rev[1]) + "%", chg(a, b)])
    d.page(P("三、主营业务分析", "h3"), P("1．收入与成本"), P("（1）营业收入构成　　　　　　　　　　　　　　单位：元"),
           table(rows, [44, 30, 18, 30, 18, 18], para_cols=(0,), size=6.8), spacer(2), P(ar.get("composition_note", ""), "small"),
           mark="composition")
    gm = [["分产品", "营业收入", "营业成本", "毛利率(%)", "营业收入比上年同期增减(%)"]]
    for name, a, b in comp["分产品"]:
        c = a * rnd.randint(62, 82) // 100
        gm.append([name, yuan(a), yuan(c), pct(a - c, a), chg(a, b)])
    d.page(P("（2）占公司营业收入或营业利润10%以上的行业、产品或地区情况"), table(gm, [44, 32, 32, 22, 30], para_cols=(0,), size=7),
           P(FILLER[1]))
    rd = ar["rd"]
    rdp = [["项目", "2023年", "2022年", "变动比例"],
           ["研发人员数量（人）", str(rd["people"][0]), str(rd["people"][1]), chg(rd["people"][0], rd["people"][1]) + "%"],
           ["研发人员数量占比", rd["people_ratio"][0], rd["people_ratio"][1], "—"],
           ["研发人员学历结构", "", "", ""],
           ["博士", str(rd["edu"][0]), "", ""], ["硕士", str(rd["edu"][1]), "", ""], ["本科", str(rd["edu"][2]), "", ""],
           ["本科以下", str(rd["edu"][3]), "", ""]]
    e0, c0 = rd["expensed"], rd["capitalised"]
    rdi = [["项目", "2023年", "2022年", "变动比例"],
           ["本期费用化研发投入", yuan(e0[0]), yuan(e0[1]), chg(e0[0], e0[1]) + "%"],
           ["本期资本化研发投入", yuan(c0[0]), yuan(c0[1]), chg(c0[0], c0[1]) + "%"],
           ["研发投入合计（研发投入金额）", yuan(e0[0] + c0[0]), yuan(e0[1] + c0[1]), chg(e0[0] + c0[0], e0[1] + c0[1]) + "%"],
           ["研发投入总额占营业收入比例", pct(e0[0] + c0[0], rev[0]) + "%", pct(e0[1] + c0[1], rev[1]) + "%", "—"],
           ["研发投入资本化的金额占研发投入的比例", pct(c0[0], e0[0] + c0[0]) + "%", pct(c0[1], e0[1] + c0[1]) + "%", "—"]]
    d.page(P("2．研发投入", "h3"), P("（1）研发人员情况"), table(rdp, [60, 35, 35, 30], size=7.5), spacer(2),
           P("（2）研发投入情况　　　　　　　　　　　　　　单位：元"), table(rdi, [62, 38, 38, 22], para_cols=(0,), size=7.5),
           mark="rd")
    if ar.get("projects"):
        pr = [["在研项目名称", "预计总投资规模", "本期投入金额", "累计投入金额", "进展或阶段性成果"]]
        for name, budget, cur, cum, stage in ar["projects"]:
            pr.append([name, yuan(budget), yuan(cur), yuan(cum), stage])
        sub = ar["projects_subtotal"]
        pr.append([sub[0], yuan(sum(x[1] for x in ar["projects"])), yuan(sum(x[2] for x in ar["projects"])),
                   yuan(sum(x[3] for x in ar["projects"])), ""])
        d.page(P("（3）在研项目情况　　　　　　　　　　　　　　单位：元"),
               table(pr, [50, 30, 30, 30, 30], para_cols=(0, 4), size=7), P(ar.get("projects_note", ""), "small"),
               mark="projects")
    d.page(P("3．现金流", "h3"), P(FILLER[0]), P(FILLER[1]), P("四、非主营业务分析", "h3"), P(FILLER[2]))
    d.page(P("五、资产及负债状况分析", "h3"), P(FILLER[3]), P(FILLER[2]))
    subs = [["公司名称", "公司类型", "主要业务", "注册资本", "总资产", "净资产", "营业收入", "营业利润", "净利润"]]
    for s in ar["subsidiaries"]:
        subs.append([s[0], s[1], s[2], s[3]] + [yuan(x) for x in s[4:]])
    d.page(P("六、主要控股参股公司分析", "h3"), P("主要子公司及对公司净利润影响达10%以上的参股公司情况　　　单位：元"),
           table(subs, [30, 12, 26, 16, 18, 18, 18, 16, 16], para_cols=(0, 2, 3), size=5.8),
           P(ar.get("subs_note", ""), "small"), mark="subsidiaries")
    d.page(P("七、公司未来发展的展望", "h3"), P(ar["outlook_text"]), P(FILLER[1]))
    d.page(P("第四节　公司治理", "h2"), P(FILLER[0]), P(FILLER[4]))
    emp = ar["employees"]
    et = [["项目", "人数"], ["母公司在职员工的数量（人）", str(emp["parent"])], ["主要子公司在职员工的数量（人）", str(emp["subs"])],
          ["在职员工的数量合计（人）", str(emp["parent"] + emp["subs"])]]
    pt = [["专业构成类别", "专业构成人数（人）"]] + [[a, str(b)] for a, b in emp["prof"]]
    assert sum(b for _, b in emp["prof"]) == emp["parent"] + emp["subs"]
    ed = [["教育程度类别", "数量（人）"]] + [[a, str(b)] for a, b in emp["edu"]]
    assert sum(b for _, b in emp["edu"]) == emp["parent"] + emp["subs"]
    flows = [P("十、报告期末母公司和主要子公司的员工情况", "h3"), P("1．员工情况"), table(et, [90, 50], size=7.5), spacer(2),
             table(pt, [90, 50], size=7.5), spacer(2), table(ed, [90, 50], size=7.5)]
    if emp.get("by_sub"):
        bs = [["主要子公司", "在职员工（人）", "其中：技术人员（人）", "其中：研发人员（人）", "本科及以上（人）"]]
        for row in emp["by_sub"]:
            bs.append([row[0]] + [str(x) for x in row[1:]])
        flows += [spacer(2), P("2．部分主要子公司员工构成（列示与本次申报相关的子公司）"), table(bs, [56, 26, 30, 30, 26], para_cols=(0,), size=7)]
    d.page(*flows, mark="employees")
    d.page(P("第五节　环境和社会责任", "h2"), P(FILLER[4]), P(FILLER[1]), P("第六节　重要事项", "h2"), P(FILLER[0]))
    d.page(P("第十节　财务报告", "h2"), P("一、审计报告", "h3"),
           P(f"{ar['name']}全体股东：我们审计了{ar['name']}（以下简称公司）财务报表，包括2023年12月31日的合并及母公司资产负债表，"
             "2023年度的合并及母公司利润表、合并及母公司现金流量表、合并及母公司股东权益变动表以及相关财务报表附注。"),
           P("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的合并及母公司财务状况"
             "以及2023年度的合并及母公司经营成果和现金流量。"), P(f"{ar['auditor']}　　中国注册会计师：{ar['cpa']}　　2024年4月"))
    # balance sheets, 合并 and 母公司 side by side
    ma, ml, me, mlt = balance(ta[0], ar["debt_ratio"], rnd)
    ma1, ml1, me1, mlt1 = balance(ta[1], ar["debt_ratio"] + 0.01, rnd)
    pa, pl, pe, plt = balance(ar["parent_assets"][0], ar["debt_ratio"] - 0.08, rnd)
    pa1, pl1, pe1, plt1 = balance(ar["parent_assets"][1], ar["debt_ratio"] - 0.07, rnd)
    bs = [["项目", "合并 期末余额", "合并 期初余额", "母公司 期末余额", "母公司 期初余额"]]
    for i, name in enumerate(ASSET_NAMES):
        bs.append([name, yuan(ma[i][1]), yuan(ma1[i][1]), yuan(pa[i][1]), yuan(pa1[i][1])])
    bs.append(["资产总计", yuan(ta[0]), yuan(ta[1]), yuan(ar["parent_assets"][0]), yuan(ar["parent_assets"][1])])
    d.page(P("二、财务报表", "h3"), P("合并资产负债表及母公司资产负债表（资产）　　2023年12月31日　　单位：元"),
           table(bs, [34, 34, 34, 34, 34], size=6.8), mark="balance")
    bl = [["项目", "合并 期末余额", "合并 期初余额", "母公司 期末余额", "母公司 期初余额"]]
    for i, name in enumerate(LIAB_NAMES):
        bl.append([name, yuan(ml[i][1]), yuan(ml1[i][1]), yuan(pl[i][1]), yuan(pl1[i][1])])
    bl.append(["负债合计", yuan(mlt), yuan(mlt1), yuan(plt), yuan(plt1)])
    for i, name in enumerate(EQ_NAMES):
        bl.append([name, yuan(me[i][1]), yuan(me1[i][1]), yuan(pe[i][1]), yuan(pe1[i][1])])
    bl.append(["所有者权益合计", yuan(ta[0] - mlt), yuan(ta[1] - mlt1), yuan(ar["parent_assets"][0] - plt),
               yuan(ar["parent_assets"][1] - plt1)])
    bl.append(["负债和所有者权益总计", yuan(ta[0]), yuan(ta[1]), yuan(ar["parent_assets"][0]), yuan(ar["parent_assets"][1])])
    d.page(P("合并资产负债表及母公司资产负债表（负债和所有者权益）　　单位：元"), table(bl, [34, 34, 34, 34, 34], size=6.8))
    mi = income(rev[0], y["profit_total"][0], e0[0], rnd)
    mi1 = income(rev[1], y["profit_total"][1], e0[1], rnd)
    pi = income(ar["parent_rev"][0], ar["parent_profit"][0], ar["parent_rd"][0], rnd)
    pi1 = income(ar["parent_rev"][1], ar["parent_profit"][1], ar["parent_rd"][1], rnd)
    it = [["项目", "合并 本期发生额", "合并 上期发生额", "母公司 本期发生额", "母公司 上期发生额"]]
    for i in range(len(mi)):
        it.append([mi[i][0], yuan(mi[i][1]), yuan(mi1[i][1]), yuan(pi[i][1]), yuan(pi1[i][1])])
    minority = [mi[-1][1] - npp[0], mi1[-1][1] - npp[1]]
    it.append(["归属于母公司股东的净利润", yuan(npp[0]), yuan(npp[1]), "—", "—"])
    it.append(["少数股东损益", yuan(minority[0]), yuan(minority[1]), "—", "—"])
    d.page(P("合并利润表及母公司利润表　　2023年度　　单位：元"), table(it, [40, 33, 33, 32, 32], size=6.8), mark="income")
    d.page(P("合并现金流量表（摘要）　　单位：元"),
           table([["项目", "本期发生额", "上期发生额"], ["经营活动产生的现金流量净额", yuan(cfo[0]), yuan(cfo[1])],
                  ["投资活动产生的现金流量净额", yuan(-cfo[0] // 2), yuan(-cfo[1] // 3)],
                  ["筹资活动产生的现金流量净额", yuan(-cfo[0] // 5), yuan(cfo[1] // 7)]], [70, 50, 50], size=7.5),
           P(FILLER[3]))
    d.page(P("三、公司基本情况", "h3"), P(ar["company_text"]), P("四、财务报表的编制基础", "h3"), P(FILLER[3]))
    scope = [["子公司名称", "主要经营地", "持股比例", "取得方式"]] + [[a, b, c, e] for a, b, c, e in ar["scope"]]
    d.page(P("五、合并财务报表范围", "h3"), table(scope, [70, 30, 25, 45], para_cols=(0,), size=7.5), P(FILLER[2]))
    d.page(P("六、重要会计政策及会计估计", "h3"), P(FILLER[2]), P(FILLER[3]), P(FILLER[0]))
    # notes filler with small tables
    for k, nm in enumerate(["货币资金", "应收账款", "存货", "固定资产", "无形资产", "应付账款", "应付职工薪酬", "应交税费"]):
        if len(d.pages) >= ar["pages"] - 4:
            break
        val = [x for x in ma if x[0] == nm] or [x for x in ml if x[0] == nm]
        tot = val[0][1]
        parts = splitfen(tot, [rnd.randint(2, 9) for _ in range(4)])
        rows = [["项目", "期末余额"]] + [[f"{nm}-{t}", yuan(p)] for t, p in zip(["明细一", "明细二", "明细三", "其他"], parts)]
        rows.append(["合计", yuan(tot)])
        d.page(P(f"七、合并财务报表项目注释　{k + 1}．{nm}", "h3"), table(rows, [80, 60], size=7.5), P(FILLER[k % 5]))
    # 营业收入 note
    rc = [["项目", "本期发生额 收入", "本期发生额 成本", "上期发生额 收入", "上期发生额 成本"],
          ["主营业务", yuan(rev[0] - rev[0] // 50), yuan(mi[1][1] - mi[1][1] // 60), yuan(rev[1] - rev[1] // 50),
           yuan(mi1[1][1] - mi1[1][1] // 60)],
          ["其他业务", yuan(rev[0] // 50), yuan(mi[1][1] // 60), yuan(rev[1] // 50), yuan(mi1[1][1] // 60)],
          ["合计", yuan(rev[0]), yuan(mi[1][1]), yuan(rev[1]), yuan(mi1[1][1])]]
    d.page(P("营业收入和营业成本　　单位：元", "h3"), table(rc, [30, 35, 35, 35, 35], size=7), P(FILLER[2]))
    # 研发支出 note
    rn = [["项目", "本期发生额", "上期发生额"], ["费用化研发支出", yuan(e0[0]), yuan(e0[1])],
          ["资本化研发支出", yuan(c0[0]), yuan(c0[1])], ["合计", yuan(e0[0] + c0[0]), yuan(e0[1] + c0[1])]]
    d.page(P("研发支出　　单位：元", "h3"), table(rn, [60, 50, 50], size=7.5), P(FILLER[2]))
    # 分部信息
    seg = ar["segments"]
    names = [s[0] for s in seg]
    srows = [["项目"] + names + ["分部间抵销", "合计"]]
    elim_rev = sum(s[1] for s in seg) - rev[0]
    elim_rev1 = sum(s[2] for s in seg) - rev[1]
    elim_pt = sum(s[3] for s in seg) - y["profit_total"][0]
    srows.append(["营业收入（本期）"] + [yuan(s[1]) for s in seg] + [yuan(-elim_rev), yuan(rev[0])])
    srows.append(["营业收入（上期）"] + [yuan(s[2]) for s in seg] + [yuan(-elim_rev1), yuan(rev[1])])
    srows.append(["利润总额（本期）"] + [yuan(s[3]) for s in seg] + [yuan(-elim_pt), yuan(y["profit_total"][0])])
    srows.append(["资产总额（期末）"] + [yuan(s[4]) for s in seg] + ["—", yuan(sum(s[4] for s in seg))])
    w = 170 / (len(names) + 3)
    d.page(P("十五、其他重要事项　分部信息", "h3"), P(ar["segment_text"]),
           P("报告分部的财务信息　　　　　　　　　　　　单位：元"),
           table(srows, [w * 1.2] + [w * 0.95] * (len(names) + 2), para_cols=tuple(range(len(names) + 3)), size=6.2),
           P(ar.get("segment_note", ""), "small"), mark="segments")
    while len(d.pages) < ar["pages"]:
        d.page(P("十五、其他重要事项（续）", "h3"), P(FILLER[len(d.pages) % 5]), P(FILLER[(len(d.pages) + 2) % 5]))
    write_pdf(path, d.pages, header=hdr)
    return d.marks


# ---------------------------------------------------------------- subsidiary audit report

def audit_report(path: Path, au: dict) -> dict[str, int]:
    rnd = random.Random(au["seed"])
    d = Doc(10)
    P = d.p
    d.page(spacer(50), P(au["company"], "h1"), P("2023年度财务报表及审计报告", "h1"), spacer(40),
           P(f"{au['auditor']}", "center"), P(f"{au['report_no']}", "center"), spacer(10), P("二〇二四年三月", "center"))
    d.page(P("审计报告", "h1"), P(au["report_no"], "center"), P(f"{au['company']}全体股东："),
           P("一、审计意见", "h3"),
           P(f"我们审计了{au['company']}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、"
             "所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
             "公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。"),
           P("二、形成审计意见的基础", "h3"), P(FILLER[3]),
           P(f"{au['auditor']}　　　中国注册会计师：{au['cpa']}　　　二〇二四年三月十八日"))
    assets, liabs, eq, lt = balance(au["assets"], au["debt_ratio"], rnd)
    rows = [["项目", "期末余额"]] + [[a, yuan(b)] for a, b in assets] + [["资产总计", yuan(au["assets"])]]
    rows += [[a, yuan(b)] for a, b in liabs] + [["负债合计", yuan(lt)]] + [[a, yuan(b)] for a, b in eq]
    rows += [["所有者权益合计", yuan(au["assets"] - lt)], ["负债和所有者权益总计", yuan(au["assets"])]]
    d.page(P("资产负债表　　2023年12月31日　　编制单位：" + au["company"] + "　　单位：元"), table(rows, [80, 60], size=7))
    inc = income(au["rev"][0], au["profit"][0], au["rd_exp"][0], rnd)
    inc1 = income(au["rev"][1], au["profit"][1], au["rd_exp"][1], rnd)
    it = [["项目", "本期金额", "上期金额"]] + [[inc[i][0], yuan(inc[i][1]), yuan(inc1[i][1])] for i in range(len(inc))]
    d.page(P("利润表　　2023年度　　编制单位：" + au["company"] + "　　单位：元"), table(it, [70, 50, 50], size=8),
           mark="income")
    d.page(P("财务报表附注", "h2"), P("一、公司基本情况", "h3"), P(au["company_text"]), P("二、财务报表的编制基础", "h3"),
           P(FILLER[3]))
    d.page(P("三、重要会计政策及会计估计", "h3"), P(FILLER[2]), P(au.get("revenue_policy", FILLER[0])))
    rd = au["rd_note"]
    rn = [["项目", "本期发生额", "上期发生额"], ["费用化研发支出", yuan(rd[0][0]), yuan(rd[0][1])],
          ["资本化研发支出", yuan(rd[1][0]), yuan(rd[1][1])], ["研发支出合计", yuan(rd[0][0] + rd[1][0]), yuan(rd[0][1] + rd[1][1])]]
    d.page(P("四、财务报表项目注释", "h3"), P("（一）研发支出　　单位：元"), table(rn, [60, 50, 50], size=8),
           P(au.get("rd_text", ""), "small"), mark="rd")
    if au.get("platform_table"):
        pt = au["platform_table"]
        d.page(P(au["platform_title"], "h3"), P(au["platform_text"]), P("单位：万元"),
               table(pt, [60] + [110 / (len(pt[0]) - 1)] * (len(pt[0]) - 1), para_cols=(0,), size=8),
               P(au.get("platform_note", ""), "small"), mark="platform")
    while len(d.pages) < au.get("pages", 8):
        d.page(P("财务报表附注（续）", "h3"), P(FILLER[len(d.pages) % 5]))
    if not au.get("scan"):
        write_pdf(path, d.pages, header=f"{au['company']}　2023年度审计报告")
    else:
        tmp = path.with_suffix(".tmp.pdf")
        write_pdf(tmp, d.pages, header=f"{au['company']}　2023年度审计报告")
        imgs = rasterize(tmp)
        tmp.unlink()
        sl = seal(au["auditor"], inner="审计专用章")
        out = []
        for i, im in enumerate(imgs):
            out.append(scanify(im, au["seed"] + i, sl if i in (0, 1) else None, seal_pos=(0.55, 0.74)))
        images_to_pdf(path, out)
    return d.marks


# ---------------------------------------------------------------- lists, device statistics, screenshots

def ip_list_pdf(path: Path, company: str, patents: int, copyrights: int, seed: int) -> dict[str, int]:
    rnd = random.Random(seed)
    d = Doc(9)
    P = d.p
    pr = [["序号", "专利名称", "专利号", "类型", "权利人"]]
    topics = ["工业设备数据采集", "边缘计算网关", "设备故障预测", "工艺参数优化", "多源数据融合", "能耗监测", "数字孪生建模",
              "质量缺陷识别", "生产排程", "协议解析"]
    for i in range(patents):
        pr.append([str(i + 1), f"一种{topics[i % 10]}方法及系统（{i // 10 + 1}）", f"ZL20{rnd.randint(18, 23)}1{rnd.randint(1000000, 9999999)}.{rnd.randint(0, 9)}",
                   "发明" if i % 3 else "实用新型", company])
    per = 26
    body = pr[1:]
    for k in range(0, len(body), per):
        head = [P("平台核心软硬件技术知识产权清单", "h1"), P(f"一、专利清单（共{patents}项）", "h3")] if k == 0 else []
        d.page(*head, table([pr[0]] + body[k:k + per], [10, 70, 40, 15, 35], para_cols=(1, 4), num_align_from=9, size=6.8),
               mark="patents" if k == 0 else None)
    cr = [["序号", "软件名称", "登记号", "著作权人"]]
    for i in range(copyrights):
        cr.append([str(i + 1), f"{topics[(i + 3) % 10]}软件V{i % 4 + 1}.0", f"2{rnd.randint(18, 23)}SR{rnd.randint(100000, 999999)}", company])
    body = cr[1:]
    for k in range(0, len(body), per):
        head = [P(f"二、软件著作权清单（共{copyrights}项）", "h3")] if k == 0 else []
        d.page(*head, table([cr[0]] + body[k:k + per], [12, 90, 35, 33], para_cols=(1, 3), num_align_from=9, size=6.8),
               mark="copyrights" if k == 0 else None)
    write_pdf(path, d.pages, header=company)
    return d.marks


def device_xlsx(path: Path, v: dict) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备分类"
    ws.append(["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in v["dev_cat"]:
        ws.append([k, v["dev_cat"][k], v["pub_cat"][k], v["day_cat"][k]])
    ws.append(["合计", v["dev_total"], v["pub"], v["daily"]])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in v["dev_reg"]:
        ws2.append([k, v["dev_reg"][k], v["pub_reg"][k], v["day_reg"][k]])
    ws2.append(["合计", v["dev_total"], v["pub"], v["daily"]])
    ws2.append(["其中：海外合计", v["overseas"], "", ""])
    for col in "ABCD":
        ws.column_dimensions[col].width = 24
        ws2.column_dimensions[col].width = 24
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path, "设备接入统计")


def device_pdf(path: Path, v: dict, title: str) -> dict[str, int]:
    d = Doc(9)
    P = d.p
    rows = [["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    rows += [[k, f"{v['dev_cat'][k]:,}", f"{v['pub_cat'][k]:,}", f"{v['day_cat'][k]:,}"] for k in v["dev_cat"]]
    rows.append(["合计", f"{v['dev_total']:,}", f"{v['pub']:,}", f"{v['daily']:,}"])
    rr = [["区域（注册地）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    rr += [[k, f"{v['dev_reg'][k]:,}", f"{v['pub_reg'][k]:,}", f"{v['day_reg'][k]:,}"] for k in v["dev_reg"]]
    rr.append(["合计", f"{v['dev_total']:,}", f"{v['pub']:,}", f"{v['daily']:,}"])
    ov = [["海外国家", "接入数量（台/套）"]] + [[k, f"{n:,}"] for k, n in v["overseas_by"].items()] + [["海外合计", f"{v['overseas']:,}"]]
    d.page(P(title, "h1"), P("统计截止日：2024年6月30日", "center"), P("表1　按设备二级分类统计", "h3"),
           table(rows, [50, 40, 40, 40], size=7.5), P("表2　按省市区域统计", "h3"), table(rr, [50, 40, 40, 40], size=7.5),
           P("表3　海外设备", "h3"), table(ov, [60, 40], size=7.5), mark="devices")
    write_pdf(path, d.pages)
    return d.marks


def dashboard_png(path: Path, title: str, tiles: list[tuple[str, str]], seed: int) -> None:
    rnd = random.Random(seed)
    W, H = 1600, 900
    img = Image.new("RGB", (W, H), (12, 27, 52))
    dr = ImageDraw.Draw(img)
    f_big, f_mid, f_small = fonts.pil_font(54), fonts.pil_font(30), fonts.pil_font(22)
    dr.text((W / 2, 48), title, font=f_mid, fill=(220, 235, 255), anchor="mm")
    dr.text((W - 40, 48), "数据更新：2024-06-30 23:59", font=f_small, fill=(140, 170, 210), anchor="rm")
    n = len(tiles)
    cols = 3
    tw, th = 460, 200
    for i, (cap, val) in enumerate(tiles):
        x = 60 + (i % cols) * (tw + 50)
        yy = 120 + (i // cols) * (th + 40)
        dr.rounded_rectangle((x, yy, x + tw, yy + th), 16, fill=(22, 48, 88), outline=(60, 120, 200), width=2)
        dr.text((x + 30, yy + 40), cap, font=f_mid, fill=(160, 195, 235))
        dr.text((x + 30, yy + 110), val, font=f_big, fill=(90, 220, 255))
    base = 120 + ((n + cols - 1) // cols) * (th + 40)
    pts = [(80 + k * 60, H - 60 - rnd.randint(20, max(21, H - base - 120))) for k in range(25)]
    dr.line(pts, fill=(90, 220, 255), width=3)
    save_png(img, path)
