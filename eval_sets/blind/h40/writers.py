"""Document writers for the h40 blind set: DOCX, XLSX, text PDF (reportlab), scans and PNG dashboards.

Everything deterministic: fixed core properties, fixed zip entry dates, reportlab invariant=1, images
without timestamps.
"""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator import fonts

_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T09:00:00Z</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-18T16:30:00Z</dcterms:modified>'
         '</cp:coreProperties>')

_FONT_REGISTERED = False
PDF_FONT = "H40WQY"


def _pdf_font() -> str:
    global _FONT_REGISTERED
    if not _FONT_REGISTERED:
        path = fonts.find_font(fonts.DRAWING_FONT)
        if path is None:
            raise SystemExit(fonts.missing_reason(fonts.DRAWING_FONT))
        pdfmetrics.registerFont(TTFont(PDF_FONT, str(path), subfontIndex=0))
        _FONT_REGISTERED = True
    return PDF_FONT


def pil_font(size: int, layout: bool = False) -> ImageFont.FreeTypeFont:
    spec = fonts.LAYOUT_FONT if layout else fonts.DRAWING_FONT
    path = fonts.find_font(spec) or fonts.find_font(fonts.DRAWING_FONT)
    return ImageFont.truetype(str(path), size)


def normalize_zip(data: bytes, title: str, author: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            payload = src.read(name)
            if name == "docProps/core.xml":
                payload = _CORE.format(title=title, author=author).encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 18, 16, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, payload)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX
class Docx:
    """Tiny block model: ('h', level, text) | ('p', text) | ('table', rows, widths?) | ('pb',)."""

    def __init__(self, font: str = "宋体", size: float = 10.5):
        self.doc = Document()
        style = self.doc.styles["Normal"]
        style.font.name = font
        style.font.size = Pt(size)
        style.element.rPr.rFonts.set(qn("w:eastAsia"), font)

    def h(self, text: str, level: int = 1):
        self.doc.add_heading(text, level=level)

    def p(self, text: str, bold: bool = False):
        para = self.doc.add_paragraph()
        run = para.add_run(text)
        run.bold = bold

    def table(self, rows: list[list[str]], header: bool = True):
        t = self.doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.text = str(cell)
                if header and i == 0:
                    for run in c.paragraphs[0].runs:
                        run.bold = True
        return t

    def pb(self):
        self.doc.add_page_break()

    def save(self, path: Path, title: str, author: str):
        buf = io.BytesIO()
        self.doc.save(buf)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(normalize_zip(buf.getvalue(), title, author))


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------- XLSX
def save_xlsx(path: Path, sheets: list[tuple[str, list[list]]], title: str, author: str, widths=None):
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), title, author))


# ---------------------------------------------------------------- text PDF
def _styles():
    f = _pdf_font()
    return {
        "title": ParagraphStyle("t", fontName=f, fontSize=15, leading=22, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=f, fontSize=12, leading=18, spaceBefore=6, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=f, fontSize=10, leading=16, firstLineIndent=20),
        "small": ParagraphStyle("s", fontName=f, fontSize=8.5, leading=12),
        "cell": ParagraphStyle("c", fontName=f, fontSize=9, leading=12),
    }


def save_pdf(path: Path, pages: list[list[tuple]], title: str, author: str, header: str = ""):
    """pages: list of block lists; blocks ('title'|'h'|'p'|'small', text) or ('table', rows, col_widths)."""
    st = _styles()
    story = []
    for i, blocks in enumerate(pages):
        if i:
            story.append(PageBreak())
        for b in blocks:
            if b[0] == "table":
                rows = [[Paragraph(str(c), st["cell"]) for c in r] for r in b[1]]
                t = Table(rows, colWidths=b[2] if len(b) > 2 else None, repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]))
                story.append(t)
                story.append(Spacer(1, 6))
            elif b[0] == "space":
                story.append(Spacer(1, b[1]))
            else:
                story.append(Paragraph(b[1], st[b[0]]))

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(_pdf_font(), 8)
        if header:
            canvas.drawString(56, A4[1] - 36, header)
        canvas.drawCentredString(A4[0] / 2, 28, f"第 {doc.page} 页")
        canvas.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author=author, creator="h40", invariant=1,
                            leftMargin=56, rightMargin=56, topMargin=56, bottomMargin=48)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    path.write_bytes(buf.getvalue())


def pdf_page_texts(path: Path) -> list[str]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
    return out


# ---------------------------------------------------------------- scans and images
W, H = 1240, 1754  # A4 at 150 dpi


