"""One PDFium page's text layer as the PDF reader sees it: lines with boxes and hidden flags.

Owns the geometry (PDF user space → display coordinates with a top-left origin, honouring
/Rotate and the crop box), the grouping of PDFium's characters into lines, the removal of
fake-bold duplicate glyphs and the hidden-text flags (white, tiny, off the page).
It must not decide page health, run OCR, find tables or build `Document`s
(`extractors.pdf_page_reader`, `extractors.pdf`, `extractors.pdf_tables`).

Speed matters (the brief: ≥ 50% of raw `get_text_range()`): PDFium already splits its text into
lines (generated CRLF), so a line costs three character-box calls, not one per character. Only
lines that look suspicious — sampled boxes that jump back along the line, a doubled letter
whose two copies overlap, a box overlapping an earlier line, mixed colours — are re-read
character by character.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field

import numpy as np
import pypdfium2.raw as pdfium_c

from extractors.pdf_direction import oblique
from extractors.pdf_margin import without_line_numbers
from extractors.pdf_rows import join_rows, stacked_segment

# Fake-bold copies sit 0.2–1 pt apart (corpus jsvine__pdfplumber/issue-842-example.pdf); a real
# neighbour of the same character never overlaps its twin by more than a sliver.
_DUPLICATE_OVERLAP = 0.6
_WHITE = 240  # fill channel value from which text counts as white
_TINY_PT = 2.0
_WHITE_MAX_SIDE_PX = 1000.0
_DOUBLED = re.compile(r"([^\s\d.,:;·•…—\-_=*#~/\\|()（）【】\[\]<>《》、。，：；])\1")
_LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True, slots=True)
class PageFrame:
    """The visible page: PDFium's bounding box (crop ∩ media, inherited boxes resolved) and
    /Rotate. `get_mediabox()` must not be used — it falls back to Letter for inherited boxes
    (corpus mozilla__pdf.js/issue13316_reduced.pdf)."""

    rotation: int
    left: float
    bottom: float
    right: float
    top: float

    @property
    def width(self) -> float:
        span = self.right - self.left
        return self.top - self.bottom if self.rotation in (90, 270) else span

    @property
    def height(self) -> float:
        span = self.top - self.bottom
        return self.right - self.left if self.rotation in (90, 270) else span

    def to_display(
        self, x0: float, y0: float, x1: float, y1: float
    ) -> tuple[float, float, float, float]:
        """User-space rectangle (left, bottom, right, top) → (x0, top, x1, bottom) on the page
        as displayed (clockwise /Rotate, PDF 32000 7.7.3.3)."""
        if self.rotation == 90:
            return y0 - self.bottom, x0 - self.left, y1 - self.bottom, x1 - self.left
        if self.rotation == 180:
            return self.right - x1, y0 - self.bottom, self.right - x0, y1 - self.bottom
        if self.rotation == 270:
            return self.top - y1, self.right - x1, self.top - y0, self.right - x0
        return x0 - self.left, self.top - y1, x1 - self.left, self.top - y0

    def to_user(
        self, x0: float, top: float, x1: float, bottom: float
    ) -> tuple[float, float, float, float]:
        """Inverse of `to_display`: → (left, bottom, right, top) in user space."""
        if self.rotation == 90:
            return top + self.left, x0 + self.bottom, bottom + self.left, x1 + self.bottom
        if self.rotation == 180:
            return self.right - x1, top + self.bottom, self.right - x0, bottom + self.bottom
        if self.rotation == 270:
            return self.right - bottom, self.top - x1, self.right - top, self.top - x0
        return x0 + self.left, self.top - bottom, x1 + self.left, self.top - top


def frame_of(page) -> PageFrame:
    left, bottom, right, top = page.get_bbox()
    return PageFrame(page.get_rotation() % 360, left, bottom, right, top)


@dataclass(frozen=True, slots=True)
class TextLine:
    text: str
    box: tuple[float, float, float, float] | None  # display (x0, top, x1, bottom)
    hidden: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PageChar:
    """A kept character with its display box; only produced for pages read char by char."""

    text: str
    box: tuple[float, float, float, float]
    line_break_before: bool


@dataclass(slots=True)
class PageText:
    lines: list[TextLine]
    duplicates_dropped: int = 0
    chars: list[PageChar] = field(default_factory=list)  # filled only when duplicates were dropped


class _Probe:
    """Reusable ctypes out-parameters: allocating them per call costs more than the call."""

    def __init__(self) -> None:
        self.rect = pdfium_c.FS_RECTF()
        self.rgba = tuple(ctypes.c_uint() for _ in range(4))

    def box(self, textpage, index: int) -> tuple[float, float, float, float] | None:
        rect = self.rect
        if not pdfium_c.FPDFText_GetLooseCharBox(textpage, index, rect):
            return None
        return rect.left, rect.bottom, rect.right, rect.top

    def hidden(self, textpage, index: int) -> tuple[str, ...]:
        flags: list[str] = []
        r, g, b, a = self.rgba
        filled = pdfium_c.FPDFText_GetFillColor(textpage, index, r, g, b, a) and a.value > 0
        if filled and min(r.value, g.value, b.value) >= _WHITE:
            flags.append("white")
        if pdfium_c.FPDFText_GetFontSize(textpage, index) < _TINY_PT:
            box = self.box(textpage, index)
            # Tf 1 with a ×12 text matrix is normal-sized text; trust the drawn box too.
            if box is None or max(box[2] - box[0], box[3] - box[1]) < _TINY_PT + 0.5:
                flags.append("tiny")
        return tuple(flags)


def _union(boxes) -> tuple[float, float, float, float] | None:
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for box in boxes:
        if box is None or (box[2] <= box[0] and box[3] <= box[1]):
            continue  # PDFium gives empty boxes for some generated characters
        x0, y0 = min(x0, box[0]), min(y0, box[1])
        x1, y1 = max(x1, box[2]), max(y1, box[3])
    return None if x0 == float("inf") else (x0, y0, x1, y1)


def _overlap_share(a, b) -> float:
    """Intersection area over the smaller box's area (boxes as (x0, y0, x1, y1))."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return (w * h) / smaller if smaller > 0 else 0.0


