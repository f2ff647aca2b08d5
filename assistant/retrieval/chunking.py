"""A parsed `Document` → `Chunk`s for the evidence index: prose split by sentence, tables by row.

A chunk never crosses a page and is always an exact slice of its page's text
(`page.text[chunk.span] == chunk.text`), so any hit can be cited as file + page + quote without
re-reading the file. Prose is split per heading section with LangChain's recursive splitter on
Chinese punctuation; a table row is one chunk whose `context_text` repeats the table header, so
a row like "营业收入 | 66,707,912.35" still says which column the number belongs to.

This module only cuts text; it does not tokenize, embed or store (see `lexical`, `index`).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from langchain_text_splitters import RecursiveCharacterTextSplitter
from pydantic import BaseModel, ConfigDict, model_validator

from extractors.model import BBox, Block, Document, Page, Span, Table

CHUNKER_VERSION = "1"  # bump when chunk boundaries or ids change: the index re-chunks everything
CHUNK_SIZE = 400
CHUNK_OVERLAP = 50
# Paragraph, line, then Chinese sentence ends before clause marks; "" lets a run-on line with no
# punctuation (OCR output, 附录 tables pasted as text) still be cut at the size limit.
SEPARATORS = ["\n\n", "\n", "。", "！", "？", "；", "，", " ", ""]

ChunkKind = Literal["text", "table_row"]


class Chunk(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str  # sha256 of file + doc_id + page position + span: stable across runs
    doc_id: str
    file: str  # relative to the package root
    page_index: int  # 0-based position in Document.pages (pages without a number are told apart)
    page_number: int | None  # 1-based physical page; None where the file has no pagination
    span: Span  # into the page text; page.text[span] == text
    text: str
    headings: tuple[str, ...] = ()  # heading path, outermost first
    kind: ChunkKind = "text"
    table_header: str | None = None  # the table's header row, cells joined by " | "
    context_text: str | None = None  # a table row restated with its header; not a page slice
    locator: str = ""
    bbox: BBox | None = None  # union of the boxes of the blocks the chunk covers
    hidden: tuple[str, ...] = ()  # why some covered text is invisible ("white", "tiny", ...)

    @model_validator(mode="after")
    def _span_fits_text(self) -> Chunk:
        if self.span.end - self.span.start != len(self.text) or not self.text.strip():
            raise ValueError(f"chunk {self.id}: span does not fit a non-empty text")
        return self

    @property
    def search_text(self) -> str:
        """What the index matches a query against: the nearest headings and the (restated) text."""
        body = self.context_text or self.text
        path = [h for h in self.headings[-2:] if not body.startswith(h)]
        return " > ".join(path) + "\n" + body if path else body


def chunk_id(file: str, doc_id: str, page_index: int, span: Span) -> str:
    # The file path is part of the key as well as the content hash: a package may hold the same
    # PDF twice in different folders, and each copy must be citable under its own path.
    key = f"{file}\x1f{doc_id}\x1f{page_index}\x1f{span.start}\x1f{span.end}"
    return hashlib.sha256(key.encode()).hexdigest()[:24]


@lru_cache(maxsize=4)
def _splitter(size: int, overlap: int) -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        separators=SEPARATORS,
        keep_separator="end",  # "。" ends the sentence it closes, not the next one
        chunk_size=size,
        chunk_overlap=overlap,
        add_start_index=True,
        strip_whitespace=True,
    )


def split_text(text: str, *, size: int = CHUNK_SIZE, overlap: int = CHUNK_OVERLAP) -> list[tuple[int, str]]:
    """Pieces of `text` as (offset, piece) with text[offset:offset + len(piece)] == piece.

    LangChain computes `start_index` with `text.find(piece, previous + len - overlap)`, which can
    land on an earlier copy of a repeated piece (a form that repeats "是 □ 否 □" on every line) or
    miss entirely (-1) when the real overlap differs from the nominal one; such offsets are
    replaced by the next occurrence after the previous piece, which is where the splitter, walking
    left to right, took it from.
    """
    pieces: list[tuple[int, str]] = []
    previous = -1
    for doc in _splitter(size, overlap).create_documents([text]):
        piece = doc.page_content
        offset = doc.metadata.get("start_index", -1)
        if offset <= previous or text[offset : offset + len(piece)] != piece:
            offset = text.find(piece, previous + 1)
            if offset < 0:  # cannot happen for a splitter that only cuts; never emit a wrong span
                continue
        pieces.append((offset, piece))
        previous = offset
    return pieces


@dataclass
class _PageView:
    """One page's blocks sorted by offset, for fast "which blocks does this span touch"."""

    blocks: list[Block]
    starts: list[int]

    @classmethod
    def of(cls, page: Page) -> _PageView:
        blocks = sorted(page.blocks, key=lambda b: (b.span.start, b.span.end))
        return cls(blocks, [b.span.start for b in blocks])

    def touching(self, start: int, end: int) -> list[Block]:
        hi = bisect_left(self.starts, end)
        lo = max(0, bisect_right(self.starts, start) - 1)
        while lo > 0 and self.blocks[lo - 1].span.end > start:
            lo -= 1
        return [b for b in self.blocks[lo:hi] if b.span.end > start and b.span.start < end]


