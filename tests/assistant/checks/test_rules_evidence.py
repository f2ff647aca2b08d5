"""Declared values against evidence values: each rule with a failing and a passing case.

The form is the consistent one of conftest.CONSISTENT (the sample package's values); evidence
values are built the way the offline extractor builds them (value as printed, unit, normalised
in the field's unit, citation)."""

from __future__ import annotations

import pytest

from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from extractors.model import Span

AUDIT = "证明材料/附件3-1 审计报告.pdf"


def evidence(field_id: str, value: str, unit: str, normalized, *, method: str = "table_row", component: str = "",
             status: str = "found", file: str = AUDIT, page: int = 5, label: str = "", note: str = "",
             scope: str = "platform", confidence: float = 0.95, reasons: tuple[str, ...] = ()) -> EvidenceValue:
    from assistant.catalog.notice import load_catalog

    quote = f"{label or '项目'} {value}"
    citation = Citation(file=file, page=page, quote=quote, span=Span(start=0, end=len(quote)))
    return EvidenceValue(field_id=field_id, label=load_catalog().field(field_id).label, component=component,
                         value=value, unit=unit, normalized=normalized, status=status, method=method,
                         citations=(citation,), note=note, scope=scope, confidence=confidence, reasons=reasons)


def statements(revenue="32,153,291.30", rd="5,077,052.85", profit="3,600,092.48") -> list[EvidenceValue]:
    def wan(text: str) -> float:
        return round(float(text.replace(",", "")) / 10000, 6)
    return [evidence("revenue", revenue, "元", wan(revenue), label="一、营业收入"),
            evidence("platform_revenue_2023", revenue, "元", wan(revenue), component="2023年平台营收（万元）"),
            evidence("platform_revenue_2022", "24,394,376.23", "元", 2439.437623, component="2022年平台营收（万元）"),
            evidence("rd_investment", rd, "元", wan(rd), label="研发费用"),
            evidence("profit_margin", profit, "元", wan(profit), component="平台利润总额（万元）"),
            evidence("roi", profit, "元", wan(profit), component="平台年利润（万元）"),
            evidence("social_contribution_rate", "57,727,759.57", "元", 5772.775957, component="资产总计期末（万元）", page=4),
            evidence("social_contribution_rate", "49,494,254.53", "元", 4949.425453, component="资产总计期初（万元）", page=4)]


def test_an_earlier_snapshot_beside_a_later_one_that_backs_the_form(make_review, findings_of):
    """h27: device exports 截至20231231 and 截至20240331; the form took the later one, so the year-end
    export is an earlier count, not a contradiction (two errors on a problem package). Alone, the
    year-end export's difference is still reported."""
    declared = make_review().number("devices_public_cloud")
    def export(value, as_of, file):
        return evidence("devices_public_cloud", str(value), "台", value, method="list_count", file=file,
                        page=1).model_copy(update={"as_of": as_of, "period": "合计"})
    early = export(int(declared) - 900, "截至2023年12月31日", "02 接入设备清单_截至20231231.xlsx")
    late = export(int(declared), "截至2024年3月31日", "02 接入设备清单_截至20240331.xlsx")
    review = make_review()
    review.evidence = [early, late]
    assert [f for f in findings_of("count_vs_list.count", review) + findings_of("declared_vs_evidence.value", review)] == []
    review = make_review()
    review.evidence = [early]
    assert len(findings_of("count_vs_list.count", review) + findings_of("declared_vs_evidence.value", review)) == 1


def test_a_decks_chart_ending_at_another_number_than_its_own_figure(make_review, findings_of):
    """h49: the deck's card says 383 served enterprises, as the form does; its chart's 2024 bar says 396.
    The file backs the form, yet disagrees with itself: a warning that says so. Without the card the
    chart alone is the file's reading, as any other."""
    from assistant.core.evidence import CHART_END

    deck = "附件/平台介绍（汇报版）.pdf"
    card = evidence("enterprises_served", "383 家", "家", 383, method="text", file=deck, page=2)
    chart = evidence("enterprises_served", "396", "", 396, method="text", file=deck, page=3, confidence=0.75,
                     reasons=(f"{CHART_END}：图表“累计服务企业数（家）”2024年", "存疑：图表中的数字，按图例与横轴读取"))
    review = make_review()
    review.evidence = [card, chart]
    [finding] = findings_of("declared_vs_evidence.value", review)
    assert finding.severity == "warning" and "同一文件另有数字与申报一致" in finding.message and "396" in finding.message
    review = make_review()
    review.evidence = [card, chart.model_copy(update={"reasons": ("图表中的数字",)})]
    assert findings_of("declared_vs_evidence.value", review) == []  # any other second reading: the file backs the form


# --- declared_vs_evidence.value ------------------------------------------------------------------

def test_unit_trap_is_not_a_finding(make_review, findings_of):
    review = make_review(revenue="6670.79", platform_revenue_2023="6670.79 万元")
    review.evidence = [evidence("revenue", "66,707,912.35", "元", 6670.791235)]
    assert findings_of("declared_vs_evidence.value", review) == []


def test_consistent_statements_give_no_finding(make_review, findings_of):
    review = make_review()
    review.evidence = statements()
    for rule_id in ("declared_vs_evidence.value", "declared_vs_evidence.formula"):
        assert findings_of(rule_id, review) == []


def test_revenue_differs_from_the_audit(make_review, findings_of):
    review = make_review(revenue="3600.00", platform_revenue_2023="3600.00 万元")
    review.evidence = statements()
    [finding] = findings_of("declared_vs_evidence.value", review)
    assert finding.severity == "error"
    assert {"平台相关营业收入（万元）", "2023年平台营收（万元）"} <= set(finding.fields)  # one finding, both fields
    assert "32,153,291.30 元（折合 3215.33 万元）" in finding.message
    assert "差 384.67 万元" in finding.message and "相对差 11.96%" in finding.message
    assert (finding.expected, finding.actual) == ("3215.33", "3600.00")
    assert any(c.file == AUDIT and c.page == 5 for c in finding.citations)


def test_a_sum_of_two_printed_amounts_allows_each_term_its_rounding(make_review, findings_of):
    # holdout 7: 研发投入 = 费用化 19,069,536.83 + 资本化 7,638,937.90 元 = 2670.847 万元, declared as
    # 1906.95 + 763.89 = 2670.84 — each term rounded, no difference. 2670.83 is one.
    summed = [evidence("rd_investment", "19,069,536.83 + 7,638,937.90", "元", 2670.847473)]
    assert value_findings(make_review, findings_of, summed, rd_investment="2670.84") == []
    assert len(value_findings(make_review, findings_of, summed, rd_investment="2670.83")) == 1


def value_findings(make_review, findings_of, facts, **declared):
    """declared_vs_evidence.value on a form declaring `declared`, with `facts` read from the proofs."""
    review = make_review(**declared)
    review.evidence = facts
    return findings_of("declared_vs_evidence.value", review)


