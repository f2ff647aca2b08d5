"""Reproducible Office files: python-docx/openpyxl output made byte-stable, plus shared DOCX idioms.

Owns the rewriting of an OOXML zip with fixed entry timestamps and fixed core-properties dates
(both libraries stamp "now" otherwise), the document defaults (宋体 for East Asian text) and the
two heading idioms applicants use: Word heading styles or bold "一、…" paragraphs. Must not know
what a 申报表 contains.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FIXED_TIME = datetime(2024, 7, 15, 9, 30, 0)
ZIP_TIME = (2024, 7, 15, 9, 30, 0)
_W3CDTF = "2024-07-15T09:30:00Z"


def normalize_zip(data: bytes) -> bytes:
    """Same entries, same order, fixed timestamps and core-properties dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + _W3CDTF.encode() + rb"\g<2>", blob)
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, blob, compresslevel=6)
    return out.getvalue()


def new_document():
    from docx import Document

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    for section in doc.sections:  # the template's A4 with 2 cm side margins: 17 cm of text width
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.0)
    props = doc.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 1
    return doc


def save_docx(doc: DocxDocument) -> bytes:
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def save_xlsx(workbook) -> bytes:
    workbook.properties.created = FIXED_TIME
    workbook.properties.creator = ""
    buf = io.BytesIO()
    workbook.save(buf)
    return normalize_zip(buf.getvalue())


def heading(doc: DocxDocument, text: str, level: int, style: str) -> None:
    """A section heading the way this applicant writes them."""
    if style == "word":
        doc.add_heading(text, level=level)
        return
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(16 if level == 1 else 14)


def centered(doc: DocxDocument, text: str, size: float = 11, bold: bool = False) -> None:
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def cover(doc: DocxDocument, title: str, kind: str, fields: list[tuple[str, str]], date: str) -> None:
    """The 附件2/附件3 cover page of the template, filled in."""
    for _ in range(3):
        doc.add_paragraph()
    centered(doc, title, 20, True)
    centered(doc, kind, 26, True)
    for _ in range(3):
        doc.add_paragraph()
    for label, value in fields:
        paragraph = doc.add_paragraph()
        paragraph.paragraph_format.left_indent = Pt(60)
        run = paragraph.add_run(f"{label}：")
        run.font.size = Pt(14)
        run = paragraph.add_run(value)
        run.font.size = Pt(14)
        run.underline = True
    for _ in range(4):
        doc.add_paragraph()
    centered(doc, "上海市经济和信息化委员会制", 14)
    centered(doc, date, 14)
    doc.add_page_break()


def set_cell(cell, text: str, bold: bool = False, size: float | None = None, superscript: str = "") -> None:
    """Cell text; a \\n inside becomes a line break, as python-docx does for run text."""
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if superscript:
        sup = paragraph.add_run(superscript)
        sup.font.superscript = True


def cell_lines(cell, lines: list[str]) -> None:
    """One paragraph per line, as the template's checkbox rows are laid out."""
    cell.paragraphs[0].add_run(lines[0])
    for line in lines[1:]:
        cell.add_paragraph(line)
