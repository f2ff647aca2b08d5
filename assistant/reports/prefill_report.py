"""`shenbao prefill` outputs: JSON per DESIGN.md, and XLSX/DOCX shaped like the notice's 附件4.

The exports keep 附件4's two columns (项目, 内容) with the notice's labels in its order, so they
paste into the evaluators' workbook, and add a third column with the source (file, page or
locator) and a status mark. Credentials are masked everywhere (assistant.core.privacy).
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.core.citations import Citation
from assistant.core.privacy import redact_secrets
from assistant.forms.model import PrefillRow

SCHEMA_VERSION = 1
_STATUS_ZH = {"found": "已填", "missing": "缺失", "ambiguous": "来源不一致"}


def citation_payload(citation: Citation) -> dict:
    return {
        "file": citation.file,
        "page": citation.page,
        "locator": citation.locator,
        "quote": redact_secrets(citation.quote),
        "bbox": [citation.bbox.x0, citation.bbox.top, citation.bbox.x1, citation.bbox.bottom] if citation.bbox else None,
        "match": citation.match,
    }


def row_payload(row: PrefillRow) -> dict:
    return {
        "label": row.label,
        "value": redact_secrets(row.value),
        "normalized": row.normalized if not isinstance(row.normalized, str) else redact_secrets(row.normalized),
        "status": row.status,
        "citations": [citation_payload(c) for c in row.citations],
        "evidence": [e if isinstance(e, dict) else json.loads(e.model_dump_json()) for e in row.evidence],
        "note": redact_secrets(row.note),
        "readings": [{"source": r.source, "file": r.file, "value": redact_secrets(r.value),
                      "citations": [citation_payload(c) for c in r.citations]} for r in row.readings],
    }


def prefill_payload(rows: list[PrefillRow], errors: list[dict], other_indicators: list[dict] | None = None) -> dict:
    return {"schema_version": SCHEMA_VERSION, "rows": [row_payload(r) for r in rows],
            "other_indicators": other_indicators or [], "errors": errors}


def source_text(row: PrefillRow) -> str:
    if not row.citations:
        return row.note or "未找到"
    parts = []
    for c in row.citations[:1]:
        where = c.place
        parts.append(f"{c.file} {where}".strip())
    text = "；".join(parts)
    if row.status != "found":
        text += f"（{_STATUS_ZH[row.status]}：{row.note}）" if row.note else f"（{_STATUS_ZH[row.status]}）"
    return redact_secrets(text)


def write_xlsx(rows: list[PrefillRow], path: Path, title: str = "平台基本情况汇总表") -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "附件4"
    sheet.append([title])
    sheet.merge_cells("A1:C1")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(["项目", "内容", "来源（shenbao）"])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    flagged = PatternFill("solid", fgColor="FFF2CC")
    for row in rows:
        sheet.append([row.label, redact_secrets(row.value), source_text(row)])
        if row.status != "found":
            for cell in sheet[sheet.max_row]:
                cell.fill = flagged
            if row.note:
                sheet.cell(sheet.max_row, 2).comment = Comment(redact_secrets(row.note), "shenbao")
    for column, width in (("A", 42), ("B", 50), ("C", 48)):
        sheet.column_dimensions[column].width = width
    for line in sheet.iter_rows(min_row=3):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def write_docx(rows: list[PrefillRow], path: Path, title: str = "平台基本情况汇总表") -> None:
    from docx import Document as Docx
    from docx.shared import Pt

    doc = Docx()
    doc.add_heading("附件4", level=2)
    doc.add_heading(title, level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("项目", "内容", "来源（shenbao）"), strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        cells[0].text = row.label
        cells[1].text = redact_secrets(row.value)
        cells[2].text = source_text(row)
        for paragraph in cells[2].paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(8)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
