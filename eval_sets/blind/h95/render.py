"""Rendering helpers: fonts, text PDFs (reportlab, invariant), scans and image-only PDFs, seals, dashboards,
DOCX/XLSX normalisation (fixed zip dates and core properties)."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT_PATH = str(cjk_ttf())
FONT = "H95CJK"
pdfmetrics.registerFont(TTFont(FONT, FONT_PATH, subfontIndex=0))
FIXED_ZIP_DATE = (2024, 7, 15, 9, 30, 0)
FIXED_ISO = "2024-07-15T09:30:00Z"


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, size, index=0)


# ------------------------------------------------------------------ text PDF
def wrap(text: str, width: float, size: float) -> list[str]:
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


def text_pdf(path: Path, pages: list[list[tuple]], title: str = "") -> None:
    """pages: list of item lists; items ("h", text) | ("p", text) | ("c", text) centered |
    ("t", rows, widths[, bold_first]) table. One physical page per entry (the caller decides breaks)."""
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for no, items in enumerate(pages, 1):
        y = H - 60
        for it in items:
            kind = it[0]
            if kind == "h":
                c.setFont(FONT, 14)
                c.drawCentredString(W / 2, y, it[1])
                y -= 26
            elif kind == "c":
                c.setFont(FONT, 10.5)
                c.drawCentredString(W / 2, y, it[1])
                y -= 18
            elif kind == "p":
                c.setFont(FONT, 10.5)
                for line in wrap(it[1], W - 120, 10.5):
                    c.drawString(60, y, line)
                    y -= 16
                y -= 4
            elif kind == "t":
                rows, widths = it[1], it[2]
                x0 = 60
                c.setFont(FONT, 9)
                for r in rows:
                    cells = [wrap(str(v), w - 6, 9) for v, w in zip(r, widths)]
                    hgt = 14 * max(len(x) for x in cells) + 4
                    x = x0
                    for lines, w in zip(cells, widths):
                        c.rect(x, y - hgt + 10, w, hgt, stroke=1, fill=0)
                        for k, line in enumerate(lines):
                            c.drawString(x + 3, y - 1 - 14 * k, line)
                        x += w
                    y -= hgt
                y -= 10
        c.setFont(FONT, 8)
        c.drawCentredString(W / 2, 30, f"第 {no} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()


# ------------------------------------------------------------------ images, seals, scans
def seal(img: Image.Image, cx: int, cy: int, r: int, company: str, rng: random.Random) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 14))
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.28 if k % 2 == 0 else 0.11)
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    n = len(company)
    f = pil_font(max(12, int(r * 0.22)))
    for k, ch in enumerate(company):
        ang = math.pi + (k + 0.5) * (math.pi * 1.25 / n) - math.pi * 0.125
        tile = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=f, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        px = cx + r * 0.74 * math.cos(ang) - tile.width / 2
        py = cy + r * 0.74 * math.sin(ang) - tile.height / 2
        layer.alpha_composite(tile, (int(px), int(py)))
    d.text((cx, cy + r * 0.5), "专用章" if rng.random() < 0 else "", font=f, fill=red, anchor="mm")
    img.paste(layer, (0, 0), layer)


def scan_page(lines: list[str], rng: random.Random, company: str | None = None, seal_at: tuple | None = None,
              signature: str | None = None) -> Image.Image:
    """A4 at 100 dpi, text lines drawn, optional seal and signature, paper tone, slight rotation, noise."""
    img = Image.new("RGB", (827, 1169), (250, 249, 244))
    d = ImageDraw.Draw(img)
    f = pil_font(17)
    y = 70
    for line in lines:
        for part in [line[i:i + 40] for i in range(0, max(len(line), 1), 40)]:
            d.text((70, y), part, font=f, fill=(25, 25, 25))
            y += 27
    if signature:
        d.text((560, seal_at[1] + 10 if seal_at else 1000), signature, font=pil_font(30), fill=(20, 30, 90))
    if company and seal_at:
        seal(img, seal_at[0], seal_at[1], 95, company, rng)
    for _ in range(400):
        x, yy = rng.randrange(827), rng.randrange(1169)
        g = rng.randrange(120, 200)
        d.point((x, yy), fill=(g, g, g))
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 249, 244))
    return img.filter(ImageFilter.GaussianBlur(0.4))


def image_pdf(path: Path, images: list[Image.Image]) -> None:
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setCreator("")
    c.setProducer("")
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, format="JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


def dashboard(path: Path, title: str, tiles: list[tuple[str, str]], rng: random.Random) -> str:
    """A dark dashboard PNG with caption/value tiles; returns the text drawn."""
    img = Image.new("RGB", (1400, 820), (14, 24, 48))
    d = ImageDraw.Draw(img)
    d.text((40, 28), title, font=pil_font(34), fill=(220, 235, 255))
    d.text((1040, 40), "数据更新时间：2024-07-12 10:00", font=pil_font(18), fill=(140, 170, 210))
    drawn = [title]
    for k, (cap, val) in enumerate(tiles):
        x, y = 40 + (k % 4) * 340, 120 + (k // 4) * 230
        d.rounded_rectangle([x, y, x + 310, y + 190], 12, fill=(24, 44, 84), outline=(60, 110, 190), width=2)
        d.text((x + 20, y + 20), cap, font=pil_font(24), fill=(150, 190, 240))
        d.text((x + 20, y + 80), val, font=pil_font(48), fill=(255, 255, 255))
        drawn += [cap, val]
    for k in range(60):  # a sparkline
        x = 60 + k * 21
        h = 40 + int(30 * math.sin(k / 4)) + rng.randrange(15)
        d.line([(x, 790), (x, 790 - h)], fill=(70, 160, 230), width=6)
    img.save(path, format="PNG", optimize=False)
    return " ".join(drawn)


# ------------------------------------------------------------------ office files
def normalize_zip(path: Path) -> None:
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{FIXED_ISO}\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{FIXED_ISO}\2", text)
                text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())
