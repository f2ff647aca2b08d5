"""Deterministic writers for set h70: DOCX/XLSX normalisation, text PDFs, scans, seals and charts."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import reportlab.rl_config

reportlab.rl_config.invariant = 1

import numpy as np  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

from eval_sets.generator.fonts import pil_font, register_pdf_font  # noqa: E402

FIXED_DT = datetime(2024, 7, 16, 9, 30, 0)
ZIP_DATE = (2024, 7, 16, 9, 30, 0)


# ---------------------------------------------------------------- office files
def normalize_zip(path: Path) -> None:
    """Rewrite a DOCX/XLSX with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-07-16T09:30:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-07-16T09:30:00Z\2", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


def docx_new(author: str):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    style = d.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d


def docx_save(d, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def docx_table(d, rows: list[list[str]], widths=None, header=True):
    from docx.shared import Cm

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(val)
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
            if widths:
                cell.width = Cm(widths[j])
    return t


def xlsx_new():
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def xlsx_save(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- text PDFs
def styles():
    font = register_pdf_font()
    return {
        "title": ParagraphStyle("t", fontName=font, fontSize=15, leading=22, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=font, fontSize=11.5, leading=17, spaceBefore=6, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=font, fontSize=10, leading=16, firstLineIndent=20),
        "small": ParagraphStyle("s", fontName=font, fontSize=8.5, leading=12),
        "cell": ParagraphStyle("c", fontName=font, fontSize=9, leading=12),
        "right": ParagraphStyle("r", fontName=font, fontSize=9, leading=12, alignment=2),
    }


def pdf_table(rows, col_widths, header_rows=1, bold_rows=(), indent_rows=(), font_size=9):
    font = register_pdf_font()
    hs = ParagraphStyle("hdr", fontName=font, fontSize=font_size, leading=font_size + 3)
    rows = [[Paragraph(c, hs) if (i < header_rows and isinstance(c, str)) else c for c in r] for i, r in enumerate(rows)]
    t = Table(rows, colWidths=[w * mm for w in col_widths], repeatRows=header_rows)
    st = [
        ("FONT", (0, 0), (-1, -1), font, font_size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, header_rows), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.88, 0.9, 0.94)),
    ]
    for r in bold_rows:
        st.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)))
    for r in indent_rows:
        st.append(("LEFTPADDING", (0, r), (0, r), 18))
    t.setStyle(TableStyle(st))
    return t


