"""Helpers for the h16 holdout set: PDF writer, PIL pages/scans, DOCX/XLSX normalisation, facts."""
from __future__ import annotations

import hashlib
import io
import math
import random
import re
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
NOTO_SERIF = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))


# ----------------------------------------------------------------------------- facts
class Facts:
    def __init__(self):
        self.items = []

    def add(self, label, value, unit, normalized, file, page, quote=None, row="", col="", component="",
            image_only=False):
        self.items.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row, column_label=col,
                               component=component, image_only=image_only))


def wan(yuan: float) -> float:
    return round(yuan / 10000.0, 2)


def fmt_money(x: float) -> str:
    return f"{x:,.2f}"


def fmt_int(x: int) -> str:
    return f"{x:,}"


# ----------------------------------------------------------------------------- PDF writer
class Doc:
    """Canvas-based writer that knows on which physical page each thing lands."""

    def __init__(self, path, font="STSong-Light", encrypt=None, title="", author=""):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.font = font
        self.page = 1
        self.size = A4
        self.top = A4[1] - 25 * mm
        self.bottom = 22 * mm
        self.left = 22 * mm
        self.right = A4[0] - 22 * mm
        self.y = self.top
        self.footer = None  # callable(doc) drawing per-page footer/header
        self.doc_page = 1
        self.header = None
        self._drawn = False

    # page management
    def _decorate(self):
        if self.header:
            self.header(self)
        if self.footer:
            self.footer(self)

    def new_page(self, orient="portrait"):
        self._decorate()
        self.c.showPage()
        self.page += 1
        self.doc_page += 1
        self.set_orient(orient)

    def set_orient(self, orient):
        self.size = landscape(A4) if orient == "landscape" else A4
        self.c.setPageSize(self.size)
        self.top = self.size[1] - 25 * mm
        self.right = self.size[0] - 22 * mm
        self.y = self.top

    def start_document(self, orient="portrait", footer=None, header=None, first=False):
        """Begin a new document inside a combined PDF (page numbers restart)."""
        if not first:
            self._decorate()
            self.c.showPage()
            self.page += 1
        self.doc_page = 1
        self.footer = footer
        self.header = header
        self.set_orient(orient)

    def save(self):
        self._decorate()
        self.c.showPage()
        self.c.save()

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page(orient="landscape" if self.size[0] > self.size[1] else "portrait")

    # text
    def text(self, s, size=10.5, x=None, font=None, gap=1.55, align="left"):
        font = font or self.font
        self.ensure(size * gap)
        self.c.setFont(font, size)
        x = self.left if x is None else x
        if align == "center":
            self.c.drawCentredString(self.size[0] / 2, self.y - size, s)
        elif align == "right":
            self.c.drawRightString(self.right, self.y - size, s)
        else:
            self.c.drawString(x, self.y - size, s)
        self.y -= size * gap
        return self.page

    def wrap(self, s, size, width, font=None):
        font = font or self.font
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if pdfmetrics.stringWidth(cur + ch, font, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=10.5, indent=True, gap=1.6, font=None):
        font = font or self.font
        s = ("\u3000\u3000" + s) if indent else s
        for line in self.wrap(s, size, self.right - self.left, font):
            self.text(line, size, font=font, gap=gap)
        self.y -= size * 0.4

    def heading(self, s, size=13, align="left"):
        self.ensure(size * 3)
        self.y -= size * 0.5
        self.text(s, size, font="WQY" if self.font != "WQY" else self.font, align=align)
        self.y -= size * 0.2

    def table(self, header, rows, colw, size=9, rowh=None, repeat_header=True, aligns=None, header_fill=True,
              min_rows_left=1, bold_rows=()):
        """Draws a grid table; returns the physical page of each row."""
        rowh = rowh or size * 2.0
        total = sum(colw)
        x0 = self.left
        aligns = aligns or ["left"] * len(colw)
        pages = []

        def draw_row(cells, fill=False, bold=False):
            c = self.c
            if fill:
                c.setFillGray(0.9)
                c.rect(x0, self.y - rowh, total, rowh, stroke=0, fill=1)
                c.setFillGray(0)
            x = x0
            c.setLineWidth(0.5)
            lines_by_cell = []
            for cell, w in zip(cells, colw):
                lines_by_cell.append(self.wrap(str(cell), size, w - 4))
            nlines = max(1, max(len(l) for l in lines_by_cell))
            h = max(rowh, nlines * size * 1.3 + size * 0.8)
            for lines, w, al in zip(lines_by_cell, colw, aligns):
                c.rect(x, self.y - h, w, h, stroke=1, fill=0)
                fnt = "WQY" if bold else self.font
                c.setFont(fnt, size)
                ty = self.y - (h - nlines * size * 1.3) / 2 - size
                for ln in lines:
                    if al == "right":
                        c.drawRightString(x + w - 3, ty, ln)
                    elif al == "center":
                        c.drawCentredString(x + w / 2, ty, ln)
                    else:
                        c.drawString(x + 3, ty, ln)
                    ty -= size * 1.3
                x += w
            self.y -= h
            return h

        if header:
            self.ensure(rowh * (1 + min_rows_left))
            draw_row(header, fill=header_fill, bold=True)
        for i, r in enumerate(rows):
            lines = max(len(self.wrap(str(cell), size, w - 4)) for cell, w in zip(r, colw))
            h = max(rowh, lines * size * 1.3 + size * 0.8)
            if self.y - h < self.bottom:
                self.new_page(orient="landscape" if self.size[0] > self.size[1] else "portrait")
                if header and repeat_header:
                    draw_row(header, fill=header_fill, bold=True)
            pages.append(self.page)
            draw_row(r, bold=(i in bold_rows))
        self.y -= 6
        return pages

    def image(self, img: Image.Image, width_mm):
        w = width_mm * mm
        h = w * img.height / img.width
        self.ensure(h + 4)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, format="JPEG", quality=85)
        buf.seek(0)
        self.c.drawImage(ImageReader(buf), self.left, self.y - h, w, h)
        self.y -= h + 6
        return self.page

    def full_image_page(self, img: Image.Image, orient="portrait", first=False):
        """A page that is only an image (a scanned sheet inside a text PDF)."""
        if not first:
            self.new_page(orient=orient)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, format="JPEG", quality=80)
        buf.seek(0)
        W, H = self.size
        self.c.drawImage(ImageReader(buf), 0, 0, W, H)
        self.y = self.bottom
        return self.page


