"""Writers of set h69: DOCX, XLSX, text PDF, scanned (image-only) PDF, seals, screenshots.

Everything deterministic: fixed core properties and zip entry dates for DOCX/XLSX, reportlab with
invariant=1, scans drawn by us and rasterised with pypdfium2, noise from a seeded numpy generator.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from eval_sets.generator import fonts

FIXED_DT = datetime(2024, 7, 15, 9, 30, 0)
ZIP_DT = (2024, 7, 15, 9, 30, 0)
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
    '<cp:revision>1</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T09:30:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-15T09:30:00Z</dcterms:modified>'
    '</cp:coreProperties>')


def normalize_zip(data: bytes, title: str = "", author: str = "user") -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = CORE_XML.format(title=title, author=author).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


# ----------------------------------------------------------------------------------------- DOCX
def docx_bytes(blocks: list, title: str = "", font: str = "宋体", landscape: bool = False) -> bytes:
    """blocks: ("title", text) ("h1"/"h2", text) ("p", text) ("table", rows, opts) ("pagebreak",)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if landscape:
        sec = doc.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for block in blocks:
        kind = block[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(block[1])
            r.bold = True
            r.font.size = Pt(18)
        elif kind in ("h1", "h2"):
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.bold = True
            r.font.size = Pt(14 if kind == "h1" else 12)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "center":
            p = doc.add_paragraph(block[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "right":
            p = doc.add_paragraph(block[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "table":
            rows = block[1]
            opts = block[2] if len(block) > 2 else {}
            ncol = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=ncol)
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncol):
                    text = row[j] if j < len(row) else ""
                    table.cell(i, j).text = "" if text is None else str(text)
                    if i < opts.get("header_rows", 1):
                        for par in table.cell(i, j).paragraphs:
                            for run in par.runs:
                                run.bold = True
            for (c0, c1, col) in opts.get("vmerge", []):  # merge rows c0..c1 in column col
                top = table.cell(c0, col)
                text = top.text
                merged = top.merge(table.cell(c1, col))
                merged.text = text
            for (r, c0, c1) in opts.get("hmerge", []):
                left = table.cell(r, c0)
                text = left.text
                merged = left.merge(table.cell(r, c1))
                merged.text = text
            doc.add_paragraph("")
    doc.core_properties.title = title
    doc.core_properties.author = "user"
    doc.core_properties.created = FIXED_DT
    doc.core_properties.modified = FIXED_DT
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue(), title)


def docx_text(path: Path) -> str:
    from docx import Document
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------- XLSX
def xlsx_bytes(sheets: list[tuple[str, list[list], dict]], title: str = "") -> bytes:
    """sheets: (name, rows, opts) opts: widths{col:width}, merges[list of A1 ranges], bold_rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for name, rows, opts in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for col, width in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = width
        for row in ws.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                if opts.get("border", True) and cell.row > opts.get("border_from", 1) - 1 and cell.value is not None:
                    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for idx in opts.get("bold_rows", [1]):
            for cell in ws[idx]:
                cell.font = Font(bold=True)
        for rng in opts.get("merges", []):
            ws.merge_cells(rng)
    wb.properties.creator = "user"
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), title)


def xlsx_sheet_texts(path: Path) -> list[str]:
    from openpyxl import load_workbook
    wb = load_workbook(str(path), data_only=False)
    out = []
    for ws in wb.worksheets:
        parts = []
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    parts.append(str(v))
        out.append("\n".join(parts))
    return out


# ----------------------------------------------------------------------------------------- PDF
_FONT = None


def pdf_font() -> str:
    global _FONT
    if _FONT is None:
        _FONT = fonts.register_pdf_font()
    return _FONT


def pdf_bytes(blocks: list, title: str = "", landscape: bool = False, header: str = "", font: str | None = None,
              base_size: float = 10.5, stamps: dict | None = None) -> bytes:
    """Text PDF from blocks (same vocabulary as docx_bytes) with reportlab platypus, invariant."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape as land
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fname = font or pdf_font()
    if fname == "STSong-Light":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName=fname, fontSize=base_size, leading=base_size * 1.6, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=fname, fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.4,
                          wordWrap="CJK")
    h1 = ParagraphStyle("h1", parent=body, fontSize=base_size + 3, leading=(base_size + 3) * 1.6, spaceBefore=6)
    h2 = ParagraphStyle("h2", parent=body, fontSize=base_size + 1.5, leading=(base_size + 1.5) * 1.6)
    tt = ParagraphStyle("t", parent=body, fontSize=base_size + 7, leading=(base_size + 7) * 1.6, alignment=1)
    center = ParagraphStyle("ce", parent=body, alignment=1)
    right = ParagraphStyle("ri", parent=body, alignment=2)
    size = land(A4) if landscape else A4
    story = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            story += [Spacer(1, 8 * mm), Paragraph(block[1], tt), Spacer(1, 4 * mm)]
        elif kind == "h1":
            story.append(Paragraph(block[1], h1))
        elif kind == "h2":
            story.append(Paragraph(block[1], h2))
        elif kind == "p":
            story.append(Paragraph(block[1], body))
        elif kind == "center":
            story.append(Paragraph(block[1], center))
        elif kind == "right":
            story.append(Paragraph(block[1], right))
        elif kind == "space":
            story.append(Spacer(1, block[1] * mm))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows = block[1]
            opts = block[2] if len(block) > 2 else {}
            ncol = max(len(r) for r in rows)
            data = [[Paragraph("" if (j >= len(r) or r[j] is None) else str(r[j]), cell) for j in range(ncol)]
                    for r in rows]
            width = size[0] - 30 * mm
            cw = opts.get("col_widths")
            if cw:
                total = sum(cw)
                cw = [width * c / total for c in cw]
            t = Table(data, colWidths=cw, repeatRows=opts.get("repeat", 0))
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for i in range(opts.get("header_rows", 1)):
                style.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.9, 0.9, 0.9)))
            for (c0, c1, col) in opts.get("vmerge", []):
                style.append(("SPAN", (col, c0), (col, c1)))
            for (r, c0, c1) in opts.get("hmerge", []):
                style.append(("SPAN", (c0, r), (c1, r)))
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 3 * mm)]

    def on_page(canvas, doc):
        from reportlab.lib.utils import ImageReader
        for (img, fx, fy, smm) in (stamps or {}).get(doc.page - 1, []):
            canvas.drawImage(ImageReader(img), size[0] * fx - smm * mm / 2, size[1] * fy - smm * mm / 2,
                             width=smm * mm, height=smm * mm, mask="auto")
        if header:
            canvas.setFont(fname, 8)
            canvas.drawString(15 * mm, size[1] - 10 * mm, header)
        canvas.setFont(fname, 8)
        canvas.drawCentredString(size[0] / 2, 8 * mm, f"- {doc.page} -")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=title, author="user", creator="user", producer="user",
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def pdf_page_texts(path_or_bytes) -> list[str]:
    import pypdfium2 as pdfium
    data = path_or_bytes.read_bytes() if isinstance(path_or_bytes, Path) else path_or_bytes
    pdf = pdfium.PdfDocument(data)
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


