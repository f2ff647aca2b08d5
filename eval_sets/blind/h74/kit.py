"""Low-level tools of this set: fonts, deterministic zips, DOCX/XLSX/PDF writers, scans, seals.

Everything here is deterministic: fixed seeds, fixed zip dates and core properties, reportlab with
invariant=1, image-only PDFs written through reportlab from our own JPEG bytes.
"""

from __future__ import annotations

import io
import math
import random
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

from eval_sets.generator import fonts as _fonts  # noqa: E402  (only to find the CJK font by name)

_found = _fonts.find_font(_fonts.DRAWING_FONT)
if _found is None:
    raise SystemExit("WenQuanYi Micro Hei not found: " + _fonts.missing_reason(_fonts.DRAWING_FONT))
FONT_PATH = str(_found)
RL_FONT = "WQYH74"
if RL_FONT not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(TTFont(RL_FONT, FONT_PATH, subfontIndex=0))

ZIP_DATE = (2024, 7, 15, 9, 30, 0)
CORE_DATE = "2024-07-15T09:30:00Z"

_font_cache: dict[int, ImageFont.FreeTypeFont] = {}


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    if size not in _font_cache:
        _font_cache[size] = ImageFont.truetype(FONT_PATH, size, index=0)
    return _font_cache[size]


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed entry dates and fixed core-property dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                                 rb"\g<1>" + CORE_DATE.encode() + rb"\g<3>", content)
            zi = zipfile.ZipInfo(info.filename, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    return out.getvalue()


def zip_folder(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        dirs = set()
        for name in sorted(files):
            parts = name.split("/")[:-1]
            for i in range(1, len(parts) + 1):
                d = "/".join(parts[:i]) + "/"
                if d not in dirs:
                    dirs.add(d)
                    zi = zipfile.ZipInfo(d, ZIP_DATE)
                    zi.external_attr = 0o40755 << 16
                    z.writestr(zi, b"")
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.flag_bits |= 0x800  # UTF-8 names
            z.writestr(zi, files[name])
    return out.getvalue()


# ----------------------------------------------------------------------------------------------
# Pictures (PIL) with a log of every string drawn
# ----------------------------------------------------------------------------------------------
@dataclass
class Pic:
    """A picture as it is embedded: bytes, format, pixel size and every string drawn into it."""
    pid: str
    data: bytes
    fmt: str  # png | jpeg
    size: tuple[int, int]
    texts: list[str]


class Painter:
    def __init__(self, size: tuple[int, int], bg=(255, 255, 255)):
        self.img = Image.new("RGB", size, bg)
        self.d = ImageDraw.Draw(self.img)
        self.texts: list[str] = []

    def text(self, xy, s: str, size: int = 20, fill=(30, 30, 30), anchor: str = "la", bold: bool = False):
        s = str(s)
        self.d.text(xy, s, font=pil_font(size), fill=fill, anchor=anchor,
                    stroke_width=1 if (bold and size >= 22) else 0, stroke_fill=fill)
        self.texts.append(s)

    def width(self, s: str, size: int) -> float:
        return self.d.textlength(str(s), font=pil_font(size))

    def rect(self, box, fill=None, outline=None, width=1, radius=0):
        if radius:
            self.d.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)

    def line(self, pts, fill=(200, 200, 200), width=1):
        self.d.line(pts, fill=fill, width=width)

    def pic(self, pid: str, fmt: str = "png", quality: int = 88) -> Pic:
        return to_pic(pid, self.img, self.texts, fmt, quality)


def to_pic(pid: str, img: Image.Image, texts: list[str], fmt: str = "png", quality: int = 88) -> Pic:
    buf = io.BytesIO()
    if fmt == "png":
        img.save(buf, "PNG", optimize=False)
    else:
        img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False, progressive=False,
                                dpi=(150, 150))
    return Pic(pid, buf.getvalue(), fmt, img.size, list(texts))


