"""Tables on ruled PDF pages: a PDFium object census finds the ruled pages, pdfplumber finds the
grid there, PDFium fills the cells.

pdfplumber's line-based table finder is the best we have for ruled tables, but it parses the
whole page with pdfminer (~100 ms a page) and decodes many Chinese CID fonts wrongly (corpus
mozilla__pdf.js/issue20489.pdf gives (cid:N), XiaoBiaoSong.pdf Latin-1 mojibake). So it runs only
on pages whose census found ruling strokes (the census walks PDFium's object list: no rendering,
no pdfminer; it counts images on the way), it is opened lazily (documents without ruled pages
never touch it), and it is asked for cell geometry only: the text of each cell comes from
PDFium's text layer inside the cell box. This module must not add table text to page text: the
text lines already carry it.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import signal
import threading
from dataclasses import dataclass
from pathlib import Path

import pypdfium2.raw as pdfium_c

from extractors.model import BBox, Table
from extractors.pdf_direction import oblique
from extractors.pdf_page import PageChar, PageFrame
from extractors.pdfium_objects import (
    VOID,
    count_form_objects,
    count_objects,
    count_segments,
    get_bounds,
    get_form_object,
    get_object,
    get_pixel_size,
    get_type,
)

log = logging.getLogger(__name__)

_MAX_CENSUS_OBJECTS = 20_000
_CELL_INSET = 1.0  # points; keeps the neighbouring cell's glyphs that touch a rule out
_SPAN_TOLERANCE = 1.0


@dataclass(frozen=True, slots=True)
class PageCensus:
    image_count: int
    image_area_share: float
    ruling_count: int
    drawing_count: int  # path objects that are not rules: logos, charts, outlined glyphs
    object_count: int
    truncated: bool
    # Pixel size (width, height) of the largest image, from its dictionary (nothing decoded):
    # PDFium decodes an image whole to draw it even at scale 0.3 (tests/hostile: a 30,000² grey
    # image on a page peaked at 930 MB for a 179×253 rendering).
    largest_image: tuple[int, int] = (0, 0)

    @property
    def has_rulings(self) -> bool:
        return self.ruling_count >= 3


def take_census(page) -> PageCensus:
    """Images and ruling strokes on the page, from PDFium's object list (no rendering)."""
    floats = tuple(ctypes.c_float() for _ in range(4))
    out = tuple(ctypes.byref(f) for f in floats)
    images = rulings = drawings = visited = 0
    image_area = 0.0
    largest = (0, 0)
    pixel_width, pixel_height = ctypes.c_uint(), ctypes.c_uint()
    left, bottom, right, top = page.get_bbox()
    page_area = max((right - left) * (top - bottom), 1.0)
    handle = ctypes.cast(page.raw, VOID).value
    path, image, form = (
        pdfium_c.FPDF_PAGEOBJ_PATH,
        pdfium_c.FPDF_PAGEOBJ_IMAGE,
        pdfium_c.FPDF_PAGEOBJ_FORM,
    )
    stack = [(handle, count_objects(handle), get_object, 0)]
    while stack:
        owner, count, getter, depth = stack.pop()
        for k in range(max(count, 0)):
            visited += 1
            if visited > _MAX_CENSUS_OBJECTS:
                share = min(image_area / page_area, 1.0)
                return PageCensus(images, share, rulings, drawings, visited, True, largest)
            obj = getter(owner, k)
            kind = get_type(obj)
            if kind == path:
                if get_bounds(obj, *out):
                    x0, y0, x1, y1 = (f.value for f in floats)
                    weight = _ruling_weight(obj, x1 - x0, y1 - y0)
                    rulings += weight
                    drawings += not weight
            elif kind == image:
                images += 1
                if get_pixel_size(obj, ctypes.byref(pixel_width), ctypes.byref(pixel_height)):
                    size = (pixel_width.value, pixel_height.value)
                    largest = max(largest, size, key=lambda wh: wh[0] * wh[1])
                if get_bounds(obj, *out):
                    x0, y0, x1, y1 = (f.value for f in floats)
                    image_area += max(x1 - x0, 0) * max(y1 - y0, 0)
            elif kind == form and depth < 3:
                # Forms nest (corpus pdfminer issue-1113-evil-xobjects.pdf recurses); depth and
                # the object cap bound the walk.
                stack.append((obj, count_form_objects(obj), get_form_object, depth + 1))
    share = min(image_area / page_area, 1.0)
    return PageCensus(images, share, rulings, drawings, visited, False, largest)


def _ruling_weight(obj, width: float, height: float) -> int:
    """A thin long stroke is one ruling; a box drawn as one path counts as one; a path with
    many segments spanning an area may be a whole grid and counts as three."""
    if (width >= 10 and height <= 3) or (height >= 10 and width <= 3):
        return 1
    if width >= 10 and height >= 5:
        segments = count_segments(obj)
        if 0 < segments <= 6:
            return 1
        if segments >= 8 and width >= 20 and height >= 20:
            return 3
    return 0


