"""The period a count of orders is of (family answer_format).

填报指引 3.1.1 asks for 平台订单数量 as the 2023 natural year's total or the total of the year before
the form's date, and names both readings. An answer that names only another period — a half year
(「2024年1-6月：6820个」), a quarter, a month — answers neither: the form's number is not the
indicator, whatever it counts. An answer without a period name is the applicant's choice of the two
and says nothing here; a period the reader cannot name says nothing either.

The proof has a period too (family declared_vs_evidence): a back office's monthly export whose 合计
covers twelve months of neither reading (统计区间 2022-07-01 至 2023-06-30, exported 2023-07-03,
h42) proves no answer the guidance allows. When no proof of either reading is read, the answer
is unproved: an error when the form declares exactly that total (the applicant took the wrong
year's count as the indicator — both sides are plain), a warning otherwise.

Must not: compare the count with evidence (`rules_evidence` does).
"""

from __future__ import annotations

from decimal import Decimal

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.evidence_family import family_of
from assistant.checks.evidence_judgement import compare_fact
from assistant.checks.rules_evidence import with_evidence
from assistant.core.evidence import OTHER_PERIOD

_READINGS = ("自然年", "截至填表日前一年")


def _two_readings(review):
    """The fields whose guidance names the two readings (平台订单数量)."""
    return [spec for spec in review.catalog.fields if "自然年" in (spec.guidance or "")]


@rule("answer_format.order_period", title="平台订单数量未按“2023年自然年或截至填表日前一年”的口径填写", severity="warning",
      basis="填报指引 3.1.1：平台订单数量填写2023年自然年或截至填表日前一年总量")
def orders_of_a_reading(review):
    for spec in _two_readings(review):
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


@rule("declared_vs_evidence.order_period", title="平台订单数量的证明材料统计期间不符", severity="error",
      basis="填报指引 3.1.1：平台订单数量填写2023年自然年或截至填表日前一年总量")
def orders_proved_for_another_period(review):
    return _another_period(review, screenshots=False)


@rule("screenshot_vs_form.order_period", title="平台订单数量的截图统计区间不符", severity="warning",
      basis="填报指引 3.1.1：平台订单数量填写2023年自然年或截至填表日前一年总量")
def orders_shown_for_another_period(review):
    """A dashboard's 「统计区间2024-01-01 至2024-06-30」 over its 平台订单 tile (h49): a screenshot's period,
    filed as a screenshot's difference (`evidence_family`), a warning as every screenshot's is."""
    return _another_period(review, screenshots=True)


def _another_period(review, *, screenshots: bool):
    rule_id = "screenshot_vs_form.order_period" if screenshots else "declared_vs_evidence.order_period"
    for spec in _two_readings(review):
        facts = [f for f in review.evidence if f.field_id == spec.id and f.normalized is not None and f.citations]
        other = [f for f in facts if OTHER_PERIOD in f.reasons]
        if other and (family_of(review, other[0]) == "screenshot_vs_form") != screenshots:
            continue
        if not other or any(compare_fact(review, f) is not None for f in facts if f not in other):
            continue  # nothing of another period, or a proof of one of the readings beside it
        typed = review.typed(spec.id)
        if typed is None:
            continue
        declared = typed.normalized.values() if isinstance(typed.normalized, dict) else [typed.normalized]
        amounts = {Decimal(str(v)) for v in declared if isinstance(v, (int, float))}
        if not amounts:
            continue
        fact = other[0]
        same = Decimal(str(fact.normalized)) in amounts
        answer = review.declared(spec.id)
        shown = answer.raw.strip() if answer is not None else str(fact.normalized)
        message = (f"“{spec.label}”填写“{shown}”，其证明{fact.citations[0].file}第{fact.citations[0].page}页"
                   f"的{'订单数' if screenshots else '合计'} {fact.value} 为{fact.period}的订单数，既非2023年自然年，也非截至填表日前一年"
                   + ("；申报数即该期间的合计" if same else "") + "，申报口径的订单数无证明")
        finding = make_finding(review, rule_id, "error" if same and not screenshots else "warning",
                               [spec.id], message, expected="2023年自然年或截至填表日前一年总量的证明",
                               actual=f"{fact.period}：{fact.value}")
        yield with_evidence(finding, [fact])
