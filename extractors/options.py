"""What a reader may do: limits, passwords, OCR switch and the cache folder.

`extractors` never reads the environment; `assistant.settings` builds these options.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict


class ReadOptions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    password: str | None = None
    ocr: bool = True  # OCR pages the health check rejects, and image files
    cache_dir: Path | None = None  # OCR results and LibreOffice renderings, keyed by content hash
    render_docx: bool = True  # use LibreOffice (when installed) for DOCX page numbers
    soffice: str = "soffice"
    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 2000
    max_image_pixels: int = 60_000_000
    max_uncompressed_bytes: int = 500 * 1024 * 1024  # DOCX/XLSX/zip members, summed
    ocr_scale: float = 2.0  # render scale for OCR (72 dpi × scale)
    ocr_max_pages: int = 200  # pages OCR'd per file at most; the rest are reported
    ocr_preset: Literal["fast", "det960", "legacy"] = "fast"  # how RapidOCR runs (extractors.ocr.PRESETS)
    timeout_s: float = 300.0
    timeout_stretch: bool = True  # timeout_s is an idle machine's, stretched by the present load (`budget`)
