"""Deterministic writers for h42: DOCX, XLSX, text PDF, scans (image-only PDF), PNG screenshots, seals."""

from __future__ import annotations

import io
import math
import random
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator import fonts

rl_config.invariant = 1
FONT = fonts.register_pdf_font()
FIXED_DT = (2024, 7, 15, 9, 0, 0)
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
    '<cp:revision>1</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-10T08:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-15T09:00:00Z</dcterms:modified>'
    '</cp:coreProperties>')


def normalize_zip(path: Path, title: str = "", author: str = "申报单位") -> None:
    """Re-zip an OOXML file with fixed entry dates and fixed core properties."""
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                body = CORE_XML.format(title=title, author=author).encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, body)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- DOCX
def new_docx(font_name: str = "宋体", size: float = 10.5) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    return doc


def d_title(doc, text, size=16, center=True, bold=True):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def d_table(doc, rows, widths=None, merge_runs_cols=()):
    """rows: list of lists of str. merge_runs_cols: merge vertical runs of equal text in these columns."""
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    for col in merge_runs_cols:
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col] and rows[i][col]:
                j += 1
            if j > i:
                a = t.cell(i, col)
                for k in range(i + 1, j + 1):
                    t.cell(k, col).text = ""
                a.merge(t.cell(j, col))
                a.text = rows[i][col]
            i = j + 1
    return t


def save_docx(doc, path: Path, title=""):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path, title)


# ---------------------------------------------------------------- XLSX
def save_xlsx(wb: Workbook, path: Path, title=""):
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path, title)


def ws_rows(ws, rows, start=1, widths=None, bold_first=False):
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=start + i, column=j + 1, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="center")
            if bold_first and i == 0:
                c.font = Font(bold=True)
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w


# ---------------------------------------------------------------- text PDF
def styles(size=10):
    base = ParagraphStyle("b", fontName=FONT, fontSize=size, leading=size * 1.55, wordWrap="CJK")
    return {
        "p": base,
        "h1": ParagraphStyle("h1", parent=base, fontSize=size + 6, leading=(size + 6) * 1.6, alignment=1),
        "h2": ParagraphStyle("h2", parent=base, fontSize=size + 2, leading=(size + 2) * 1.6),
        "c": ParagraphStyle("c", parent=base, alignment=1),
        "small": ParagraphStyle("s", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.5),
    }


