"""Writers for h68: a tiny document model (blocks) rendered to DOCX / text PDF / stamped scan, XLSX
workbooks, dashboard PNGs, and byte-stable re-zipping of Office files."""

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
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator import fonts

rl_config.invariant = 1
FIXED_DATE = (2024, 7, 18, 10, 0, 0)
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
    '<cp:revision>3</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-18T10:00:00Z</dcterms:modified>'
    '</cp:coreProperties>'
)


def normalize_zip(path: Path, title: str, author: str) -> None:
    """Re-zip an Office file with fixed entry dates, sorted-as-written order and fixed core properties."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = CORE_XML.format(title=title, author=author).encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- blocks
# ("title", text) ("h1", text) ("h2", text) ("p", text) ("small", text) ("break",)
# ("table", rows, {"header": 1, "widths": [...mm], "merges": [(r0, c0, r1, c1)], "font": 9})

def write_docx(blocks: list, path: Path, title: str, author: str, font_name: str = "宋体") -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    style = doc.styles["Normal"]
    style.font.name = font_name
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    for block in blocks:
        kind = block[0]
        if kind == "title":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(block[1])
            run.bold = True
            run.font.size = Pt(18)
        elif kind in ("h1", "h2"):
            para = doc.add_paragraph()
            run = para.add_run(block[1])
            run.bold = True
            run.font.size = Pt(14 if kind == "h1" else 12)
        elif kind in ("p", "small"):
            para = doc.add_paragraph(block[1])
            if kind == "small":
                para.runs[0].font.size = Pt(9)
        elif kind == "break":
            doc.add_page_break()
        elif kind == "image":
            buf = io.BytesIO()
            block[1].save(buf, "PNG", optimize=False)
            buf.seek(0)
            doc.add_picture(buf, width=Cm(block[2]))
        elif kind == "table":
            rows, opts = block[1], block[2] if len(block) > 2 else {}
            ncols = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=ncols)
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncols):
                    text = str(row[j]) if j < len(row) and row[j] is not None else ""
                    cell = table.cell(i, j)
                    cell.text = text
                    for para in cell.paragraphs:
                        for run in para.runs:
                            run.font.size = Pt(opts.get("font", 9))
                            if i < opts.get("header", 0):
                                run.bold = True
            for r0, c0, r1, c1 in opts.get("merges", []):
                keep = table.cell(r0, c0).text
                merged = table.cell(r0, c0).merge(table.cell(r1, c1))
                merged.text = keep
                for para in merged.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(opts.get("font", 9))
            if opts.get("widths"):
                for j, w in enumerate(opts["widths"]):
                    for cell in table.columns[j].cells:
                        cell.width = Cm(w / 10)
            doc.add_paragraph()
    doc.core_properties.title = title
    doc.save(path)
    normalize_zip(path, title, author)


def _styles(size: float = 10.5):
    font = fonts.register_pdf_font()
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.55, wordWrap="CJK")
    return {
        "title": ParagraphStyle("t", parent=base, fontSize=18, leading=28, alignment=1, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontSize=13.5, leading=22, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=19, spaceBefore=5, spaceAfter=3),
        "p": ParagraphStyle("p", parent=base, firstLineIndent=size * 2, spaceAfter=3),
        "small": ParagraphStyle("s", parent=base, fontSize=8.5, leading=13),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.6, leading=12),
    }


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def blocks_to_flow(blocks: list, size: float = 10.5, usable_mm: float = 170):
    st = _styles(size)
    flow = []
    for block in blocks:
        kind = block[0]
        if kind == "break":
            flow.append(PageBreak())
        elif kind == "image":
            from reportlab.platypus import Image as RLImage
            buf = io.BytesIO()
            block[1].save(buf, "PNG", optimize=False)
            buf.seek(0)
            w = block[2] * 10 * mm
            flow.append(RLImage(buf, width=w, height=w * block[1].height / block[1].width))
        elif kind == "table":
            rows, opts = block[1], block[2] if len(block) > 2 else {}
            ncols = max(len(r) for r in rows)
            if len(rows) > 40 and opts.get("merges"):  # long tables: show merged text once, no spans
                rows = [list(r) for r in rows]
                for r0, c0, r1, c1 in opts["merges"]:
                    for rr in range(r0, r1 + 1):
                        for cc in range(c0, c1 + 1):
                            if (rr, cc) != (r0, c0):
                                rows[rr][cc] = ""
                opts = {k: v for k, v in opts.items() if k != "merges"}
            cs = ParagraphStyle("cx", parent=st["cell"], fontSize=opts.get("font", 8.6), leading=opts.get("font", 8.6) * 1.4)
            data = [[Paragraph(_esc(r[j]) if j < len(r) and r[j] is not None else "", cs) for j in range(ncols)]
                    for r in rows]
            widths = opts.get("widths") or [usable_mm / ncols] * ncols
            if sum(widths) > usable_mm - 5:
                k = (usable_mm - 5) / sum(widths)
                widths = [w * k for w in widths]
            table = Table(data, colWidths=[w * mm for w in widths], repeatRows=opts.get("header", 0))
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if opts.get("header"):
                style.append(("BACKGROUND", (0, 0), (-1, opts["header"] - 1), colors.Color(0.9, 0.9, 0.9)))
            for r0, c0, r1, c1 in opts.get("merges", []):
                style.append(("SPAN", (c0, r0), (c1, r1)))
            table.setStyle(TableStyle(style))
            flow.append(table)
            flow.append(Spacer(1, 4 * mm))
        else:
            flow.append(Paragraph(_esc(block[1]), st[kind]))
    return flow


def write_pdf(blocks: list, path, title: str, author: str, size: float = 10.5, header: str = "",
              land: bool = False) -> None:
    pagesize = landscape(A4) if land else A4
    font = fonts.register_pdf_font()

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        if header:
            canv.drawString(20 * mm, pagesize[1] - 12 * mm, header)
        canv.drawCentredString(pagesize[0] / 2, 10 * mm, f"第 {doc.page} 页")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path) if not isinstance(path, io.BytesIO) else path, pagesize=pagesize,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title=title, author=author, creator=author, producer="h68", invariant=1)
    usable = (pagesize[0] / mm) - 40
    doc.build(blocks_to_flow(blocks, size, usable), onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- seals and scans

def seal(text: str, size: int = 260, label: str = "") -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    red = (205, 30, 35, 215)
    c = size / 2
    draw.ellipse((6, 6, size - 6, size - 6), outline=red, width=7)
    # star
    pts = []
    for k in range(10):
        r = size * (0.14 if k % 2 == 0 else 0.056)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    draw.polygon(pts, fill=red)
    font = fonts.pil_font(int(size * 0.105))
    n = len(text)
    span = min(250, 22 * n)
    for k, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (k + 0.5) / n)
        r = size * 0.37
        x, y = c + r * math.cos(ang), c + r * math.sin(ang)
        glyph = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    if label:
        f2 = fonts.pil_font(int(size * 0.075))
        draw.text((c, c + size * 0.25), label, font=f2, fill=red, anchor="mm")
    return img


def rasterize(pdf_bytes: bytes, dpi: int = 110) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(pdf)):
        pages.append(pdf[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    pdf.close()
    return pages


def scanify(page: Image.Image, rng: random.Random, seal_img: Image.Image | None = None,
            seal_pos: tuple[float, float] = (0.62, 0.78), colour: bool = True) -> Image.Image:
    img = page.convert("RGB")
    if seal_img is not None:
        sx, sy = int(img.width * seal_pos[0]), int(img.height * seal_pos[1])
        rgba = img.convert("RGBA")
        rgba.alpha_composite(seal_img.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC), (sx, sy))
        img = rgba.convert("RGB")
    angle = rng.uniform(-0.6, 0.6)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 248, 242))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    # paper tone + speckles
    tone = Image.new("RGB", img.size, (246, 243, 235))
    img = Image.blend(img, tone, 0.08)
    draw = ImageDraw.Draw(img)
    for _ in range(220):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        g = rng.randrange(120, 200)
        draw.point((x, y), fill=(g, g, g))
    if not colour:
        img = img.convert("L").convert("RGB")
    return img


def images_to_pdf(images: list[Image.Image], path: Path, title: str, quality: int = 72) -> None:
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("scanner")
    c.setCreator("Office Scanner")
    c.setProducer("Office Scanner")
    for img in images:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, optimize=False)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        w, h = A4
        if img.width > img.height:
            w, h = h, w
            c.setPageSize((w, h))
        else:
            c.setPageSize(A4)
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


def scan_blocks(blocks: list, path: Path, title: str, seal_text: str, seed: int, seal_pages: str = "first_last",
                size: float = 10.5) -> int:
    buf = io.BytesIO()
    write_pdf(blocks, buf, title, "scan", size=size)
    pages = rasterize(buf.getvalue())
    rng = random.Random(seed)
    st = seal(seal_text)
    out = []
    for i, page in enumerate(pages):
        stamped = seal_pages == "all" or (seal_pages == "first_last" and i in (0, len(pages) - 1)) or \
            (seal_pages == "last" and i == len(pages) - 1)
        out.append(scanify(page, rng, st if stamped else None, colour=stamped))
    images_to_pdf(out, path, title)
    return len(out)


# ---------------------------------------------------------------- xlsx

THIN = Side(style="thin", color="000000")


def write_xlsx(sheets: list[dict], path: Path, title: str, author: str) -> None:
    """sheets: [{"name", "rows", "merges": [(r0,c0,r1,c1) 0-based], "widths": [...], "header": n, "numfmt": {col: fmt}}]"""
    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        for i, row in enumerate(sh["rows"]):
            for j, val in enumerate(row):
                if val is None:
                    continue
                cell = ws.cell(row=i + 1, column=j + 1, value=val)
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
                if i < sh.get("header", 0):
                    cell.font = Font(bold=True)
                fmt = sh.get("numfmt", {}).get(j)
                if fmt and isinstance(val, (int, float)):
                    cell.number_format = fmt
        for r0, c0, r1, c1 in sh.get("merges", []):
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        for j, w in enumerate(sh.get("widths", [])):
            ws.column_dimensions[chr(65 + j)].width = w
    wb.properties.title = title
    wb.properties.creator = author
    wb.save(path)
    normalize_zip(path, title, author)


# ---------------------------------------------------------------- dashboards

def dashboard(title: str, tiles: list[tuple[str, str]], subtitle: str = "", size=(1600, 900),
              theme=((18, 32, 58), (34, 58, 98), (90, 200, 250))) -> Image.Image:
    bg, tile_bg, accent = theme
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, size[0], 70), fill=(12, 22, 40))
    d.text((30, 35), title, font=fonts.pil_font(32), fill=(235, 240, 250), anchor="lm")
    if subtitle:
        d.text((size[0] - 30, 35), subtitle, font=fonts.pil_font(20), fill=(170, 185, 210), anchor="rm")
    cols = 3 if len(tiles) > 4 else 2
    rows = math.ceil(len(tiles) / cols)
    tw = (size[0] - 60 - (cols - 1) * 24) / cols
    th = (size[1] - 110 - (rows - 1) * 24) / rows
    for k, (caption, value) in enumerate(tiles):
        r, c = divmod(k, cols)
        x0, y0 = 30 + c * (tw + 24), 95 + r * (th + 24)
        d.rounded_rectangle((x0, y0, x0 + tw, y0 + th), radius=14, fill=tile_bg)
        d.text((x0 + 26, y0 + 40), caption, font=fonts.pil_font(28), fill=(200, 210, 230), anchor="lm")
        d.text((x0 + 26, y0 + th * 0.62), value, font=fonts.pil_font(64), fill=accent, anchor="lm")
    return img


def save_png(img: Image.Image, path: Path) -> None:
    img.save(path, "PNG", optimize=False)