def seal(img: Image.Image, cx: int, cy: int, text: str, r: int = 150):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (208, 32, 38, 200)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=8)
    star = pil_font(64)
    d.text((cx, cy), "★", font=star, fill=red, anchor="mm")
    f = pil_font(30)
    n = len(text)
    import math
    for i, ch in enumerate(text):
        ang = math.radians(200 + 140 * i / max(1, n - 1))
        x = cx + (r - 38) * math.cos(ang)
        y = cy + (r - 38) * math.sin(ang)
        d.text((x, y), ch, font=f, fill=red, anchor="mm")
    d.text((cx, cy + r * 0.55), "专用章" if "审计" in text else "", font=pil_font(22), fill=red, anchor="mm")
    img.paste(layer, (0, 0), layer)


def text_page(lines: list[tuple], seed: int, stamp: str | None = None, stamp_at=(900, 1450)) -> Image.Image:
    """lines: (text, size, x) tuples drawn top-down; returns a scan-like RGB page."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (W, H), (250, 249, 244))
    d = ImageDraw.Draw(img)
    y = 120
    for item in lines:
        text, size = item[0], item[1]
        x = item[2] if len(item) > 2 else 110
        if text == "":
            y += size
            continue
        f = pil_font(size, layout=True)
        d.text((x, y), text, font=f, fill=(25, 25, 25))
        y += int(size * 1.7)
    if stamp:
        seal(img, stamp_at[0], stamp_at[1], stamp)
    img = img.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 249, 244))
    # light noise
    px = img.load()
    for _ in range(2500):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        g = rnd.randrange(150, 230)
        px[x, yy] = (g, g, g)
    return img


def table_lines(rows: list[list[str]], widths: list[int], size: int = 22) -> list[tuple]:
    """Render a simple table as aligned text lines (for scans)."""
    out = []
    for r in rows:
        x = 110
        # one line per row: each cell at its column position
        out.append(("\t".join(str(c) for c in r), size, x, widths))
    return out


def table_page(title_lines: list[tuple], rows: list[list[str]], col_x: list[int], seed: int,
               stamp: str | None = None, tail: list[tuple] = (), size: int = 22, stamp_at=(900, 1450)) -> Image.Image:
    rnd = random.Random(seed)
    img = Image.new("RGB", (W, H), (250, 249, 244))
    d = ImageDraw.Draw(img)
    y = 120
    for text, fs in title_lines:
        d.text((W // 2, y), text, font=pil_font(fs, layout=True), fill=(20, 20, 20), anchor="ma")
        y += int(fs * 1.8)
    f = pil_font(size, layout=True)
    top = y
    for r in rows:
        for j, c in enumerate(r):
            d.text((col_x[j] + 8, y + 8), str(c), font=f, fill=(25, 25, 25))
        y += int(size * 1.9)
        d.line([(col_x[0], y), (W - 100, y)], fill=(60, 60, 60), width=2)
    for x in col_x + [W - 100]:
        d.line([(x, top), (x, y)], fill=(60, 60, 60), width=2)
    d.line([(col_x[0], top), (W - 100, top)], fill=(60, 60, 60), width=2)
    y += 30
    for text, fs in tail:
        d.text((110, y), text, font=pil_font(fs, layout=True), fill=(25, 25, 25))
        y += int(fs * 1.8)
    if stamp:
        seal(img, stamp_at[0], stamp_at[1], stamp)
    img = img.rotate(rnd.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=(250, 249, 244))
    return img


def save_image_pdf(path: Path, images: list[Image.Image]):
    path.parent.mkdir(parents=True, exist_ok=True)
    conv = []
    for im in images:
        conv.append(im.convert("RGB"))
    buf = io.BytesIO()
    conv[0].save(buf, format="PDF", save_all=True, append_images=conv[1:], resolution=150.0,
                 title="scan", author="scanner", producer="scanner", creator="scanner",
                 creationDate=None, modDate=None)
    path.write_bytes(buf.getvalue())


def dashboard_png(path: Path, title: str, stamp_line: str, cards: list[tuple[str, str]], seed: int,
                  footer: str = ""):
    rnd = random.Random(seed)
    img = Image.new("RGB", (1600, 900), (12, 30, 58))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 1600, 80], fill=(18, 52, 96))
    d.text((40, 22), title, font=pil_font(34), fill=(235, 242, 255))
    d.text((1560, 30), stamp_line, font=pil_font(22), fill=(170, 200, 240), anchor="ra")
    cols = 4
    for i, (cap, val) in enumerate(cards):
        x = 40 + (i % cols) * 385
        y = 120 + (i // cols) * 230
        d.rounded_rectangle([x, y, x + 360, y + 200], radius=14, fill=(24, 64, 112), outline=(70, 140, 220), width=2)
        d.text((x + 24, y + 22), cap, font=pil_font(26), fill=(180, 210, 245))
        d.text((x + 24, y + 80), val, font=pil_font(58), fill=(255, 214, 90))
    # fake sparkline
    pts = [(60 + k * 25, 820 - rnd.randint(0, 90)) for k in range(60)]
    d.line(pts, fill=(90, 200, 160), width=3)
    if footer:
        d.text((40, 860), footer, font=pil_font(20), fill=(150, 170, 200))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=False)
