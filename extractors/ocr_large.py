"""OCR's second look: the figures of a dashboard tile or a chart that the detector missed.

RapidOCR's detector (DB, run on the full bitmap) finds body text but can miss glyphs far larger
than the text it was trained on: a tile 「注册企业（家） 1,142」 drawn at 90 px came back with its
caption and without the figure (a blind package's 大屏 screenshot; the caption's neighbours, at
the same size, were read). It also missed a donut's centre 「864家」 under its caption, in type the
size of the legend beside it. Seen at a smaller scale both are found at once. So a page whose
bitmap is larger than `LOOK_SIDE` is looked at a second time, detector only, scaled to that side.
A box it finds that the first pass did not read, or read only in part (「142」 of 「1,142」), is
recognised from the full-resolution bitmap (the tallest first, `MAX_READS` at most) and the reading
is put where it reads, in place of the part, when it holds that part and is either taller than
the page's ordinary lines or a figure of their size. A single glyph (a seal's 「★」 or 「公」) never is.
A box astride a line the first pass read (「TB」 beside 「388.42」) is left alone.

Costs a detector run at ≤ 800 px (≈0.2 s on 2 cores) and a few recognitions a page: 31 s over 60
blind-set screenshots and scans (0.5 s a page) on a loaded 2-core machine.
It must not run the engine's first pass nor judge the page's turn (`extractors.ocr`).
"""

from __future__ import annotations

import numpy as np

LOOK_SIDE = 800  # the detector's longer side on the second look
MIN_SCORE = 0.8  # an added line is recognised with at least this confidence
TALLER = 1.2  # ... and is this much taller than the first pass's median line (when it read ≥ 3),
FIGURE = 0.8  # or, reading as a figure (`_figure`), at least this tall
MAX_READS = 12  # boxes recognised a page at most, the tallest first
MARGIN = 4  # pixels around a box when it is cut out for recognition
FULL = 0.8  # a box this much under the first pass's lines was read by it


def detector_params(params: dict) -> dict:
    """The second-look engine's configuration: the first's, with the detector scaled down."""
    return {**params, "Det.limit_type": "max", "Det.limit_side_len": LOOK_SIDE}


def added_lines(engine, looker, bgr: np.ndarray, lines: list[dict]) -> list[dict]:
    """`lines` with the large lines the first pass missed, or read only in part, in reading order;
    `lines` itself when there are none (then nothing about the first pass changes)."""
    height, width = bgr.shape[:2]
    if max(height, width) <= LOOK_SIDE:
        return lines
    found = looker(bgr, use_det=True, use_cls=False, use_rec=False)
    boxes = [] if found.boxes is None else list(found.boxes)
    heights = sorted(_rect(line["quad"])[3] - _rect(line["quad"])[1] for line in lines)
    median = heights[len(heights) // 2] if len(heights) >= 3 else 0.0
    merged, changed, reads = list(lines), False, 0
    for quad in sorted(boxes, key=lambda q: _rect(q)[1] - _rect(q)[3]):  # the tallest first
        box = _rect(quad)
        tall = box[3] - box[1] >= TALLER * median
        if box[3] - box[1] < FIGURE * median or reads >= MAX_READS:
            continue
        parts = [line for line in merged if _share(_rect(line["quad"]), box) >= 0.5]  # lines inside the box
        if sum(_share(box, _rect(line["quad"])) for line in parts) >= FULL or any(
                max(_share(_rect(line["quad"]), box), _share(box, _rect(line["quad"]))) > 0.1
                for line in merged if line not in parts):
            continue  # read already, or the box straddles a line it does not hold (「388.42」 beside 「TB」)
        line, reads = _read(engine, bgr, quad), reads + 1
        if line is None or not _extends(line["text"], [part["text"] for part in sorted(parts, key=_left)]):
            continue
        if sum(char.isalnum() for char in line["text"]) < 2 or not (tall or _figure(line["text"])):
            continue  # a stray glyph (a seal's 「★」 or 「公」); of the page's own size, a figure only (「864家」)
        merged = [other for other in merged if other not in parts]
        merged.insert(_position(merged, line), line)
        changed = True
    return merged if changed else lines


def _figure(text: str) -> bool:
    """Two letters or digits at least, a digit among them: 「864家」, 「2 TB」, not 「6」 or 「.1.」."""
    return sum(char.isalnum() for char in text) >= 2 and any(char.isdigit() for char in text)


def _read(engine, bgr: np.ndarray, quad) -> dict | None:
    x0, y0, x1, y1 = _rect(quad)
    crop = bgr[max(0, int(y0) - MARGIN):int(y1) + MARGIN, max(0, int(x0) - MARGIN):int(x1) + MARGIN]
    if crop.size == 0:
        return None
    read = engine(np.ascontiguousarray(crop), use_det=False, use_cls=True, use_rec=True)
    text = read.txts[0].strip() if read.txts else ""
    score = float(read.scores[0]) if read.scores else 0.0
    if not text or score < MIN_SCORE:
        return None
    points = [[round(float(x), 2), round(float(y), 2)] for x, y in np.asarray(quad)]
    return {"text": text, "score": round(score, 4), "quad": points}


def _extends(text: str, parts: list[str]) -> bool:
    """Whether the second look's reading holds every part the first pass read of the same box, left
    to right, and more (「1」「142」 → 「1,142」); with no parts, any reading. A part without a
    letter or digit (「_」 for a thin 「1」) is a smudge, not a reading to keep."""
    squeezed = text.replace(" ", "")
    parts = [part for part in parts if any(char.isalnum() for char in part)]
    position = 0
    for part in parts:
        found = squeezed.find(part.replace(" ", ""), position)
        if found < 0:
            return False
        position = found + len(part.replace(" ", ""))
    return len(squeezed) > sum(len(part.replace(" ", "")) for part in parts)


def _rect(quad) -> tuple[float, float, float, float]:
    points = np.asarray(quad, dtype=float)
    return float(points[:, 0].min()), float(points[:, 1].min()), float(points[:, 0].max()), float(points[:, 1].max())


def _left(line: dict) -> float:
    return _rect(line["quad"])[0]


def _share(box, other) -> float:
    """The share of `box`'s area that lies under `other`."""
    width = min(box[2], other[2]) - max(box[0], other[0])
    height = min(box[3], other[3]) - max(box[1], other[1])
    area = (box[2] - box[0]) * (box[3] - box[1])
    return width * height / area if width > 0 and height > 0 and area > 0 else 0.0


def _position(lines: list[dict], line: dict) -> int:
    """Where `line` reads among `lines`: before the first line of a later row, or of its own row
    further right (a row: centres within half the new line's height)."""
    x0, y0, _, y1 = _rect(line["quad"])
    middle, tolerance = (y0 + y1) / 2, (y1 - y0) / 2
    for index, other in enumerate(lines):
        ox0, oy0, _, oy1 = _rect(other["quad"])
        other_middle = (oy0 + oy1) / 2
        if other_middle - middle > tolerance or (abs(other_middle - middle) <= tolerance and ox0 > x0):
            return index
    return len(lines)