def test_main_business_revenue_against_a_statement_printing_it_under_the_total(make_review, findings_of):
    # holdout 7: 「一、营业总收入 989,690,419.16」 then 「其中：主营业务收入 951,625,403.04」. A form giving
    # either is no difference; another figure is a warning (which of the two the form meant is a doubt).
    company = "证明材料/审计报告.pdf"
    facts = [evidence("main_business_revenue", "951,625,403.04", "元", 95162.540304, file=company, scope="company",
                      confidence=0.7, reasons=("利润表", "存疑：申报表的主营业务收入也可能按营业收入口径填写")),
             evidence("main_business_revenue", "989,690,419.16", "元", 98969.041916, file=company, scope="company",
                      component="营业收入（万元）")]
    for declared in ("95162.54", "98969.04"):
        assert value_findings(make_review, findings_of, facts, main_business_revenue=declared) == []
    assert [f.severity for f in value_findings(make_review, findings_of, facts, main_business_revenue="90000.00")] \
        == ["warning"]


def test_company_statement_is_never_equated_with_a_platform_figure(make_review, findings_of):
    """Issue 12 class 1: the company's 营业收入 81,245 万元 is not the platform's 3215.33."""
    review = make_review()
    review.evidence = [evidence("revenue", "812,450,000.00", "元", 81245.0, scope="company"),
                       *statements()]
    assert findings_of("declared_vs_evidence.value", review) == []
    assert findings_of("declared_vs_evidence.formula", review) == []


def test_platform_revenue_above_the_company_revenue_is_an_error(make_review, findings_of):
    company = evidence("main_business_revenue", "30,000,000.00", "元", 3000.0, scope="company",
                       component="营业收入（万元）", label="一、营业收入")
    review = make_review(main_business_revenue="2800.00")  # and 3215.33 万元 for the platform
    review.evidence = [company]
    [finding] = findings_of("declared_vs_evidence.bound", review)
    assert finding.severity == "error" and finding.fields == ("平台相关营业收入（万元）",)
    assert "超过企业整体财务报表" in finding.message and finding.expected == "≤ 3000.00"
    review.evidence = [company.model_copy(update={"normalized": 81245.0, "value": "812,450,000.00"})]
    assert findings_of("declared_vs_evidence.bound", review) == []
    review = make_review(main_business_revenue="3100.00", revenue="2900.00", platform_revenue_2023="2900.00 万元")
    review.evidence = [company]
    [finding] = findings_of("declared_vs_evidence.bound", review)
    assert finding.fields == ("主营业务收入（万元）",)


def test_the_company_revenue_stands_beside_the_platform_revenue_row_as_its_bound(make_review):
    """h47: the prefill row 平台相关营业收入 lists the company's 营业收入 it cannot exceed, judged as the bound rule
    judges it (mismatch above it, else unchecked: a bound proves no value); a platform figure is no bound."""
    from assistant.reports.prefill_document import company_bounds

    company = evidence("main_business_revenue", "30,000,000.00", "元", 3000.0, scope="company",
                       component="营业收入（万元）", label="一、营业收入")
    def bound_entries(review):
        return [(row.label, e["component"], e["normalized"], e["status"]) for _field, row, e in company_bounds(review)]
    review = make_review(main_business_revenue="2800.00")  # the platform's 3215.33 万元 exceeds it
    review.evidence = [company]
    assert bound_entries(review) == [("平台相关营业收入（万元）", "企业整体营业收入（上限）", 3000.0, "mismatch")]
    review.evidence = [company.model_copy(update={"normalized": 81245.0, "value": "812,450,000.00"})]
    assert bound_entries(review) == [("平台相关营业收入（万元）", "企业整体营业收入（上限）", 81245.0, "unchecked")]
    review.evidence = [company.model_copy(update={"scope": "platform"})]
    assert bound_entries(review) == []


def test_a_platform_revenue_above_a_stated_company_revenue_is_a_warning_not_an_error(make_review, findings_of):
    """A company revenue read from a sentence (「公司全年实现营业收入3.27亿元」, prose: confidence 0.75)
    bounds the declared values with its printed precision, and a breach is a warning that says why."""
    revenue = evidence("main_business_revenue", "3.27亿元", "亿元", 32700.0, method="text", scope="company",
                       component="营业收入（万元）", confidence=0.75,
                       reasons=("证明材料正文", "存疑：数字取自证明材料的叙述文字，非财务报表"))
    review = make_review(main_business_revenue="32715.40")  # within the half unit of 3.27亿元: no finding
    review.evidence = [revenue]
    assert findings_of("declared_vs_evidence.bound", review) == []
    review = make_review(main_business_revenue="36000.00")
    review.evidence = [revenue]
    [finding] = findings_of("declared_vs_evidence.bound", review)
    assert finding.severity == "warning"


def test_a_doubtful_reading_is_a_warning_that_says_its_doubt(make_review, findings_of):
    review = make_review(revenue="3600.00", platform_revenue_2023="3600.00 万元")
    review.evidence = [evidence("revenue", "32,153,291.30", "元", 3215.329130, confidence=0.7,
                                reasons=("存疑：仅报告封面注明平台业务专项审计",))]
    [finding] = findings_of("declared_vs_evidence.value", review)
    assert finding.severity == "warning"
    assert "存疑：仅报告封面注明平台业务专项审计" in finding.message
    assert finding.doubts == ("仅报告封面注明平台业务专项审计",) or "仅报告封面注明平台业务专项审计" in finding.doubts[0]


def test_ambiguous_evidence_is_a_warning_and_ungrounded_is_ignored(make_review, findings_of):
    review = make_review(rd_investment="600.00")
    review.evidence = [evidence("rd_investment", "5,077,052.85", "元", 507.705285, status="ambiguous", note="两处")]
    [finding] = findings_of("declared_vs_evidence.value", review)
    assert finding.severity == "warning"
    review.evidence = [evidence("rd_investment", "5,077,052.85", "元", 507.705285, status="ungrounded")]
    assert findings_of("declared_vs_evidence.value", review) == []


# --- declared_vs_evidence.formula / component ----------------------------------------------------

def test_rates_recomputed_when_an_input_differs_from_the_evidence(make_review, findings_of):
    review = make_review(revenue="3600.00", platform_revenue_2023="3600.00 万元", rd_intensity="14.10%",
                         profit_margin="10.00%（平台利润总额360.01万元÷平台相关营业收入3600.00万元×100%）")
    review.evidence = statements()
    found = {f.fields[0]: f for f in findings_of("declared_vs_evidence.formula", review)}
    rd = found["平台相关研发投入强度（%）"]
    assert rd.severity == "warning" and rd.expected == "15.79%" and rd.actual == "14.10%"
    assert "平台相关营业收入（万元）" in rd.fields
    assert found["平台利润率（%）"].expected == "11.20%"


def test_arithmetic_slip_between_agreeing_inputs_is_left_to_the_formula_rule(make_review, findings_of):
    review = make_review(rd_intensity="17.00%")  # 507.71 ÷ 3215.33 = 15.79: a formula finding, not ours
    review.evidence = statements()
    assert findings_of("declared_vs_evidence.formula", review) == []


def test_number_inside_the_applicants_computation_differs(make_review, findings_of):
    review = make_review(social_contribution_rate="16.00%（社会贡献总额884.22万元÷平均资产总额5526.38万元×100%）")
    review.evidence = statements()
    [component] = findings_of("declared_vs_evidence.component", review)
    assert "平均资产总额" in component.message and component.expected == "5361.10"
    assert component.fields == ("平台社会贡献率（%）",)
    [rate] = findings_of("declared_vs_evidence.formula", review)
    assert rate.expected == "16.49%"
    review = make_review()
    review.evidence = statements()
    assert findings_of("declared_vs_evidence.component", review) == []


