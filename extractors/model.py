"""The types every reader returns: a file becomes a `Document` of `Page`s with provenance.

Only types live here (no I/O, no parsing). Coordinates are page coordinates in PDF points with
a top-left origin (`top` grows downwards), the convention of pdfplumber. Page numbers are 1-based
and physical; a workbook's pages are its worksheets in workbook order (`pagination="sheets"`: a
sheet is the unit a reviewer opens, and its number is read off the file, not invented); a file
that is one unit without pages of its own (plain text, a saved web page) is page 1; a document
whose pages exist but are not known (DOCX with no LibreOffice rendering) has
`pagination="none"` and pages whose `number` is None — never an invented page.

Invariant kept by every reader: for each block, `page.text[block.span.start:block.span.end] ==
block.text`, so a citation built from a block is exact by construction.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

# The version of what the readers produce: part of every parse-cache key, raised whenever the same
# file would be read differently.
EXTRACTOR_VERSION = "24"  # 24: line numbers in a PDF's margin are no part of its lines (extractors.pdf_page); 23: pictures on an Excel sheet are OCR'd (extractors.xlsx_pictures); 22: the second look also reads figures of the page's own size (a donut's centre); 21: OCR takes a second look for large text (extractors.ocr_large); 20: only a glyph over 20° off a quarter turn is a watermark (a 12°-tilted card is read); 19: a slanting glyph (a diagonal watermark) fills no table cell; 18: a content control still showing its placeholder reads as empty; 17: invisible text (render mode 3) and text under an opaque picture flagged; a searchable scan is OCR'd like a scan; 16: pages in traditional characters read as simplified (extractors.script); 15: tables in DOCX text boxes read as tables; 14: plain text is page 1; 13: saved web pages (HTML/MHT) and RTF read as such, multi-page TIFF page by page; 12: legacy .doc/.xls read by conversion; 11: struck-through DOCX text read as deleted; 10: CSV/TSV exports read as one sheet; 9: a fillable form's field values are read (flattened); 8: Page.skew of askew photos; 7: scans fed turned are read upright (Page.turn); 2: pictures on text pages are OCR'd; 3: worksheets are numbered pages; 4: OCR preset "fast"; 5: table cells filled by character centre; 6: sideways pages turned upright, seals washed not blanked


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BBox(Frozen):
    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: BBox) -> BBox:
        return BBox(
            x0=min(self.x0, other.x0),
            top=min(self.top, other.top),
            x1=max(self.x1, other.x1),
            bottom=max(self.bottom, other.bottom),
        )


class Span(Frozen):
    """Half-open character interval [start, end) into `Page.text`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TableCell(Frozen):
    """Where a block sits in a table: 0-based indices into `Document.tables[table_index].rows`."""

    table_index: int
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1


class Checkbox(Frozen):
    """A tick box seen in the text (□ ☑ ■ √ ✔ or a Word checkbox control) and the words after it."""

    label: str
    checked: bool


BlockKind = Literal["line", "paragraph", "heading", "table_cell", "ocr_line"]


class Block(Frozen):
    id: str  # content-derived: "<doc sha12>:p<page>:b<index>"
    kind: BlockKind
    text: str
    span: Span
    bbox: BBox | None = None
    heading_level: int | None = None  # 1 = top level; only for kind="heading"
    heading_path: tuple[str, ...] = ()  # enclosing headings, outermost first
    table_cell: TableCell | None = None
    checkboxes: tuple[Checkbox, ...] = ()
    locator: str = ""  # human locator: "表3 第5行 第2列", "Sheet1!B7", "标题 > 段落12"
    hidden: tuple[str, ...] = ()  # why the text is invisible to a reader: "white", "tiny", "off_page"


class Table(Frozen):
    """A table as a cell grid. Merged cells are resolved: a merged cell's text appears once, in its
    top-left position; the covered positions hold "" and `merged` names the ranges."""

    index: int  # 0-based within the document
    page_number: int | None
    rows: tuple[tuple[str, ...], ...]
    merged: tuple[tuple[int, int, int, int], ...] = ()  # (row, col, row_span, col_span)
    bbox: BBox | None = None
    locator: str = ""
    heading_path: tuple[str, ...] = ()
    cell_bboxes: tuple[tuple[BBox | None, ...], ...] = ()  # per cell, parallel to `rows` (PDF)


