"""Rendering helpers for the h20 holdout set: text PDFs, scans, screenshots, DOCX/XLSX normalisation."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
NOTO_SERIF_BOLD = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))
NOTO_SANS_BOLD = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))

FIXED_DT = datetime(2024, 7, 15, 10, 0, 0)


# ----------------------------------------------------------------------------- text PDFs
def _styles(font: str, size: float = 10.5):
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.75, wordWrap="CJK",
                          firstLineIndent=size * 2, alignment=TA_LEFT)
    return {
        "p": base,
        "pn": ParagraphStyle("pn", parent=base, firstLineIndent=0),
        "h1": ParagraphStyle("h1", parent=base, fontSize=size * 1.6, leading=size * 2.4, alignment=TA_CENTER,
                             firstLineIndent=0, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontSize=size * 1.15, leading=size * 2.0, firstLineIndent=0,
                             spaceBefore=6),
        "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "r": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0),
        "li": ParagraphStyle("li", parent=base, firstLineIndent=0, leftIndent=size * 2, bulletIndent=size * 0.6),
        "fn": ParagraphStyle("fn", parent=base, fontSize=size * 0.8, leading=size * 1.3, firstLineIndent=0),
        "td": ParagraphStyle("td", parent=base, fontSize=size * 0.85, leading=size * 1.3, firstLineIndent=0),
    }


def build_text_pdf(path: Path, blocks: list, font: str = "STSong-Light", size: float = 10.5,
                   header: str = "", footer_pages: bool = True, title: str = "") -> None:
    """blocks: ("h1"|"h2"|"p"|"pn"|"c"|"r"|"fn", text) | ("ul", [items], bullet) | ("table", rows, widths) | ("pb",) | ("sp", h)"""
    st = _styles(font, size)
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "ul":
            bullet = b[2] if len(b) > 2 else "•"
            for item in b[1]:
                story.append(Paragraph(item, st["li"], bulletText=bullet))
        elif kind == "ol":
            for i, item in enumerate(b[1], 1):
                story.append(Paragraph(item, st["li"], bulletText=f"{i}."))
        elif kind == "table":
            rows = [[Paragraph(str(c), st["td"]) for c in r] for r in b[1]]
            widths = b[2] if len(b) > 2 else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(b[1], st[kind]))

    def on_page(canvas, doc):
        canvas.saveState()
        if header:
            canvas.setFont(font, 8)
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
            canvas.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        if footer_pages:
            canvas.setFont(font, 8)
            canvas.drawCentredString(A4[0] / 2, 10 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, invariant=1, title=title or path.stem, author="", creator="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def pdf_page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def find_page(path: Path, quote: str, nth: int = 1) -> int:
    hits = [i + 1 for i, t in enumerate(pdf_page_texts(path)) if squash(quote) in squash(t)]
    if len(hits) < nth:
        raise ValueError(f"quote {quote!r} not found in {path}")
    return hits[nth - 1]


# ----------------------------------------------------------------------------- PIL pages
_font_cache: dict = {}


def font(path: str, size: int, index: int = 0):
    key = (path, size, index)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, size, index=index)
    return _font_cache[key]


SC = 2  # Noto ttc index for Simplified Chinese


class Page:
    """An A4 page at 150 dpi drawn with PIL; cursor-based layout."""

    W, H = 1240, 1754

    def __init__(self, serif: bool = True, margin: int = 130):
        self.img = Image.new("RGB", (self.W, self.H), "white")
        self.d = ImageDraw.Draw(self.img)
        self.m = margin
        self.y = 150
        self.fp = NOTO_SERIF if serif else NOTO_SANS
        self.fb = NOTO_SERIF_BOLD if serif else NOTO_SANS_BOLD

    def f(self, size, bold=False):
        return font(self.fb if bold else self.fp, size, SC)

    def title(self, text, size=44, gap=30):
        ft = self.f(size, True)
        w = self.d.textlength(text, font=ft)
        self.d.text(((self.W - w) / 2, self.y), text, font=ft, fill="black")
        self.y += size + gap

    def line(self, text, size=26, x=None, bold=False, align="left", gap=14):
        ft = self.f(size, bold)
        if align == "right":
            x = self.W - self.m - self.d.textlength(text, font=ft)
        elif align == "center":
            x = (self.W - self.d.textlength(text, font=ft)) / 2
        self.d.text((x if x is not None else self.m, self.y), text, font=ft, fill="black")
        self.y += size + gap

    def para(self, text, size=26, indent=2, gap=12, x0=None):
        ft = self.f(size)
        x0 = self.m if x0 is None else x0
        maxw = self.W - self.m - x0
        lines, cur = [], "\u3000" * indent
        for ch in text:
            if self.d.textlength(cur + ch, font=ft) > maxw:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        for ln in lines:
            self.d.text((x0, self.y), ln, font=ft, fill="black")
            self.y += int(size * 1.7)
        self.y += gap

    def table(self, rows, widths, size=22, rowh=46):
        x0 = self.m
        ft = self.f(size)
        for r, row in enumerate(rows):
            x = x0
            for c, cell in enumerate(row):
                self.d.rectangle([x, self.y, x + widths[c], self.y + rowh], outline="black", width=2)
                self.d.text((x + 8, self.y + (rowh - size) / 2 - 2), str(cell), font=self.f(size, r == 0), fill="black")
                x += widths[c]
            self.y += rowh
        self.y += 16


def seal(img: Image.Image, center, text: str, radius: int = 150, seed: int = 0, bottom: str = "") -> None:
    """A red round company seal with the name along the arc and a star."""
    rnd = random.Random(seed)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx, cy = center
    red = (205, 30, 35, 200)
    d.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=red, width=max(6, radius // 20))
    # star
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        r = radius * (0.28 if i % 2 == 0 else 0.11)
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    ft = font(NOTO_SANS_BOLD, int(radius * 0.24), SC)
    n = len(text)
    span = min(250, 18 * n + 30)
    for i, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rr = radius * 0.74
        x, y = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        g = Image.new("RGBA", (int(radius * 0.34), int(radius * 0.34)), (0, 0, 0, 0))
        gd = ImageDraw.Draw(g)
        gd.text((g.width / 2, g.height / 2), ch, font=ft, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=False)
        layer.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if bottom:
        fb = font(NOTO_SANS_BOLD, int(radius * 0.16), SC)
        d.text((cx, cy + radius * 0.5), bottom, font=fb, fill=red, anchor="mm")
    # uneven ink
    arr = np.array(layer)
    noise = np.random.default_rng(seed).uniform(0.55, 1.0, arr.shape[:2])
    arr[..., 3] = (arr[..., 3] * noise).astype(np.uint8)
    layer = Image.fromarray(arr)
    layer = layer.rotate(rnd.uniform(-12, 12), center=center, resample=Image.BICUBIC)
    img.paste(layer, (0, 0), layer)


def signature(img: Image.Image, xy, seed=0):
    rnd = random.Random(seed)
    d = ImageDraw.Draw(img)
    x, y = xy
    pts = [(x + i * 9, y + 18 * math.sin(i * 0.7 + rnd.random()) + rnd.uniform(-5, 5)) for i in range(22)]
    d.line(pts, fill=(20, 20, 60), width=4)


def scanify(img: Image.Image, seed: int, colour: bool = True) -> Image.Image:
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    img = img.rotate(rnd.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=(250, 248, 240))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    arr = np.asarray(img).astype(np.float32)
    tone = np.array([246, 242, 230], dtype=np.float32)
    arr = arr / 255.0 * tone
    arr += rng.normal(0, 6, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr)
    if not colour:
        out = out.convert("L")
    return out


def images_to_pdf(path: Path, images: list[Image.Image], quality: int = 72) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    imgs = [im.convert("RGB") if im.mode not in ("RGB", "L") else im for im in images]
    imgs[0].save(str(path), "PDF", save_all=True, append_images=imgs[1:], resolution=150.0,
                 creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(), producer="Scanner", title=path.stem, quality=quality)


# ----------------------------------------------------------------------------- office files
def normalize_zip(path: Path) -> None:
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-07-15T10:00:00Z\g<3>", content)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, content)
    path.write_bytes(buf.getvalue())


def fix_docx_props(doc, author="user"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    cp.title = ""
    cp.comments = ""


def fix_xlsx_props(wb, author="user"):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