# --- count_vs_list -------------------------------------------------------------------------------

def test_patent_count_against_the_list(make_review, findings_of):
    listed = evidence("patents", "15", "项", 15, method="list_count", file="证明材料/知识产权清单.pdf", page=1)
    review = make_review()
    review.evidence = [listed]
    assert findings_of("count_vs_list.count", review) == []
    review = make_review(patents="共18项")
    review.evidence = [listed]
    [finding] = findings_of("count_vs_list.count", review)
    assert finding.severity == "error" and "须完全相等" in finding.message
    assert (finding.expected, finding.actual) == ("15", "18")


def test_device_breakdown_against_the_list(make_review, findings_of):
    rows = [("轻工设备", 4980), ("机器人", 5793), ("仪器仪表", 3139), ("物流设备", 2088)]
    listed = [evidence("devices_by_category", str(n), "台/套", n, method="list_count", component=name) for name, n in rows]
    review = make_review()
    review.evidence = listed
    assert findings_of("count_vs_list.breakdown", review) == []
    review = make_review(devices_by_category="轻工设备：4980、机器人：5793、仪器仪表：3139、物流设备：2000")
    review.evidence = listed
    [finding] = findings_of("count_vs_list.breakdown", review)
    assert "物流设备：申报 2000，清单 2088" in finding.message


def test_a_public_cloud_split_summed_from_a_lists_rows_is_a_note(make_review, findings_of):
    """h86's clean package: the device list's 「其中：公有云」 column summed by each row's 设备类别 gives a split the
    list never prints, and it differs from the declared split: a note (info), not a warning. The same split
    printed by a statistics table is a difference the table states."""
    from assistant.core.evidence import STATISTICS_TABLE

    rows = [("动力设备", 2569), ("其他", 272)]
    declared = "动力设备：2492、其他：374"
    for reasons, severity, rule_id in (((), "info", "count_vs_list.breakdown"),
                                       ((STATISTICS_TABLE,), "warning", "declared_vs_evidence.breakdown")):
        review = make_review(devices_public_cloud_by_category=declared)
        review.evidence = [evidence("devices_public_cloud_by_category", str(n), "台/套", n, method="list_count",
                                    component=name, reasons=reasons) for name, n in rows]
        [finding] = findings_of(rule_id, review)
        assert finding.severity == severity and "其他：申报 374，清单 272" in finding.message


def test_a_statistics_tables_breakdown_is_a_figure_the_proof_states(make_review, findings_of):
    """h53: a device list's rows grouped by 设备类别 and the 按类别汇总 table printed under it both give
    工程机械 2737 where the form says 2677 (the total the same): the table's rows are figures the proof
    states (declared_vs_evidence, as its 合计 is); with the list's rows alone it stays the list's."""
    from assistant.core.evidence import STATISTICS_TABLE

    def category(name, n, statistics):
        return evidence("devices_by_category", str(n), "台/套", n, method="list_count", component=name,
                        page=4 if statistics else 1, reasons=(STATISTICS_TABLE,) if statistics else ())
    rows = (("工程机械", 2737), ("物流设备", 2516))
    review = make_review(devices_by_category="工程机械：2677、物流设备：2576")
    review.evidence = [category(name, n, s) for s in (False, True) for name, n in rows]
    [finding] = findings_of("declared_vs_evidence.breakdown", review)
    assert finding.severity == "warning" and "工程机械：申报 2677，清单 2737" in finding.message
    assert findings_of("count_vs_list.breakdown", review) == []
    review.evidence = [category(name, n, False) for name, n in rows]
    assert findings_of("declared_vs_evidence.breakdown", review) == []
    [finding] = findings_of("count_vs_list.breakdown", review)
    review.evidence = [category(name, n, s) for s in (False, True) for name, n in (("工程机械", 2677), ("物流设备", 2576))]
    assert findings_of("declared_vs_evidence.breakdown", review) == [] == findings_of("count_vs_list.breakdown", review)


def test_a_breakdown_given_by_volumes_each_of_its_own_categories(make_review, findings_of):
    """h85: devices listed in three files by 附录A category (「分三册导出」), each its own categories: together they
    are the form's breakdown. A volume whose category differs still differs."""
    declared = "动力设备：39462、电力设备：31114、机床：15304、机器人：10624"
    volumes = [("册一.xlsx", [("动力设备", 39462), ("电力设备", 31114)]), ("册二.xlsx", [("机床", 15304), ("机器人", 10624)])]

    def listed(shift: int = 0):
        return [evidence("devices_by_category", str(n), "台/套", n + (shift if name == "机床" else 0), method="list_count",
                         component=name, file=file, page=1) for file, rows in volumes for name, n in rows]
    review = make_review(devices_by_category=declared)
    review.evidence = listed()
    assert findings_of("count_vs_list.breakdown", review) == []
    review.evidence = listed(shift=100)
    [finding] = findings_of("count_vs_list.breakdown", review)
    assert "机床" in finding.message and finding.severity == "warning"


def test_a_lists_rows_and_a_summary_table_on_its_last_page_are_two_readings(make_review, findings_of):
    """h86's clean package: the device list's rows grouped by 所属省市 over pages 18–23, and the 按区域汇总 table under
    its last rows on page 23 — both agree with the form, but read as one run they broke into two readings that each
    lacked some regions (「湖北：申报 906，清单 0」)."""
    from assistant.core.evidence import STATISTICS_TABLE

    def region(name, n, page, statistics):
        return evidence("devices_by_region", str(n), "台/套", n, method="list_count", component=name, page=page,
                        reasons=(STATISTICS_TABLE,) if statistics else ())
    # in the order the review holds them: each region's list rows, then the summary's row
    rows = (("上海", 5435, 18), ("江苏", 3985, 19), ("新加坡Singapore", 214, 23), ("湖北", 906, 23))
    review = make_review(devices_by_region="上海：5435、江苏：3985、湖北：906、新加坡Singapore：214")
    review.evidence = [v for name, n, page in rows for v in ((region(name, n, 23, True), region(name, n, page, False))
                                                             if name == "湖北" else (region(name, n, page, False),
                                                                                     region(name, n, 23, True)))]
    assert findings_of("count_vs_list.breakdown", review) == []


def test_a_region_the_scan_lost_the_name_of_is_unknown_not_zero(make_review, findings_of):
    """h79's clean package: OCR lost 「上海」 before its row of a scanned statistics table, so the table
    gives no 上海 entry and says a row was unread. 上海 is unknown there, not 0: no finding. A region the
    table lists with another number still differs; a table that read every row still lacks 上海."""
    from assistant.core.evidence import UNREAD_ROWS

    def region(name, n, unread=True):
        return evidence("devices_by_region", str(n), "台/套", n, method="list_count", component=name,
                        reasons=(f"存疑：1 {UNREAD_ROWS}",) if unread else ())
    review = make_review(devices_by_region="上海：5994、江苏：1846、浙江：1102")
    review.evidence = [region("江苏", 1846), region("浙江", 1102)]
    assert findings_of("count_vs_list.breakdown", review) == []
    review.evidence = [region("江苏", 1846), region("浙江", 1002)]
    [finding] = findings_of("count_vs_list.breakdown", review)
    assert finding.message.endswith("浙江：申报 1102，清单 1002")
    review.evidence = [region("江苏", 1846, unread=False), region("浙江", 1102, unread=False)]
    [finding] = findings_of("count_vs_list.breakdown", review)
    assert "上海：申报 5994，清单 0" in finding.message


