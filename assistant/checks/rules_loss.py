"""A loss declared as a profit (family declared_vs_evidence).

平台利润率 is the platform's profit over its revenue; the form holds the rate, not the profit. When the
platform's own statement shows a loss — 「(126.40)」, 「-1,486,227.35」 — and the form declares a positive
利润率, the form contradicts the proof on a fact, not on a computation: evaluators file it so (h47,
h52). An error when the loss was read with confidence, else a warning. 投资回报率 may be computed on
the years' average profit (填报指引), which one year's loss cannot show wrong: it stays
`formula.evidence_inputs`' note, as does a 利润率 whose sign agrees but whose size does not.

Must not: judge a negative declared rate (a loss declared as a loss is consistent), or a rate whose
profit the form states itself (`declared_vs_evidence.formula` compares those inputs).
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding, short_name
from assistant.checks.rules_evidence import recomputable, with_evidence
from assistant.core.evidence import CONFIDENT
from assistant.core.findings import Finding
from assistant.values.numbers import format_decimal


@rule("declared_vs_evidence.loss", title="平台利润率填报为正值，证明材料显示平台亏损", severity="error",
      basis="填报指引 3.1.3：平台利润率 = 平台利润 ÷ 平台相关营业收入")
def loss_declared_as_profit(review) -> Iterator[Finding]:
    for owner, _relation, rate, terms, differing in recomputable(review):
        profit = terms[0]
        if owner.id != "profit_margin" or differing or not profit.evidence or profit.declared is not None:
            continue
        if not rate.value > 0 > profit.value:
            continue
        sure = all(v.confidence >= CONFIDENT for v in profit.evidence)
        source = profit.evidence[0].citations[0] if profit.evidence[0].citations else None
        where = f"《{source.file}》第{source.page}页" if source is not None else "证明材料"
        message = (f"{short_name(owner)}填报 {rate.show()}%（正值），而{where}显示{profit.name}为 "
                   f"{format_decimal(profit.value, 2)} 万元（亏损）：亏损的平台不应有正的{short_name(owner)}")
        doubts = [d for v in profit.evidence for d in v.doubts()]
        finding = make_finding(review, "declared_vs_evidence.loss", "error" if sure else "warning", [owner.id], message,
                               expected="≤0%", actual=f"{rate.show()}%", doubts=doubts)
        yield with_evidence(finding, profit.evidence)
