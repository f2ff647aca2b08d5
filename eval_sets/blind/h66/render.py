"""Deterministic writers for the h66 set: DOCX, XLSX, text PDF, stamped scans, PNG dashboards."""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak  # noqa: E402

from eval_sets.generator.fonts import pil_font, register_pdf_font  # noqa: E402

FONT = register_pdf_font()
FIXED_DATE = (2024, 7, 18, 9, 30, 0)
CORE_DATE = "2024-07-18T09:30:00Z"


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path, title: str) -> None:
    """Rewrite an OOXML file with fixed entry dates and fixed core properties."""
    src = zipfile.ZipFile(path)
    entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    src.close()
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{title}</dc:title><dc:creator>申报单位</dc:creator><cp:lastModifiedBy>申报单位</cp:lastModifiedBy>'
        '<cp:revision>1</cp:revision>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{CORE_DATE}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{CORE_DATE}</dcterms:modified>'
        '</cp:coreProperties>'
    ).encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = core
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- DOCX
def _set_font(run, name: str, size: float | None = None, bold: bool = False) -> None:
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


class Docx:
    """A small document model: headings, paragraphs, tables."""

    def __init__(self, font: str = "宋体") -> None:
        self.doc = Document()
        self.font = font
        style = self.doc.styles["Normal"]
        style.font.name = font
        style.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        style.font.size = Pt(11)

    def p(self, text: str, size: float | None = None, bold: bool = False, center: bool = False) -> None:
        par = self.doc.add_paragraph()
        run = par.add_run(text)
        _set_font(run, self.font, size, bold)
        if center:
            par.alignment = 1

    def h(self, text: str, size: float = 14) -> None:
        self.p(text, size=size, bold=True)

    def table(self, rows: list[list[str]], header: bool = True) -> None:
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j in range(ncol):
                text = row[j] if j < len(row) else ""
                cells[j].text = ""
                run = cells[j].paragraphs[0].add_run(text)
                _set_font(run, self.font, 10, bold=header and i == 0)

    def page_break(self) -> None:
        self.doc.add_page_break()

    def save(self, path: Path, title: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.save(str(path))
        normalize_zip(path, title)


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------- XLSX
def save_xlsx(sheets: list[tuple[str, list[list]]], path: Path, title: str, widths: dict | None = None) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for col, w in (widths or {}).items():
            ws.column_dimensions[col].width = w
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path, title)


# ---------------------------------------------------------------- text PDF
def styles(size: float = 10):
    body = ParagraphStyle("b", fontName=FONT, fontSize=size, leading=size * 1.45, wordWrap="CJK")
    title = ParagraphStyle("t", fontName=FONT, fontSize=16, leading=24, alignment=1, wordWrap="CJK")
    head = ParagraphStyle("h", fontName=FONT, fontSize=12, leading=18, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=FONT, fontSize=8.5, leading=11.5, wordWrap="CJK")
    return body, title, head, cell


def pdf(path: Path, blocks: list, title: str) -> None:
    """blocks: ('title', s) ('h', s) ('p', s) ('table', rows, colwidths_mm) ('space', mm) ('break',)"""
    body, tstyle, head, cell = styles()
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story += [Paragraph(b[1], tstyle), Spacer(1, 6 * mm)]
        elif kind == "h":
            story += [Paragraph(b[1], head), Spacer(1, 2 * mm)]
        elif kind == "p":
            story += [Paragraph(b[1], body), Spacer(1, 2 * mm)]
        elif kind == "space":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(str(c), cell) for c in r] for r in b[1]]
            t = Table(rows, colWidths=[w * mm for w in b[2]], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            story += [t, Spacer(1, 3 * mm)]
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title, author="", subject="",
                            creator="", producer="", invariant=1)
    doc.build(story)


def pdf_page_texts(path: Path) -> list[str]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    doc.close()
    return out


# ---------------------------------------------------------------- seals and scans
def seal(size: int, text: str) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 30, 35, 215)
    d.ellipse((4, 4, size - 4, size - 4), outline=red, width=max(4, size // 40))
    # star
    import math
    cx = cy = size / 2
    r1, r2 = size * 0.14, size * 0.055
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    # text around the top arc
    font = pil_font(int(size * 0.085))
    n = len(text)
    span = math.radians(240)
    for k, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        x = cx + size * 0.36 * math.cos(ang)
        y = cy + size * 0.36 * math.sin(ang)
        glyph = Image.new("RGBA", (int(size * 0.12), int(size * 0.12)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    return img


def rasterize(pdf_path: Path, dpi: int = 110) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf_path))
    pages = []
    for i in range(len(doc)):
        page = doc[i]
        pages.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
        page.close()
    doc.close()
    return pages


def scanify(img: Image.Image, seed: int, seal_text: str | None, seal_pos=(0.62, 0.78)) -> Image.Image:
    import random
    rng = random.Random(seed)
    img = img.convert("RGB")
    # paper tone
    tone = Image.new("RGB", img.size, (246, 243, 236))
    img = Image.composite(img, tone, img.convert("L").point(lambda v: 255 if v < 250 else 0))
    if seal_text:
        s = seal(int(img.width * 0.22), seal_text)
        img = img.convert("RGBA")
        img.alpha_composite(s, (int(img.width * seal_pos[0]), int(img.height * seal_pos[1])))
        img = img.convert("RGB")
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(246, 243, 236))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return img


def images_pdf(images: list[Image.Image], path: Path) -> None:
    """An image-only PDF (no text layer), reportlab invariant."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    w, h = A4
    for img in images:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


def scan_pdf(text_pdf: Path, out: Path, seed: int, seal_text: str, seal_pages: set[int]) -> None:
    pages = rasterize(text_pdf)
    imgs = [scanify(p, seed + i, seal_text if i in seal_pages else None) for i, p in enumerate(pages)]
    images_pdf(imgs, out)


# ---------------------------------------------------------------- dashboard PNG
def dashboard(path: Path, title: str, tiles: list[tuple[str, str]], footer: str) -> None:
    W, H = 1600, 900
    img = Image.new("RGB", (W, H), (16, 34, 62))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 90), fill=(10, 24, 46))
    d.text((40, 45), title, font=pil_font(40), fill=(235, 240, 250), anchor="lm")
    cols = 3
    tw, th = 480, 300
    for k, (cap, val) in enumerate(tiles):
        x = 50 + (k % cols) * (tw + 40)
        y = 130 + (k // cols) * (th + 40)
        d.rounded_rectangle((x, y, x + tw, y + th), radius=16, fill=(28, 56, 98), outline=(70, 140, 220), width=3)
        d.text((x + 30, y + 60), cap, font=pil_font(34), fill=(170, 200, 235), anchor="lm")
        d.text((x + 30, y + 180), val, font=pil_font(78), fill=(255, 214, 92), anchor="lm")
    d.text((40, H - 30), footer, font=pil_font(24), fill=(150, 170, 200), anchor="lm")
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), format="PNG", optimize=False)


def strip_ws(s: str) -> str:
    return re.sub(r"\s+", "", s)