def test_region_names_compared_by_appendix_f_name(make_review, findings_of):
    listed = [evidence("devices_by_region", str(n), "台/套", n, method="list_count", component=name)
              for name, n in (("上海市", 9160), ("江苏省", 1661), ("辽宁", 2052), ("湖北", 3127))]
    review = make_review()
    review.evidence = listed
    assert findings_of("count_vs_list.breakdown", review) == []


def test_a_statements_parent_column_backs_the_form_and_is_never_held_against_it(make_review, findings_of):
    """h92: an applicant declaring as 申报主体（母公司） 利润总额 1,482.06 beside a 合并 2,140.63: the parent's column backs the
    form (no error); a form matching neither is held to the consolidated figure, once."""
    from assistant.core.evidence import PARENT_READING

    def fact(value, normalized, period, parent=False):
        citation = Citation(file="证明材料/审计报告.pdf", page=3, quote=value, span=Span(start=0, end=len(value)))
        return EvidenceValue(field_id="total_profit", label="利润总额（万元）", value=value, unit="元", normalized=normalized,
                             scope="company", period=period, method="table_row", citations=(citation,),
                             reasons=("“合并及母公司利润表”为企业整体财务报表", *((PARENT_READING,) if parent else ())))

    readings = [fact("21,406,300.00", 2140.63, "合并本期金额"), fact("14,820,600.00", 1482.06, "母公司本期金额", parent=True)]
    parent_declared = make_review(total_profit="1482.06")
    parent_declared.evidence = readings
    assert findings_of("declared_vs_evidence.value", parent_declared) == []
    neither = make_review(total_profit="1300.00")
    neither.evidence = readings
    [finding] = findings_of("declared_vs_evidence.value", neither)
    assert finding.expected == "2140.63"


def test_a_tables_other_reading_backs_the_form_and_the_years_column_holds_it_in_doubt(tmp_path, make_review, findings_of):
    """h92: 工业APP订阅总数量 6,318 declared, a KPI sheet's 2023 column 1,942 beside its 自上线累计 6,318 — no finding;
    a form matching no column is held to the year's, as a warning that names the other readings."""
    import openpyxl

    from assistant.catalog.notice import load_catalog
    from assistant.evidence.indicator_table import read_indicator_tables
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    book = openpyxl.Workbook()
    book.active.append(["指标", "2022年", "2023年", "截至填表日前一年（2023.07-2024.06）", "自上线累计"])
    book.active.append(["工业APP订阅数量（个）", 1611, 1942, 2058, 6318])
    book.save(path := tmp_path / "导出.xlsx")
    facts = read_indicator_tables(read_file(path, display_path="证明材料/导出.xlsx", options=ReadOptions(ocr=False)),
                                  load_catalog())
    cumulative = make_review(app_subscriptions="6318")
    cumulative.evidence = facts
    assert findings_of("declared_vs_evidence.value", cumulative) == []
    neither = make_review(app_subscriptions="7000")
    neither.evidence = facts
    [finding] = findings_of("declared_vs_evidence.value", neither)
    assert finding.severity == "warning" and finding.expected == "1942" and "自上线累计" in finding.message


def test_a_list_whose_repeated_rows_alone_make_the_difference_is_a_note(tmp_path, make_review, findings_of):
    """h91 (two clean packages): 2,874 served firms declared, a list of 2,874 rows of which 18 names come twice —
    the applicant counted the rows: a note on the repeats, not a warning; a form matching neither count is warned."""
    from fixtures.make_list_fixtures import rows_xlsx

    from assistant.catalog.notice import load_catalog
    from assistant.evidence.lists import read_lists
    from extractors.reader import read_file

    rows = [["序号", "企业名称", "所属行业", "注册地"]]
    rows += [[i, "上海示例机械有限公司" if i in (3, 9) else f"上海示例企业{i}有限公司", "机械", "上海"] for i in range(1, 13)]
    facts = read_lists(read_file(rows_xlsx(tmp_path / "服务企业名录.xlsx", {"名录": rows})), load_catalog())
    counted_rows = make_review(enterprises_served="12")
    counted_rows.evidence = facts
    found = [f for f in findings_of("count_vs_list.count", counted_rows) if "实际服务企业数" in f.message]
    assert [(f.severity, "重复" in f.message) for f in found] == [("info", True)]
    other = make_review(enterprises_served="15")
    other.evidence = facts
    assert [f.severity for f in findings_of("count_vs_list.count", other) if "实际服务企业数" in f.message] == ["warning"]


# --- screenshot_vs_form --------------------------------------------------------------------------

def shot(field_id: str, value: str, unit: str, normalized) -> EvidenceValue:
    return evidence(field_id, value, unit, normalized, method="ocr_figure", file="证明材料/截图.pdf", page=1)


def test_screenshot_figure_differs(make_review, findings_of):
    review = make_review()
    review.evidence = [shot("enterprise_users_registered", "1,570家", "家", 1570)]
    [finding] = findings_of("screenshot_vs_form.figure", review)
    assert finding.severity == "warning" and (finding.expected, finding.actual) == ("1570", "570")
    review.evidence = [shot("enterprise_users_registered", "570家", "家", 570)]
    assert findings_of("screenshot_vs_form.figure", review) == []


def test_a_screenshot_figure_differing_only_as_ocr_differs_is_a_note(make_review, findings_of):
    """h52: a display font OCR read as 「2」 for 214 (two digits lost) or, in pieces, 「772」 for 712 and 「862」 for 4,862:
    a note that says so, not a warning. A clean box of other digits, or one digit lost from a box read whole,
    stays a warning."""
    from assistant.core.evidence import PIECES_JOINED

    def severities(declared, read, pieces=False):
        review = make_review(microservices_total=declared)
        fact = shot("microservices_total", read, "个", int(read.replace(",", "")))
        review.evidence = [fact.model_copy(update={"reasons": (PIECES_JOINED,), "confidence": 0.75}) if pieces else fact]
        return [f.severity for f in findings_of("screenshot_vs_form.figure", review)]

    assert severities("214", "2") == ["info"]
    assert severities("712", "772", pieces=True) == ["info"] and severities("4862", "862", pieces=True) == ["info"]
    assert severities("712", "772") == ["warning"] and severities("214", "21") == ["warning"]
    assert severities("712", "1,290", pieces=True) == ["warning"]


