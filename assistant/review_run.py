"""One full review of a package, and its output folder: the entry point of `shenbao review`.

`run_review` loads the package, reads what it declares, extracts what the evidence says (the
extractor of `assistant.evidence_chain`, imported lazily: without it the review runs with no
evidence and says so in an `info` finding), sets each 附件4 row's evidence beside its declared
value, and runs the checks. `write_review` writes every output of the DESIGN.md contracts into
one folder.

Wiring only: the values come from the prefill, the evidence chains and the checks; the per-row
evidence status is the checks' own consistency judgement (`assistant.checks.evidence_judgement`),
so a row and a finding cannot disagree about the same pair of values.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

from assistant.catalog import Catalog, SummaryRow, normalize_label
from assistant.evidence import EvidenceValue
from assistant.findings import Finding, sort_findings
from assistant.package import load_package
from assistant.prefill import PrefillRow
from assistant.privacy import redact_secrets
from assistant.reports import check_report, prefill_report
from assistant.review import Review, build_review
from assistant.settings import Settings

log = logging.getLogger(__name__)

OUTPUT_FILES = ("prefill.json", "汇总表.xlsx", "汇总表.docx", "findings.json", "report.html", "report.md")


def run_review(package_path: Path, settings: Settings, passwords: dict[str, str] | None = None,
               *, progress=None) -> Review:
    from assistant.checks import run_checks

    package = load_package(package_path, settings, passwords=passwords, progress=progress)
    extractor, notes = evidence_extractor(settings)
    review = build_review(package)
    if extractor is not None:
        try:
            review.evidence = list(extractor(review))
        except Exception as exc:  # noqa: BLE001 - a failing chain costs the evidence, not the review
            log.exception("evidence extraction failed")
            notes.append(_note("internal.evidence_failed",
                               f"证据抽取执行失败（{type(exc).__name__}），本次评审未核对证明材料"))
    if not any(row.evidence for row in review.rows):
        review.rows = attach_evidence(review)
    review.findings = sort_findings([*run_checks(review), *notes])
    return review


def evidence_extractor(settings: Settings) -> tuple[Callable[[Review], list[EvidenceValue]] | None, list[Finding]]:
    """The configured evidence extractor as `review -> [EvidenceValue]`, or None with a note."""
    try:
        from assistant.evidence_chain import extractor_for
    except ImportError as exc:
        log.info("assistant.evidence_chain unavailable: %s", exc)
        return None, [_note("internal.evidence_unavailable",
                            "证据抽取模块不可用，本次评审未核对证明材料（仅检查申报表本身）")]
    extractor = extractor_for(settings)
    if not callable(extractor) and hasattr(extractor, "extract"):
        extractor = extractor.extract
    return extractor, []


def _note(rule: str, message: str) -> Finding:
    return Finding(rule=rule, severity="info", fields=(), message=message)


# --- evidence beside the declared values ------------------------------------------------------------


def attach_evidence(review: Review) -> list[PrefillRow]:
    """Each 附件4 row with the evidence of the fields that feed it (prefill JSON `evidence`), each
    judged against the declared value by the one consistency judgement of the checks."""
    by_order: dict[int, list[dict]] = {}
    for value in review.evidence:
        row = summary_row_for(value, review.catalog)
        if row is not None:
            by_order.setdefault(row.order, []).append(evidence_entry(review, value))
    return [r.model_copy(update={"evidence": tuple(by_order.get(r.order, ()))}) for r in review.rows]


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
    from assistant.checks.evidence_judgement import compare_fact

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


def summary_title(review: Review) -> str:
    platform = _platform_name(review)
    return f"平台基本情况汇总表（{platform}）" if platform else "平台基本情况汇总表"


def write_review(review: Review, outdir: Path, *, settings: Settings | None = None,
                 passwords: dict[str, str] | None = None) -> dict[str, Path]:
    """Writes OUTPUT_FILES into `outdir`; thumbnails are cached in the settings' workspace."""
    outdir.mkdir(parents=True, exist_ok=True)
    errors = check_report.package_errors(review.package)
    paths = {name: outdir / name for name in OUTPUT_FILES}
    paths["prefill.json"].write_text(json.dumps(prefill_document(review), ensure_ascii=False, indent=1),
                                     encoding="utf-8")
    title = summary_title(review)
    prefill_report.write_xlsx(review.rows, paths["汇总表.xlsx"], title)
    prefill_report.write_docx(review.rows, paths["汇总表.docx"], title)
    paths["findings.json"].write_text(check_report.check_json(review.findings, errors), encoding="utf-8")
    paths["report.md"].write_text(review_markdown(review), encoding="utf-8")
    paths["report.html"].write_text(review_html(review, settings=settings, passwords=passwords), encoding="utf-8")
    return paths


def review_markdown(review: Review) -> str:
    """`check --format md` and report.md."""
    return check_report.check_markdown(review.findings, check_report.package_errors(review.package),
                                       preamble=header_lines(review), catalog=review.catalog)


def review_html(review: Review, *, settings: Settings | None = None, passwords: dict[str, str] | None = None) -> str:
    """`check --format html` and report.html; page thumbnails cached in the workspace."""
    from assistant.reports.html_report import render_html
    from assistant.reports.masked_pages import MaskedThumbnails

    workspace = (settings or Settings()).workspace
    # Masked: a rendered page shows the 平台网址 login printed on it; the report must not.
    thumbnails = MaskedThumbnails(review.package, workspace / "cache" / "thumbnails", passwords=passwords)
    return render_html(review, errors=check_report.package_errors(review.package),
                       other_indicators=other_indicators(review), thumbnails=thumbnails)


def row_value(review: Review, label: str) -> str:
    key = normalize_label(label)
    row = next((r for r in review.rows if normalize_label(r.label) == key), None)
    return row.value if row is not None else ""


def _platform_name(review: Review) -> str:
    return row_value(review, "平台名称")


def header_lines(review: Review) -> list[str]:
    lines = [f"平台名称：{_platform_name(review) or '未识别'}", f"申报单位：{row_value(review, '企业名称') or '未识别'}",
             f"申报材料：{Path(review.package.source).name}（{len(review.package.files)} 个文件）"]
    return lines
