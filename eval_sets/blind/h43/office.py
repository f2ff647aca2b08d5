"""DOCX / XLSX / text-PDF writing with fixed metadata (h43): forms, 汇总表, 申报书, 联系人表."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

FIXED_ISO = "2024-07-15T09:30:00Z"
FIXED_ZIP_DATE = (2024, 7, 15, 9, 30, 0)


def normalize_zip(data: bytes) -> bytes:
    """Re-zip with fixed entry dates and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def _fixed_core(props, author: str, title: str):
    import datetime as dt

    when = dt.datetime(2024, 7, 15, 9, 30, 0)
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.created = when
    props.modified = when
    props.revision = 1


# ---------------------------------------------------------------- DOCX

def new_docx(font_name="宋体", size=10.5):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    return doc


def save_docx(doc, path: Path, author: str, title: str):
    _fixed_core(doc.core_properties, author, title)
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def docx_table(doc, rows, widths_cm=None, header=True, style="Table Grid"):
    from docx.shared import Cm

    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = str(v)
            if header and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def docx_text(path: Path) -> str:
    from docx import Document

    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------- XLSX

def save_xlsx(wb, path: Path, author: str, title: str):
    import datetime as dt

    when = dt.datetime(2024, 7, 15, 9, 30, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def xlsx_sheet_texts(path: Path) -> list[str]:
    from openpyxl import load_workbook

    wb = load_workbook(str(path), data_only=True)
    out = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows(values_only=True):
            cells.extend("" if v is None else str(v) for v in row)
        out.append("\n".join(cells))
    return out


# ---------------------------------------------------------------- text PDF (reportlab)

def text_pdf(path: Path, blocks: list[tuple[str, str]], title: str, author: str):
    """blocks: (kind, text) with kind in title/h1/h2/p/table(rows joined by \\n, cells by \\t)."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from eval_sets.generator import fonts

    fname = fonts.register_pdf_font()
    st = {
        "title": ParagraphStyle("t", fontName=fname, fontSize=18, leading=26, alignment=1, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=fname, fontSize=14, leading=22, spaceBefore=8, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=fname, fontSize=12, leading=19, spaceBefore=4, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=fname, fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK"),
        "cell": ParagraphStyle("c", fontName=fname, fontSize=9.5, leading=13, wordWrap="CJK"),
    }
    story = []
    for kind, text in blocks:
        if kind == "table":
            rows = [[Paragraph(c, st["cell"]) for c in line.split("\t")] for line in text.split("\n")]
            n = len(rows[0])
            t = Table(rows, colWidths=[(170 * mm) / n] * n)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
        elif kind == "pagebreak":
            from reportlab.platypus import PageBreak

            story.append(PageBreak())
        else:
            story.append(Paragraph(text, st[kind]))
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=title, author=author, creator="h43", producer="h43",
                            invariant=1)
    doc.build(story)
