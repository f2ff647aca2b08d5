"""The period a count of orders is of (family answer_format).

填报指引 3.1.1 asks for 平台订单数量 as the 2023 natural year's total or the total of the year before
the form's date, and names both readings. An answer that names only another period — a half year
(「2024年1-6月：6820个」), a quarter, a month — answers neither: the form's number is not the
indicator, whatever it counts. An answer without a period name is the applicant's choice of the two
and says nothing here; a period the reader cannot name says nothing either.

Must not: compare the count with evidence (`rules_evidence` does).
"""

from __future__ import annotations

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding

_READINGS = ("自然年", "截至填表日前一年")


@rule("answer_format.order_period", title="平台订单数量未按“2023年自然年或截至填表日前一年”的口径填写", severity="warning",
      basis="填报指引 3.1.1：平台订单数量填写2023年自然年或截至填表日前一年总量")
def orders_of_a_reading(review):
    for spec in review.catalog.fields:
        if "自然年" not in (spec.guidance or ""):
            continue
        typed = review.typed(spec.id)
        if typed is None or not isinstance(typed.normalized, dict) or not typed.normalized:
            continue
        names = list(typed.normalized)
        if any(reading in name for name in names for reading in _READINGS):
            continue
        shown = "、".join(f"{name}：{value}" for name, value in typed.normalized.items())
        yield make_finding(review, "answer_format.order_period", "warning", [spec.id],
                           f"“{spec.label}”填写为“{shown}”，所填期间既非2023年自然年，也非截至填表日前一年，"
                           "与填报指引要求的口径不符", expected="2023年自然年或截至填表日前一年总量", actual=shown)
