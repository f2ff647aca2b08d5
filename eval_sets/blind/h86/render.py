"""Drawing primitives of the h86 set: a page painter over reportlab, bound PDFs with running headers/footers and
printed page numbers offset from the physical page, scans (rasterised with pypdfium2, paper tone, noise, skew,
red seal), image-only PDFs, dashboards, and deterministic DOCX/XLSX zips."""

from __future__ import annotations

import io
import math
import re
import zipfile
from functools import cache
from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

W, H = A4
FONT = "H86CJK"
DRAWN: dict[str, dict[int, str]] = {}  # "<pid>/<file>" -> {page: text drawn into pixels}
FIXED_DT = (2024, 7, 18, 9, 30, 0)
FIXED_ISO = "2024-07-18T09:30:00Z"


@cache
def font() -> str:
    pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
    return FONT


@cache
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)


def sw(s: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font(), size)


def wrap(s: str, width: float, size: float) -> list[str]:
    lines: list[str] = []
    for part in str(s).split("\n"):
        cur = ""
        for ch in part:
            if sw(cur + ch, size) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Painter:
    """Top-down coordinates (y from the top edge, points). Records every string it draws."""

    def __init__(self, c: canvas.Canvas):
        self.c = c
        self.drawn: list[str] = []       # text drawn by the painter
        self.pixel_text: list[str] = []  # text that lives only inside pasted images

    def text(self, x, y, s, size=10.5, align="l", color=black):
        c = self.c
        c.setFillColor(color)
        c.setFont(font(), size)
        s = str(s)
        if align == "c":
            c.drawCentredString(x, H - y, s)
        elif align == "r":
            c.drawRightString(x, H - y, s)
        else:
            c.drawString(x, H - y, s)
        c.setFillColor(black)
        self.drawn.append(s)

    def para(self, x, y, s, width=W - 144, size=10.5, leading=None, indent=True) -> float:
        leading = leading or size * 1.75
        s = ("\u3000\u3000" if indent else "") + s
        for line in wrap(s, width, size):
            self.text(x, y, line, size)
            y += leading
        return y

    def line(self, x1, y1, x2, y2, width=0.6):
        self.c.setLineWidth(width)
        self.c.line(x1, H - y1, x2, H - y2)

    def table(self, x, y, widths, rows, size=9, pad=3, head=1, aligns=None, min_h=None) -> float:
        """Grid table; cells wrap. Returns the y below the table."""
        lead = size * 1.35
        for ri, row in enumerate(rows):
            cells = [wrap(str(v), w - 2 * pad, size) for v, w in zip(row, widths)]
            h = max(len(c) for c in cells) * lead + 2 * pad + 1
            if min_h:
                h = max(h, min_h)
            cx = x
            for ci, (lines, w) in enumerate(zip(cells, widths)):
                self.c.setLineWidth(0.5)
                if ri < head:
                    self.c.setFillColor(Color(0.92, 0.92, 0.92))
                    self.c.rect(cx, H - y - h, w, h, stroke=1, fill=1)
                    self.c.setFillColor(black)
                else:
                    self.c.rect(cx, H - y - h, w, h, stroke=1, fill=0)
                al = "c" if ri < head else (aligns[ci] if aligns else "l")
                for li, ln in enumerate(lines):
                    ty = y + pad + size + li * lead
                    if al == "c":
                        self.text(cx + w / 2, ty, ln, size, "c")
                    elif al == "r":
                        self.text(cx + w - pad, ty, ln, size, "r")
                    else:
                        self.text(cx + pad, ty, ln, size)
                cx += w
            y += h
        return y

    def image(self, img: Image.Image, x, y, w, h, pixel_text: str = "", border=True):
        buf = io.BytesIO()
        img.convert("RGB").save(buf, "JPEG", quality=82)
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), x, H - y - h, w, h)
        if border:
            self.c.setLineWidth(0.4)
            self.c.rect(x, H - y - h, w, h)
        if pixel_text:
            self.pixel_text.append(pixel_text)