def build_pdf(path: Path, story_pages: list[list], header: str = "", footer: bool = True) -> None:
    """Each element of story_pages is the flowables of one physical page (PageBreak between)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    font = register_pdf_font()
    story = []
    for i, page in enumerate(story_pages):
        if i:
            story.append(PageBreak())
        story.extend(page)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        if header:
            canv.drawString(20 * mm, A4[1] - 12 * mm, header)
        if footer:
            canv.drawCentredString(A4[0] / 2, 10 * mm, f"第 {doc.page} 页")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def P(text, style):
    return Paragraph(text, style)


def SP(h=4):
    return Spacer(1, h * mm)


def pdf_page_count(path: Path) -> int:
    return len(pdfium.PdfDocument(str(path)))


def pdf_page_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    tp = doc[page - 1].get_textpage()
    return tp.get_text_range()


# ---------------------------------------------------------------- scans and images
def rasterize(pdf_path: Path, dpi: int = 110) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        out.append(img)
    return out


def seal(size: int, company: str, label: str = "") -> Image.Image:
    """A red round seal on transparent ground."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    red = (214, 30, 36, 215)
    w = max(3, size // 40)
    dr.ellipse((w, w, size - w, size - w), outline=red, width=w)
    # star
    cx = cy = size / 2
    r1, r2 = size * 0.13, size * 0.05
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    dr.polygon(pts, fill=red)
    # text along the arc
    font = pil_font(max(10, size // 9))
    n = len(company)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for k, ch in enumerate(company):
        ang = start + span * (k + 0.5) / n
        rr = size * 0.36
        x, y = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        tile = Image.new("RGBA", (size // 7, size // 7), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if label:
        f2 = pil_font(max(8, size // 12))
        dr.text((cx, cy + size * 0.25), label, font=f2, fill=red, anchor="mm")
    return img


def scanify(img: Image.Image, seed: int, seal_img: Image.Image | None = None,
            seal_pos: tuple[float, float] = (0.62, 0.78), bw: bool = False, angle: float = 0.4) -> Image.Image:
    rng = np.random.default_rng(seed)
    img = img.convert("RGB")
    if seal_img is not None:
        base = img.convert("RGBA")
        x = int(base.width * seal_pos[0] - seal_img.width / 2)
        y = int(base.height * seal_pos[1] - seal_img.height / 2)
        base.alpha_composite(seal_img, (x, y))
        img = base.convert("RGB")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    arr = np.asarray(img).astype(np.int16)
    tone = np.array([246, 243, 235], dtype=np.int16)
    arr = np.minimum(arr, tone)
    noise = rng.normal(0, 6, arr.shape[:2]).astype(np.int16)[..., None]
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "RGB").filter(ImageFilter.GaussianBlur(0.5))
    if bw:
        out = out.convert("L").point(lambda v: 255 if v > 165 else 0).convert("1")
    return out


def images_to_pdf(images: list[Image.Image], path: Path) -> None:
    """Image-only PDF (no text layer), deterministic (reportlab invariant)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("scanner")
    c.setProducer("scanner")
    from reportlab.lib.utils import ImageReader

    for img in images:
        w, h = img.size
        if w > h:
            ps = (A4[1], A4[0])
        else:
            ps = A4
        c.setPageSize(ps)
        buf = io.BytesIO()
        if img.mode == "1":
            img.convert("L").save(buf, format="PNG", optimize=False)
        else:
            img.convert("RGB").save(buf, format="JPEG", quality=82)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=ps[0], height=ps[1])
        c.showPage()
    c.save()


def save_png(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), format="PNG", optimize=False)


def scan_pdf(src_pdf: Path, out_pdf: Path, company: str, seed: int, seal_pages=(0, -1), dpi=100) -> None:
    pages = rasterize(src_pdf, dpi)
    n = len(pages)
    wanted = {p % n for p in seal_pages}
    out = []
    s = seal(int(dpi * 1.65), company)
    for i, img in enumerate(pages):
        if i in wanted:
            out.append(scanify(img, seed + i, s, angle=0.3 + 0.1 * (i % 3)))
        else:
            out.append(scanify(img, seed + i, None, bw=True, angle=-0.2 + 0.1 * (i % 4)))
    images_to_pdf(out, out_pdf)


# ---------------------------------------------------------------- charts
PALETTE = [(45, 108, 190), (236, 125, 49), (112, 173, 71), (255, 192, 0), (91, 155, 213),
           (165, 165, 165), (158, 72, 14), (99, 37, 110), (38, 68, 120), (200, 80, 120), (60, 150, 150)]


def pie_chart(title: str, centre: list[str], parts: list[tuple[str, str]], size=(1400, 900)) -> Image.Image:
    """parts: (label, percent text); drawn with labels and percentages only."""
    img = Image.new("RGB", size, (255, 255, 255))
    dr = ImageDraw.Draw(img)
    dr.text((size[0] / 2, 50), title, font=pil_font(38), fill=(30, 30, 30), anchor="mm")
    cx, cy, r = 430, 500, 330
    start = -90.0
    vals = [float(p.rstrip("%")) for _, p in parts]
    for k, ((lab, pct), v) in enumerate(zip(parts, vals)):
        ext = 360 * v / 100
        dr.pieslice((cx - r, cy - r, cx + r, cy + r), start, start + ext, fill=PALETTE[k % len(PALETTE)],
                    outline=(255, 255, 255), width=3)
        start += ext
    dr.ellipse((cx - 150, cy - 150, cx + 150, cy + 150), fill=(255, 255, 255))
    for k, line in enumerate(centre):
        dr.text((cx, cy - 25 + 50 * k), line, font=pil_font(34 if k else 30), fill=(30, 30, 30), anchor="mm")
    y = 170
    for k, (lab, pct) in enumerate(parts):
        dr.rectangle((860, y - 14, 888, y + 14), fill=PALETTE[k % len(PALETTE)])
        dr.text((905, y), f"{lab}  {pct}", font=pil_font(30), fill=(30, 30, 30), anchor="lm")
        y += 56
    return img


def bar_chart(title: str, subtitle: str, bars: list[tuple[str, int]], size=(1500, 950), frame=True) -> Image.Image:
    """A vertical bar chart with data labels, drawn as an application screenshot."""
    img = Image.new("RGB", size, (240, 243, 248))
    dr = ImageDraw.Draw(img)
    if frame:
        dr.rectangle((0, 0, size[0], 64), fill=(32, 56, 100))
        dr.text((30, 32), "运营驾驶舱  ›  应用中心  ›  分类统计", font=pil_font(26), fill=(230, 235, 245), anchor="lm")
        dr.text((size[0] - 30, 32), "数据截至 2024-06-30", font=pil_font(24), fill=(200, 210, 230), anchor="rm")
    dr.rectangle((40, 90, size[0] - 40, size[1] - 40), fill=(255, 255, 255), outline=(210, 215, 225))
    dr.text((80, 140), title, font=pil_font(36), fill=(20, 20, 20), anchor="lm")
    dr.text((80, 195), subtitle, font=pil_font(28), fill=(90, 90, 90), anchor="lm")
    top, bottom, left, right = 260, size[1] - 150, 120, size[0] - 80
    vmax = max(v for _, v in bars)
    dr.line((left, bottom, right, bottom), fill=(120, 120, 120), width=2)
    n = len(bars)
    slot = (right - left) / n
    for k, (lab, v) in enumerate(bars):
        h = (bottom - top - 40) * v / vmax
        x0 = left + slot * k + slot * 0.2
        x1 = left + slot * (k + 1) - slot * 0.2
        dr.rectangle((x0, bottom - h, x1, bottom), fill=PALETTE[0])
        dr.text(((x0 + x1) / 2, bottom - h - 22), str(v), font=pil_font(28), fill=(20, 20, 20), anchor="mm")
        dr.text(((x0 + x1) / 2, bottom + 34), lab, font=pil_font(24), fill=(40, 40, 40), anchor="mm")
    return img


def dashboard(title: str, tiles: list[tuple[str, str]], size=(1600, 900)) -> Image.Image:
    img = Image.new("RGB", size, (14, 30, 58))
    dr = ImageDraw.Draw(img)
    dr.text((size[0] / 2, 60), title, font=pil_font(44), fill=(230, 240, 255), anchor="mm")
    cols = 3
    w, h = (size[0] - 160) / cols, 300
    for k, (cap, val) in enumerate(tiles):
        r, c = divmod(k, cols)
        x0, y0 = 60 + c * (w + 20), 140 + r * (h + 30)
        dr.rectangle((x0, y0, x0 + w, y0 + h), fill=(24, 52, 96), outline=(70, 130, 200), width=2)
        dr.text((x0 + w / 2, y0 + 80), cap, font=pil_font(34), fill=(170, 200, 240), anchor="mm")
        dr.text((x0 + w / 2, y0 + 190), val, font=pil_font(64), fill=(255, 210, 80), anchor="mm")
    return img


def split(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split of total by weights (deterministic)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(math.floor(x)) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def rng(seed: int) -> random.Random:
    return random.Random(seed)
