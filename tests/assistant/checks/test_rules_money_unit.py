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
