"""A tiny document model rendered to DOCX (python-docx), PDF (reportlab) and XLSX (openpyxl), deterministically.

Blocks: ("title", text) ("h1", text) ("h2", text) ("p", text) ("small", text) ("right", text) ("pb",)
("table", rows, {"widths": [..], "header": n, "bold": {row idx}, "spans": [(r, c0, c1)]}) ("img", PIL image, width_cm).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from functools import cache

from eval_sets.generator.fonts import cjk_ttf

FIXED = datetime(2024, 7, 15, 10, 0, 0)
ZIP_DATE = (2024, 7, 15, 10, 0, 0)
FONT = "H79CJK"


def font_path() -> str:
    """WenQuanYi Micro Hei, found by name (`eval_sets.generator.fonts`), never by an install path."""
    return str(cjk_ttf())


@cache
def register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont(FONT, font_path(), subfontIndex=0))
    return FONT


def pil_font(size: int):
    from PIL import ImageFont
    return ImageFont.truetype(font_path(), size, index=0)


def normalize_zip(data: bytes) -> bytes:
    """Same bytes for the same content: fixed entry dates, fixed order, fixed compression."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-15T10:00:00Z", body)
            dst.writestr(zi, body)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX
def to_docx(blocks: list, author: str = "申报单位") -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    for name in ("Normal", "Heading 1", "Heading 2", "Title"):
        st = doc.styles[name]
        st.font.name = "宋体" if name == "Normal" else "黑体"
        rpr = st.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), st.font.name)
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold, r.font.size = True, Pt(18)
        elif kind in ("h1", "h2"):
            doc.add_heading(b[1], level=1 if kind == "h1" else 2)
        elif kind in ("p", "small", "right"):
            p = doc.add_paragraph(b[1])
            if kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "img":
            buf = io.BytesIO()
            b[1].save(buf, "PNG")
            buf.seek(0)
            doc.add_picture(buf, width=Cm(b[2]))
        elif kind == "table":
            rows, opt = b[1], (b[2] if len(b) > 2 else {})
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = "" if val is None else str(val)
                    if i < opt.get("header", 1) or i in opt.get("bold", ()):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            for r, c0, c1 in opt.get("spans", ()):
                keep = t.cell(r, c0).text
                merged = t.cell(r, c0).merge(t.cell(r, c1))
                merged.text = keep
            if opt.get("widths"):
                for i, w in enumerate(opt["widths"]):
                    for cell in t.columns[i].cells:
                        cell.width = Cm(w)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = author
    cp.created = cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- PDF
def _styles():
    from reportlab.lib.styles import ParagraphStyle
    f = register_font()
    base = ParagraphStyle("b", fontName=f, fontSize=10, leading=15, wordWrap="CJK")
    return {
        "p": base,
        "small": ParagraphStyle("s", parent=base, fontSize=8.5, leading=12),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=11),
        "right": ParagraphStyle("r", parent=base, alignment=2),
        "h1": ParagraphStyle("h1", parent=base, fontSize=14, leading=22, spaceBefore=6, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=18, spaceBefore=4, spaceAfter=2),
        "title": ParagraphStyle("t", parent=base, fontSize=18, leading=28, alignment=1, spaceAfter=10),
    }


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def to_pdf(blocks: list, title: str = "", header: str = "", footer: bool = True) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = _styles()
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "img":
            buf = io.BytesIO()
            b[1].save(buf, "PNG")
            w = b[2] * cm
            story.append(Image(io.BytesIO(buf.getvalue()), width=w, height=w * b[1].height / b[1].width))
            story.append(Spacer(1, 4))
        elif kind == "table":
            rows, opt = b[1], (b[2] if len(b) > 2 else {})
            data = [[Paragraph(_esc("" if v is None else v), st["cell"]) for v in r] for r in rows]
            widths = [w * cm for w in opt["widths"]] if opt.get("widths") else None
            t = Table(data, colWidths=widths, repeatRows=opt.get("header", 1) if opt.get("repeat") else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("BACKGROUND", (0, 0), (-1, opt.get("header", 1) - 1), colors.Color(0.9, 0.9, 0.9))]
            for r, c0, c1 in opt.get("spans", ()):
                style.append(("SPAN", (c0, r), (c1, r)))
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
        else:
            story.append(Paragraph(_esc(b[1]), st[kind]))
    buf = io.BytesIO()

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        if header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            canvas.drawCentredString(A4[0] / 2, 1.0 * cm, f"- {doc.page} -")
        canvas.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title=title, author="", creator="h79", producer="h79",
                            invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def pdf_page_texts(data: bytes) -> list[str]:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [(p.extract_text() or "") for p in pdf.pages]


# ---------------------------------------------------------------- XLSX
def to_xlsx(sheets: list[tuple[str, list[list], dict]]) -> bytes:
    """sheets: (name, rows, {"widths": [..], "merges": ["A1:D1"], "bold": {row idx}})."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for name, rows, opt in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for i, row in enumerate(ws.iter_rows(), start=0):
            for c in row:
                c.font = Font(name="宋体", size=10, bold=i in opt.get("bold", ()) or i < opt.get("header", 0))
                c.alignment = Alignment(wrap_text=True, vertical="center")
                if i >= opt.get("grid_from", 0) and c.value is not None:
                    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for j, w in enumerate(opt.get("widths", ())):
            ws.column_dimensions[get_column_letter(j + 1)].width = w
        for m in opt.get("merges", ()):
            ws.merge_cells(m)
    wb.properties.creator = "申报单位"
    wb.properties.lastModifiedBy = "申报单位"
    wb.properties.created = wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())