def _union(boxes: Iterable[BBox | None]) -> BBox | None:
    found = None
    for box in boxes:
        if box is not None:
            found = box if found is None else found.union(box)
    return found


def _hidden(blocks: Iterable[Block]) -> tuple[str, ...]:
    return tuple(sorted({reason for b in blocks for reason in b.hidden}))


def _path_of(block: Block) -> tuple[str, ...]:
    if block.kind == "heading":
        title = " ".join(block.text.split())
        if not block.heading_path or block.heading_path[-1] != title:
            return (*block.heading_path, title)
    return block.heading_path


# ---------------------------------------------------------------------------- table rows


def _filled_grid(table: Table) -> list[list[str]]:
    """The grid with merged cells copied into the positions they cover, so the rows under a
    row-spanned label (附件4's "研发投入" over three sub-rows) still carry the label."""
    grid = [list(row) for row in table.rows]
    for row, col, row_span, col_span in table.merged:
        if row >= len(grid) or col >= len(grid[row]):
            continue
        value = grid[row][col]
        for r in range(row, min(row + row_span, len(grid))):
            for c in range(col, min(col + col_span, len(grid[r]))):
                if not grid[r][c]:
                    grid[r][c] = value
    return grid


_CJK_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])\s*\n\s*(?=[\u4e00-\u9fff])")


def _cell(text: str) -> str:
    # A label wrapped inside its cell ("扣除非经常性损\n益的净利润") is one word in Chinese: the
    # line break goes without a space; elsewhere whitespace runs become one space.
    return " ".join(_CJK_WRAP.sub("", text).split())


def _dedupe(cells: list[str]) -> list[str]:
    """Drop the copies a column-spanned cell leaves in the positions it covers."""
    out: list[str] = []
    for cell in cells:
        cell = _cell(cell)
        if cell and (not out or out[-1] != cell):
            out.append(cell)
    return out


_DIGIT = re.compile(r"\d")


def _is_header(cells: list[str]) -> bool:
    # A real header names columns: short labels without figures. A key-value form (企业名称 |
    # XX公司 | 成立时间 | 2015年) has no header row, and pairing its first row with the others
    # would invent relationships, so such rows are only restated, not paired.
    return len(cells) >= 2 and all(c and len(c) <= 20 and not _DIGIT.search(c) for c in cells)


def _restate(header: list[str], row: list[str]) -> str:
    if _is_header(_dedupe(header)) and len(header) == len(row):
        pairs = []
        for name, value in zip(header, row, strict=True):
            name, value = _cell(name), _cell(value)
            pair = f"{name}：{value}" if name and name != value else value
            if value and pair not in pairs:
                pairs.append(pair)
        return "；".join(pairs)
    return " | ".join(_dedupe(header)) + "\n" + " | ".join(_dedupe(row))


@dataclass
class _Row:
    start: int
    end: int
    blocks: list[Block]
    table: Table | None
    row: int | None  # index into the table grid, when known


def _cell_rows(document: Document, view: _PageView) -> list[_Row]:
    groups: dict[tuple[int, int], list[Block]] = {}
    for block in view.blocks:
        if block.kind == "table_cell" and block.table_cell is not None:
            key = (block.table_cell.table_index, block.table_cell.row)
            groups.setdefault(key, []).append(block)
    tables = {t.index: t for t in document.tables}
    rows = []
    for (table_index, row), blocks in groups.items():
        start = min(b.span.start for b in blocks)
        end = max(b.span.end for b in blocks)
        rows.append(_Row(start, end, blocks, tables.get(table_index), row))
    return rows


def _squeeze(text: str) -> str:
    return "".join(text.split())


_MAX_WRAP = 4  # lines one table row may wrap into before we stop trying to match it


def _letters(text: str) -> str:
    return "".join(sorted(_squeeze(text)))