def page_footer(fmt, size=9):
    def f(doc):
        doc.c.setFont(doc.font, size)
        doc.c.drawCentredString(doc.size[0] / 2, 12 * mm, fmt.format(n=doc.doc_page))
    return f


def page_header(s, size=8):
    def f(doc):
        doc.c.setFont(doc.font, size)
        doc.c.drawString(doc.left, doc.size[1] - 14 * mm, s)
        doc.c.setLineWidth(0.4)
        doc.c.line(doc.left, doc.size[1] - 15.5 * mm, doc.size[0] - 22 * mm, doc.size[1] - 15.5 * mm)
    return f


# ----------------------------------------------------------------------------- PIL pages
_font_cache = {}


def pfont(size, path=WQY, index=0):
    key = (size, path, index)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, size, index=index)
    return _font_cache[key]


class Sheet:
    """A page drawn with PIL at some dpi (coordinates in mm)."""

    def __init__(self, w_mm=210, h_mm=297, dpi=200, bg=(255, 255, 255)):
        self.dpi = dpi
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (int(w_mm * self.k), int(h_mm * self.k)), bg)
        self.d = ImageDraw.Draw(self.img)
        self.w_mm, self.h_mm = w_mm, h_mm

    def px(self, v):
        return int(round(v * self.k))

    def pt(self, size_pt):
        return max(6, int(size_pt * self.dpi / 72))

    def text(self, x, y, s, size=10.5, fill=(20, 20, 20), font=WQY, index=0, anchor="la"):
        self.d.text((self.px(x), self.px(y)), s, font=pfont(self.pt(size), font, index), fill=fill, anchor=anchor)

    def center(self, y, s, size=16, **kw):
        self.text(self.w_mm / 2, y, s, size=size, anchor="ma", **kw)

    def wrap_text(self, x, y, s, width_mm, size=10.5, gap=1.6, **kw):
        f = pfont(self.pt(size), kw.get("font", WQY), kw.get("index", 0))
        lines, cur = [], ""
        for ch in s:
            if self.d.textlength(cur + ch, font=f) > self.px(width_mm):
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for ln in lines:
            self.text(x, y, ln, size=size, **kw)
            y += size * 0.3528 * gap
        return y

    def table(self, x, y, colw, rows, rowh=8, size=9, bold_first=True):
        for i, r in enumerate(rows):
            cx = x
            for cell, w in zip(r, colw):
                self.d.rectangle([self.px(cx), self.px(y), self.px(cx + w), self.px(y + rowh)], outline=(40, 40, 40),
                                 width=max(1, self.dpi // 150))
                self.text(cx + 1.5, y + rowh / 2, str(cell), size=size, anchor="lm",
                          font=NOTO_SANS if (bold_first and i == 0) else WQY, index=2 if (bold_first and i == 0) else 0)
                cx += w
            y += rowh
        return y

    def rect(self, x, y, w, h, fill=None, outline=None, width=1):
        self.d.rectangle([self.px(x), self.px(y), self.px(x + w), self.px(y + h)], fill=fill, outline=outline,
                         width=width)

    def seal(self, cx, cy, name, r_mm=20, seed=0):
        self.img = draw_seal(self.img, self.px(cx), self.px(cy), self.px(r_mm), name, seed)
        self.d = ImageDraw.Draw(self.img)

    def signature(self, x, y, name):
        f = pfont(self.pt(16), NOTO_SERIF, 2)
        self.d.text((self.px(x), self.px(y)), name, font=f, fill=(30, 30, 90))


def draw_seal(img, cx, cy, r, name, seed=0):
    rng = random.Random(seed)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (215, 30, 35, 205)
    w = max(2, r // 14)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=w)
    # star
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.28 if i % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # text on arc
    fsize = max(8, int(r * 0.30))
    f = pfont(fsize, NOTO_SERIF, 2)
    n = len(name)
    span = min(260, 22 * n)
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        tx = cx + (r * 0.70) * math.cos(ang)
        ty = cy + (r * 0.70) * math.sin(ang)
        ci = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((fsize, fsize), ch, font=f, fill=red, anchor="mm")
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(ci, (int(tx - fsize), int(ty - fsize)))
    # ink unevenness
    a = np.array(layer)
    noise = np.array([rng.random() for _ in range(64)])
    mask = np.random.default_rng(seed).random(a.shape[:2]) < 0.12
    a[..., 3] = np.where(mask, (a[..., 3] * 0.35).astype(np.uint8), a[..., 3])
    layer = Image.fromarray(a)
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def scanify(img, seed, skew=0.8, tone=(247, 243, 232), blur=0.6, noise=6, rotate=0, out_dpi=None, in_dpi=200,
            bw=False):
    rng = np.random.default_rng(seed)
    im = img.convert("RGB")
    if out_dpi and out_dpi != in_dpi:
        im = im.resize((int(im.width * out_dpi / in_dpi), int(im.height * out_dpi / in_dpi)), Image.LANCZOS)
    a = np.asarray(im).astype(np.float32)
    t = np.array(tone, dtype=np.float32)
    a = a / 255.0 * t  # multiply onto paper tone
    a += rng.normal(0, noise, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if skew:
        im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(v) for v in tone))
    if rotate:
        im = im.rotate(rotate, expand=True)
    if bw:
        im = im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
    return im


def two_up(left, right, dpi=200):
    """Two A4 portrait pages reduced to A5 and put side by side on one A4 landscape sheet."""
    W, H = int(297 / 25.4 * dpi), int(210 / 25.4 * dpi)
    sheet = Image.new("RGB", (W, H), (255, 255, 255))
    for i, p in enumerate((left, right)):
        q = p.resize((W // 2 - 20, H - 20), Image.LANCZOS)
        sheet.paste(q, (10 + i * (W // 2), 10))
    d = ImageDraw.Draw(sheet)
    d.line([(W // 2, 0), (W // 2, H)], fill=(200, 200, 200), width=2)
    return sheet


def images_to_pdf(images, path, dpi=200):
    first, rest = images[0], images[1:]
    first.save(str(path), "PDF", resolution=dpi, save_all=True, append_images=rest, title="scan",
               producer="Scanner", creationDate=None, modDate=None)


# ----------------------------------------------------------------------------- zip normalisation
FIXED = (2024, 7, 18, 10, 0, 0)


def normalize_zip(path):
    path = Path(path)
    data = {}
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        for n in names:
            b = z.read(n)
            if n == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-18T10:00:00Z", b)
            data[n] = b
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data[n])


def zip_folder(folder, out):
    folder = Path(folder)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        dirs = sorted({p.parent.relative_to(folder).as_posix() for p in files if p.parent != folder})
        for d in dirs:
            parts = d.split("/")
            for i in range(1, len(parts) + 1):
                pass
        for d in sorted({"/".join(x.split("/")[:i]) for x in dirs for i in range(1, len(x.split("/")) + 1)}):
            zi = zipfile.ZipInfo(d + "/", FIXED)
            z.writestr(zi, b"")
        for p in files:
            zi = zipfile.ZipInfo(p.relative_to(folder).as_posix(), FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, p.read_bytes())


def digest(path):
    return hashlib.md5(Path(path).read_bytes()).hexdigest()