def test_proofs_of_parts_that_add_up_to_the_declared_count(make_review, findings_of):
    """h83: 带动新增就业 436 proven by a scanned 社保 proof of 300 new insured and a partners' letter on 136: each
    is a part, together they make the form's figure — no difference (and each entry says so in the prefill);
    parts that fall short of it are still two differences."""
    from assistant.checks.evidence_judgement import compare_fact

    def jobs(a, b):
        return [evidence("jobs_created", f"{a}人", "人", a, method="ocr_figure", file="证明材料/社保缴费证明.pdf", page=1),
                evidence("jobs_created", f"{b}人", "人", b, method="ocr_figure", file="证明材料/合作服务商说明.pdf", page=1)]

    review = make_review()
    review.evidence = jobs(300, 136)
    assert findings_of("screenshot_vs_form.figure", review) == []
    assert all(compare_fact(review, v).consistent for v in review.evidence)
    review.evidence = jobs(300, 120)
    assert len(findings_of("screenshot_vs_form.figure", review)) == 2


def test_a_text_answer_is_not_compared_with_a_count_beside_it(make_review, findings_of):
    """h83: a standards list's 「共3项」 beside the answer 「牵头1项：YD/T 4521—2023；参与2项：…」 — the answer is a text,
    its first number no count of the list: nothing compared, the entry unchecked."""
    from assistant.checks.evidence_judgement import compare_fact

    review = make_review(standards="牵头1项：YD/T 4521—2023；参与2项：GB/T 43208—2023、YD/T 4630—2024")
    review.evidence = [evidence("standards", "共3项", "项", 3, method="text", file="证明材料/标准封面.pdf", page=1)]
    assert compare_fact(review, review.evidence[0]) is None
    assert findings_of("declared_vs_evidence.value", review) == []


def test_rounded_screenshot_display(make_review, findings_of):
    review = make_review(devices_total="15400")
    review.evidence = [shot("devices_total", "1.5万台", "台", 15000)]
    assert findings_of("screenshot_vs_form.figure", review) == []  # 1.5万 covers 14,500 … 15,500
    review = make_review(devices_total="16000")
    review.evidence = [shot("devices_total", "1.5万台", "台", 15000)]
    [finding] = findings_of("screenshot_vs_form.figure", review)
    assert "容差 500" in finding.message


# --- unsupported ---------------------------------------------------------------------------------

def test_declared_count_without_evidence_or_proof(make_review, findings_of):
    review = make_review(proofs={"developers_registered": ""})
    [finding] = findings_of("unsupported.no_evidence", review)
    assert finding.severity == "info" and finding.fields == ("开发者注册总数（个）",)  # the blank cell itself:
    [blank] = findings_of("missing_proof.empty_proof", review)  # the package's departure, warned of once
    assert blank.severity == "warning" and blank.fields == ("开发者注册总数（个）",)


def test_proof_cited_or_explained_or_evidence_found_is_supported(make_review, findings_of):
    explained = "无单独证明资料。说明：数据来源于平台运营管理后台统计"
    assert findings_of("unsupported.no_evidence", make_review(proofs={"developers_registered": explained})) == []
    assert findings_of("unsupported.no_evidence", make_review()) == []  # every row cites 附件3-1
    review = make_review(proofs={"developers_registered": ""})
    review.evidence = [shot("developers_registered", "2,245", "", 2245)]
    assert findings_of("unsupported.no_evidence", review) == []


def test_issue_12_overseas_countries_fold_into_haiwai_and_parts_are_skipped(make_review, findings_of):
    """A region table of the device list writes 海外 alone while the form details it by country
    (or the reverse): both are the same breakdown. A list of 主要设备 (a part) is no breakdown."""
    def region(name, n, scope="platform"):
        return evidence("devices_by_region", str(n), "台/套", n, method="list_count", component=name, scope=scope)
    review = make_review(devices_by_region="上海：20000、江苏：11000、海外：1000（德国Germany 600、美国United States 400）")
    review.evidence = [region("上海市", 20000), region("江苏", 11000), region("德国Germany", 600),
                       region("美国United States", 400)]
    assert findings_of("count_vs_list.breakdown", review) == []
    review.evidence = [region("上海", 20000), region("江苏", 11000), region("海外", 1000)]
    assert findings_of("count_vs_list.breakdown", review) == []
    review.evidence = [region("上海", 900, scope="segment"), region("江苏", 40, scope="segment")]
    assert findings_of("count_vs_list.breakdown", review) == []
    review.evidence = [region("上海", 20000), region("江苏", 10000), region("海外", 1000)]
    [finding] = findings_of("count_vs_list.breakdown", review)
    assert "江苏：申报 11000，清单 10000" in finding.message


def test_issue_12_a_breakdown_read_twice_is_not_added_twice(make_review, findings_of):
    """A workbook gives the breakdown on a summary sheet and again row by row on a detail sheet:
    two readings of one breakdown, each judged alone."""
    def category(name, n, page):
        return evidence("devices_by_category", str(n), "台/套", n, method="list_count", component=name,
                        file="证明材料/设备清单.xlsx", page=page)
    review = make_review(devices_by_category="轻工设备：4980、机器人：5793")
    review.evidence = [category("轻工设备", 4980, 1), category("机器人", 5793, 1),
                       category("轻工设备", 4980, 3), category("机器人", 5793, 3)]
    assert findings_of("count_vs_list.breakdown", review) == []
    review.evidence = [category("轻工设备", 4980, 1), category("机器人", 5000, 1),
                       category("轻工设备", 4000, 3), category("机器人", 5000, 3)]
    [finding] = findings_of("count_vs_list.breakdown", review)
    assert finding.message.endswith("机器人：申报 5793，清单 5000")


def test_a_breakdown_listed_over_several_pages_is_one_reading(make_review, findings_of):
    """holdout 8: a device list over three pages gives 上海 and 江苏 on page 1, 浙江 on page 2 — one
    reading of one breakdown, not three partial ones (a false warning: 浙江 申报 37253，清单 0)."""
    def region(name, n, page):
        return evidence("devices_by_region", str(n), "台/套", n, method="list_count", component=name,
                        file="证明材料/设备明细.pdf", page=page)
    review = make_review(devices_by_region="上海：1899、江苏：2001、浙江：3000")
    review.evidence = [region("上海", 1899, 1), region("江苏", 2001, 1), region("浙江", 3000, 2)]
    assert findings_of("count_vs_list.breakdown", review) == []
    review.evidence = [region("上海", 1899, 1), region("江苏", 2001, 1), region("浙江", 2900, 2)]
    [finding] = findings_of("count_vs_list.breakdown", review)
    assert finding.message.endswith("浙江：申报 3000，清单 2900")


def test_issue_12_a_screenshot_of_either_allowed_reading_backs_the_answer(make_review, findings_of):
    """平台订单数量 answered with both readings of 填报指引 3.1.1: a dashboard showing the
    截至填表日前一年 one backs it (seen on a blind package)."""
    shot = evidence("orders_last_year", "1,342,117", "", 1342117, method="ocr_figure", file="证明材料/截图.png", page=1)
    review = make_review(orders_last_year="2023年自然年：1286540个；截至填表日前一年：1342117个")
    review.evidence = [shot]
    assert findings_of("screenshot_vs_form.figure", review) == []
    review = make_review(orders_last_year="2023年自然年：1286540个；截至填表日前一年：1300000个")
    review.evidence = [shot]
    assert len(findings_of("screenshot_vs_form.figure", review)) == 1


