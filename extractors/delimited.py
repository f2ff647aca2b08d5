"""CSV / TSV exports → `Document`: one sheet, one table, as a workbook with one worksheet.

Platform back ends export their registries and logs as CSV (UTF-8 with or without BOM, GBK from
Chinese Excel, UTF-16 from some tools; comma, semicolon or tab between fields). The file is read
as the one worksheet of a workbook (`format="csv"`, `pagination="sheets"`, page 1), its cells as
written (no type conversion: 「0012」 stays as it is), the locator spreadsheet-style
("sheet!B7", the sheet named after the file). Quoted fields with commas and line breaks are kept
whole; a row shorter than the header is padded with empty cells.

This module must not know what a column means.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl.utils import get_column_letter

from extractors.errors import ReadError, file_error
from extractors.health import assess_page
from extractors.model import (
    EXTRACTOR_VERSION,
    Block,
    Document,
    ErrorCode,
    Page,
    Span,
    Table,
    TableCell,
)
from extractors.options import ReadOptions
from extractors.plaintext import decode_text

_MAX_CELLS = 2_000_000


def read_delimited(path: Path, *, doc_id: str, display_path: str, options: ReadOptions) -> Document:
    data = path.read_bytes()
    if len(data) > options.max_file_bytes:
        raise ReadError(ErrorCode.too_large, f"{len(data) / 1e6:.1f} MB")
    text, encoding = decode_text(data)
    if not text.strip():
        raise ReadError(ErrorCode.empty_file)
    dialect = _dialect(text, tab=path.suffix.lower() == ".tsv")
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    rows = [row for row in rows if any(row)]
    errors = []
    width = max((len(r) for r in rows), default=0)
    if rows and len(rows) * width > _MAX_CELLS:
        keep = max(1, _MAX_CELLS // width)
        errors.append(file_error(ErrorCode.too_large, f"只读取前 {keep} 行", fatal=False))
        rows = rows[:keep]
    sheet = Path(display_path).stem or "Sheet1"
    grid = [row + [""] * (width - len(row)) for row in rows]
    blocks: list[Block] = []
    offset = 0
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if not value:
                continue
            blocks.append(Block(id=f"{doc_id[:12]}:s1:b{len(blocks)}", kind="table_cell", text=value,
                                span=Span(start=offset, end=offset + len(value)),
                                table_cell=TableCell(table_index=0, row=r, col=c, row_span=1, col_span=1),
                                locator=f"{sheet}!{get_column_letter(c + 1)}{r + 1}"))
            offset += len(value) + 1
    page_text = "\n".join(b.text for b in blocks)
    if not blocks:
        errors.append(file_error(ErrorCode.no_text, fatal=False))
    return Document(
        id=doc_id, path=display_path, format="csv", pagination="sheets",
        pages=(Page(number=1, text=page_text, health=assess_page(page_text, ink_share=None),
                    blocks=tuple(blocks), source="text"),),
        tables=(Table(index=0, page_number=1, rows=tuple(tuple(r) for r in grid), locator=sheet),),
        errors=tuple(errors), metadata={"encoding": encoding, "sheets": sheet, "delimiter": dialect.delimiter},
        extractor_version=EXTRACTOR_VERSION)


def _dialect(text: str, *, tab: bool) -> type[csv.Dialect] | csv.Dialect:
    if tab:
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        return csv.excel
