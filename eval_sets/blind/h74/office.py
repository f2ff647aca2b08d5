"""DOCX and XLSX writers with explicit pages.

`Doc` builds a Word document page by page: every page after the first starts with a paragraph that
has 段前分页 (pageBreakBefore), and each page holds far less than a full A4 page, so the page a text or
a picture lands on (as LibreOffice renders it) is the builder's page counter. Pictures are recorded
with their page and caption so the truth and verify.py know where each one is.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from kit import Pic, normalize_zip

import datetime as _dt

_FIXED_DT = _dt.datetime(2024, 7, 15, 9, 30, 0)


@dataclass
class Placed:
    pic: Pic
    page: int
    caption: str


@dataclass
class Doc:
    font: str = "宋体"
    size: float = 12
    author: str = ""
    title: str = ""
    footer: str = "page"  # page | none | text
    footer_text: str = ""
    header_text: str = ""
    landscape: bool = False
    page: int = 1
    placed: list[Placed] = field(default_factory=list)
    page_texts: dict[int, list[str]] = field(default_factory=dict)

    def __post_init__(self):
        self.doc = Document()
        self._break_next = False
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        if self.landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin = Cm(2.5)
        sec.bottom_margin = Cm(2.3)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(self.size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), self.font)
        st.paragraph_format.space_after = Pt(3)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.line_spacing = 1.25
        cp = self.doc.core_properties
        cp.author = self.author
        cp.last_modified_by = self.author
        cp.title = self.title
        cp.created = _FIXED_DT
        cp.modified = _FIXED_DT
        cp.revision = 1
        if self.footer == "page" or self.footer == "text":
            p = sec.footer.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if self.footer == "text":
                p.add_run(self.footer_text)
            else:
                p.add_run("— ")
                fld = OxmlElement("w:fldSimple")
                fld.set(qn("w:instr"), "PAGE")
                r = OxmlElement("w:r")
                t = OxmlElement("w:t")
                t.text = "1"
                r.append(t)
                fld.append(r)
                p._p.append(fld)
                p.add_run(" —")
        if self.header_text:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = hp.add_run(self.header_text)
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    # -- page control ------------------------------------------------------------------------
    def new_page(self):
        self.page += 1
        self._break_next = True

    def _para(self):
        p = self.doc.add_paragraph()
        if self._break_next:
            p.paragraph_format.page_break_before = True
            self._break_next = False
        return p

    def _log(self, s: str):
        self.page_texts.setdefault(self.page, []).append(s)

    @staticmethod
    def _run_font(run, size=None, bold=False, font=None, color=None):
        if size:
            run.font.size = Pt(size)
        run.bold = bold
        if font:
            rpr = run._element.get_or_add_rPr()
            rfonts = rpr.find(qn("w:rFonts"))
            if rfonts is None:
                rfonts = OxmlElement("w:rFonts")
                rpr.insert(0, rfonts)
            rfonts.set(qn("w:eastAsia"), font)
            rfonts.set(qn("w:ascii"), "Times New Roman")
            rfonts.set(qn("w:hAnsi"), "Times New Roman")
        if color:
            run.font.color.rgb = RGBColor(*color)

    # -- blocks --------------------------------------------------------------------------------
    def heading(self, text: str, size: float = 15, align: str = "left", font: str = "黑体", space_before: float = 6):
        p = self._para()
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
        p.paragraph_format.space_before = Pt(space_before)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        self._run_font(r, size, True, font)
        self._log(text)
        return p

    def para(self, text: str, size: float | None = None, bold: bool = False, align: str = "justify",
             indent: bool = True, font: str | None = None, space_after: float = 3):
        p = self._para()
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if indent:
            p.paragraph_format.first_line_indent = Pt((size or self.size) * 2)
        p.paragraph_format.space_after = Pt(space_after)
        r = p.add_run(text)
        self._run_font(r, size, bold, font)
        self._log(text)
        return p

    def spacer(self, pt: float = 12):
        p = self._para()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run("")
        r.font.size = Pt(pt)
        return p

    def table(self, rows: list[list[str]], widths_cm: list[float], size: float = 10, header_rows: int = 1,
              align: list[str] | None = None, shade_header: bool = True, bold_last: bool = False):
        if self._break_next:  # a table cannot carry pageBreakBefore: start the page with an empty line
            self.spacer(2)
        t = self.doc.add_table(rows=len(rows), cols=len(widths_cm))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = t.cell(r, c)
                cell.width = Cm(widths_cm[c])
                cell.text = ""
                p = cell.paragraphs[0]
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.line_spacing = 1.0
                a = "center" if r < header_rows else (align[c] if align else "left")
                p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                               "right": WD_ALIGN_PARAGRAPH.RIGHT}[a]
                run = p.add_run(str(value))
                self._run_font(run, size, r < header_rows or (bold_last and r == len(rows) - 1))
                if r < header_rows and shade_header:
                    tcpr = cell._tc.get_or_add_tcPr()
                    shd = OxmlElement("w:shd")
                    shd.set(qn("w:val"), "clear")
                    shd.set(qn("w:color"), "auto")
                    shd.set(qn("w:fill"), "D9E2F3")
                    tcpr.append(shd)
                self._log(str(value))
        # a small paragraph after the table keeps the next table apart
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        return t

    def picture(self, pic: Pic, width_cm: float, caption: str = "", caption_size: float = 10.5):
        p = self._para()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.line_spacing = 1.0
        p.add_run().add_picture(io.BytesIO(pic.data), width=Cm(width_cm))
        if caption:
            c = self.doc.add_paragraph()
            c.alignment = WD_ALIGN_PARAGRAPH.CENTER
            c.paragraph_format.space_after = Pt(6)
            r = c.add_run(caption)
            self._run_font(r, caption_size, False, "楷体")
            self._log(caption)
        self.placed.append(Placed(pic, self.page, caption))

    def save(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return normalize_zip(buf.getvalue())


# ----------------------------------------------------------------------------------------------
# XLSX
# ----------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


class Book:
    def __init__(self, author: str = ""):
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        p = self.wb.properties
        p.creator = author
        p.lastModifiedBy = author
        p.created = _FIXED_DT
        p.modified = _FIXED_DT
        self.placed: list[Placed] = []

    def sheet(self, title: str):
        return self.wb.create_sheet(title)

    @staticmethod
    def put(ws, row: int, col: int, value, bold: bool = False, border: bool = True, align: str | None = None,
            fill: bool = False, size: float = 10.5, wrap: bool = True, number_format: str | None = None):
        cell = ws.cell(row=row, column=col, value=value)
        cell.font = Font(name="宋体", size=size, bold=bold)
        if border:
            cell.border = BOX
        horizontal = align or ("right" if isinstance(value, (int, float)) else "left")
        cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap)
        if fill:
            cell.fill = HEAD_FILL
        if number_format:
            cell.number_format = number_format
        return cell

    def picture(self, ws, pic: Pic, anchor: str, width_px: int, sheet_index: int, caption: str = ""):
        img = XLImage(io.BytesIO(pic.data))
        img.width = width_px
        img.height = int(width_px * pic.size[1] / pic.size[0])
        ws.add_image(img, anchor)
        self.placed.append(Placed(pic, sheet_index, caption))

    def save(self) -> bytes:
        buf = io.BytesIO()
        self.wb.save(buf)
        return normalize_zip(buf.getvalue())
