"""A rate computed with a proof's 千元 figure read as 万元 (h17, first met 2026-12-07): the rate contradicts the
proof on a fact — one finding that names the unit, instead of the evidence-inputs note; a difference no unit
explains stays that note."""

from __future__ import annotations

from test_rules_evidence import evidence


def _proof():
    return [evidence("revenue", "128,604.0", "千元", 12860.4),
            evidence("profit_margin", "5,386.2", "千元", 538.62, component="平台利润总额（万元）")]


def test_a_rate_from_a_figure_read_in_the_wrong_unit(make_review, findings_of):
    review = make_review(revenue="12860.40", profit_margin="41.88")  # 5,386.2 ÷ 12,860.40: 千元 read as 万元
    review.evidence = _proof()
    [finding] = findings_of("declared_vs_evidence.unit_misread", review)
    assert finding.severity == "error" and "千元" in finding.message and "4.19%" in finding.message
    assert findings_of("formula.evidence_inputs", review) == []  # one difference, one finding


def test_a_right_rate_or_a_difference_no_unit_explains(make_review, findings_of):
    review = make_review(revenue="12860.40", profit_margin="4.19")
    review.evidence = _proof()
    assert findings_of("declared_vs_evidence.unit_misread", review) == []
    assert findings_of("formula.evidence_inputs", review) == []
    review = make_review(revenue="12860.40", profit_margin="30.00")
    review.evidence = _proof()
    assert findings_of("declared_vs_evidence.unit_misread", review) == []
    assert len(findings_of("formula.evidence_inputs", review)) == 1