def new_canvas(target) -> canvas.Canvas:
    c = canvas.Canvas(target, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    c.setTitle("")
    return c


# ----------------------------------------------------------------------------------------------- scans
def seal(img: Image.Image, cx: int, cy: int, r: int, name: str, seed: int) -> None:
    """A red round company seal (ring, star, name along the upper arc) multiplied onto the page."""
    rng = np.random.default_rng(seed)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 28, 36, 205)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 14))
    star = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.28 if k % 2 == 0 else 0.11)
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(star, fill=red)
    fs = max(10, int(r * 0.26))
    f = pil_font(fs)
    n = len(name)
    span = math.radians(250)
    for i, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fs // 2, fs // 2), ch, font=f, fill=red)
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        px = cx + (r * 0.74) * math.cos(a) - fs
        py = cy + (r * 0.74) * math.sin(a) - fs
        layer.alpha_composite(tile, (int(px), int(py)))
    arr = np.array(layer)
    mask = rng.random(arr.shape[:2]) < 0.12  # uneven ink
    arr[..., 3] = np.where(mask, arr[..., 3] // 3, arr[..., 3])
    layer = Image.fromarray(arr)
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    img.paste(base.convert("RGB"))


def rasterize(draw, dpi=110) -> Image.Image:
    buf = io.BytesIO()
    c = new_canvas(buf)
    p = Painter(c)
    draw(p)
    c.showPage()
    c.save()
    pdf = pypdfium2.PdfDocument(buf.getvalue())
    img = pdf[0].render(scale=dpi / 72).to_pil().convert("RGB")
    pdf.close()
    return img, p


def scan_effect(img: Image.Image, seed: int, seal_name: str | None = None, seal_at=(0.70, 0.80), colour=None) -> Image.Image:
    rng = np.random.default_rng(seed)
    if seal_name:
        w, h = img.size
        seal(img, int(w * seal_at[0]), int(h * seal_at[1]), int(w * 0.11), seal_name, seed + 1)
    arr = np.asarray(img).astype(np.float32)
    tone = np.array([246, 243, 234], dtype=np.float32)
    arr = arr * (tone / 255.0)
    arr += rng.normal(0, 7, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))
    angle = float(rng.uniform(-0.8, 0.8))
    out = out.rotate(angle, resample=Image.BICUBIC, fillcolor=(238, 236, 228))
    if not seal_name and not colour:
        out = out.convert("L").convert("RGB")
    return out


def jpeg(img: Image.Image, q=72) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=False)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------- bound PDFs
class Page:
    def __init__(self, draw, scan=False, numbered=True, seal_name=None, seal_at=(0.70, 0.80), header=True):
        self.draw, self.scan, self.numbered, self.seal_name, self.seal_at, self.header = \
            draw, scan, numbered, seal_name, seal_at, header


class Doc:
    """A bound PDF: pages appended in order; numbered pages carry a running header and a printed page number
    (physical page minus the unnumbered pages in front)."""

    def __init__(self, header: str, footer: str = "— {n} —", seed: int = 0):
        self.header, self.footer, self.seed = header, footer, seed
        self.pages: list[Page] = []

    def add(self, draw, **kw) -> int:
        self.pages.append(Page(draw, **kw))
        return len(self.pages)

    def printed(self, phys: int) -> int:
        return sum(1 for p in self.pages[:phys] if p.numbered)

    @property
    def n_printed(self) -> int:
        return sum(1 for p in self.pages if p.numbered)

    def render(self, path: Path, key: str) -> None:
        c = new_canvas(str(path))
        for i, page in enumerate(self.pages, 1):
            if page.scan:
                img, sub = rasterize(page.draw)
                img = scan_effect(img, self.seed * 1000 + i, page.seal_name, page.seal_at)
                c.drawImage(ImageReader(io.BytesIO(jpeg(img))), 0, 0, W, H)
                DRAWN.setdefault(key, {})[i] = "\n".join(sub.drawn + sub.pixel_text)
                p = Painter(c)
            else:
                p = Painter(c)
                page.draw(p)
                if p.pixel_text:
                    DRAWN.setdefault(key, {})[i] = "\n".join(p.pixel_text)
            if page.numbered:
                n = self.printed(i)
                if page.header and not page.scan:
                    p.text(72, 40, self.header, 8.5, color=Color(0.35, 0.35, 0.35))
                    p.line(72, 46, W - 72, 46, 0.4)
                p.text(W / 2, H - 30, self.footer.format(n=n, total=self.n_printed), 9, "c")
            c.showPage()
        c.save()


