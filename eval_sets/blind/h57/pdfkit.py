"""PDF prints (reportlab re-typeset of our DOCX content), stamped scans and dashboard screenshots.

Deterministic: reportlab invariant=1; scans rasterised with pypdfium2, degraded with a seeded RNG,
re-wrapped as JPEG pages by reportlab (invariant); PNG written by PIL (no timestamps).
"""

from __future__ import annotations

import io
import math
import random

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from eval_sets.generator import fonts

rl_config.invariant = 1
FONT = fonts.register_pdf_font()

S_BODY = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=15, wordWrap="CJK")
S_SMALL = ParagraphStyle("s", fontName=FONT, fontSize=8.5, leading=12, wordWrap="CJK")
S_H1 = ParagraphStyle("h1", fontName=FONT, fontSize=15, leading=22, alignment=1, spaceAfter=8, wordWrap="CJK")
S_H2 = ParagraphStyle("h2", fontName=FONT, fontSize=12, leading=18, spaceBefore=6, spaceAfter=4, wordWrap="CJK")
S_NOTE = ParagraphStyle("n", fontName=FONT, fontSize=8, leading=11, textColor=colors.HexColor("#333333"), wordWrap="CJK")


def _esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def print_pdf(blocks: list[tuple], header: str = "", footer_note: str = "", title: str = "") -> bytes:
    """blocks: ('h1'|'h2'|'p'|'small'|'note', text) · ('table', rows, widths_cm) · ('img', png, w_cm, h_cm)
    · ('list', items) (printed with their automatic numbers) · ('break',)."""
    buf = io.BytesIO()

    def deco(c, d):
        c.saveState()
        c.setFont(FONT, 8)
        if header:
            c.drawString(2.2 * cm, A4[1] - 1.4 * cm, header)
            c.line(2.2 * cm, A4[1] - 1.55 * cm, A4[0] - 2.2 * cm, A4[1] - 1.55 * cm)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"第 {d.page} 页")
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.0 * cm, title=title, author="", creator="", producer="", invariant=1)
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "p", "small", "note"):
            st = {"h1": S_H1, "h2": S_H2, "p": S_BODY, "small": S_SMALL, "note": S_NOTE}[kind]
            story.append(Paragraph(_esc(b[1]), st))
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = [[Paragraph(_esc(str(c)), S_SMALL) for c in r] for r in rows]
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "img":
            story.append(RLImage(io.BytesIO(b[1]), width=b[2] * cm, height=b[3] * cm))
        elif kind == "list":
            for i, it in enumerate(b[1], 1):
                story.append(Paragraph(_esc(f"{i}. {it}"), S_SMALL))
        elif kind == "break":
            story.append(PageBreak())
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def seal(img: Image.Image, cx: int, cy: int, r: int, company: str) -> None:
    """A red round company seal: ring, star, the company name on the arc."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (214, 30, 36, 190)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(4, r // 14))
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(max(12, r // 5))
    chars = list(company)
    span = math.radians(250)
    for i, ch in enumerate(chars):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(chars)
        x, y = cx + r * 0.74 * math.cos(ang), cy + r * 0.74 * math.sin(ang)
        tile = Image.new("RGBA", (r // 4 + 6, r // 4 + 6), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((3, 0), ch, font=font, fill=red)
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    img.alpha_composite(layer)


def scan(pdf_bytes: bytes, company: str, seed: int, seal_pages: set[int] | None = None) -> bytes:
    """The PDF printed, stamped (seal on the given 0-based pages, default first and last) and scanned."""
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(pdf_bytes)
    n = len(pdf)
    seal_pages = seal_pages if seal_pages is not None else {0, n - 1}
    pages = []
    for i in range(n):
        bmp = pdf[i].render(scale=1.6).to_pil().convert("RGB")
        img = bmp.convert("RGBA")
        if i in seal_pages:
            seal(img, int(img.width * rng.uniform(0.58, 0.72)), int(img.height * rng.uniform(0.14, 0.8)), 120, company)
        img = img.convert("RGB").rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=(250, 248, 242))
        arr = np.asarray(img).astype(np.int16)
        arr = arr + nprng.integers(-14, 14, size=arr.shape[:2])[..., None]
        arr = np.clip(arr * np.array([0.98, 0.97, 0.93]), 0, 255).astype(np.uint8)
        img = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))
        if i not in seal_pages:
            img = img.convert("L")
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=72)
        pages.append(jb.getvalue())
    pdf.close()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle("")
    for jpg in pages:
        c.drawImage(ImageReader(io.BytesIO(jpg)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return out.getvalue()


def image_pdf(pngs: list[bytes]) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for png in pngs:
        im = Image.open(io.BytesIO(png))
        w = A4[0] - 3 * cm
        h = w * im.height / im.width
        c.drawImage(ImageReader(im), 1.5 * cm, A4[1] - 2 * cm - h, width=w, height=h)
        c.showPage()
    c.save()
    return out.getvalue()


def dashboard(title: str, tiles: list[tuple[str, str]], footer: str, accent=(22, 93, 170)) -> bytes:
    """A platform dashboard screenshot: title bar and figure tiles (caption above, value below)."""
    W, H = 1440, 820
    img = Image.new("RGB", (W, H), (16, 28, 48))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 70), fill=accent)
    d.text((30, 16), title, font=fonts.pil_font(30), fill=(255, 255, 255))
    cols = 3
    for i, (cap, val) in enumerate(tiles):
        x = 40 + (i % cols) * 460
        y = 110 + (i // cols) * 220
        d.rounded_rectangle((x, y, x + 420, y + 180), radius=14, fill=(28, 48, 80), outline=(60, 120, 200), width=2)
        d.text((x + 24, y + 20), cap, font=fonts.pil_font(26), fill=(170, 200, 235))
        d.text((x + 24, y + 74), val, font=fonts.pil_font(58), fill=(255, 214, 90))
    d.text((40, H - 50), footer, font=fonts.pil_font(20), fill=(140, 160, 190))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def bar_chart(labels: list[str], values: list[float], title: str, w: int = 640, h: int = 360) -> bytes:
    """A plain bar chart PNG (the image a text box floats beside); the figures are NOT drawn in it."""
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.text((16, 10), title, font=fonts.pil_font(20), fill=(20, 20, 20))
    top = max(values) * 1.15
    n = len(values)
    bw = (w - 80) // (n * 2)
    for i, (lab, val) in enumerate(zip(labels, values)):
        x = 60 + i * 2 * bw + bw // 2
        y = h - 50 - int((h - 100) * val / top)
        d.rectangle((x, y, x + bw, h - 50), fill=(46, 117, 182))
        d.text((x, h - 42), lab, font=fonts.pil_font(16), fill=(30, 30, 30))
    d.line((50, h - 50, w - 10, h - 50), fill=(0, 0, 0), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def table_png(rows: list[list[str]], w: int = 760) -> bytes:
    """The cached picture of an embedded Excel range (what Word shows for the OLE object)."""
    rh = 36
    h = rh * len(rows) + 2
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    cw = w // len(rows[0])
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            x0, y0 = c * cw, r * rh
            d.rectangle((x0, y0, x0 + cw, y0 + rh), outline=(120, 120, 120), fill=(221, 235, 247) if r == 0 else None)
            d.text((x0 + 8, y0 + 7), cell, font=fonts.pil_font(18), fill=(0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def pdf_page_texts(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    out = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return out