def test_a_back_office_export_of_both_readings_backs_an_answer_giving_either(make_review, findings_of):
    """平台订单数量 as an order export closes it: 「2023年合计」 and 「近12个月合计」, one fact per
    reading. An answer giving one number is backed by either; named readings are each compared with
    the proof of the same name; a number neither reading gives is a difference."""
    export = "证明材料/订单统计导出.pdf"

    def order(value: int, period: str) -> EvidenceValue:
        fact = evidence("orders_last_year", str(value), "个", value, file=export, page=1)
        return fact.model_copy(update={"period": period})

    facts = [order(186420, "2023年自然年"), order(193580, "截至填表日前一年")]
    for answer in ("193580", "186420", "2023年自然年：186420个；截至填表日前一年：193580个"):
        review = make_review(orders_last_year=answer)
        review.evidence = facts
        assert findings_of("declared_vs_evidence.value", review) == [], answer
    review = make_review(orders_last_year="2023年自然年：186000个；截至填表日前一年：193580个")
    review.evidence = facts
    [finding] = findings_of("declared_vs_evidence.value", review)
    assert "186420" in finding.message and "2023年自然年" in finding.message
    review = make_review(orders_last_year="190000")
    review.evidence = facts
    assert len(findings_of("declared_vs_evidence.value", review)) == 2


# --- formula.evidence_inputs ---------------------------------------------------------------------

def test_a_rate_whose_input_only_the_evidence_gives_is_recomputed_from_it(make_review, findings_of):
    """投资回报率 = 平台年利润或年均利润 ÷ 投资总额: the form asks for no 平台利润 and the answer writes
    none out, so the formula rules cannot recompute the rate; the platform note's profit can. One
    year's profit cannot show a rate on the 年均利润 wrong (holdout 8): a note that says so."""
    review = make_review(roi="14.80%", platform_build_amount="6380.00")
    review.evidence = [evidence("roi", "350.82", "万元", 350.82, component="平台年利润（万元）", page=1)]
    [finding] = findings_of("formula.evidence_inputs", review)
    assert finding.severity == "info" and finding.expected == "5.50%" and finding.actual == "14.80%"
    assert any("年均利润" in d for d in finding.doubts)
    assert "350.82" in finding.message and "第1页" in finding.message
    assert findings_of("declared_vs_evidence.formula", review) == []  # no declared input differs
    review = make_review(roi="5.50%", platform_build_amount="6380.00")
    review.evidence = [evidence("roi", "350.82", "万元", 350.82, component="平台年利润（万元）", page=1)]
    assert findings_of("formula.evidence_inputs", review) == []


def test_a_loss_declared_as_a_profit_is_an_error(make_review, findings_of):
    """h47, h52: the platform note shows 平台利润 (126.40) 万元 — a loss — and the form declares 利润率 3.12%:
    the form contradicts the proof's fact (declared_vs_evidence.loss, an error), not only its arithmetic.
    A loss declared as a loss is consistent; a 投资回报率 of the same stays the formula's note (年均利润)."""
    loss = evidence("profit_margin", "(126.40)", "万元", -126.4, component="平台利润总额（万元）", page=3)
    review = make_review(profit_margin="3.12%", revenue="4052.16")
    review.evidence = [loss]
    [finding] = findings_of("declared_vs_evidence.loss", review)
    assert finding.severity == "error" and "-126.40" in finding.message and "3.12%" in finding.message
    assert findings_of("formula.evidence_inputs", review) == []  # one finding, not two
    review = make_review(profit_margin="-3.12%", revenue="4052.16")
    review.evidence = [loss]
    assert findings_of("declared_vs_evidence.loss", review) == []
    review = make_review(profit_margin="3.12%", revenue="4052.16")
    review.evidence = [loss.model_copy(update={"confidence": 0.7})]  # a doubted reading: a warning
    assert [f.severity for f in findings_of("declared_vs_evidence.loss", review)] == ["warning"]


def test_a_figure_cut_at_the_forms_decimals_is_no_difference(make_review, findings_of):
    """h10: 利润总额 79,261,552.62 元 (7926.155 万元) declared 7926.15 — cut, not rounded: the same
    figure; 7926.14 or a cut of another figure still differs."""
    fact = evidence("total_profit", "79,261,552.62", "元", 7926.1552620, scope="company", label="四、利润总额")
    for declared, found in (("7926.15", 0), ("7926.16", 0), ("7926.14", 1)):
        review = make_review(total_profit=declared)
        review.evidence = [fact]
        assert len(findings_of("declared_vs_evidence.value", review)) == found, declared


def test_a_file_that_states_the_declared_figure_backs_it_whatever_else_it_counts(make_review, findings_of):
    """h19: a device statistics file gives the platform's 45,680 devices in one table and the
    company's own IT equipment (合计 498) in another: the file backs the form; the other table's
    count is something else, not a difference. Another file's 498 alone is still one."""
    stats = "证明材料/设备统计.pdf"
    total = evidence("devices_total", "45,680", "台/套", 45680, method="list_count", file=stats, page=1)
    own = evidence("devices_total", "498", "台/套", 498, method="list_count", file=stats, page=2)
    review = make_review(devices_total="45680")
    review.evidence = [total, own]
    assert findings_of("count_vs_list.count", review) == []
    review.evidence = [own]
    [finding] = findings_of("count_vs_list.count", review)
    assert "498" in finding.message


def test_an_untotalled_sum_of_rows_is_only_noted(make_review, findings_of):
    """A dashboard's table of its top nine regions, no 合计, rows added up: a difference from the
    form is a note (the table may be a part), never a warning on its own."""
    from assistant.core.evidence import UNCHECKED_SUM

    summed = evidence("devices_total", "45,470", "台/套", 45470, method="list_count", file="截图.png", page=1,
                      reasons=("“在网设备”列计设备数", f"存疑：{UNCHECKED_SUM}"), confidence=0.7)
    review = make_review(devices_total="45680")
    review.evidence = [summed]
    [finding] = findings_of("count_vs_list.count", review)
    assert finding.severity == "info"
    printed = summed.model_copy(update={"reasons": ("合计行印 45,470",), "confidence": 0.95})
    review.evidence = [printed]
    [finding] = findings_of("count_vs_list.count", review)
    assert finding.severity == "error"


def test_a_statistics_tables_total_is_a_figure_of_a_proof_and_a_lists_rows_are_the_lists(make_review, findings_of):
    """The families evaluators file them under: 「合计 26,850」 of a table of devices by category (or
    its 上海 row) is a proof's figure (declared_vs_evidence); a list's rows counted, count_vs_list."""
    from assistant.core.evidence import STATISTICS_TABLE

    table = evidence("devices_total", "26,850", "台/套", 26850, method="list_count", file="附件3 设备统计.pdf",
                     page=2, reasons=("“在网设备”列计设备数", STATISTICS_TABLE))
    review = make_review(devices_total="32410")
    review.evidence = [table]
    assert findings_of("count_vs_list.count", review) == []
    [finding] = findings_of("declared_vs_evidence.value", review)
    assert finding.message.startswith("证明材料《附件3 设备统计.pdf》")  # not 财务报表: it is none
    listed = table.model_copy(update={"reasons": ("设备清单按序号逐行计数 26850 行",)})
    review.evidence = [listed]
    assert findings_of("declared_vs_evidence.value", review) == []
    assert len(findings_of("count_vs_list.count", review)) == 1


