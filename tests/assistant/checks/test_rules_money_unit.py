"""A money answer in another unit than its row's 万元 (h66): a warning with the value in 万元; 万元 written or
implied, or a formula of several figures, says nothing."""

from __future__ import annotations


def test_an_amount_in_yi_yuan(make_review, findings_of):
    [finding] = findings_of("answer_format.money_unit", make_review(rd_investment="0.100233亿元"))
    assert finding.severity == "warning" and finding.expected == "1002.33 万元" and "亿元" in finding.message
    [in_yuan] = findings_of("answer_format.money_unit", make_review(rd_investment="10,023,300.00元"))
    assert in_yuan.expected == "1002.33 万元"


def test_wan_yuan_written_or_implied(make_review, findings_of):
    for answer in ("1002.33", "1002.33万元", "1002.33（万元）"):
        assert findings_of("answer_format.money_unit", make_review(rd_investment=answer)) == []


def test_a_summary_row_written_in_yuan_under_its_wan_yuan_heading(tmp_path):
    """h56: the 汇总表's 「平台相关研发投入（万元）」 holds 「4,826,300元」 where the 申报表 gives 482.63 万元 — equal once
    converted, so no difference of the rows; but the cell is not filled as the template asks."""
    from application_files import (
        INDICATORS,
        PLATFORM,
        UNIT,
        load_review,
        run_rule,
        write_package,
    )

    revenue = "平台相关营业收入（万元）"
    yuan = f"{int(float(INDICATORS[revenue]) * 10000):,}元"
    for value, flagged in ((yuan, True), (INDICATORS[revenue], False)):
        root = write_package(tmp_path / str(flagged), summary={"平台名称": PLATFORM, "企业名称": UNIT, **INDICATORS,
                                                               revenue: value})
        review = load_review(root, tmp_path / f"ws{flagged}")
        found = run_rule("summary_vs_form.money_unit", review)
        assert [f.fields for f in found] == ([(revenue,)] if flagged else []), value
        assert all(f.severity == "info" and f.expected == f"{float(INDICATORS[revenue]):.2f} 万元" for f in found)
        assert not [f for f in run_rule("summary_vs_form.row", review) if revenue in f.fields]
