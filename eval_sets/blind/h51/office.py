"""Deterministic Office/PDF writing helpers for the h51 blind set (own code, notice-only).

- `save_xlsx(wb, path, cached)`: saves an openpyxl workbook, then re-zips it with fixed entry dates and
  fixed core properties; `cached` maps (sheet title, cell) -> value and is written as the formula's
  cached <v> (as Excel saves it). Formulas left out of `cached` stay without a cached value (as openpyxl
  and many export tools save them).
- `save_docx(doc, path)`: python-docx document, re-zipped the same way.
- `text_pdf(...)`, `scan_pdf(...)`: reportlab (invariant=1) text PDFs and image-only scans.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FIXED_DATE = (2024, 7, 15, 9, 30, 0)
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-10T08:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-15T09:30:00Z</dcterms:modified>'
    '</cp:coreProperties>')


def _rezip(data: bytes, path: Path, author: str, transform=None) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            body = src.read(name)
            if name == "docProps/core.xml":
                body = CORE_XML.format(author=escape(author)).encode("utf-8")
            elif transform is not None:
                body = transform(name, body)
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, body)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def _fmt_cached(value) -> tuple[str, str]:
    if isinstance(value, bool):
        return ' t="b"', "1" if value else "0"
    if isinstance(value, (int, float)):
        text = repr(float(value)) if isinstance(value, float) else str(value)
        if text.endswith(".0"):
            text = text[:-2]
        return "", text
    return ' t="str"', escape(str(value))


def save_xlsx(wb, path: Path, cached: dict | None = None, author: str = "Administrator") -> None:
    cached = cached or {}
    titles = wb.sheetnames
    buf = io.BytesIO()
    wb.save(buf)

    def transform(name: str, body: bytes) -> bytes:
        m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
        if not m:
            return body
        title = titles[int(m.group(1)) - 1]
        text = body.decode("utf-8")
        for (sheet, coord), value in cached.items():
            if sheet != title:
                continue
            pat = re.compile(r'<c r="%s"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>' % coord)
            found = pat.search(text)
            if not found:
                raise ValueError(f"no formula at {sheet}!{coord}")
            attrs = re.sub(r'\s*t="[^"]*"', "", found.group(1))
            t, v = _fmt_cached(value)
            text = text[:found.start()] + f'<c r="{coord}"{attrs}{t}><f>{found.group(2)}</f><v>{v}</v></c>' + text[found.end():]
        return text.encode("utf-8")

    _rezip(buf.getvalue(), path, author, transform)


def save_docx(doc, path: Path, author: str = "Administrator") -> None:
    doc.core_properties.author = author
    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path, author)


# ---------------------------------------------------------------- PDF
def _canvas(path_or_buf, title: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path_or_buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("h51")
    c.setCreator("h51 build")
    c.setProducer("h51 build")
    return c


def wrap(text: str, width: int) -> list[str]:
    """Hard wrap by display width (CJK = 2, ASCII = 1)."""
    lines, cur, w = [], "", 0
    for ch in text:
        cw = 2 if ord(ch) > 0x2E7F else 1
        if w + cw > width:
            lines.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines or [""]


def draw_pages(c, pages, font: str) -> None:
    """pages: list of lists of items; item = (kind, payload). kinds: title, text, table(rows, widths), gap."""
    from reportlab.lib.pagesizes import A4

    W, H = A4
    for items in pages:
        y = H - 60
        for kind, payload in items:
            if kind == "title":
                c.setFont(font, 15)
                c.drawCentredString(W / 2, y, payload)
                y -= 28
            elif kind == "sub":
                c.setFont(font, 11)
                c.drawCentredString(W / 2, y, payload)
                y -= 20
            elif kind == "text":
                c.setFont(font, 10)
                for line in wrap(payload, 90):
                    c.drawString(56, y, line)
                    y -= 15
                y -= 3
            elif kind == "gap":
                y -= payload
            elif kind == "table":
                rows, widths = payload
                x0 = 56
                c.setFont(font, 9)
                for row in rows:
                    cells = [wrap(str(v), max(4, int(wd / 4.6))) for v, wd in zip(row, widths)]
                    h = 13 * max(len(x) for x in cells) + 6
                    x = x0
                    for lines, wd in zip(cells, widths):
                        c.rect(x, y - h + 10, wd, h, stroke=1, fill=0)
                        yy = y
                        for ln in lines:
                            c.drawString(x + 3, yy, ln)
                            yy -= 13
                        x += wd
                    y -= h
                y -= 10
        c.showPage()


def text_pdf(path: Path, pages, title: str) -> None:
    from eval_sets.generator.fonts import register_pdf_font

    font = register_pdf_font()
    path.parent.mkdir(parents=True, exist_ok=True)
    c = _canvas(str(path), title)
    draw_pages(c, pages, font)
    c.save()


def _seal(img, cx: int, cy: int, r: int, text: str, rng: random.Random):
    from PIL import ImageDraw

    from eval_sets.generator.fonts import pil_font

    d = ImageDraw.Draw(img)
    red = (206, 32, 40)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    # star
    import math
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r * (0.22 if i % 2 == 0 else 0.09)
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = pil_font(max(12, r // 6))
    n = len(text)
    for i, ch in enumerate(text):
        ang = math.pi * (1.15 + 0.7 * i / max(1, n - 1))
        x = cx + r * 0.72 * math.cos(ang)
        y = cy + r * 0.72 * math.sin(ang)
        d.text((x, y), ch, fill=red, font=f, anchor="mm")
    d.text((cx, cy + r * 0.5), "专用章" if "专用" in text else "", fill=red, font=f, anchor="mm")


def scan_pdf(path: Path, pages, title: str, seal_text: str, seal_pages: set[int], seed: int) -> None:
    """Render pages with reportlab, rasterise with pypdfium2, add noise/skew and a red seal, and write
    an image-only PDF (no text layer)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    from eval_sets.generator.fonts import register_pdf_font

    font = register_pdf_font()
    buf = io.BytesIO()
    c = _canvas(buf, title)
    draw_pages(c, pages, font)
    c.save()
    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(buf.getvalue())
    images = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=110 / 72).to_pil().convert("RGB")
        img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 249, 244))
        if i in seal_pages:
            _seal(img, int(img.width * 0.68), int(img.height * 0.80), int(img.width * 0.11), seal_text, rng)
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        px = img.load()
        for _ in range(1500):
            x, y = rng.randrange(img.width), rng.randrange(img.height)
            g = rng.randrange(120, 200)
            px[x, y] = (g, g, g)
        images.append(img)
    pdf.close()
    W, H = A4
    path.parent.mkdir(parents=True, exist_ok=True)
    out = _canvas(str(path), title)
    for img in images:
        b = io.BytesIO()
        img.save(b, format="JPEG", quality=80, optimize=False)
        b.seek(0)
        out.drawImage(ImageReader(b), 0, 0, W, H)
        out.showPage()
    out.save()
