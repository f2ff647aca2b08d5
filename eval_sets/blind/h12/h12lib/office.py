"""DOCX / XLSX writing with deterministic output."""
import datetime
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Side, Font

FIXED = datetime.datetime(2024, 7, 18, 9, 30, 0)


def normalize_zip(path):
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2024-07-18T09:30:00Z\g<2>", txt)
                blob = txt.encode("utf-8")
            dst.writestr(zi, blob)
    Path(path).write_bytes(out.getvalue())


# ---------------------------------------------------------------- DOCX
def new_doc(font="宋体", size=10.5, margins_cm=2.2, author="user"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    return d


def _font(run, font=None, size=None, bold=None, color=None):
    if font:
        run.font.name = font
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(d, text, size=None, bold=False, align=None, font=None, indent=False, space_after=None):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt((size or 10.5) * 2)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    r = p.add_run(text)
    _font(r, font, size, bold)
    return p


def heading(d, text, size=14, font="黑体", align=None):
    return para(d, text, size=size, bold=True, font=font, align=align)


def page_break(d):
    d.add_page_break()


def cell_text(cell, text, bold=False, size=None, align=None, font=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        _font(r, font, size, bold)


def table(d, rows, widths_cm=None, style="Table Grid", size=9, bold_first_row=False, merges=(), font=None):
    """rows: list of lists of str; merges: (r1,c1,r2,c2) inclusive."""
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(ncol):
            v = r[j] if j < len(r) else ""
            if v is None:
                continue
            cell_text(t.cell(i, j), v, bold=(bold_first_row and i == 0), size=size, font=font)
    for (r1, c1, r2, c2) in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        cell_text(m, keep, size=size, font=font)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def save_doc(d, path):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- XLSX
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def put(ws, r, c, v, bold=False, wrap=True, border=True, size=10, align=None, font="宋体", fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=font, bold=bold, size=size)
    cell.alignment = Alignment(wrap_text=wrap, vertical="center", horizontal=align)
    if border:
        cell.border = BORDER
    if fmt:
        cell.number_format = fmt
    return cell


def save_wb(wb, path):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)
