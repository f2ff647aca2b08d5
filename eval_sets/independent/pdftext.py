"""Text of PDF / DOCX / XLSX pages for locating quotes (build) and checking them (tests)."""

from __future__ import annotations

import io
import re
import unicodedata


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_page_texts(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    doc.close()
    return out


def xlsx_sheet_texts(data: bytes) -> list[str]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        parts = []
        for row in ws.iter_rows(values_only=True):
            parts.append(" ".join("" if v is None else str(v) for v in row))
        out.append("\n".join(parts))
    return out


def docx_text(data: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def find_page(texts: list[str], quote: str, anchor: str | None = None) -> int:
    """1-based page whose text holds `quote` (and `anchor`, if given); exactly one must match."""
    q = squash(quote)
    a = squash(anchor) if anchor else None
    hits = [i + 1 for i, t in enumerate(texts) if q in squash(t) and (a is None or a in squash(t))]
    if len(hits) != 1:
        raise AssertionError(f"quote {quote!r} (anchor {anchor!r}) found on pages {hits}")
    return hits[0]


def text_position(data: bytes, page: int, needle: str) -> tuple[float, float]:
    """Centre of `needle` on a page of a layout PDF, as fractions of the page (x from left, y from top)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    pg = doc[page]
    tp = pg.get_textpage()
    w, h = pg.get_size()
    searcher = tp.search(needle)
    hit = searcher.get_next()
    if hit is None:
        raise AssertionError(f"{needle!r} not on page {page}")
    idx, count = hit
    boxes = [tp.get_charbox(i) for i in range(idx, idx + count)]
    x0 = min(b[0] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y0 = min(b[1] for b in boxes)
    y1 = max(b[3] for b in boxes)
    return ((x0 + x1) / 2 / w, 1 - (y0 + y1) / 2 / h)