def _overprinted(raw, probe: _Probe, start: int, end: int, line: str, boxes: list) -> bool:
    """Whether a line may hold a second copy of its own glyphs. A copy that PDFium did not drop
    follows the original in the text, so the characters jump back along the line: sampled
    boxes (first, quartiles, last) stop advancing. Doubled letters (安安) overprinted one by one
    are caught by comparing the pair's boxes. Either sign sends the line to char-by-char reading,
    where real repeats (年年度报告) survive because their boxes do not overlap."""
    for match in _DOUBLED.finditer(line):
        a, b = probe.box(raw, start + match.start()), probe.box(raw, start + match.start() + 1)
        if a and b and _overlap_share(a, b) >= _DUPLICATE_OVERLAP:
            return True
    if end - start < 4:
        return False
    quarter = (end - start - 1) / 4
    positions = [start + round(quarter * k) for k in range(5)]
    samples = [
        boxes[0],
        probe.box(raw, positions[1]),
        boxes[1],
        probe.box(raw, positions[3]),
        boxes[2],
    ]
    centres = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, b[3] - b[1]) for b in samples if b]
    if len(centres) < 3:
        return False
    (x0, y0, size), (x1, y1, _) = centres[0], centres[-1]
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    if length < size / 2:
        return True  # several characters, yet the line ends where it starts
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    progress = [(x - x0) * ux + (y - y0) * uy for x, y, _ in centres]
    return any(b < a - size / 2 for a, b in zip(progress, progress[1:], strict=False))


def _overlapping_lines(user_boxes: list, texts: list[str]) -> set[int]:
    """Indices of line pairs where one repeats the other's text over the same place (a second
    drawing pass). Sub- and superscripts overlap their line too, but do not repeat it."""
    order = sorted((b[1], i) for i, b in enumerate(user_boxes) if b is not None)
    found: set[int] = set()
    for k, (_, i) in enumerate(order):
        a = user_boxes[i]
        for _, j in order[k + 1 :]:
            b = user_boxes[j]
            if b[1] >= a[3]:
                break
            if _overlap_share(a, b) >= _DUPLICATE_OVERLAP and (
                texts[i] in texts[j] or texts[j] in texts[i]
            ):
                found.update((i, j))
    return found


