"""Rows of an evidence document — a label and its cells, each cell citable — whatever the page was.

Financial statements and lists are read row by row. The same row comes in four shapes: a ruled
PDF table (pdfplumber cells with exact boxes), a line of a PDF without ruling lines ("营业收入
68,617,000.00 58,043,000.00": cells are the whitespace-separated tokens), OCR boxes on one visual
line of a scan, and a DOCX/XLSX table row. `document_rows` gives them all as `Row`s in reading
order, and every cell carries a `Citation` whose quote is the exact page text (span into
`Page.text`), so an evidence value is cited to file + page + quote (+ bbox) by construction.

Owns: building rows and citing their cells. Must not: know statements, indicators or units.
"""

from __future__ import annotations

import math
import re
import unicodedata
import weakref
from dataclasses import dataclass, replace
from typing import Literal

from assistant.core.citations import Citation, cite_blocks
from assistant.evidence.nested_cells import nested_lines
from assistant.evidence.ocr_layout import (
    two_up,
    without_sheet_chrome,
    without_watermark,
)
from assistant.evidence.visible import unseen
from assistant.forms.grid import cite_text
from assistant.values.numbers import unit_from_header
from extractors.model import BBox, Block, Document, Page, Span, Table

_TEXT_KINDS = ("line", "paragraph", "heading", "ocr_line")


@dataclass(frozen=True)
class RowCell:
    text: str
    citation: Citation | None  # None for an empty cell
    column: int | None = None  # 0-based table column; None for a token of a text line


def table_of(document: Document, index: int | None) -> Table | None:
    """The document's table of that `Table.index` (a binder's part holds only its pages' tables, so a
    table's index is no position in `document.tables`)."""
    return next((t for t in document.tables if t.index == index), None) if index is not None else None


@dataclass(frozen=True)
class Row:
    page: Page
    cells: tuple[RowCell, ...]  # left to right, label cell(s) first
    source: Literal["table", "line"]
    table_index: int | None = None
    cited: Citation | None = None  # the row's citation when its cells do not stand on one line (a turned table's key)

    @property
    def page_number(self) -> int | None:
        return self.page.number

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.cells if c.text)

    def span_citation(self, first: Citation | None, last: Citation | None) -> Citation | None:
        """`first` through `last` as one citation when they are one stretch of one line of this
        row's page (label + value: "一、营业收入 68,617,000.00"); else `last` alone."""
        if first is None or last is None or first is last:
            return last or first
        same = (first.file, first.page, first.doc_id) == (last.file, last.page, last.doc_id)
        if not same or first.span is None or last.span is None or first.span.start >= last.span.start:
            return last
        start, end = first.span.start, last.span.end
        quote = self.page.text[start:end]
        if "\n" in quote:
            return last
        bbox = first.bbox.union(last.bbox) if first.bbox and last.bbox else (first.bbox or last.bbox)
        return Citation(file=first.file, page=first.page, locator=first.locator, quote=quote,
                        span=Span(start=start, end=end), bbox=bbox, match=first.match, doc_id=first.doc_id)

    @property
    def citation(self) -> Citation | None:
        """The row as one citation: all of it when it is one line, else its first line (a list
        row whose name or 颁发单位 wraps is cited by the line with its 序号)."""
        if self.cited is not None:
            return self.cited
        cited = [c.citation for c in self.cells if c.citation is not None and c.citation.span is not None]
        if not cited:
            return next((c.citation for c in self.cells if c.citation is not None), None)
        first = cited[0]
        whole = self.span_citation(first, cited[-1])
        if whole is not None and whole is not cited[-1]:
            return whole
        if self.source == "table" and (multi := self._multiline(cited)) is not None:
            return multi
        line_end = self.page.text.find("\n", first.span.start)
        line_end = len(self.page.text) if line_end < 0 else line_end
        on_line = [c for c in cited if c.span.end <= line_end and c.page == first.page and c.file == first.file]
        return self.span_citation(first, on_line[-1]) if on_line else first

    def _multiline(self, cited: list[Citation]) -> Citation | None:
        """A table row whose cells wrap: one citation over its lines, if every line in that
        stretch of page text lies within the row's cells (nothing of a neighbouring row)."""
        boxes = [c.bbox for c in cited if c.bbox is not None]
        if len(boxes) != len(cited) or len({(c.file, c.page) for c in cited}) != 1:
            return None
        start, end = min(c.span.start for c in cited), max(c.span.end for c in cited)
        top, bottom = min(b.top for b in boxes), max(b.bottom for b in boxes)
        for block in self.page.blocks:
            if block.span.start < end and block.span.end > start and block.bbox is not None:
                centre = (block.bbox.top + block.bbox.bottom) / 2
                if not top <= centre <= bottom:
                    return None
        bbox = boxes[0]
        for box in boxes[1:]:
            bbox = bbox.union(box)
        first = cited[0]
        return Citation(file=first.file, page=first.page, locator=first.locator, quote=self.page.text[start:end],
                        span=Span(start=start, end=end), bbox=bbox, match=first.match, doc_id=first.doc_id)