class _Expired(BaseException):
    """Raised by the alarm inside pdfminer; a BaseException so that pdfminer's own broad
    `except Exception` handlers cannot swallow it."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Interrupt pure-Python parsing after `seconds`. pdfminer can spend minutes on a damaged
    content stream that PDFium reads at once (a fuzzed issue-336-example.pdf took 38 s). Works
    in the main thread only, and only when no other interval timer is running; elsewhere the
    block runs unbounded."""
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    )
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.01))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class RuledTables:
    """One pdfplumber handle per document, opened on the first ruled page. After a page times
    out, pdfplumber is not asked again for this document: a file that chokes once chokes again."""

    def __init__(self, path: Path, password: str | None) -> None:
        self._path = path
        self._password = password or ""
        self._pdf = None
        self._broken = False
        self.timed_out: list[int] = []  # page numbers whose table search was cut off

    def _find(self, page_index: int):
        if self._pdf is None:
            import pdfplumber

            self._pdf = pdfplumber.open(self._path, password=self._password)
        plumber_page = self._pdf.pages[page_index]
        try:
            found = plumber_page.find_tables()
            # the display frame starts at the crop box (what a viewer shows), pdfplumber's at the
            # media box: a page cropped inside a larger sheet (h45) shifts every cell otherwise
            box = getattr(plumber_page, "cropbox", None) or plumber_page.bbox
            offset = (float(box[0]), float(box[1]))
            return [[list(row.cells) for row in table.rows] for table in found], offset
        finally:
            plumber_page.close()

    def close(self) -> None:
        if self._pdf is not None:
            # closing a half-parsed file must not mask the results already read
            with contextlib.suppress(Exception):
                self._pdf.close()
            self._pdf = None

    def read(
        self,
        page_index: int,
        textpage,
        frame: PageFrame,
        *,
        page_number: int,
        first_index: int,
        chars: list[PageChar] | None = None,
        seconds: float = 30.0,
        shown: PageFrame | None = None,
    ) -> list[Table]:
        """Tables of one page, numbered from `first_index` (document order). An empty list when
        pdfplumber cannot read the page within `seconds`; the page's text is unaffected.
        `shown`: the frame the file displays the page in, when the page was turned upright to
        be read in `frame` (pdfplumber lays its cells out as the file displays them)."""
        if self._broken:
            return []
        try:
            with _time_limit(seconds):
                grids, offset = self._find(page_index)
        except _Expired:
            log.warning("pdfplumber timed out on %s page %d", self._path.name, page_number)
            self.timed_out.append(page_number)
            self._broken = True
            return []
        except Exception as exc:  # noqa: BLE001 - pdfminer throws anything on hostile input
            log.warning("pdfplumber failed on %s page %d: %r", self._path.name, page_number, exc)
            if self._pdf is None:
                self._broken = True
            return []
        if shown is not None and shown != frame:
            grids, offset = [_regrid(grid, offset, shown, frame) for grid in grids], (0.0, 0.0)
        if grids and not chars:
            chars = _chars_in(textpage, frame, _region(grids, offset))
        tables: list[Table] = []
        for grid in grids:
            table = _build(
                grid,
                offset,
                textpage,
                frame,
                chars,
                page_number,
                first_index + len(tables),
                len(tables) + 1,
            )
            if table is not None:
                tables.append(table)
        return tables


def _regrid(grid, offset, shown: PageFrame, reading: PageFrame) -> list[list]:
    """pdfplumber's cells as `shown` lays them out, carried into the `reading` frame of a page
    turned upright and regrouped into the rows and columns they form there."""
    dx, dy = offset
    boxes = []
    for row in grid:
        for cell in row:
            if cell is not None:
                x0, top, x1, bottom = reading.to_display(*shown.to_user(cell[0] - dx, cell[1] - dy,
                                                                        cell[2] - dx, cell[3] - dy))
                boxes.append((min(x0, x1), min(top, bottom), max(x0, x1), max(top, bottom)))
    tops = sorted({round(box[1], 1) for box in boxes})
    lefts = sorted({round(box[0], 1) for box in boxes})
    rows = [[None] * len(lefts) for _ in tops]
    for box in boxes:
        rows[tops.index(round(box[1], 1))][lefts.index(round(box[0], 1))] = box
    return rows


def _region(grids, offset) -> tuple[float, float, float, float]:
    dx, dy = offset
    boxes = [c for grid in grids for row in grid for c in row if c is not None]
    return (min(b[0] for b in boxes) - dx, min(b[1] for b in boxes) - dy,
            max(b[2] for b in boxes) - dx, max(b[3] for b in boxes) - dy)


