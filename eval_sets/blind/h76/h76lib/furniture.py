"""Page furniture of the offices that print the documents."""
from __future__ import annotations

from .pdfkit import Furniture, PageInfo, Pdf, sw

WATERMARK = '仅供2024年工业互联网平台评价申报使用'


class Office(Furniture):
    """Running header (left/right texts), footer style, diagonal text watermark under or over the content."""

    def __init__(self, left='', right='', footer='page_of', watermark=None, wm_mode='over', wm_count=2,
                 header_rule=True, footer_left='', cover_plain=True, total_override=None):
        self.total_override = total_override
        self.left, self.right, self.footer = left, right, footer
        self.watermark = watermark
        self.wm_mode = wm_mode
        self.wm_count = wm_count
        self.header_rule = header_rule
        self.footer_left = footer_left
        self.cover_plain = cover_plain

    def _wm(self, pdf: Pdf):
        if not self.watermark:
            return
        if self.wm_count == 1:
            pos = [(pdf.W * 0.5, pdf.H * 0.5)]
        else:
            pos = [(pdf.W * 0.5, pdf.H * 0.68), (pdf.W * 0.5, pdf.H * 0.3)]
        pdf.watermark(self.watermark, size=24 if pdf.W < pdf.H else 26, positions=pos)

    def start(self, pdf: Pdf, info: PageInfo):
        if info.meta.get('cover') and self.cover_plain:
            return
        if self.wm_mode == 'under':
            self._wm(pdf)
        if self.wm_mode == 'middle':
            # drawn after the running header, before the body (as some PDF tools insert it)
            self._header(pdf, info)
            self._wm(pdf)

    def _header(self, pdf: Pdf, info: PageInfo):
        y = pdf.H - 40
        if self.left:
            pdf.text(pdf.ml, y, self.left, 8.5, color=(0.3, 0.3, 0.3))
        if self.right:
            pdf.text(pdf.W - pdf.mr, y, self.right, 8.5, 'right', (0.3, 0.3, 0.3))
        if self.header_rule and (self.left or self.right):
            pdf.c.setStrokeGray(0.4)
            pdf.hline(pdf.ml, pdf.W - pdf.mr, y - 5, 0.5)
            pdf.c.setStrokeGray(0)

    def end(self, pdf: Pdf, info: PageInfo):
        if info.meta.get('cover') and self.cover_plain:
            return
        if self.wm_mode != 'middle':
            self._header(pdf, info)
        y = 34
        p = info.printed
        if p:
            if info.style in ('roman', 'ROMAN'):
                s = f'- {p} -'
            elif self.footer == 'page_of':
                s = f'第 {p} 页 共 {self.total_override or pdf.totals.get("arabic", 0)} 页'
            elif self.footer == 'slash':
                s = f'{p} / {self.total_override or pdf.totals.get("arabic", 0)}'
            else:
                s = f'- {p} -'
            pdf.text(pdf.W / 2, y, s, 9, 'center')
        if self.footer_left:
            pdf.text(pdf.ml, y, self.footer_left, 8, color=(0.35, 0.35, 0.35))
        if self.wm_mode == 'over':
            self._wm(pdf)
