"""A small canvas layout engine with page furniture: headers, footers, diagonal text watermarks, roman/arabic
printed page numbers, /Rotate 90 landscape pages, two-column flows, margin line numbers. Every drawing call
knows the physical page it lands on (1-based), which is what the truth cites."""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = 'WQY'
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    import eval_sets.generator.fonts as fonts  # only to locate WenQuanYi Micro Hei
    path = fonts.find_font()
    pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=0))
    _registered = True


def sw(s: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, FONT, size)


def wrap(s: str, width: float, size: float) -> list[str]:
    """Greedy CJK-aware wrapping by character (keeps ASCII words and numbers together)."""
    out: list[str] = []
    for para in str(s).split('\n'):
        tokens: list[str] = []
        buf = ''
        for ch in para:
            if ch.isascii() and not ch.isspace():
                buf += ch
            else:
                if buf:
                    tokens.append(buf)
                    buf = ''
                tokens.append(ch)
        if buf:
            tokens.append(buf)
        line: list[str] = []
        for tok in tokens:
            cur = ''.join(line)
            if sw(cur + tok, size) <= width or not line:
                line.append(tok)
            elif tok in CLOSING and len(line) > 1:
                # a closing mark never starts a line: carry the previous token down with it
                prev = line.pop()
                out.append(''.join(line).rstrip())
                line = [prev, tok]
            else:
                out.append(cur.rstrip())
                line = [] if tok.isspace() else [tok]
        line = ''.join(line)
        out.append(line)
    return out or ['']


CLOSING = set('，。、；：？！）」』”’》%')
ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']
ROMAN_UP = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ', 'Ⅷ', 'Ⅸ', 'Ⅹ']


@dataclass
class PageInfo:
    phys: int
    kind: str  # portrait | landscape | rotate90
    style: str | None  # roman | ROMAN | arabic | None
    number: int | None  # printed number in its style
    meta: dict = field(default_factory=dict)

    @property
    def printed(self) -> str:
        if self.style is None or self.number is None:
            return ''
        if self.style == 'roman':
            return ROMAN[self.number - 1]
        if self.style == 'ROMAN':
            return ROMAN_UP[self.number - 1]
        return str(self.number)


class Furniture:
    """Override start()/end() to draw under/over the page content."""

    def start(self, pdf: 'Pdf', info: PageInfo) -> None:
        pass

    def end(self, pdf: 'Pdf', info: PageInfo) -> None:
        pass


