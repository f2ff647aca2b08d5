"""The applicant's own 附件4 平台基本情况汇总表, as XLSX (most packages) or DOCX (one).

Owns the sheet/table layout: every 附件4 row in the notice's order, label then value, the
three-year revenue row on three lines. Values come from `declaration.applicant_summary_values`
(the truth values in the applicant's number style, plus planted differences). Must not decide
values.
"""

from __future__ import annotations

import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from eval_sets.generator.declaration import applicant_summary_values
from eval_sets.generator.office import centered, new_document, save_docx, save_xlsx, set_cell
from eval_sets.generator.state import PackageState

_PLAIN_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_TEXT_ROWS = {"联系人手机号"}  # a phone number stays text, or Excel shows 1.38E+10
_HINTS = {
    "序号": "（请根据附件6中平台对应序号填写）",
    "建设时间": "（YYYY.MM.DD-YYYY.MM.DD）",
}


def render_summary(state: PackageState) -> bytes:
    rows = applicant_summary_values(state, state.layout.summary_thousands)
    if state.layout.summary_format == "docx":
        return _docx(rows)
    return _xlsx(rows)


def _xlsx(rows: list[tuple[str, str]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws["A1"] = "附件4  平台基本情况汇总表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:B1")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r, (label, value) in enumerate(rows, start=2):
        ws.cell(row=r, column=1, value=label)
        cell = ws.cell(row=r, column=2, value=value)
        if _PLAIN_NUMBER.match(value) and label not in _TEXT_ROWS:
            # applicants type numbers into numeric cells; the reader then sees a float, not text
            cell.value = float(value) if "." in value else int(value)
            cell.number_format = "0.00" if "." in value else "0"
        for c in (1, 2):
            ws.cell(row=r, column=c).border = border
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="center")
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 70
    return save_xlsx(wb)


def _docx(rows: list[tuple[str, str]]) -> bytes:
    doc = new_document()
    doc.add_paragraph("附件 4")
    centered(doc, "平台基本情况汇总表", 18, True)
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, (label, value) in enumerate(rows):
        cells = table.rows[r].cells
        set_cell(cells[0], label, size=10)
        set_cell(cells[1], value or _HINTS.get(label, ""), size=10)
    return save_docx(doc)
