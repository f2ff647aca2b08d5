"""Rendering for blind set h72: a small document model written to DOCX, PDF, XLSX, scans and screenshots.

Everything here is deterministic: reportlab with invariant=1, DOCX/XLSX zips rewritten with fixed dates
and fixed core properties, scans drawn with seeded noise and written as JPEG pages in a reportlab PDF.
"""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

FONT = "H72Hei"
FIXED_DATE = (2024, 7, 16, 9, 30, 0)
FIXED_ISO = "2024-07-16T09:30:00Z"


def font_path() -> Path:
    # allowed use: the CJK font (WenQuanYi Micro Hei) found by name; a missing font says what to install
    from eval_sets.generator.fonts import cjk_ttf
    return cjk_ttf()


_REGISTERED = False


def register_font() -> None:
    global _REGISTERED
    if not _REGISTERED:
        pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
        _REGISTERED = True


_PIL_FONTS: dict[int, ImageFont.FreeTypeFont] = {}


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    if size not in _PIL_FONTS:
        _PIL_FONTS[size] = ImageFont.truetype(str(font_path()), size, index=0)
    return _PIL_FONTS[size]


# ----------------------------------------------------------------------------------------------
# document model


@dataclass
class H:
    text: str
    level: int = 1  # 0 title, 1 chapter, 2 section, 3 minor


@dataclass
class P:
    text: str
    align: str = "justify"  # justify | left | center | right
    indent: bool = True
    size: float | None = None
    bold: bool = False


@dataclass
class T:
    rows: list[list[str]]
    widths: list[float] | None = None  # relative widths
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # (c0, r0, c1, r1) inclusive
    header_rows: int = 1
    size: float = 9.0
    align_numbers: bool = True
    shade_header: bool = True
    pdf_span_max: int = 0  # PDF only: drop spans over more rows than this (0 = keep all)


@dataclass
class Space:
    height: float = 6.0


@dataclass
class PB:
    pass


Block = H | P | T | Space | PB

_NUM = re.compile(r"^[-+]?[\d,]+(\.\d+)?%?$")


# ----------------------------------------------------------------------------------------------
# PDF


def _styles(base: float = 10.5) -> dict[str, ParagraphStyle]:
    register_font()
    s = {
        "body": ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.65, wordWrap="CJK",
                               alignment=TA_JUSTIFY, firstLineIndent=base * 2),
        "title": ParagraphStyle("title", fontName=FONT, fontSize=20, leading=30, alignment=TA_CENTER,
                                spaceBefore=10, spaceAfter=12, wordWrap="CJK"),
        "h1": ParagraphStyle("h1", fontName=FONT, fontSize=14, leading=22, spaceBefore=10, spaceAfter=6,
                             wordWrap="CJK"),
        "h2": ParagraphStyle("h2", fontName=FONT, fontSize=12, leading=19, spaceBefore=6, spaceAfter=4,
                             wordWrap="CJK"),
        "h3": ParagraphStyle("h3", fontName=FONT, fontSize=11, leading=17, spaceBefore=4, spaceAfter=2,
                             wordWrap="CJK"),
    }
    return s


def _para_style(s, block: P) -> ParagraphStyle:
    st = s["body"]
    align = {"justify": TA_JUSTIFY, "left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[block.align]
    size = block.size or st.fontSize
    return ParagraphStyle(f"p{align}{size}{block.indent}", parent=st, alignment=align, fontSize=size,
                          leading=size * 1.65, firstLineIndent=size * 2 if block.indent else 0)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _table_flowable(block: T, avail: float):
    register_font()
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=block.size, leading=block.size * 1.4, wordWrap="CJK")
    cell_r = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    ncols = max(len(r) for r in block.rows)
    widths = block.widths or [1] * ncols
    total = sum(widths)
    colw = [avail * w / total for w in widths]
    data = []
    for ri, row in enumerate(block.rows):
        out = []
        for ci in range(ncols):
            text = row[ci] if ci < len(row) else ""
            if ri < block.header_rows:
                st = cell_c
            elif block.align_numbers and _NUM.match(text.strip() or "x"):
                st = cell_r
            else:
                st = cell
            out.append(Paragraph(_esc(text), st) if text else "")
        data.append(out)
    t = Table(data, colWidths=colw, repeatRows=block.header_rows)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if block.shade_header and block.header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, block.header_rows - 1), colors.Color(0.9, 0.9, 0.9)))
    for c0, r0, c1, r1 in block.spans:
        if block.pdf_span_max and r1 - r0 + 1 > block.pdf_span_max:
            continue
        style.append(("SPAN", (c0, r0), (c1, r1)))
    t.setStyle(TableStyle(style))
    return t


