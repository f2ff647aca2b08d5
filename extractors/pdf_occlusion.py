"""Text on a PDF page that a reader cannot see because of how it is drawn.

Two ways real files hide text that PDFium's text layer still returns:
- **invisible** (text render mode 3): the OCR layer a scanner lays over its page image (a
  "searchable scan": what it says is the scanner's OCR, with its errors — 「762.3S」 for the
  762.35 the picture shows), or text hidden on purpose on an ordinary page;
- **under_image**: painted over by an opaque image drawn after it (a screenshot pasted over a
  template's 「XXX」 or over last year's figures). An image with transparency (a red e-seal over
  the company's name) hides nothing.

PDFium lists a page's objects in drawing order; a line of the text layer is judged by the text
object under its centre (the smallest, when several are). `searchable_scan` says whether a page is
a scan with a scanner's text layer: most of its text invisible, an image over most of the page.

Must not: change the text (the page reader decides what flagged lines become) or render anything.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from extractors.pdf_page import PageFrame, TextLine
from extractors.pdfium_objects import (
    VOID,
    count_objects,
    get_bounds,
    get_object,
    get_type,
    has_transparency,
    text_render_mode,
)

INVISIBLE_MODE = 3  # FPDF_TEXTRENDERMODE_INVISIBLE
_MAX_OBJECTS = 20_000  # as the census: a page drawn glyph by glyph as paths is not walked further
_COVERED = 0.8  # share of a line's box an image must cover to hide it
SCAN_IMAGE_SHARE = 0.5  # an image over at least half the page
SCAN_INVISIBLE_SHARE = 0.8  # and at least this share of its text characters invisible


@dataclass(frozen=True, slots=True)
class _Drawn:
    order: int
    box: tuple[float, float, float, float]  # display (x0, top, x1, bottom)
    invisible: bool = False  # text objects
    opaque: bool = True  # images


def _objects(page, frame: PageFrame) -> tuple[list[_Drawn], list[_Drawn]]:
    """(text objects, images) of the page's top level, in drawing order, with display boxes; none
    when nothing on the page is invisible or opaque (most pages: their boxes are not measured)."""
    handle = ctypes.cast(page.raw, VOID).value
    text_kind, image_kind = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE
    drawn = []  # (order, object, is text, invisible text / opaque image)
    for order in range(max(min(count_objects(handle), _MAX_OBJECTS), 0)):
        obj = get_object(handle, order)
        kind = get_type(obj)
        if kind == text_kind:
            drawn.append((order, obj, True, text_render_mode(obj) == INVISIBLE_MODE))
        elif kind == image_kind:
            drawn.append((order, obj, False, not has_transparency(obj)))
    if not any(hides for _o, _obj, _t, hides in drawn):
        return [], []
    texts: list[_Drawn] = []
    images: list[_Drawn] = []
    floats = tuple(ctypes.c_float() for _ in range(4))
    out = tuple(ctypes.byref(f) for f in floats)
    for order, obj, is_text, hides in drawn:
        if not get_bounds(obj, *out):
            continue
        box = frame.to_display(*(f.value for f in floats))
        (texts if is_text else images).append(_Drawn(order, box, invisible=hides) if is_text
                                              else _Drawn(order, box, opaque=hides))
    return texts, images


def _contains(box, x: float, y: float, pad: float = 1.0) -> bool:
    return box[0] - pad <= x <= box[2] + pad and box[1] - pad <= y <= box[3] + pad


def _area(box) -> float:
    return max(box[2] - box[0], 0.0) * max(box[3] - box[1], 0.0)


def _covered_share(line, image) -> float:
    x0, top = max(line[0], image[0]), max(line[1], image[1])
    x1, bottom = min(line[2], image[2]), min(line[3], image[3])
    inside = max(x1 - x0, 0.0) * max(bottom - top, 0.0)
    return inside / _area(line) if _area(line) > 0 else 0.0


def flag_occluded(page, frame: PageFrame, lines: list[TextLine]) -> list[TextLine]:
    """The lines with "invisible" / "under_image" added to their hidden flags where so drawn."""
    texts, images = _objects(page, frame)
    if not any(t.invisible for t in texts) and not any(i.opaque for i in images):
        return lines
    out = []
    for line in lines:
        if line.box is None or not line.text.strip():
            out.append(line)
            continue
        cx, cy = (line.box[0] + line.box[2]) / 2, (line.box[1] + line.box[3]) / 2
        # the text objects the line is made of: under its centre, or centred on it (a table row
        # drawn cell by cell has gaps at its centre)
        under = [t for t in texts if _contains(t.box, cx, cy)
                 or _contains(line.box, (t.box[0] + t.box[2]) / 2, (t.box[1] + t.box[3]) / 2, pad=0.5)]
        if not under:
            out.append(line)
            continue
        drawn = min(under, key=lambda t: _area(t.box))
        flags = list(line.hidden)
        if drawn.invisible and all(t.invisible for t in under):
            flags.append("invisible")
        if any(i.opaque and i.order > drawn.order and _covered_share(line.box, i.box) >= _COVERED for i in images):
            flags.append("under_image")
        out.append(line if len(flags) == len(line.hidden) else TextLine(line.text, line.box, tuple(flags)))
    return out


def searchable_scan(lines: list[TextLine], image_area_share: float) -> bool:
    """A scanned page with the scanner's own (invisible) OCR text over it."""
    if image_area_share < SCAN_IMAGE_SHARE:
        return False
    total = sum(len(line.text.strip()) for line in lines)
    invisible = sum(len(line.text.strip()) for line in lines if "invisible" in line.hidden)
    return total > 0 and invisible >= SCAN_INVISIBLE_SHARE * total
