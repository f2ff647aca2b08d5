"""A worksheet in the evidence viewer: its cells as the workbook shows them — Excel's row numbers
and column letters — with the cited cell marked and its row shaded (issue 16: an XLSX showed
nothing). A workbook has no page images; its pages are its worksheets (pagination "sheets").

A citation opens the rows around the cited one; browsing a sheet without one shows its first rows.
Cell text is masked like every text from a package (`ui.markup.plain`). Draws; decides nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from assistant.core.citations import Citation
from extractors.model import Block, Document, Page
from ui.markup import md, plain

ROWS_AROUND = (6, 14)  # rows shown above and below a cited cell
FIRST_ROWS = 40
_CELL = re.compile(r"^(?P<sheet>.*)!(?P<col>[A-Z]{1,3})(?P<row>\d+)$")
_CITED = "background-color: #fff3b0; font-weight: 600; outline: 2px solid #e0a800;"
_ROW = "background-color: #fffbe6;"


@dataclass(frozen=True)
class SheetGrid:
    sheet: str
    frame: pd.DataFrame  # index: Excel row numbers; columns: Excel column letters
    cited: tuple[int, str] | None  # (row number, column letter) of the cited cell
    total_rows: int


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _position(block: Block) -> tuple[str, int, str] | None:
    """(sheet, Excel row number, column letter) of a cell block."""
    match = _CELL.match(block.locator or "")
    if match:
        return match["sheet"], int(match["row"]), match["col"]
    if block.table_cell is not None:
        return "", block.table_cell.row + 1, _letters(block.table_cell.col)
    return None


def _cited_block(page: Page, citation: Citation | None) -> Block | None:
    if citation is None or citation.page != page.number:
        return None
    if citation.span is not None:
        for block in page.blocks:
            if block.span.start < citation.span.end and citation.span.start < block.span.end:
                return block
    quote = citation.quote.strip()
    if citation.locator:
        exact = next((b for b in page.blocks if b.locator and b.locator == citation.locator), None)
        if exact is not None:
            return exact
    return next((b for b in page.blocks if quote and quote in b.text), None)


def sheet_grid(document: Document, page_number: int | None, citation: Citation | None = None) -> SheetGrid | None:
    page = next((p for p in document.pages if p.number == page_number), None)
    if page is None:
        return None
    cells: dict[tuple[int, str], str] = {}
    sheet = ""
    for block in page.blocks:
        position = _position(block)
        if position is None:
            continue
        sheet = sheet or position[0]
        cells[(position[1], position[2])] = plain(" ".join(block.text.split()))
    if not cells:
        return None
    rows = sorted({row for row, _ in cells})
    columns = sorted({col for _, col in cells}, key=lambda c: (len(c), c))
    cited_block = _cited_block(page, citation)
    cited_position = _position(cited_block) if cited_block is not None else None
    cited = (cited_position[1], cited_position[2]) if cited_position else None
    if cited is not None:
        at = rows.index(cited[0])
        shown = rows[max(0, at - ROWS_AROUND[0]): at + ROWS_AROUND[1] + 1]
    else:
        shown = rows[:FIRST_ROWS]
    frame = pd.DataFrame([[cells.get((row, col), "") for col in columns] for row in shown],
                         index=shown, columns=columns)
    return SheetGrid(sheet=sheet, frame=frame, cited=cited, total_rows=len(rows))


def render(document: Document, citation: Citation) -> None:
    grid = sheet_grid(document, citation.page, citation if citation.quote else None)
    if grid is None:
        st.caption("该工作表没有内容。")
        return
    first, last = grid.frame.index[0], grid.frame.index[-1]
    note = f"第 {first}–{last} 行，共 {grid.total_rows} 行有内容"
    st.caption(f"Excel 工作表“{md(grid.sheet) or citation.page}”的单元格（{note}）"
               + ("；黄色为引文所在单元格" if grid.cited else "") + "：")
    st.table(_styled(grid))


def _styled(grid: SheetGrid):
    cited = grid.cited

    def shade(row: pd.Series) -> list[str]:
        if cited is None or row.name != cited[0]:
            return [""] * len(row)
        return [_CITED if column == cited[1] else _ROW for column in row.index]

    return grid.frame.style.apply(shade, axis=1)