def _ruled_rows(document: Document, page: Page, view: _PageView) -> list[_Row]:
    """Lines of a PDF page that fall inside a ruled table found by the reader, grouped into the
    table's rows. pypdfium2 reads a row whose first cell wraps as several lines, the figures
    line between the two halves of the label (issue-67-example.pdf p3: "归属于…扣除非经常性损" /
    "益的净利润（元）" / "-7,889,855.34 …"), so consecutive lines are matched to a grid row by
    their letters in any order; a line that matches nothing stays a row of its own."""
    rows: list[_Row] = []
    for table in document.tables:
        if table.bbox is None or table.page_number is None or table.page_number != page.number:
            continue
        grid = {_letters("".join(r)): i for i, r in reversed(list(enumerate(table.rows))) if any(r)}
        box = table.bbox
        pending: list[Block] = []

        def emit(blocks: list[Block], index: int | None) -> None:
            rows.append(_Row(blocks[0].span.start, blocks[-1].span.end, list(blocks), table, index))

        for block in view.blocks:
            if block.kind not in ("line", "ocr_line") or block.bbox is None:
                continue
            x = (block.bbox.x0 + block.bbox.x1) / 2
            y = (block.bbox.top + block.bbox.bottom) / 2
            if not (box.x0 <= x <= box.x1 and box.top <= y <= box.bottom):
                continue
            alone = grid.get(_letters(block.text))
            if alone is not None:
                for stray in pending:
                    emit([stray], None)
                pending = []
                emit([block], alone)
                continue
            pending.append(block)
            joined = grid.get(_letters("".join(b.text for b in pending)))
            if joined is not None:
                emit(pending, joined)
                pending = []
            elif len(pending) >= _MAX_WRAP:
                emit([pending.pop(0)], None)
        for stray in pending:
            emit([stray], None)
    return rows


def _row_chunk(
    document: Document, file: str, page_index: int, page: Page, row: _Row, grids: dict[int, list[list[str]]]
) -> Chunk | None:
    span = Span(start=row.start, end=row.end)
    text = page.text[row.start : row.end]
    if not text.strip():
        return None
    first = min(row.blocks, key=lambda b: b.span.start)
    header: list[str] | None = None
    context = None
    table = row.table
    if table is not None and len(table.rows) > 1:
        if table.index not in grids:  # once per table: a 600-row statement has 600 row chunks
            grids[table.index] = _filled_grid(table)
        grid = grids[table.index]
        header = grid[0]
        if row.row is not None and 0 < row.row < len(grid):
            context = _restate(header, grid[row.row])
        elif row.row is None and _squeeze(text) != _squeeze("".join(header)):
            context = " | ".join(_dedupe(header)) + "\n" + text
    locator = first.locator
    if table is not None and row.row is not None and first.table_cell is not None:
        locator = f"{table.locator or '表' + str(table.index + 1)} 第{row.row + 1}行"
    headings = first.heading_path or (table.heading_path if table is not None else ())
    return Chunk(
        id=chunk_id(file, document.id, page_index, span),
        doc_id=document.id,
        file=file,
        page_index=page_index,
        page_number=page.number,
        span=span,
        text=text,
        headings=headings,
        kind="table_row",
        table_header=" | ".join(_dedupe(header)) if header else None,
        context_text=context,
        locator=locator,
        bbox=_union(b.bbox for b in row.blocks),
        hidden=_hidden(row.blocks),
    )


# ---------------------------------------------------------------------------- prose


def _free_ranges(length: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    free, cursor = [], 0
    for start, end in sorted(taken):
        if start > cursor:
            free.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < length:
        free.append((cursor, length))
    return free


def _sections(view: _PageView, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a free range at each heading, so a chunk belongs to one section and its headings
    are true for all of its text."""
    cuts = [start]
    for block in view.touching(start, end):
        if block.kind == "heading" and start < block.span.start < end:
            cuts.append(block.span.start)
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def chunk_document(
    document: Document, file: str, *, size: int = CHUNK_SIZE, overlap: int = CHUNK_OVERLAP
) -> list[Chunk]:
    chunks: list[Chunk] = []
    headings: tuple[str, ...] = ()  # carried across pages: a section goes on after a page break
    grids: dict[int, list[list[str]]] = {}
    for page_index, page in enumerate(document.pages):
        view = _PageView.of(page)
        rows = _cell_rows(document, view) or _ruled_rows(document, page, view)
        page_chunks = [c for r in rows if (c := _row_chunk(document, file, page_index, page, r, grids))]
        for range_start, range_end in _free_ranges(len(page.text), [(r.start, r.end) for r in rows]):
            for start, end in _sections(view, range_start, range_end):
                for offset, piece in split_text(page.text[start:end], size=size, overlap=overlap):
                    span = Span(start=start + offset, end=start + offset + len(piece))
                    covered = [b for b in view.touching(span.start, span.end) if b.kind != "table_cell"]
                    # A reader without heading detection (PDF lines) leaves heading_path empty:
                    # the last heading seen, possibly on an earlier page, still applies.
                    if covered and _path_of(covered[0]):
                        headings = _path_of(covered[0])
                    page_chunks.append(
                        Chunk(
                            id=chunk_id(file, document.id, page_index, span),
                            doc_id=document.id,
                            file=file,
                            page_index=page_index,
                            page_number=page.number,
                            span=span,
                            text=piece,
                            headings=headings,
                            locator=covered[0].locator if covered else "",
                            bbox=_union(b.bbox for b in covered),
                            hidden=_hidden(covered),
                        )
                    )
        page_chunks.sort(key=lambda c: (c.span.start, c.span.end))
        chunks.extend(page_chunks)
    return chunks
