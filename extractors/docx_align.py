"""Placing DOCX blocks on the pages of their PDF rendering, in order, by their text.

Both sides are normalised (NFKC, no whitespace, no tick-box glyphs or private-use symbols, no
dot leaders), so "1 范围<tab>1" in a table of contents meets "1范围......1" on the rendering
(nb_std_part12_design.docx). Distinctive blocks (≥ 6 normalised characters) are anchored first:
each may occur several times (a heading is also in the table of contents), and the longest chain
of occurrences that increases with the block order wins, so one false far match cannot drag the
rest out of place. The other blocks (a cell holding "是" or "12") are searched between their
neighbouring anchors, near the cursor. A block never found inherits the previous block's page.
A block whose text runs onto the next page is followed across the footer and header between
its halves and reported with the offsets where each page starts, so a quote from its second
half is cited on the right page.

This module reads a PDF and compares strings; it knows nothing of DOCX structure.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.model import BBox

_PROBE_CHARS = 24
_SHORT_PROBE = 6
_WINDOW_LONG = 20000  # normalised characters (~10 dense pages) searched for a distinctive probe
_WINDOW_SHORT = 600  # a short cell value must be close to the cursor
_MAX_CANDIDATES = 20
_RESUME_PROBE = 8
_PAGE_FURNITURE = 400  # normalised characters of footer + header between two halves of a block
_IGNORED = set("□☐☑☒■√✔✓")
_LEADER = set(".·⋯")


@dataclass(frozen=True)
class RenderedPage:
    width: float
    height: float
    image_count: int


@dataclass(frozen=True)
class PageStart:
    """The block continues on a later page from `offset` (an index into the block's text)."""

    offset: int
    page_index: int
    bbox: BBox | None = None


@dataclass(frozen=True)
class Placement:
    page_index: int  # 0-based page of the rendering where the block starts
    matched: bool
    bbox: BBox | None = None  # the block's first line on that page
    continued: tuple[PageStart, ...] = ()


@dataclass(frozen=True)
class Alignment:
    pages: tuple[RenderedPage, ...]
    placements: tuple[Placement, ...]
    image_pages: tuple[int, ...]  # page index of each picture of the rendering, in order
    wanted: int = 0  # texts with something to find (not only blanks and box glyphs)

    @property
    def matched(self) -> int:
        return sum(1 for p in self.placements if p.matched)


@functools.lru_cache(maxsize=65536)  # a document uses a few thousand distinct characters
def _normalise_char(ch: str) -> str:
    if ch.isspace() or ch in _IGNORED or "\ue000" <= ch <= "\uf8ff" or "\ud800" <= ch <= "\udfff":
        return ""
    if ch.isascii():
        return ch
    return "".join(
        c for c in unicodedata.normalize("NFKC", ch) if not c.isspace() and c not in _IGNORED
    )


def _kept(chars: list[str]) -> list[int]:
    """Indices of the characters outside dot leaders (runs of three or more)."""
    kept: list[int] = []
    run: list[int] = []
    for i, ch in enumerate(chars):
        if ch in _LEADER:
            run.append(i)
            continue
        if len(run) < 3:
            kept.extend(run)
        run = []
        kept.append(i)
    if len(run) < 3:
        kept.extend(run)
    return kept


def normalise_indexed(text: str) -> tuple[str, list[int]]:
    """The comparison form of `text` and, per character of it, its index in `text`."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for c in _normalise_char(ch):
            chars.append(c)
            origin.append(index)
    kept = _kept(chars)
    return "".join(chars[k] for k in kept), [origin[k] for k in kept]


def normalise(text: str) -> str:
    return normalise_indexed(text)[0]


@dataclass
class _RenderedText:
    text: str = ""  # normalised text of all pages, concatenated
    page_of: list[int] = field(default_factory=list)  # per normalised char: page index
    char_of: list[int] = field(default_factory=list)  # per normalised char: pdfium char index
    pages: list[RenderedPage] = field(default_factory=list)
    image_pages: list[int] = field(default_factory=list)


def _read_rendering(pdf: pdfium.PdfDocument) -> tuple[_RenderedText, list[pdfium.PdfTextPage]]:
    rendered = _RenderedText()
    chars: list[str] = []
    textpages = []
    for page_index in range(len(pdf)):
        page = pdf[page_index]
        textpage = page.get_textpage()
        textpages.append(textpage)
        width, height = page.get_size()
        images = sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
        rendered.pages.append(RenderedPage(width=width, height=height, image_count=images))
        rendered.image_pages.extend([page_index] * images)
        # Char by char: get_text_range's string is not index-aligned with the char boxes on
        # every page (pypdfium2 issue #261), and the boxes give the bbox.
        for char_index in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(textpage, char_index)
            for ch in _normalise_char(chr(code)) if 0 < code < 0x110000 else "":
                chars.append(ch)
                rendered.page_of.append(page_index)
                rendered.char_of.append(char_index)
    kept = _kept(chars)
    rendered.text = "".join(chars[i] for i in kept)
    rendered.page_of = [rendered.page_of[i] for i in kept]
    rendered.char_of = [rendered.char_of[i] for i in kept]
    return rendered, textpages


def _first_line_bbox(
    textpage: pdfium.PdfTextPage, first: int, last: int, height: float
) -> BBox | None:
    """Union of the char boxes from `first` to `last` (pdfium indices) on the first char's
    line, in top-left page coordinates."""
    box: BBox | None = None
    line_top = line_bottom = 0.0
    for index in range(first, last + 1):
        left, bottom, right, top = textpage.get_charbox(index)
        if right <= left and top <= bottom:
            continue  # generated space or line break
        if box is None:
            line_top, line_bottom = top, bottom
        elif not line_bottom <= (top + bottom) / 2 <= line_top:
            break  # the block wrapped to the next line
        char_box = BBox(x0=left, top=height - top, x1=right, bottom=height - bottom)
        box = char_box if box is None else box.union(char_box)
    return box


def _occurrences(haystack: str, needle: str) -> list[int]:
    found: list[int] = []
    start = haystack.find(needle)
    while start >= 0 and len(found) < _MAX_CANDIDATES:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def _anchor_chain(haystack: str, probes: list[str]) -> dict[int, int]:
    """block index → position: the longest chain of distinctive blocks whose positions increase
    with the block order (patience sorting; a block's candidates are fed right to left so a
    chain uses each block at most once)."""
    tails: list[int] = []
    tail_items: list[int] = []
    items: list[tuple[int, int]] = []
    parents: list[int] = []
    for block, probe in enumerate(probes):
        if len(probe) < _SHORT_PROBE:
            continue
        for position in sorted(_occurrences(haystack, probe), reverse=True):
            length = bisect.bisect_left(tails, position)
            items.append((block, position))
            parents.append(tail_items[length - 1] if length else -1)
            if length == len(tails):
                tails.append(position)
                tail_items.append(len(items) - 1)
            else:
                tails[length] = position
                tail_items[length] = len(items) - 1
    chain: dict[int, int] = {}
    item = tail_items[-1] if tail_items else -1
    while item >= 0:
        block, position = items[item]
        chain[block] = position
        item = parents[item]
    return chain


_Segment = tuple[int, int, int]  # (position in the rendering, position in the target, length)


def _extend(haystack: str, page_of: list[int], target: str, position: int) -> list[_Segment]:
    """Match `target` from `position` on; where it breaks, skip the page furniture (footer of
    this page, header of the next) and go on if the rest follows on a later page."""
    segments: list[_Segment] = []
    i, k = 0, position
    while True:
        start_i, start_k = i, k
        while i < len(target) and k < len(haystack) and target[i] == haystack[k]:
            i += 1
            k += 1
        if i > start_i:
            segments.append((start_k, start_i, i - start_i))
        if i >= len(target) or k >= len(haystack):
            return segments
        resume = haystack.find(target[i : i + _RESUME_PROBE], k, k + _PAGE_FURNITURE)
        if resume < 0 or page_of[resume] <= page_of[k - 1]:
            return segments
        k = resume


def _locate(haystack: str, page_of: list[int], targets: list[str]) -> list[list[_Segment]]:
    """Where each target is in `haystack`; an empty list when it is not found."""
    probes = [t[:_PROBE_CHARS] for t in targets]
    chain = _anchor_chain(haystack, probes)
    anchors = sorted(chain)
    located: list[list[_Segment]] = []
    cursor = 0
    next_anchor = 0
    for block, (target, probe) in enumerate(zip(targets, probes, strict=True)):
        while next_anchor < len(anchors) and anchors[next_anchor] <= block:
            next_anchor += 1
        if block in chain:
            position = chain[block]
        else:
            limit = chain[anchors[next_anchor]] if next_anchor < len(anchors) else len(haystack)
            window = _WINDOW_LONG if len(probe) >= _SHORT_PROBE else _WINDOW_SHORT
            end = min(limit, cursor + window) + len(probe)
            position = haystack.find(probe, cursor, end) if probe else -1
            if position < 0:
                segments = _resume_across_page(haystack, page_of, target, cursor, end)
                located.append(segments)
                if segments:
                    cursor = segments[-1][0] + segments[-1][2]
                continue
        segments = _extend(haystack, page_of, target, position)
        located.append(segments)
        cursor = segments[-1][0] + segments[-1][2]
    return located


def _resume_across_page(
    haystack: str, page_of: list[int], target: str, cursor: int, end: int
) -> list[_Segment]:
    """A block whose first probe straddles a page end is not found by its probe; try a shorter
    start and accept it only if the match, followed across the page furniture, is as long as
    a probe would have been."""
    if len(target) < _PROBE_CHARS:
        return []
    position = haystack.find(target[:_RESUME_PROBE], cursor, end)
    if position < 0:
        return []
    segments = _extend(haystack, page_of, target, position)
    return segments if sum(s[2] for s in segments) >= _PROBE_CHARS else []


def _place(
    rendered: _RenderedText, textpages: list, segments: list[_Segment], origin: list[int]
) -> Placement:
    """The block's first page and first-line bbox, and where it continues on later pages."""
    groups: list[
        list[int]
    ] = []  # per page: [page index, first and last rendered index, target index]
    for hay_start, target_start, length in segments:
        for j in range(length):
            k = hay_start + j
            page_index = rendered.page_of[k]
            if groups and groups[-1][0] == page_index:
                groups[-1][2] = k
            elif not groups or page_index > groups[-1][0]:
                groups.append([page_index, k, k, target_start + j])
    boxes = [
        _first_line_bbox(
            textpages[page_index],
            rendered.char_of[first],
            rendered.char_of[last],
            rendered.pages[page_index].height,
        )
        for page_index, first, last, _ in groups
    ]
    continued = tuple(
        PageStart(offset=origin[target_index], page_index=page_index, bbox=bbox)
        for (page_index, _, _, target_index), bbox in zip(groups[1:], boxes[1:], strict=True)
    )
    return Placement(page_index=groups[0][0], matched=True, bbox=boxes[0], continued=continued)


def map_blocks(pdf_path: Path, texts: list[str]) -> Alignment:
    """Place each text on the rendering, in order (see the module docstring)."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        rendered, textpages = _read_rendering(pdf)
        targets = [normalise_indexed(t) for t in texts]
        placements: list[Placement] = []
        current_page: int | None = None
        located = _locate(rendered.text, rendered.page_of, [t for t, _ in targets])
        for segments, (_, origin) in zip(located, targets, strict=True):
            if not segments:
                placements.append(Placement(page_index=current_page or 0, matched=False))
                continue
            placement = _place(rendered, textpages, segments, origin)
            if current_page is None:
                # Blocks before the first match have no previous page to inherit: they take the
                # first matched page rather than an arbitrary page 1.
                placements = [
                    Placement(page_index=placement.page_index, matched=False) for _ in placements
                ]
            placements.append(placement)
            current_page = (
                placement.continued[-1] if placement.continued else placement
            ).page_index
        return Alignment(
            pages=tuple(rendered.pages),
            placements=tuple(placements),
            image_pages=tuple(rendered.image_pages),
            wanted=sum(1 for t, _ in targets if t),
        )
    finally:
        pdf.close()
