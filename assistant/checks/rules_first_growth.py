"""The 近三年 history's first growth rate against the year before it that a proof states (family growth_rate, h68).

平台近三年经营指标情况 declares 2021–2023 revenue with each year's growth; the 2021 rate rests on 2020's revenue,
which the form does not ask. A platform note that prints 2020 beside the three years (「2020年度 | 2021年度 | …」,
read as the 2021 rate's input 「2020年平台营收（万元）」) lets it be recomputed: (2021 declared − 2020 proven) ÷ 2020
× 100%, within the rounding of both inputs and the rate's 2 decimals. A difference is a warning, never an error:
one side is the proof's reading, and the form never states the base it used.

Must not: recompute 2022's and 2023's rates (`rules_formulas` does, from the form alone), or use a 2020 figure
of another scope than the platform's.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding, read_amount, short_name
from assistant.checks.rules_evidence import with_evidence
from assistant.checks.rules_formulas import RESULT_TOLERANCE
from assistant.core.evidence import FIRST_GROWTH_BASE
from assistant.core.findings import Finding
from assistant.values.numbers import format_decimal


@rule("growth_rate.first_year", title="2021年平台营收增长率与证明材料所列2020年平台营收不符", severity="warning",
      basis="附件2 平台近三年经营指标情况：近三年平台营收及增长率（增长率=（本年−上年）÷上年×100%）")
def first_year_growth(review) -> Iterator[Finding]:
    rate, this = read_amount(review, "platform_revenue_growth_2021"), read_amount(review, "platform_revenue_2021")
    if rate is None or this is None:
        return
    bases = [f for f in review.evidence_for("platform_revenue_growth_2021")
             if f.component == FIRST_GROWTH_BASE and f.scope == "platform" and f.status == "found" and f.normalized
             and f.normalized > 0 and f.citations]
    if not bases:
        return
    checked = []
    for base in bases:
        last = Decimal(str(base.normalized))
        expected = (this.value - last) / last * 100
        # the proof's figure in 元 to the fen: its rounding is nothing beside the form's 2 decimals of 万元
        tolerance = RESULT_TOLERANCE + 100 * this.half_unit / last
        if abs(rate.value - expected) <= tolerance:
            return  # one proof backs the declared rate
        checked.append((base, expected, tolerance))
    base, expected, tolerance = checked[0]
    where = f"《{base.citations[0].file}》第{base.citations[0].page}页"
    shown = format_decimal(expected, 2)
    message = (f"{short_name(review.catalog.field('platform_revenue_growth_2021'))}填报 {rate.show()}%，"
               f"{where}所列2020年平台营收 {format_decimal(Decimal(str(base.normalized)), 2)} 万元、申报表2021年平台营收 "
               f"{this.show()} 万元，增长率应为 {shown}%（差 {format_decimal(abs(rate.value - expected), 2)} 个百分点）")
    finding = make_finding(review, "growth_rate.first_year", "warning",
                           ["platform_revenue_growth_2021", "platform_revenue_2021"], message,
                           expected=f"{shown}%", actual=f"{rate.show()}%", tolerance=f"{format_decimal(tolerance, 4)} 个百分点",
                           doubts=("2020年平台营收取自证明材料，申报表未填该年数据",))
    yield with_evidence(finding, [base])
