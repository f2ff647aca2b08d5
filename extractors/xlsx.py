"""XLSX → `Document`: one page and one table per worksheet, cells as the user sees them.

附件4 汇总表 and many 申报表 come as Excel files. A cell's text is what Excel shows, not the
stored float: the number format decides "12.34%", "1,234.56", "(1,234.56)", "0.00"万元"" and dates
read YYYY-MM-DD; cached formula values are used (data_only), never formulas. Merged ranges are
resolved like DOCX tables (text once, top-left). A sheet is the workbook's page: `number` is its
1-based position in the workbook (`pagination="sheets"`) and the locator is "Sheet1!B7". Hidden
sheets, rows and columns are read, and their blocks say so. The number formats themselves are
rendered in `extractors.xlsx_format`; the text of pictures placed on a sheet is OCR'd in
`extractors.xlsx_pictures` and follows the sheet's cells.

This module must not know what a row label means.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from extractors.checkboxes import has_boxes, normalise_boxes, read_checkboxes
from extractors.errors import ReadError, file_error
from extractors.health import assess_page
from extractors.model import (
    EXTRACTOR_VERSION,
    Block,
    Document,
    ErrorCode,
    FileError,
    ImageRef,
    Page,
    Span,
    Table,
    TableCell,
)
from extractors.ooxml import check_package
from extractors.options import ReadOptions
from extractors.xlsx_format import format_cell
from extractors.xlsx_pictures import limit_pictures, sheet_pictures, with_picture_text

# openpyxl's full mode keeps every cell object (~1 KB each); beyond this much XML the workbook
# is read in streaming mode, which cannot report merged ranges (their text still appears once:
# only the top-left cell of a merge holds a value).
_STREAMING_BYTES = 50 * 1024 * 1024
_MAX_GRID_CELLS = 2_000_000


@dataclass(frozen=True)
class _Cell:
    row: int
    col: int
    text: str
    hidden: tuple[str, ...]


def read_xlsx(path: Path, *, doc_id: str, display_path: str, options: ReadOptions) -> Document:
    check_package(path, options)
    streaming = _xml_bytes(path) > _STREAMING_BYTES
    try:
        workbook = openpyxl.load_workbook(
            path, data_only=True, read_only=streaming, keep_links=False
        )
    except Exception as exc:  # noqa: BLE001 - openpyxl raises anything on a broken package
        raise ReadError(ErrorCode.corrupt, type(exc).__name__) from exc
    try:
        return _read_workbook(workbook, doc_id, display_path, options, streaming)
    finally:
        workbook.close()


def _xml_bytes(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        return sum(i.file_size for i in archive.infolist() if i.filename.endswith(".xml"))


def _read_workbook(
    workbook, doc_id: str, display_path: str, options: ReadOptions, streaming: bool
) -> Document:
    pages: list[Page] = []
    tables: list[Table] = []
    images: list[ImageRef] = []
    errors: list[FileError] = []
    hidden_sheets: list[str] = []
    sheets = workbook.worksheets
    if len(sheets) > options.max_pages:
        errors.append(file_error(ErrorCode.too_many_pages, f"{len(sheets)} 个工作表", fatal=False))
        sheets = sheets[: options.max_pages]
    sheet_cells = [list(_sheet_cells(sheet, streaming)) for sheet in sheets]
    # Excel forms tick options with the same glyphs as Word forms ("■公有云 □私有云").
    marks = any(has_boxes(c.text) for cells in sheet_cells for c in cells)
    pictures = limit_pictures([sheet_pictures(sheet) for sheet in sheets]) if options.ocr else [[] for _ in sheets]
    for index, (sheet, cells) in enumerate(zip(sheets, sheet_cells, strict=True)):
        if sheet.sheet_state != "visible":
            hidden_sheets.append(sheet.title)
        cells = [replace(c, text=normalise_boxes(c.text, marks_are_boxes=marks)) for c in cells]
        merged = [] if streaming else _merged_ranges(sheet)
        table, blocks, error = _sheet_table(doc_id, index, sheet.title, cells, merged)
        if error:
            errors.append(error)
        tables.append(table)
        sheet_images = _sheet_images(sheet, index + 1)
        images.extend(sheet_images)
        text = "\n".join(b.text for b in blocks)
        page = Page(
            number=index + 1,
            text=text,
            health=assess_page(text, ink_share=None),
            blocks=tuple(blocks),
            source="xlsx",
            image_count=len(sheet_images),
        )
        page, picture_errors = with_picture_text(page, pictures[index], doc_id, options)
        errors.extend(picture_errors)
        pages.append(page)
    metadata = {"sheets": ",".join(s.title for s in workbook.worksheets)}
    if hidden_sheets:
        metadata["hidden_sheets"] = ",".join(hidden_sheets)
    if streaming:
        metadata["merged_ranges"] = "unknown (streaming read of a large workbook)"
    if not pages:
        errors.append(file_error(ErrorCode.no_text, "工作簿中没有工作表"))
    elif not any(p.text for p in pages):
        errors.append(file_error(ErrorCode.no_text, "所有工作表均为空", fatal=False))
    return Document(
        id=doc_id,
        path=display_path,
        format="xlsx",
        pagination="sheets",
        pages=tuple(pages),
        tables=tuple(tables),
        images=tuple(images),
        errors=tuple(errors),
        metadata=metadata,
        extractor_version=EXTRACTOR_VERSION,
    )


def _hidden_lines(sheet) -> tuple[set[int], set[int]]:
    rows = {r for r, dim in sheet.row_dimensions.items() if dim.hidden}
    cols: set[int] = set()
    for dim in sheet.column_dimensions.values():
        if dim.hidden and dim.min and dim.max:
            cols.update(range(dim.min, min(dim.max, dim.min + 16384) + 1))
    return rows, cols


def _sheet_cells(sheet, streaming: bool) -> Iterator[_Cell]:
    sheet_hidden = ("hidden_sheet",) if sheet.sheet_state != "visible" else ()
    if streaming:
        for row in sheet.iter_rows():
            for cell in row:
                text = format_cell(
                    getattr(cell, "value", None), getattr(cell, "number_format", "General")
                )
                if text:
                    yield _Cell(cell.row, cell.column, text, sheet_hidden)
        return
    hidden_rows, hidden_cols = _hidden_lines(sheet)
    # sheet._cells holds only the cells present in the file; the public iterators walk the whole
    # used rectangle, which a formatted-but-empty sheet claims as 1,048,576 rows.
    for (row, col), cell in sorted(sheet._cells.items()):
        text = format_cell(cell.value, cell.number_format)
        if not text:
            continue
        reasons = list(sheet_hidden)
        if row in hidden_rows:
            reasons.append("hidden_row")
        if col in hidden_cols:
            reasons.append("hidden_col")
        if _white_text(cell):
            reasons.append("white")
        yield _Cell(row, col, text, tuple(reasons))


def _white_text(cell) -> bool:
    color = cell.font.color if cell.font is not None else None
    if color is None or color.type != "rgb" or str(color.rgb).upper() != "FFFFFFFF":
        return False
    fill = cell.fill
    return fill is None or fill.fill_type in (None, "none")


def _merged_ranges(sheet) -> list[tuple[int, int, int, int]]:
    return [(r.min_row, r.min_col, r.max_row, r.max_col) for r in sheet.merged_cells.ranges]


def _sheet_table(
    doc_id: str, index: int, title: str, cells: list[_Cell], merged: list[tuple[int, int, int, int]]
) -> tuple[Table, list[Block], FileError | None]:
    if not cells:
        return Table(index=index, page_number=index + 1, rows=(), locator=title), [], None
    anchors = {(c.row, c.col) for c in cells}
    spans = {
        (r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in merged if (r0, c0) in anchors
    }
    top = min(c.row for c in cells)
    left = min(c.col for c in cells)
    bottom = max([c.row for c in cells] + [r + s[0] - 1 for (r, _), s in spans.items()])
    right = max([c.col for c in cells] + [c + s[1] - 1 for (_, c), s in spans.items()])
    n_cols = right - left + 1
    n_rows = bottom - top + 1
    error = None
    if n_rows * n_cols > _MAX_GRID_CELLS:
        n_rows = max(1, _MAX_GRID_CELLS // n_cols)
        error = file_error(
            ErrorCode.too_large, f"工作表“{title}”过大，只读取前 {n_rows} 行", fatal=False
        )
        cells = [c for c in cells if c.row < top + n_rows]
    grid = [[""] * n_cols for _ in range(n_rows)]
    blocks: list[Block] = []
    offset = 0
    merged_out: list[tuple[int, int, int, int]] = []
    for cell in cells:
        r, c = cell.row - top, cell.col - left
        grid[r][c] = cell.text
        row_span, col_span = spans.get((cell.row, cell.col), (1, 1))
        row_span = min(row_span, n_rows - r)
        if row_span > 1 or col_span > 1:
            merged_out.append((r, c, row_span, col_span))
        coordinate = f"{get_column_letter(cell.col)}{cell.row}"
        blocks.append(
            Block(
                id=f"{doc_id[:12]}:s{index + 1}:b{len(blocks)}",
                kind="table_cell",
                text=cell.text,
                span=Span(start=offset, end=offset + len(cell.text)),
                table_cell=TableCell(
                    table_index=index, row=r, col=c, row_span=row_span, col_span=col_span
                ),
                locator=f"{title}!{coordinate}",
                hidden=cell.hidden,
                checkboxes=read_checkboxes(cell.text),
            )
        )
        offset += len(cell.text) + 1
    table = Table(
        index=index,
        page_number=index + 1,
        rows=tuple(tuple(row) for row in grid),
        merged=tuple(merged_out),
        locator=title,
    )
    return table, blocks, error


def _sheet_images(sheet, number: int) -> list[ImageRef]:
    refs: list[ImageRef] = []
    for drawing in [*getattr(sheet, "_images", []), *getattr(sheet, "_charts", [])]:
        try:
            marker = drawing.anchor._from
            where = f"{sheet.title}!{get_column_letter(marker.col + 1)}{marker.row + 1}"
        except AttributeError:
            where = sheet.title
        refs.append(ImageRef(page_number=number, locator=where))
    return refs
