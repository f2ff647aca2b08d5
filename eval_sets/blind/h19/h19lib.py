"""Rendering helpers for the h19 holdout set: DOCX / XLSX / text PDF / scans / screenshots.

Everything deterministic: fixed core properties, fixed zip dates, reportlab invariant, seeded noise.
"""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import reportlab.rl_config
reportlab.rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SANS_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
NOTO_SERIF_B = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FIXED_DT = datetime(2024, 7, 16, 9, 30, 0)


def pil_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    index = 2 if "Noto" in path else 0  # SC face inside the Noto CJK collections
    return ImageFont.truetype(path, size, index=index)


# ----------------------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-07-16T09:30:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-07-16T09:30:00Z\2", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 16, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, body)
    Path(path).write_bytes(out.getvalue())


# ----------------------------------------------------------------------------- DOCX
def new_docx(author: str = "user"):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return doc


def docx_set_cell(cell, text: str, bold: bool = False, size: float | None = None, align: str | None = None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    cell.text = ""
    lines = str(text).split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx_heading(doc, text: str, level: int = 1, style: str = "word"):
    from docx.shared import Pt
    if style == "word":
        doc.add_heading(text, level=level)
    else:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(14 if level == 1 else 12)


def save_docx(doc, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------- XLSX
def new_xlsx(author: str = "user"):
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def save_xlsx(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------- text PDF
def styles(font: str = "STSong-Light", size: float = 10.5):
    return {
        "title": ParagraphStyle("t", fontName=font, fontSize=size + 7, leading=size + 13, alignment=TA_CENTER),
        "h": ParagraphStyle("h", fontName=font, fontSize=size + 2, leading=size + 8, spaceBefore=6, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.65, firstLineIndent=size * 2),
        "pn": ParagraphStyle("pn", fontName=font, fontSize=size, leading=size * 1.6),
        "c": ParagraphStyle("c", fontName=font, fontSize=size, leading=size * 1.5, alignment=TA_CENTER),
        "r": ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.5, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.35),
        "cellr": ParagraphStyle("cellr", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.35, alignment=TA_RIGHT),
        "small": ParagraphStyle("s", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.4),
    }


def table(rows, col_widths, font="STSong-Light", size=9.0, header_rows=1, num_align_right=True, grid=0.5,
          spans=(), bg_header=colors.Color(0.92, 0.92, 0.92)):
    st = styles(font, size + 1.5)
    data = []
    for r in rows:
        line = []
        for cell in r:
            txt = "" if cell is None else str(cell)
            right = num_align_right and re.fullmatch(r"[-\d,\.%]+", txt or "x") is not None
            line.append(Paragraph(txt.replace("\n", "<br/>"), st["cellr" if right else "cell"]))
        data.append(line)
    t = Table(data, colWidths=col_widths, repeatRows=header_rows)
    cmds = [("GRID", (0, 0), (-1, -1), grid, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if header_rows and bg_header is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), bg_header))
    for sp in spans:
        cmds.append(("SPAN",) + tuple(sp))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path: Path, pages: list[list], pagesize=A4, margins=(22 * mm, 20 * mm, 20 * mm, 20 * mm),
              header: str = "", footer: str = "", font="STSong-Light", page_numbers=True, title="") -> bytes:
    """pages: list of flowable lists; each becomes exactly one physical page (caller keeps them short)."""
    buf = io.BytesIO()

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        w, h = pagesize
        if header:
            canv.drawString(margins[0], h - 12 * mm, header)
            canv.setLineWidth(0.4)
            canv.line(margins[0], h - 13.5 * mm, w - margins[1], h - 13.5 * mm)
        if page_numbers:
            canv.drawCentredString(w / 2, 10 * mm, f"{footer}第 {doc.page} 页" if footer else f"- {doc.page} -")
        canv.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins[0], rightMargin=margins[1],
                            topMargin=margins[2], bottomMargin=margins[3], title=title, author="", subject="",
                            creator="", producer="")
    story = []
    for i, pg in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.extend(pg)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    data = buf.getvalue()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        import pypdfium2 as pdfium
        n = len(pdfium.PdfDocument(data))
        assert n == len(pages), f"{path}: {n} physical pages for {len(pages)} logical pages"
    return data


