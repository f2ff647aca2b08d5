"""The files a reviewer downloads, with the decisions of the review store applied: the 附件4
汇总表 (xlsx/docx, overrides marked), the HTML review report with a decisions section, the JSON
outputs of the DESIGN.md contracts, the audit export, and a zip of every loaded package's 汇总表.

An applicant's downloads come without the review store (`store=None`): the 汇总表 as pre-filled
and the report without the reviewers' decisions (issue 16: the applicant could download the
reviewers' decisions and audit trail).

Built on demand (download buttons take these functions, not their bytes), so a click elsewhere
never rebuilds an export. Renders through `assistant.reports`; decides nothing.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

from assistant.reports import check_report
from assistant.reports.annotated_export import (
    with_decisions,
    write_annotated_docx,
    write_annotated_xlsx,
)
from assistant.reports.check_report import package_errors
from assistant.reports.html_report import render_html
from assistant.reports.masked_pages import MaskedThumbnails
from assistant.reports.outputs import row_value
from assistant.reports.prefill_document import other_indicators, prefill_document
from assistant.review.model import Review
from assistant.store.interface import ReviewStore

_FILE_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def summary_title(review: Review) -> str:
    name = row_value(review, "平台名称")
    return f"平台基本情况汇总表（{name}）" if name else "平台基本情况汇总表"


def file_stem(review: Review) -> str:
    number = row_value(review, "序号")
    name = _FILE_UNSAFE.sub("_", row_value(review, "平台名称") or review.package.id[:12]).strip("_")
    return f"{int(number):02d}_{name}" if number.isdigit() else name


def _written(writer, suffix: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        writer(path)
        return path.read_bytes()


def _decided(review: Review, store: ReviewStore | None) -> tuple[dict[str, str], list]:
    if store is None:
        return {}, []
    return store.overrides(review.package.id), list(store.current_decisions(review.package.id).values())


def summary_xlsx(review: Review, store: ReviewStore | None) -> bytes:
    overrides, decisions = _decided(review, store)
    return _written(lambda p: write_annotated_xlsx(review.rows, p, summary_title(review), overrides, decisions), ".xlsx")


def summary_docx(review: Review, store: ReviewStore | None) -> bytes:
    overrides, decisions = _decided(review, store)
    return _written(lambda p: write_annotated_docx(review.rows, p, summary_title(review), overrides, decisions), ".docx")


def report_html(review: Review, store: ReviewStore | None, cache_dir: Path,
                passwords: dict[str, str] | None = None) -> bytes:
    thumbnails = MaskedThumbnails(review.package, cache_dir, passwords=passwords)
    html = render_html(review, errors=package_errors(review.package), other_indicators=other_indicators(review),
                       thumbnails=thumbnails)
    if store is None:
        return html.encode("utf-8")
    decisions = store.current_decisions(review.package.id).values()
    return with_decisions(html, decisions, {f.id: f.message for f in review.findings}).encode("utf-8")


def findings_json(review: Review) -> bytes:
    return check_report.check_json(review.findings, package_errors(review.package)).encode("utf-8")


def prefill_json(review: Review) -> bytes:
    return json.dumps(prefill_document(review), ensure_ascii=False, indent=1).encode("utf-8")


def decisions_json(review: Review, store: ReviewStore) -> bytes:
    return json.dumps(store.export_json(review.package.id), ensure_ascii=False, indent=1).encode("utf-8")


def batch_zip(reviews: list[Review], store: ReviewStore) -> bytes:
    """Every review's 汇总表 as xlsx, overrides applied, one zip."""
    buffer = io.BytesIO()
    names: set[str] = set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for review in reviews:
            name = f"{file_stem(review)}_汇总表.xlsx"
            if name in names:
                name = f"{file_stem(review)}_{review.package.id[:8]}_汇总表.xlsx"
            names.add(name)
            archive.writestr(name, summary_xlsx(review, store))
    return buffer.getvalue()
