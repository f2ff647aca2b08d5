"""The text a reader sees in one Word paragraph: runs, fields, content controls and symbol fonts.

python-docx's `paragraph.text` drops what the 申报表 depends on: a Word checkbox control
(`w14:checkbox`), a legacy form checkbox (`w:ffData/w:checkBox`) and a Wingdings tick inserted as
`w:sym` all read as nothing, so "☑ 自建 □ 合作共建" would lose which option was chosen. Here each
becomes ☑ or □ in the text. Deleted revisions (`w:del`, `w:moveFrom`) and field codes
(`w:instrText`) are not shown by Word and are skipped, and so is struck-through text (a revision
marked by hand, read as deleted); `mc:AlternateContent` is read once (its
first Choice) so a text box or picture is not counted twice. Invisible runs (vanish, white,
tiny) keep their text but say why they are hidden: evidence text is data, and hidden
instructions must be reported, not obeyed.

This module reads one paragraph; it does not walk the body, tables or pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from extractors.checkboxes import CHECKED, UNCHECKED

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
V = "{urn:schemas-microsoft-com:vml}"
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

_TRANSPARENT = {
    f"{W}{name}"
    for name in ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo")
}
_MATH = {f"{MATH}oMath", f"{MATH}oMathPara"}

# Symbol fonts draw a glyph for a byte; Word stores it as w:sym w:char="F0FE" or as a private-use
# (U+F0xx) or Latin-1 character in a run whose font is the symbol font. Only the glyphs used as
# tick boxes and check marks are mapped; other symbols are dropped rather than shown as junk.
_SYMBOL_GLYPHS = {
    "wingdings 2": {0x52: "☑", 0x54: "☒", 0x50: "✓", 0xA3: "□", 0x2A: "□"},
    "wingdings": {
        0x6E: "■",
        0x6F: "□",
        0x71: "□",
        0x72: "□",
        0xA8: "□",
        0x78: "☒",
        0xFD: "☒",
        0xFE: "☑",
        0xFC: "✓",
    },
    "symbol": {0xD6: "√"},
}
_TRUE = {"1", "true", "on"}


@dataclass(frozen=True)
class ParagraphText:
    text: str
    hidden: frozenset[str] = frozenset()
    images: int = 0


@dataclass
class _Collector:
    parts: list[str] = field(default_factory=list)
    hidden: set[str] = field(default_factory=set)
    images: int = 0

    def add(self, text: str, reasons: tuple[str, ...] = ()) -> None:
        if text:
            self.parts.append(text)
            if reasons and text.strip():
                self.hidden.update(reasons)


def read_paragraph(p: etree._Element) -> ParagraphText:
    collector = _Collector()
    _read_inline(p, collector)
    text = "".join(collector.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    return ParagraphText(text=text, hidden=frozenset(collector.hidden), images=collector.images)


def _alternate(node: etree._Element) -> etree._Element | None:
    """The branch of mc:AlternateContent Word would show: the first Choice, else the Fallback."""
    chosen = node.find(f"{MC}Choice")
    return chosen if chosen is not None else node.find(f"{MC}Fallback")


def _read_inline(parent: etree._Element, out: _Collector) -> None:
    for child in parent:
        tag = child.tag
        if tag == f"{W}r":
            _read_run(child, out)
        elif tag in _TRANSPARENT:
            _read_inline(child, out)
        elif tag == f"{W}sdt":
            _read_sdt(child, out)
        elif tag == f"{MC}AlternateContent":
            branch = _alternate(child)
            if branch is not None:
                _read_inline(branch, out)
        elif tag in _MATH:
            out.add("".join(t.text or "" for t in child.iter(f"{MATH}t")))
        elif tag == f"{W}ruby":
            base = child.find(f"{W}rubyBase")
            if base is not None:
                _read_inline(base, out)


def _read_sdt(sdt: etree._Element, out: _Collector) -> None:
    box = sdt.find(f"{W}sdtPr/{W14}checkbox")
    if box is not None:
        # The control's content is only the glyph Word draws for the state; the state itself
        # is w14:checked (a document saved by another tool may carry a stale glyph).
        checked = box.find(f"{W14}checked")
        state = checked is not None and checked.get(f"{W14}val", "0").lower() in _TRUE
        out.add(CHECKED if state else UNCHECKED)
        return
    content = sdt.find(f"{W}sdtContent")
    if content is not None and not placeholder_shown(sdt):
        _read_inline(content, out)


def placeholder_shown(sdt: etree._Element) -> bool:
    """A content control still showing its placeholder (「单击或点击此处输入文字。」, w:showingPlcHdr): nothing
    was filled in, whatever grey text Word draws there."""
    return sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is not None


def _hidden_reasons(rpr: etree._Element | None) -> tuple[str, ...]:
    if rpr is None:
        return ()
    reasons = []
    vanish = rpr.find(f"{W}vanish")
    if vanish is not None and vanish.get(f"{W}val", "true").lower() not in ("0", "false", "off"):
        reasons.append("vanish")
    color = rpr.find(f"{W}color")
    if color is not None and color.get(f"{W}val", "").upper() == "FFFFFF":
        shading = rpr.find(f"{W}shd")
        highlight = rpr.find(f"{W}highlight")
        fill = (shading.get(f"{W}fill", "auto") if shading is not None else "auto").upper()
        if highlight is None and fill in ("AUTO", "FFFFFF"):
            reasons.append("white")
    size = rpr.find(f"{W}sz")
    if size is not None:
        try:
            if int(size.get(f"{W}val", "24")) < 4:  # half-points: below 2 pt nobody can read it
                reasons.append("tiny")
        except ValueError:
            pass
    return tuple(reasons)


def _symbol_family(font: str) -> str | None:
    font = font.lower()
    for family in _SYMBOL_GLYPHS:  # "wingdings 2" is tested before "wingdings"
        if family in font:
            return family
    return None


def _run_family(rpr: etree._Element | None) -> str | None:
    fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
    if fonts is None:
        return None
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        family = _symbol_family(fonts.get(f"{W}{attr}", ""))
        if family:
            return family
    return None


def _map_symbol_text(text: str, family: str) -> str:
    glyphs = _SYMBOL_GLYPHS[family]
    mapped = []
    for ch in text:
        code = ord(ch)
        if 0xF000 <= code <= 0xF0FF or code < 0x100:
            mapped.append(glyphs.get(code & 0xFF, ch if code < 0x80 else ""))
        else:
            mapped.append(ch)
    return "".join(mapped)


def _sym_glyph(sym: etree._Element) -> str:
    family = _symbol_family(sym.get(f"{W}font", ""))
    try:
        code = int(sym.get(f"{W}char", ""), 16) & 0xFF
    except ValueError:
        return ""
    return _SYMBOL_GLYPHS[family].get(code, "") if family else ""


def _form_checkbox(fld_char: etree._Element) -> str:
    box = fld_char.find(f"{W}ffData/{W}checkBox")
    if box is None:
        return ""
    checked = box.find(f"{W}checked")
    if checked is not None:
        state = checked.get(f"{W}val", "true").lower() in _TRUE
    else:
        default = box.find(f"{W}default")
        state = default is not None and default.get(f"{W}val", "0").lower() in _TRUE
    return CHECKED if state else UNCHECKED


def _count_images(node: etree._Element) -> int:
    pictures = sum(1 for _ in node.iter(f"{PIC}pic", f"{V}imagedata"))
    if pictures:
        return pictures
    has_chart = next(node.iter(f"{CHART}chart", f"{A}blip"), None) is not None
    return 1 if has_chart else 0


def _read_text_boxes(node: etree._Element, out: _Collector) -> None:
    for box in node.iter(f"{W}txbxContent"):
        for p in box.iter(f"{W}p"):
            if _in_table(p, box):
                continue  # a table in a text box is read as a table (`text_box_tables`)
            inner = read_paragraph(p)
            if inner.text:
                out.add(" " + inner.text)
                out.hidden.update(inner.hidden)
            out.images += inner.images


def _in_table(node: etree._Element, stop: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{W}tbl":
            return True
        parent = parent.getparent()
    return False


def text_box_tables(paragraph: etree._Element) -> list[etree._Element]:
    """The tables inside the paragraph's text boxes (a 证明函's figures in a table drawn in a text box),
    outermost only, from the branch of mc:AlternateContent Word shows (the Fallback repeats it)."""
    tables = []
    for box in paragraph.iter(f"{W}txbxContent"):
        if any(a.tag == f"{MC}Fallback" and a.getparent() is not None and a.getparent().find(f"{MC}Choice") is not None
               for a in box.iterancestors()):
            continue
        tables += [t for t in box.iter(f"{W}tbl") if not _in_table(t, box)]
    return tables


def _struck(rpr: etree._Element | None) -> bool:
    """A run struck through (w:strike, w:dstrike): a revision made by hand — 「6820」 struck before
    「6280」 in a corrected 申报表 — that a reader takes as deleted, as Word's own w:del."""
    if rpr is None:
        return False
    for tag in (f"{W}strike", f"{W}dstrike"):
        mark = rpr.find(tag)
        if mark is not None and mark.get(f"{W}val", "true").lower() not in ("0", "false", "off"):
            return True
    return False


