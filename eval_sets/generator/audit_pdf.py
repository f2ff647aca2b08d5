"""The audited special financial report of the platform business (专项审计报告), as a text PDF.

Owns the report's page plan (cover, auditor's opinion, 资产负债表, 利润表, 附注 — the statements on
known pages), the statements' arithmetic (every subtotal adds up, whatever figure a problem
changed) and the evidence facts it yields. Units follow the layout: 元 (optionally 1,234.56)
or 万元. Must not decide the figures; they come from the state's evidence figures.
"""

from __future__ import annotations

import io
from decimal import Decimal

from eval_sets.generator.formats import money
from eval_sets.generator.notice import SUMMARY_LABEL_BY_KEY
from eval_sets.generator.pdf_setup import invariant_pdf, ruled_table, styles
from eval_sets.generator.state import EvidenceDoc, PackageState
from eval_sets.generator.values import q2, wan
from eval_sets.truth import EvidenceFact


def audit_pages(lead_pages: int) -> tuple[dict[str, int], int]:
    pages = {"cover": 1, "opinion": 2, "balance": 2 + lead_pages, "income": 3 + lead_pages,
             "notes": 4 + lead_pages}
    return pages, 5 + lead_pages


def _statement_lines(state: PackageState) -> dict[str, tuple[Decimal, Decimal]]:
    """利润表 lines (本期, 上期) in 元; 营业成本 balances so that 利润总额 stays the declared one."""
    v = state.true
    d = v.income_detail_yuan
    revenue = state.evidence.audit_revenue_yuan
    rd = state.evidence.audit_rd_yuan
    prior_revenue = v.revenue_yuan[2022]
    k = prior_revenue / v.revenue_yuan[2023]
    prior = {name: q2(d[name] * k) for name in ("税金及附加", "销售费用", "管理费用", "财务费用",
                                                "营业外收入", "营业外支出")}
    prior["研发费用"] = q2(v.rd_yuan * k * Decimal("0.94"))
    prior["利润总额"] = q2(v.profit_yuan * k * Decimal("0.91"))
    prior["营业利润"] = prior["利润总额"] + prior["营业外支出"] - prior["营业外收入"]
    prior["所得税费用"] = q2(prior["利润总额"] * Decimal("0.15"))
    current = dict(d)
    current["研发费用"] = rd
    current["营业利润"] = v.profit_yuan + d["营业外支出"] - d["营业外收入"]
    lines: dict[str, tuple[Decimal, Decimal]] = {"营业收入": (revenue, prior_revenue)}
    for side, rev, values in ((0, revenue, current), (1, prior_revenue, prior)):
        values["营业成本"] = (rev - values["税金及附加"] - values["销售费用"] - values["管理费用"]
                          - values["研发费用"] - values["财务费用"] - values["营业利润"])
        values["净利润"] = values["利润总额"] - values["所得税费用"]
    for name in ("营业成本", "税金及附加", "销售费用", "管理费用", "研发费用", "财务费用", "营业利润",
                 "营业外收入", "营业外支出", "利润总额", "所得税费用", "净利润"):
        lines[name] = (current[name], prior[name])
    return lines


_INCOME_ROWS = (
    ("一、营业收入", "营业收入"), ("减：营业成本", "营业成本"), ("税金及附加", "税金及附加"),
    ("销售费用", "销售费用"), ("管理费用", "管理费用"), ("研发费用", "研发费用"), ("财务费用", "财务费用"),
    ("二、营业利润（亏损以“－”号填列）", "营业利润"), ("加：营业外收入", "营业外收入"),
    ("减：营业外支出", "营业外支出"), ("三、利润总额（亏损总额以“－”号填列）", "利润总额"),
    ("减：所得税费用", "所得税费用"), ("四、净利润（净亏损以“－”号填列）", "净利润"),
)


