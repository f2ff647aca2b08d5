"""A rate computed with one of its proof's inputs read in the wrong unit (「5,386.2」 千元 taken as 万元).

A proof printed in 元 or 千元 states a figure whose digits, read as 万元, make a rate ten (千元) or ten thousand
(元) times too large or too small. When the declared rate is exactly what such a reading of one input gives,
within the rate's two decimals, the form has misread the proof (h17: 平台利润率 41.88% = 5,386.2 千元 ÷ 12,860.40
万元, where the proof's profit is 538.62 万元). `rules_unit_misread` says so; `formula.evidence_inputs` then
leaves the rate alone (one difference, one finding).

Must not: judge a rate both of whose inputs are read the same wrong way (the ratio is right), or guess a unit
the proof does not print.
"""

from __future__ import annotations

from decimal import Decimal

# 万元 per printed unit: a figure printed in 千元 is a tenth of what its digits say in 万元
_WAN_PER = {"元": Decimal("0.0001"), "千元": Decimal("0.1"), "百万元": Decimal(100), "亿元": Decimal(10000)}
_TOLERANCE = Decimal("0.01")  # percentage points: the rate's two decimals


def misread_term(rate: Decimal, relation, terms) -> tuple[int, str] | None:
    """(index of the term, the unit it is printed in) when reading that one term's printed digits as 万元
    gives the declared rate and reading it right does not; None otherwise. Ratios only."""
    if relation.kind != "ratio" or len(terms) != 2 or any(t.value == 0 for t in terms):
        return None
    scale = Decimal(relation.scale)
    right = terms[0].value / terms[1].value * scale
    if abs(rate - right) <= _TOLERANCE:
        return None
    for index, term in enumerate(terms):
        units = {v.unit for v in term.evidence}
        if len(units) != 1 or (unit := units.pop()) not in _WAN_PER:
            continue
        misread = [t.value for t in terms]
        misread[index] = term.value / _WAN_PER[unit]
        if abs(rate - misread[0] / misread[1] * scale) <= _TOLERANCE + abs(rate) * Decimal("0.0005"):
            return index, unit
    return None
