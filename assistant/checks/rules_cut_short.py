"""A money figure declared as the proof's amount cut at the form's two decimals instead of rounded (family
declared_vs_evidence, info; h68).

68,421,560.00 元 is 6,842.156 万元: 「保留2位小数」 gives 6,842.16, the form declares 6,842.15. The comparison of
`evidence_judgement` accepts a cut figure as the same figure (a way of writing it: h10's clean package cut its
利润总额 so), and it is: the difference is below a cent of 万元. Still, the 填报指引's 「保留2位小数」 is rounding,
and a reviewer checking the cell against the audit finds the last digit off; so a note says what the rounded
figure would be. Never a warning: nothing is misstated.

Must not: speak of a figure that differs beyond a cut (`declared_vs_evidence.value` does), of counts, or of a
declared figure equal to the rounded one.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_DOWN, ROUND_HALF_UP

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding, short_name
from assistant.checks.evidence_family import usable
from assistant.checks.evidence_judgement import compare_fact
from assistant.checks.rules_evidence import with_evidence
from assistant.core.findings import Finding
from assistant.values.numbers import format_decimal


@rule("declared_vs_evidence.cut_short", title="申报金额为证明材料金额截尾而非四舍五入", severity="info",
      basis="附件2 填报指引：金额单位为万元，保留2位小数")
def money_cut_not_rounded(review) -> Iterator[Finding]:
    seen: set[str] = set()
    for fact in usable(review, "declared_vs_evidence"):
        spec = review.catalog.field(fact.field_id)
        if spec.unit != "万元" or fact.field_id in seen or not fact.citations:
            continue
        comparison = compare_fact(review, fact)
        if comparison is None or comparison.kind != "equal" or not comparison.consistent:
            continue
        declared, evidence = comparison.declared, comparison.evidence
        step = declared.half_unit * 2
        if step <= 0 or abs(declared.value - evidence) <= comparison.tolerance:
            continue  # the same figure within its rounding: nothing to note
        rounded = evidence.quantize(step, rounding=ROUND_HALF_UP)
        cut = (evidence / step).to_integral_value(rounding=ROUND_DOWN) * step
        if declared.value != cut or rounded == cut:
            continue
        seen.add(fact.field_id)
        where = fact.citations[0]
        message = (f"{short_name(spec)}填报 {declared.show()} 万元，《{where.file}》第{where.page}页为 {fact.value}"
                   f"（{format_decimal(evidence, 4)} 万元），按保留2位小数四舍五入应为 {format_decimal(rounded, 2)}；"
                   f"申报值为截尾，差额不足 {format_decimal(step, 2)} 万元，仅供核对")
        finding = make_finding(review, "declared_vs_evidence.cut_short", "info", [fact.field_id], message,
                               expected=format_decimal(rounded, 2), actual=declared.show())
        yield with_evidence(finding, [fact])