@pytest.mark.parametrize(("preparer", "flagged"), [("甬沪智联科技股份有限公司", False),  # the listed parent
                                                   ("上海延锋金桥汽车饰件系统有限公司", True), ("", True)])
def test_a_statement_prepared_by_another_company_is_not_the_applicants_figure(make_review, findings_of,
                                                                              preparer, flagged):
    """h24: the 利润总额 of a listed parent's 合并利润表 (its annual report names it) had been compared,
    as an error, with the subsidiary applicant's own 利润总额."""
    review = make_review(enterprise_name="上海延锋金桥汽车饰件系统有限公司")
    reasons = (f"编制单位：{preparer}",) if preparer else ()
    review.evidence = [evidence("total_profit", "101,336,208.45", "元", 10133.620845, scope="company", reasons=reasons)]
    found = findings_of("declared_vs_evidence.value", review)
    assert bool(found) is flagged


def test_a_summary_sheet_that_its_detail_sheet_does_not_reach_is_a_warning(tmp_path):
    """h25: 「按分类汇总」 合计 236 (the form's figure) beside an 「APP明细」 of 229 上架 rows: the file
    disagrees with itself — a warning that says so, not silence and not an error."""
    from application_files import INDICATORS, write_package
    from fixtures.make_list_fixtures import app_workbook

    from assistant.checks import run_checks
    from assistant.core.settings import Settings
    from assistant.evidence.extractor import OfflineExtractor
    from assistant.package.loader import load_package
    from assistant.review.build import build_review

    declared = int(INDICATORS["工业APP数量（个）"])
    root = write_package(tmp_path / "short")
    app_workbook(root / "工业APP清单.xlsx", declared - 7, 0, declared)
    settings = Settings(workspace=tmp_path / "ws", render_docx=False, ocr=False, workers=0)
    review = build_review(load_package(root, settings), evidence=OfflineExtractor().extract, checks=run_checks)
    [finding] = [f for f in review.findings if f.rule == "count_vs_list.count" and "工业APP数量（个）" in f.fields]
    assert finding.severity == "warning" and "汇总与明细不一致" in finding.message
    # the same detail sheet reaching the summary: nothing to say
    root = write_package(tmp_path / "whole")
    app_workbook(root / "工业APP清单.xlsx", declared, 0, declared)
    review = build_review(load_package(root, settings), evidence=OfflineExtractor().extract, checks=run_checks)
    assert not [f for f in review.findings if f.rule == "count_vs_list.count" and "工业APP数量（个）" in f.fields]


def test_a_ledger_whose_total_its_rows_do_not_reach_is_reported_once(tmp_path):
    """h29: 「合计 16,830,117.93」 over rows of 16,130,117.93, as a workbook and printed: one warning
    naming both copies; a ledger that adds up says nothing."""
    from application_files import write_package
    from fixtures.make_list_fixtures import rows_xlsx

    header = ["序号", "合同编号", "客户名称", "合同金额(元)", "2023年确认收入(元)", "开票金额(元)"]
    contracts = [[1, "PT-2022-031", "示例航运有限公司", 3826600, 1203333.33, 1275533.33],
                 [2, "PT-2023-006", "示例能源有限公司", 4461540, 1753750, 2230770],
                 [3, "PT-2023-058", "示例物流有限公司", 318000, 0, 95400]]

    from assistant.checks import run_checks
    from assistant.core.settings import Settings
    from assistant.evidence.extractor import OfflineExtractor
    from assistant.package.loader import load_package
    from assistant.review.build import build_review

    def review(total: float, name: str):
        root = write_package(tmp_path / name)
        rows = [["示例平台 2023年度业务合同台账"], ["单位：元"], header, *contracts,
                ["合计", None, None, 8606140, total, 3601703.33]]
        rows_xlsx(root / "佐证2 平台合同台账.xlsx", {"台账": rows})
        settings = Settings(workspace=tmp_path / "ws", render_docx=False, ocr=False, workers=0)
        return build_review(load_package(root, settings), evidence=OfflineExtractor().extract, checks=run_checks)

    short = [f for f in review(3657083.33, "short").findings if f.rule == "breakdown_sum.evidence_total"]
    assert [(f.severity, f.fields) for f in short] == [("warning", ("平台相关营业收入（万元）",))]
    assert "2,957,083.33" in short[0].message
    assert not [f for f in review(2957083.33, "whole").findings if f.rule == "breakdown_sum.evidence_total"]


def test_a_table_of_figures_in_a_device_list_is_a_proofs_figure_not_the_lists_count(make_review, findings_of,
                                                                                   tmp_path):
    """h34: 「指标 | 本平台 | 另一平台 | 合计」 in a file filed as a device list: the row 「其中：公有云接入」 is a
    figure the proof states (declared_vs_evidence), as evaluators file it; the list's count stays the list's."""
    from assistant.package.model import Classification, FileRole, Package, PackageFile
    from extractors.reader import read_file

    (path := tmp_path / "设备接入统计（分平台）.txt").write_text("指标 本平台 另一平台 合计", encoding="utf-8")
    member = PackageFile(path=path.name, document=read_file(path), cached=False, parse_seconds=0.0,
                         classification=Classification(role=FileRole.device_list, confidence=0.9, reasons=()))
    stated = evidence("devices_public_cloud", "6,120", "", 6120, method="table_row", file=path.name, page=1)
    review = make_review(devices_public_cloud="4275")
    review.package = Package(id="p", source="t", root=str(tmp_path), files=(member,))
    review.evidence = [stated]
    assert findings_of("count_vs_list.count", review) == []
    assert len(findings_of("declared_vs_evidence.value", review)) == 1
    # the list's rows counted are the list's (its 公有云 part, a figure it states: test_rules_stated_parts)
    review.evidence = [evidence("devices_total", "15,000", "", 15000, method="list_count", file=path.name, page=1)]
    assert findings_of("declared_vs_evidence.value", review) == []
    assert len(findings_of("count_vs_list.count", review)) == 1


