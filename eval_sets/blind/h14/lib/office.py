"""DOCX/XLSX helpers and zip normalisation for byte-identical rebuilds."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

FIXED = (2024, 7, 18, 9, 30, 0)


def normalize_zip(path):
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-07-15T08:00:00Z\2", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-07-18T09:30:00Z\2", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def new_doc(font="宋体", size=10.5, author="admin"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.revision = 3
    return doc


def run_font(run, font=None, size=None, bold=None, color=None):
    if font:
        run.font.name = font
        rpr = run._element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run


def para(doc_or_cell, text, font=None, size=None, bold=None, align=None, color=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    r = p.add_run(str(text))
    run_font(r, font, size, bold, color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def set_cell(cell, text, font=None, size=None, bold=None, align=None, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        run_font(r, font, size, bold)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        tcPr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def heading(doc, text, level=1, font="黑体", size=None, word_style=False):
    if word_style:
        h = doc.add_heading(text, level=level)
        for r in h.runs:
            run_font(r, font, size)
        return h
    return para(doc, text, font=font, size=size or (16 if level == 1 else 13), bold=True)


def save_doc(doc, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_wb(wb, path):
    import datetime
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "user"
    wb.properties.created = datetime.datetime(2024, 7, 15, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 7, 18, 9, 30, 0)
    wb.save(str(path))
    normalize_zip(path)
