"""How sure a list fact is: the confidence levels (two readings agree; one clean reading; a doubt;
OCR; readings that disagree), and the cross-check of one file's facts that makes two differing
totals of one indicator and scope (the 合计 of the table by category and of the table by region)
ambiguous, each naming the other.

Must not: read rows. (`count_fact` is the one builder of a list's count fact.)
"""

from __future__ import annotations

from assistant.catalog.notice import Catalog
from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceFact

SURE = 0.95  # two readings agree
CLEAN = 0.85  # one clean reading (a 1..N sequence in a ruled table, rows summed without a 合计)
DOUBTFUL = 0.7
OCR_CAP = 0.6
AMBIGUOUS = 0.5


def _place(citation: Citation) -> str:
    return citation.place


def cross_check(facts: list[EvidenceFact]) -> list[EvidenceFact]:
    """Two totals of one indicator and scope in one file (the 合计 of the table by category and of
    the table by region) that differ: each becomes ambiguous and names the other."""
    by_field: dict[tuple[str, str], list[int]] = {}
    for index, fact in enumerate(facts):
        if fact.dimension == "total" and fact.normalized is not None:
            by_field.setdefault((fact.field_id, fact.scope), []).append(index)
    out = list(facts)
    for indices in by_field.values():
        values = {facts[i].normalized for i in indices}
        if len(values) < 2:
            continue
        for i in indices:
            fact = facts[i]
            others = "、".join(f"{facts[j].value}（{_place(facts[j].citations[0])}“{facts[j].citations[0].quote}”）"
                              for j in indices if facts[j].normalized != fact.normalized)
            note = f"同一文件中该数量另有读数 {others}，与 {fact.value} 不一致"
            out[i] = fact.model_copy(update={"status": "ambiguous", "note": note,
                                             "confidence": min(fact.confidence, AMBIGUOUS),
                                             "reasons": (*fact.reasons, f"存疑：{note}")})
    return out


def has_field(catalog: Catalog, field_id: str | None) -> bool:
    return field_id is not None and any(f.id == field_id for f in catalog.fields)


def count_fact(spec, value: str, normalized: int, confidence: float, reasons, doubts, status: str, citations,
               common: dict) -> EvidenceFact:
    """A list's count as a fact: its confidence capped by its doubts (OCR lower still), each doubt
    a 「存疑：」 reason."""
    if any("OCR" in d for d in doubts):
        confidence = min(confidence, OCR_CAP)
    elif doubts:
        confidence = min(confidence, DOUBTFUL)
    return EvidenceFact(field_id=spec.id, label=spec.label, value=value, unit=spec.unit or "", normalized=normalized,
                        dimension="total", confidence=confidence,
                        reasons=(*reasons, *(f"存疑：{d}" for d in doubts)), status=status, citations=citations,
                        note="；".join(reasons), **common)