def flowables(blocks: list[Block], avail: float, base: float = 10.5) -> list:
    s = _styles(base)
    out = []
    for b in blocks:
        if isinstance(b, H):
            key = {0: "title", 1: "h1", 2: "h2", 3: "h3"}[b.level]
            out.append(Paragraph(_esc(b.text), s[key]))
        elif isinstance(b, P):
            out.append(Paragraph(_esc(b.text), _para_style(s, b)))
        elif isinstance(b, T):
            out.append(_table_flowable(b, avail))
            out.append(Spacer(1, 4))
        elif isinstance(b, Space):
            out.append(Spacer(1, b.height))
        elif isinstance(b, PB):
            out.append(PageBreak())
    return out


@dataclass
class PdfSpec:
    title: str = ""
    author: str = ""
    header: str = ""  # drawn at the top of every page
    footer: str = "page"  # "page" → "第 N 页", "" → none, other → fixed text + page
    landscape: bool = False
    base: float = 10.5
    margins: tuple[float, float, float, float] = (22 * mm, 20 * mm, 22 * mm, 20 * mm)  # l, t, r, b


def _page_deco(spec: PdfSpec):
    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        w, h = doc.pagesize
        if spec.header:
            canvas.drawString(spec.margins[0], h - 12 * mm, spec.header)
            canvas.setLineWidth(0.4)
            canvas.line(spec.margins[0], h - 13.5 * mm, w - spec.margins[2], h - 13.5 * mm)
        if spec.footer:
            text = f"第 {doc.page} 页" if spec.footer == "page" else f"{spec.footer}  {doc.page}"
            canvas.drawCentredString(w / 2, 10 * mm, text)
        canvas.restoreState()
    return deco


def pdf_bytes(blocks: list[Block], spec: PdfSpec) -> bytes:
    register_font()
    buf = io.BytesIO()
    size = landscape(A4) if spec.landscape else A4
    l, t, r, b = spec.margins
    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                            invariant=1, title=spec.title, author=spec.author, creator="WPS Office",
                            producer="", subject="")
    deco = _page_deco(spec)
    doc.build(flowables(blocks, size[0] - l - r, spec.base), onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def pages_pdf_bytes(pages: list[list[Block]], spec: PdfSpec) -> bytes:
    """One list of blocks per physical page; asserts that every list fits on its page."""
    blocks: list[Block] = []
    for i, page in enumerate(pages):
        if i:
            blocks.append(PB())
        blocks.extend(page)
    data = pdf_bytes(blocks, spec)
    n = len(pdfium.PdfDocument(data))
    if n != len(pages):
        raise AssertionError(f"{spec.title}: {len(pages)} pages intended, {n} rendered (a page overflowed)")
    return data


def pdf_page_texts(data: bytes | Path) -> list[str]:
    doc = pdfium.PdfDocument(data if isinstance(data, bytes) else str(data))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.get_textpage().get_text_range())
    return out


# ----------------------------------------------------------------------------------------------
# DOCX


def _set_run_font(run, size: float | None = None, bold: bool = False, east: str = "宋体"):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    run.bold = bold or None


@dataclass
class DocxSpec:
    title: str = ""
    author: str = ""
    headings: str = "word"  # word: Heading styles; bold: bold paragraphs
    body_font: str = "仿宋_GB2312"
    body_size: float = 12
    landscape: bool = False


