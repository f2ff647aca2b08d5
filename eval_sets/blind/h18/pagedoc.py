"""A tiny PIL page-layout engine: headings, paragraphs, ruled tables on A4 pages (150 dpi).

Used for everything that must end up as a picture of paper: stamped scans of the 申报表, the
承诺, scanned audit pages, scanned lists.
"""
from __future__ import annotations

from PIL import Image, ImageDraw

from lib import center_text, font, text_w, wrap

W, H = 1240, 1754


class PageDoc:
    def __init__(self, margin: int = 110, kind: str = "sans", footer: str | None = "- {n} -"):
        self.margin = margin
        self.kind = kind
        self.footer = footer
        self.pages: list[Image.Image] = []
        self._new()

    def _new(self):
        self.img = Image.new("RGB", (W, H), "white")
        self.d = ImageDraw.Draw(self.img)
        self.y = self.margin
        self.pages.append(self.img)

    def page_break(self):
        self._new()

    def space(self, h: int):
        self.y += h

    def _ensure(self, h: int):
        if self.y + h > H - self.margin:
            self._new()

    def heading(self, text: str, size: int = 40, align: str = "center", kind: str | None = None, gap: int = 18):
        f = font(size, kind or ("serifb" if self.kind == "serif" else "bold"))
        self._ensure(size + gap)
        if align == "center":
            center_text(self.d, (0, self.y, W, self.y + size + 8), text, f, "black")
        else:
            self.d.text((self.margin, self.y), text, font=f, fill="black")
        self.y += size + gap

    def para(self, text: str, size: int = 26, indent: bool = True, gap: int = 10, align: str = "left", color="black"):
        f = font(size, self.kind)
        width = W - 2 * self.margin
        body = ("\u3000\u3000" + text) if indent else text
        for line in wrap(self.d, body, f, width):
            self._ensure(size + 12)
            if align == "right":
                self.d.text((W - self.margin - text_w(self.d, line, f), self.y), line, font=f, fill=color)
            elif align == "center":
                center_text(self.d, (0, self.y, W, self.y + size + 6), line, f, color)
            else:
                self.d.text((self.margin, self.y), line, font=f, fill=color)
            self.y += size + 12
        self.y += gap

    def table(self, widths: list[float], rows: list[list[str]], size: int = 22, header: int = 1,
              aligns: list[str] | None = None, repeat_header: bool = True, bold_rows: set[int] | None = None,
              min_h: int = 0):
        f = font(size, self.kind)
        fb = font(size, "bold" if self.kind != "serif" else "serifb")
        total = W - 2 * self.margin
        cols = [int(total * w / sum(widths)) for w in widths]
        aligns = aligns or ["left"] * len(cols)
        bold_rows = bold_rows or set()
        pad = 8

        def layout(row, ff):
            cells = [wrap(self.d, str(c), ff, cols[i] - 2 * pad) or [""] for i, c in enumerate(row)]
            h = max(len(c) for c in cells) * (size + 8) + 2 * pad
            return cells, max(h, min_h)

        def draw_row(row, is_head):
            ff = fb if is_head or ri in bold_rows else f
            cells, h = layout(row, ff)
            x = self.margin
            for i, lines in enumerate(cells):
                self.d.rectangle((x, self.y, x + cols[i], self.y + h), outline="black", width=2,
                                 fill=(235, 235, 235) if is_head else None)
                ty = self.y + pad
                for ln in lines:
                    if aligns[i] == "right" and not is_head:
                        tx = x + cols[i] - pad - text_w(self.d, ln, ff)
                    elif aligns[i] == "center" or is_head:
                        tx = x + (cols[i] - text_w(self.d, ln, ff)) / 2
                    else:
                        tx = x + pad
                    self.d.text((tx, ty), ln, font=ff, fill="black")
                    ty += size + 8
                x += cols[i]
            self.y += h

        heads = rows[:header]
        for ri, row in enumerate(rows):
            is_head = ri < header
            _, h = layout(row, fb if is_head else f)
            if self.y + h > H - self.margin:
                self._new()
                if repeat_header and not is_head:
                    for hr in heads:
                        draw_row(hr, True)
            draw_row(row, is_head)
        self.y += 16

    def finish(self) -> list[Image.Image]:
        if self.footer:
            n = len(self.pages)
            for i, p in enumerate(self.pages):
                d = ImageDraw.Draw(p)
                center_text(d, (0, H - 80, W, H - 40), self.footer.format(n=i + 1, total=n), font(20, "sans"), "black")
        return self.pages
