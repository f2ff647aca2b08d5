"""Small deterministic PDF flow-layout engine on reportlab (CJK, tables with merged headers, images).

Any string drawn may be an `F` (a str carrying evidence-fact metadata); when it is drawn, the
document registers the fact with the physical page it landed on.
"""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import DRAWING_FONT, require_font

_REG = False


def register_fonts():
    global _REG
    if _REG:
        return
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("WQY", str(require_font(DRAWING_FONT)), subfontIndex=0))  # found by name
    _REG = True


class F(str):
    """A string that is an evidence fact when drawn."""

    def __new__(cls, text, quote=None, **meta):
        obj = str.__new__(cls, text)
        obj.quote = quote if quote is not None else str(text)
        obj.meta = meta  # label, value, unit, normalized, row_label, column_label, component
        return obj


class FactLog:
    def __init__(self):
        self.facts = []

    def add(self, f: F, file: str, page: int, image_only: bool):
        m = dict(f.meta)
        self.facts.append({
            "label": m["label"], "value": m.get("value", f.quote), "unit": m["unit"],
            "normalized": m["normalized"], "file": file, "page": page, "quote": f.quote,
            "row_label": m.get("row_label", ""), "column_label": m.get("column_label", ""),
            "component": m.get("component", ""), "image_only": image_only,
        })