# ----------------------------------------------------------------------------------------------
# reportlab pages with a text log (text PDFs, and the pages we scan)
# ----------------------------------------------------------------------------------------------
def wrap_cjk(text: str, width: float, size: float) -> list[str]:
    lines: list[str] = []
    for para in str(text).split("\n"):
        cur = ""
        for ch in para:
            if pdfmetrics.stringWidth(cur + ch, RL_FONT, size) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Sheet:
    """A reportlab canvas that logs what it writes, page by page."""

    def __init__(self, pagesize=A4, title: str = "", author: str = ""):
        self.buf = io.BytesIO()
        self.pagesize = pagesize
        self.c = rl_canvas.Canvas(self.buf, pagesize=pagesize, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator("")
        self.c.setProducer("")
        self.pages: list[list[str]] = [[]]
        self.W, self.H = pagesize

    def text(self, x, y, s, size=10.5, align="left", color=(0, 0, 0)):
        s = str(s)
        self.c.setFont(RL_FONT, size)
        self.c.setFillColorRGB(*color)
        if align == "center":
            self.c.drawCentredString(x, y, s)
        elif align == "right":
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawString(x, y, s)
        self.pages[-1].append(s)

    def para(self, x, y, width, text, size=10.5, leading=None, indent=True) -> float:
        """Write wrapped text from the top line at y; return the y below it."""
        leading = leading or size * 1.6
        first = ("\u3000\u3000" if indent else "") + str(text)
        for line in wrap_cjk(first, width, size):
            self.text(x, y, line, size)
            y -= leading
        return y

    def grid(self, x, y, widths, rows, row_h=18, size=9.5, header_rows=1, align=None, fill_header=True,
             bold_rows=()) -> float:
        """A ruled table whose top-left corner is (x, y); return the y of its bottom."""
        total = sum(widths)
        cur = y
        for r, row in enumerate(rows):
            cells = [wrap_cjk(str(v), w - 6, size) for v, w in zip(row, widths)]
            h = max(row_h, max(len(c) for c in cells) * size * 1.35 + 6)
            if r < header_rows and fill_header:
                self.c.setFillColorRGB(0.90, 0.90, 0.90)
                self.c.rect(x, cur - h, total, h, stroke=0, fill=1)
            self.c.setStrokeColorRGB(0, 0, 0)
            self.c.setLineWidth(0.6)
            self.c.rect(x, cur - h, total, h, stroke=1, fill=0)
            cx = x
            for c, (lines, w) in enumerate(zip(cells, widths)):
                if c:
                    self.c.line(cx, cur, cx, cur - h)
                a = (align[c] if align else "left") if r >= header_rows else "center"
                ty = cur - (h - len(lines) * size * 1.35) / 2 - size
                for line in lines:
                    if a == "right":
                        self.text(cx + w - 3, ty, line, size, "right")
                    elif a == "center":
                        self.text(cx + w / 2, ty, line, size, "center")
                    else:
                        self.text(cx + 3, ty, line, size)
                    ty -= size * 1.35
                cx += w
            cur -= h
        return cur

    def new_page(self):
        self.c.showPage()
        self.pages.append([])

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def rasterize(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    out = []
    for page in doc:
        bm = page.render(scale=dpi / 72.0)
        out.append(bm.to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


# ----------------------------------------------------------------------------------------------
# Scans: paper tone, skew, blur, noise; red seals; handwriting
# ----------------------------------------------------------------------------------------------
def scan_effect(img: Image.Image, seed: int, tone=(247, 244, 236), skew: float | None = None, noise: float = 9.0,
                blur: float = 0.6, bw: bool = False) -> Image.Image:
    rnd = random.Random(seed)
    img = img.convert("RGB")
    angle = skew if skew is not None else rnd.uniform(-0.7, 0.7)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    arr = np.asarray(img).astype(np.float32)
    paper = np.array(tone, dtype=np.float32) / 255.0
    arr = arr * paper
    gen = np.random.default_rng(seed)
    arr += gen.normal(0.0, noise, arr.shape[:2])[:, :, None]
    # a faint shadow along the binding edge
    h, w = arr.shape[:2]
    ramp = np.clip(1.0 - np.linspace(0.10, 0.0, 40), 0.85, 1.0)
    arr[:, :40, :] *= ramp[None, :, None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "RGB").filter(ImageFilter.GaussianBlur(blur))
    if bw:
        out = out.convert("L").point(lambda v: 255 if v > 150 else 0).convert("RGB")
    return out


def _seal_layer(diameter: int, company: str, bottom: str, seed: int, color=(214, 34, 40)) -> Image.Image:
    rnd = random.Random(seed)
    size = diameter + 8
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c = size / 2
    r = diameter / 2
    ring = max(3, int(diameter / 26))
    d.ellipse((c - r, c - r, c + r, c + r), outline=color + (235,), width=ring)
    # five-pointed star
    star_r = r * 0.24
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = star_r if i % 2 == 0 else star_r * 0.40
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=color + (235,))
    # company name along the upper arc
    n = len(company)
    span = min(250.0, 18.0 * n)
    fsize = max(10, int(diameter * 0.13))
    font = pil_font(fsize)
    for i, ch in enumerate(company):
        deg = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(deg)
        rr = r - ring - fsize * 0.75
        x, y = c + rr * math.cos(rad), c + rr * math.sin(rad)
        tile = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fsize, fsize), ch, font=font, fill=color + (235,), anchor="mm")
        tile = tile.rotate(-(deg + 90), resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(x - fsize), int(y - fsize)))
    if bottom:
        bsize = max(9, int(diameter * 0.10))
        d.text((c, c + r * 0.52), bottom, font=pil_font(bsize), fill=color + (235,), anchor="mm")
    # ink texture: knock out random specks
    arr = np.asarray(layer).copy()
    gen = np.random.default_rng(seed)
    mask = gen.random(arr.shape[:2]) < 0.16
    arr[mask, 3] = (arr[mask, 3] * 0.25).astype(np.uint8)
    layer = Image.fromarray(arr, "RGBA").rotate(rnd.uniform(-18, 18), resample=Image.BICUBIC)
    return layer


