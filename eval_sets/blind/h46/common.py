"""Shared writers for set h46: deterministic PDF (reportlab, invariant), DOCX/XLSX re-zipping, scans."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

from eval_sets.generator import fonts

FONT = fonts.register_pdf_font()
FIXED_DATE = (2024, 7, 18, 9, 30, 0)
CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-18T09:30:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def normalize_zip(path: Path, title: str = "", author: str = "申报单位") -> None:
    """Rewrite an OOXML file with fixed entry dates and fixed core properties."""
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = CORE_XML.format(title=title, author=author).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- platypus documents

def styles(size: float = 10.5):
    base = ParagraphStyle("b", fontName=FONT, fontSize=size, leading=size * 1.6, wordWrap="CJK",
                          firstLineIndent=size * 2)
    return {
        "body": base,
        "plain": ParagraphStyle("p", parent=base, firstLineIndent=0),
        "small": ParagraphStyle("s", parent=base, fontSize=8.5, leading=11, firstLineIndent=0),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=11, firstLineIndent=0),
        "h1": ParagraphStyle("h1", parent=base, fontSize=15, leading=24, firstLineIndent=0, spaceBefore=8, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12.5, leading=20, firstLineIndent=0, spaceBefore=6, spaceAfter=3),
        "title": ParagraphStyle("t", parent=base, fontSize=20, leading=30, alignment=TA_CENTER, firstLineIndent=0),
        "center": ParagraphStyle("ce", parent=base, alignment=TA_CENTER, firstLineIndent=0),
    }


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def flow(blocks, st):
    """blocks: ('title'|'h1'|'h2'|'p'|'plain'|'small'|'center', text) | ('table', rows, widths) | ('break',) | ('space', h)."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "break":
            out.append(PageBreak())
        elif kind == "space":
            out.append(Spacer(1, b[1]))
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = [[Paragraph(esc(str(c)), st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
            out.append(t)
            out.append(Spacer(1, 4))
        else:
            out.append(Paragraph(esc(b[1]), st["body" if kind == "p" else kind]))
    return out


def build_pdf(path: Path, blocks, header: str = "", footer_total: bool = True, size: float = 10.5,
              title: str = "", first_page_plain: bool = True) -> int:
    """Render blocks to a text PDF with a running header and 「第 N 页 共 M 页」; returns the page count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    st = styles(size)
    total = [0]

    def deco(canv, doc):
        n = canv.getPageNumber()
        if first_page_plain and n == 1:
            return
        canv.saveState()
        canv.setFont(FONT, 8)
        if header:
            canv.drawString(20 * mm, A4[1] - 12 * mm, header)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        label = f"第 {n} 页 共 {total[0]} 页" if footer_total else f"- {n} -"
        canv.drawCentredString(A4[0] / 2, 10 * mm, label)
        canv.restoreState()

    for _ in range(2):
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                                bottomMargin=18 * mm, invariant=1, title=title, author="", creator="", subject="")
        doc.build(flow(blocks, st), onFirstPage=deco, onLaterPages=deco)
        pages = len(pdfium.PdfDocument(buf.getvalue()))
        if pages == total[0]:
            break
        total[0] = pages
    path.write_bytes(buf.getvalue())
    return total[0]


def new_canvas(buf, size=A4):
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


# ---------------------------------------------------------------- text extraction

def pdf_pages_text(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        out.append(doc[i].get_textpage().get_text_range())
    doc.close()
    return out


def squash(s: str) -> str:
    return "".join(s.split())


# ---------------------------------------------------------------- scans

def seal(img: Image.Image, cx: int, cy: int, r: int, text: str, rng: random.Random) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 200)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, r // 18))
    # star
    import math
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.22 if k % 2 == 0 else r * 0.09
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(max(10, r // 5))
    n = len(text)
    for i, ch in enumerate(text):
        ang = math.pi * (1.15 + 0.7 * i / max(1, n - 1))  # upper arc
        x = cx + r * 0.74 * math.cos(ang)
        y = cy + r * 0.74 * math.sin(ang)
        d.text((x, y), ch, font=font, fill=red, anchor="mm")
    layer = layer.rotate(rng.uniform(-12, 12), center=(cx, cy))
    img.paste(layer, (0, 0), layer)


def scan_pdf(src_pdf: bytes, out: Path, seed: int, seal_pages: dict[int, str] | None = None, dpi: int = 90) -> int:
    """Rasterise a PDF, add paper tone, slight skew and a red seal; write an image-only PDF."""
    rng = random.Random(seed)
    seal_pages = seal_pages or {}
    doc = pdfium.PdfDocument(src_pdf)
    out.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    c = new_canvas(buf)
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
        tone = Image.new("RGB", img.size, (246, 243, 236))
        img = Image.blend(img, tone, 0.12).filter(ImageFilter.GaussianBlur(0.4))
        colour = (i + 1) in seal_pages
        if colour:
            w, h = img.size
            seal(img, int(w * rng.uniform(0.6, 0.72)), int(h * rng.uniform(0.62, 0.8)), int(w * 0.11),
                 seal_pages[i + 1], rng)
        else:
            img = img.convert("L")
        jb = io.BytesIO()
        img.save(jb, format="JPEG", quality=55, optimize=False)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    doc.close()
    out.write_bytes(buf.getvalue())
    return len(pdfium.PdfDocument(buf.getvalue()))


def images_pdf(images: list[Image.Image], out: Path) -> None:
    """Image-only PDF of PIL images (each page sized to A4 landscape or portrait by aspect)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    c = new_canvas(buf)
    for img in images:
        size = landscape(A4) if img.width > img.height else A4
        c.setPageSize(size)
        jb = io.BytesIO()
        img.convert("RGB").save(jb, format="JPEG", quality=80)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()
    out.write_bytes(buf.getvalue())


def save_png(img: Image.Image, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    img.save(out, format="PNG", optimize=False)
