"""Image files (PNG, JPEG, TIFF, BMP, GIF) → a one-page `Document` read by OCR.

Applicants submit screenshots of dashboards and photos of certificates as evidence; their only
text is what OCR finds. Owns the pixel limit (checked from the header, before any decoding — a
decompression bomb is rejected without being inflated), EXIF orientation, transparency, and the
mapping of OCR boxes to page coordinates (1 pixel = 1 point; an image has no physical size).
A multi-page TIFF (how scanners save a stack of paper) is read page by page; other multi-frame
files (animated GIF) on their first frame.
It must not decide page health rules nor run the engine itself (`extractors.ocr`).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from extractors.errors import ReadError, file_error
from extractors.model import (
    EXTRACTOR_VERSION,
    Document,
    ErrorCode,
    HealthVerdict,
    Page,
    PageHealth,
)
from extractors.ocr import PRESETS, recognize
from extractors.ocr_text import ocr_blocks
from extractors.options import ReadOptions

# Small screenshots are upscaled before OCR: RapidOCR misreads CJK glyphs under ~20 px tall.
UPSCALE_BELOW_PX = 1000
UPSCALE = 2.0


def read_image(path: Path, *, doc_id: str, display_path: str, options: ReadOptions) -> Document:
    frames, info = _decode(path, options.max_image_pixels, options.ocr_max_pages)
    height, width = frames[0].shape[:2]
    metadata = {"width_px": str(width), "height_px": str(height), **info}
    if not options.ocr:
        error = file_error(ErrorCode.no_text, "图片文件需要 OCR，但 OCR 未启用")
        return _document(doc_id, display_path, (), (error,), metadata)
    pages = tuple(_read_frame(rgb, number, doc_id, options) for number, rgb in enumerate(frames, start=1))
    errors: list = []
    if "multipage" in info and int(info["frames"]) > len(frames):
        detail = f"共 {info['frames']} 页，仅识别了前 {len(frames)} 页"
        errors.append(file_error(ErrorCode.too_many_pages, detail, fatal=False))
    if not any(page.text.strip() for page in pages):
        errors.append(file_error(ErrorCode.no_text, "图片中未识别到文字"))
    return _document(doc_id, display_path, pages, tuple(errors), metadata)


def _read_frame(rgb: np.ndarray, number: int, doc_id: str, options: ReadOptions) -> Page:
    height, width = rgb.shape[:2]
    scale = UPSCALE if max(width, height) < UPSCALE_BELOW_PX else 1.0
    bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)
    if scale != 1.0:
        bgr = cv2.resize(bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    try:
        result = recognize(bgr, scale=scale, cache_dir=options.cache_dir, settings=PRESETS[options.ocr_preset])
    except Exception as exc:  # noqa: BLE001 - the engine's failures are per-file errors
        raise ReadError(ErrorCode.ocr_failed, type(exc).__name__) from exc
    text, blocks = ocr_blocks(result.upright(), doc_id, number)
    if result.turn in (90, 270):
        width, height = height, width
    return Page(
        number=number,
        text=text,
        blocks=blocks,
        source="ocr",
        health=PageHealth(verdict=HealthVerdict.empty, reasons=("image_file",)),
        width=float(width),
        height=float(height),
        image_count=1,
        ocr_cached=result.cached,
        turn=result.turn,
        skew=result.skew,
    )


def _document(doc_id, display_path, pages, errors, metadata) -> Document:
    return Document(
        id=doc_id,
        path=display_path,
        format="image",
        pagination="physical",
        pages=pages,
        errors=errors,
        metadata=metadata,
        extractor_version=EXTRACTOR_VERSION,
    )


def _decode(path: Path, max_pixels: int, max_pages: int) -> tuple[list[np.ndarray], dict[str, str]]:
    """RGB pixels of the pages: every frame of a multi-page TIFF (a scanner's multi-page file, up
    to `max_pages`), the first frame of anything else (an animated GIF is not a document). Each
    frame's size is read from its header and checked before it is decoded; PIL's own bomb guard
    (which fires inside `open()` beyond twice its limit) is reported the same way."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(path) as image:
                count = int(getattr(image, "n_frames", 1) or 1)
                multipage = image.format == "TIFF" and count > 1
                info = {"image_format": str(image.format or ""), "frames": str(count)}
                frames = []
                for index in range(min(count, max_pages) if multipage else 1):
                    image.seek(index)
                    width, height = image.size
                    if width * height > max_pixels:
                        detail = f"{width}×{height} = {width * height / 1e6:.0f} MP"
                        raise ReadError(ErrorCode.image_too_large, detail)
                    frames.append(_to_rgb(ImageOps.exif_transpose(image)))
                return frames, {**info, **({"multipage": "tiff"} if multipage else {})}
        except Image.DecompressionBombError as exc:
            raise ReadError(ErrorCode.image_too_large, "超过解码器的像素上限") from exc
        except UnidentifiedImageError as exc:
            raise ReadError(ErrorCode.corrupt, "无法识别的图片格式") from exc
        except (OSError, ValueError, SyntaxError, EOFError) as exc:
            raise ReadError(ErrorCode.corrupt, type(exc).__name__) from exc


def _to_rgb(image: Image.Image) -> np.ndarray:
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda v: v / 256).convert("L")  # 16-bit scans
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        canvas = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        canvas.alpha_composite(rgba)  # transparent screenshot backgrounds read as white paper
        image = canvas
    return np.asarray(image.convert("RGB"))
