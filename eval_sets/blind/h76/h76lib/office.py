"""DOCX/XLSX writing with fixed core properties and fixed zip entry dates (deterministic bytes)."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = dt.datetime(2024, 7, 15, 9, 30, 0)
ZIP_DATE = (2024, 7, 15, 9, 30, 0)


def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                import re
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>2024-07-15T09:30:00Z\g<3>', txt)
                blob = txt.encode('utf-8')
            dst.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------- DOCX
def _set_font(run, size=None, bold=None, name='宋体', color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.append(rfonts)
    rfonts.set(qn('w:eastAsia'), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def add_field(paragraph, instr: str, placeholder: str = '1'):
    r = paragraph.add_run()
    fld = OxmlElement('w:fldChar')
    fld.set(qn('w:fldCharType'), 'begin')
    r._r.append(fld)
    r2 = paragraph.add_run()
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = f' {instr} '
    r2._r.append(it)
    r3 = paragraph.add_run()
    fld = OxmlElement('w:fldChar')
    fld.set(qn('w:fldCharType'), 'separate')
    r3._r.append(fld)
    r4 = paragraph.add_run(placeholder)
    r5 = paragraph.add_run()
    fld = OxmlElement('w:fldChar')
    fld.set(qn('w:fldCharType'), 'end')
    r5._r.append(fld)
    for r in (r, r2, r3, r4, r5):
        _set_font(r, 9)


class Docx:
    def __init__(self, header: str = '', footer: str = 'page_of', landscape: bool = False, author='', base_size=10.5):
        self.doc = Document()
        self.base = base_size
        st = self.doc.styles['Normal']
        st.font.name = '宋体'
        st.font.size = Pt(base_size)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = Cm(2.4)
        sec.bottom_margin = Cm(2.2)
        if header:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(hp.add_run(header), 9)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer == 'page_of':
            _set_font(fp.add_run('第 '), 9)
            add_field(fp, 'PAGE')
            _set_font(fp.add_run(' 页 共 '), 9)
            add_field(fp, 'NUMPAGES', '9')
            _set_font(fp.add_run(' 页'), 9)
        elif footer == 'dash':
            _set_font(fp.add_run('- '), 9)
            add_field(fp, 'PAGE')
            _set_font(fp.add_run(' -'), 9)
        cp = self.doc.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.created = FIXED
        cp.modified = FIXED
        cp.revision = 1
        cp.title = ''

    def p(self, text='', size=None, bold=False, align=None, indent=True, space_after=4, color=None):
        para = self.doc.add_paragraph()
        if align == 'center':
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'right':
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pf = para.paragraph_format
        pf.space_after = Pt(space_after)
        pf.line_spacing = 1.3
        if indent and align is None:
            pf.first_line_indent = Pt((size or self.base) * 2)
        if text:
            _set_font(para.add_run(text), size or self.base, bold, color=color)
        return para

    def h(self, text, level=1):
        size = {0: 20, 1: 15, 2: 12.5, 3: 11}[level]
        return self.p(text, size=size, bold=True, align='center' if level == 0 else None, indent=False,
                      space_after=8)

    def pagebreak(self):
        from docx.enum.text import WD_BREAK
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(self, rows, widths_cm, size=9, header_rows=1, merges=(), bold_cells=(), align_right_cols=()):
        t = self.doc.add_table(rows=len(rows), cols=len(widths_cm))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths_cm):
            t.columns[j].width = Cm(w)
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.width = Cm(widths_cm[j])
                para = cell.paragraphs[0]
                para.paragraph_format.space_after = Pt(0)
                if j in align_right_cols and i >= header_rows:
                    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                text = '' if val is None else str(val)
                lines = text.split('\n')
                for k, ln in enumerate(lines):
                    if k:
                        para = cell.add_paragraph()
                        para.paragraph_format.space_after = Pt(0)
                    _set_font(para.add_run(ln), size, i < header_rows or (i, j) in bold_cells)
        for (r1, c1, r2, c2) in merges:
            a = t.cell(r1, c1)
            b = t.cell(r2, c2)
            m = a.merge(b)
            # merged cells concatenate their paragraphs: drop the empty ones
            for para in m.paragraphs[1:]:
                if not para.text.strip():
                    para._element.getparent().remove(para._element)
        for row in t.rows:
            tr = row._tr
            trPr = tr.get_or_add_trPr()
            cs = OxmlElement('w:cantSplit')
            trPr.append(cs)
        if header_rows:
            for i in range(header_rows):
                trPr = t.rows[i]._tr.get_or_add_trPr()
                th = OxmlElement('w:tblHeader')
                trPr.append(th)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def image(self, pil_img, width_cm):
        b = io.BytesIO()
        pil_img.save(b, 'PNG')
        b.seek(0)
        self.doc.add_picture(b, width=Cm(width_cm))

    def bytes(self) -> bytes:
        b = io.BytesIO()
        self.doc.save(b)
        return normalize_zip(b.getvalue())


# ---------------------------------------------------------------------------------------------- XLSX
def xlsx_bytes(wb) -> bytes:
    wb.properties.creator = ''
    wb.properties.lastModifiedBy = ''
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def docx_text(data: bytes) -> str:
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append('\t'.join(c.text for c in r.cells))
    return '\n'.join(parts)
