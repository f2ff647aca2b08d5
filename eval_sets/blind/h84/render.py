"""Drawing helpers: a small page-exact PDF writer (reportlab), scans with seals, dashboards (PIL), zip normalising.

Every PDF page is laid out explicitly, so the page numbers cited by the truth are the pages we drew.
Text drawn into images is recorded in DRAWN[package/file][page] for verify.py."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import numpy as np
import pypdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H84CJK"
_FONT_PATH = str(cjk_ttf())
pdfmetrics.registerFont(TTFont(FONT, _FONT_PATH, subfontIndex=0))
DRAWN: dict[str, dict[int, str]] = {}
FIXED_ZIP_DATE = (2024, 7, 15, 9, 0, 0)
FIXED_ISO = "2024-07-15T09:00:00Z"


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONT_PATH, size, index=0)


def record(key: str, page: int, text: str) -> None:
    DRAWN.setdefault(key, {})[page] = DRAWN.get(key, {}).get(page, "") + "\n" + text


# ------------------------------------------------------------------------------------------ PDF writer
class Pdf:
    """Pages of blocks. Blocks: ('h', text, size) heading; ('p', text) paragraph; ('t', rows, widths) table
    (widths in mm, first row bold-ish header); ('gap', mm); ('right', text); ('center', text, size)."""

    def __init__(self, title: str, pagesize=A4, header: str = "", footer_numbers: bool = True):
        self.title, self.pagesize, self.header, self.footer_numbers = title, pagesize, header, footer_numbers
        self.pages: list[list[tuple]] = []

    def page(self, *blocks) -> int:
        self.pages.append(list(blocks))
        return len(self.pages)

    def height(self, b) -> float:
        mm = 72 / 25.4
        w = self.pagesize[0]
        if b[0] == "gap":
            return b[1] * mm
        if b[0] in ("h", "center"):
            size = b[2] if len(b) > 2 else 14
            return len(self.wrap(b[1], size, w - 40 * mm)) * size * 1.6 + 2
        if b[0] == "right":
            return 18
        if b[0] == "p":
            size = b[2] if len(b) > 2 else 10.5
            return len(self.wrap(b[1], size, w - 40 * mm - 4)) * size * 1.65 + 4
        if b[0] == "t":
            size = b[3] if len(b) > 3 else 9
            return sum(self.row_height(r, b[2], size) for r in b[1]) + 8
        raise ValueError(b[0])

    def row_height(self, row, widths, size) -> float:
        mm = 72 / 25.4
        return max(len(self.wrap(str(v), size, widths[i] * mm - 4)) for i, v in enumerate(row)) * size * 1.4 + 6

    def flow(self, blocks, repeat_header: bool = True) -> int:
        """Lay blocks out on as many pages as needed (tables split by row, header repeated); returns first page."""
        mm = 72 / 25.4
        room = self.pagesize[1] - 22 * mm - 18 * mm
        first = len(self.pages) + 1
        cur, used = [], 0.0
        for b in blocks:
            if b[0] == "t":
                rows, widths = b[1], b[2]
                size = b[3] if len(b) > 3 else 9
                head, chunk = rows[0], [rows[0]]
                hh = self.row_height(head, widths, size)
                used_t = used + hh + 8
                for r in rows[1:]:
                    rh = self.row_height(r, widths, size)
                    if used_t + rh > room:
                        cur.append(("t", chunk, widths, size))
                        self.pages.append(cur)
                        cur, used = [], 0.0
                        chunk = [head] if repeat_header else []
                        used_t = (hh if repeat_header else 0) + 8
                    chunk.append(r)
                    used_t += rh
                cur.append(("t", chunk, widths, size))
                used = used_t
                continue
            hgt = self.height(b)
            if used + hgt > room:
                self.pages.append(cur)
                cur, used = [], 0.0
            cur.append(b)
            used += hgt
        if cur:
            self.pages.append(cur)
        return first

    def bytes(self) -> bytes:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=self.pagesize, invariant=1)
        c.setTitle(self.title)
        c.setAuthor("")
        c.setCreator("")
        c.setProducer("")
        w, h = self.pagesize
        mm = 72 / 25.4
        for n, blocks in enumerate(self.pages, 1):
            y = h - 22 * mm
            if self.header:
                c.setFont(FONT, 8)
                c.drawString(20 * mm, h - 12 * mm, self.header)
                c.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
            for b in blocks:
                y = self._block(c, b, y, w, mm)
                if y < 15 * mm:
                    raise ValueError(f"page {n} of {self.title} overflows")
            if self.footer_numbers:
                c.setFont(FONT, 8)
                c.drawCentredString(w / 2, 10 * mm, f"第 {n} 页 共 {len(self.pages)} 页")
            c.showPage()
        c.save()
        return buf.getvalue()

    @staticmethod
    def wrap(text: str, size: float, width: float) -> list[str]:
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

    def _block(self, c, b, y, w, mm):
        kind = b[0]
        left, right = 20 * mm, w - 20 * mm
        if kind == "gap":
            return y - b[1] * mm
        if kind in ("h", "center"):
            size = b[2] if len(b) > 2 else 14
            c.setFont(FONT, size)
            for line in self.wrap(b[1], size, right - left):
                if kind == "center":
                    c.drawCentredString(w / 2, y, line)
                else:
                    c.drawString(left, y, line)
                y -= size * 1.6
            return y - 2
        if kind == "right":
            c.setFont(FONT, 10.5)
            c.drawRightString(right, y, b[1])
            return y - 18
        if kind == "p":
            size = b[2] if len(b) > 2 else 10.5
            c.setFont(FONT, size)
            for line in self.wrap(b[1], size, right - left - 4):
                c.drawString(left, y, line)
                y -= size * 1.65
            return y - 4
        if kind == "t":
            rows, widths = b[1], [x * mm for x in b[2]]
            size = b[3] if len(b) > 3 else 9
            c.setFont(FONT, size)
            c.setLineWidth(0.5)
            for r, row in enumerate(rows):
                cells = [self.wrap(str(v), size, widths[i] - 4) for i, v in enumerate(row)]
                hgt = max(len(x) for x in cells) * size * 1.4 + 6
                x = left
                for i, lines in enumerate(cells):
                    c.rect(x, y - hgt, widths[i], hgt)
                    ty = y - size - 3
                    for line in lines:
                        numeric = bool(re.fullmatch(r"[-\d,.%（）()]+", line.strip())) and r > 0
                        if numeric:
                            c.drawRightString(x + widths[i] - 2, ty, line)
                        else:
                            c.drawString(x + 2, ty, line)
                        ty -= size * 1.4
                    x += widths[i]
                y -= hgt
            return y - 8
        raise ValueError(kind)


# ------------------------------------------------------------------------------------------ seals, scans
def seal(img: Image.Image, cx: int, cy: int, r: int, text: str, rng: random.Random) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 185)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 14))
    # star
    pts = []
    for k in range(10):
        rad = r * (0.28 if k % 2 == 0 else 0.11)
        ang = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    fsize = max(10, int(r * 0.22))
    font = pil_font(fsize)
    n = len(text)
    span = math.radians(250)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (fsize + 6, fsize + 6), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((3, 1), ch, font=font, fill=red)
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        px = cx + (r * 0.74) * math.cos(ang) - tile.width / 2
        py = cy + (r * 0.74) * math.sin(ang) - tile.height / 2
        layer.alpha_composite(tile, (int(px), int(py)))
    img.alpha_composite(layer) if img.mode == "RGBA" else img.paste(layer, (0, 0), layer)


def scan_pdf(src: bytes, key: str, seed: int, seals: dict[int, str] | None = None, scale: float = 1.45,
             tone: bool = True) -> bytes:
    """Rasterise every page of `src`, age it like an office scan, draw seals, return an image-only PDF.
    The text of each source page is recorded as the page's drawn text."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    texts = [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(src)).pages]
    doc = pdfium.PdfDocument(src)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle("scan")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for i in range(len(doc)):
        img = doc[i].render(scale=scale).to_pil().convert("RGB")
        page_no = i + 1
        if seals and page_no in seals:
            w, h = img.size
            seal(img, int(w * rng.uniform(0.62, 0.72)), int(h * rng.uniform(0.70, 0.80)), int(w * 0.12), seals[page_no], rng)
        arr = np.asarray(img).astype(np.int16)
        if tone:
            arr = arr + np.array([-6, -8, -16])  # paper tone
        arr = arr + nrng.normal(0, 4, arr.shape[:2])[..., None].astype(np.int16)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        if not (seals and page_no in seals):
            img = img.convert("L").convert("RGB")
        img = img.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=(236, 234, 226))
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        jb = io.BytesIO()
        img.save(jb, format="JPEG", quality=60, optimize=False)
        jb.seek(0)
        c.drawImage(ImageReader(Image.open(jb)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        record(key, page_no, texts[i])
    c.save()
    return out.getvalue()


def images_pdf(images: list[Image.Image], title: str) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=landscape(A4), invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    W, H = landscape(A4)
    for img in images:
        jb = io.BytesIO()
        img.convert("RGB").save(jb, format="JPEG", quality=82)
        jb.seek(0)
        iw, ih = img.size
        s = min((W - 60) / iw, (H - 60) / ih)
        c.drawImage(ImageReader(Image.open(jb)), (W - iw * s) / 2, (H - ih * s) / 2, width=iw * s, height=ih * s)
        c.showPage()
    c.save()
    return out.getvalue()


# ------------------------------------------------------------------------------------------ dashboards
def dashboard(title: str, tiles: list[tuple[str, str]], key: str, page: int, seed: int, subtitle: str = "",
              theme: str = "dark", size=(1600, 900)) -> Image.Image:
    """A BI-style screen: title bar, a grid of (caption, value) tiles, a decorative chart."""
    rng = random.Random(seed)
    bg, fg, tile_bg, accent = ((14, 28, 52), (230, 238, 250), (26, 48, 84), (64, 196, 255)) if theme == "dark" else \
        ((244, 246, 250), (30, 36, 48), (255, 255, 255), (22, 119, 255))
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, size[0], 70], fill=tile_bg)
    d.text((30, 16), title, font=pil_font(32), fill=fg)
    if subtitle:
        d.text((size[0] - 520, 26), subtitle, font=pil_font(20), fill=fg)
    cols = 3 if len(tiles) <= 6 else 4
    tw, th = (size[0] - 60 - (cols - 1) * 20) // cols, 150
    drawn = [title, subtitle]
    for k, (cap, val) in enumerate(tiles):
        r, col = divmod(k, cols)
        x, y = 30 + col * (tw + 20), 100 + r * (th + 20)
        d.rounded_rectangle([x, y, x + tw, y + th], radius=10, fill=tile_bg, outline=accent, width=2)
        d.text((x + 20, y + 16), cap, font=pil_font(24), fill=fg)
        d.text((x + 20, y + 62), val, font=pil_font(52), fill=accent)
        drawn.append(f"{cap} {val}")
    # decorative line chart without numbers
    top = 100 + ((len(tiles) + cols - 1) // cols) * (th + 20) + 10
    if top < size[1] - 80:
        pts = [(60 + i * (size[0] - 120) / 23, size[1] - 50 - rng.uniform(0.1, 0.9) * (size[1] - top - 90)) for i in range(24)]
        d.line(pts, fill=accent, width=3)
        d.line([(60, size[1] - 50), (size[0] - 60, size[1] - 50)], fill=fg, width=1)
    record(key, page, "\n".join(x for x in drawn if x))
    return img


# ------------------------------------------------------------------------------------------ office zips
def normalize_zip(path: Path) -> None:
    """Fixed entry dates and fixed core-property timestamps, so that two builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + FIXED_ISO.encode() + rb"\2", data)
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