# ----------------------------------------------------------------------------- seals, scans, image PDFs
def draw_seal(img: Image.Image, cx: int, cy: int, r: int, text: str, center: str = "★", rng=None,
              bottom: str = "", alpha: int = 185) -> None:
    rng = rng or random.Random(0)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, alpha)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 16))
    fs = max(10, int(r * 0.27))
    font = pil_font(NOTO_SERIF_B, fs)
    n = len(text)
    span = min(250.0, 22.0 * n)
    start = -90 - span / 2
    for i, ch in enumerate(text):
        ang = math.radians(start + span * (i + 0.5) / n)
        x = cx + (r - fs * 0.95) * math.cos(ang)
        y = cy + (r - fs * 0.95) * math.sin(ang)
        glyph = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((fs * 0.5, fs * 0.35), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(glyph, (int(x - fs), int(y - fs)))
    sf = pil_font(NOTO_SANS_B, int(r * 0.55))
    d.text((cx, cy), center, font=sf, fill=red, anchor="mm")
    if bottom:
        bf = pil_font(NOTO_SERIF_B, int(r * 0.16))
        d.text((cx, cy + r * 0.52), bottom, font=bf, fill=red, anchor="mm")
    # uneven ink
    arr = np.array(layer)
    mask = np.random.default_rng(rng.randint(0, 10 ** 6)).random(arr.shape[:2]) < 0.18
    arr[..., 3] = np.where(mask, (arr[..., 3] * 0.45).astype(np.uint8), arr[..., 3])
    layer = Image.fromarray(arr)
    img.alpha_composite(layer) if img.mode == "RGBA" else img.paste(layer, (0, 0), layer)


def degrade(img: Image.Image, seed: int, skew: float | None = None, tone=(246, 242, 230), blur=0.7,
            noise=9.0) -> Image.Image:
    rng = random.Random(seed)
    img = img.convert("RGB")
    if skew is None:
        skew = rng.uniform(-1.6, 1.6)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    arr = np.asarray(img).astype(np.float32)
    paper = np.array(tone, dtype=np.float32)
    arr = arr / 255.0 * paper
    nrng = np.random.default_rng(seed)
    arr += nrng.normal(0, noise, arr.shape[:2])[..., None]
    # faint scanner streak
    col = rng.randint(50, arr.shape[1] - 50)
    arr[:, col:col + 2] *= 0.93
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr)
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    return out


def rasterize_pdf(data: bytes, scale: float = 1.6) -> list[Image.Image]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(data)
    return [pdf[i].render(scale=scale).to_pil().convert("RGBA") for i in range(len(pdf))]


def images_to_pdf(path: Path, images: list[Image.Image], jpeg_quality: int = 72, gray: bool = False,
                  page_w_mm: float | None = 210.0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    c = None
    for img in images:
        img = img.convert("L" if gray else "RGB")
        w_px, h_px = img.size
        pw = (page_w_mm or 210.0) * mm
        ph = pw * h_px / w_px
        if c is None:
            c = rl_canvas.Canvas(buf, pagesize=(pw, ph), invariant=1, pageCompression=1)
        c.setPageSize((pw, ph))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=jpeg_quality, optimize=False)
        jb.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(jb), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def scan_pdf(path: Path, pdf_bytes: bytes, seed: int, seals: dict[int, list[dict]] | None = None,
             scale: float = 1.5, gray_unsealed: bool = True) -> None:
    """Rasterise a drawn PDF, stamp seals (page index → list of seal kwargs), degrade, write image-only PDF."""
    pages = rasterize_pdf(pdf_bytes, scale)
    out = []
    rng = random.Random(seed)
    for i, page in enumerate(pages):
        page = page.convert("RGBA")
        bg = Image.new("RGBA", page.size, (255, 255, 255, 255))
        bg.alpha_composite(page)
        page = bg
        sealed = bool(seals and i in seals)
        for s in (seals or {}).get(i, []):
            kw = dict(s)
            fx, fy = kw.pop("at")
            draw_seal(page, int(page.size[0] * fx), int(page.size[1] * fy), int(page.size[0] * kw.pop("r", 0.085)),
                      rng=rng, **kw)
        img = degrade(page, seed * 100 + i)
        if gray_unsealed and not sealed:
            img = img.convert("L")
        out.append(img)
    images_to_pdf(path, out)


