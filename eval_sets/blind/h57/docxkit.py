"""Word features people really use, written into python-docx documents as raw WordprocessingML.

Text boxes (VML w:pict/v:shape/v:textbox/w:txbxContent, and DrawingML wps:txbx in an anchored
drawing), content controls (w:sdt, incl. one still showing its placeholder), simple and complex fields
(MERGEFIELD / DOCPROPERTY with their cached results), footnotes and endnotes (own parts), numbered
lists restarted per list (w:num with startOverride), an embedded Excel object (OLE package + cached PNG),
headers/footers; and a deterministic save (fixed zip dates, fixed core properties).
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
FIXED_DATE = (2024, 6, 12, 9, 30, 0)


def new_document(font: str = "宋体", size: float = 10.5) -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.3)
    st = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return doc


def _run_xml(text: str, bold: bool = False) -> str:
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r {NSDECL}>{b}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def header_footer(doc: Document, left: str, right: str, footer_prefix: str = "第") -> None:
    """Header: company name and 「金额单位：万元」 (tab-separated); footer: 第 PAGE 页 as a field."""
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = f"{left}\t\t{right}"
    fp = doc.sections[0].footer.paragraphs[0]
    fp.add_run(footer_prefix + " ")
    complex_field(fp, "PAGE", "1")
    fp.add_run(" 页")


def sdt_inline(paragraph, text: str, tag: str, placeholder: bool = False) -> None:
    """A plain-text content control holding the filled value (or showing its placeholder)."""
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    xml = (
        f'<w:sdt {NSDECL}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
        f'<w:id w:val="{abs(hash_tag(tag))}"/>{ph}<w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))


def hash_tag(tag: str) -> int:
    h = 7
    for ch in tag:
        h = (h * 131 + ord(ch)) % 2_000_000_000
    return h + 1


def complex_field(paragraph, instr: str, result: str) -> None:
    p = paragraph._p
    p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {NSDECL}><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.append(parse_xml(_run_xml(result)))
    p.append(parse_xml(f'<w:r {NSDECL}><w:fldChar w:fldCharType="end"/></w:r>'))


def simple_field(paragraph, instr: str, result: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {NSDECL} w:instr=" {escape(instr)} "><w:r><w:t xml:space="preserve">{escape(result)}</w:t></w:r></w:fldSimple>'
    ))


def _txbx_paras(lines: list[str], bold_first: bool = False) -> str:
    return "".join(
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r>{"<w:rPr><w:b/></w:rPr>" if (bold_first and i == 0) else ""}'
        f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for i, t in enumerate(lines)
    )


_shape_counter = [1024]


def vml_textbox(paragraph, lines: list[str], width_pt: int = 150, height_pt: int = 40, left_pt: int = 0) -> None:
    """A floating VML text box (legacy Word / WPS style) anchored in the paragraph."""
    _shape_counter[0] += 1
    sid = _shape_counter[0]
    xml = (
        f'<w:r {NSDECL}><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>'
        f'</v:shapetype><v:shape id="_x0000_s{sid}" type="#_x0000_t202" style="position:absolute;margin-left:{left_pt}pt;'
        f'margin-top:2pt;width:{width_pt}pt;height:{height_pt}pt;z-index:{sid};mso-position-horizontal-relative:text;'
        f'mso-position-vertical-relative:text" strokecolor="#1f4e79"><v:textbox><w:txbxContent>{_txbx_paras(lines)}'
        f'</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def dml_textbox(paragraph, lines: list[str], width_cm: float = 5.0, height_cm: float = 1.6, offset_cm: float = 9.0) -> None:
    """A floating DrawingML text box (wps:txbx, current Word) beside whatever the paragraph holds."""
    _shape_counter[0] += 1
    sid = _shape_counter[0]
    emu = 360000
    cx, cy, off = int(width_cm * emu), int(height_cm * emu), int(offset_cm * emu)
    xml = (
        f'<w:r {NSDECL}><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{off}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>36000</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{sid}" name="文本框 {sid}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        f'<a:ln w="6350"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{_txbx_paras(lines, bold_first=True)}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        f'<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def _notes_part(doc: Document, kind: str):
    """The footnotes/endnotes part, created on first use with Word's separator notes."""
    main = doc.part
    rt = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
    for rel in main.rels.values():
        if rel.reltype == rt:
            return rel.target_part
    tag = "footnotes" if kind == "footnote" else "endnotes"
    el = "footnote" if kind == "footnote" else "endnote"
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} xmlns:w="{W_NS}">'
        f'<w:{el} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{el}>'
        f'<w:{el} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{el}>'
        f'</w:{tag}>'
    ).encode("utf-8")
    ct = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{tag}+xml"
    part = Part(PackURI(f"/word/{tag}.xml"), ct, xml, main.package)
    part._h57_notes = []  # type: ignore[attr-defined]
    main.relate_to(part, rt)
    return part


