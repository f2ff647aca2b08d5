"""Drawing helpers of h87: text PDFs (reportlab, invariant), image-only PDFs (scans), red seals, signatures,
dashboards (PIL), DOCX/XLSX zip normalisation. Every text drawn into pixels is recorded in DRAWN so that
verify can check image-only quotes."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import pypdfium2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H87CJK"
DRAWN: dict[str, dict[int, str]] = {}  # "<pid>/<relpath>" -> {page: drawn text}
ZIP_DATE = (2024, 7, 15, 9, 30, 0)
_registered = False


def font():
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
        _registered = True
    return FONT


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)


def record(key: str, page: int, text: str):
    DRAWN.setdefault(key, {})
    DRAWN[key][page] = (DRAWN[key].get(page, "") + "\n" + text).strip("\n")


# ------------------------------------------------------------------------------------------- text PDFs
def _wrap(text: str, size: float, width: float) -> list[str]:
    lines = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def text_pdf(path: Path, pages: list[list[tuple]], header: str = "", footer: bool = True, title: str = "h87"):
    """pages: list of blocks; block = ("h", text) | ("p", text) | ("s", text) small | ("t", rows, widths) | ("gap", h)
    | ("seal", text) a red round seal drawn as vector (auditor)"""
    font()
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    W, H = A4
    for no, blocks in enumerate(pages, 1):
        y = H - 60
        if header:
            c.setFont(FONT, 8)
            c.drawString(50, H - 35, header)
            c.line(50, H - 40, W - 50, H - 40)
        for b in blocks:
            kind = b[0]
            if kind == "h":
                c.setFont(FONT, 15)
                c.drawCentredString(W / 2, y - 6, b[1])
                y -= 32
            elif kind in ("p", "s"):
                size = 10.5 if kind == "p" else 9
                c.setFont(FONT, size)
                for line in _wrap(b[1], size, W - 110):
                    c.drawString(55, y, line)
                    y -= size * 1.65
                y -= 4
            elif kind == "gap":
                y -= b[1]
            elif kind == "t":
                rows, widths = b[1], b[2]
                size = b[3] if len(b) > 3 else 9
                scale = (W - 100) / sum(widths)
                ws = [w * scale for w in widths]
                rh = size * 2.1
                c.setFont(FONT, size)
                for ri, row in enumerate(rows):
                    x = 50
                    for ci, cell in enumerate(row):
                        c.rect(x, y - rh + 4, ws[ci], rh, stroke=1, fill=0)
                        txt = str(cell)
                        if ci > 0 and re.fullmatch(r"[-\d,.%]+", txt):
                            c.drawRightString(x + ws[ci] - 4, y - rh / 2 + 1, txt)
                        else:
                            c.drawString(x + 4, y - rh / 2 + 1, txt)
                        x += ws[ci]
                    y -= rh
                y -= 10
            elif kind == "seal":
                _vector_seal(c, W - 160, y - 40, b[1])
                y -= 90
            assert y > 40, (path.name, no)
        if footer:
            c.setFont(FONT, 8)
            c.drawCentredString(W / 2, 25, f"第 {no} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()


def _vector_seal(c, cx, cy, text):
    c.saveState()
    c.setStrokeColorRGB(0.85, 0.1, 0.1)
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.setLineWidth(2)
    c.circle(cx, cy, 38, stroke=1, fill=0)
    c.setFont(FONT, 8)
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(200 - i * 220 / max(1, n - 1))
        c.saveState()
        c.translate(cx + 29 * math.cos(a), cy + 29 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -3, ch)
        c.restoreState()
    c.setFont(FONT, 16)
    c.drawCentredString(cx, cy - 6, "★")
    c.restoreState()


# ------------------------------------------------------------------------------------------- raster / scans
def rasterize(pdf: Path, scale: float = 1.4) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(str(pdf))
    out = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def seal(img: Image.Image, cx: int, cy: int, r: int, text: str, rng: random.Random, center: str = "★", label: str = ""):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 175)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    f = pil_font(max(12, r // 5))
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(200 - i * 220 / max(1, n - 1))
        x, y = cx + (r * 0.74) * math.cos(a), cy - (r * 0.74) * math.sin(a)
        tile = Image.new("RGBA", (f.size + 8, f.size + 8), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 2), ch, font=f, fill=red)
        tile = tile.rotate(math.degrees(a) - 90, resample=Image.BICUBIC, expand=True)
        layer.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    fs = pil_font(int(r * 0.55))
    d.text((cx, cy), center, font=fs, fill=red, anchor="mm")
    if label:
        d.text((cx, cy + r * 0.5), label, font=pil_font(max(10, r // 7)), fill=red, anchor="mm")
    layer = layer.rotate(rng.uniform(-12, 12), center=(cx, cy))
    img.paste(layer, (0, 0), layer)


def signature(img: Image.Image, x: int, y: int, rng: random.Random):
    d = ImageDraw.Draw(img)
    pts = [(x, y)]
    for i in range(14):
        pts.append((pts[-1][0] + rng.randint(8, 16), y + rng.randint(-18, 18)))
    d.line(pts, fill=(25, 30, 90), width=3, joint="curve")
    d.line([(x + 10, y + 12), (x + 150, y - 8)], fill=(25, 30, 90), width=2)


def scanify(img: Image.Image, rng: random.Random, bw: bool = False) -> Image.Image:
    img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=(245, 243, 236))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 900):
        x, y = rng.randrange(w), rng.randrange(h)
        g = rng.randint(150, 220)
        px[x, y] = (g, g, g)
    if bw:
        return img.convert("L").point(lambda p: 255 if p > 170 else 0).convert("1")
    return img


def image_pdf(path: Path, images: list[Image.Image], title: str = "scan"):
    """Image-only PDF (no text layer), deterministic."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    W, H = A4
    for im in images:
        buf = io.BytesIO()
        if im.mode == "1":
            im.save(buf, "PNG")
        else:
            im.convert("RGB").save(buf, "JPEG", quality=72)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------- dashboards
