"""Rendering helpers of set h35: fonts, deterministic DOCX/XLSX/PDF writing, seals, scans, dashboards.

Everything here is deterministic: fixed seeds, reportlab `invariant=1`, fixed zip entry dates and
fixed core properties for DOCX/XLSX, images written without timestamps.
"""

from __future__ import annotations

import io
import math
import random
import zipfile
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

from eval_sets.generator import fonts

FIXED_DATE = datetime(2024, 7, 15, 9, 30, 0)
ZIP_DATE = (2024, 7, 15, 9, 30, 0)


def pdf_font() -> str:
    return fonts.register_pdf_font()


def pil_font(size: int):
    return fonts.pil_font(size)


# ---------------------------------------------------------------- office files

def normalize_zip(data: bytes) -> bytes:
    """Re-zip an OOXML package with sorted-as-written entries and fixed dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                text = body.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    text = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", r"\g<1>2024-07-15T09:30:00Z\g<2>", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def save_docx(document, path: Path, title: str, author: str) -> None:
    cp = document.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def save_xlsx(workbook, path: Path, author: str) -> None:
    workbook.properties.creator = author
    workbook.properties.lastModifiedBy = author
    workbook.properties.created = FIXED_DATE
    workbook.properties.modified = FIXED_DATE
    buf = io.BytesIO()
    workbook.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def docx_set_cjk(document, name: str = "宋体", size: float = 10.5) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = document.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


# ---------------------------------------------------------------- PDF

def new_canvas(buf, pagesize=A4, title: str = "", author: str = ""):
    c = rl_canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("h35")
    c.setProducer("h35")
    return c


def images_to_pdf(images: list[Image.Image], path: Path, title: str = "扫描件", quality: int = 72) -> None:
    """An image-only PDF: every page one JPEG, page size from the image at 150 dpi-equivalent A4."""
    buf = io.BytesIO()
    c = new_canvas(buf, title=title, author="scanner")
    for img in images:
        w, h = img.size
        pw, ph = (A4 if h >= w else (A4[1], A4[0]))
        c.setPageSize((pw, ph))
        jb = io.BytesIO()
        img.convert("RGB" if img.mode != "L" else "L").save(jb, "JPEG", quality=quality, optimize=False)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def rasterize(pdf_bytes: bytes, dpi: int = 110) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def seal(text: str, size: int, seed: int, bottom: str = "") -> Image.Image:
    """A red round company seal with the name around the rim and a star, RGBA."""
    rng = random.Random(seed)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 30, 35, 215)
    m = size // 28
    d.ellipse((m, m, size - m, size - m), outline=red, width=max(3, size // 40))
    cx = cy = size / 2
    r = size / 2 - m * 3.2
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = size * 0.13 if k % 2 == 0 else size * 0.055
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    fsize = max(12, int(size * 0.085))
    font = pil_font(fsize)
    n = len(text)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        x = cx + (r - fsize * 0.55) * math.cos(ang)
        y = cy + (r - fsize * 0.55) * math.sin(ang)
        glyph = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((fsize // 2, fsize // 2), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - fsize), int(y - fsize)))
    if bottom:
        bf = pil_font(max(10, int(size * 0.06)))
        tw = d.textlength(bottom, font=bf)
        d.text((cx - tw / 2, cy + size * 0.2), bottom, font=bf, fill=red)
    # uneven ink
    px = img.load()
    for _ in range(size * 6):
        x, y = rng.randrange(size), rng.randrange(size)
        if px[x, y][3]:
            px[x, y] = (px[x, y][0], px[x, y][1], px[x, y][2], rng.randrange(60, 200))
    return img


def scan_pages(pdf_bytes: bytes, seed: int, seal_text: str, seal_pages: set[int], dpi: int = 110,
               seal_pos: dict[int, tuple[float, float]] | None = None) -> list[Image.Image]:
    """Rasterise our own PDF as an office scanner would: paper tone, slight skew, noise, a red seal."""
    rng = random.Random(seed)
    pages = rasterize(pdf_bytes, dpi)
    out = []
    for i, img in enumerate(pages):
        img = img.convert("RGB")
        w, h = img.size
        if i in seal_pages:
            s = seal(seal_text, int(min(w, h) * 0.26), seed + i)
            fx, fy = (seal_pos or {}).get(i, (0.62, 0.70))
            img.paste(s, (int(w * fx), int(h * fy)), s)
        angle = rng.uniform(-0.7, 0.7)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 244))
        tone = Image.new("RGB", img.size, (246, 244, 236))
        img = Image.blend(img, tone, 0.06)
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        px = img.load()
        for _ in range(w * h // 900):
            x, y = rng.randrange(w), rng.randrange(h)
            g = rng.randrange(120, 200)
            px[x, y] = (g, g, g)
        if i not in seal_pages:
            img = img.convert("L")
        out.append(img)
    return out


def dashboard(title: str, tiles: list[tuple[str, str]], seed: int, subtitle: str = "",
              size: tuple[int, int] = (1600, 1000), theme: str = "dark") -> Image.Image:
    """A platform dashboard screenshot: title bar, KPI tiles (caption above the big number), a chart."""
    rng = random.Random(seed)
    W, H = size
    dark = theme == "dark"
    bg = (14, 28, 52) if dark else (240, 243, 248)
    fg = (230, 238, 250) if dark else (30, 40, 60)
    tile_bg = (24, 48, 86) if dark else (255, 255, 255)
    accent = (64, 196, 255) if dark else (22, 119, 255)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 70), fill=(8, 18, 36) if dark else (22, 119, 255))
    d.text((30, 16), title, font=pil_font(34), fill=(255, 255, 255))
    if subtitle:
        d.text((W - 30 - d.textlength(subtitle, font=pil_font(20)), 26), subtitle, font=pil_font(20),
               fill=(200, 215, 235))
    cols = 3 if len(tiles) > 4 else 2
    tw = (W - 60 - (cols - 1) * 20) // cols
    th = 150
    for k, (cap, val) in enumerate(tiles):
        r, c = divmod(k, cols)
        x0 = 30 + c * (tw + 20)
        y0 = 100 + r * (th + 20)
        d.rounded_rectangle((x0, y0, x0 + tw, y0 + th), radius=12, fill=tile_bg)
        d.text((x0 + 24, y0 + 18), cap, font=pil_font(26), fill=fg)
        d.text((x0 + 24, y0 + 62), val, font=pil_font(54), fill=accent)
    rows = (len(tiles) + cols - 1) // cols
    cy0 = 100 + rows * (th + 20) + 10
    if cy0 < H - 120:
        d.rounded_rectangle((30, cy0, W - 30, H - 30), radius=12, fill=tile_bg)
        d.text((54, cy0 + 14), "近12个月活跃趋势", font=pil_font(22), fill=fg)
        n = 12
        base = H - 60
        top = cy0 + 60
        bw = (W - 160) // n
        for i in range(n):
            hgt = int((base - top) * rng.uniform(0.35, 0.95))
            x = 80 + i * bw
            d.rectangle((x, base - hgt, x + bw - 18, base), fill=accent)
            d.text((x, base + 4), f"{i + 1}月", font=pil_font(16), fill=fg)
    return img
