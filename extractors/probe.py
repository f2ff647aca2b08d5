"""A glance at a file before it is parsed: its format by content, its size, its page count and
whether its first pages carry a text layer — enough to order a package's parsing (text first,
scans last) and to estimate its pages, in milliseconds per file.

Owns only that glance; it never raises (an unreadable file is probed as `unknown`, the parser
will say what is wrong) and must not read content beyond counting characters.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from extractors.model import Frozen
from extractors.reader import sniff_format

_DOCX_TEXT_BYTES_PER_PAGE = 25_000  # word/document.xml of the notice's forms: ~20–30 kB per page
_TEXT_PAGES_LOOKED_AT = 3
_TEXT_LAYER_CHARS = 20  # fewer characters on the first pages: a scan (perhaps with a stray caption)


class FileProbe(Frozen):
    format: str  # as extractors.reader.sniff_format says
    size: int  # bytes
    pages: int  # counted (PDF), estimated (DOCX), 1 (sheets, images, text, unknown)
    text_layer: bool  # the file can be read without OCR (office files, text PDFs)


def probe(path: Path) -> FileProbe:
    try:
        size = path.stat().st_size
        kind = sniff_format(path)
    except OSError:
        return FileProbe(format="unknown", size=0, pages=1, text_layer=True)
    if kind == "pdf":
        pages, text = _pdf(path)
        return FileProbe(format=kind, size=size, pages=pages, text_layer=text)
    if kind == "docx":
        return FileProbe(format=kind, size=size, pages=_docx_pages(path), text_layer=True)
    return FileProbe(format=kind, size=size, pages=1, text_layer=kind != "image")


def _pdf(path: Path) -> tuple[int, bool]:
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            count = len(pdf)
            chars = 0
            for index in range(min(count, _TEXT_PAGES_LOOKED_AT)):
                page = pdf[index]
                textpage = page.get_textpage()
                chars += textpage.count_chars()
                textpage.close()
                page.close()
            return max(1, count), chars >= _TEXT_LAYER_CHARS
        finally:
            pdf.close()
    except Exception:  # noqa: BLE001 - encrypted, corrupt: the parser reports it; guess a text file
        return 1, True


def _docx_pages(path: Path) -> int:
    try:
        with zipfile.ZipFile(path) as archive:
            size = archive.getinfo("word/document.xml").file_size
        return max(1, -(-size // _DOCX_TEXT_BYTES_PER_PAGE))
    except (KeyError, OSError, zipfile.BadZipFile, ValueError):
        return 1
