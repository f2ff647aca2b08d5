"""The text inside pictures placed on an Excel sheet: a signed 合计 page scanned and inserted beside the
list it totals (h74), a screenshot pasted into a 统计表.xlsx.

A sheet's cells come from its XML (`extractors.xlsx`); its pictures have none. Each picture large
enough to hold text (not a logo or a signature mark) is OCR'd from its own bytes, upright, and its
lines become `ocr_line` blocks of the sheet's page after the cells' blocks. A sheet has no page
frame: the pictures are stacked one below the other in a frame of their own pixels (1 px = 1 pt),
so the lines of two pictures never share a row. At most `_MAX_PICTURES` pictures per workbook.

Must not: run for a workbook read in streaming mode (its pictures are not loaded) or decide what
the lines mean.
"""

from __future__ import annotations

import io
import logging

import cv2
import numpy as np
from PIL import Image, ImageOps

from extractors.errors import file_error
from extractors.image import UPSCALE, UPSCALE_BELOW_PX
from extractors.model import ErrorCode, FileError, Page
from extractors.ocr import PRESETS, OcrLine, recognize
from extractors.ocr_text import picture_blocks
from extractors.options import ReadOptions

log = logging.getLogger(__name__)

_MIN_SIDE_PX = 150  # both sides: a table or a screenshot; not a logo, an icon or a seal mark
_MAX_PICTURES = 12
_MAX_PIXELS = 25_000_000
_GAP_PT = 20.0  # between two stacked pictures


def sheet_pictures(sheet) -> list[bytes]:
    """The bytes of the sheet's pictures (openpyxl keeps them on `_images` when not streaming)."""
    found = []
    for image in getattr(sheet, "_images", []):
        try:
            found.append(image._data())
        except Exception as exc:  # noqa: BLE001 - a picture openpyxl cannot hand over is left unread
            log.warning("cannot read a picture on sheet %s: %r", getattr(sheet, "title", "?"), exc)
    return found


def with_picture_text(page: Page, pictures: list[bytes], doc_id: str,
                      options: ReadOptions) -> tuple[Page, list[FileError]]:
    """The sheet's page with the OCR lines of its pictures appended."""
    if not options.ocr or not pictures:
        return page, []
    lines: list[OcrLine] = []
    errors: list[FileError] = []
    top = 0.0
    for data in pictures:
        try:
            read, height = _picture_lines(data, options)
        except Exception as exc:  # noqa: BLE001 - a picture that fails loses its own lines only
            log.warning("picture OCR failed on sheet page %d: %r", page.number, exc)
            errors.append(file_error(ErrorCode.ocr_failed, type(exc).__name__, page_number=page.number, fatal=False))
            continue
        lines += [line.model_copy(update={"bbox": line.bbox.model_copy(
            update={"top": line.bbox.top + top, "bottom": line.bbox.bottom + top})}) for line in read]
        top += height + _GAP_PT if read else 0.0
    if not lines:
        return page, errors
    text, blocks = picture_blocks(page.text, list(page.blocks), lines, doc_id, page.number)
    reasons = (*page.health.reasons, f"picture_text: {len(lines)} lines")
    return Page.model_validate({**{name: getattr(page, name) for name in Page.model_fields}, "text": text,
                                "blocks": blocks, "health": page.health.model_copy(update={"reasons": reasons})}), errors


def limit_pictures(per_sheet: list[list[bytes]]) -> list[list[bytes]]:
    """The first `_MAX_PICTURES` readable-sized pictures of the workbook, sheet by sheet."""
    left = _MAX_PICTURES
    kept = []
    for pictures in per_sheet:
        large = [p for p in pictures if _large(p)][:left]
        left -= len(large)
        kept.append(large)
    return kept


def _large(data: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except Exception:  # noqa: BLE001 - not a picture PIL knows (an EMF drawing): nothing to read
        return False
    return min(width, height) >= _MIN_SIDE_PX and width * height <= _MAX_PIXELS


def _picture_lines(data: bytes, options: ReadOptions) -> tuple[list[OcrLine], float]:
    """The picture's OCR lines, upright, in its pixel frame; and its height in that frame."""
    with Image.open(io.BytesIO(data)) as image:
        rgb = np.asarray(ImageOps.exif_transpose(image).convert("RGB"))
    height, width = rgb.shape[:2]
    scale = UPSCALE if max(width, height) < UPSCALE_BELOW_PX else 1.0
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    if scale != 1.0:
        bgr = cv2.resize(bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    result = recognize(bgr, scale=scale, cache_dir=options.cache_dir, settings=PRESETS[options.ocr_preset])
    lines = list(result.upright())
    return lines, float(width if result.turn in (90, 270) else height)
