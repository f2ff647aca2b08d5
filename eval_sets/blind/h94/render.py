"""Rendering helpers of h94: scanned pages (PIL), seals, phone screenshots, image-only and text PDFs
(reportlab, invariant=1), DOCX/XLSX normalisation (fixed zip dates and core-property dates).

Every string drawn into pixels is returned to the caller, which records it in drawn_text.json."""

from __future__ import annotations

import io
import math
import re
import zipfile
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

PAPER = (238, 236, 230)
BORDER = (168, 168, 166)
INK = (30, 30, 34)
FIXED_DT = (2024, 7, 16, 9, 30, 0)
FIXED_ISO = "2024-07-16T09:30:00Z"
W, H = 1000, 1414  # A4 at ~121 dpi


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size, index=0)


@cache
def pdf_font() -> str:
    pdfmetrics.registerFont(TTFont("H94WQY", str(cjk_ttf()), subfontIndex=0))
    return "H94WQY"


# ------------------------------------------------------------------------------------------ scan pages
class Page:
    """A white sheet on which a layout is drawn; `texts` collects every drawn string."""

    def __init__(self):
        self.img = Image.new("RGB", (W, H), (252, 252, 250))
        self.d = ImageDraw.Draw(self.img)
        self.texts: list[str] = []
        self.y = 90

    def text(self, x, y, s, size=20, fill=INK):
        self.d.text((x, y), s, font=font(size), fill=fill)
        self.texts.append(s)

    def center(self, s, size=30, gap=18):
        w = self.d.textlength(s, font=font(size))
        self.text((W - w) / 2, self.y, s, size)
        self.y += size + gap

    def para(self, s, size=20, x=90, width=820, gap=10):
        line = ""
        for ch in s:
            if self.d.textlength(line + ch, font=font(size)) > width:
                self.text(x, self.y, line, size)
                self.y += size + gap
                line = ""
            line += ch
        if line:
            self.text(x, self.y, line, size)
            self.y += size + gap
        self.y += 6

    def table(self, header, rows, widths, size=18, x=90, rh=34):
        """Grid table; each cell text is drawn (and recorded) as written."""
        total = sum(widths)
        allrows = [header] + rows
        y0 = self.y
        for i, row in enumerate(allrows):
            cx = x
            for j, cell in enumerate(row):
                s = str(cell)
                if s:
                    tw = self.d.textlength(s, font=font(size))
                    tx = cx + 6 if j == 0 else cx + widths[j] - tw - 8
                    if i == 0:
                        tx = cx + (widths[j] - tw) / 2
                    self.text(tx, self.y + (rh - size) / 2 - 2, s, size)
                cx += widths[j]
            self.y += rh
        for k in range(len(allrows) + 1):
            self.d.line([(x, y0 + k * rh), (x + total, y0 + k * rh)], fill=INK, width=2 if k in (0, 1) else 1)
        cx = x
        for wdt in [0] + widths:
            cx += wdt
            self.d.line([(cx, y0), (cx, y0 + len(allrows) * rh)], fill=INK, width=1)
        self.y += 16


