"""Which family a difference between the form and one evidence fact belongs to: the list's
(count_vs_list), a screenshot's (screenshot_vs_form) or a proof's stated figure
(declared_vs_evidence) — by how the fact was read and what the file is.

A list's rows counted, or its printed total, are the list's; a statistics table's total is a figure
its proof states. A picture (an image, a scanned page, OCR) filed as a screenshot is a screenshot; a
console printed to PDF with its text is a printout (h38), and a figure OCR'd off a scanned report
(评议报告, 检测报告, 审计报告) is the report's figure (h37).

Must not: judge the difference (`evidence_judgement` does) or word findings.
"""

from __future__ import annotations

from assistant.core.evidence import EvidenceValue, from_statistics
from assistant.package.model import FileRole

_LIST_ROLES = {FileRole.device_list, FileRole.certificate_list, FileRole.award_list}
_REPORT_ROLES = {FileRole.audit_report, FileRole.financial_statement, FileRole.test_report, FileRole.certificate_list}


def family_of(review, value: EvidenceValue) -> str:
    if value.method == "list_count":
        # A statistics table's total (「合计 26,850」 of devices by category, its 上海 row) is a
        # figure a proof states; a list's rows counted, or a breakdown against it, is the list's.
        statistics = from_statistics(value) and value.dimension == "total" and not value.component
        return "declared_vs_evidence" if statistics else "count_vs_list"
    member = review.package.file(value.citations[0].file) if value.citations else None
    role = member.role if member is not None else None  # a scanned report's figure is the report's (h37)
    if value.method == "ocr_figure" and role not in _REPORT_ROLES or role is FileRole.screenshot and _pictured(value):
        return "screenshot_vs_form"  # a picture; a console printed to PDF with its text is a printout (h38)
    if role in _LIST_ROLES and value.method not in ("table_row", "ocr_figure"):
        return "count_vs_list"  # a list's printed total; a table of figures in it states them (h34)
    return "declared_vs_evidence"


def _pictured(value) -> bool:  # read off a picture (an image file, a scanned page), not a text layer
    return value.method == "ocr_figure" or any("OCR" in r for r in value.reasons)
