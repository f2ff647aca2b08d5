"""Which way a PDF page's text runs: a page whose text runs sideways is turned upright to be read
(`turn_upright`); a glyph set at a slant, as a diagonal watermark is, belongs to no line or cell
(`oblique`). Decided by PDFium's own character angles.

Must not: read text or tables (`pdf_page`, `pdf_tables` do).
"""

from __future__ import annotations

import math

import numpy as np
import pypdfium2.raw as pdfium_c

_SIDEWAYS_MIN_CHARS = 20
_SIDEWAYS_SHARE = 0.8


def turn_upright(page, textpage) -> bool:
    """Give a page whose text runs sideways as displayed the /Rotate that sets it upright, in
    memory only: a landscape table stored with the wrong /Rotate (or drawn turned on a portrait
    page) is then read in rows, not columns, and rendered the way it is read. Decided by the
    text's own direction (PDFium's character angles, sampled), only when nearly all of it agrees.
    True when the page was turned."""
    count = textpage.count_chars()
    if count < _SIDEWAYS_MIN_CHARS:
        return False
    angles: dict[int, int] = {}
    for index in range(0, count, max(1, count // 400)):
        if pdfium_c.FPDFText_GetUnicode(textpage, index) in (0x20, 0x0D, 0x0A, 0x3000):
            continue
        radians = pdfium_c.FPDFText_GetCharAngle(textpage, index)
        if radians < 0:  # PDFium's error value
            continue
        clockwise = round(np.degrees(radians) / 90) % 4 * 90  # PDFium measures it clockwise
        angles[clockwise] = angles.get(clockwise, 0) + 1
    if not angles:
        return False
    angle, votes = max(angles.items(), key=lambda item: item[1])
    upright = (360 - angle) % 360  # the /Rotate (clockwise) that undoes it
    if votes < _SIDEWAYS_MIN_CHARS or votes < _SIDEWAYS_SHARE * sum(angles.values()) \
            or upright == page.get_rotation() % 360:
        return False
    page.set_rotation(upright)
    return True


_OBLIQUE_DEGREES = 20.0  # off every quarter turn by more than this: a watermark slanting across the page (a
# brochure's card tilted by 12° is still read)


def oblique(textpage, index: int) -> bool:
    """A character set at a slant (a diagonal watermark 「仅供申报使用」 drawn across a table, h58): it
    belongs to no cell, though its box falls in one. Upright and quarter-turned text is never oblique."""
    radians = pdfium_c.FPDFText_GetCharAngle(textpage, index)
    if radians < 0:  # PDFium's error value
        return False
    off = math.degrees(radians) % 90
    return _OBLIQUE_DEGREES < off < 90 - _OBLIQUE_DEGREES
