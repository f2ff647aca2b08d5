"""Word (DOCX) and XLSX writing helpers of blind set h39: letterheads, merged headers, tracked changes,
comments, floating seals, text boxes, automatic numbering, deterministic saving.

Only python-docx / openpyxl / PIL; every file is re-zipped with fixed entry dates so a rebuild is
byte-identical.
"""

from __future__ import annotations

import copy
import io
import math
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

FIXED_DT = datetime(2024, 7, 15, 9, 30, 0)
ZIP_DATE = (2024, 7, 15, 9, 30, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- saving
def normalize_zip(data: bytes) -> bytes:
    import re
    src = zipfile.ZipFile(io.BytesIO(data))
    fixed = "2024-07-15T09:30:00Z"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)",
                              lambda m: m.group(1) + fixed.encode() + m.group(2), body)
            dst.writestr(zi, body)
    return out.getvalue()


def save_docx(doc, path: Path, author: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def save_xlsx(wb, path: Path, author: str) -> None:
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


# ---------------------------------------------------------------- documents
def new_doc(font: str = "宋体", size: float = 11, header: str = "", footer_pages: bool = True,
            landscape: bool = False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(9)
    if footer_pages:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(fp, "第 ", 9)
        _field(fp, "PAGE")
        _run(fp, " 页 / 共 ", 9)
        _field(fp, "NUMPAGES")
        _run(fp, " 页", 9)
    return doc


def _run(p, text, size=None, bold=False, color=None):
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def _field(p, name):
    r = p.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {name} "; r2._r.append(t)
    r3 = p.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = p.add_run("1"); r4.font.size = Pt(9)
    r5 = p.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def para(doc_or_cell, text="", size=None, bold=False, align=None, color=None, style=None, indent=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        _run(p, text, size, bold, color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt((size or 11) * 2)
    p.paragraph_format.space_after = Pt(2)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, size=9.5, bold=False, align="center", style=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if style:
        p.style = style
    if text != "":
        _run(p, str(text), size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(doc_or_cell, rows: int, cols: int, widths_cm=None, style="Table Grid"):
    t = doc_or_cell.add_table(rows=rows, cols=cols)
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def letterhead(doc, company: str, subtitle: str, doc_no: str, color="C00000"):
    """A two-row letterhead table: company name in red, document number, red rule below."""
    t = table(doc, 2, 2, [11.0, 5.6], style=None)
    c = t.cell(0, 0).merge(t.cell(0, 1))
    p = set_cell(c, company, size=18, bold=True)
    p.runs[0].font.color.rgb = RGBColor.from_string(color)
    set_cell(t.cell(1, 0), subtitle, size=9, align="left")
    set_cell(t.cell(1, 1), doc_no, size=9, align="right")
    rule = para(doc, "")
    pPr = rule._p.get_or_add_pPr()
    bdr = parse_xml(f'<w:pBdr xmlns:w="{W_NS}"><w:bottom w:val="single" w:sz="18" w:space="1" w:color="{color}"/></w:pBdr>')
    pPr.append(bdr)


# ---------------------------------------------------------------- revisions and comments
_REV = [0]


def tracked_sentence(doc, parts, author="", date="2024-07-08T10:00:00Z", size=11):
    """parts: list of str | ("del", text) | ("ins", text). Deleted text stays in the file as w:delText."""
    p = para(doc, "", size=size, indent=True)
    for part in parts:
        if isinstance(part, str):
            _run(p, part, size)
            continue
        kind, text = part
        _REV[0] += 1
        wrap = OxmlElement("w:ins" if kind == "ins" else "w:del")
        wrap.set(qn("w:id"), str(900 + _REV[0]))
        wrap.set(qn("w:author"), author)
        wrap.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr"); sz = OxmlElement("w:sz"); sz.set(qn("w:val"), str(int(size * 2))); rpr.append(sz)
        r.append(rpr)
        t = OxmlElement("w:t" if kind == "ins" else "w:delText")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        wrap.append(r)
        p._p.append(wrap)
    return p


def comment(doc, run, text, author, initials):
    c = doc.add_comment(run, text=text, author=author, initials=initials)
    c._comment_elm.set(qn("w:date"), "2024-07-09T15:20:00Z")
    return c


# ---------------------------------------------------------------- pictures
def seal_png(path: Path, company: str, font_loader, label: str = "") -> Path:
    size = 360
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    red = (214, 24, 32, 235)
    d.ellipse((8, 8, size - 8, size - 8), outline=red, width=12)
    cx = cy = size / 2
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = 52 if k % 2 == 0 else 21
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = font_loader(34)
    chars = list(company)
    span = min(250.0, 19.0 * len(chars))
    start = -90 - span / 2
    for i, ch in enumerate(chars):
        ang = start + span * (i + 0.5) / len(chars)
        tile = Image.new("RGBA", (44, 44), (255, 255, 255, 0))
        ImageDraw.Draw(tile).text((22, 22), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        r = 128
        x = cx + r * math.cos(math.radians(ang)) - 22
        y = cy + r * math.sin(math.radians(ang)) - 22
        img.alpha_composite(tile, (int(round(x)), int(round(y))))
    if label:
        d.text((cx, cy + 95), label, font=font_loader(26), fill=red, anchor="mm")
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=False)
    return path


def floating_picture(paragraph, png: Path, width_cm: float, offset_x_cm: float, offset_y_cm: float, pic_id: int):
    """Insert a picture anchored to the paragraph, in front of the text (a seal over a signature)."""
    run = paragraph.add_run()
    run.add_picture(str(png), width=Cm(width_cm))
    inline = run._r.find(qn("w:drawing")).find(qn("wp:inline"))
    ext = inline.find(qn("wp:extent"))
    cx, cy = ext.get("cx"), ext.get("cy")
    graphic = inline.find(qn("a:graphic"))
    emu = 360000
    anchor = parse_xml(
        '<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        f'distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{251658240 + pic_id}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{int(offset_x_cm * emu)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(offset_y_cm * emu)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{pic_id}" name="印章 {pic_id}"/><wp:cNvGraphicFramePr/></wp:anchor>')
    anchor.append(copy.deepcopy(graphic))
    drawing = run._r.find(qn("w:drawing"))
    drawing.remove(inline)
    drawing.append(anchor)


def textbox_with(doc, build_inner, width_pt=430, height_pt=150, shape_id=1):
    """A VML text box (inline) whose content is built by build_inner(tmp_doc) in a scratch document."""
    tmp = Document()
    body = tmp.element.body
    for el in list(body):
        if el.tag != qn("w:sectPr"):
            body.remove(el)
    build_inner(tmp)
    inner = [copy.deepcopy(el) for el in tmp.element.body if el.tag != qn("w:sectPr")]
    if not inner or inner[-1].tag != qn("w:p"):
        inner.append(OxmlElement("w:p"))
    p = doc.add_paragraph()
    r = p.add_run()
    pict = parse_xml(
        '<w:pict xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<v:shape id="TextBox{shape_id}" type="#_x0000_t202" style="width:{width_pt}pt;height:{height_pt}pt" '
        'strokecolor="#1F4E79" strokeweight="1pt"><v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict>')
    txbx = pict.find(".//" + qn("w:txbxContent"))
    for el in inner:
        txbx.append(el)
    r._r.append(pict)
    return p


def numbered_style_paragraph(cell, text, size=9):
    """A cell paragraph numbered by Word's automatic list numbering (List Number): the number is not text."""
    cell.text = ""
    p = cell.paragraphs[0]
    p.style = "List Number"
    if text:
        _run(p, text, size)
    p.paragraph_format.space_after = Pt(0)
    return p


# ---------------------------------------------------------------- text by page (verify and build checks)
def docx_pages(path: Path) -> list[str]:
    """Body text split at explicit page breaks; insertions kept, deletions (w:delText) dropped."""
    import docx as _docx
    d = _docx.Document(str(path))
    pages = [""]
    for el in d.element.body.iter():
        if el.tag == qn("w:t"):
            pages[-1] += el.text or ""
        elif el.tag == qn("w:br") and el.get(qn("w:type")) == "page":
            pages.append("")
        elif el.tag == qn("w:pageBreakBefore"):
            pages.append("")
        elif el.tag == qn("w:p"):
            pages[-1] += "\n"
    return pages
