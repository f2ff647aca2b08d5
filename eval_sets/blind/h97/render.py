"""Drawing helpers of the h97 set: text PDFs, scans with a red seal, DOCX/XLSX normalising, dashboards.

Deterministic: reportlab invariant=1, our own rasterising through pypdfium2, fixed zip dates and core
properties, noise from a seeded random.Random."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H97CJK"
_registered = False
ZIP_DATE = (2024, 7, 16, 9, 30, 0)
CORE_DATE = "2024-07-16T09:30:00Z"


def font() -> str:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
        _registered = True
    return FONT


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size, index=0)


# ----------------------------------------------------------------------------------------- text PDF
def wrap(text: str, width_pt: float, size: float) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if pdfmetrics.stringWidth(cur + ch, font(), size) > width_pt:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def draw_page(c: canvas.Canvas, items: list, header: str = "", footer: str = "") -> None:
    """items: ("h", text) | ("p", text) | ("t", rows, widths_mm) | ("gap", pt)."""
    W, H = A4
    f = font()
    y = H - 60
    if header:
        c.setFont(f, 8)
        c.drawString(50, H - 35, header)
    for it in items:
        kind = it[0]
        if kind == "h":
            c.setFont(f, 14)
            c.drawCentredString(W / 2, y, it[1])
            y -= 26
        elif kind == "h2":
            c.setFont(f, 11)
            c.drawString(50, y, it[1])
            y -= 20
        elif kind == "p":
            c.setFont(f, 10)
            for line in wrap(it[1], W - 100, 10):
                c.drawString(50, y, line)
                y -= 15
            y -= 4
        elif kind == "gap":
            y -= it[1]
        elif kind == "t":
            rows, widths = it[1], [w * 2.8346 for w in it[2]]
            size = it[3] if len(it) > 3 else 9
            c.setFont(f, size)
            x0 = 50
            for r, row in enumerate(rows):
                cells = [wrap(str(v), widths[i] - 6, size) for i, v in enumerate(row)]
                h = max(len(x) for x in cells) * (size + 3) + 6
                x = x0
                for i, lines in enumerate(cells):
                    c.rect(x, y - h + size + 2, widths[i], h, stroke=1, fill=0)
                    for k, line in enumerate(lines):
                        c.drawString(x + 3, y - k * (size + 3), line)
                    x += widths[i]
                y -= h
            y -= 10
    if footer:
        c.setFont(f, 8)
        c.drawCentredString(W / 2, 30, footer)


def text_pdf(path: Path, pages: list[list], header: str = "", numbered: bool = True) -> None:
    buf = pdf_bytes(pages, header, numbered)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf)


def pdf_bytes(pages: list[list], header: str = "", numbered: bool = True) -> bytes:
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    for n, items in enumerate(pages, 1):
        draw_page(c, items, header, f"第 {n} 页 共 {len(pages)} 页" if numbered else "")
        c.showPage()
    c.save()
    return bio.getvalue()


# ----------------------------------------------------------------------------------------- scans
def raster(pdf: bytes, scale: float = 1.4) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def seal(img: Image.Image, cx: int, cy: int, name: str, r: int = 78, label: str = "") -> None:
    red = (214, 30, 36)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red + (215,), width=5)
    # star
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red + (215,))
    fnt = pil_font(int(r * 0.24))
    n = len(name)
    span = min(250.0, 18.0 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        px, py = cx + (r * 0.74) * math.cos(a), cy + (r * 0.74) * math.sin(a)
        tile = Image.new("RGBA", (int(r * 0.32), int(r * 0.32)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=fnt, fill=red + (215,), anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(px - tile.width / 2), int(py - tile.height / 2)))
    if label:
        ImageDraw.Draw(layer).text((cx, cy + r * 0.55), label, font=pil_font(int(r * 0.2)), fill=red + (215,), anchor="mm")
    img.paste(Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB"))


def scanify(img: Image.Image, rng: random.Random) -> Image.Image:
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 248, 240))
    tone = Image.new("RGB", img.size, (246, 243, 232))
    img = Image.blend(img, tone, 0.12)
    d = ImageDraw.Draw(img)
    for _ in range(260):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        g = rng.randrange(150, 220)
        d.point((x, y), fill=(g, g, g))
    return img.filter(ImageFilter.GaussianBlur(0.35))


def image_pdf(path: Path, images: list[Image.Image]) -> None:
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4, invariant=1)
    W, H = A4
    for im in images:
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=72, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bio.getvalue())


def scanned_pdf(path: Path, pages: list[list], seed: int, seals: dict[int, tuple[str, str]] | None = None,
                header: str = "", numbered: bool = True, signature: tuple[int, float, float, str] | None = None) -> None:
    """Lay pages out with reportlab, rasterise, add seals {page_index: (company, label)} and a handwritten-looking
    signature (page_index, x_pt, y_pt from the bottom, name), write an image-only PDF."""
    rng = random.Random(seed)
    imgs = raster(pdf_bytes(pages, header, numbered))
    out = []
    for i, im in enumerate(imgs):
        if signature and signature[0] == i:
            _, x, y, name = signature
            k = im.width / A4[0]
            tile = Image.new("RGBA", (260, 90), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((10, 10), name, font=pil_font(46), fill=(28, 36, 110, 235))
            tile = tile.transform(tile.size, Image.AFFINE, (1, 0.35, -12, 0, 1, 0), resample=Image.BICUBIC).rotate(6, resample=Image.BICUBIC)
            base = im.convert("RGBA")
            base.alpha_composite(tile, (int(x * k), int((A4[1] - y) * k) - 60))
            im.paste(base.convert("RGB"))
        if seals and i in seals:
            name, label = seals[i]
            seal(im, int(im.width * 0.68), int(im.height * 0.80), name, label=label)
        out.append(scanify(im, rng))
    image_pdf(path, out)


# ----------------------------------------------------------------------------------------- office files
def normalize_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + CORE_DATE.encode() + m.group(3), data)
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


# ----------------------------------------------------------------------------------------- dashboards
def dashboard(path: Path, title: str, tiles: list[tuple[str, str]], seed: int, extra: list[str] = ()) -> str:
    """PNG dashboard; returns the text drawn (tile captions and numbers) for drawn_text.json."""
    rng = random.Random(seed)
    W, H = 1600, 900
    im = Image.new("RGB", (W, H), (14, 28, 52))
    d = ImageDraw.Draw(im)
    d.text((40, 30), title, font=pil_font(34), fill=(235, 240, 255))
    d.text((W - 420, 42), "数据更新时间：2024-07-15 10:00", font=pil_font(20), fill=(150, 170, 200))
    drawn = [title]
    cols = 4
    for i, (cap, val) in enumerate(tiles):
        x, y = 40 + (i % cols) * 385, 110 + (i // cols) * 190
        d.rounded_rectangle([x, y, x + 360, y + 165], 12, fill=(24, 48, 86), outline=(60, 110, 180), width=2)
        d.text((x + 20, y + 18), cap, font=pil_font(24), fill=(160, 190, 230))
        d.text((x + 20, y + 70), val, font=pil_font(52), fill=(255, 214, 90))
        drawn += [cap, val]
    y0 = 110 + ((len(tiles) + cols - 1) // cols) * 190 + 10
    pts = [(60 + k * 50, y0 + 140 - rng.randint(0, 110)) for k in range(30)]
    d.line(pts, fill=(90, 200, 160), width=3)
    for k, t in enumerate(extra):
        d.text((1000, y0 + 20 + 34 * k), t, font=pil_font(22), fill=(190, 200, 220))
        drawn.append(t)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, format="PNG", optimize=False)
    return "\n".join(drawn)