def note(doc: Document, paragraph, text: str, kind: str = "footnote") -> None:
    """A footnote/endnote reference at the end of the paragraph and its text in the notes part."""
    part = _notes_part(doc, kind)
    notes = part._h57_notes  # type: ignore[attr-defined]
    nid = len(notes) + 1
    notes.append(text)
    el = "footnote" if kind == "footnote" else "endnote"
    paragraph._p.append(parse_xml(
        f'<w:r {NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{el}Reference w:id="{nid}"/></w:r>'
    ))
    tag = "footnotes" if kind == "footnote" else "endnotes"
    body = "".join(
        f'<w:{el} w:id="{i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{el}Ref/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:{el}>'
        for i, t in enumerate(notes)
    )
    part._blob = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} xmlns:w="{W_NS}">'
        f'<w:{el} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{el}>'
        f'<w:{el} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{el}>'
        f'{body}</w:{tag}>'
    ).encode("utf-8")


def numbered_list(doc: Document, items: list[str], container=None, style: str = "List Number") -> None:
    """Items as automatically numbered paragraphs (no digit in their text), numbering restarted at 1."""
    container = container or doc
    numbering = doc.part.numbering_part.element
    style_el = doc.styles[style].element
    num_id_style = style_el.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id_style):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    numbering.append(parse_xml(
        f'<w:num {NSDECL} w:numId="{new_id}"><w:abstractNumId w:val="{abstract}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    ))
    for it in items:
        para = container.add_paragraph(it, style=style)
        ppr = para._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {NSDECL}><w:ilvl w:val="0"/><w:numId w:val="{new_id}"/></w:numPr>'))


def excel_object(doc: Document, paragraph, xlsx_bytes: bytes, png_bytes: bytes, width_pt: int, height_pt: int, n: int = 1) -> None:
    """An embedded Excel worksheet (OLE package part) shown by its cached PNG image."""
    main = doc.part
    emb = Part(PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes, main.package)
    emb_rid = main.relate_to(emb, RT.PACKAGE)
    img_rid, _ = main.get_or_add_image(io.BytesIO(png_bytes))
    _shape_counter[0] += 1
    sid = _shape_counter[0]
    xml = (
        f'<w:r {NSDECL}><w:object w:dxaOrig="{width_pt * 20}" w:dyaOrig="{height_pt * 20}">'
        f'<v:shape id="_x0000_i{sid}" type="#_x0000_t75" style="width:{width_pt}pt;height:{height_pt}pt" o:ole="">'
        f'<v:imagedata r:id="{img_rid}" o:title=""/></v:shape>'
        f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i{sid}" DrawAspect="Content" '
        f'ObjectID="_17{sid:08d}" r:id="{emb_rid}"/></w:object></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def page_break_run(paragraph) -> None:
    paragraph.add_run().add_break(WD_BREAK.PAGE)


def repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {NSDECL}/>'))


def set_borders(table) -> None:
    table.style = "Table Grid"


CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
    '<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-06-03T08:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-06-12T09:30:00Z</dcterms:modified></cp:coreProperties>'
)


def normalize_zip(data: bytes, title: str = "", author: str = "user") -> bytes:
    """Same entries, fixed dates, fixed core properties, no thumbnail: byte-identical rebuilds."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = CORE_XML.format(title=escape(title), author=escape(author)).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def save(doc: Document, path, title: str = "", author: str = "user") -> None:
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), title, author))


def save_workbook(wb, path, title: str = "", author: str = "user") -> None:
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), title, author))


def workbook_bytes(wb) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), "", "user")


def docx_text(path) -> str:
    """All text a reader should see: body, text boxes, tables, headers/footers, notes (for verify)."""
    import re
    z = zipfile.ZipFile(path)
    out = []
    for name in sorted(z.namelist()):
        if name.startswith("word/") and name.endswith(".xml"):
            xml = z.read(name).decode("utf-8")
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))
    return "".join(out)
