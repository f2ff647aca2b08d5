"""Platypus documents with running headers/footers 「第 N 页 共 M 页」, portrait + landscape templates,
and anchors: a flowable carrying `_anchor` records the physical page it was drawn on (two passes, so
the total page count and the 目录 page numbers are known in the second pass)."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

import kit

FONT = None


def font() -> str:
    global FONT
    if FONT is None:
        FONT = kit.pdf_font()
    return FONT


def styles(base: float = 10.5, leading: float = 1.75) -> dict[str, ParagraphStyle]:
    f = font()
    body = ParagraphStyle("body", fontName=f, fontSize=base, leading=base * leading, firstLineIndent=base * 2,
                          wordWrap="CJK", spaceAfter=3)
    return {
        "body": body,
        "plain": ParagraphStyle("plain", parent=body, firstLineIndent=0),
        "small": ParagraphStyle("small", parent=body, fontSize=base - 2, leading=(base - 2) * 1.4, firstLineIndent=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=base - 1.5, leading=(base - 1.5) * 1.35, firstLineIndent=0,
                               spaceAfter=0),
        "h1": ParagraphStyle("h1", parent=body, fontSize=base + 5, leading=(base + 5) * 1.6, firstLineIndent=0,
                             spaceBefore=8, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=body, fontSize=base + 2, leading=(base + 2) * 1.6, firstLineIndent=0,
                             spaceBefore=6, spaceAfter=4),
        "cap": ParagraphStyle("cap", parent=body, fontSize=base - 1, alignment=TA_CENTER, firstLineIndent=0,
                              spaceBefore=4, spaceAfter=4),
        "title": ParagraphStyle("title", parent=body, fontSize=24, leading=36, alignment=TA_CENTER, firstLineIndent=0),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0),
    }


def anchored(flowable, name: str):
    flowable._anchor = name
    return flowable


def grid_table(rows, widths, st, header_rows: int = 1, repeat: int = 0, align_right_from: int | None = None,
               fs: float | None = None, bold_last: bool = False, zebra: bool = False):
    cell = st["cell"] if fs is None else ParagraphStyle("c2", parent=st["cell"], fontSize=fs, leading=fs * 1.35)
    data = [[c if not isinstance(c, str) else Paragraph(c, cell) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=repeat)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.86, 0.9, 0.96)) if header_rows else
        ("TOPPADDING", (0, 0), (0, 0), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if zebra:
        for i in range(header_rows, len(rows)):
            if (i - header_rows) % 2:
                style.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.96, 0.96, 0.96)))
    t.setStyle(TableStyle(style))
    return t


class Doc(BaseDocTemplate):
    def __init__(self, buf, header: tuple[str, str], total: int | None, cover: bool, title: str, author: str,
                 footer_fmt: str = "第 {n} 页 共 {m} 页", header_rule: bool = True):
        super().__init__(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                         bottomMargin=22 * mm, title=title, author=author, creator="h35", producer="h35",
                         invariant=1, subject="")
        self.header = header
        self.total = total
        self.cover = cover
        self.footer_fmt = footer_fmt
        self.header_rule = header_rule
        self.anchors: dict[str, int] = {}
        pw, ph = A4
        lw, lh = landscape(A4)
        fp = Frame(self.leftMargin, self.bottomMargin, pw - 44 * mm, ph - 46 * mm, id="p")
        fl = Frame(18 * mm, 20 * mm, lw - 36 * mm, lh - 42 * mm, id="l")
        self.addPageTemplates([
            PageTemplate("P", [fp], onPage=self._deco, pagesize=A4),
            PageTemplate("L", [fl], onPage=self._deco, pagesize=landscape(A4)),
        ])

    def _deco(self, c, doc):
        if self.cover and doc.page == 1:
            return
        w, h = c._pagesize
        c.saveState()
        c.setFont(font(), 8.5)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        c.drawString(20 * mm, h - 14 * mm, self.header[0])
        c.drawRightString(w - 20 * mm, h - 14 * mm, self.header[1])
        if self.header_rule:
            c.setLineWidth(0.4)
            c.line(20 * mm, h - 15.5 * mm, w - 20 * mm, h - 15.5 * mm)
        if self.footer_fmt:
            c.drawCentredString(w / 2, 11 * mm, self.footer_fmt.format(n=doc.page, m=self.total or 0))
        c.restoreState()

    def afterFlowable(self, flowable):
        name = getattr(flowable, "_anchor", None)
        if name and name not in self.anchors:
            self.anchors[name] = self.page


def build(story_fn, header, cover, title, author, footer_fmt="第 {n} 页 共 {m} 页", header_rule=True):
    """story_fn(anchors: dict) -> list of flowables. Returns (pdf bytes, anchors, page count)."""
    anchors: dict[str, int] = {}
    total = None
    for _ in range(3):
        buf = io.BytesIO()
        doc = Doc(buf, header, total, cover, title, author, footer_fmt, header_rule)
        doc.build(story_fn(anchors))
        new_total = doc.page
        if doc.anchors == anchors and new_total == total:
            return buf.getvalue(), anchors, total
        anchors, total = dict(doc.anchors), new_total
    buf = io.BytesIO()
    doc = Doc(buf, header, total, cover, title, author, footer_fmt, header_rule)
    doc.build(story_fn(anchors))
    assert doc.anchors == anchors and doc.page == total, "pagination did not settle"
    return buf.getvalue(), anchors, total


__all__ = ["Doc", "build", "styles", "anchored", "grid_table", "PageBreak", "Paragraph", "Spacer", "Table",
           "TableStyle", "KeepTogether", "NextPageTemplate", "mm", "colors"]