def _chars_in(textpage, frame: PageFrame, region) -> list[PageChar]:
    """The page's characters whose centre lies in `region` (display coordinates), with their
    tight boxes, in PDFium's order; a line break PDFium generated marks the next character.
    Cells are filled from these by centre: PDFium's bounded text takes every glyph that touches
    the box, so a caption set tight above the table ("表一 …（单位：元）", its brackets dipping
    below the top rule) would put "（）" into the header cells."""
    x0, top, x1, bottom = region
    left, right, low, high = (ctypes.c_double() for _ in range(4))
    out: list[PageChar] = []
    line_break = space = False
    for i in range(pdfium_c.FPDFText_CountChars(textpage)):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        char = chr(code) if 0 < code < 0x110000 else "\ufffd"
        if char in "\r\n":
            line_break = True
            continue
        if char.isspace():
            space = True
            continue
        if not pdfium_c.FPDFText_GetCharBox(textpage, i, left, right, low, high) or oblique(textpage, i):
            continue
        box = frame.to_display(left.value, low.value, right.value, high.value)
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        if x0 <= cx <= x1 and top <= cy <= bottom:
            out.append(PageChar((" " if space and not line_break else "") + char, box, line_break))
        line_break = space = False
    return out


def _build(grid, offset, textpage, frame, chars, page_number, index, ordinal) -> Table | None:
    dx, dy = offset
    boxes = [
        [None if c is None else (c[0] - dx, c[1] - dy, c[2] - dx, c[3] - dy) for c in row]
        for row in grid
    ]
    width = max((len(row) for row in boxes), default=0)
    if len(boxes) * width < 2:  # a single framed box is a border, not a table
        return None
    columns = sorted({box[0] for row in boxes for box in row if box is not None})
    row_tops = sorted({box[1] for row in boxes for box in row if box is not None})
    rows: list[tuple[str, ...]] = []
    merged: list[tuple[int, int, int, int]] = []
    cell_bboxes: list[tuple[BBox | None, ...]] = []
    for r, row in enumerate(boxes):
        texts, bboxes = [], []
        for c in range(width):
            box = row[c] if c < len(row) else None
            if box is None:
                texts.append("")
                bboxes.append(None)
                continue
            texts.append(_cell_text(box, textpage, frame, chars))
            bboxes.append(BBox(x0=box[0], top=box[1], x1=box[2], bottom=box[3]))
            col_span = sum(
                1 for x in columns if box[0] - _SPAN_TOLERANCE <= x < box[2] - _SPAN_TOLERANCE
            )
            row_span = sum(
                1 for y in row_tops if box[1] - _SPAN_TOLERANCE <= y < box[3] - _SPAN_TOLERANCE
            )
            if col_span > 1 or row_span > 1:
                merged.append((r, c, max(row_span, 1), max(col_span, 1)))
        rows.append(tuple(texts))
        cell_bboxes.append(tuple(bboxes))
    every = [b for row in boxes for b in row if b is not None]
    bbox = BBox(
        x0=min(b[0] for b in every),
        top=min(b[1] for b in every),
        x1=max(b[2] for b in every),
        bottom=max(b[3] for b in every),
    )
    return Table(
        index=index,
        page_number=page_number,
        rows=tuple(rows),
        merged=tuple(merged),
        bbox=bbox,
        locator=f"第{page_number}页 表{ordinal}",
        cell_bboxes=tuple(cell_bboxes),
    )


def _cell_text(box, textpage, frame: PageFrame, chars: list[PageChar] | None) -> str:
    x0, top, x1, bottom = box
    inset_x = min(_CELL_INSET, (x1 - x0) / 4)
    inset_y = min(_CELL_INSET, (bottom - top) / 4)
    if chars:
        return _text_from_chars(
            chars, (x0 + inset_x, top + inset_y, x1 - inset_x, bottom - inset_y)
        )
    left, low, right, high = frame.to_user(
        x0 + inset_x, top + inset_y, x1 - inset_x, bottom - inset_y
    )
    raw = textpage.get_text_bounded(left=left, bottom=low, right=right, top=high)
    return "\n".join(line.strip() for line in raw.splitlines() if line.strip())


def _text_from_chars(chars: list[PageChar], cell) -> str:
    """Cell text from deduplicated characters (pages with fake-bold overprint, where PDFium's
    own bounded text would still repeat the copies)."""
    x0, top, x1, bottom = cell
    out: list[str] = []
    for char in chars:
        cx = (char.box[0] + char.box[2]) / 2
        cy = (char.box[1] + char.box[3]) / 2
        if x0 <= cx <= x1 and top <= cy <= bottom:
            if char.line_break_before and out:
                out.append("\n")
            out.append(char.text)
    return "\n".join(" ".join(line.split()) for line in "".join(out).split("\n") if line.strip())