def text_width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(text, font, size, width):
    lines = []
    for para in str(text).split("\n"):
        cur = ""
        for ch in para:
            if text_width(cur + ch, font, size) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path_or_buf, rel, log: FactLog | None, font="STSong-Light", size=10.5,
                 margins=(62, 60, 62, 64), header=None, footer=None, image_only=False, pagesize=A4):
        register_fonts()
        if isinstance(path_or_buf, str):
            import os
            os.makedirs(os.path.dirname(path_or_buf) or ".", exist_ok=True)
        self.c = canvas.Canvas(path_or_buf, pagesize=pagesize, invariant=1)
        self.c.setTitle("")
        self.W, self.H = pagesize
        self.rel, self.log = rel, log
        self.font, self.size = font, size
        self.ml, self.mt, self.mr, self.mb = margins
        self.header, self.footer = header, footer  # callables (doc) -> None
        self.image_only = image_only
        self.page = 1
        self.y = self.H - self.mt
        self._fresh = True
        self.pending = []  # facts drawn on this page

    # ---- page handling
    @property
    def width(self):
        return self.W - self.ml - self.mr

    def _decorate(self):
        if self.header:
            self.header(self)
        if self.footer:
            self.footer(self)

    def new_page(self):
        self._decorate()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.mt
        self._fresh = True

    def need(self, h):
        if self.y - h < self.mb:
            self.new_page()

    def save(self):
        self._decorate()
        self.c.showPage()
        self.c.save()

    def note(self, s):
        if isinstance(s, F) and self.log is not None:
            self.log.add(s, self.rel, self.page, self.image_only)

    # ---- drawing primitives
    def string(self, x, y, s, font=None, size=None, color=(0, 0, 0), align="left"):
        font, size = font or self.font, size or self.size
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        if align == "center":
            self.c.drawCentredString(x, y, str(s))
        elif align == "right":
            self.c.drawRightString(x, y, str(s))
        else:
            self.c.drawString(x, y, str(s))
        self.note(s)

    def space(self, h):
        self.y -= h

    def title(self, s, size=16, font=None, gap=10, align="center"):
        self.need(size + gap)
        self.y -= size
        x = self.W / 2 if align == "center" else self.ml
        self.string(x, self.y, s, font=font or self.font, size=size, align=align)
        self.y -= gap

    def para(self, text, size=None, font=None, indent=2, lead=1.55, color=(0, 0, 0), facts=()):
        """Paragraph; `facts` are F substrings of text (registered on the page of their line)."""
        size, font = size or self.size, font or self.font
        first = "\u3000" * indent
        lines = wrap(first + str(text), font, size, self.width)
        pending = list(facts)
        for ln in lines:
            self.need(size * lead)
            self.y -= size * lead
            self.string(self.ml, self.y, ln, font=font, size=size, color=color)
            for f in list(pending):
                if f.quote in ln.replace("\u3000", ""):
                    self.note(f)
                    pending.remove(f)
        for f in pending:  # split over lines: register on the current page
            self.note(f)

    def kv(self, rows, kw=150, size=None, lead=1.7):
        size = size or self.size
        for k, v in rows:
            lines = wrap(str(v), self.font, size, self.width - kw)
            self.need(size * lead * len(lines))
            self.y -= size * lead
            self.string(self.ml, self.y, k, size=size)
            first = True
            for ln in lines:
                if not first:
                    self.y -= size * lead
                self.string(self.ml + kw, self.y, ln, size=size)
                first = False
            self.note(v)

    def table(self, header_rows, rows, widths, size=9, pad=4, aligns=None, repeat_header=True,
              header_fill=(0.88, 0.88, 0.88), line=0.6, bold_rows=()):
        """header_rows: list of rows of (text, colspan, rowspan) or text; rows: list of lists of str/F.
        widths: relative column widths."""
        total = sum(widths)
        ws = [w * self.width / total for w in widths]
        xs = [self.ml]
        for w in ws:
            xs.append(xs[-1] + w)
        lh = size * 1.35

        def cell_lines(text, w):
            return wrap(str(text), self.font, size, w - 2 * pad) if str(text) else [""]

        # normalise header into grid of (text, cs, rs)
        hgrid = []
        for hr in header_rows:
            hgrid.append([c if isinstance(c, tuple) else (c, 1, 1) for c in hr])
        hrow_h = []
        for hr in hgrid:
            hmax = 1
            for (t, cs, rs) in hr:
                hmax = max(hmax, len(wrap(str(t), self.font, size, 60)))
            hrow_h.append(lh * 1 + 2 * pad)
        # compute header heights properly based on widths (occupancy grid)
        occupied = {}
        placements = []
        for ri, hr in enumerate(hgrid):
            ci = 0
            for (t, cs, rs) in hr:
                while (ri, ci) in occupied:
                    ci += 1
                for dr in range(rs):
                    for dc in range(cs):
                        occupied[(ri + dr, ci + dc)] = True
                placements.append((ri, ci, cs, rs, t))
                ci += cs
        for (ri, ci, cs, rs, t) in placements:
            w = xs[ci + cs] - xs[ci]
            need = len(cell_lines(t, w)) * lh + 2 * pad
            if rs == 1:
                hrow_h[ri] = max(hrow_h[ri], need)
        header_h = sum(hrow_h)

        def draw_header():
            top = self.y
            ys = [top]
            for h in hrow_h:
                ys.append(ys[-1] - h)
            for (ri, ci, cs, rs, t) in placements:
                x0, x1 = xs[ci], xs[ci + cs]
                y0, y1 = ys[ri], ys[ri + rs]
                self.c.setFillColorRGB(*header_fill)
                self.c.setStrokeColorRGB(0, 0, 0)
                self.c.setLineWidth(line)
                self.c.rect(x0, y1, x1 - x0, y0 - y1, fill=1, stroke=1)
                lines = cell_lines(t, x1 - x0)
                ty = (y0 + y1) / 2 + (len(lines) * lh) / 2 - size
                for ln in lines:
                    self.string((x0 + x1) / 2, ty, ln, size=size, align="center")
                    ty -= lh
                if isinstance(t, F):
                    self.note(t)
            self.y = ys[-1]

        self.y -= 5
        self.need(header_h + lh + 2 * pad)
        draw_header()
        for ri_, row in enumerate(rows):
            cells = [cell_lines(c, ws[i]) for i, c in enumerate(row)]
            h = max(len(c) for c in cells) * lh + 2 * pad
            if self.y - h < self.mb:
                self.new_page()
                if repeat_header:
                    draw_header()
            top = self.y
            bot = top - h
            for i, c in enumerate(row):
                self.c.setStrokeColorRGB(0, 0, 0)
                self.c.setLineWidth(line)
                self.c.rect(xs[i], bot, ws[i], h, fill=0, stroke=1)
                al = (aligns[i] if aligns else ("left" if i == 0 else "right"))
                ty = top - pad - size
                fnt = self.font
                for ln in cells[i]:
                    if al == "right":
                        self.string(xs[i + 1] - pad, ty, ln, size=size, align="right", font=fnt)
                    elif al == "center":
                        self.string((xs[i] + xs[i + 1]) / 2, ty, ln, size=size, align="center", font=fnt)
                    else:
                        self.string(xs[i] + pad, ty, ln, size=size, font=fnt)
                    ty -= lh
                if isinstance(c, F):
                    self.note(c)
            self.y = bot
        self.y -= 6

    def image(self, pil_img, width=None, facts=(), caption=None, caption_size=9):
        w = width or self.width
        h = w * pil_img.height / pil_img.width
        self.need(h + (caption_size * 2 if caption else 0) + 6)
        buf = io.BytesIO()
        pil_img.convert("RGB").save(buf, format="JPEG", quality=88)
        buf.seek(0)
        x = self.ml + (self.width - w) / 2
        self.y -= h
        self.c.drawImage(ImageReader(buf), x, self.y, w, h)
        if self.log is not None:
            for f in facts:
                self.log.add(f, self.rel, self.page, True)
        if caption:
            self.y -= caption_size * 1.8
            self.string(self.W / 2, self.y, caption, size=caption_size, align="center")
        self.y -= 6


def images_to_pdf(path, images, dpi=150, quality=80):
    """Image-only PDF, one page per PIL image, page size from the image and dpi."""
    if not hasattr(path, "write"):
        import os
        os.makedirs(os.path.dirname(str(path)) or ".", exist_ok=True)
        path = str(path)
    c = canvas.Canvas(path, invariant=1)
    for im in images:
        w, h = im.width * 72.0 / dpi, im.height * 72.0 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def rasterize(pdf_bytes, dpi=150):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        out.append(page.render(scale=dpi / 72.0).to_pil().convert("RGB"))
    return out
