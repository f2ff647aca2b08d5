"""Rendering helpers of the h100 set: fonts, text PDFs, image pages (scans, screenshots), seals, zip normalising.

Everything is deterministic: reportlab invariant=1, fixed zip dates and core properties, seeded noise."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H100CJK"
ZIP_DATE = (2024, 7, 12, 9, 30, 0)
CORE_DATE = "2024-07-12T09:30:00Z"
# "<package_id>/<file>" -> {page: text drawn into the image}
DRAWN: dict[str, dict[int, str]] = {}

_registered = False


def pdf_font() -> str:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
        _registered = True
    return FONT


_fonts: dict[int, ImageFont.FreeTypeFont] = {}


def ifont(size: int) -> ImageFont.FreeTypeFont:
    if size not in _fonts:
        _fonts[size] = ImageFont.truetype(str(cjk_ttf()), size, index=0)
    return _fonts[size]


# ------------------------------------------------------------------------------------------ text PDFs
class TextPdf:
    """A text-layer PDF written line by line; tables as rows of cells at fixed x positions."""

    def __init__(self, path: Path, title: str):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.font = pdf_font()
        self.page = 1
        self.y = A4[1] - 60
        self.started = False

    def text(self, s: str, size: float = 10.5, x: float = 56, dy: float | None = None):
        self.started = True
        self.c.setFont(self.font, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy if dy is not None else size * 1.7
        if self.y < 60:
            self.new_page()

    def center(self, s: str, size: float = 15):
        self.started = True
        self.c.setFont(self.font, size)
        self.c.drawCentredString(A4[0] / 2, self.y, s)
        self.y -= size * 2

    def row(self, cells: list[str], xs: list[float], size: float = 9.5, line: bool = True, right_from: int = 1):
        self.started = True
        self.c.setFont(self.font, size)
        for i, (cell, x) in enumerate(zip(cells, xs)):
            if i >= right_from and i + 1 < len(xs) + 1:
                end = xs[i + 1] - 6 if i + 1 < len(xs) else A4[0] - 56
                self.c.drawRightString(end, self.y, cell)
            else:
                self.c.drawString(x, self.y, cell)
        if line:
            self.c.setLineWidth(0.3)
            self.c.line(xs[0] - 4, self.y - 4, A4[0] - 52, self.y - 4)
        self.y -= size * 1.9
        if self.y < 60:
            self.new_page()

    def new_page(self):
        self.c.setFont(self.font, 8)
        self.c.drawCentredString(A4[0] / 2, 30, f"第 {self.page} 页")
        self.c.showPage()
        self.page += 1
        self.y = A4[1] - 60
        self.started = False

    def close(self):
        if self.started:
            self.c.setFont(self.font, 8)
            self.c.drawCentredString(A4[0] / 2, 30, f"第 {self.page} 页")
            self.c.showPage()
        self.c.save()


# ------------------------------------------------------------------------------------------ image pages
class ImagePage:
    """A white page (or console canvas) on which text is drawn and recorded."""

    def __init__(self, w: int, h: int, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.lines: list[str] = []

    def text(self, xy, s: str, size: int = 22, fill=(20, 20, 20), record: bool = True):
        self.d.text(xy, s, font=ifont(size), fill=fill)
        if record:
            self.lines.append(s)

    def rect(self, box, fill=None, outline=(200, 200, 200), width=1):
        self.d.rectangle(box, fill=fill, outline=outline, width=width)

    def drawn(self) -> str:
        return "\n".join(self.lines)


def seal(img: Image.Image, cx: int, cy: int, r: int, company: str, word: str = "", rng: random.Random | None = None):
    """A red round company seal: ring, star, company name along the arc."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (208, 30, 38, 200)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(4, r // 18))
    s = r // 4
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = s if k % 2 == 0 else s * 0.4
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = ifont(max(12, r // 5))
    n = len(company)
    span = math.radians(250)
    for i, ch in enumerate(company):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = cx + (r * 0.74) * math.cos(ang)
        y = cy + (r * 0.74) * math.sin(ang)
        glyph = Image.new("RGBA", (r // 3, r // 3), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((0, 0), ch, font=f, fill=red)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(glyph, (int(x - r // 6), int(y - r // 6)))
    if word:
        fw = ifont(max(10, r // 7))
        d.text((cx - len(word) * r // 14, cy + r // 2.6), word, font=fw, fill=red)
    out = img.convert("RGBA")
    out.alpha_composite(layer)
    return out.convert("RGB")


def scanify(img: Image.Image, rng: random.Random, angle: float = 0.35) -> Image.Image:
    """Paper tone, a few specks and a slight rotation."""
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 249, 244))
    d = ImageDraw.Draw(img)
    for _ in range(120):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        g = rng.randrange(120, 200)
        d.point((x, y), fill=(g, g, g))
    return img


def image_pdf(path: Path, pages: list[Image.Image], title: str):
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for img in pages:
        c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def save_png(img: Image.Image, path: Path):
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    path.write_bytes(buf.getvalue())


# ------------------------------------------------------------------------------------------ OOXML
def normalise_zip(path: Path):
    """Rewrite a DOCX/XLSX with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    path.write_bytes(buf.getvalue())
