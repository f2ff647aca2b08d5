"""A rate answered as its change in 百分点 (h52): a warning; a rate, or a rate with the change beside it, says
nothing."""

from __future__ import annotations


def test_a_growth_rate_answered_in_percentage_points(make_review, findings_of):
    [finding] = findings_of("answer_format.percentage_points", make_review(transaction_growth="较上年提高12.6个百分点"))
    assert finding.severity == "warning" and "百分点" in finding.message and finding.actual == "较上年提高12.6个百分点"


def test_a_rate_or_a_rate_with_its_change_beside_it(make_review, findings_of):
    for answer in ("15.84%", "15.84", "15.84%（较上年提高3.2个百分点）"):
        assert findings_of("answer_format.percentage_points", make_review(transaction_growth=answer)) == [], answer
