"""Deterministic writers for h63: DOCX, XLSX (fixed core properties, re-zipped with fixed dates),
text PDFs (reportlab invariant=1), scans (our own reportlab layout rasterised with pypdfium2, a red seal
drawn with PIL, re-embedded as an image-only PDF with invariant=1) and PNG screenshots."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pypdfium2
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak

from eval_sets.generator import fonts

FIXED = dt.datetime(2024, 7, 15, 9, 30, 0)
ZIP_DATE = (2024, 7, 15, 9, 30, 0)


def normalize_zip(path: Path) -> None:
    """Re-zip an OOXML file with sorted entries and fixed dates (byte-identical rebuilds)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":  # openpyxl stamps the save time into dcterms:modified
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<2>", data)
        fixed.append((name, data))
    items = fixed
    order = {"[Content_Types].xml": 0}
    items.sort(key=lambda kv: (order.get(kv[0], 1), kv[0]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- DOCX

def new_docx(font: str = "宋体", size: float = 10.5) -> docx.document.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return d


def save_docx(d, path: Path, title: str, author: str) -> None:
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED
    cp.revision = 1
    cp.comments = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def docx_table(d, rows: list[list[str]], header: bool = True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = str(val)
            if header and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t


# ---------------------------------------------------------------- XLSX

def save_xlsx(wb: openpyxl.Workbook, path: Path, title: str, author: str) -> None:
    p = wb.properties
    p.title, p.creator, p.lastModifiedBy = title, author, author
    p.created = p.modified = FIXED
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def sheet_rows(ws, rows: list[list], widths: list[int] | None = None, bold_first: bool = True) -> None:
    for row in rows:
        ws.append(row)
    for cell in ws[1] if bold_first and ws.max_row else []:
        cell.font = Font(bold=True)
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w


# ---------------------------------------------------------------- PDF (text)

def styles(size: float = 10.5):
    font = fonts.register_pdf_font()
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.7, wordWrap="CJK",
                          firstLineIndent=size * 2)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    h1 = ParagraphStyle("h1", fontName=font, fontSize=size + 4, leading=(size + 4) * 1.6, spaceBefore=6,
                        spaceAfter=6, wordWrap="CJK")
    h2 = ParagraphStyle("h2", fontName=font, fontSize=size + 1.5, leading=(size + 1.5) * 1.6, spaceBefore=4,
                        spaceAfter=3, wordWrap="CJK")
    title = ParagraphStyle("title", parent=h1, fontSize=size + 8, leading=(size + 8) * 1.5, alignment=1)
    cell = ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.35, wordWrap="CJK")
    return {"body": body, "plain": plain, "h1": h1, "h2": h2, "title": title, "cell": cell}


def pdf_table(rows: list[list[str]], col_widths: list[float], size: float = 10.5) -> Table:
    st = styles(size)["cell"]
    data = [[Paragraph(str(c), st) for c in row] for row in rows]
    t = Table(data, colWidths=col_widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
    ]))
    return t


def build_pdf(path: Path, story: list, title: str, author: str, footer: str = "") -> None:
    """story items: ("title"|"h1"|"h2"|"body"|"plain", text) | ("table", rows, widths) | ("break",) | ("space", h)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    st = styles()
    flow = []
    for item in story:
        kind = item[0]
        if kind == "table":
            flow.append(pdf_table(item[1], item[2]))
            flow.append(Spacer(1, 4 * mm))
        elif kind == "break":
            flow.append(PageBreak())
        elif kind == "space":
            flow.append(Spacer(1, item[1] * mm))
        else:
            flow.append(Paragraph(item[1], st[kind]))
    font = fonts.register_pdf_font()

    def _foot(c, doc):
        c.saveState()
        c.setFont(font, 8)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"{footer}  第 {doc.page} 页".strip())
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author=author, creator="h63", producer="h63",
                            invariant=1)
    doc.build(flow, onFirstPage=_foot, onLaterPages=_foot)


# ---------------------------------------------------------------- scans and images

def seal(img: Image.Image, text: str, center: tuple[int, int], radius: int = 110) -> None:
    """A red round seal: double ring, star, company name along the top arc."""
    import math
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (214, 30, 40, 200)
    cx, cy = center
    d.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=red, width=7)
    r2 = radius * 0.25
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r2 if k % 2 == 0 else r2 * 0.42
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(int(radius * 0.24))
    n = len(text)
    span = math.radians(250)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = cx + radius * 0.74 * math.cos(ang)
        y = cy + radius * 0.74 * math.sin(ang)
        glyph = Image.new("RGBA", (int(radius * 0.3), int(radius * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((0, 0), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    img.alpha_composite(layer) if img.mode == "RGBA" else img.paste(layer, (0, 0), layer)


def rasterise(pdf: Path, scale: float = 1.6) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(str(pdf))
    pages = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return pages


def scanify(img: Image.Image, seed: int, angle: float = 0.4) -> Image.Image:
    rnd = random.Random(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 248, 240))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 400):
        x, y = rnd.randrange(w), rnd.randrange(h)
        g = rnd.randrange(150, 230)
        px[x, y] = (g, g, g)
    return img


def images_to_pdf(images: list[Image.Image], path: Path, title: str) -> None:
    """Image-only PDF (no text layer), reportlab invariant=1, JPEG-encoded pages."""
    from reportlab.lib.utils import ImageReader
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("scanner")
    c.setCreator("h63 scan")
    c.setProducer("h63 scan")
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=80, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def scan_pdf(src_pdf: Path, out: Path, seal_text: str, seal_pages: list[int], seed: int, title: str) -> None:
    pages = rasterise(src_pdf)
    out_pages = []
    for i, im in enumerate(pages):
        im = im.convert("RGBA")
        if i in seal_pages:
            w, h = im.size
            seal(im, seal_text, (int(w * 0.68), int(h * 0.78) if i == seal_pages[-1] else int(h * 0.2)))
        im = scanify(im.convert("RGB"), seed + i, angle=0.3 + 0.1 * (i % 3))
        if i not in seal_pages:
            im = im.convert("L").convert("RGB")
        out_pages.append(im)
    images_to_pdf(out_pages, out, title)


def save_png(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), "PNG", optimize=False)


def dashboard(title: str, tiles: list[tuple[str, str]], footer: str) -> Image.Image:
    """A screenshot of a platform dashboard: dark header, metric tiles (caption above, value below)."""
    w, h = 1600, 900
    im = Image.new("RGB", (w, h), (16, 28, 52))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 70], fill=(10, 60, 130))
    d.text((30, 16), title, font=fonts.pil_font(32), fill=(255, 255, 255))
    cols = 3
    tw, th = 480, 220
    for k, (cap, val) in enumerate(tiles):
        x = 40 + (k % cols) * (tw + 40)
        y = 110 + (k // cols) * (th + 40)
        d.rounded_rectangle([x, y, x + tw, y + th], radius=14, fill=(28, 48, 88), outline=(60, 140, 220), width=2)
        d.text((x + 24, y + 24), cap, font=fonts.pil_font(28), fill=(170, 200, 240))
        d.text((x + 24, y + 90), val, font=fonts.pil_font(64), fill=(255, 214, 80))
    d.text((40, h - 50), footer, font=fonts.pil_font(22), fill=(140, 160, 190))
    return im
