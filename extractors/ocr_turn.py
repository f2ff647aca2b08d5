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
"""

from __future__ import annotations

import numpy as np

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