def seal(img: Image.Image, cx: int, cy: int, r: int, name: str, bottom: str, rng, alpha=0.72):
    """A red round seal: the name along the upper arc, a star, a bottom line; partly transparent ink."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (206, 26, 30, int(255 * alpha))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 22))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.26 if k % 2 == 0 else r * 0.105
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    size = max(14, int(r * 0.2))
    n = len(name)
    span = math.radians(250)
    for k, ch in enumerate(name):
        ang = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        tile = Image.new("RGBA", (size + 8, size + 8), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 2), ch, font=font(size), fill=red)
        tile = tile.rotate(-math.degrees(ang + math.pi / 2), resample=Image.BICUBIC)
        px = cx + (r * 0.76) * math.cos(ang) - tile.width / 2
        py = cy + (r * 0.76) * math.sin(ang) - tile.height / 2
        layer.alpha_composite(tile, (int(px), int(py)))
    bw = d.textlength(bottom, font=font(int(size * 0.9)))
    d.text((cx - bw / 2, cy + r * 0.4), bottom, font=font(int(size * 0.9)), fill=red)
    # uneven ink
    a = np.array(layer)
    mask = rng.random(a.shape[:2]) < 0.18
    a[..., 3] = np.where(mask, (a[..., 3] * 0.45).astype(np.uint8), a[..., 3])
    base = img.convert("RGBA")
    base.alpha_composite(Image.fromarray(a))
    return base.convert("RGB")


def handwritten(page: Page, x, y, s, size=30, angle=-6, color=(32, 52, 150)):
    """Pen note in the margin (rotated a little), recorded as drawn text."""
    d0 = ImageDraw.Draw(Image.new("L", (1, 1)))
    w = int(d0.textlength(s, font=font(size))) + 20
    tile = Image.new("RGBA", (w, size + 20), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((10, 5), s, font=font(size), fill=color + (230,))
    tile = tile.rotate(angle, expand=True, resample=Image.BICUBIC)
    base = page.img.convert("RGBA")
    base.alpha_composite(tile, (int(x), int(y)))
    page.img = base.convert("RGB")
    page.d = ImageDraw.Draw(page.img)
    page.texts.append(s)


def scan(page: Page, rng, angle: float, seal_spec=None, note=None) -> tuple[Image.Image, list[str]]:
    """Seal (optional), pen note (optional), then paper tone, skew, grey border and noise."""
    if note:
        handwritten(page, note[0], note[1], note[2], angle=-5)
        if len(note) > 3:
            handwritten(page, note[0] + 30, note[1] + 48, note[3], size=34, angle=-3)
    img = page.img
    if seal_spec:
        cx, cy, r, name, bottom = seal_spec
        img = seal(img, cx, cy, r, name, bottom, rng)
    a = np.asarray(img).astype(np.float32)
    a = a * (np.array(PAPER, dtype=np.float32) / 255.0)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=BORDER)
    a = np.asarray(img).astype(np.int16)
    noise = rng.normal(0, 6.0, a.shape[:2])[..., None]
    a = np.clip(a + noise, 0, 255).astype(np.uint8)
    img = Image.fromarray(a)
    # scanner-lid shadow at the left edge
    d = ImageDraw.Draw(img)
    for k in range(14):
        g = 120 + k * 8
        d.line([(k, 0), (k, H)], fill=(g, g, g))
    return img, list(page.texts)


def jpeg(img: Image.Image, quality=78) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=False, progressive=False, subsampling=2)
    return buf.getvalue()


def image_pdf(path: Path, images: list[Image.Image], title: str = "scan"):
    """Image-only PDF (one JPEG per A4 page), deterministic."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("scanner")
    c.setCreator("MFP Scan")
    for img in images:
        c.drawImage(ImageReader(io.BytesIO(jpeg(img))), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------ text PDFs
class TextPdf:
    """A small reportlab writer with a cursor: headings, paragraphs, tables (text layer kept)."""

    def __init__(self, path: Path, title: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("h94")
        self.f = pdf_font()
        self.y = A4[1] - 70

    def line(self, s, size=11, x=60, gap=8, center=False):
        self.c.setFont(self.f, size)
        if center:
            self.c.drawCentredString(A4[0] / 2, self.y, s)
        else:
            self.c.drawString(x, self.y, s)
        self.y -= size + gap

    def para(self, s, size=11, width=470):
        line = ""
        for ch in s:
            if pdfmetrics.stringWidth(line + ch, self.f, size) > width:
                self.line(line, size)
                line = ""
            line += ch
        if line:
            self.line(line, size)

    def table(self, header, rows, widths, size=10, x=60, rh=20):
        c = self.c
        c.setFont(self.f, size)
        allrows = [header] + rows
        y0 = self.y + size + 4
        for row in allrows:
            cx = x
            for j, cell in enumerate(row):
                s = str(cell)
                if j == 0:
                    c.drawString(cx + 4, self.y, s)
                else:
                    c.drawRightString(cx + widths[j] - 4, self.y, s)
                cx += widths[j]
            self.y -= rh
        c.setLineWidth(0.6)
        for k in range(len(allrows) + 1):
            c.line(x, y0 - k * rh, x + sum(widths), y0 - k * rh)
        cx = x
        for wdt in [0] + widths:
            cx += wdt
            c.line(cx, y0, cx, y0 - len(allrows) * rh)
        self.y -= 10

    def new_page(self):
        self.c.showPage()
        self.y = A4[1] - 70

    def save(self):
        self.c.showPage()
        self.c.save()


# ------------------------------------------------------------------------------------------ phone shots
def phone_screenshot(title: str, clock: str, battery: str, tiles: list[tuple[str, str]], footer: str,
                     rng, tilt: float = 0.03) -> tuple[Image.Image, list[str]]:
    """A phone screenshot of a dashboard: status bar (time, signal, battery), header, value tiles;
    taken of a screen by another phone, hence a light perspective warp."""
    w, h = 720, 1480
    img = Image.new("RGB", (w, h), (244, 246, 250))
    d = ImageDraw.Draw(img)
    texts: list[str] = []

    def t(x, y, s, size, fill=(28, 30, 36)):
        d.text((x, y), s, font=font(size), fill=fill)
        texts.append(s)

    d.rectangle([0, 0, w, 52], fill=(18, 22, 30))
    t(24, 12, clock, 24, (240, 240, 240))
    t(w - 150, 12, battery, 22, (240, 240, 240))
    d.rectangle([w - 78, 16, w - 34, 38], outline=(240, 240, 240), width=2)
    lvl = int(battery.rstrip("%")) / 100
    d.rectangle([w - 75, 19, w - 75 + int(38 * lvl), 35], fill=(240, 240, 240))
    for k in range(4):
        d.rectangle([w - 230 + k * 9, 36 - k * 6, w - 224 + k * 9, 38], fill=(240, 240, 240))
    t(w - 196, 14, "5G", 20, (240, 240, 240))
    d.rectangle([0, 52, w, 150], fill=(22, 92, 170))
    t(30, 80, title, 32, (255, 255, 255))
    y = 180
    for i, (label, value) in enumerate(tiles):
        x = 24 if i % 2 == 0 else 372
        d.rounded_rectangle([x, y, x + 324, y + 176], radius=18, fill=(255, 255, 255), outline=(214, 220, 230))
        t(x + 22, y + 24, label, 24, (96, 104, 118))
        t(x + 22, y + 78, value, 46, (22, 92, 170))
        if i % 2 == 1:
            y += 200
    if len(tiles) % 2:
        y += 200
    t(30, y + 10, footer, 20, (120, 126, 138))
    # perspective: the shot is taken slightly from the side
    dx = int(w * tilt)
    coeffs = _persp([(0, 0), (w, 0), (w, h), (0, h)], [(dx, 12), (w - 4, 0), (w, h), (dx // 2, h - 14)])
    img = img.transform((w, h), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(40, 40, 44))
    a = np.asarray(img).astype(np.int16)
    a = np.clip(a + rng.normal(0, 3.0, a.shape[:2])[..., None], 0, 255).astype(np.uint8)
    return Image.fromarray(a), texts


def _persp(src, dst):
    """Coefficients mapping output (dst) points back to input (src) points for Image.PERSPECTIVE."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=float)
    b = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(a, b).tolist()


def save_png(path: Path, img: Image.Image):
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), format="PNG", optimize=False, compress_level=6)


# ------------------------------------------------------------------------------------------ office zips
def normalize_zip(path: Path):
    """Rewrite an OOXML file with fixed entry dates, fixed core-property dates and sorted-stable order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())