def write_docx(path: Path, blocks: list[Block], spec: DocxSpec) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if spec.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    avail = (sec.page_width - sec.left_margin - sec.right_margin)
    aligns = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT,
              "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
    for b in blocks:
        if isinstance(b, H):
            if spec.headings == "word" and b.level >= 1:
                p = d.add_heading("", level=min(b.level, 3))
                r = p.add_run(b.text)
                _set_run_font(r, {1: 16, 2: 14, 3: 12}[min(b.level, 3)], True, "黑体")
            else:
                p = d.add_paragraph()
                r = p.add_run(b.text)
                size = {0: 22, 1: 16, 2: 14, 3: 12}[b.level]
                _set_run_font(r, size, True, "黑体" if b.level else "方正小标宋简体")
                if b.level == 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(b, P):
            for k, line in enumerate(b.text.split("\n")):
                p = d.add_paragraph()
                p.alignment = aligns[b.align]
                if b.indent:
                    p.paragraph_format.first_line_indent = Pt((b.size or spec.body_size) * 2)
                p.paragraph_format.line_spacing = 1.5
                r = p.add_run(line)
                _set_run_font(r, b.size or spec.body_size, b.bold, spec.body_font)
        elif isinstance(b, T):
            ncols = max(len(r) for r in b.rows)
            t = d.add_table(rows=len(b.rows), cols=ncols)
            t.style = "Table Grid"
            widths = b.widths or [1] * ncols
            tot = sum(widths)
            covered = set()
            for c0, r0, c1, r1 in b.spans:
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            covered.add((rr, cc))
            grid = t._cells  # computing the grid is O(n): do it once, not per cell
            for ri, row in enumerate(b.rows):
                for ci in range(ncols):
                    cell = grid[ri * ncols + ci]
                    cell.width = int(avail * widths[ci] / tot)
                    if (ri, ci) in covered:
                        continue
                    text = row[ci] if ci < len(row) else ""
                    lines = text.split("\n")
                    para = cell.paragraphs[0]
                    for k, line in enumerate(lines):
                        if k:
                            para = cell.add_paragraph()
                        r = para.add_run(line)
                        _set_run_font(r, max(b.size + 1.5, 9), ri < b.header_rows and b.shade_header, "宋体")
            for c0, r0, c1, r1 in b.spans:
                grid = t._cells
                grid[r0 * ncols + c0].merge(grid[r1 * ncols + c1])
            d.add_paragraph()
        elif isinstance(b, Space):
            d.add_paragraph()
        elif isinstance(b, PB):
            d.add_page_break()
    cp = d.core_properties
    cp.title = spec.title
    cp.author = spec.author
    cp.last_modified_by = spec.author
    cp.revision = 1
    import datetime as _dt
    cp.created = _dt.datetime(2024, 7, 15, 8, 0, 0)
    cp.modified = _dt.datetime(2024, 7, 16, 9, 30, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def docx_text(path: Path) -> str:
    """Paragraph and table text of a DOCX, in document order (tables cell by cell)."""
    import docx
    d = docx.Document(str(path))
    out = []
    body = d.element.body
    from docx.table import Table as DTable
    from docx.text.paragraph import Paragraph as DPara
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(DPara(child, d).text)
        elif tag == "tbl":
            tb = DTable(child, d)
            for row in tb.rows:
                seen = []
                for c in row.cells:
                    if c._tc in seen:
                        continue
                    seen.append(c._tc)
                    out.append(c.text)
    return "\n".join(out)


def docx_tables(path: Path) -> list[list[list[str]]]:
    import docx
    d = docx.Document(str(path))
    tables = []
    for tb in d.tables:
        rows = []
        for row in tb.rows:
            rows.append([c.text for c in row.cells])
        tables.append(rows)
    return tables


# ----------------------------------------------------------------------------------------------
# XLSX


@dataclass
class Sheet:
    name: str
    rows: list[list]
    widths: list[float] | None = None
    merges: list[str] = field(default_factory=list)  # "A1:C1"
    header_rows: int = 1
    wrap: bool = True
    bold_rows: list[int] = field(default_factory=list)  # 1-based rows in bold


def write_xlsx(path: Path, sheets: list[Sheet], author: str = "") -> None:
    import datetime as _dt

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for r, row in enumerate(sh.rows, start=1):
            for c, val in enumerate(row, start=1):
                if val is None:
                    continue
                cell = ws.cell(row=r, column=c, value=val)
                cell.font = Font(name="宋体", size=10.5, bold=(r <= sh.header_rows or r in sh.bold_rows))
                cell.alignment = Alignment(wrap_text=sh.wrap, vertical="center")
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                if r <= sh.header_rows:
                    cell.fill = PatternFill("solid", fgColor="DDEBF7")
                if isinstance(val, float):
                    cell.number_format = "#,##0.00"
                elif isinstance(val, int) and abs(val) >= 1000:
                    cell.number_format = "0"
        for m in sh.merges:
            ws.merge_cells(m)
        if sh.widths:
            for i, w in enumerate(sh.widths, start=1):
                ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = _dt.datetime(2024, 7, 15, 8, 0, 0)
    wb.properties.modified = _dt.datetime(2024, 7, 16, 9, 30, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def xlsx_sheet_texts(path: Path) -> list[list[str]]:
    """Per worksheet (1-based page = index+1), the text of every non-empty cell."""
    from openpyxl import load_workbook
    wb = load_workbook(str(path), data_only=False)
    out = []
    for ws in wb.worksheets:
        texts = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                texts.append(str(v))
        out.append(texts)
    return out


_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _CORE_DATE.sub(lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), data)
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())


