"""A money figure declared cut at two decimals instead of rounded (h68, first met 2026-12-07): a note, never a
warning; a rounded figure or a figure off by more than a cut is not this rule's."""

from __future__ import annotations

from test_rules_evidence import evidence


def test_a_figure_cut_instead_of_rounded(make_review, findings_of):
    proof = evidence("revenue", "43,865,517.80", "元", 4386.55178)  # 4,386.55178 万元: rounded 4386.55
    review = make_review(revenue="4386.55")
    review.evidence = [proof]
    assert findings_of("declared_vs_evidence.cut_short", review) == []  # rounded: the same figure
    proof = evidence("revenue", "43,865,567.80", "元", 4386.55678)  # 4,386.55678: rounded 4386.56, cut 4386.55
    review = make_review(revenue="4386.55")
    review.evidence = [proof]
    [note] = findings_of("declared_vs_evidence.cut_short", review)
    assert note.severity == "info" and "4386.56" in note.message and "截尾" in note.message
    assert findings_of("declared_vs_evidence.value", review) == []  # the figure itself agrees
    review = make_review(revenue="4386.45")  # off by a tenth: another figure, the value rule's
    review.evidence = [proof]
    assert findings_of("declared_vs_evidence.cut_short", review) == []
    assert len(findings_of("declared_vs_evidence.value", review)) == 1