def _balance(total: Decimal) -> list[tuple[str, Decimal]]:
    shares = (("货币资金", "0.22"), ("应收账款", "0.30"), ("存货", "0.08"), ("其他流动资产", "0.05"))
    current = [(name, q2(total * Decimal(s))) for name, s in shares]
    current_sum = sum((x for _, x in current), Decimal(0))
    fixed = q2(total * Decimal("0.15"))
    intangible = q2(total * Decimal("0.12"))
    dev = total - current_sum - fixed - intangible
    liab = q2(total * Decimal("0.45"))
    payable, salary, taxes = q2(liab * Decimal("0.4")), q2(liab * Decimal("0.15")), q2(liab * Decimal("0.05"))
    return [*current, ("流动资产合计", current_sum), ("固定资产", fixed), ("无形资产", intangible),
            ("开发支出", dev), ("非流动资产合计", total - current_sum), ("资产总计", total),
            ("应付账款", payable), ("应付职工薪酬", salary), ("应交税费", taxes),
            ("其他应付款", liab - payable - salary - taxes), ("负债合计", liab),
            ("所有者权益合计", total - liab), ("负债和所有者权益总计", total)]


def render_audit(state: PackageState, doc: EvidenceDoc) -> tuple[bytes, list[EvidenceFact]]:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    invariant_pdf()
    st = styles()
    layout = state.layout
    company = state.platform.company
    unit = layout.audit_unit

    def show(yuan: Decimal) -> str:
        return money(wan(yuan) if unit == "万元" else yuan, layout.audit_thousands)

    flow: list = [Spacer(1, 140), Paragraph(company, st["cover"]), Paragraph("工业互联网平台业务", st["cover"]),
                  Paragraph("2023年度专项审计报告", st["cover"]), Spacer(1, 160),
                  Paragraph(state.profile.auditor, st["center"]),
                  Paragraph(f"报告文号：沪审专字〔2024〕第{state.spec.seed % 9000 + 1000}号", st["center"]),
                  Paragraph("二〇二四年四月十八日", st["center"]), PageBreak()]
    for k, text in enumerate(_opinion_paragraphs(company, state.profile.auditor)):
        flow.append(Paragraph(text, st["body"] if k else st["title"]))
        if k and k % 3 == 0 and k // 3 < layout.audit_lead_pages:
            flow.append(PageBreak())
    flow.append(PageBreak())

    assets = {side: _balance(state.true.assets_yuan[side]) for side in ("期末", "期初")}
    rows = [["项目", "期末余额", "期初余额"]]
    rows += [[name, show(end), show(begin)] for (name, end), (_, begin) in zip(assets["期末"], assets["期初"], strict=True)]
    flow += [Paragraph("资产负债表", st["title"]),
             Paragraph(f"编制单位：{company}（工业互联网平台业务）　　2023年12月31日　　单位：{unit}", st["plain"]),
             Spacer(1, 8), ruled_table(rows, [220, 140, 140], numeric_from=1), PageBreak()]

    lines = _statement_lines(state)
    rows = [["项目", *layout.audit_columns]]
    rows += [[caption, show(lines[key][0]), show(lines[key][1])] for caption, key in _INCOME_ROWS]
    flow += [Paragraph("利润表", st["title"]),
             Paragraph(f"编制单位：{company}（工业互联网平台业务）　　2023年度　　单位：{unit}", st["plain"]),
             Spacer(1, 8), ruled_table(rows, [240, 130, 130], numeric_from=1), PageBreak()]
    flow += _notes(state, lines, show, unit)

    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, title="专项审计报告", author="", subject="", creator="")
    pdf.build(flow)
    _, count = audit_pages(layout.audit_lead_pages)
    assert pdf.page == count, f"audit report has {pdf.page} pages, planned {count}"

    def fact(key: str, value_yuan: Decimal, row: str, column: str, page_key: str,
             component: str = "") -> EvidenceFact:
        printed = show(value_yuan)
        return EvidenceFact(label=SUMMARY_LABEL_BY_KEY[key], value=printed, unit=unit,
                            normalized=float(wan(value_yuan)), file=doc.path, page=doc.pages[page_key],
                            quote=printed, row_label=row, column_label=column, component=component)

    current, prior = layout.audit_columns
    facts = [
        fact("revenue", lines["营业收入"][0], "营业收入", current, "income"),
        fact("revenue_3y", lines["营业收入"][1], "营业收入", prior, "income", "2022年平台营收（万元）"),
        fact("rd", lines["研发费用"][0], "研发费用", current, "income"),
        fact("profit_margin", lines["利润总额"][0], "利润总额", current, "income", "平台利润总额（万元）"),
        fact("roi", lines["利润总额"][0], "利润总额", current, "income", "平台年利润（万元）"),
        fact("social_rate", lines["税金及附加"][0], "税金及附加", current, "income", "税金及附加（万元）"),
        fact("social_rate", state.true.assets_yuan["期末"], "资产总计", "期末余额", "balance", "资产总计期末（万元）"),
        fact("social_rate", state.true.assets_yuan["期初"], "资产总计", "期初余额", "balance", "资产总计期初（万元）"),
    ]
    return buf.getvalue(), facts