def add_seal(img: Image.Image, center: tuple[float, float], diameter: int, company: str, seed: int,
             bottom: str = "") -> Image.Image:
    layer = _seal_layer(diameter, company, bottom, seed)
    base = img.convert("RGBA")
    x = int(center[0] - layer.width / 2)
    y = int(center[1] - layer.height / 2)
    tmp = Image.new("RGBA", base.size, (0, 0, 0, 0))
    tmp.alpha_composite(layer, (max(0, x), max(0, y)))
    # multiply-like blend so the text below stays readable
    b = np.asarray(base).astype(np.float32)
    t = np.asarray(tmp).astype(np.float32)
    a = t[:, :, 3:4] / 255.0 * 0.85
    blended = b[:, :, :3] * (1 - a) + (b[:, :, :3] * t[:, :, :3] / 255.0) * a
    return Image.fromarray(np.clip(blended, 0, 255).astype(np.uint8), "RGB")


def _catmull(points, steps=12):
    out = []
    pts = [points[0]] + points + [points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * ((2 * p1[k]) + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                                    + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in range(2)))
    out.append(points[-1])
    return out


def add_signature(img: Image.Image, box: tuple[int, int, int, int], seed: int, color=(20, 30, 90)) -> Image.Image:
    """A handwritten-looking signature inside box (x0, y0, x1, y1): two or three cursive strokes."""
    rnd = random.Random(seed)
    img = img.convert("RGB")
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    width = max(2, int(h / 16))
    strokes = rnd.randint(2, 3)
    seg = w / strokes
    for s in range(strokes):
        sx = x0 + s * seg
        ctrl = []
        n = rnd.randint(5, 7)
        for i in range(n):
            u = i / (n - 1)
            ctrl.append((sx + seg * 0.85 * u + rnd.uniform(-seg * 0.06, seg * 0.06),
                         y0 + h * (0.5 + (0.32 if i % 2 else -0.32) * rnd.uniform(0.5, 1.0))))
        d.line(_catmull(ctrl), fill=color, width=width, joint="curve")
    tail = [(x0 + w * 0.05, y0 + h * 0.85), (x0 + w * 0.5, y0 + h * 0.78), (x1 - w * 0.02, y0 + h * 0.70)]
    d.line(_catmull(tail), fill=color, width=max(2, width - 1), joint="curve")
    return img


def images_to_pdf(jpegs: list[bytes], pagesize=A4, title: str = "") -> bytes:
    """An image-only PDF: each JPEG fills one page; no text layer."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setCreator("")
    c.setProducer("")
    for data in jpegs:
        w, h = pagesize
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=w, height=h)
        c.showPage()
    c.save()
    return buf.getvalue()


def jpeg_bytes(img: Image.Image, quality: int = 80) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False, progressive=False, dpi=(150, 150))
    return buf.getvalue()


__all__ = ["A4", "landscape", "Pic", "Painter", "Sheet", "to_pic", "rasterize", "scan_effect", "add_seal",
           "add_signature", "images_to_pdf", "jpeg_bytes", "normalize_zip", "zip_folder", "pil_font", "wrap_cjk",
           "RL_FONT", "FONT_PATH", "REPO"]
