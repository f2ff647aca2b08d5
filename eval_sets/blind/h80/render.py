"""Low-level rendering for the h80 set: fonts, reportlab pages, scans, seals, screenshots, zip normalising.

Everything is deterministic: reportlab runs with invariant=1, noise comes from seeded numpy generators,
DOCX/XLSX zips are rewritten with fixed entry dates.
"""

from __future__ import annotations

import io
import math
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "WQYMicroHei"
FIXED_DATE = (2024, 7, 15, 9, 30, 0)
_registered = False


def font() -> str:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
        _registered = True
    return FONT


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)


# ----------------------------------------------------------------------------------------- text PDFs
class Doc:
    """A tiny flowing-text writer on top of reportlab: headings, paragraphs, tables, page breaks."""

    def __init__(self, path_or_buf, title: str = "", wide: bool = False, header: str = ""):
        self.size = landscape(A4) if wide else A4
        self.c = canvas.Canvas(path_or_buf, pagesize=self.size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.header = header
        self.margin = 56
        self.page_no = 0
        self._start()

    def _start(self):
        self.page_no += 1
        self.y = self.size[1] - self.margin
        if self.header:
            self.c.setFont(font(), 8)
            self.c.drawString(self.margin, self.size[1] - 32, self.header)
            self.c.line(self.margin, self.size[1] - 36, self.size[0] - self.margin, self.size[1] - 36)

    def new_page(self):
        self.c.showPage()
        self._start()

    def _need(self, h):
        if self.y - h < self.margin:
            self.new_page()

    def text(self, s: str, size: float = 10.5, center: bool = False, indent: float = 0, gap: float = 4):
        width = self.size[0] - 2 * self.margin - indent
        for line in wrap(s, size, width):
            self._need(size + gap)
            self.c.setFont(font(), size)
            if center:
                self.c.drawCentredString(self.size[0] / 2, self.y - size, line)
            else:
                self.c.drawString(self.margin + indent, self.y - size, line)
            self.y -= size + gap

    def space(self, h: float):
        self.y -= h

    def table(self, rows: list[list[str]], widths: list[float], size: float = 9, header_rows: int = 1,
              align_right_from: int = 1, repeat_header: bool = True):
        total = sum(widths)
        scale = (self.size[0] - 2 * self.margin) / total
        ws = [w * scale for w in widths]
        head = rows[:header_rows]
        for i, row in enumerate(rows):
            cells = [wrap(str(v), size, w - 6) for v, w in zip(row, ws)]
            h = max(len(c) for c in cells) * (size + 3) + 6
            if self.y - h < self.margin:
                self.new_page()
                if repeat_header and i >= header_rows:
                    for hr in head:
                        self._row(hr, ws, size, True, align_right_from)
            self._row(row, ws, size, i < header_rows, align_right_from)

    def _row(self, row, ws, size, is_head, align_right_from):
        cells = [wrap(str(v), size, w - 6) for v, w in zip(row, ws)]
        h = max(len(c) for c in cells) * (size + 3) + 6
        x = self.margin
        self.c.setFont(font(), size)
        for j, (lines, w) in enumerate(zip(cells, ws)):
            self.c.rect(x, self.y - h, w, h)
            for k, line in enumerate(lines):
                ty = self.y - 4 - (k + 1) * (size + 3) + 3
                if j >= align_right_from and not is_head and _numeric(line):
                    self.c.drawRightString(x + w - 3, ty, line)
                else:
                    self.c.drawString(x + 3, ty, line)
            x += w
        self.y -= h

    def image(self, img: Image.Image, max_w: float | None = None, max_h: float | None = None):
        max_w = max_w or self.size[0] - 2 * self.margin
        max_h = max_h or self.y - self.margin
        r = min(max_w / img.width, max_h / img.height)
        w, h = img.width * r, img.height * r
        self._need(h)
        self.c.drawImage(ImageReader(img), (self.size[0] - w) / 2, self.y - h, w, h)
        self.y -= h + 6

    def save(self):
        self.c.showPage()
        self.c.save()


def _numeric(s: str) -> bool:
    t = s.replace(",", "").replace(".", "").replace("-", "").replace("%", "")
    return t.isdigit()


def wrap(s: str, size: float, width: float) -> list[str]:
    out = []
    for para in str(s).split("\n"):
        line = ""
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, font(), size) > width and line:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out or [""]


def pdf_bytes(build) -> bytes:
    """Run build(doc_factory) into memory and return the PDF bytes."""
    buf = io.BytesIO()
    build(buf)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------- scans
def rasterize(pdf: bytes, scale: float = 1.35) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    pages = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return pages


