"""Deterministic writers for blind set h61: DOCX/XLSX re-zipped, text PDFs, scans, seals, certificates.

Everything here is drawn from our own layouts; no file is copied from anywhere.
"""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from eval_sets.generator import fonts  # noqa: E402

FONT = fonts.register_pdf_font()  # WenQuanYi Micro Hei, embedded
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
SONG = "STSong-Light"

FIXED_DT = (2024, 7, 12, 9, 30, 0)
CORE_DATE = "2024-07-12T09:30:00Z"


# ----------------------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML file with fixed entry dates, sorted-as-written order and fixed core dates."""
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, body in items:
            if name == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, body)
    path.write_bytes(out.getvalue())


def save_docx(doc, path: Path, author: str) -> None:
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.revision = 1
    cp.created = dt.datetime(2024, 7, 12, 9, 30)
    cp.modified = dt.datetime(2024, 7, 12, 9, 30)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path, author: str) -> None:
    import datetime as dt
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 7, 12, 9, 30)
    wb.properties.modified = dt.datetime(2024, 7, 12, 9, 30)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------- text PDFs
class TextPdf:
    """A tiny page-flow writer on a reportlab canvas: headings, paragraphs, tables, page numbers."""

    def __init__(self, path: Path, font: str = FONT, size=A4, footer: str = ""):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.font = font
        self.size = size
        self.c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
        self.c.setAuthor("")
        self.c.setTitle("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.footer = footer
        self.page_no = 1
        self.y = size[1] - 60
        self.started = False

    @property
    def width(self):
        return self.size[0]

    def _footer(self):
        if self.footer:
            self.c.setFont(self.font, 8)
            self.c.drawCentredString(self.width / 2, 28, f"{self.footer}  第 {self.page_no} 页")

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page_no += 1
        self.y = self.size[1] - 60

    def need(self, h):
        if self.y - h < 50:
            self.new_page()

    def title(self, text, size=16, gap=26):
        self.need(gap + 6)
        self.c.setFont(self.font, size)
        self.c.drawCentredString(self.width / 2, self.y - size, text)
        self.y -= size + gap

    def heading(self, text, size=12):
        self.need(size + 14)
        self.c.setFont(self.font, size)
        self.c.drawString(60, self.y - size, text)
        self.y -= size + 10

    def para(self, text, size=10.5, indent=True, left=60, right=None):
        right = right or self.width - 60
        per_line = int((right - left) / size)
        body = ("\u3000\u3000" if indent else "") + text
        lines = [body[i:i + per_line] for i in range(0, len(body), per_line)] or [""]
        self.c.setFont(self.font, size)
        for ln in lines:
            self.need(size + 6)
            self.c.setFont(self.font, size)
            self.c.drawString(left, self.y - size, ln)
            self.y -= size + 6
        self.y -= 4

    def line(self, text, size=10.5, left=60, center=False, right_align=False):
        self.need(size + 6)
        self.c.setFont(self.font, size)
        if center:
            self.c.drawCentredString(self.width / 2, self.y - size, text)
        elif right_align:
            self.c.drawRightString(self.width - 60, self.y - size, text)
        else:
            self.c.drawString(left, self.y - size, text)
        self.y -= size + 6

    def gap(self, h):
        self.y -= h

    def table(self, rows, widths, size=9, row_h=18, header_rows=1, align=None, repeat_header=True):
        """rows: list of list of str. widths in points. align: per column 'l'|'r'|'c'."""
        total = sum(widths)
        left = (self.width - total) / 2
        align = align or ["l"] * len(widths)
        header = rows[:header_rows]

        def wrap(text, w):
            out, cur = [], ""
            for ch in str(text):
                if pdfmetrics.stringWidth(cur + ch, self.font, size) > w - 7:
                    out.append(cur)
                    cur = ch
                else:
                    cur += ch
            out.append(cur)
            return out

        def height(cells):
            n = max(len(wrap(c, w)) for c, w in zip(cells, widths))
            return max(row_h, n * (size + 3) + 8)

        def draw_row(cells, bold=False):
            h = height(cells)
            self.c.setLineWidth(0.5)
            x = left
            self.c.rect(left, self.y - h, total, h)
            for i, (cell, w) in enumerate(zip(cells, widths)):
                if i:
                    self.c.line(x, self.y, x, self.y - h)
                self.c.setFont(self.font, size)
                lines = wrap(cell, w)
                block = len(lines) * (size + 3)
                ty = self.y - (h - block) / 2 - size
                for ln in lines:
                    if align[i] == "r":
                        self.c.drawRightString(x + w - 4, ty, ln)
                    elif align[i] == "c":
                        self.c.drawCentredString(x + w / 2, ty, ln)
                    else:
                        self.c.drawString(x + 4, ty, ln)
                    ty -= size + 3
                x += w
            self.y -= h

        for r in header:
            self.need(row_h)
            draw_row(r, True)
        for r in rows[header_rows:]:
            if self.y - height(r) < 50:
                self.new_page()
                if repeat_header:
                    for h in header:
                        draw_row(h, True)
            draw_row(r)
        self.y -= 8

    def close(self):
        self._footer()
        self.c.showPage()
        self.c.save()


# ----------------------------------------------------------------------------- seals and scans
def seal(text: str, diameter: int = 300, sub: str = "", rng: random.Random | None = None) -> Image.Image:
    """A round red seal: ring, star, company name on the arc, optional bottom line."""
    rng = rng or random.Random(1)
    size = diameter
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (214, 30, 36, 215)
    w = max(4, size // 40)
    d.ellipse([w, w, size - w, size - w], outline=red, width=w)
    cx = cy = size / 2
    r = size * 0.14
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.4
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    font_px = max(12, int(size * 0.105))
    f = fonts.pil_font(font_px)
    n = len(text)
    span = min(250.0, 18.0 * n + 30)
    start = -90 - span / 2
    radius = size / 2 - w - font_px * 0.85
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        a = math.radians(ang)
        x = cx + radius * math.cos(a)
        y = cy + radius * math.sin(a)
        glyph = Image.new("RGBA", (font_px * 2, font_px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((font_px * 0.5, font_px * 0.4), ch, font=f, fill=red)
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(glyph, (int(x - font_px), int(y - font_px)))
    if sub:
        f2 = fonts.pil_font(max(10, int(size * 0.07)))
        tw = d.textlength(sub, font=f2)
        d.text((cx - tw / 2, cy + size * 0.2), sub, font=f2, fill=red)
    return im.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)


def stamp(page: Image.Image, seal_im: Image.Image, xy) -> Image.Image:
    base = page.convert("RGBA")
    base.alpha_composite(seal_im, (int(xy[0]), int(xy[1])))
    return base.convert("RGB")


def scan_look(im: Image.Image, rng: random.Random, skew: float = 0.6, tone=(246, 244, 238)) -> Image.Image:
    """Paper tone, slight skew and blur, seeded speckles."""
    from PIL import ImageChops
    im = ImageChops.multiply(im.convert("RGB"), Image.new("RGB", im.size, tone))
    im = im.rotate(rng.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=tone)
    im = im.filter(ImageFilter.GaussianBlur(0.45))
    d = ImageDraw.Draw(im)
    for _ in range(int(im.size[0] * im.size[1] / 40000)):
        x, y = rng.randrange(im.size[0]), rng.randrange(im.size[1])
        g = rng.randrange(120, 200)
        d.point((x, y), fill=(g, g, g))
    return im


def rasterize(pdf_path: Path, dpi: int = 110) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    pages = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=dpi / 72)
        pages.append(bm.to_pil().convert("RGB"))
    doc.close()
    return pages


def images_to_pdf(images: list[Image.Image], path: Path, quality: int = 72, dpi: int = 110) -> None:
    """Image-only PDF: one JPEG per page, page size from the image at `dpi`; no text layer, no dates."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for im in images:
        w, h = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def save_png(im: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(str(path), "PNG", optimize=False)


# ----------------------------------------------------------------------------- certificates drawn with PIL
def certificate(title: str, lines: list[tuple[str, str]], *, issuer: str, date_text: str, number: str,
                seal_text: str, rng: random.Random, landscape_page: bool = True, small: list[str] = (),
                border=(176, 140, 60), title_color=(150, 20, 20), photo=False, header: str = "") -> Image.Image:
    """A certificate page as an office scanner gives it: border, title, fields, small print, red seal."""
    W, H = (1400, 990) if landscape_page else (990, 1400)
    im = Image.new("RGB", (W, H), (252, 250, 243))
    d = ImageDraw.Draw(im)
    for k, wd in ((28, 10), (48, 3)):
        d.rectangle([k, k, W - k, H - k], outline=border, width=wd)
    f_t = fonts.pil_font(58)
    f_b = fonts.pil_font(27)
    f_s = fonts.pil_font(17)
    if header:
        tw = d.textlength(header, font=f_b)
        d.text(((W - tw) / 2, 80), header, font=f_b, fill=(60, 60, 60))
    tw = d.textlength(title, font=f_t)
    d.text(((W - tw) / 2, 125), title, font=f_t, fill=title_color)
    d.text((W - 90 - d.textlength(number, font=f_s), 75 if not header else 60), number, font=f_s, fill=(40, 40, 40))
    y = 250
    x0 = 130 if landscape_page else 100
    maxw = W - 2 * x0
    for cap, val in lines:
        text = f"{cap}：{val}" if cap else val
        # wrap
        cur = ""
        for ch in text:
            if d.textlength(cur + ch, font=f_b) > maxw:
                d.text((x0, y), cur, font=f_b, fill=(25, 25, 25))
                y += 44
                cur = "\u3000\u3000" + ch if cap else ch
            else:
                cur += ch
        d.text((x0, y), cur, font=f_b, fill=(25, 25, 25))
        y += 50
    ys = H - 110 - 26 * len(small)
    for s in small:
        d.text((x0, ys), s, font=f_s, fill=(70, 70, 70))
        ys += 26
    f_i = fonts.pil_font(26)
    iw = max(d.textlength(issuer, font=f_i), d.textlength(date_text, font=f_i))
    ix = W - 120 - iw
    iy = H - 250
    d.text((ix, iy), issuer, font=f_i, fill=(25, 25, 25))
    d.text((ix, iy + 44), date_text, font=f_i, fill=(25, 25, 25))
    s = seal(seal_text, 220, rng=rng)
    im = stamp(im, s, (ix + iw / 2 - 110, iy - 90))
    return scan_look(im, rng, skew=0.8, tone=(248, 246, 238))