def dashboard(path: Path, key: str, title: str, tiles: list[tuple[str, str]], caption: str, stamp: str, rng: random.Random,
              size=(1600, 900)):
    """A dark 运营大屏 with KPI tiles; returns nothing. Records all drawn text."""
    W, H = size
    img = Image.new("RGB", size, (10, 22, 48))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 80], fill=(14, 40, 86))
    d.text((W // 2, 40), title, font=pil_font(36), fill=(220, 236, 255), anchor="mm")
    d.text((W - 30, 40), stamp, font=pil_font(18), fill=(150, 180, 220), anchor="rm")
    drawn = [title, stamp]
    cols = 3
    tw, th = (W - 120) // cols, 210
    for i, (lab, val) in enumerate(tiles):
        x = 40 + (i % cols) * (tw + 20)
        y = 120 + (i // cols) * (th + 30)
        d.rounded_rectangle([x, y, x + tw, y + th], radius=14, outline=(60, 140, 220), width=3, fill=(16, 36, 72))
        d.text((x + 24, y + 24), lab, font=pil_font(26), fill=(160, 200, 240))
        d.text((x + 24, y + 80), val, font=pil_font(64), fill=(90, 230, 255))
        drawn += [lab, val]
    # a fake sparkline
    pts = [(60 + i * 24, H - 150 + rng.randint(-40, 40)) for i in range(60)]
    d.line(pts, fill=(80, 200, 140), width=3)
    d.rectangle([0, H - 70, W, H], fill=(240, 240, 240))
    d.text((30, H - 35), caption, font=pil_font(22), fill=(30, 30, 30), anchor="lm")
    drawn.append(caption)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)
    record(key, 1, "\n".join(drawn))


# ------------------------------------------------------------------------------------------- office zips
def normalize_zip(path: Path):
    """Fixed zip entry dates and fixed core-property dates, so two builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>2024-07-15T09:30:00Z\2", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