def test_a_summary_sheet_stating_what_its_list_counts_is_one_difference_the_lists(make_review, findings_of,
                                                                                 tmp_path):
    """h30: a served-firm workbook whose 统计 sheet prints the 上海 row the 名录 sheet's rows count (1,246):
    against a form declaring 1,426, one difference — reported once, as the list's."""
    import openpyxl

    from assistant.core.evidence import STATISTICS_TABLE
    from assistant.package.model import Classification, FileRole, Package, PackageFile
    from extractors.reader import read_file

    def member(name: str, role: FileRole) -> PackageFile:
        book = openpyxl.Workbook()
        book.active.append(["企业名称", "所在省市"])
        book.create_sheet("统计").append(["上海", 1246])
        book.save(tmp_path / name)
        return PackageFile(path=name, document=read_file(tmp_path / name), cached=False, parse_seconds=0.0,
                           classification=Classification(role=role, confidence=0.9, reasons=()))

    def gap(file: str, page: int, reason: str, statistics: bool = False):
        return evidence("enterprises_served_shanghai", "1246", "个", 1246, method="list_count", file=file,
                        page=page, reasons=(reason, *((STATISTICS_TABLE,) if statistics else ())))

    review = make_review(enterprises_served_shanghai="1426")
    review.package = Package(id="p", source="t", root=str(tmp_path), files=(member("名录.xlsx", FileRole.other_evidence),))
    review.evidence = [gap("名录.xlsx", 1, "“所在省市”列符合的企业 1246 行"), gap("名录.xlsx", 2, "“上海”行", True)]
    assert len(findings_of("count_vs_list.count", review)) == 1
    assert findings_of("declared_vs_evidence.value", review) == []
    review.evidence = [gap("名录.xlsx", 2, "“上海”行", True)]  # the statistics alone: the proof's figure
    assert len(findings_of("declared_vs_evidence.value", review)) == 1
    # two tables of one PDF (h26: a list by category, a statistics table by region): both stay
    review.evidence = [gap("统计.pdf", 1, "设备清单按序号逐行计数"), gap("统计.pdf", 2, "区域合计", True)]
    assert len(findings_of("declared_vs_evidence.value", review)) == 1


def test_a_figure_read_off_a_scanned_report_is_the_reports_not_a_screenshots(make_review, findings_of, tmp_path):
    """h37: 「有效专利 43项」 on page 1 of a scanned 知识产权评议报告 (declared 50): a figure a report states
    (declared_vs_evidence, doubted by the OCR); the same OCR'd figure on a screenshot stays the screenshot's."""
    from assistant.package.model import Classification, FileRole, Package, PackageFile
    from extractors.model import Document, Page

    path = tmp_path / "知识产权评议报告.pdf"

    def package(role: FileRole, source: str = "ocr") -> Package:
        page = Page(number=1, text="有效专利 43项", blocks=(), source=source)
        document = Document(id="0" * 64, path=path.name, format="pdf", pagination="physical", pages=(page,))
        member = PackageFile(path=path.name, document=document, cached=False, parse_seconds=0.0,
                             classification=Classification(role=role, confidence=0.9, reasons=()))
        return Package(id="p", source="t", root=str(tmp_path), files=(member,))

    review = make_review(patents="50")
    review.evidence = [evidence("patents", "43项", "项", 43, method="ocr_figure", file=path.name, page=1)]
    review.package = package(FileRole.certificate_list)
    [finding] = findings_of("declared_vs_evidence.value", review)
    assert finding.severity == "warning" and findings_of("screenshot_vs_form.figure", review) == []
    review.package = package(FileRole.screenshot)
    assert findings_of("declared_vs_evidence.value", review) == []
    assert len(findings_of("screenshot_vs_form.figure", review)) == 1
    # a picture pasted into a report's text page (h16: 「四、平台运行截图」 in a 汇编): a screenshot's figure
    review.package = package(FileRole.audit_report, source="text")
    assert findings_of("declared_vs_evidence.value", review) == []
    assert len(findings_of("screenshot_vs_form.figure", review)) == 1
    # h71: a console's page scanned into the audit report's file says what it is — a screenshot's figure
    merged = package(FileRole.audit_report)
    console = merged.files[0].document.pages[0].model_copy(update={"text": "环境装备云·设备接入\n数据截至2024-06-30\n有效专利 43项"})
    document = merged.files[0].document.model_copy(update={"pages": (console,)})
    review.package = merged.model_copy(update={"files": (merged.files[0].model_copy(update={"document": document}),)})
    assert findings_of("declared_vs_evidence.value", review) == []
    assert len(findings_of("screenshot_vs_form.figure", review)) == 1
    # h83: a scanned paper proof of no report's kind, titled as one (「…参保缴费情况证明」): the proof's figure; an
    # untitled scan of that kind stays a screenshot's
    for title, family in (("上海市社会保险参保缴费情况证明（单位新增参保人员）", "declared_vs_evidence.value"),
                          ("", "screenshot_vs_form.figure")):
        paper = package(FileRole.other_evidence)
        page = paper.files[0].document.pages[0].model_copy(update={"text": f"{title}\n有效专利 43项"})
        document = paper.files[0].document.model_copy(update={"pages": (page,)})
        review.package = paper.model_copy(update={"files": (paper.files[0].model_copy(update={"document": document}),)})
        assert [f.rule for f in findings_of(family, review)] == [family]
    # a console page printed to PDF with its text, filed as a 截图: still a screenshot (h33's saved dashboard)
    review.package = package(FileRole.screenshot, source="text")
    review.evidence = [evidence("patents", "43", "项", 43, method="text", file=path.name, page=1,
                                reasons=("存疑：浏览器打印的后台页面上的数字",), confidence=0.75)]
    assert len(findings_of("screenshot_vs_form.figure", review)) == 1


def test_a_part_counted_in_a_list_short_of_its_total_is_doubted(tmp_path):
    """h44: a 微应用清单 of 58 rows for 64 declared APPs, 20 of them 公有云 for 36 declared: the list is
    incomplete, so its count of the part is a warning saying so (the total's difference stays an
    error); a complete list's part that disagrees stays an error."""
    from application_files import INDICATORS, write_package
    from fixtures.make_list_fixtures import app_workbook

    from assistant.checks import run_checks
    from assistant.core.settings import Settings
    from assistant.evidence.extractor import OfflineExtractor
    from assistant.package.loader import load_package
    from assistant.review.build import build_review

    declared = int(INDICATORS["工业APP数量（个）"])
    cloud = "其中：公有云工业APP数量（个）"

    def severities(listed: int) -> dict[str, str]:
        root = write_package(tmp_path / str(listed), form={"indicators": {**INDICATORS, cloud: "130"}})
        app_workbook(root / "工业APP清单.xlsx", listed, 0, listed)
        settings = Settings(workspace=tmp_path / f"ws{listed}", render_docx=False, ocr=False, workers=0)
        review = build_review(load_package(root, settings), evidence=OfflineExtractor().extract, checks=run_checks)
        return {field: f.severity for f in review.findings if f.rule == "count_vs_list.count" for field in f.fields}

    assert severities(declared - 6) == {"工业APP数量（个）": "error", cloud: "warning"}
    assert severities(declared) == {cloud: "error"}  # 117 公有云 rows of a complete list, 130 declared


def test_a_country_named_as_appendix_f_asks_is_the_country_a_table_prints(make_review, findings_of):
    """h90: the form writes 「越南Vietnam136台」 (附录F: the Chinese and English name), the proof's statistics table
    prints 「越南 | 136」 — one country, no difference; a different count still differs."""
    from assistant.core.evidence import STATISTICS_TABLE

    def country(name, n):
        return evidence("devices_overseas_by_country", str(n), "台/套", n, method="list_count", component=name,
                        reasons=(STATISTICS_TABLE,))
    review = make_review(devices_overseas_by_country="越南Vietnam136台、泰国Thailand40台")
    review.evidence = [country("越南", 136), country("泰国", 40)]
    assert findings_of("declared_vs_evidence.breakdown", review) == []
    review.evidence = [country("越南", 126), country("泰国", 40)]
    [finding] = findings_of("declared_vs_evidence.breakdown", review)
    assert "越南：申报 136，清单 126" in finding.message