class Pdf:
    def __init__(self, furniture: Furniture | None = None, totals: dict | None = None, title: str = ''):
        register_fonts()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        if title:
            self.c.setTitle(title)
        self.c.setAuthor('')
        self.c.setProducer('h76 office export')
        self.furn = furniture or Furniture()
        self.totals = totals or {}
        self.pages: list[PageInfo] = []
        self.info: PageInfo | None = None
        self.style: str | None = None
        self.counter = {}
        self.line_no = 0
        self.line_numbers_restart = False
        # margins (logical)
        self.ml, self.mr, self.mt, self.mb = 62, 62, 72, 64

    # ---- pages -------------------------------------------------------------------------------------
    def numbering(self, style: str | None, start: int | None = None) -> None:
        self.style = style
        if style and start is not None:
            self.counter[style if style != 'ROMAN' else 'roman'] = start - 1

    def new_page(self, kind: str = 'portrait', printed: bool = True, **meta) -> PageInfo:
        if self.info is not None:
            self.finish()
        number = None
        style = self.style if printed else None
        if self.style:
            key = self.style if self.style != 'ROMAN' else 'roman'
            self.counter[key] = self.counter.get(key, 0) + 1
            number = self.counter[key]
        info = PageInfo(len(self.pages) + 1, kind, style, number if printed else None, meta)
        self.info = info
        self.pages.append(info)
        pw, ph = A4
        c = self.c
        if kind == 'portrait':
            c.setPageSize((pw, ph))
            c.setPageRotation(0)
            self.W, self.H = pw, ph
        elif kind == 'landscape':
            c.setPageSize((ph, pw))
            c.setPageRotation(0)
            self.W, self.H = ph, pw
        elif kind == 'rotate90':
            # portrait MediaBox shown turned by /Rotate 90: draw in landscape coordinates
            # (reportlab swaps the MediaBox of a page rotated by 90, hence the landscape size here)
            c.setPageSize((ph, pw))
            c.setPageRotation(90)
            c.saveState()
            c.translate(pw, 0)
            c.rotate(90)
            self.W, self.H = ph, pw
        else:
            raise ValueError(kind)
        self.y = self.H - self.mt
        if self.line_numbers_restart:
            self.line_no = 0
        self.furn.start(self, info)
        return info

    def finish(self) -> None:
        info = self.info
        if info is None:
            return
        self.furn.end(self, info)
        if info.kind == 'rotate90':
            self.c.restoreState()
        self.c.showPage()
        self.info = None

    def save(self) -> bytes:
        if self.info is not None:
            self.finish()
        self.c.save()
        return self.buf.getvalue()

    @property
    def phys(self) -> int:
        return self.info.phys

    # ---- primitives --------------------------------------------------------------------------------
    def text(self, x, y, s, size=10.5, align='left', color=(0, 0, 0)):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(FONT, size)
        if align == 'left':
            c.drawString(x, y, s)
        elif align == 'right':
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        c.setFillColorRGB(0, 0, 0)

    def bold(self, x, y, s, size=10.5, align='left'):
        c = self.c
        c.saveState()
        c.setLineWidth(size / 48.0)
        t = c.beginText()
        t.setFont(FONT, size)
        t.setTextRenderMode(2)
        w = sw(s, size)
        if align == 'center':
            x -= w / 2
        elif align == 'right':
            x -= w
        t.setTextOrigin(x, y)
        t.textOut(s)
        c.drawText(t)
        c.restoreState()

    def hline(self, x1, x2, y, width=0.6):
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def watermark(self, s, size=26, gray=0.86, angle=35, positions=None):
        c = self.c
        positions = positions or [(self.W * 0.5, self.H * 0.5)]
        for (x, y) in positions:
            c.saveState()
            c.setFillGray(gray)
            c.setFont(FONT, size)
            c.translate(x, y)
            c.rotate(angle)
            c.drawCentredString(0, 0, s)
            c.restoreState()

    # ---- flow --------------------------------------------------------------------------------------
    def need(self, h: float) -> None:
        if self.y - h < self.mb:
            kind = self.info.kind
            meta = dict(self.info.meta)
            self.new_page(kind, **meta)

    def space(self, h: float) -> None:
        self.y -= h

    def heading(self, s: str, size=14, align='left', gap_before=6, gap_after=6, bold=True) -> int:
        self.need(size * 1.6 + gap_before + 20)
        self.y -= gap_before + size
        x = self.ml if align == 'left' else (self.W / 2 if align == 'center' else self.W - self.mr)
        if bold:
            self.bold(x, self.y, s, size, align)
        else:
            self.text(x, self.y, s, size, align)
        self.y -= gap_after
        return self.phys

    def subline(self, left: str = '', right: str = '', size=9, center: str = '') -> None:
        """A small line under a title: left / centre / right texts."""
        self.y -= size * 1.7
        if left:
            self.text(self.ml, self.y, left, size)
        if center:
            self.text(self.W / 2, self.y, center, size, 'center')
        if right:
            self.text(self.W - self.mr, self.y, right, size, 'right')
        self.y -= size * 0.6

    def para(self, s: str, size=10.5, leading=None, indent=2, numbered=False, x0=None, width=None,
             color=(0, 0, 0)) -> list[tuple[int, str]]:
        """Wrapped paragraph; returns [(physical page, line text)]."""
        leading = leading or size * 1.65
        x0 = self.ml if x0 is None else x0
        width = (self.W - self.mr - x0) if width is None else width
        first = '\u3000' * indent
        lines = wrap(first + s, width, size)
        placed = []
        for ln in lines:
            self.need(leading)
            self.y -= leading
            if numbered:
                self.line_no += 1
                self.text(x0 - 14, self.y, str(self.line_no), 7, 'right', (0.45, 0.45, 0.45))
            self.text(x0, self.y, ln, size, color=color)
            placed.append((self.phys, ln))
        return placed

    def table(self, rows, widths, size=9, header_rows=1, aligns=None, repeat_header=True, x0=None,
              pad=3.5, leading=None, bold_rows=(), cont_title: str | None = None, min_h=0,
              numbered=False) -> list[int]:
        """Grid table; returns the physical page of every row."""
        leading = leading or size * 1.4
        x0 = self.ml if x0 is None else x0
        total_w = sum(widths)
        aligns = aligns or ['left'] * len(widths)
        c = self.c

        def row_lines(row):
            return [wrap('' if v is None else str(v), w - 2 * pad, size) for v, w in zip(row, widths)]

        def draw_row(row, bold=False):
            cells = row_lines(row)
            h = max(len(cl) for cl in cells) * leading + 2 * pad
            h = max(h, min_h)
            top = self.y
            c.setLineWidth(0.5)
            c.rect(x0, top - h, total_w, h)
            x = x0
            for cl, w, al in zip(cells, widths, aligns):
                c.line(x, top, x, top - h)
                ty = top - pad - size
                for ln in cl:
                    if al == 'right':
                        tx = x + w - pad
                    elif al == 'center':
                        tx = x + w / 2
                    else:
                        tx = x + pad
                    if bold:
                        self.bold(tx, ty, ln, size, al)
                    else:
                        self.text(tx, ty, ln, size, al)
                    ty -= leading
                x += w
            if numbered:
                self.line_no += 1
                self.text(x0 - 14, top - pad - size, str(self.line_no), 7, 'right', (0.45, 0.45, 0.45))
            self.y = top - h

        def height(row):
            return max(len(cl) for cl in row_lines(row)) * leading + 2 * pad

        pages = []
        header = rows[:header_rows]
        for i, row in enumerate(rows):
            h = max(height(row), min_h)
            if self.y - h < self.mb:
                kind = self.info.kind
                self.new_page(kind, **dict(self.info.meta))
                if cont_title:
                    self.y -= size + 6
                    self.text(x0, self.y, cont_title, size)
                    self.y -= 4
                if repeat_header and i >= header_rows:
                    for hr in header:
                        draw_row(hr, True)
            draw_row(row, i < header_rows or i in bold_rows)
            pages.append(self.phys)
        return pages

    def columns(self, paras: list[tuple[str, str]], ncols=2, gap=18, size=9.5, leading=None) -> list[list[tuple[int, str]]]:
        """Balanced two-column flow (newspaper style: the left column is filled first, both end at about the
        same height). paras: [(kind, text)], kind in {'h','p'}. Returns per paragraph [(page, line)]."""
        leading = leading or size * 1.6
        colw = (self.W - self.ml - self.mr - gap * (ncols - 1)) / ncols
        items = []  # (para index, kind, line)
        for pi, (kind, text) in enumerate(paras):
            if kind == 'h':
                items.append((pi, 'gap', ''))
            for ln in wrap(text if kind == 'h' else '\u3000\u3000' + text, colw, size):
                items.append((pi, kind, ln))
        out = [[] for _ in paras]
        pos = 0
        while pos < len(items):
            top = self.y
            cap = int((top - self.mb) // leading)
            rest = len(items) - pos
            per_col = cap if rest > cap * ncols else -(-rest // ncols)
            for col in range(ncols):
                y = top
                x = self.ml + col * (colw + gap)
                for pi, kind, ln in items[pos:pos + per_col]:
                    if kind == 'gap':
                        y -= leading * 0.4
                        continue
                    y -= leading
                    if kind == 'h':
                        self.bold(x, y, ln, size)
                    else:
                        self.text(x, y, ln, size)
                    out[pi].append((self.phys, ln))
                pos += per_col
                if pos >= len(items):
                    break
            if pos < len(items):
                self.new_page(self.info.kind, **dict(self.info.meta))
            else:
                self.y = top - per_col * leading - leading
        return out


def two_pass(build):
    """build(totals) -> (Pdf, extra). Runs once to count pages, then again with the counts."""
    pdf, extra = build({})
    pdf.save()
    totals = {'pages': len(pdf.pages),
              'arabic': sum(1 for p in pdf.pages if p.style == 'arabic' and p.number),
              'roman': sum(1 for p in pdf.pages if p.style in ('roman', 'ROMAN') and p.number)}
    pdf2, extra2 = build(totals)
    data = pdf2.save()
    assert len(pdf2.pages) == totals['pages']
    return data, pdf2, extra2