# ----------------------------------------------------------------------------- screenshots
def screenshot(path: Path | None, title: str, url: str, tiles: list[tuple[str, str, str]], seed: int,
               extra_rows: list[list[str]] | None = None, extra_head: list[str] | None = None,
               theme=(21, 54, 110), size=(1600, 900), note: str = "") -> Image.Image:
    """A web dashboard: browser bar, title, KPI tiles (caption, value, sub), optional table."""
    W, H = size
    img = Image.new("RGB", size, (240, 243, 248))
    d = ImageDraw.Draw(img)
    f_s = pil_font(NOTO_SANS, 16)
    f_m = pil_font(NOTO_SANS, 20)
    f_t = pil_font(NOTO_SANS_B, 26)
    f_v = pil_font(NOTO_SANS_B, 40)
    # browser chrome
    d.rectangle([0, 0, W, 44], fill=(222, 225, 230))
    for k, colr in enumerate([(237, 106, 94), (245, 191, 79), (98, 197, 84)]):
        d.ellipse([14 + k * 22, 15, 28 + k * 22, 29], fill=colr)
    d.rounded_rectangle([110, 8, W - 200, 36], radius=12, fill=(255, 255, 255))
    d.text((130, 12), url, font=f_s, fill=(60, 60, 60))
    d.rectangle([0, 44, W, 110], fill=theme)
    d.text((30, 60), title, font=f_t, fill=(255, 255, 255))
    d.text((W - 380, 70), note, font=f_s, fill=(220, 230, 245))
    # side menu
    d.rectangle([0, 110, 200, H], fill=(30, 40, 60))
    for k, m in enumerate(["运营总览", "设备接入", "应用市场", "模型中心", "开发者", "订单管理", "系统设置"]):
        d.text((30, 140 + k * 48), m, font=f_m, fill=(200, 210, 225) if k else (255, 255, 255))
    # tiles
    n = len(tiles)
    per_row = 4 if n > 3 else n
    tw = (W - 240 - (per_row - 1) * 20) // per_row
    for k, (cap, val, sub) in enumerate(tiles):
        rr, cc = divmod(k, per_row)
        x0 = 220 + cc * (tw + 20)
        y0 = 130 + rr * 170
        d.rounded_rectangle([x0, y0, x0 + tw, y0 + 150], radius=10, fill=(255, 255, 255), outline=(215, 220, 230))
        d.text((x0 + 20, y0 + 18), cap, font=f_m, fill=(90, 100, 120))
        d.text((x0 + 20, y0 + 56), val, font=f_v, fill=theme)
        if sub:
            d.text((x0 + 20, y0 + 112), sub, font=f_s, fill=(130, 140, 155))
    if extra_rows:
        rows_top = 130 + ((n - 1) // per_row + 1) * 170 + 10
        d.rounded_rectangle([220, rows_top, W - 20, H - 20], radius=10, fill=(255, 255, 255))
        cols = len(extra_head)
        cw = (W - 280) // cols
        for c_i, h in enumerate(extra_head):
            d.text((240 + c_i * cw, rows_top + 16), h, font=f_m, fill=(70, 80, 100))
        d.line([230, rows_top + 50, W - 30, rows_top + 50], fill=(220, 225, 232), width=2)
        for r_i, row in enumerate(extra_rows):
            y = rows_top + 62 + r_i * 36
            if y > H - 50:
                break
            for c_i, v in enumerate(row):
                d.text((240 + c_i * cw, y), v, font=f_s, fill=(50, 55, 65))
    rng = random.Random(seed)
    arr = np.asarray(img).astype(np.int16)
    arr += np.random.default_rng(seed).integers(-2, 3, arr.shape, dtype=np.int16)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    _ = rng
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        img.save(path, "PNG", optimize=False)
    return img


# ----------------------------------------------------------------------------- numbers
def fmt(x: float, nd: int = 2, comma: bool = True) -> str:
    s = f"{x:,.{nd}f}" if comma else f"{x:.{nd}f}"
    return s


def fint(x: int, comma: bool = True) -> str:
    return f"{x:,}" if comma else str(x)


def split(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def bd_text(d: dict, sep: str = "、", colon: str = "：") -> str:
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())