def unfold_side_by_side(rows: list[Row], is_label) -> list[Row]:
    """A table that prints two tables side by side (资产负债表项目 | 期末数 | 期初数 | 利润表项目 |
    本年数 | 上年数) as the two tables it holds, the left one first. A table is split where its
    first row names a label column (`is_label`) again, right of a first one."""
    out: list[Row] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        labels = [c.column for c in row.cells if row.source == "table" and c.column is not None and is_label(c.text)]
        if len(labels) < 2 or labels[0] != min(c.column for c in row.cells if c.column is not None) or labels[1] < 2:
            out.append(row)
            index += 1
            continue
        end = index
        while end < len(rows) and rows[end].source == "table" and (rows[end].page.number, rows[end].table_index) \
                == (row.page.number, row.table_index):
            end += 1
        split = labels[1]
        for keep in (lambda column: column < split, lambda column: column >= split):
            out += [replace(r, cells=tuple(c for c in r.cells if c.column is not None and keep(c.column)))
                    for r in rows[index:end]]
        index = end
    return out


# The rows of each document read so far, by the document object (its weak reference evicts the entry):
# a dozen readers walk the same proof, and building its rows is most of what they cost.
_READ: dict[int, tuple[weakref.ref, tuple[Row, ...]]] = {}


def document_rows(document: Document) -> list[Row]:
    """Every row of the document in reading order (page by page, top to bottom); built once per
    document object, a fresh list each call."""
    key = id(document)
    known = _READ.get(key)
    if known is not None and known[0]() is document:
        return list(known[1])
    rows = _build_rows(document)
    _READ[key] = (weakref.ref(document, lambda _ref, key=key: _READ.pop(key, None)), tuple(rows))
    return rows


def _build_rows(document: Document) -> list[Row]:
    if document.format in ("docx", "xlsx", "csv"):
        return _office_rows(document)
    rows: list[Row] = []
    for page in document.pages:
        tables = [t for t in document.tables if t.page_number == page.number and page.source != "ocr"]
        if page.source == "ocr":
            rows += _ocr_rows(document, page, page.blocks)
            continue
        placed: list[tuple[float, Row]] = []
        for table in tables:
            placed += _pdf_table_rows(document, page, table)
        for block in page.blocks:
            if (block.kind in _TEXT_KINDS and block.kind != "ocr_line" and block.text.strip()
                    and not unseen(block) and not _inside_any(block, tables)):
                placed.append((block.bbox.top if block.bbox else 0.0, _line_row(document, page, [block])))
        # The text of pictures on a text page (a screenshot under its caption), OCR'd by the
        # reader: its boxes form visual lines as on a scanned page.
        pictures = [b for b in page.blocks if b.kind == "ocr_line"]
        placed += [(row.cells[0].citation.bbox.top if row.cells and row.cells[0].citation and
                    row.cells[0].citation.bbox else 0.0, row) for row in _ocr_rows(document, page, pictures)]
        rows += [row for _top, row in sorted(placed, key=lambda item: item[0])]
    return rows


# --- text lines ----------------------------------------------------------------------------------

