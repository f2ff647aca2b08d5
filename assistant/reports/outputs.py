"""The output folder of `shenbao review` (DESIGN.md contracts: prefill.json, 汇总表.xlsx/.docx,
findings.json, report.html, report.md) and the texts the outputs share (platform name, header).

Must not: compute anything a report shows (the review has it) or read the environment.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.core.settings import Settings
from assistant.core.text_keys import label_key
from assistant.reports import check_report, prefill_report
from assistant.reports.prefill_document import other_indicators, prefill_document
from assistant.review.model import Review

OUTPUT_FILES = ("prefill.json", "汇总表.xlsx", "汇总表.docx", "findings.json", "report.html", "report.md")


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
    key = label_key(label)
    row = next((r for r in review.rows if label_key(r.label) == key), None)
    return row.value if row is not None else ""


def _platform_name(review: Review) -> str:
    return row_value(review, "平台名称")


def header_lines(review: Review) -> list[str]:
    lines = [f"平台名称：{_platform_name(review) or '未识别'}", f"申报单位：{row_value(review, '企业名称') or '未识别'}",
             f"申报材料：{Path(review.package.source).name}（{len(review.package.files)} 个文件）"]
    return lines