def seal(img: Image.Image, cx: int, cy: int, r: int, text: str, seed: int) -> Image.Image:
    """A red round seal with the company name around a star."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    star = [(cx + r * 0.28 * math.cos(math.pi / 2 + k * 4 * math.pi / 5), cy - r * 0.28 * math.sin(math.pi / 2 + k * 4 * math.pi / 5)) for k in range(5)]
    d.polygon(star, fill=red)
    f = pil_font(max(10, r // 5))
    n = len(text)
    for k, ch in enumerate(text):
        a = math.radians(210 - k * 240 / max(1, n - 1))
        x, y = cx + r * 0.74 * math.cos(a), cy - r * 0.74 * math.sin(a)
        glyph = Image.new("RGBA", (r // 3, r // 3), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((2, 0), ch, font=f, fill=red)
        glyph = glyph.rotate(math.degrees(a) - 90, expand=True)
        layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    rng = np.random.default_rng(seed)
    mask = (rng.random((img.size[1], img.size[0])) > 0.18).astype(np.uint8) * 255
    alpha = np.minimum(np.array(layer)[:, :, 3], mask)
    arr = np.array(layer)
    arr[:, :, 3] = alpha
    out = img.convert("RGBA")
    out.alpha_composite(Image.fromarray(arr))
    return out.convert("RGB")


def scanify(img: Image.Image, seed: int, angle: float = 0.0, bw: bool = False) -> Image.Image:
    """Paper tone, slight rotation, blur and speckle noise; optionally 1-bit like an office scanner."""
    rng = np.random.default_rng(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 248, 240))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(img).astype(np.int16)
    arr = arr - np.array([4, 7, 16])  # warm paper tone
    arr = arr + rng.normal(0, 5, arr.shape[:2])[:, :, None].astype(np.int16)
    speck = rng.random(arr.shape[:2]) < 0.0008
    arr[speck] = 60
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if bw:
        img = img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
    return img


def images_pdf(path: Path, images: list[Image.Image], title: str = "", quality: int = 70):
    """An image-only PDF (one image per A4 page, no text layer)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    for img in images:
        w, h = A4
        if img.width > img.height:
            w, h = landscape(A4)
        c.setPageSize((w, h))
        buf = io.BytesIO()
        if img.mode == "1":
            img.save(buf, format="PNG")
        else:
            img.convert("RGB").save(buf, format="JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(Image.open(buf)), 0, 0, w, h)
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------------------- screenshots
def dashboard(title: str, tiles: list[tuple[str, str]], size=(1280, 760), theme: str = "dark",
              footer: str = "", seed: int = 0) -> Image.Image:
    """A platform dashboard screenshot: title bar, a grid of KPI tiles (caption over value), a chart."""
    bg, fg, tile_bg, accent = {
        "dark": ((14, 27, 48), (230, 238, 250), (24, 44, 78), (64, 200, 255)),
        "light": ((242, 245, 250), (30, 40, 60), (255, 255, 255), (20, 120, 220)),
        "green": ((236, 246, 240), (24, 54, 40), (255, 255, 255), (30, 150, 90)),
    }[theme]
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, size[0], 64], fill=tile_bg)
    d.text((28, 16), title, font=pil_font(26), fill=fg)
    cols = 4 if len(tiles) > 3 else len(tiles)
    tw, th = (size[0] - 40 - (cols - 1) * 16) // cols, 128
    for i, (cap, val) in enumerate(tiles):
        x, y = 20 + (i % cols) * (tw + 16), 86 + (i // cols) * (th + 16)
        d.rounded_rectangle([x, y, x + tw, y + th], radius=10, fill=tile_bg, outline=accent)
        d.text((x + 18, y + 16), cap, font=pil_font(20), fill=fg)
        d.text((x + 18, y + 52), val, font=pil_font(44), fill=accent)
    rng = np.random.default_rng(seed)
    top = 86 + ((len(tiles) - 1) // cols + 1) * (th + 16) + 10
    pts = [(40 + k * (size[0] - 80) / 23, size[1] - 60 - rng.uniform(0.2, 0.9) * (size[1] - top - 110)) for k in range(24)]
    d.line(pts, fill=accent, width=3)
    d.line([(40, size[1] - 60), (size[0] - 40, size[1] - 60)], fill=fg, width=1)
    if footer:
        d.text((28, size[1] - 40), footer, font=pil_font(16), fill=fg)
    return img


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------- zips
def _fix_core(data: bytes) -> bytes:
    import re

    text = data.decode("utf-8")
    for tag in ("created", "modified"):
        text = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", r"\g<1>2024-07-15T09:30:00Z\g<2>", text)
    return text.encode("utf-8")


def normalize_zip(path: Path):
    """Rewrite a DOCX/XLSX with fixed entry dates and a stable entry order."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    order = sorted(entries, key=lambda e: (e[0] != "[Content_Types].xml", e[0]))
    order = [(n, _fix_core(d) if n == "docProps/core.xml" else d) for n, d in order]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in order:
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