def rasterize(pdf: bytes, dpi: int = 110) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    pages = []
    for i in range(len(doc)):
        bitmap = doc[i].render(scale=dpi / 72)
        pages.append(bitmap.to_pil().convert("RGB"))
    doc.close()
    return pages


# ----------------------------------------------------------------------------------------- seals / scans
def seal(text: str, size: int = 230, bottom: str = "", color=(206, 30, 36)) -> Image.Image:
    """Round red company seal: arc text, star, optional bottom line. RGBA."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    w = max(4, size // 40)
    d.ellipse((w, w, size - w, size - w), outline=color + (235,), width=w)
    # star
    r1, r2 = size * 0.16, size * 0.065
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((c + r * math.cos(ang), c + r * math.sin(ang)))
    d.polygon(pts, fill=color + (235,))
    n = len(text)
    fsize = int(size * 0.13) if n <= 14 else int(size * 0.105)
    font = fonts.pil_font(fsize)
    span = min(250.0, 16.0 * n + 40)
    start = -90 - span / 2
    for k, ch in enumerate(text):
        ang = start + span * (k + 0.5) / n
        glyph = Image.new("RGBA", (fsize + 6, fsize + 6), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((3, 1), ch, font=font, fill=color + (235,))
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        rad = math.radians(ang)
        rr = c - w - fsize * 0.85
        x = c + rr * math.cos(rad) - glyph.width / 2
        y = c + rr * math.sin(rad) - glyph.height / 2
        img.alpha_composite(glyph, (int(x), int(y)))
    if bottom:
        bf = fonts.pil_font(int(size * 0.08))
        tw = d.textlength(bottom, font=bf)
        d.text((c - tw / 2, c + size * 0.2), bottom, font=bf, fill=color + (235,))
    return img


def scan_pages(pdf: bytes, seed: int, seals: dict[int, list[tuple[Image.Image, float, float]]] | None = None,
               dpi: int = 110, colour_pages: set[int] | None = None) -> list[Image.Image]:
    """Rasterise our own PDF, add paper tone, small skew, blur and noise; paste seals (page -> [(seal, x, y)])."""
    rng = np.random.default_rng(seed)
    pages = rasterize(pdf, dpi)
    out = []
    seals = seals or {}
    for i, page in enumerate(pages):
        for (s, fx, fy) in seals.get(i, []):
            page = page.convert("RGBA")
            sx = int(page.width * fx - s.width / 2)
            sy = int(page.height * fy - s.height / 2)
            layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
            layer.alpha_composite(s, (max(0, sx), max(0, sy)))
            # multiply-like: seal over text
            page = Image.alpha_composite(page, layer).convert("RGB")
        angle = float(rng.uniform(-0.6, 0.6))
        page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
        page = page.filter(ImageFilter.GaussianBlur(0.45))
        arr = np.asarray(page).astype(np.int16)
        tone = np.array([-4, -6, -14], dtype=np.int16)
        noise = rng.normal(0, 6, size=arr.shape[:2]).astype(np.int16)[:, :, None]
        arr = np.clip(arr + tone + noise, 0, 255).astype(np.uint8)
        page = Image.fromarray(arr, "RGB")
        if colour_pages is not None and i not in colour_pages and not seals.get(i):
            page = page.convert("L")
        out.append(page)
    return out


def images_pdf(images: list[Image.Image], title: str = "", quality: int = 72) -> bytes:
    """Image-only PDF (no text layer), JPEG pages, reportlab invariant."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("scanner")
    c.setCreator("scanner")
    c.setProducer("scanner")
    for img in images:
        w, h = img.size
        pw, ph = (A4[0], A4[0] * h / w) if w <= h else (A4[1], A4[1] * h / w)
        c.setPageSize((pw, ph))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality, optimize=False)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    return buf.getvalue()


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------- screenshots
def dashboard(title: str, brand: str, tiles: list[tuple[str, str]], footer: str = "", seed: int = 0,
              width: int = 1440, height: int = 860, accent=(22, 93, 170)) -> Image.Image:
    """A browser-like platform dashboard with number tiles (caption above value)."""
    rng = np.random.default_rng(seed)
    img = Image.new("RGB", (width, height), (239, 242, 247))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width, 38), fill=(222, 225, 230))
    d.rounded_rectangle((120, 7, width - 200, 31), radius=10, fill=(255, 255, 255))
    d.text((135, 10), "https://" + brand.split("|")[-1].strip(), font=fonts.pil_font(15), fill=(90, 90, 90))
    d.rectangle((0, 38, width, 100), fill=accent)
    d.text((28, 52), brand.split("|")[0].strip(), font=fonts.pil_font(28), fill=(255, 255, 255))
    d.text((28, 118), title, font=fonts.pil_font(26), fill=(30, 30, 30))
    cols = 4
    tw, th = (width - 80 - (cols - 1) * 24) // cols, 150
    for k, (cap, val) in enumerate(tiles):
        r, cidx = divmod(k, cols)
        x0, y0 = 40 + cidx * (tw + 24), 170 + r * (th + 26)
        d.rounded_rectangle((x0, y0, x0 + tw, y0 + th), radius=10, fill=(255, 255, 255), outline=(210, 214, 222))
        d.text((x0 + 22, y0 + 20), cap, font=fonts.pil_font(21), fill=(96, 100, 110))
        d.text((x0 + 22, y0 + 62), val, font=fonts.pil_font(46), fill=accent)
    # a little chart
    y_base = height - 90
    rows = (len(tiles) + cols - 1) // cols
    top = 170 + rows * (th + 26) + 10
    if y_base - top > 80:
        d.rectangle((40, top, width - 40, y_base), fill=(255, 255, 255), outline=(210, 214, 222))
        n = 24
        vals = rng.uniform(0.3, 0.95, n)
        bw = (width - 120) / n
        for k, v in enumerate(vals):
            bx = 60 + k * bw
            d.rectangle((bx, y_base - 10 - v * (y_base - top - 30), bx + bw * 0.6, y_base - 10), fill=accent + ())
    if footer:
        d.text((40, height - 60), footer, font=fonts.pil_font(17), fill=(110, 110, 110))
    return img