def read_text(page, textpage, frame: PageFrame) -> PageText:
    """PDFium's text split into display lines; see the module docstring for the fast path."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return PageText(lines=[])
    text = textpage.get_text_range()
    if len(text) != count:
        # Characters outside the BMP or excluded by PDFium shift text vs. char indices; fall
        # back to one code point per char index (slower, rare).
        text = "".join(_code_point(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    probe = _Probe()
    ranges: list[tuple[int, int]] = []
    user_boxes: list = []
    samples: list[tuple[str, ...] | None] = []
    suspicious: set[int] = set()
    stacked: set[int] = set()  # segments running over several rows (a form's flattened fields)
    segments = without_line_numbers(text, lambda i: probe.box(raw, i), list(_upright_segments(text, raw)))
    for start, end in segments:
        index = len(ranges)
        ranges.append((start, end))
        boxes = [probe.box(raw, start), probe.box(raw, (start + end) // 2), probe.box(raw, end - 1)]
        user_boxes.append(_union(boxes))
        first, last = probe.hidden(raw, start), probe.hidden(raw, end - 1)
        samples.append(first if first == last else None)
        if stacked_segment([frame.to_display(*b) if b else None for b in boxes]):  # rows as displayed
            stacked.add(index)
        if first != last or _overprinted(raw, probe, start, end, text[start:end], boxes) or index in stacked:
            suspicious.add(index)
    suspicious |= _overlapping_lines(user_boxes, ["".join(text[a:b].split()) for a, b in ranges])
    result = _assemble(text, raw, frame, probe, ranges, user_boxes, samples, suspicious, keep=False,
                       stacked=stacked)
    if result.duplicates_dropped:
        # A page with overprinted glyphs is re-read char by char in full, so that table cells
        # can be filled from the deduplicated characters too.
        result = _assemble(
            text, raw, frame, probe, ranges, user_boxes, samples, set(range(len(ranges))), keep=True,
            stacked=stacked,
        )
    _flag_off_page(result, frame)
    return result


def _upright_segments(text: str, raw):
    """PDFium's text lines as (start, end), blanks trimmed, without the glyphs set at a slant: a
    watermark drawn across the page (「仅供申报使用」, h58) is no line of it, even where PDFium runs it
    on from the line it crosses. Only a line whose ends or middle slant is read glyph by glyph."""
    for match in _LINE.finditer(text):
        segment = match.group()
        stripped = segment.strip()
        if not stripped:
            continue
        start = match.start() + (len(segment) - len(segment.lstrip()))
        end = start + len(stripped)
        if not any(oblique(raw, i) for i in {start, (start + end - 1) // 2, end - 1}):
            yield start, end
            continue
        run = None
        for i in range(start, end + 1):
            upright = i < end and not oblique(raw, i)
            if upright and run is None:
                run = i
            elif not upright and run is not None:
                piece = text[run:i]
                if piece.strip():
                    yield run + (len(piece) - len(piece.lstrip())), run + len(piece.rstrip())
                run = None


def _code_point(value: int) -> str:
    try:
        return chr(value) if value else "\ufffd"
    except (ValueError, OverflowError):
        return "\ufffd"


def _assemble(text, raw, frame, probe, ranges, user_boxes, samples, exact, *, keep,
              stacked: set[int] = frozenset()) -> PageText:
    lines: list[TextLine] = []
    placed: list[TextLine] = []  # pieces of stacked segments, each to join the line on its row
    twins = _Twins()
    dropped = 0
    chars: list[PageChar] = []
    for index, (start, end) in enumerate(ranges):
        sample = samples[index]
        if index not in exact:
            box = user_boxes[index]
            lines.append(
                TextLine(text[start:end], frame.to_display(*box) if box else None, sample or ())
            )
            continue
        run: list[tuple[str, tuple | None, tuple[str, ...]]] = []
        first_in_line = True
        for i in range(start, end):
            char = text[i]
            box = probe.box(raw, i)
            blank = char.isspace()
            if not blank and box is not None and twins.seen(char, box):
                dropped += 1
                continue
            # per-character colour and size only where the line's two samples disagree
            hidden = () if blank else (sample if sample is not None else probe.hidden(raw, i))
            run.append((char, box, hidden))
            if keep and box is not None:
                chars.append(PageChar(char, frame.to_display(*box), first_in_line))
                first_in_line = False
        pieces = _split_by_hidden(run, frame, by_row=index in stacked)
        if index in stacked and len({p.box[1] for p in pieces if p.box is not None}) > 1:
            placed.extend(pieces)  # one segment over several rows: each piece to its own row
        else:
            lines.extend(pieces)
    return PageText(lines=join_rows(lines, placed), duplicates_dropped=dropped, chars=chars if keep else [])



class _Twins:
    """Boxes of the characters kept so far, hashed by character and a coarse grid cell, so the
    duplicate test looks at a few neighbours instead of every earlier occurrence."""

    CELL = 3.0  # points; fake-bold copies are < 1 pt apart, so a twin is in a neighbouring cell

    def __init__(self) -> None:
        self._grid: dict[tuple[str, int, int], list[tuple[float, float, float, float]]] = {}

    def seen(self, char: str, box: tuple[float, float, float, float]) -> bool:
        gx = int((box[0] + box[2]) / (2 * self.CELL))
        gy = int((box[1] + box[3]) / (2 * self.CELL))
        grid = self._grid
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for twin in grid.get((char, gx + dx, gy + dy), ()):
                    if _overlap_share(box, twin) >= _DUPLICATE_OVERLAP:
                        return True
        grid.setdefault((char, gx, gy), []).append(box)
        return False


def _split_by_hidden(run, frame: PageFrame, *, by_row: bool = False) -> list[TextLine]:
    """Consecutive characters sharing hidden flags become one line (spaces join either side);
    `by_row`: also a new line where the characters move to another row."""
    pieces: list[TextLine] = []
    current: list = []
    flags: tuple[str, ...] | None = None
    row: tuple[float, float] | None = None  # (bottom, height) of the current piece's last glyph
    for char, box, hidden in run:
        if char.isspace() and current:
            current.append((char, box))
            continue
        moved = by_row and box is not None and row is not None and abs(box[1] - row[0]) > 0.8 * row[1]
        if box is not None:
            row = (box[1], max(box[3] - box[1], 1.0))
        if (flags is not None and hidden != flags) or (moved and current):
            pieces.append(_piece(current, flags, frame))
            current = []
        flags = hidden
        current.append((char, box))
    if current:
        pieces.append(_piece(current, flags or (), frame))
    return [p for p in pieces if p.text]


def _piece(chars, hidden, frame: PageFrame) -> TextLine:
    text = " ".join("".join(c for c, _ in chars).split())
    box = _union(b for c, b in chars if not c.isspace())
    return TextLine(text, frame.to_display(*box) if box else None, hidden)


def _flag_off_page(result: PageText, frame: PageFrame) -> None:
    width, height = frame.width, frame.height
    for k, line in enumerate(result.lines):
        if line.box is None:
            continue
        x0, top, x1, bottom = line.box
        if x1 <= 0 or x0 >= width or bottom <= 0 or top >= height:
            result.lines[k] = TextLine(line.text, line.box, (*line.hidden, "off_page"))


def confirm_white(page, frame: PageFrame, box: tuple[float, float, float, float]) -> bool:
    """White fill is hidden only on a light background: render the line's area and look at its
    median. White headings on a dark table band are visible and stay unflagged."""
    x0, top, x1, bottom = box
    width, height = frame.width, frame.height
    x0, x1 = max(0.0, x0), min(width, x1)
    top, bottom = max(0.0, top), min(height, bottom)
    if x1 - x0 < 1 or bottom - top < 1:
        return True
    # At most 1000 px a side: a line box on a poster-sized page can be metres long, and the
    # median of its pixels does not need full resolution.
    scale = min(1.0, _WHITE_MAX_SIDE_PX / max(x1 - x0, bottom - top))
    crop = (x0, height - bottom, width - x1, top)
    bitmap = page.render(scale=scale, grayscale=True, crop=crop)
    pixels = bitmap.to_numpy()
    if pixels.size == 0:
        return True
    return float(np.median(pixels)) > 200