def pdf_table(rows, col_widths, size=9, header=True, zebra=False):
    st = styles(size)
    data = [[Paragraph(str(c), st["p"]) for c in r] for r in rows]
    t = Table(data, colWidths=col_widths, repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    t.setStyle(TableStyle(cmds))
    return t


def find_page(path: Path, text: str) -> int:
    """1-based page of the first occurrence of text (whitespace ignored)."""
    pdf = pdfium.PdfDocument(str(path))
    want = "".join(text.split())
    try:
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            if want in "".join(tp.get_text_range().split()):
                return i + 1
    finally:
        pdf.close()
    raise LookupError((path, text))


def build_pdf(path: Path, pages: list[list], title="", landscape_mode=False, footer=None, strict=True):
    """pages: list of flowable lists; each list starts a new page (it must fit on one page)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    size = landscape(A4) if landscape_mode else A4
    story = []
    for i, pg in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.extend(pg)

    def on_page(c, d):
        if footer:
            c.setFont(FONT, 8)
            c.drawCentredString(size[0] / 2, 12 * mm, footer.format(page=c.getPageNumber()))

    doc = SimpleDocTemplate(str(path), pagesize=size, title=title, author="", creator="", producer="",
                            subject="", invariant=1, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    n = len(pdfium.PdfDocument(str(path)))
    assert n == len(pages) or not strict, (path, n, len(pages))


# ---------------------------------------------------------------- seals, scans
def seal(text: str, size: int = 300, inner: str = "") -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (214, 30, 36, 215)
    w = max(6, size // 40)
    d.ellipse((w, w, size - w, size - w), outline=red, width=w)
    cx = cy = size / 2
    r = size / 2 - w * 3.5
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = size * 0.14 if k % 2 == 0 else size * 0.055
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    fsz = int(size * 0.11)
    font = fonts.pil_font(fsz)
    n = len(text)
    span = min(250.0, 18.0 * n)
    for i, ch in enumerate(text):
        a = -90 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (fsz * 2, fsz * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fsz / 2, fsz / 2), ch, font=font, fill=red)
        tile = tile.rotate(-(a + 90), resample=Image.BICUBIC)
        x = cx + (r - fsz * 0.45) * math.cos(math.radians(a)) - fsz
        y = cy + (r - fsz * 0.45) * math.sin(math.radians(a)) - fsz
        img.alpha_composite(tile, (int(x), int(y)))
    if inner:
        f2 = fonts.pil_font(int(size * 0.075))
        tw = d.textlength(inner, font=f2)
        d.text((cx - tw / 2, cy + size * 0.2), inner, font=f2, fill=red)
    return img


def rasterize(pdf_path: Path, scale: float = 1.4) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=scale).to_pil().convert("RGB"))
    pdf.close()
    return out


def scanify(img: Image.Image, seed: int, seal_img: Image.Image | None = None, seal_pos=(0.62, 0.72),
            angle: float = 0.4) -> Image.Image:
    rng = random.Random(seed)
    img = img.convert("RGB")
    if seal_img is not None:
        s = seal_img.resize((int(img.width * 0.26), int(img.width * 0.26)))
        base = img.convert("RGBA")
        base.alpha_composite(s, (int(img.width * seal_pos[0]), int(img.height * seal_pos[1])))
        img = base.convert("RGB")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 244))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    px = img.load()
    for _ in range(img.width * img.height // 250):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        v = rng.randrange(150, 235)
        px[x, y] = (v, v, v)
    tone = Image.new("RGB", img.size, (246, 244, 236))
    return Image.blend(img, tone, 0.06)


def images_to_pdf(images: list[Image.Image], path: Path, title=""):
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("Scanner")
    c.setProducer("Scanner")
    for img in images:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72, optimize=False)
        buf.seek(0)
        w, h = A4
        ratio = min(w / img.width, h / img.height)
        c.drawImage(ImageReader(buf), 0, 0, width=img.width * ratio, height=img.height * ratio)
        c.showPage()
    c.save()


def scan_pdf(src_pdf: Path, dst: Path, seed: int, seal_pages: dict[int, Image.Image], seal_pos=(0.60, 0.70)):
    """Rasterise our own PDF and write it as an image-only scan; seals on the given 0-based pages."""
    imgs = rasterize(src_pdf)
    out = []
    for i, im in enumerate(imgs):
        out.append(scanify(im, seed + i, seal_pages.get(i), seal_pos, angle=0.3 + 0.15 * (i % 3)))
    images_to_pdf(out, dst)


# ---------------------------------------------------------------- screenshots
def dashboard(path: Path | None, title: str, stamp: str, tiles: list[tuple[str, str]], seed: int,
              subtitle: str = "", size=(1440, 860)) -> Image.Image:
    """A back-office dashboard screenshot: a header, KPI tiles (caption, value), a fake chart, a stamp line."""
    rng = random.Random(seed)
    img = Image.new("RGB", size, (240, 243, 248))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, size[0], 64), fill=(22, 58, 110))
    d.text((28, 16), title, font=fonts.pil_font(28), fill=(255, 255, 255))
    if subtitle:
        d.text((size[0] - 28 - d.textlength(subtitle, font=fonts.pil_font(18)), 24), subtitle,
               font=fonts.pil_font(18), fill=(200, 215, 235))
    cols = 4
    tw, th = (size[0] - 40 * (cols + 1)) // cols, 150
    for i, (cap, val) in enumerate(tiles):
        x = 40 + (i % cols) * (tw + 40)
        y = 96 + (i // cols) * (th + 30)
        d.rounded_rectangle((x, y, x + tw, y + th), radius=10, fill=(255, 255, 255), outline=(210, 218, 230))
        d.text((x + 22, y + 20), cap, font=fonts.pil_font(22), fill=(90, 100, 120))
        d.text((x + 22, y + 62), val, font=fonts.pil_font(46), fill=(20, 40, 80))
    rows = (len(tiles) + cols - 1) // cols
    cy = 96 + rows * (th + 30) + 10
    d.rectangle((40, cy, size[0] - 40, size[1] - 70), fill=(255, 255, 255), outline=(210, 218, 230))
    pts = []
    for k in range(24):
        pts.append((70 + k * (size[0] - 140) / 23, size[1] - 100 - rng.uniform(20, max(40, size[1] - cy - 160))))
    d.line(pts, fill=(40, 120, 200), width=3)
    d.text((40, size[1] - 50), stamp, font=fonts.pil_font(20), fill=(60, 60, 60))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        img.save(str(path), "PNG", optimize=False)
    return img


__all__ = [n for n in dir() if not n.startswith("_")]
_ = (Spacer, Paragraph)