def _read_run(run: etree._Element, out: _Collector) -> None:
    rpr = run.find(f"{W}rPr")
    if _struck(rpr):
        return
    _read_run_content(run, out, _hidden_reasons(rpr), _run_family(rpr))


def _read_run_content(
    run: etree._Element, out: _Collector, reasons: tuple[str, ...], family: str | None
) -> None:
    for child in run:
        tag = child.tag
        if tag == f"{W}t":
            text = child.text or ""
            out.add(_map_symbol_text(text, family) if family else text, reasons)
        elif tag in (f"{W}tab", f"{W}ptab"):
            out.add(" ")
        elif tag == f"{W}br":
            if child.get(f"{W}type") not in ("page", "column"):
                out.add("\n")
        elif tag == f"{W}cr":
            out.add("\n")
        elif tag == f"{W}noBreakHyphen":
            out.add("-")
        elif tag == f"{W}sym":
            out.add(_sym_glyph(child), reasons)
        elif tag == f"{W}fldChar" and child.get(f"{W}fldCharType") == "begin":
            out.add(_form_checkbox(child))
        elif tag in (f"{W}drawing", f"{W}pict", f"{W}object"):
            out.images += _count_images(child)
            _read_text_boxes(child, out)
        elif tag == f"{MC}AlternateContent":
            branch = _alternate(child)
            if branch is not None:
                _read_run_content(branch, out, reasons, family)
