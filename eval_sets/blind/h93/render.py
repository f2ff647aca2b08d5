"""Low-level writers for h93: a small reportlab page writer, scans with seals, PNG dashboards, zip normalising."""

from __future__ import annotations

import io
import math
import re
import zipfile
from pathlib import Path

import numpy as np
import pypdf
import pypdfium2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H93Hei"
_registered = False
FIXED_DATE = (2024, 7, 18, 10, 30, 0)


def _font():
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
        _registered = True
    return FONT


def pil_font(size: int):
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)


class Pdf:
    """A4 text PDF written page by page; `page` is the current 1-based physical page."""

    def __init__(self, title: str = ""):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.page = 0
        self.y = 0.0
        self.started = False

    def new_page(self):
        if self.started:
            self.c.showPage()
        self.started = True
        self.page += 1
        self.y = A4[1] - 60

    def text(self, s: str, size: float = 10.5, x: float = 56, gap: float | None = None, center=False):
        self.c.setFont(_font(), size)
        if center:
            self.c.drawCentredString(A4[0] / 2, self.y, s)
        else:
            self.c.drawString(x, self.y, s)
        self.y -= gap if gap is not None else size * 1.7

    def para(self, s: str, size: float = 10.5, width_chars: int = 40, x: float = 56):
        line = ""
        for ch in s:
            line += ch
            if len(line) >= width_chars:
                self.text(line, size, x)
                line = ""
        if line:
            self.text(line, size, x)

    def table(self, widths: list[float], rows: list[list[str]], size: float = 9, row_h: float = 18, x: float = 56,
              bold_first=True):
        self.c.setFont(_font(), size)
        self.c.setLineWidth(0.5)
        total = sum(widths)
        for r in rows:
            top = self.y + size + 3
            self.c.line(x, top, x + total, top)
            cx = x
            for w, cell in zip(widths, r):
                self.c.drawString(cx + 3, self.y - 1, str(cell))
                cx += w
            self.y -= row_h
        bottom = self.y + size + 3
        self.c.line(x, bottom, x + total, bottom)
        cx = x
        top0 = bottom + row_h * len(rows)
        for w in widths + [0]:
            self.c.line(cx, top0, cx, bottom)
            cx += w
        self.y -= 8

    def footer(self, s: str):
        self.c.setFont(_font(), 8)
        self.c.drawCentredString(A4[0] / 2, 28, s)

    def bytes(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def page_texts(pdf_bytes: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf_bytes)).pages]


def draw_seal(img: Image.Image, cx: int, cy: int, r: int, text: str, rng: np.random.Generator):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 200)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    # star
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.22 if i % 2 == 0 else r * 0.09
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = pil_font(max(10, r // 5))
    n = len(text)
    span = math.radians(250)
    for i, ch in enumerate(text):
        ang = math.radians(-215) + span * (i + 0.5) / n
        tx, ty = cx + r * 0.74 * math.cos(ang), cy + r * 0.74 * math.sin(ang)
        d.text((tx, ty), ch, font=f, fill=red, anchor="mm")
    layer = layer.rotate(float(rng.uniform(-12, 12)), center=(cx, cy))
    img.paste(layer, (0, 0), layer)


def scan_pdf(src: bytes, seals: dict[int, tuple[float, float, str]], rng: np.random.Generator, scale=1.35,
             signature: dict[int, tuple[float, float, str]] | None = None) -> tuple[bytes, dict[int, str]]:
    """Rasterise a text PDF, add paper tone/noise/skew and seals, return an image-only PDF and the drawn text."""
    texts = page_texts(src)
    doc = pypdfium2.PdfDocument(src)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for i in range(len(doc)):
        img = doc[i].render(scale=scale).to_pil().convert("RGB")
        w, h = img.size
        if i + 1 in seals:
            fx, fy, name = seals[i + 1]
            draw_seal(img, int(w * fx), int(h * fy), int(w * 0.11), name, rng)
        if signature and i + 1 in signature:
            fx, fy, who = signature[i + 1]
            d = ImageDraw.Draw(img)
            d.text((int(w * fx), int(h * fy)), who, font=pil_font(int(w * 0.03)), fill=(25, 25, 90))
        arr = np.asarray(img).astype(np.int16)
        arr = arr - np.array([4, 6, 14], dtype=np.int16)
        arr = arr + rng.integers(-10, 10, size=arr.shape[:2], dtype=np.int16)[..., None]
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        img = img.rotate(float(rng.uniform(-0.8, 0.8)), fillcolor=(246, 244, 236), resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        jb = io.BytesIO()
        img.save(jb, format="JPEG", quality=72)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    doc.close()
    return out.getvalue(), {i + 1: t for i, t in enumerate(texts)}


def images_pdf(images: list[Image.Image]) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for img in images:
        jb = io.BytesIO()
        img.convert("RGB").save(jb, format="JPEG", quality=80)
        jb.seek(0)
        w, h = img.size
        dw = A4[0] - 80
        dh = dw * h / w
        c.drawImage(ImageReader(jb), 40, A4[1] - 60 - dh, width=dw, height=dh)
        c.showPage()
    c.save()
    return out.getvalue()


def dashboard(title: str, tiles: list[tuple[str, str]], rng: np.random.Generator, theme=(18, 40, 78),
              width=1280, height=760) -> tuple[Image.Image, str]:
    """A PNG 'screenshot' of a platform dashboard; returns the image and the text drawn on it."""
    img = Image.new("RGB", (width, height), theme)
    d = ImageDraw.Draw(img)
    drawn = [title]
    d.rectangle([0, 0, width, 64], fill=tuple(max(0, v - 12) for v in theme))
    d.text((28, 16), title, font=pil_font(28), fill=(235, 240, 250))
    cols = 3
    tw, th = (width - 80) // cols, 150
    for i, (cap, val) in enumerate(tiles):
        x = 30 + (i % cols) * (tw + 10)
        y = 90 + (i // cols) * (th + 16)
        d.rounded_rectangle([x, y, x + tw, y + th], radius=10, fill=tuple(min(255, v + 22) for v in theme))
        d.text((x + 18, y + 16), cap, font=pil_font(22), fill=(170, 190, 220))
        d.text((x + 18, y + 62), val, font=pil_font(46), fill=(120, 230, 255))
        drawn += [cap, val]
    # a little chart
    y0 = 90 + ((len(tiles) + cols - 1) // cols) * (th + 16) + 10
    pts = [(40 + k * 40, height - 40 - int(rng.integers(10, max(20, height - 60 - y0)))) for k in range((width - 80) // 40)]
    if y0 < height - 60:
        d.line(pts, fill=(90, 200, 160), width=3)
    return img, "\n".join(drawn)


def normalize_zip(path: Path):
    """Rewrite an OOXML zip with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>2024-07-18T02:30:00Z\3", s)
                s = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", s)
                data = s.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())
