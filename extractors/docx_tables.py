"""The geometry of a Word table: which `w:tc` sits at which grid position and what it spans.

python-docx's `table.cell(r, c)` returns the same cell for every position a merged cell covers,
so reading it cell by cell repeats a merged cell's text; the 申报表's big merged-cell tables would
cite one value several times. Here the XML is walked instead (ECMA-376 §17.4: `w:gridBefore`,
`w:gridAfter`, `w:gridSpan`, `w:vMerge`), so each cell has one top-left position and a span.
Ragged rows (Unstructured-IO tables-with-incomplete-rows.docx) simply leave grid positions empty.

This module knows positions only; the text of a cell is the DOCX reader's business.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WRAPPERS = (f"{W}sdt", f"{W}customXml")
# A hostile gridSpan of 10**9 must not allocate a billion columns (Word itself caps at 63).
_MAX_SPAN = 64
_MAX_COLS = 1000


@dataclass(frozen=True)
class PlacedCell:
    row: int
    col: int
    row_span: int
    col_span: int
    tc: etree._Element
    # Cells a vertical merge continues through. Word leaves them empty, but other writers put
    # text there; it is read after the first cell's so nothing is lost.
    continued: tuple[etree._Element, ...] = ()


@dataclass(frozen=True)
class TableLayout:
    n_rows: int
    n_cols: int
    cells: tuple[PlacedCell, ...]  # in document order: row by row, left to right


def _unwrap(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children named `tag`, looking through content controls and custom XML that wrap them."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _unwrap(content, tag)
        elif child.tag in _WRAPPERS:
            yield from _unwrap(child, tag)


def _int_val(parent: etree._Element | None, path: str, default: int) -> int:
    if parent is None:
        return default
    node = parent.find(path)
    if node is None:
        return default
    try:
        return max(0, min(int(node.get(f"{W}val", default)), _MAX_SPAN))
    except ValueError:
        return default


def _vmerge(tc: etree._Element) -> str | None:
    """ "restart", "continue" or None. A bare <w:vMerge/> means continue (§17.4.85)."""
    node = tc.find(f"{W}tcPr/{W}vMerge")
    if node is None:
        return None
    return "restart" if node.get(f"{W}val") == "restart" else "continue"


def layout_table(tbl: etree._Element) -> TableLayout:
    """Place every cell of `tbl` on the grid; a vertical merge becomes one cell with row_span."""
    spans: list[list[int]] = []  # [row, col, row_span, col_span] per cell, mutable while merging
    elements: list[etree._Element] = []
    continued: list[list[etree._Element]] = []
    open_merges: dict[int, int] = {}  # start column -> index of the cell a vMerge continues
    n_cols = 0
    rows = list(_unwrap(tbl, f"{W}tr"))
    for r, tr in enumerate(rows):
        tr_pr = tr.find(f"{W}trPr")
        col = _int_val(tr_pr, f"{W}gridBefore", 0)
        still_open: dict[int, int] = {}
        for tc in _unwrap(tr, f"{W}tc"):
            span = max(1, _int_val(tc.find(f"{W}tcPr"), f"{W}gridSpan", 1))
            if col >= _MAX_COLS:
                break
            merge = _vmerge(tc)
            if merge == "continue" and col in open_merges:
                index = open_merges[col]
                spans[index][2] = r - spans[index][0] + 1
                continued[index].append(tc)
                still_open[col] = index
            else:
                # A "continue" with nothing above it is malformed: keep it as its own cell so no
                # text is lost.
                spans.append([r, col, 1, span])
                elements.append(tc)
                continued.append([])
                if merge == "restart":
                    still_open[col] = len(spans) - 1
            col += span
        open_merges = still_open
        n_cols = max(n_cols, min(col + _int_val(tr_pr, f"{W}gridAfter", 0), _MAX_COLS))
    cells = tuple(
        PlacedCell(row=s[0], col=s[1], row_span=s[2], col_span=s[3], tc=tc, continued=tuple(more))
        for s, tc, more in zip(spans, elements, continued, strict=True)
    )
    return TableLayout(n_rows=len(rows), n_cols=n_cols, cells=cells)


def iter_cell_children(tc: etree._Element) -> Iterator[etree._Element]:
    """The paragraphs and nested tables of a cell, in order, through content controls."""
    for child in tc:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None and child.find(f"{W}sdtPr/{W}showingPlcHdr") is None:  # not a placeholder
                yield from iter_cell_children(content)
        elif child.tag == f"{W}customXml":
            yield from iter_cell_children(child)
