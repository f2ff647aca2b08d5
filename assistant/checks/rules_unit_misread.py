"""A rate the form computed with a proof's figure read in the wrong unit (family declared_vs_evidence, h17).

平台利润率 41.88% where the audit's segment note, 「单位：人民币千元」, gives 平台利润总额 5,386.2 and 平台营业收入
128,604.0: 538.62 ÷ 12,860.40 = 4.19%; 41.88% is 5,386.2 read as 万元. The rate contradicts the proof on a fact
(the profit it implies), not on arithmetic: evaluators file it so, as a loss declared as a profit
(`rules_loss`). The finding names the input, its printed unit and both rates. An error when the proof's figures
were read with confidence, else a warning; which input is misread is `unit_misread`'s.

Must not: judge a rate that agrees with the proof, one whose difference no unit explains (that stays
`formula.evidence_inputs`' or `declared_vs_evidence.formula`'s), or one whose input the form declares otherwise
than the proof (the input's own difference is `declared_vs_evidence.value`'s, the rate's `declared_vs_evidence.formula`'s).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding, short_name
from assistant.checks.rules_evidence import recomputable, with_evidence
from assistant.checks.unit_misread import misread_term
from assistant.core.evidence import CONFIDENT
from assistant.core.findings import Finding
from assistant.values.numbers import format_decimal


@rule("declared_vs_evidence.unit_misread", title="比率按证明材料中误读单位的数据计算", severity="error",
      basis="填报指引：利润率、研发投入强度等按平台相关数据（万元）计算；证明材料的金额单位须先折算")
def rate_from_a_misread_unit(review) -> Iterator[Finding]:
    for owner, relation, rate, terms, differing in recomputable(review):
        found = None if differing else misread_term(rate.value, relation, terms)
        if found is None:
            continue  # (an input the form states differently: `declared_vs_evidence.value` names it)
        index, unit = found
        term = terms[index]
        printed = term.evidence[0]
        right = terms[0].value / terms[1].value * Decimal(relation.scale)
        where = printed.citations[0] if printed.citations else None
        source = f"《{where.file}》第{where.page}页" if where is not None else "证明材料"
        message = (f"{short_name(owner)}填报 {rate.show()}%，而{source}的{term.name}为 {printed.value}（单位：{unit}，"
                   f"即 {format_decimal(term.value, 2)} 万元），按 {terms[0].name} ÷ {terms[1].name} × {relation.scale}% "
                   f"应为 {format_decimal(right, 2)}%；{rate.show()}% 是把 {printed.value} {unit}当作万元计算的结果")
        sure = all(v.confidence >= CONFIDENT for t in terms for v in t.evidence)
        doubts = [d for t in terms for v in t.evidence for d in v.doubts()]
        finding = make_finding(review, "declared_vs_evidence.unit_misread", "error" if sure else "warning",
                               [owner.id, *(t.field_id for t in terms if t.field_id)], message,
                               expected=f"{format_decimal(right, 2)}%", actual=f"{rate.show()}%", doubts=doubts)
        yield with_evidence(finding, [v for t in terms for v in t.evidence])