def image_pdf(path: Path, images: list[Image.Image]) -> None:
    c = new_canvas(str(path))
    for img in images:
        c.drawImage(ImageReader(io.BytesIO(jpeg(img))), 0, 0, W, H)
        c.showPage()
    c.save()


def text_pdf_pages(draws: list) -> list[Image.Image]:
    return [rasterize(d)[0] for d in draws]


# ----------------------------------------------------------------------------------------------- screenshots
def dashboard(title: str, tiles: list[tuple[str, str]], footer: str, seed: int, size=(1280, 760)) -> tuple[Image.Image, str]:
    """A platform dashboard: dark title bar, metric tiles (caption above, value below), a bar chart, a status line.
    Returns the image and the text drawn into it."""
    rng = np.random.default_rng(seed)
    w, h = size
    img = Image.new("RGB", size, (14, 30, 58))
    d = ImageDraw.Draw(img)
    drawn = [title]
    d.rectangle([0, 0, w, 64], fill=(9, 20, 40))
    d.text((28, 16), title, font=pil_font(28), fill=(235, 242, 255))
    cols = 4
    tw, th = (w - 60) // cols, 120
    for i, (cap, val) in enumerate(tiles):
        x = 20 + (i % cols) * (tw + 6)
        y = 84 + (i // cols) * (th + 12)
        d.rounded_rectangle([x, y, x + tw - 6, y + th], 10, fill=(22, 48, 90), outline=(60, 120, 200), width=2)
        d.text((x + 16, y + 14), cap, font=pil_font(20), fill=(160, 200, 240))
        d.text((x + 16, y + 50), val, font=pil_font(40), fill=(255, 214, 90))
        drawn += [cap, val]
    rows = (len(tiles) + cols - 1) // cols
    cy = 84 + rows * (th + 12) + 20
    d.rectangle([20, cy, w - 20, h - 60], outline=(50, 90, 150), width=1)
    n = 18
    bw = (w - 80) / n
    for k in range(n):
        bh = int(rng.uniform(0.25, 0.95) * (h - 100 - cy))
        d.rectangle([40 + k * bw, h - 70 - bh, 40 + k * bw + bw * 0.6, h - 70], fill=(70, 150, 230))
    d.text((28, h - 44), footer, font=pil_font(18), fill=(150, 170, 200))
    drawn.append(footer)
    return img, "\n".join(drawn)


def certificate(title: str, lines: list[str], seal_name: str, seed: int) -> tuple[Image.Image, str]:
    """A certificate as a photo-like image (cream paper, border, seal)."""
    w, h = 900, 640
    img = Image.new("RGB", (w, h), (250, 244, 226))
    d = ImageDraw.Draw(img)
    d.rectangle([18, 18, w - 18, h - 18], outline=(170, 130, 60), width=6)
    d.text((w // 2, 80), title, font=pil_font(40), fill=(150, 30, 30), anchor="mm")
    y = 150
    for ln in lines:
        d.text((70, y), ln, font=pil_font(24), fill=(40, 40, 40))
        y += 46
    seal(img, w - 190, h - 150, 90, seal_name, seed)
    return img, "\n".join([title] + lines)


# ----------------------------------------------------------------------------------------------- office zips
def normalize_zip(path: Path) -> None:
    """Rewrite a DOCX/XLSX with fixed entry dates and fixed core-property dates."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