def write_zip(zip_path: Path, folder: Path, top: str) -> list[str]:
    """Zip every file under folder/top (sorted) with fixed dates; returns member names (files only)."""
    names = []
    out = io.BytesIO()
    base = folder / top
    entries = sorted(p for p in base.rglob("*"))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(top + "/", FIXED_DATE)
        info.external_attr = (0o40755 << 16) | 0x10
        z.writestr(info, b"")
        for p in entries:
            rel = p.relative_to(folder).as_posix()
            if p.is_dir():
                info = zipfile.ZipInfo(rel + "/", FIXED_DATE)
                info.external_attr = (0o40755 << 16) | 0x10
                z.writestr(info, b"")
            else:
                info = zipfile.ZipInfo(rel, FIXED_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, p.read_bytes())
                names.append(rel)
    zip_path.write_bytes(out.getvalue())
    return names


# ----------------------------------------------------------------------------------------------
# scans


def rasterize(data: bytes, scale: float = 2.0) -> list[Image.Image]:
    doc = pdfium.PdfDocument(data)
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=scale).to_pil().convert("RGB")
        out.append(img)
    return out


def draw_seal(img: Image.Image, cx: int, cy: int, radius: int, text: str, bottom: str = "",
              rng: random.Random | None = None, alpha: float = 0.82) -> Image.Image:
    """A red round company seal (ring, star, name around the top) multiplied onto the page."""
    rng = rng or random.Random(0)
    size = radius * 2 + 8
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size // 2
    w = max(3, radius // 18)
    d.ellipse((c - radius, c - radius, c + radius, c + radius), outline=255, width=w)
    # star
    pts = []
    rs = radius * 0.26
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = rs if k % 2 == 0 else rs * 0.42
        pts.append((c + r * math.cos(ang), c + r * math.sin(ang)))
    d.polygon(pts, fill=255)
    # text around the top
    n = len(text)
    fsize = max(12, int(radius * 0.27))
    font = pil_font(fsize)
    span = min(250.0, 18.5 * n)  # degrees
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(ang)
        rr = radius - w - fsize * 0.75
        x = c + rr * math.cos(rad)
        y = c + rr * math.sin(rad)
        glyph = Image.new("L", (fsize + 6, fsize + 6), 0)
        ImageDraw.Draw(glyph).text((3, 1), ch, font=font, fill=255)
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        layer.paste(255, (int(x - glyph.width / 2), int(y - glyph.height / 2)), glyph)
    if bottom:
        bf = pil_font(max(10, int(radius * 0.16)))
        tw = d.textlength(bottom, font=bf)
        d.text((c - tw / 2, c + radius * 0.42), bottom, font=bf, fill=255)
    layer = layer.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
    # ink unevenness
    arr = np.asarray(layer, dtype=np.float32) / 255.0
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    arr = arr * (0.7 + 0.3 * nrng.random(arr.shape)) * alpha
    red = np.array([205, 35, 40], dtype=np.float32)
    base = np.asarray(img, dtype=np.float32)
    x0, y0 = cx - c, cy - c
    h, wd = arr.shape
    sub = base[max(0, y0):y0 + h, max(0, x0):x0 + wd]
    a = arr[max(0, -y0):max(0, -y0) + sub.shape[0], max(0, -x0):max(0, -x0) + sub.shape[1]][..., None]
    tint = sub * (red / 255.0)
    base[max(0, y0):y0 + h, max(0, x0):x0 + wd] = sub * (1 - a) + tint * a
    return Image.fromarray(base.clip(0, 255).astype(np.uint8))


def draw_signature(img: Image.Image, x: int, y: int, name: str, rng: random.Random) -> Image.Image:
    d = ImageDraw.Draw(img)
    f = pil_font(40)
    for i, ch in enumerate(name):
        d.text((x + i * 38 + rng.randint(-3, 3), y + rng.randint(-4, 4)), ch, font=f, fill=(25, 30, 70))
    return img


def scan_effect(img: Image.Image, rng: random.Random, color: bool) -> Image.Image:
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    angle = rng.uniform(-0.7, 0.7)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    arr = np.asarray(img, dtype=np.float32)
    tone = np.array([247, 243, 232], dtype=np.float32) / 255.0
    arr = arr * tone
    arr += nrng.normal(0, 6.0, arr.shape[:2])[..., None]
    # faint shadow on the binding edge
    h, w = arr.shape[:2]
    grad = np.linspace(0.9, 1.0, 40, dtype=np.float32)
    arr[:, :40] *= grad[None, :, None]
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    if not color:
        out = out.convert("L")
    return out


def images_to_pdf(path: Path, images: list[Image.Image], quality: int = 72, page=A4, title: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=page, invariant=1)
    c.setTitle(title)
    c.setCreator("Scanner")
    c.setProducer("")
    for img in images:
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality, optimize=False)
        pw, ph = page
        if img.width > img.height and pw < ph:
            pw, ph = ph, pw
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, pw, ph)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


