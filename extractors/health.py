"""Text-health check: can a page's text layer be trusted, or must the page be OCR'd?

Pure functions over a page's text and a small grey rendering of it; no PDF, rendering or OCR
code lives here (`extractors.pdf_page_reader` renders, `extractors.ocr` recognises). The verdicts:

- `empty`: no text layer. An image-only page (scan) unless the page is blank.
- `garbled`: the text layer exists but is junk: `(cid:N)` codes, runs of one repeated
  ideograph (corpus mozilla__pdf.js/issue4061.pdf extracts as 轉轉︰針針針…), private-use or
  replacement characters, ideographs that no Chinese standard encodes (issue2884_reduced.pdf gives
  䋴䋮䋶糫 for 簡易公募型), GBK bytes shown as Latin-1 (Ä¿¡¡Â¼ for 目录).
- `sparse`: a little text but a lot of ink outside it (jsvine__pdfplumber/malformed-from-issue-932
  shows a full signature page with a red seal; its text layer holds only "2021 3 31").

Thresholds were set on the 48-file corpus (../shared/corpus): none of its healthy Chinese text
pages trips them, every known broken page does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import cv2
import numpy as np

from extractors.model import HealthVerdict, PageHealth

_CID = re.compile(r"\(cid:\d+\)")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# Runs of one ideograph (2+) or one letter (3+); digits, dots and dashes repeat legitimately
# (1000, 目录……, ————) and are not counted.
_REPEAT_RUN = re.compile(
    r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\1+|([^\W\d_\u3400-\u9fff\uf900-\ufaff])\2\2+"
)
_JUNK = re.compile(r"[\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff\x00-\x08\x0b\x0c\x0e-\x1f]")
_LATIN1 = re.compile(r"[\u0080-\u00ff]")
_LATIN1_SYMBOLS = set("\u00a0°±×÷·§©®µ¥£¢")

CID_SHARE = 0.1
REPEAT_SHARE = 0.3
REPEAT_MIN_CHARS = 6  # 谢谢 or 常常 alone must not condemn a short page
JUNK_SHARE = 0.1
JUNK_MIN_CHARS = 3  # one private-use glyph in a name (issue19182.pdf: 胡駿) is fine
RARE_SHARE = 0.2
RARE_MIN_CHARS = 2
MOJIBAKE_SHARE = 0.3
MOJIBAKE_MIN_CHARS = 6
BLANK_INK = 0.0005  # below this the rendered page is blank: nothing to OCR
SPARSE_MIN_INK = 0.002
# A scale-0.3 rendering of a page of running text has roughly one dark pixel share point per
# 3000 characters or fewer; far fewer characters than the uncovered ink suggests means the text
# layer misses what is drawn. Measured: 932 → 7 chars for 0.011 uncovered; the densest healthy
# table page (issue-67 p4) 741 chars for 0.146; a drawing title block (issue20489) 346 for 0.041.
CHARS_PER_INK = 3000.0
DARK_CONTRAST = 60  # grey levels between a pixel and the page background to count as ink
RULING_MIN_PX = 13  # odd (a centred kernel); at scale 0.3 strokes of 43 pt+ are rules, not glyphs


@lru_cache(maxsize=65536)
def _is_rare(ideograph: str) -> bool:
    """Not in GB 2312 nor Big5: real Chinese text rarely needs such characters, broken
    ToUnicode maps produce them all the time (issue_566_test_1.pdf gives 哾㦓 for 黎荣)."""
    for codec in ("gb2312", "big5"):
        try:
            ideograph.encode(codec)
            return False
        except UnicodeEncodeError:
            continue
    return True


def assess_page(
    text: str, *, ink_share: float | None, uncovered_ink_share: float | None = None
) -> PageHealth:
    """Judge one page's text layer. `ink_share` is the dark-pixel share of the rendered page,
    `uncovered_ink_share` the share outside the text's line boxes (the PDF reader passes both;
    without it the whole ink counts as unexplained)."""
    cid_count = len(_CID.findall(text))
    plain = _CID.sub("", text)
    compact = "".join(plain.split())
    chars = len(compact) + cid_count
    if chars == 0:
        blank = ink_share is not None and ink_share < BLANK_INK
        return PageHealth(
            ink_share=ink_share,
            uncovered_ink_share=uncovered_ink_share,
            verdict=HealthVerdict.empty,
            reasons=("blank_page",) if blank else ("no_text_layer",),
        )
    ideographs = _CJK.findall(compact)
    repeated = sum(len(m.group()) for m in _REPEAT_RUN.finditer(compact))
    junk = len(_JUNK.findall(compact))
    rare_set = {ch for ch in set(ideographs) if _is_rare(ch)}
    rare = sum(1 for ch in ideographs if ch in rare_set) if rare_set else 0
    latin1 = sum(1 for ch in _LATIN1.findall(compact) if ch not in _LATIN1_SYMBOLS)

    reasons: list[str] = []
    if cid_count >= 3 and cid_count / chars >= CID_SHARE:
        reasons.append(f"cid_codes: {cid_count}")
    if repeated >= REPEAT_MIN_CHARS and repeated / chars >= REPEAT_SHARE:
        reasons.append(f"repeated_chars: {repeated}/{chars}")
    if junk >= JUNK_MIN_CHARS and junk / chars >= JUNK_SHARE:
        reasons.append(f"private_use: {junk}/{chars}")
    if rare >= RARE_MIN_CHARS and rare / len(ideographs) >= RARE_SHARE:
        reasons.append(f"rare_ideographs: {rare}/{len(ideographs)}")
    if latin1 >= MOJIBAKE_MIN_CHARS and latin1 / chars >= MOJIBAKE_SHARE:
        reasons.append(f"latin1_mojibake: {latin1}/{chars}")
    verdict = HealthVerdict.garbled if reasons else HealthVerdict.ok

    unexplained = uncovered_ink_share if uncovered_ink_share is not None else ink_share
    if (
        verdict is HealthVerdict.ok
        and unexplained is not None
        and unexplained >= SPARSE_MIN_INK
        and chars < CHARS_PER_INK * unexplained
    ):
        verdict = HealthVerdict.sparse
        reasons.append(f"ink_without_text: {unexplained:.4f} ink, {chars} chars")
    return PageHealth(
        chars=chars,
        cjk_share=round(len(ideographs) / chars, 4),
        cid_count=cid_count,
        repeat_share=round(repeated / chars, 4),
        private_use_share=round(junk / chars, 4),
        ink_share=ink_share,
        uncovered_ink_share=uncovered_ink_share,
        verdict=verdict,
        reasons=tuple(reasons),
    )


def measure_ink(
    gray: np.ndarray, text_boxes: Iterable[tuple[int, int, int, int]] = ()
) -> tuple[float, float]:
    """(ink share, ink share outside `text_boxes`) of a grey image; boxes are pixel
    (x0, top, x1, bottom), end-exclusive. Ink is contrast against the median (the paper), so
    grey scans and dark slides are measured alike; long straight rules are not ink here."""
    if gray.ndim == 3:
        gray = gray[:, :, 0]
    if gray.size == 0:
        return 0.0, 0.0
    background = int(np.median(gray))
    dark = np.abs(gray.astype(np.int16) - background) > DARK_CONTRAST
    dark &= ~_rulings(dark)
    ink = float(dark.mean())
    if ink == 0.0:
        return 0.0, 0.0
    height, width = dark.shape
    for x0, top, x1, bottom in text_boxes:
        dark[max(top, 0) : min(bottom, height), max(x0, 0) : min(x1, width)] = False
    return ink, float(dark.mean())


def _rulings(dark: np.ndarray) -> np.ndarray:
    """Long straight horizontal or vertical strokes (table rules, underlines, frames). They are
    ink without text by nature: left in, a ruled form with short labels would look like a scan
    whose text layer is missing."""
    mask = dark.astype(np.uint8)
    lines = np.zeros_like(mask)
    for kernel in (np.ones((1, RULING_MIN_PX), np.uint8), np.ones((RULING_MIN_PX, 1), np.uint8)):
        lines |= cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
    return lines.astype(bool)
