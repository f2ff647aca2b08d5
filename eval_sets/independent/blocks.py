"""A small document model (titles, paragraphs, tables with merged cells) and its renderers:
DOCX (python-docx), PDF (reportlab platypus, invariant) and XLSX (openpyxl)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass
class Cell:
    text: str
    cs: int = 1
    rs: int = 1
    bold: bool = False
    align: str = "left"
    shade: str | None = None


@dataclass
class Title:
    text: str
    size: float = 16
    align: str = "center"
    bold: bool = True


@dataclass
class Para:
    text: str
    bold: bool = False
    indent: bool = False
    align: str = "left"
    size: float | None = None


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Table:
    widths: list[float]
    rows: list[list[Cell | None]]
    header_rows: int = 0
    size: float | None = None


@dataclass
class PageBreak:
    pass


@dataclass
class Image:
    data: bytes
    width_cm: float
    caption: str = ""


@dataclass
class Spacer:
    height: float = 10


def grid(widths: list[float], rows: list[list[Cell]], header_rows: int = 0, size: float | None = None) -> Table:
    """Build a Table from rows that list only the anchor cells (spans fill the rest with None)."""
    ncol = len(widths)
    out: list[list[Cell | None]] = []
    pending: dict[tuple[int, int], bool] = {}
    for r, row in enumerate(rows):
        line: list[Cell | None] = []
        it = iter(row)
        c = 0
        while c < ncol:
            if pending.get((r, c)):
                line.append(None)
                c += 1
                continue
            cell = next(it)
            line.append(cell)
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    if dr or dc:
                        pending[(r + dr, c + dc)] = True
            for _ in range(cell.cs - 1):
                line.append(None)
            c += cell.cs
        rest = list(it)
        assert not rest, f"row {r}: {len(rest)} cells left over"
        out.append(line)
    return Table(widths, out, header_rows, size)


# ----------------------------------------------------------------------------------------------
# DOCX


@dataclass
class DocxStyle:
    font: str = "宋体"
    latin: str = "Times New Roman"
    size: float = 10.5
    table_size: float = 9
    heading_font: str = "黑体"
    headings: str = "word"  # "word" (Heading 1/2 styles) | "bold" (bold paragraphs)
    margins_cm: float = 2.2
    landscape: bool = False


def _set_run_font(run, font: str, latin: str, size: float | None, bold: bool = False):
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    if size:
        run.font.size = Pt(size)
    if bold:
        run.bold = True


def _fill_paragraph(par, text: str, st: DocxStyle, size: float | None, bold: bool = False):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        _set_run_font(run, st.font, st.latin, size, bold)
        if i < len(lines) - 1:
            run.add_break()


def render_docx(blocks: list, st: DocxStyle):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if st.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(st.margins_cm))
    normal = doc.styles["Normal"]
    normal.font.name = st.latin
    normal.font.size = Pt(st.size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), st.font)
    align_map = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                 "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
    usable = (29.7 if st.landscape else 21.0) - 2 * st.margins_cm
    for b in blocks:
        if isinstance(b, Title):
            p = doc.add_paragraph()
            p.alignment = align_map[b.align]
            run = p.add_run(b.text)
            _set_run_font(run, st.heading_font, st.latin, b.size, b.bold)
        elif isinstance(b, Heading):
            if st.headings == "word":
                p = doc.add_heading(level=b.level)
                run = p.add_run(b.text)
                _set_run_font(run, st.heading_font, st.latin, 15 if b.level == 1 else 12.5)
                run.font.color.rgb = None
            else:
                p = doc.add_paragraph()
                run = p.add_run(b.text)
                _set_run_font(run, st.heading_font, st.latin, 14 if b.level == 1 else 12, True)
        elif isinstance(b, Para):
            p = doc.add_paragraph()
            p.alignment = align_map[b.align]
            if b.indent:
                p.paragraph_format.first_line_indent = Pt((b.size or st.size) * 2)
            _fill_paragraph(p, b.text, st, b.size, b.bold)
        elif isinstance(b, PageBreak):
            doc.add_page_break()
        elif isinstance(b, Spacer):
            doc.add_paragraph()
        elif isinstance(b, Image):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run().add_picture(io.BytesIO(b.data), width=Cm(b.width_cm))
            if b.caption:
                cp = doc.add_paragraph()
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _fill_paragraph(cp, b.caption, st, st.size - 1.5)
        elif isinstance(b, Table):
            nrow, ncol = len(b.rows), len(b.widths)
            t = doc.add_table(rows=nrow, cols=ncol)
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            total = sum(b.widths)
            widths = [Cm(usable * w / total) for w in b.widths]
            # Table.cell(r, c) rebuilds the whole grid on every call (quadratic in the table's
            # size); take the grid once and again only after a merge has changed it.
            grid = t._cells
            for i, tc in enumerate(grid):
                tc.width = widths[i % ncol]
            for r, row in enumerate(b.rows):
                for c, cell in enumerate(row):
                    if cell is None:
                        continue
                    target = grid[r * ncol + c]
                    if cell.cs > 1 or cell.rs > 1:
                        target = target.merge(grid[(r + cell.rs - 1) * ncol + c + cell.cs - 1])
                        grid = t._cells
                    par = target.paragraphs[0]
                    par.alignment = align_map[cell.align]
                    _fill_paragraph(par, cell.text, st, b.size or st.table_size, cell.bold)
                    if cell.shade:
                        tcpr = target._tc.get_or_add_tcPr()
                        shd = OxmlElement("w:shd")
                        shd.set(qn("w:val"), "clear")
                        shd.set(qn("w:color"), "auto")
                        shd.set(qn("w:fill"), cell.shade)
                        tcpr.append(shd)
            if b.header_rows:
                for r in range(b.header_rows):
                    trpr = t.rows[r]._tr.get_or_add_trPr()
                    hdr = OxmlElement("w:tblHeader")
                    trpr.append(hdr)
            doc.add_paragraph()
        else:
            raise TypeError(b)
    return doc


# ----------------------------------------------------------------------------------------------
# PDF (reportlab)


@dataclass
class PdfStyle:
    font: str = "WQY"
    size: float = 10
    table_size: float = 8.6
    leading: float = 1.35
    margins_mm: float = 18
    header: str = ""
    footer_pages: bool = True
    title: str = ""
    author: str = ""
    landscape: bool = False
    line_width: float = 0.6


def render_pdf(blocks: list, st: PdfStyle) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm, mm
    from reportlab.platypus import Image as RLImage
    from reportlab.platypus import PageBreak as RLPageBreak
    from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle
    from reportlab.platypus import Spacer as RLSpacer
    from reportlab.platypus import Table as RLTable

    from .fonts import rl_font

    font = rl_font(st.font)
    pagesize = landscape(A4) if st.landscape else A4
    aligns = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}

    def pstyle(size, align="left", indent=False):
        return ParagraphStyle("p", fontName=font, fontSize=size, leading=size * st.leading, alignment=aligns[align],
                              firstLineIndent=size * 2 if indent else 0, wordWrap="CJK")

    def para(text, size, align="left", indent=False, bold=False):
        t = escape(text).replace("\n", "<br/>")
        return Paragraph(t, pstyle(size, align, indent))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=st.margins_mm * mm, rightMargin=st.margins_mm * mm,
                            topMargin=st.margins_mm * mm + (4 * mm if st.header else 0), bottomMargin=st.margins_mm * mm,
                            invariant=1, title=st.title, author=st.author, creator=st.author or "Microsoft Word",
                            producer="Microsoft: Print To PDF" if not st.author else st.author, subject="", keywords="")
    width = pagesize[0] - 2 * st.margins_mm * mm
    story = []
    for b in blocks:
        if isinstance(b, Title):
            story.append(para(b.text, b.size, b.align))
            story.append(RLSpacer(1, b.size * 0.6))
        elif isinstance(b, Heading):
            size = st.size + (3 if b.level == 1 else 1.5)
            story.append(RLSpacer(1, size * 0.4))
            story.append(para(b.text, size))
            story.append(RLSpacer(1, size * 0.3))
        elif isinstance(b, Para):
            story.append(para(b.text, b.size or st.size, b.align, b.indent))
            story.append(RLSpacer(1, 3))
        elif isinstance(b, PageBreak):
            story.append(RLPageBreak())
        elif isinstance(b, Spacer):
            story.append(RLSpacer(1, b.height))
        elif isinstance(b, Image):
            from PIL import Image as PILImage

            im = PILImage.open(io.BytesIO(b.data))
            w = b.width_cm * cm
            story.append(RLImage(io.BytesIO(b.data), width=w, height=w * im.height / im.width))
        elif isinstance(b, Table):
            size = b.size or st.table_size
            total = sum(b.widths)
            colw = [width * w / total for w in b.widths]
            data = []
            cmds = [("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("BOX", (0, 0), (-1, -1), st.line_width, colors.black)]
            nrow, ncol = len(b.rows), len(b.widths)
            covered_v = set()  # (r, c) hidden under a vertical merge
            for r, row in enumerate(b.rows):
                for c, cell in enumerate(row):
                    if cell is not None and cell.rs > 1:
                        for dr in range(1, cell.rs):
                            for dc in range(cell.cs):
                                covered_v.add((r + dr, c + dc))
            for r, row in enumerate(b.rows):
                line = []
                for c, cell in enumerate(row):
                    if cell is None:
                        line.append("")
                        continue
                    line.append(para(cell.text, size, cell.align))
                    if cell.cs > 1:
                        cmds.append(("SPAN", (c, r), (c + cell.cs - 1, r)))
                    if cell.shade:
                        cmds.append(("BACKGROUND", (c, r), (c + cell.cs - 1, r), colors.HexColor("#" + cell.shade)))
                data.append(line)
            # vertical lines everywhere; horizontal lines except inside vertical merges
            cmds.append(("LINEBEFORE", (0, 0), (-1, -1), st.line_width, colors.black))
            cmds.append(("LINEAFTER", (0, 0), (-1, -1), st.line_width, colors.black))
            for r in range(1, nrow):
                for c in range(ncol):
                    if (r, c) not in covered_v:
                        cmds.append(("LINEABOVE", (c, r), (c, r), st.line_width, colors.black))
            t = RLTable(data, colWidths=colw, repeatRows=b.header_rows, hAlign="CENTER")
            t.setStyle(TableStyle(cmds))
            story.append(t)
            story.append(RLSpacer(1, 8))
        else:
            raise TypeError(b)

    def on_page(canvas, doc_):
        canvas.saveState()
        canvas.setFont(font, 8)
        if st.header:
            canvas.drawString(st.margins_mm * mm, pagesize[1] - st.margins_mm * mm + 2 * mm, st.header)
            canvas.setLineWidth(0.4)
            canvas.line(st.margins_mm * mm, pagesize[1] - st.margins_mm * mm + 0.5 * mm,
                        pagesize[0] - st.margins_mm * mm, pagesize[1] - st.margins_mm * mm + 0.5 * mm)
        if st.footer_pages:
            canvas.drawCentredString(pagesize[0] / 2, st.margins_mm * mm * 0.5, f"- {doc_.page} -")
        canvas.restoreState()

    while story and isinstance(story[-1], RLSpacer):  # no blank page after the last table
        story.pop()
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------
# XLSX


def write_sheet(ws, blocks: list, widths_chars: list[float] | None = None, font: str = "宋体", size: float = 10.5):
    """Write blocks top-down into one worksheet; tables keep merges."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 1
    ncol_max = max((len(b.widths) for b in blocks if isinstance(b, Table)), default=4)
    if widths_chars:
        from openpyxl.utils import get_column_letter

        for i, w in enumerate(widths_chars, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
    for b in blocks:
        if isinstance(b, (Title, Para, Heading)):
            text = b.text
            ws.cell(row=r, column=1, value=text)
            bold = getattr(b, "bold", False) or isinstance(b, (Title, Heading))
            fsize = getattr(b, "size", None) or (14 if isinstance(b, Title) else size)
            ws.cell(row=r, column=1).font = Font(name=font, size=fsize, bold=bold)
            align = "center" if getattr(b, "align", "left") == "center" else "left"
            ws.cell(row=r, column=1).alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
            if ncol_max > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol_max)
            if "\n" in text or len(text) > 60:
                ws.row_dimensions[r].height = 15 * (text.count("\n") + 1 + len(text) // 70)
            r += 1
        elif isinstance(b, (Spacer, PageBreak)):
            r += 1
        elif isinstance(b, Table):
            for dr, row in enumerate(b.rows):
                longest = 1
                for c, cell in enumerate(row, start=1):
                    x = ws.cell(row=r + dr, column=c)
                    x.border = border
                    if cell is None:
                        continue
                    x.value = _xlsx_value(cell.text)
                    if isinstance(x.value, float):
                        x.number_format = "0.00"
                    x.font = Font(name=font, size=b.size or size, bold=cell.bold)
                    x.alignment = Alignment(horizontal=cell.align if cell.align != "justify" else "left",
                                            vertical="center", wrap_text=True)
                    if cell.shade:
                        x.fill = PatternFill("solid", fgColor=cell.shade)
                    if cell.cs > 1 or cell.rs > 1:
                        ws.merge_cells(start_row=r + dr, start_column=c, end_row=r + dr + cell.rs - 1,
                                       end_column=c + cell.cs - 1)
                    longest = max(longest, cell.text.count("\n") + 1 + len(cell.text) // 38)
                if longest > 1:
                    ws.row_dimensions[r + dr].height = min(400, 14 * longest)
            r += len(b.rows) + 1
    return r


def _xlsx_value(text: str):
    """Plain numbers go into the sheet as numbers (how applicants type them); the rest stays text."""
    import re

    if re.fullmatch(r"-?\d{1,12}", text):
        return int(text)
    if re.fullmatch(r"-?\d{1,12}\.\d{2}", text):
        return float(text)
    return text