@dataclass
class ScanSpec:
    seed: int
    seal_name: str = ""  # company name around the seal
    seal_bottom: str = ""
    seal_pages: tuple[int, ...] = ()  # 0-based pages with a seal
    seal_pos: tuple[float, float] = (0.68, 0.80)  # fraction of width/height
    seam: bool = False  # 骑缝章 on the right edge of every page
    signature: tuple[int, float, float, str] | None = None  # (page, fx, fy, name)
    scale: float = 2.0
    seal_names: dict[int, str] = field(default_factory=dict)  # per-page seal owner (letters of customers)
    seal_pos_pages: dict[int, tuple[float, float]] = field(default_factory=dict)  # per-page seal position


def scan_pdf(path: Path, data: bytes, spec: ScanSpec, title: str = "") -> int:
    rng = random.Random(spec.seed)
    pages = rasterize(data, spec.scale)
    out = []
    for i, img in enumerate(pages):
        color = i in spec.seal_pages or spec.seam
        if spec.signature and spec.signature[0] == i:
            _, fx, fy, name = spec.signature
            img = draw_signature(img, int(img.width * fx), int(img.height * fy), name, rng)
        if i in spec.seal_pages:
            fx, fy = spec.seal_pos_pages.get(i, spec.seal_pos)
            img = draw_seal(img, int(img.width * fx), int(img.height * fy), int(img.width * 0.105),
                            spec.seal_names.get(i, spec.seal_name), spec.seal_bottom, rng)
        if spec.seam and len(pages) > 1:
            # the part of the seam seal that falls on this page
            r = int(img.width * 0.1)
            img = draw_seal(img, img.width + int(r * (0.55 - i / max(1, len(pages) - 1) * 0.0)) - int(r * 0.2),
                            int(img.height * 0.45), r, spec.seal_name, "", rng, alpha=0.7)
        out.append(scan_effect(img, rng, color))
    images_to_pdf(path, out, title=title)
    return len(out)


# ----------------------------------------------------------------------------------------------
# screenshots (dashboards)


@dataclass
class Card:
    label: str
    value: str
    unit: str = ""


@dataclass
class Dashboard:
    title: str
    url: str
    cards: list[Card]
    table_title: str = ""
    table: list[list[str]] = field(default_factory=list)
    bars_title: str = ""
    bars: list[tuple[str, float]] = field(default_factory=list)
    stamp: str = ""
    theme: str = "dark"  # dark | light
    menu: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        out = [self.title, self.url, self.stamp, self.table_title, self.bars_title]
        for c in self.cards:
            out += [c.label, c.value, c.unit]
        for row in self.table:
            out += row
        for name, _ in self.bars:
            out.append(name)
        out += self.menu
        return [t for t in out if t]


