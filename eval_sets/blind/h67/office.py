"""Deterministic writers for h67: DOCX/XLSX re-zipped with fixed dates, reportlab PDFs, scans."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from eval_sets.generator import fonts

FIXED_DT = (2024, 7, 18, 9, 30, 0)
ISO = "2024-07-18T09:30:00Z"


def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML file: sorted entries, fixed dates, fixed core properties."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        # [Content_Types].xml first, as Office does
        items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{ISO}\g<2>", text)
                text = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rf"\g<1>{ISO}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())


def font_name() -> str:
    return fonts.register_pdf_font()


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return fonts.pil_font(size)


def seal(img: Image.Image, cx: int, cy: int, r: int, company: str) -> None:
    """A red round company seal drawn over the page (multiply-like: red ink over text)."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 185)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    # star
    import math
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.22 if k % 2 == 0 else r * 0.09
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # company name along the upper arc
    f = pil_font(max(10, r // 6))
    n = len(company)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(company):
        ang = start + span * (i + 0.5) / n
        x = cx + r * 0.74 * math.cos(ang)
        y = cy + r * 0.74 * math.sin(ang)
        tile = Image.new("RGBA", (r // 4, r // 4), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((r // 8, r // 8), ch, font=f, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(x - r // 8), int(y - r // 8)))
    f2 = pil_font(max(9, r // 8))
    d.text((cx, cy + r * 0.5), "专用章" if "章" not in company else "", font=f2, fill=red, anchor="mm")
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    img.paste(base.convert("RGB"))


def rasterize(pdf_bytes: bytes, scale: float = 1.4) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=scale)
        pages.append(bm.to_pil().convert("RGB"))
    doc.close()
    return pages


def scanify(img: Image.Image, tone: int = 246) -> Image.Image:
    """Paper tone and a slight rotation, no randomness."""
    paper = Image.new("RGB", img.size, (tone, tone, tone - 6))
    blended = Image.blend(img, paper, 0.06)
    return blended.rotate(0.35, resample=Image.BICUBIC, fillcolor=(tone, tone, tone - 6))


def images_to_pdf(images: list[Image.Image], path: Path) -> None:
    """Image-only PDF written with reportlab invariant=1 (no timestamps)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    w, h = A4
    for img in images:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()