def _tokens(text: str) -> list[tuple[int, int]]:
    spans, start = [], None
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "\u3000":
            if start is not None:
                spans.append((start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        spans.append((start, len(text)))
    return spans


def cite_in_block(document: Document, page: Page, block: Block, start: int, end: int,
                  bbox: BBox | None = None) -> Citation:
    """`block.text[start:end]` as a citation (an explicit offset: the same token may occur twice)."""
    return Citation(file=document.path, page=page.number, locator=block.locator, quote=block.text[start:end],
                    span=Span(start=block.span.start + start, end=block.span.start + end),
                    bbox=bbox or block.bbox, doc_id=document.id)


# A number's footnote mark: 「11,026.74¹」, 「612.35注」, 「1,234*」, 「2,315.62（注2）」 — the note is below the table.
_FOOTNOTE_MARK = re.compile(r"^(?P<n>[(（]?[-−－]?\d[\d,]*(?:\.\d+)?[)）]?%?)\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*＊※†‡]+|注\s*\d?|[(（]注\s*\d?[)）])$")


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?%?")


def unmarked(text: str) -> str:
    """A cell's number as printed: without the footnote mark after it, and joined where a narrow
    cell wrapped it (「1,2」 over 「64」 is 1,264, 「82,365,676.1」 over 「0」 is 82,365,676.10); any other
    text as it is."""
    pieces = text.split()
    if len(pieces) == 2 and _GROUPED.fullmatch(joined := "".join(pieces)) and not _GROUPED.fullmatch(pieces[0]) \
            and "," in pieces[0]:  # the first piece cut inside a group of three: one number, not two
        return joined
    if len(pieces) == 2 and "\n" in text and re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d", pieces[0]) \
            and re.fullmatch(r"\d", pieces[1]):  # cut inside the fen: 「82,365,676.1」 over 「0」 (h75)
        return joined
    found = _FOOTNOTE_MARK.match(text.strip())
    return found["n"] if found else text


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _spaced_words(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """A letter-spaced word (「项 目」, 「合 计」, 「科　目」: two to four single characters a space or
    two apart) is one token."""
    def single(span: tuple[int, int]) -> bool:
        return span[1] - span[0] == 1 and bool(_HAN.match(text[span[0]]))

    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and single(span) and single(runs[-1][-1]) and span[0] - runs[-1][-1][1] <= 3:
            runs[-1].append(span)
        else:
            runs.append([span])
    out: list[tuple[int, int]] = []
    for run in runs:
        out += [(run[0][0], run[-1][1])] if 2 <= len(run) <= 4 else run
    return out


def _line_row(document: Document, page: Page, blocks: list[Block]) -> Row:
    cells = []
    for block in blocks:
        for start, end in _spaced_words(_tokens(block.text), block.text):
            word = re.sub(r"[\s\u3000]+", "", block.text[start:end])  # 「项 目」 is 项目
            cells.append(RowCell(unmarked(word), cite_in_block(document, page, block, start, end)))
    return Row(page=page, cells=tuple(cells), source="line")


def _ocr_rows(document: Document, page: Page, blocks) -> list[Row]:
    """OCR boxes on one visual line form a row (`visual_lines`), a watermark's pieces left out; on a
    sheet of two pages scanned side by side, the left page's rows first, then the right's (`two_up`)."""
    blocks = without_watermark(blocks)
    return [_line_row(document, page, line) for half in two_up(page, blocks)
            for line in without_sheet_chrome(visual_lines(page, half))]


def visual_lines(page: Page, blocks) -> list[list[Block]]:
    """OCR boxes on one visual line (vertical centres within half a line height), top to bottom,
    each line left to right; on a photo taken askew (`Page.skew`) the centres are compared along
    the lines' slope."""
    boxes = [b for b in blocks if b.bbox is not None and b.text.strip()]
    slope = math.tan(math.radians(page.skew))

    def level(b: Block) -> float:  # the centre's height where the line it is on meets the left edge
        return (b.bbox.top + b.bbox.bottom) / 2 - slope * (b.bbox.x0 + b.bbox.x1) / 2

    lines: list[list[Block]] = []
    for block in sorted(boxes, key=level):
        centre = level(block)
        height = (block.bbox.bottom - block.bbox.top) / math.sqrt(1 + slope * slope)
        if lines:
            last = lines[-1]
            last_centre = sum(level(b) for b in last) / len(last)
            if abs(centre - last_centre) < max(height, 1.0) * 0.5:
                last.append(block)
                continue
        lines.append([block])
    return [sorted(line, key=lambda b: b.bbox.x0) for line in lines]


def under_heads(heads: list[RowCell], cells: list[RowCell]) -> list[int | None] | None:
    """For each cell of an unruled line (a scan's OCR boxes, a text PDF's tokens), the index of the
    header cell it stands under — the nearest centre — or None when it is farther from every head
    than their spacing. None overall when a box is missing or two cells fall under one head."""
    boxes = [h.citation.bbox if h.citation is not None else None for h in heads]
    if not heads or any(b is None for b in boxes) or any(c.citation is None or c.citation.bbox is None for c in cells):
        return None
    centres = [(b.x0 + b.x1) / 2 for b in boxes]
    reach = max([b - a for a, b in zip(centres, centres[1:], strict=False)] + [boxes[0].x1 - boxes[0].x0])
    out: list[int | None] = []
    for cell in cells:
        box = cell.citation.bbox
        x = (box.x0 + box.x1) / 2
        k = min(range(len(heads)), key=lambda i: abs(centres[i] - x))
        if k in out:
            return None
        out.append(k if abs(centres[k] - x) <= reach else None)
    return out


# --- ruled PDF tables ----------------------------------------------------------------------------

def _inside_any(block: Block, tables: list[Table]) -> bool:
    if block.bbox is None:
        return False
    cx, cy = (block.bbox.x0 + block.bbox.x1) / 2, (block.bbox.top + block.bbox.bottom) / 2
    return any(t.bbox is not None and t.bbox.x0 <= cx <= t.bbox.x1 and t.bbox.top <= cy <= t.bbox.bottom
               for t in tables)


def _pdf_table_rows(document: Document, page: Page, table: Table) -> list[tuple[float, Row]]:
    lines = [b for b in page.blocks if b.kind in _TEXT_KINDS and b.bbox is not None]
    out = []
    for r, texts in enumerate(table.rows):
        boxes = table.cell_bboxes[r] if r < len(table.cell_bboxes) else ()
        cells = []
        for c, text in enumerate(texts):
            box = boxes[c] if c < len(boxes) else None
            cells.append(RowCell(unmarked(text), _cite_pdf_cell(document, page, unmarked(text), box, lines), column=c))
        tops = [b.top for b in boxes if b is not None]
        top = min(tops) if tops else (table.bbox.top if table.bbox else 0.0) + r
        out.append((top, Row(page=page, cells=tuple(cells), source="table", table_index=table.index)))
    return out


def _weight(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.5


def _estimated_x(block: Block, offset: int) -> float:
    """Where in the line a character offset falls, weighting CJK twice as wide as ASCII."""
    total = sum(_weight(ch) for ch in block.text) or 1.0
    before = sum(_weight(ch) for ch in block.text[:offset])
    return block.bbox.x0 + (block.bbox.x1 - block.bbox.x0) * before / total


def _cite_pdf_cell(document: Document, page: Page, text: str, box: BBox | None, lines: list[Block]) -> Citation | None:
    text = text.strip()
    if not text:
        return None
    if box is not None and "\n" not in text:
        centre = (box.x0 + box.x1) / 2
        best: tuple[float, Block, int] | None = None
        for block in lines:
            if block.bbox.bottom <= box.top or block.bbox.top >= box.bottom:
                continue
            at = block.text.find(text)
            while at >= 0:
                distance = abs(_estimated_x(block, at + len(text) // 2) - centre)
                if best is None or distance < best[0]:
                    best = (distance, block, at)
                at = block.text.find(text, at + 1)
        if best is not None:
            _d, block, at = best
            return cite_in_block(document, page, block, at, at + len(text), bbox=box)
    found = cite_text(document, page, text)  # a wrapped cell: whitespace-insensitive search
    if found is None:
        return None
    return found.model_copy(update={"bbox": box or found.bbox})


# --- DOCX / XLSX tables --------------------------------------------------------------------------

def _office_rows(document: Document) -> list[Row]:
    rows: list[Row] = []
    for page in document.pages:
        groups: dict[tuple[int, int], dict[int, list[Block]]] = {}
        order: list[tuple[str, object]] = []
        for block in page.blocks:
            if block.table_cell is not None:
                key = (block.table_cell.table_index, block.table_cell.row)
                if key not in groups:
                    groups[key] = {}
                    order.append(("table", key))
                groups[key].setdefault(block.table_cell.col, []).append(block)
            elif block.kind in _TEXT_KINDS and block.kind != "ocr_line" and block.text.strip() and not unseen(block):
                order.append(("line", block))
        for kind, item in order:
            if kind == "line":
                rows.append(_line_row(document, page, [item]))
                continue
            cols = groups[item]
            cells = tuple(RowCell(unmarked(" ".join(b.text for b in cols[c]).strip()), cite_blocks(document, page, cols[c]), column=c)
                          for c in sorted(cols))
            rows.append(Row(page=page, cells=cells, source="table", table_index=item[0]))
            rows += [_line_row(document, page, [line]) for c in sorted(cols) for line in nested_lines(cols[c])]
        # Pictures pasted into a Word file, OCR'd on its rendering (extractors.docx_pictures):
        # their boxes form visual lines as on a scanned page, after the page's own text.
        rows += _ocr_rows(document, page, [b for b in page.blocks if b.kind == "ocr_line"])
    return rows


def unit_above(lines) -> str | None:
    """The unit the last 「单位：…」 line among `lines` (the title lines above a table) states; None when none."""
    return next((u for line in reversed(list(lines)) if "单位" in line and (u := unit_from_header(line))), None)
