"""Which way up a scanned page was delivered, and its OCR lines set in the upright frame.

Scans arrive turned: a landscape table fed in portrait (90° either way), a page fed upside down.
RapidOCR still reads their words — it turns tall line crops by 90° and its line classifier flips
upside-down crops — but the boxes stay where the words lie on the turned bitmap, so a table's rows
come out as columns, or in reverse order. This module decides the page's turn from the line
classifier's verdicts on the page's own lines, and moves the boxes into the frame in which the page
reads upright (`turn_point`); the text is already right.

The classifier sees the crop the way RapidOCR's recognizer does: a crop at least 1.5× taller than
wide is first turned 90° anticlockwise (`np.rot90`). On a page turned 90° clockwise (text running
top to bottom) that crop comes out upright ("0"); on a page turned anticlockwise it comes out upside
down ("180"). A page is turned only when most of its longer lines agree (`_AGREE`); otherwise it
is read as it is shown.

A page photographed a few degrees askew is not turned: `line_skew` measures the slope of its long
lines, which the row builder follows (`Page.skew`).
"""

from __future__ import annotations

import math

import numpy as np

from extractors.model import BBox

_TALL = 1.5  # RapidOCR's own threshold for turning a crop before recognition
_SAMPLE = 16  # longest lines asked
_MIN_LINES = 4
_AGREE = 0.75


def page_turn(engine, bgr: np.ndarray, lines: list[dict]) -> int:
    """Clockwise degrees (0, 90, 180, 270) that set the bitmap upright, judged on its OCR lines
    (`{"text", "quad"}` in bitmap pixels). The engine is a RapidOCR instance; the caller holds
    its lock."""
    sample = sorted((line for line in lines if len(line["text"].strip()) >= 2),
                    key=lambda line: -len(line["text"]))[:_SAMPLE]
    if len(sample) < _MIN_LINES:
        return 0
    crops = [_crop(bgr, line["quad"]) for line in sample]
    crops = [crop for crop in crops if crop is not None]
    tall = [crop for crop in crops if crop.shape[0] >= _TALL * crop.shape[1]]
    wide = [crop for crop in crops if crop.shape[0] < _TALL * crop.shape[1]]
    if len(tall) >= _AGREE * len(crops) and len(tall) >= _MIN_LINES:
        upside_down = _share_upside_down(engine, [np.rot90(crop) for crop in tall])
        if upside_down >= _AGREE:
            return 90  # text runs bottom to top: the page lies turned anticlockwise
        if upside_down <= 1 - _AGREE:
            return 270  # text runs top to bottom: the page lies turned clockwise
        return 0
    if len(wide) >= _MIN_LINES and _share_upside_down(engine, wide) >= _AGREE:
        return 180
    return 0


def turn_point(x: float, y: float, width: float, height: float, turn: int) -> tuple[float, float]:
    """A point of a `width`×`height` bitmap, in the bitmap turned clockwise by `turn` degrees."""
    if turn == 90:
        return height - y, x
    if turn == 180:
        return width - x, height - y
    if turn == 270:
        return y, width - x
    return x, y


def turn_box(box: BBox, width: float, height: float, turn: int) -> BBox:
    """A box of a `width`×`height` bitmap, in the bitmap turned clockwise by `turn` degrees."""
    corners = [turn_point(x, y, width, height, turn) for x, y in ((box.x0, box.top), (box.x1, box.bottom))]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return BBox(x0=min(xs), top=min(ys), x1=max(xs), bottom=max(ys))


def reading_order(lines: list) -> tuple:
    """Top to bottom in rows, left to right in a row: a line whose top lies within half a line's
    height of the row's first line belongs to that row (as RapidOCR orders an upright page)."""
    ordered: list = []
    row: list = []
    for line in sorted(lines, key=lambda line: line.bbox.top):
        if row and line.bbox.top - row[0].bbox.top > 0.5 * (row[0].bbox.bottom - row[0].bbox.top):
            ordered += sorted(row, key=lambda line: line.bbox.x0)
            row = []
        row.append(line)
    ordered += sorted(row, key=lambda line: line.bbox.x0)
    return tuple(ordered)


def line_skew(lines: list[dict]) -> float:
    """The slope of the page's text lines (median of the long lines' top edges, RapidOCR's quads
    run top-left, top-right, …), in degrees; 0 below 0.5° or with fewer than 3 long lines."""
    angles = []
    for line in lines:
        (x0, y0), (x1, y1) = line["quad"][0], line["quad"][1]
        height = abs(line["quad"][3][1] - y0)
        if x1 - x0 > 3 * max(height, 1.0):
            angles.append(math.degrees(math.atan2(y1 - y0, x1 - x0)))
    if len(angles) < 3:
        return 0.0
    angle = sorted(angles)[len(angles) // 2]
    return round(angle, 2) if 0.5 <= abs(angle) <= 15 else 0.0


def _crop(bgr: np.ndarray, quad) -> np.ndarray | None:
    xs = [point[0] for point in quad]
    ys = [point[1] for point in quad]
    x0, x1 = max(0, int(min(xs))), min(bgr.shape[1], int(max(xs)) + 1)
    y0, y1 = max(0, int(min(ys))), min(bgr.shape[0], int(max(ys)) + 1)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return None
    return np.ascontiguousarray(bgr[y0:y1, x0:x1])


def _share_upside_down(engine, crops: list[np.ndarray]) -> float:
    """Share of `crops` the line classifier calls upside down. The call only classifies; the
    engine's detector and recognizer flags are set back by the next full call (`ocr._run`)."""
    verdicts = []
    for crop in crops:
        output = engine(np.ascontiguousarray(crop), use_det=False, use_cls=True, use_rec=False)
        labels = getattr(output, "cls_res", None) or [("0", 0.0)]
        verdicts.append(labels[0][0] == "180")
    return sum(verdicts) / len(verdicts) if verdicts else 0.0