class HealthVerdict(str, Enum):
    ok = "ok"
    empty = "empty"  # no text layer at all (image-only page)
    sparse = "sparse"  # little text but much ink: text layer incomplete
    garbled = "garbled"  # (cid:N), private-use or repeated junk


class PageHealth(Frozen):
    chars: int = 0
    cjk_share: float = 0.0
    cid_count: int = 0
    repeat_share: float = 0.0  # share of characters inside runs of one repeated character
    private_use_share: float = 0.0
    ink_share: float | None = None  # dark pixel share on the rendered page, when measured
    uncovered_ink_share: float | None = None  # dark share outside the text layer's line boxes
    verdict: HealthVerdict = HealthVerdict.ok
    reasons: tuple[str, ...] = ()


class Page(Frozen):
    number: int | None  # 1-based physical page (worksheet of a workbook); None without pagination
    text: str
    blocks: tuple[Block, ...] = ()
    source: Literal["text", "ocr", "docx", "xlsx"] = "text"
    health: PageHealth = PageHealth()
    width: float | None = None
    height: float | None = None
    image_count: int = 0
    ocr_cached: bool = False
    # Clockwise degrees the page as the file shows it was turned to be read (a sideways text layer,
    # a scan fed turned); width, height and the blocks' boxes are in that upright frame.
    turn: Literal[0, 90, 180, 270] = 0
    # Degrees an OCR'd page's text lines slope down to the right (a photo taken askew): lines are
    # grouped along that slope, the boxes stay as the page shows them.
    skew: float = 0.0

    @model_validator(mode="after")
    def _spans_match(self) -> Page:
        for block in self.blocks:
            if self.text[block.span.start : block.span.end] != block.text:
                raise ValueError(f"block {block.id} span does not match page text")
        return self


class ErrorCode(str, Enum):
    encrypted = "encrypted"
    wrong_password = "wrong_password"
    corrupt = "corrupt"
    legacy_format = "legacy_format"
    unsupported_type = "unsupported_type"
    too_large = "too_large"
    too_many_pages = "too_many_pages"
    image_too_large = "image_too_large"
    archive_unsafe = "archive_unsafe"
    timed_out = "timed_out"
    empty_file = "empty_file"
    no_text = "no_text"
    ocr_failed = "ocr_failed"
    page_failed = "page_failed"
    render_failed = "render_failed"
    internal = "internal"  # this installation failed (a module missing), not the file: never cached


class FileError(Frozen):
    """A per-file (or per-page) problem, in Chinese for the user and English for logs."""

    code: ErrorCode
    message_zh: str
    message_en: str
    page_number: int | None = None
    fatal: bool = True  # the file produced nothing usable


class ImageRef(Frozen):
    """An embedded picture: DOCX images are counted per heading section (案例 ≤ 5 张配图)."""

    page_number: int | None
    heading_path: tuple[str, ...] = ()
    locator: str = ""


class Document(Frozen):
    id: str  # sha256 of the file bytes
    path: str  # as given by the caller (relative to the package root inside a package)
    format: Literal["pdf", "docx", "xlsx", "csv", "image", "text", "unknown"]
    pagination: Literal["physical", "rendered", "sheets", "none"]
    pages: tuple[Page, ...] = ()
    tables: tuple[Table, ...] = ()
    images: tuple[ImageRef, ...] = ()
    errors: tuple[FileError, ...] = ()
    metadata: dict[str, str] = Field(default_factory=dict)
    rendered_pdf: str | None = None  # path of a LibreOffice rendering used for page numbers
    extractor_version: str = ""

    @property
    def failed(self) -> bool:
        return any(e.fatal for e in self.errors)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    @model_validator(mode="after")
    def _never_silently_empty(self) -> Document:
        if not self.pages and not self.errors:
            raise ValueError(f"{self.path}: a document with no pages must carry an error")
        return self