def _opinion_paragraphs(company: str, auditor: str) -> list[str]:
    subject = f"{company}工业互联网平台业务（以下简称“平台业务”）"
    return [
        "专项审计报告",
        f"{company}全体股东：",
        f"一、审计意见。我们审计了{subject}的财务报表，包括2023年12月31日的资产负债表，2023年度的利润表以及相关财务报表附注。",
        f"我们认为，后附的财务报表在所有重大方面按照企业会计准则及财务报表附注所述的编制基础编制，公允反映了平台业务2023年12月31日的财务状况以及2023年度的经营成果。",
        "二、形成审计意见的基础。我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。",
        "按照中国注册会计师职业道德守则，我们独立于平台业务，并履行了职业道德方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。",
        "三、编制基础。平台业务财务报表系根据公司2023年度经审计的财务报表，按照附注所述的收入、成本及费用拆分方法编制，仅供申报上海市工业互联网平台应用水平评价使用。",
        "四、管理层和治理层对财务报表的责任。管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制。",
        "治理层负责监督平台业务的财务报告过程。在编制财务报表时，管理层负责评估持续经营能力，披露与持续经营相关的事项，并运用持续经营假设。",
        "五、注册会计师对财务报表审计的责任。我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计报告。",
        "在按照审计准则执行审计工作的过程中，我们运用职业判断，并保持职业怀疑。我们识别和评估由于舞弊或错误导致的财务报表重大错报风险，设计和实施审计程序以应对这些风险。",
        "我们与治理层就计划的审计范围、时间安排和重大审计发现等事项进行沟通，包括沟通我们在审计中识别出的值得关注的内部控制缺陷。",
        f"{auditor}　　　　中国注册会计师：周明远、潘雪琴　　　　中国·上海",
    ]


def _notes(state: PackageState, lines, show, unit: str) -> list:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    st = styles()
    revenue = lines["营业收入"][0]
    parts = [("平台订阅服务收入", q2(revenue * Decimal("0.46"))), ("平台实施及解决方案收入", q2(revenue * Decimal("0.31"))),
             ("工业APP销售收入", q2(revenue * Decimal("0.15")))]
    parts.append(("其他平台相关收入", revenue - sum((x for _, x in parts), Decimal(0))))
    rd = lines["研发费用"][0]
    rd_parts = [("人员人工费用", q2(rd * Decimal("0.68"))), ("直接投入费用", q2(rd * Decimal("0.14"))),
                ("折旧与摊销", q2(rd * Decimal("0.11")))]
    rd_parts.append(("其他相关费用", rd - sum((x for _, x in rd_parts), Decimal(0))))
    return [
        Paragraph("财务报表附注", st["title"]),
        Paragraph(f"一、平台业务基本情况。{state.platform.name}由{state.platform.company}建设并运营，"
                  f"本报告所称平台业务指基于平台直接订阅的服务及通过平台服务获得的收入与相应成本费用。", st["body"]),
        Paragraph("二、收入拆分方法。平台相关收入按合同所属产品线逐笔识别；共用成本费用按平台业务人员工时占比分摊。", st["body"]),
        Spacer(1, 8), Paragraph(f"三、营业收入明细（单位：{unit}）", st["plain"]), Spacer(1, 4),
        ruled_table([["项目", "本期金额"], *[[n, show(x)] for n, x in parts], ["合计", show(revenue)]],
                    [260, 160], numeric_from=1),
        PageBreak(),
        Paragraph(f"四、研发费用明细（单位：{unit}）", st["plain"]), Spacer(1, 4),
        ruled_table([["项目", "本期金额"], *[[n, show(x)] for n, x in rd_parts], ["合计", show(rd)]],
                    [260, 160], numeric_from=1),
        Spacer(1, 12),
        Paragraph("五、资产负债表日后事项。截至本报告日，平台业务无需要披露的重大资产负债表日后事项。", st["body"]),
    ]
