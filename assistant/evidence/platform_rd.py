"""The platform's R&D investment from its two parts: an audit note that gives 研发支出 as
费用化支出 and 资本化支出 (in two columns, or two rows) and no total. The 填报指引 counts both as
研发投入, so the investment is their sum, cited on both figures; the parts stay as components, so
a form that declared only the expensed part is seen to differ.

Must not: read documents (`assistant.evidence.platform` finds the parts) or compare with the form.
"""

from __future__ import annotations

from assistant.catalog.vocabulary import RD_CAPITALIZED_COMPONENT, RD_EXPENSED_COMPONENT
from assistant.core.evidence import EvidenceFact


def rd_from_parts(facts: list[EvidenceFact]) -> list[EvidenceFact]:
    """研发投入 = 费用化 + 资本化 when `facts` give both parts of one year and no 研发投入 itself."""
    if any(f.field_id == "rd_investment" and not f.component for f in facts):
        return []
    parts = {f.component: f for f in facts if f.field_id == "rd_investment"
             and f.component in (RD_EXPENSED_COMPONENT, RD_CAPITALIZED_COMPONENT)}
    expensed, capitalized = parts.get(RD_EXPENSED_COMPONENT), parts.get(RD_CAPITALIZED_COMPONENT)
    if expensed is None or capitalized is None or expensed.year != capitalized.year:
        return []
    both = expensed.normalized is not None and capitalized.normalized is not None
    how = f"研发投入为费用化支出与资本化支出之和（{expensed.value} + {capitalized.value}）"
    doubts = tuple(dict.fromkeys(r for r in (*expensed.reasons[1:], *capitalized.reasons[1:])))
    return [expensed.model_copy(update={
        "component": "",
        "value": f"{expensed.value} + {capitalized.value}",
        "normalized": round(expensed.normalized + capitalized.normalized, 6) if both else None,
        "status": expensed.status if both else "ambiguous",
        "confidence": min(expensed.confidence, capitalized.confidence),
        "reasons": (how, expensed.reasons[0], *doubts),
        "citations": (*expensed.citations, *capitalized.citations),
        "period": expensed.period if expensed.period == capitalized.period else f"{expensed.year}年",
    })]
