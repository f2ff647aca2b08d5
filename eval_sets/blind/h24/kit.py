"""Rendering helpers for the h24 blind set: text PDFs, scans, DOCX, XLSX, screenshots, facts."""
from __future__ import annotations

import datetime as dt
import io
import math
import random
import zipfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF_B = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FIXED_DT = dt.datetime(2024, 7, 18, 10, 0, 0)


def pil_font(size, path=NOTO_SANS, index=2):
    try:
        return ImageFont.truetype(path, size, index=index)
    except OSError:
        return ImageFont.truetype(WQY, size)


# ---------------------------------------------------------------- text PDF
def text_pdf(path: Path, pages: list[list], font="STSong-Light", header=None, footers=None, size=A4,
             title="", body_size=10.0):
    """pages: list of block lists. Blocks: ('h', text) ('h2', text) ('p', text) ('small', text)
    ('table', rows, colwidths_mm, opts) ('sp', mm). header: str or list per page; footers: list per page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    st = {
        "h": ParagraphStyle("h", fontName=font, fontSize=15, leading=22, alignment=TA_CENTER, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=font, fontSize=11.5, leading=17, spaceBefore=4, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=font, fontSize=body_size, leading=body_size * 1.65, firstLineIndent=2 * body_size),
        "pn": ParagraphStyle("pn", fontName=font, fontSize=body_size, leading=body_size * 1.65),
        "small": ParagraphStyle("s", fontName=font, fontSize=8, leading=11),
        "cell": ParagraphStyle("c", fontName=font, fontSize=8.2, leading=10.5),
        "right": ParagraphStyle("r", fontName=font, fontSize=8.2, leading=10.5, alignment=2),
    }
    story = []
    for i, blocks in enumerate(pages):
        if i:
            story.append(PageBreak())
        for b in blocks:
            kind = b[0]
            if kind in ("h", "h2", "p", "pn", "small"):
                story.append(Paragraph(b[1], st[kind]))
            elif kind == "sp":
                story.append(Spacer(1, b[1] * mm))
            elif kind == "table":
                rows, widths = b[1], b[2]
                opts = b[3] if len(b) > 3 else {}
                numcols = set(opts.get("right", []))
                data = []
                for r in rows:
                    line = []
                    for j, c in enumerate(r):
                        s = st["right"] if (j in numcols and data) else st["cell"]
                        line.append(Paragraph(str(c), s))
                    data.append(line)
                t = Table(data, colWidths=[w * mm for w in widths], repeatRows=0)
                style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                         ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
                if opts.get("head", True):
                    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)))
                if opts.get("nogrid"):
                    style[0] = ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)
                for span in opts.get("spans", []):
                    style.append(("SPAN",) + span)
                t.setStyle(TableStyle(style))
                story.append(t)
    counter = {"n": 0}

    def deco(canvas, doc):
        i = counter["n"]
        counter["n"] += 1
        canvas.saveState()
        canvas.setFont(font, 8.5)
        h = header[i] if isinstance(header, list) else header
        if h:
            canvas.drawRightString(size[0] - 20 * mm, size[1] - 13 * mm, h)
            canvas.setLineWidth(0.4)
            canvas.line(20 * mm, size[1] - 14.5 * mm, size[0] - 20 * mm, size[1] - 14.5 * mm)
        if footers and i < len(footers) and footers[i]:
            canvas.drawCentredString(size[0] / 2, 11 * mm, footers[i])
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=title, author="", creator="", invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    n = len(pdfium.PdfDocument(str(path)))
    assert n == len(pages), f"{path.name}: {n} pages, expected {len(pages)}"


def pdf_page_texts(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
    return out


# ---------------------------------------------------------------- scans
def seal(img: Image.Image, cx, cy, r, text, rng, star=True):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 16))
    if star:
        s = r * 0.28
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rr = s if k % 2 == 0 else s * 0.4
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=red)
    f = pil_font(int(r * 0.22), NOTO_SERIF_B, 2)
    n = len(text)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for k, ch in enumerate(text):
        ang = start + span * (k + 0.5) / n
        x = cx + (r * 0.74) * math.cos(ang)
        y = cy + (r * 0.74) * math.sin(ang)
        g = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((r * 0.04, 0), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    img.paste(Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB"))


def scan_pdf(src_pdf: Path, out_pdf: Path, seed: int, seals: dict | None = None, dpi=130, bw_unsealed=True,
             keep_src=False):
    """Rasterise src_pdf into an image-only PDF with paper tone, skew, blur, noise and red seals.
    seals: {page_index: [(x_frac, y_frac, text)]}"""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(str(src_pdf))
    imgs = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        arr = np.asarray(img).astype(np.float32)
        tone = np.array([246, 242, 232], dtype=np.float32)
        arr = arr / 255.0 * tone
        img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
        page_seals = (seals or {}).get(i, [])
        for (fx, fy, text) in page_seals:
            seal(img, int(img.width * fx), int(img.height * fy), int(img.width * 0.095), text, rng)
        img = img.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, expand=False, fillcolor=(244, 240, 230))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        arr = np.asarray(img).astype(np.int16) + nrng.normal(0, 7, (img.height, img.width, 1)).astype(np.int16)
        img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
        if bw_unsealed and not page_seals:
            img = img.convert("L").point(lambda v: 255 if v > 150 else 0, mode="1")
        imgs.append(img)
    images_pdf(imgs, out_pdf, dpi)
    if not keep_src:
        src_pdf.unlink()


def images_pdf(imgs, out_pdf: Path, dpi=130):
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    first, rest = imgs[0], imgs[1:]
    first.save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=rest, creationDate=FIXED_DT.timetuple(),
               modDate=FIXED_DT.timetuple(), title="scan", producer="Scanner", creator="Scanner")


# ---------------------------------------------------------------- office
def normalize_zip(path: Path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            data = zin.read(name)
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2024-07-18T10:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, (2024, 7, 18, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def save_docx(doc, path: Path, author="user"):
    path.parent.mkdir(parents=True, exist_ok=True)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    doc.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path, author="user"):
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(str(path))
    normalize_zip(path)


def docx_font(doc, name="宋体", size=10.5):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), name)


# ---------------------------------------------------------------- numbers
def yuan(x: float) -> str:
    return f"{x:,.2f}"


def wan(x: float) -> str:
    return f"{x:.2f}"


def pct(a, b):
    return round(a / b * 100, 2)
