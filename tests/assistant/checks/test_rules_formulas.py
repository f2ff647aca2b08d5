"""Identity, formula and growth-rate rules: each fails on a planted inconsistency, passes on the
consistent form, and respects the notice's rounding (保留2位小数)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.catalog.notice import load_catalog
from assistant.checks import rule_catalog
from assistant.checks.declared_facts import RELATION_FAMILIES, read_amount, rule_id_for
from assistant.checks.rules_formulas import written_division

FORMULA_RULES = ["formula.rd_intensity", "formula.profit_margin", "formula.paying_user_share",
                 "formula.storage_utilization", "formula.roi", "formula.social_contribution_rate"]


def test_every_relation_is_a_registered_rule_of_an_allowed_family():
    registered = {spec.id: spec for spec in rule_catalog()}
    for owner, relation in load_catalog().relations():
        rule_id = rule_id_for(relation)
        assert rule_id.split(".")[0] in set(RELATION_FAMILIES.values()), rule_id
        assert rule_id in registered, rule_id
        assert registered[rule_id].title and registered[rule_id].basis
    assert rule_id_for(next(r for _o, r in load_catalog().relations() if r.id == "identity.staff_total")) \
        == "identity.staff_total"


@pytest.mark.parametrize("rule_id", ["identity.staff_total", "identity.apps_total", "identity.revenue_2023",
                                     *FORMULA_RULES, "growth_rate.platform_revenue_2022",
                                     "growth_rate.platform_revenue_2023"])
def test_consistent_form_passes(rule_id, make_review, findings_of):
    assert findings_of(rule_id, make_review()) == []


# --- identity -------------------------------------------------------------------------------------

def test_staff_total_states_both_sides_and_the_difference(make_review, findings_of):
    review = make_review(staff_total="143", staff_ops_maintenance="99", staff_operations="58")
    [finding] = findings_of("identity.staff_total", review)
    assert finding.severity == "error"
    assert "运维人数 99 + 运营人数 58 = 157，与平台团队总人数 143 不一致（差 14" in finding.message
    assert (finding.expected, finding.actual, finding.tolerance) == ("157", "143", "0")
    assert finding.fields == ("平台团队总人数（人）", "其中：运维人数（人）", "运营人数（人）")
    quotes = " ".join(c.quote for c in finding.citations)
    assert "143" in quotes and "99" in quotes and "58" in quotes  # both sides cited
    assert finding.dimension == "一" and finding.files == ("附件2 申报表（测试）.docx",)


def test_staff_total_with_units_written_passes(make_review, findings_of):
    review = make_review(staff_total="157人", staff_ops_maintenance="99人", staff_operations="58人")
    assert findings_of("identity.staff_total", review) == []


def test_apps_parts_beyond_the_total_are_a_note_because_the_sum_is_structural(make_review, findings_of):
    """h98–h100: four clean packages of three labellers declare 基于平台开发 + 云化 beyond the 工业APP total — the
    填报指引 says the total 「包括」 both, not that they never overlap: a note that asks, never a warning."""
    [finding] = findings_of("identity.apps_total", make_review(apps_platform_native="170"))
    assert finding.severity == "info" and "243" in finding.expected and "互不重叠" in finding.message


def test_apps_parts_short_of_the_total_are_a_hint_only(make_review, findings_of):
    """The 填报指引 says 工业APP 「包括」 the two kinds, without requiring the sum: two blind sets' clean
    packages declare more APPs than the two parts (third-party APPs)."""
    [finding] = findings_of("identity.apps_total", make_review(apps_platform_native="20"))
    assert finding.severity == "info" and "未要求两者相等" in finding.message


def test_revenue_equals_2023_revenue_within_rounding(make_review, findings_of):
    assert findings_of("identity.revenue_2023", make_review(revenue="3215.33万元")) == []
    assert findings_of("identity.revenue_2023", make_review(revenue="32153300元")) == []
    [finding] = findings_of("identity.revenue_2023", make_review(revenue="3315.33"))
    assert finding.fields[0] == "平台相关营业收入（万元）" and "平台近三年经营指标情况" in finding.fields
    assert "差 100" in finding.message


def test_blank_or_unreadable_operands_give_no_finding(make_review, findings_of):
    assert findings_of("identity.staff_total", make_review(staff_total="")) == []
    assert findings_of("identity.staff_total", make_review(staff_total="超过150")) == []  # a bound, no value


def test_an_approximate_operand_is_as_wide_as_its_rounding(make_review, findings_of):
    """h17: 「约2.1万」 declared against parts summing to 14,236 was never checked. 约120 is 119 give or
    take 5; 约150 is 31 off whatever it was rounded from."""
    assert findings_of("identity.staff_total", make_review(staff_total="约120")) == []
    [finding] = findings_of("identity.staff_total", make_review(staff_total="约150"))
    assert "150" in finding.message and "119" in finding.message


# --- formula --------------------------------------------------------------------------------------

def _rd_review(make_review, intensity: str):
    return make_review(rd_investment="651.80", revenue="5039.08", platform_revenue_2023="5039.08 万元",
                       rd_intensity=intensity)


def test_rd_intensity_rounding_edge(make_review, findings_of):
    # 651.80 ÷ 5039.08 × 100 = 12.9349…: 12.93 is the notice's rounding, 12.95 is 0.0151 off.
    assert findings_of("formula.rd_intensity", _rd_review(make_review, "12.93%")) == []
    assert findings_of("formula.rd_intensity", _rd_review(make_review, "12.94%")) == []  # within 0.01
    [finding] = findings_of("formula.rd_intensity", _rd_review(make_review, "12.95%"))
    assert finding.severity == "error"
    assert finding.expected == "12.93%" and finding.actual == "12.95%"
    assert "651.80 万元 ÷ 平台相关营业收入 5039.08 万元" in finding.message and "容差 0.01 个百分点" in finding.message
    assert finding.fields == ("平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）")


def test_rd_intensity_tolerance_grows_with_coarse_inputs(make_review, findings_of):
    # Written in 万元 without decimals, 652 could be 651.5–652.5: 12.93 stays within the tolerance.
    review = make_review(rd_investment="652", revenue="5039", platform_revenue_2023="5039", rd_intensity="12.93%")
    assert findings_of("formula.rd_intensity", review) == []


def test_rd_investment_written_in_yuan_is_converted(make_review, findings_of):
    review = make_review(rd_investment="6,518,000.00元", revenue="5039.08", rd_intensity="12.93%")
    assert findings_of("formula.rd_intensity", review) == []


def test_profit_margin_reads_the_applicants_own_computation(make_review, findings_of):
    ok = "15.68%（平台利润总额790.20万元÷平台相关营业收入5039.08万元×100%）"
    assert findings_of("formula.profit_margin", make_review(revenue="5039.08", profit_margin=ok)) == []
    wrong = "12.58%（平台利润总额790.20万元÷平台相关营业收入5039.08万元×100%）"
    [finding] = findings_of("formula.profit_margin", make_review(revenue="5039.08", profit_margin=wrong))
    assert finding.severity == "error" and finding.expected == "15.68%"
    assert "平台利润 790.20 万元" in finding.message


def test_profit_margin_without_its_profit_figure_says_nothing(make_review, findings_of):
    assert findings_of("formula.profit_margin", make_review(profit_margin="99.00%")) == []


def test_rate_written_after_the_computation(make_review, findings_of):
    text = "平台利润总额360.01万元÷平台相关营业收入3215.33万元×100%=11.20%"
    assert findings_of("formula.profit_margin", make_review(profit_margin=text)) == []
    text = "平台利润总额360.01万元/平台相关营业收入3215.33万元×100%=13.20%"
    assert len(findings_of("formula.profit_margin", make_review(profit_margin=text))) == 1


def test_paying_user_share_uses_proxies_and_says_so(make_review, findings_of):
    [finding] = findings_of("formula.paying_user_share", make_review(paying_user_share="25.97%"))
    # 付费企业数/注册企业用户数 stand in for 付费用户数/平台用户总数: a hint, since an applicant may count its
    # users otherwise (h10: three packages, one clean, whose 付费用户占比 was not the enterprises' share)
    assert finding.severity == "info"
    assert "近似" in finding.message and finding.expected == "17.19%"
    assert "其中：付费企业数（个）" in finding.fields and "注册企业用户数（个）" in finding.fields


def test_storage_utilization_with_compound_capacity(make_review, findings_of):
    review = make_review(storage_capacity="总容量 1283.00 TB，其中私有化部署涉及的相关容量 300.00 TB")
    assert findings_of("formula.storage_utilization", review) == []
    [finding] = findings_of("formula.storage_utilization", make_review(storage_utilization="59.19%"))
    assert finding.severity == "warning" and finding.expected == "52.50%"


def test_roi_and_social_contribution_rate_from_the_answer_text(make_review, findings_of):
    [roi] = findings_of("formula.roi", make_review(
        roi="8.12%（2023年平台利润总额1123.43万元÷平台投资总额11330.58万元×100%）"))
    assert roi.expected == "9.92%" and roi.severity == "error"
    [social] = findings_of("formula.social_contribution_rate", make_review(
        social_contribution_rate="29.21%（社会贡献总额4266.47万元÷平均资产总额16307.45万元×100%）"))
    assert social.expected == "26.16%" and "社会贡献总额 4266.47 万元" in social.message


def test_roi_without_computation_falls_back_to_nothing_for_the_profit(make_review, findings_of):
    # 平台年利润 has no proxy field: without the applicant's figures there is nothing to check.
    assert findings_of("formula.roi", make_review(roi="50.00%")) == []


def test_written_division_ignores_the_slash_of_units():
    found = written_division("总数 32000 台/套，其中 8800 台/套")
    assert found is None
    num, den = written_division("9.36%（平台年利润或年均利润/投资总额：360.01万元/3845.92万元）")
    assert (num.value, den.value) == (Decimal("360.01"), Decimal("3845.92"))


# --- growth_rate ----------------------------------------------------------------------------------

def test_growth_rate_2022_and_2023(make_review, findings_of):
    review = make_review(platform_revenue_2021="5869.44 万元", platform_revenue_2022="6478.69 万元",
                         platform_revenue_growth_2022="13.53%", platform_revenue_2023="7000.00 万元",
                         platform_revenue_growth_2023="8.05%", revenue="7000.00")
    [finding] = findings_of("growth_rate.platform_revenue_2022", review)
    assert finding.expected == "10.38%" and finding.actual == "13.53%" and finding.severity == "error"
    assert finding.fields[0] == "平台近三年经营指标情况"
    assert "5869.44 万元" in finding.message and "6478.69 万元" in finding.message
    assert findings_of("growth_rate.platform_revenue_2023", review) == []  # 8.05% is right


def test_negative_growth_is_checked_too(make_review, findings_of):
    review = make_review(platform_revenue_2022="2439.44 万元", platform_revenue_2023="2200.00 万元",
                         platform_revenue_growth_2023="-9.82%", revenue="2200.00")
    assert findings_of("growth_rate.platform_revenue_2023", review) == []
    review = make_review(platform_revenue_2022="2439.44 万元", platform_revenue_2023="2200.00 万元",
                         platform_revenue_growth_2023="9.82%", revenue="2200.00")
    assert findings_of("growth_rate.platform_revenue_2023", review)[0].expected == "-9.82%"


# --- reading ----------------------------------------------------------------------------------------

def test_read_amount_keeps_the_written_precision(make_review):
    review = make_review(revenue="6,670.79", devices_total="总数 32000 台/套，其中私有化部署涉及的相关数量 8800 台/套",
                         staff_total="3.2万", stored_industrial_data="1.5PB")
    revenue = read_amount(review, "revenue")
    assert (revenue.value, revenue.half_unit) == (Decimal("6670.79"), Decimal("0.005"))
    devices = read_amount(review, "devices_total")
    assert (devices.value, devices.private, devices.half_unit) == (Decimal(32000), Decimal(8800), Decimal(0))
    assert read_amount(review, "staff_total").half_unit == Decimal(500)  # 3.2万: ±500
    assert read_amount(review, "stored_industrial_data").value == Decimal(1536)


def test_read_amount_takes_the_figure_outside_brackets(make_review):
    # 填报指引: 国产化率 may give the overall rate and the software/hardware rates beside it
    review = make_review(localization_rate="86.40（综合；软件91.20%、硬件80.50%）", profit_margin="利润÷收入×100%=11.20%")
    assert read_amount(review, "localization_rate").value == Decimal("86.40")
    assert read_amount(review, "profit_margin").value == Decimal("11.20")
