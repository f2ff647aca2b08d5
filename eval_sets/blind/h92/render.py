"""Drawing primitives of the h92 set: text PDFs from a small page model, scans (rasterised, toned, rotated, sealed,
written back as image-only PDFs), PNG dashboards, and zip normalising for DOCX/XLSX. Deterministic throughout."""

from __future__ import annotations

import io
import math
import zipfile
from functools import cache
from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H92CJK"
W, H = A4


@cache
def pdf_font() -> str:
    pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
    return FONT


@cache
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)


# ------------------------------------------------------------------------------------------------ page model
# A page is a list of blocks: ("h", text) title, ("p", text) paragraph line, ("t", header, rows, widths) table,
# ("gap", points). Every string drawn is collected so that scans can record their drawn text.

def page_strings(page: list) -> list[str]:
    out = []
    for block in page:
        if block[0] in ("h", "p", "s"):
            out.append(block[1])
        elif block[0] == "t":
            for row in [block[1], *block[2]]:
                out += [str(c) for c in row if str(c)]
    return out


def _wrap(text: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]


def draw_pages(path: Path, pages: list[list], title: str = "", header: str = "", footer: bool = True) -> None:
    font = pdf_font()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    for number, page in enumerate(pages, 1):
        y = H - 60
        if header:
            c.setFont(font, 8)
            c.drawString(50, H - 35, header)
        for block in page:
            kind = block[0]
            if kind == "h":
                c.setFont(font, 15)
                c.drawCentredString(W / 2, y, block[1])
                y -= 28
            elif kind == "s":
                c.setFont(font, 11)
                c.drawString(55, y, block[1])
                y -= 20
            elif kind == "p":
                c.setFont(font, 10)
                for line in _wrap(block[1], 10, W - 120):
                    c.drawString(60, y, line)
                    y -= 16
            elif kind == "gap":
                y -= block[1]
            elif kind == "t":
                _, head, rows, widths = block[:4]
                size = block[4] if len(block) > 4 else 9
                total = sum(widths)
                scale = (W - 110) / total
                xs = [55]
                for w in widths:
                    xs.append(xs[-1] + w * scale)
                rh = size + 9
                for r_i, row in enumerate([head, *rows]):
                    c.setFont(font, size)
                    for i, cell in enumerate(row):
                        text = str(cell)
                        left = xs[i] + 3
                        if i > 0 and _numeric(text):
                            c.drawRightString(xs[i + 1] - 3, y - size - 2, text)
                        else:
                            c.drawString(left, y - size - 2, text)
                    c.setLineWidth(0.5 if r_i else 0.9)
                    c.line(xs[0], y, xs[-1], y)
                    y -= rh
                c.line(xs[0], y, xs[-1], y)
                top = y + rh * (len(rows) + 1)
                for x in xs:
                    c.line(x, top, x, y)
                y -= 14
        if footer:
            c.setFont(font, 8)
            c.drawCentredString(W / 2, 30, f"第 {number} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()


def _numeric(text: str) -> bool:
    t = text.replace(",", "").replace(".", "").replace("-", "").replace("%", "")
    return bool(t) and t.isdigit()


# ------------------------------------------------------------------------------------------------ scans
def rasterise(pdf: Path, scale: float = 1.4) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(str(pdf))
    images = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return images


def seal(img: Image.Image, text: str, cx: int, cy: int, r: int = 80) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=5)
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    # company name around the upper arc, one character at a time
    chars = list(text)
    n = len(chars)
    f = pil_font(max(12, int(r * 0.2)))
    for i, ch in enumerate(chars):
        ang = math.radians(-210 + 240 * (i + 0.5) / n)
        x = cx + (r * 0.74) * math.cos(ang)
        y = cy + (r * 0.74) * math.sin(ang)
        tile = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((20, 20), ch, font=f, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(x) - 20, int(y) - 20))
    img.paste(Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB"))


def scanned(images: list[Image.Image], seed: int, seals: dict[int, str] | None = None, angle: float = 0.4) -> list[Image.Image]:
    """Paper tone, a slight rotation and fixed-seed noise; `seals` maps a 0-based page to the company name."""
    rng = np.random.default_rng(seed)
    out = []
    for i, im in enumerate(images):
        if seals and i in seals:
            seal(im, seals[i], int(im.width * 0.70), int(im.height * 0.80))
        arr = np.asarray(im).astype(np.int16)
        arr = arr * np.array([0.97, 0.95, 0.90]) + np.array([4, 4, 6])
        arr = arr + rng.normal(0, 6, arr.shape[:2])[..., None]
        im2 = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        a = angle * (1 if i % 2 == 0 else -0.6)
        im2 = im2.rotate(a, resample=Image.BICUBIC, fillcolor=(238, 234, 226))
        out.append(im2)
    return out


def images_pdf(path: Path, images: list[Image.Image], title: str = "") -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setCreator("")
    for im in images:
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=72, optimize=False, subsampling=2)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------ dashboards
def dashboard(path: Path, title: str, tiles: list[tuple[str, str]], footer: str, seed: int) -> list[str]:
    """A BI-style PNG; returns every string drawn."""
    cols = 4
    rows = (len(tiles) + cols - 1) // cols
    wid, hei = 1280, 150 + rows * 170 + 60
    img = Image.new("RGB", (wid, hei), (14, 28, 52))
    d = ImageDraw.Draw(img)
    drawn = [title, footer]
    d.text((40, 40), title, font=pil_font(34), fill=(230, 240, 255))
    rng = np.random.default_rng(seed)
    for i, (cap, val) in enumerate(tiles):
        x = 40 + (i % cols) * 305
        y = 120 + (i // cols) * 170
        d.rounded_rectangle([x, y, x + 285, y + 145], radius=12, fill=(26, 48, 86), outline=(60, 120, 200), width=2)
        d.text((x + 18, y + 16), cap, font=pil_font(20), fill=(150, 190, 235))
        d.text((x + 18, y + 58), val, font=pil_font(44), fill=(255, 214, 90))
        spark = [int(y + 128 - v) for v in rng.integers(0, 18, 12)]
        d.line([(x + 150 + k * 10, s) for k, s in enumerate(spark)], fill=(90, 200, 160), width=2)
        drawn += [cap, val]
    d.text((40, hei - 45), footer, font=pil_font(18), fill=(140, 160, 190))
    img.save(path, format="PNG", optimize=False)
    return drawn


# ------------------------------------------------------------------------------------------------ office zips
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-08T09:30:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-10T16:05:00Z</dcterms:modified></cp:coreProperties>')


def normalize_zip(path: Path, title: str = "", author: str = "") -> None:
    with zipfile.ZipFile(path) as z:
        items = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = CORE.format(title=title, author=author).encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 10, 16, 5, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())
