"""One full review of a package: the entry point of `shenbao review`, `check`, `prefill`, the batch
and the workspace.

`run_review` loads the package, reads what it declares, extracts what the evidence says (the
offline readers, or the LLM chain when a model is configured: `extractor_for`), sets each 附件4
row's evidence beside its declared value, and runs the checks. The outputs are written by
`assistant.reports.outputs`.

Wiring only: the values come from the prefill, the evidence readers and the checks.
"""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.checks import run_checks
from assistant.core.errors import ShenbaoError
from assistant.core.findings import Finding, sort_findings
from assistant.core.settings import Settings
from assistant.evidence.extractor import EvidenceExtractor, OfflineExtractor
from assistant.package.loader import load_package
from assistant.reports.prefill_document import attach_evidence
from assistant.review.build import build_review
from assistant.review.model import Review

log = logging.getLogger(__name__)


def run_review(package_path: Path, settings: Settings, passwords: dict[str, str] | None = None,
               *, progress=None) -> Review:
    package = load_package(package_path, settings, passwords=passwords, progress=progress)
    extractor = extractor_for(settings)
    review = build_review(package)
    notes: list[Finding] = []
    try:
        review.evidence = list(extractor.extract(review))
    except Exception as exc:  # noqa: BLE001 - a failing chain costs the evidence, not the review
        log.exception("evidence extraction failed")
        notes.append(Finding(rule="internal.evidence_failed", severity="info", fields=(),
                             message=f"证据抽取执行失败（{type(exc).__name__}），本次评审未核对证明材料"))
    review.rows = attach_evidence(review)
    review.findings = sort_findings([*run_checks(review), *notes])
    return review


def extractor_for(settings: Settings) -> EvidenceExtractor:
    """The extractor the settings ask for: the offline readers unless a model is configured
    (`--llm`), then `assistant.llm.evidence.LlmExtractor`, imported only then (LangChain is not
    loaded on the offline path)."""
    if settings.llm == "none":
        return OfflineExtractor()
    try:
        from assistant.llm.evidence import LlmExtractor
    except ImportError as exc:
        raise ShenbaoError(f"已配置大模型（--llm {settings.llm}），但大模型抽取模块不可用：{exc}") from exc
    return LlmExtractor(settings)
