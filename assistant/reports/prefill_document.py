"""The `prefill --format json` document of a review: every 附件4 row with its declared value and the
evidence beside it, the evidence of indicators without a 附件4 row, the per-file errors.

The one producer of that JSON (`prefill`, `review`'s prefill.json, `eval`, the workspace's
download). Each evidence entry's status is the checks' own consistency judgement
(`assistant.checks.evidence_judgement`), so a row and a finding cannot disagree about the same
pair of values. Must not: read files or decide a finding.
"""

from __future__ import annotations

import re

from assistant.catalog.model import SummaryRow
from assistant.catalog.notice import Catalog
from assistant.checks.evidence_judgement import (
    REVENUE_BOUNDED,
    company_bound,
    compare_fact,
    field_scope,
)
from assistant.core.evidence import EvidenceValue
from assistant.core.privacy import redact_secrets
from assistant.forms.model import PrefillRow
from assistant.reports import check_report, prefill_report
from assistant.review.model import Review


def attach_evidence(review: Review) -> list[PrefillRow]:
    """Each 附件4 row with the evidence of the fields that feed it (prefill JSON `evidence`), each
    judged against the declared value by the one consistency judgement of the checks."""
    by_order: dict[int, list[dict]] = {}
    inputs: dict[int, list[dict]] = {}  # listed after the row's own evidence
    operands = stand_in_operands(review.catalog)
    for value in review.evidence:
        row = summary_row_for(value, review.catalog)
        if row is not None:
            by_order.setdefault(row.order, []).append(evidence_entry(review, value))
        for owner, quantity, denominator in operands.get(value.field_id, ()):
            # a rate's input proven under the field that stands in for it (付费用户数 by 付费企业数):
            # shown beside the rate too, as the input it is (unchecked against the rate itself)
            owner_row = summary_row_for(value.model_copy(update={"field_id": owner.id}), review.catalog)
            if owner_row is not None and value.dimension == "total" and value.component in ("", value.label) \
                    and value.status == "found" and not (denominator and value.scope == "company"):
                unit = review.catalog.field(value.field_id).unit
                operand = value.model_copy(update={"field_id": owner.id, "label": owner.label,
                                                   "component": f"{quantity}（{unit}）"})
                inputs.setdefault(owner_row.order, []).append(evidence_entry(review, operand))
    for field_id, row, entry in company_bounds(review):
        inputs.setdefault(row.order, []).append(entry)
    return [r.model_copy(update={"evidence": tuple(by_order.get(r.order, []) + inputs.get(r.order, []))})
            for r in review.rows]


def company_bounds(review: Review):
    """(field id, 附件4 row, entry) of the company's 营业收入 beside a platform revenue it bounds: the part
    cannot exceed the whole (`company_bound`, the one judgement of `declared_vs_evidence.bound`).
    Its status is mismatch when the declared figure exceeds it, else unchecked — a bound proves no value."""
    for field_id in REVENUE_BOUNDED:
        if field_scope(review, field_id) != "platform" or (bound := company_bound(review, field_id)) is None:
            continue
        spec = review.catalog.field(field_id)
        fact = bound.fact.model_copy(update={"field_id": field_id, "label": spec.label,
                                             "component": "企业整体营业收入（上限）"})
        row = summary_row_for(fact, review.catalog)
        if row is not None:
            yield field_id, row, {**evidence_entry(review, fact), "status": "unchecked" if bound.consistent else "mismatch"}


def stand_in_operands(catalog: Catalog) -> dict[str, list[tuple]]:
    """field id → [(the rate's FieldSpec, the input it is, whether it is the denominator)] for every
    ratio of the 填报指引: an input the form does not ask for itself through the field that stands in
    for it (付费用户数 ÷ 平台用户总数: 付费企业数 and 注册企业用户数 stand in), and an input the form asks
    for itself (研发投入 of 研发投入强度, 存储容量 of 存储资源利用率, the revenue of 平台利润率): a reviewer
    recomputes the rate from the proofs listed under it. A denominator's company-wide figure (the
    company's revenue, a bound) is no input and is left to its own row."""
    found: dict[str, list[tuple]] = {}
    for spec in catalog.fields:
        for relation in spec.relations:
            if relation.kind != "ratio":
                continue
            for index, term in enumerate(relation.terms):
                if term.proxy_field and term.quantity:
                    found.setdefault(term.proxy_field, []).append((spec, term.quantity, index > 0))
                elif term.field and term.field != spec.id:
                    name = re.sub(r"[（(][^（）()]*[）)]$", "", catalog.field(term.field).label)
                    found.setdefault(term.field, []).append((spec, name, index > 0))
    return found


def other_indicators(review: Review) -> list[dict]:
    """Evidence of fields without a 附件4 row (总资产, 利润总额 …), one entry per field, in the
    shape of a prefill row (the `other_indicators` of prefill JSON)."""
    grouped: dict[str, list[EvidenceValue]] = {}
    for value in review.evidence:
        if summary_row_for(value, review.catalog) is None:
            grouped.setdefault(value.field_id, []).append(value)
    result = []
    for field_id, values in sorted(grouped.items()):
        typed = review.typed(field_id) if _known_field(review.catalog, field_id) else None
        declared = review.declared(field_id) if typed is not None else None
        normalized = typed.normalized if typed else None
        result.append({
            "label": values[0].label,
            "value": redact_secrets(typed.display) if typed else "",
            "normalized": normalized,
            "status": "found" if normalized is not None else "missing",
            "citations": [prefill_report.citation_payload(c) for c in (declared.citations if declared else ())],
            "evidence": [evidence_entry(review, v) for v in values],
        })
    return result


def summary_row_for(value: EvidenceValue, catalog: Catalog) -> SummaryRow | None:
    for row in catalog.summary_rows:
        if value.field_id in row.source_fields:
            return row
    return catalog.summary_row(value.label)


def evidence_entry(review: Review, value: EvidenceValue) -> dict:
    return {
        "value": redact_secrets(f"{value.value}{value.unit}" if value.unit and not value.value.endswith(value.unit) else value.value),
        "normalized": value.normalized,
        "status": evidence_status(review, value),
        "citations": [prefill_report.citation_payload(c) for c in value.citations],
        "unit": value.unit,
        "component": value.component,
        "period": value.period,
        "year": value.year,
        "scope": value.scope,
        "dimension": value.dimension,
        "confidence": value.confidence,
        "reasons": [redact_secrets(r) for r in value.reasons],
        "method": value.method,
        "note": redact_secrets(value.note),
    }


def evidence_status(review: Review, value: EvidenceValue) -> str:
    """consistent | mismatch against the declared value, by the checks' own judgement
    (`assistant.checks.evidence_judgement.compare_fact`); ungrounded | ambiguous as the chain
    said; unchecked where nothing declared is comparable (a formula input, another scope, a
    blank or approximate answer)."""
    if value.status != "found":
        return value.status
    comparison = compare_fact(review, value) if _known_field(review.catalog, value.field_id) else None
    return comparison.status if comparison is not None else "unchecked"


def _known_field(catalog: Catalog, field_id: str) -> bool:
    return any(f.id == field_id for f in catalog.fields)


# --- the output folder ------------------------------------------------------------------------------


def prefill_document(review: Review) -> dict:
    """The `prefill --format json` contract of a review: every 附件4 row with its declared value
    and the evidence beside it, the other indicators' evidence, the per-file errors. The one
    producer of that JSON (`prefill`, `review`'s prefill.json, `eval`, the workspace's download)."""
    errors = check_report.package_errors(review.package)
    return prefill_report.prefill_payload(review.rows, errors, other_indicators(review))
