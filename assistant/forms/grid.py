"""Tables of a parsed form as grids of cells that know where they were read.

A form's answers live in tables; the form reader works on grids whatever the file was:
- DOCX/XLSX: `Document.tables` (merged cells resolved) and the table-cell blocks that cite them;
- PDF with a text layer: the ruled tables pdfplumber found, each cell cited by finding its text
  on the page;
- a scan (OCR pages): a grid rebuilt from the OCR line boxes — rows from vertical overlap,
  columns from the horizontal positions shared by many rows.
A cell knows its text and a citation; covered positions of a merged cell are `None`, so a
reader can tell "empty answer" from "the same cell again".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.citations import Citation, cite_blocks
from assistant.forms.model import DeclaredValue
from assistant.values.grounding import locate_quote
from extractors.model import BBox, Block, Document, Page, Table
from extractors.ocr_turn import reading_order


@dataclass(frozen=True)
class GridCell:
    text: str
    citation: Citation | None  # None for an empty cell with nothing to point at


@dataclass(frozen=True)
class Grid:
    doc_path: str
    index: int
    rows: tuple[tuple[GridCell | None, ...], ...]
    heading_path: tuple[str, ...] = ()
    page_number: int | None = None
    origins: dict[tuple[int, int], tuple[int, int]] | None = None  # covered position → merged cell
    scanned: bool = False  # rebuilt from a scan's OCR lines: a row of one cell is a line, no table's

    def covering(self, row: int, col: int) -> GridCell | None:
        """The merged cell that covers (row, col), e.g. one 证明资料 cell merged down over rows."""
        origin = (self.origins or {}).get((row, col))
        return self.rows[origin[0]][origin[1]] if origin else None


def grids_of(document: Document) -> list[Grid]:
    if document.format in ("docx", "xlsx", "csv"):
        return _office_grids(document)
    grids = _pdf_table_grids(document)
    for page in document.pages:
        if page.source == "ocr" and (grid := _ocr_grid(document, page, len(grids))) is not None:
            grids.append(grid)
    return grids


# --- DOCX / XLSX -------------------------------------------------------------------------------

def _office_grids(document: Document) -> list[Grid]:
    cells: dict[tuple[int, int, int], list[tuple[Page, Block]]] = {}
    for page in document.pages:
        for block in page.blocks:
            if block.table_cell is not None:
                tc = block.table_cell
                cells.setdefault((tc.table_index, tc.row, tc.col), []).append((page, block))
    grids = []
    for table in document.tables:
        covered = _covered_positions(table)
        rows = []
        for r, row in enumerate(table.rows):
            out: list[GridCell | None] = []
            for c, text in enumerate(row):
                if (r, c) in covered:
                    out.append(None)
                    continue
                refs = cells.get((table.index, r, c), [])
                citation = None
                if refs:
                    page = refs[0][0]
                    same_page = [b for p, b in refs if p is page]
                    citation = cite_blocks(document, page, same_page)
                out.append(GridCell(text=text, citation=citation))
            rows.append(tuple(out))
        grids.append(Grid(document.path, table.index, tuple(rows), table.heading_path, table.page_number,
                          origins=covered))
    return grids


def _covered_positions(table: Table) -> dict[tuple[int, int], tuple[int, int]]:
    covered = {}
    for row, col, row_span, col_span in table.merged:
        for r in range(row, row + row_span):
            for c in range(col, col + col_span):
                if (r, c) != (row, col):
                    covered[(r, c)] = (row, col)
    return covered


# --- PDF text tables ---------------------------------------------------------------------------

def cite_text(document: Document, page: Page, text: str) -> Citation | None:
    """Cite `text` where it occurs on the page: exactly, else normalised (NFKC, whitespace
    ignored — pdfplumber joins wrapped cell lines with newlines the line blocks do not have), by
    the same quote finder the LLM grounding uses."""
    if not text.strip():
        return None
    match, span = locate_quote(page.text, text)
    if span is None:
        return None
    bbox = None
    for block in page.blocks:
        if block.bbox is not None and block.span.start < span.end and block.span.end > span.start:
            bbox = block.bbox if bbox is None else bbox.union(block.bbox)
    return Citation(file=document.path, page=page.number, locator=f"第{page.number}页" if page.number else "",
                    quote=page.text[span.start : span.end], span=span, bbox=bbox,
                    match=match, doc_id=document.id)


def _pdf_table_grids(document: Document) -> list[Grid]:
    pages = {p.number: p for p in document.pages}
    grids = []
    for table in document.tables:
        page = pages.get(table.page_number)
        if page is None or page.source == "ocr":
            continue
        rows = tuple(
            tuple(GridCell(text=unwrap(t), citation=cite_text(document, page, t)) for t in row) for row in table.rows
        )
        grids.append(Grid(document.path, table.index, rows, table.heading_path, table.page_number))
    return grids


# A PDF cell's text comes as its visual lines: a break is where the cell's width ran out
# (「…、动力设备：3784、物流\n设备：2602」, 「…马来西亚Ma\nlaysia：1419」, h45) unless the next line
# starts an item of its own (「2.」, 「（二）」, 「①」, a box) or the line before ends a sentence.
_ITEM_START = re.compile(r"^(?:\d{1,2}\s*[.、．)）](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]|[□☐☑☒■√✔✓•·●◆▪])")
_SENTENCE_END = re.compile(r"[。！？!?]$")


# a figure cut by the cell's edge (「物流设备：326\n0、电工…」, 「其他：1\n781」, h59): its digits go on, even
# where they read like an item's number (not in a numbered list); a web address ends where words begin
# (「…example.com\n演示账号」)
_CUT_FIGURE = re.compile(r"[:：]\s*\d[\d,]*$")
_FIGURE_GOES_ON = re.compile(r"^\d[\d,]*(?:\.\d+)?(?=[、，,；;）)]|$)")
_ADDRESS_END = re.compile(r"https?://\S+$")


def unwrap(text: str) -> str:
    lines = text.split("\n")
    out = lines[0]
    numbered = bool(_ITEM_START.match(out))  # 「1、接入设备：100\n2、服务企业：50」: items, each its own
    for line in lines[1:]:
        if out and line and _CUT_FIGURE.search(out) and _FIGURE_GOES_ON.match(line) and not numbered:
            out += line
        elif not line or not out or _SENTENCE_END.search(out) or _ITEM_START.match(line) \
                or _ADDRESS_END.search(out) and not line[0].isascii():
            out += "\n" + line
        elif out[-1].isascii() and out[-1].isalnum() and line[0].isascii() and line[0].isalnum() \
                and not line[0].islower():
            out += " " + line  # 「Digital\nTwin」: words wrap at spaces; 「Ma\nlaysia」 was cut mid-word
        else:
            out += line
    return out


# --- OCR pages ---------------------------------------------------------------------------------

def _ocr_grid(document: Document, page: Page, index: int) -> Grid | None:
    """Rebuild a table from OCR line boxes. Rows: lines whose vertical centres fall within one
    line height of each other. Columns: left edges clustered over the whole page, so a column is
    where many rows start text. Good enough for the 申报表's three or five columns. A cell's lines
    read top to bottom (a wrapped answer's second line may sit in its label's row with the third,
    a hair further left: 「…越南Vietnam：118」 then 「96、安徽…」 read as 11896, h75)."""
    lines = [b for b in page.blocks if b.bbox is not None and b.text.strip()]
    if len(lines) < 4:
        return None
    heights = sorted(b.bbox.bottom - b.bbox.top for b in lines)
    line_height = max(heights[len(heights) // 2], 1.0)
    columns = _column_starts([b.bbox for b in lines], tolerance=line_height * 1.5)
    rows: list[list[Block]] = []
    for block in sorted(lines, key=lambda b: (b.bbox.top + b.bbox.bottom) / 2):
        centre = (block.bbox.top + block.bbox.bottom) / 2
        if rows and abs(centre - _centre(rows[-1])) < line_height * 0.6:
            rows[-1].append(block)
        else:
            rows.append([block])
    grid_rows = []
    for row in rows:
        cells: list[list[Block]] = [[] for _ in columns]
        for block in row:
            cells[_column_of(block.bbox.x0, columns)].append(block)
        grid_rows.append(tuple(
            GridCell(text="".join(b.text for b in reading_order(blocks)),
                     citation=cite_blocks(document, page, sorted(blocks, key=lambda b: b.span.start)))
            if blocks else GridCell(text="", citation=None)
            for blocks in cells
        ))
    return Grid(document.path, index, tuple(grid_rows), (), page.number, scanned=True)


def _centre(row: list[Block]) -> float:
    return sum((b.bbox.top + b.bbox.bottom) / 2 for b in row) / len(row)


def _column_starts(boxes: list[BBox], tolerance: float) -> list[float]:
    starts = sorted(b.x0 for b in boxes)
    clusters: list[list[float]] = []
    for x in starts:
        if clusters and x - clusters[-1][-1] <= tolerance:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    # A column is a left edge shared by at least two lines; stray lines join the nearest column.
    kept = [min(c) for c in clusters if len(c) >= 2] or [min(c) for c in clusters]
    return kept


def _column_of(x0: float, columns: list[float]) -> int:
    best = 0
    for i, start in enumerate(columns):
        if x0 + 1e-6 >= start:
            best = i
    return best


def cell_citations(answer: GridCell | None, label: GridCell | None) -> tuple[Citation, ...]:
    """The answer cell's citation first, then the label's (`DeclaredValue.citations`)."""
    return tuple(c.citation for c in (answer, label) if c is not None and c.citation is not None)


def first_per_field(values: list[DeclaredValue]) -> list[DeclaredValue]:
    """The first reading of a field wins; a later non-blank one replaces a blank (a label repeated
    on a continuation page with its answer there)."""
    chosen: dict[str, DeclaredValue] = {}
    order: list[str] = []
    for value in values:
        key = value.field_id or value.summary_label or ""
        if key not in chosen:
            chosen[key] = value
            order.append(key)
        elif not chosen[key].raw and value.raw:
            chosen[key] = value
    return [chosen[k] for k in order]


_CLAUSES = re.compile(r"[^；;。，,\n]+")
_LABEL_DRESS = re.compile(r"^其中[:：]?|[（(][^（）()]*[)）]|(?:人数|数量|个数|总数|数)$")


def shared_answer(grid: Grid, r: int, col: int, label: str) -> GridCell | None:
    """The answer cell of row `r` when it is merged over several rows' answers — 「运维人员112人；运营人员
    58人（含销售、客服）」 beside both 「其中：运维人数（人）」 and 「运营人数（人）」 (h22) — narrowed to the
    clause naming this row's thing (运维, 运营); the whole cell when no one clause does; None when the
    row's answer is a cell of its own."""
    origin = (grid.origins or {}).get((r, col))
    if origin is not None:
        cell = grid.rows[origin[0]][origin[1]]
    elif any(o == (r, col) for o in (grid.origins or {}).values()):
        cell = grid.rows[r][col]
    else:
        return None
    if cell is None:
        return None
    thing = _LABEL_DRESS.sub("", _LABEL_DRESS.sub("", label.strip()))
    own = [m.group(0).strip() for m in _CLAUSES.finditer(cell.text)
           if thing and thing in m.group(0) and re.search(r"\d", m.group(0))]
    return GridCell(own[0], cell.citation) if len(own) == 1 else cell
