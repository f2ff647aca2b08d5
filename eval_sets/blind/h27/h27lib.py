"""Rendering helpers for the h27 holdout set: DOCX/XLSX (deterministic zips), text PDFs
(reportlab, STSong-Light), scans (rasterised with pypdfium2, paper tone, skew, blur, noise, red
seals) and screenshots (PIL). Nothing here knows about indicators."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from xml.sax.saxutils import escape
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF_BOLD = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
FIXED_DT = "2024-07-26T09:00:00Z"


# ---------------------------------------------------------------- deterministic zips
def normalize_zip(path: Path) -> None:
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>" + FIXED_DT + r"\3", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 26, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    Path(path).write_bytes(out.getvalue())


# ---------------------------------------------------------------- DOCX
def new_docx(font="宋体", size=10.5, header: str | None = None, header_color=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
        if header:
            p = s.header.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(header)
            r.font.size = Pt(10)
            r.bold = True
            if header_color:
                r.font.color.rgb = RGBColor(*header_color)
    cp = doc.core_properties
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.revision = 3
    return doc


def para(doc_or_cell, text="", bold=False, size=None, align=None, color=None, strike=False, runs=None):
    """runs: list of (text, dict(bold=, strike=, color=, underline=)) for mixed formatting."""
    p = doc_or_cell.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t, fmt in (runs or [(text, dict(bold=bold, strike=strike, color=color))]):
        r = p.add_run(t)
        r.bold = fmt.get("bold", False)
        r.font.strike = fmt.get("strike", False)
        if fmt.get("underline"):
            r.underline = True
        if fmt.get("color"):
            r.font.color.rgb = RGBColor(*fmt["color"])
        if size or fmt.get("size"):
            r.font.size = Pt(fmt.get("size") or size)
    return p


def cell_text(cell, text, bold=False, runs=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for t, fmt in (runs or [(text, dict(bold=bold))]):
        r = p.add_run(t)
        r.bold = fmt.get("bold", False)
        r.font.strike = fmt.get("strike", False)
        if fmt.get("color"):
            r.font.color.rgb = RGBColor(*fmt["color"])
        if size:
            r.font.size = Pt(size)


def docx_table(doc, rows, widths=None, bold_first=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if isinstance(val, list):
                cell_text(c, "", runs=val, size=size)
            else:
                cell_text(c, "" if val is None else str(val), bold=(bold_first and i == 0), size=size)
            if widths:
                c.width = Cm(widths[j])
    return t


def save_docx(doc, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_xlsx(wb: Workbook, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    from datetime import datetime
    wb.properties.creator = "user"
    wb.properties.created = datetime(2024, 7, 26, 9, 0, 0)
    wb.properties.modified = datetime(2024, 7, 26, 9, 0, 0)
    wb.save(str(path))
    normalize_zip(path)


THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_rows(ws, rows, start_row=1, bold_first=False, widths=None, border=True, wrap=True):
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = ws.cell(row=start_row + i, column=j + 1, value=val)
            if border:
                c.border = BORDER
            c.alignment = Alignment(wrap_text=wrap, vertical="center")
            if bold_first and i == 0:
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="DDEBF7")
    if widths:
        from openpyxl.utils import get_column_letter
        for j, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(j + 1)].width = w


# ---------------------------------------------------------------- text PDFs (platypus)
def styles(size=10.5):
    base = ParagraphStyle("b", fontName=FONT, fontSize=size, leading=size * 1.6, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("s", parent=base, fontSize=8.5, leading=12),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=11),
        "h1": ParagraphStyle("h1", parent=base, fontSize=17, leading=26, alignment=TA_CENTER),
        "h2": ParagraphStyle("h2", parent=base, fontSize=13, leading=20),
        "h3": ParagraphStyle("h3", parent=base, fontSize=11, leading=17),
        "center": ParagraphStyle("ce", parent=base, alignment=TA_CENTER),
    }


def ptable(rows, col_widths, S, header_bg="#E7E6E6", font_size=8.5, align_right_cols=(), spans=None):
    data = []
    for row in rows:
        data.append([(Paragraph(escape(v), S["cell"]) if len(v) > 14 else v) if isinstance(v, str) else ("" if v is None else v) for v in row])
    t = Table(data, colWidths=[w * mm for w in col_widths], repeatRows=1)
    st = [("FONT", (0, 0), (-1, -1), FONT, font_size), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_bg))]
    for c in align_right_cols:
        st.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
    for sp in spans or []:
        st.append(("SPAN",) + sp)
    t.setStyle(TableStyle(st))
    return t


def build_pdf(story, path: Path | None = None, header=None, footer=None, watermark=None, pagesize=A4,
              margins=(20, 20, 18, 18)):
    """Returns PDF bytes; writes to path if given. header/footer: callables (canvas, page_no) or str."""
    buf = io.BytesIO()

    def deco(c, d):
        c.saveState()
        n = c.getPageNumber()
        if watermark:
            c.setFont(FONT, 60)
            c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.18))
            c.translate(pagesize[0] / 2, pagesize[1] / 2)
            c.rotate(35)
            c.drawCentredString(0, 0, watermark)
            c.rotate(-35)
            c.translate(-pagesize[0] / 2, -pagesize[1] / 2)
        c.setFillColor(colors.black)
        if header:
            h = header(n) if callable(header) else header
            c.setFont(FONT, 8)
            c.drawRightString(pagesize[0] - 18 * mm, pagesize[1] - 11 * mm, h)
        if footer:
            f = footer(n) if callable(footer) else footer
            c.setFont(FONT, 8)
            c.drawCentredString(pagesize[0] / 2, 9 * mm, f)
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins[2] * mm, rightMargin=margins[3] * mm,
                            topMargin=margins[0] * mm, bottomMargin=margins[1] * mm, invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    data = buf.getvalue()
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return data


# ---------------------------------------------------------------- seals, scans
def seal(text: str, size=300, seed=0, star=True, bottom="") -> Image.Image:
    """Red round company seal, RGBA."""
    rng = random.Random(seed)
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 30, 35, 215)
    w = max(6, size // 36)
    d.ellipse([w, w, size - w, size - w], outline=red, width=w)
    cx = cy = size / 2
    if star:
        r1, r2 = size * 0.12, size * 0.05
        pts = []
        for k in range(10):
            r = r1 if k % 2 == 0 else r2
            a = -math.pi / 2 + k * math.pi / 5
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        d.polygon(pts, fill=red)
    font = ImageFont.truetype(NOTO_SERIF_BOLD, int(size * 0.105))
    n = len(text)
    span = math.radians(min(250, 18 * n + 40))
    R = size / 2 - w * 2.9 - size * 0.05
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = cx + R * math.cos(a)
        y = cy + R * math.sin(a)
        g = Image.new("RGBA", (int(size * 0.16), int(size * 0.16)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=font, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if bottom:
        f2 = ImageFont.truetype(NOTO_SERIF_BOLD, int(size * 0.08))
        d.text((cx, cy + size * 0.25), bottom, font=f2, fill=red, anchor="mm")
    # ink unevenness
    arr = np.array(im)
    mask = np.random.default_rng(seed).random(arr.shape[:2]) < 0.18
    arr[..., 3] = np.where(mask, (arr[..., 3] * 0.45).astype(np.uint8), arr[..., 3])
    im = Image.fromarray(arr)
    return im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def rasterize(pdf_bytes: bytes, scale=1.5) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=scale).to_pil().convert("RGB"))
    pdf.close()
    return out


def degrade(img: Image.Image, seed: int, skew=None, tone=(246, 242, 230), noise=7.0, blur=0.6) -> Image.Image:
    rng = random.Random(seed)
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    t = np.array(tone, dtype=np.float32)
    arr = arr / 255.0 * t
    nrng = np.random.default_rng(seed)
    arr += nrng.normal(0, noise, arr.shape[:2])[..., None]
    # slight uneven illumination
    h, w = arr.shape[:2]
    grad = np.linspace(0.0, 1.0, w)[None, :] * rng.uniform(-10, 6)
    arr += grad[..., None]
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    ang = skew if skew is not None else rng.uniform(-1.4, 1.4)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(x * 0.93) for x in tone))
    return im


def stamp(img: Image.Image, seal_img: Image.Image, xy_frac, size_frac=0.2) -> Image.Image:
    im = img.convert("RGBA")
    s = int(im.width * size_frac)
    si = seal_img.resize((s, s), Image.LANCZOS)
    x = int(im.width * xy_frac[0] - s / 2)
    y = int(im.height * xy_frac[1] - s / 2)
    im.alpha_composite(si, (x, y))
    return im.convert("RGB")


def images_to_pdf(images: list[Image.Image], path: Path, quality=72):
    path.parent.mkdir(parents=True, exist_ok=True)
    ims = [i.convert("RGB") for i in images]
    buf = io.BytesIO()
    ims[0].save(buf, format="PDF", save_all=True, append_images=ims[1:], resolution=110.0, quality=quality,
                title="scan", author="scanner", creator="scanner", producer="scanner",
                creationDate=None, modDate=None)
    data = buf.getvalue()
    # strip any timestamps PIL may write
    data = re.sub(rb"/CreationDate \(D:[0-9Z+\-']+\)", b"/CreationDate (D:20240726090000)", data)
    data = re.sub(rb"/ModDate \(D:[0-9Z+\-']+\)", b"/ModDate (D:20240726090000)", data)
    path.write_bytes(data)


def scan_pdf(pdf_bytes: bytes, path: Path, seed: int, seals: dict[int, list] | None = None, scale=1.45,
             bw_pages_without_seal=False):
    """seals: {page_index: [(seal_img, (xf, yf), size_frac), ...]}"""
    pages = rasterize(pdf_bytes, scale)
    out = []
    for i, p in enumerate(pages):
        for s_img, xy, sf in (seals or {}).get(i, []):
            p = stamp(p, s_img, xy, sf)
        p = degrade(p, seed * 100 + i)
        if bw_pages_without_seal and not (seals or {}).get(i):
            p = p.convert("L").point(lambda v: 255 if v > 150 else 0).convert("RGB")
        out.append(p)
    images_to_pdf(out, path)


# ---------------------------------------------------------------- screenshots
def font(size, bold=False):
    return ImageFont.truetype(WQY, size)


def dashboard(path: Path | None, title: str, url: str, tiles: list[tuple[str, str]], stamp_text: str,
              seed=0, accent=(20, 90, 170), extra_lines=(), size=(1440, 900)) -> Image.Image:
    """Browser-like dashboard screenshot with metric tiles (caption, value)."""
    rng = random.Random(seed)
    W, H = size
    im = Image.new("RGB", (W, H), (240, 242, 245))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 38], fill=(222, 225, 230))
    d.rounded_rectangle([90, 7, W - 200, 31], 10, fill=(255, 255, 255))
    d.text((104, 11), url, font=font(15), fill=(60, 60, 60))
    for k, c in enumerate([(236, 95, 90), (245, 190, 80), (98, 197, 85)]):
        d.ellipse([12 + k * 22, 12, 26 + k * 22, 26], fill=c)
    d.rectangle([0, 38, W, 98], fill=accent)
    d.text((28, 52), title, font=font(28), fill=(255, 255, 255))
    d.text((W - 380, 62), stamp_text, font=font(16), fill=(220, 230, 245))
    d.rectangle([0, 98, 200, H], fill=(32, 42, 58))
    for k, m in enumerate(["总览", "设备接入", "应用市场", "模型中心", "开发者", "企业服务", "安全中心"]):
        d.text((30, 130 + k * 46), m, font=font(17), fill=(200, 210, 225) if k else (255, 255, 255))
    cols = 3
    tw, th = (W - 260) // cols - 20, 150
    for k, (cap, val) in enumerate(tiles):
        x = 230 + (k % cols) * (tw + 20)
        y = 125 + (k // cols) * (th + 22)
        d.rounded_rectangle([x, y, x + tw, y + th], 12, fill=(255, 255, 255), outline=(215, 220, 228))
        d.text((x + 22, y + 20), cap, font=font(19), fill=(90, 98, 110))
        d.text((x + 22, y + 58), val, font=font(46), fill=accent)
        # sparkline
        pts = [(x + tw - 160 + j * 14, y + th - 30 - rng.randint(0, 30)) for j in range(11)]
        d.line(pts, fill=(160, 190, 225), width=2)
    yb = 125 + ((len(tiles) + cols - 1) // cols) * (th + 22) + 10
    for k, line in enumerate(extra_lines):
        d.text((232, yb + k * 28), line, font=font(16), fill=(80, 80, 80))
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        im.save(path, format="PNG", optimize=False)
    return im