def draw_dashboard(db: Dashboard, size=(1600, 900)) -> Image.Image:
    W, H = size
    dark = db.theme == "dark"
    bg = (10, 24, 52) if dark else (240, 242, 246)
    fg = (226, 236, 255) if dark else (30, 36, 48)
    sub = (128, 160, 210) if dark else (110, 118, 130)
    card_bg = (18, 44, 88) if dark else (255, 255, 255)
    accent = (0, 214, 255) if dark else (22, 100, 220)
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    # browser bar
    d.rectangle((0, 0, W, 36), fill=(222, 225, 230))
    d.rounded_rectangle((120, 6, W - 200, 30), radius=10, fill=(255, 255, 255))
    d.text((136, 9), db.url, font=pil_font(15), fill=(60, 60, 60))
    for k, col in enumerate([(237, 94, 90), (245, 190, 80), (98, 197, 84)]):
        d.ellipse((14 + k * 24, 11, 28 + k * 24, 25), fill=col)
    top = 36
    left = 0
    if db.menu:
        left = 190
        d.rectangle((0, top, left, H), fill=(6, 16, 38) if dark else (32, 48, 78))
        for k, m in enumerate(db.menu):
            d.text((24, top + 70 + k * 44), m, font=pil_font(18), fill=(200, 214, 240))
    tf = pil_font(30)
    tw = d.textlength(db.title, font=tf)
    d.text((left + (W - left - tw) / 2, top + 14), db.title, font=tf, fill=fg)
    if db.stamp:
        d.text((W - 330, top + 24), db.stamp, font=pil_font(16), fill=sub)
    # cards
    n = len(db.cards)
    per_row = 4 if n > 3 else n
    cw = (W - left - 40 - (per_row - 1) * 18) / per_row
    ch = 118
    y0 = top + 70
    for i, c in enumerate(db.cards):
        r, k = divmod(i, per_row)
        x = left + 20 + k * (cw + 18)
        y = y0 + r * (ch + 16)
        d.rounded_rectangle((x, y, x + cw, y + ch), radius=10, fill=card_bg)
        d.text((x + 18, y + 14), c.label, font=pil_font(19), fill=sub)
        vf = pil_font(40)
        d.text((x + 18, y + 48), c.value, font=vf, fill=accent)
        if c.unit:
            vw = d.textlength(c.value, font=vf)
            d.text((x + 26 + vw, y + 66), c.unit, font=pil_font(18), fill=sub)
    rows_used = (n + per_row - 1) // per_row
    y = y0 + rows_used * (ch + 16) + 10
    # bars
    if db.bars:
        bx0, bx1 = left + 20, left + (W - left) * 0.55
        d.rounded_rectangle((bx0, y, bx1, H - 20), radius=10, fill=card_bg)
        d.text((bx0 + 16, y + 12), db.bars_title, font=pil_font(19), fill=fg)
        mx = max(v for _, v in db.bars) or 1
        bw = (bx1 - bx0 - 60) / len(db.bars)
        base = H - 60
        for k, (name, v) in enumerate(db.bars):
            hgt = (base - y - 70) * v / mx
            xx = bx0 + 30 + k * bw
            d.rectangle((xx + bw * 0.2, base - hgt, xx + bw * 0.8, base), fill=accent)
            nf = pil_font(14)
            d.text((xx + bw * 0.5 - d.textlength(name, font=nf) / 2, base + 8), name, font=nf, fill=sub)
    if db.table:
        tx0 = left + (W - left) * 0.57 if db.bars else left + 20
        tx1 = W - 20
        d.rounded_rectangle((tx0, y, tx1, H - 20), radius=10, fill=card_bg)
        d.text((tx0 + 16, y + 12), db.table_title, font=pil_font(19), fill=fg)
        ncol = len(db.table[0])
        colw = (tx1 - tx0 - 32) / ncol
        for ri, row in enumerate(db.table):
            yy = y + 50 + ri * 32
            if yy > H - 50:
                break
            for ci, cell in enumerate(row):
                d.text((tx0 + 16 + ci * colw, yy), cell, font=pil_font(16), fill=fg if ri else sub)
    return img


def save_png(path: Path, img: Image.Image) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), "PNG", optimize=False)
