"""Evidence as printed out of other systems: CSV/Excel exports, browser prints, ERP printouts, dashboards."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Pt
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics

import kit


# ---------------------------------------------------------------- paged layout engine
class Paged:
    """Two-pass writer: items are laid out into pages, then drawn with header/footer knowing the page count."""

    def __init__(self, size=A4, top=60, bottom=50, left=40, right=40):
        self.size = size
        self.W, self.H = size
        self.top, self.bottom, self.left, self.right = top, bottom, left, right
        self.pages = [[]]
        self.y = self.H - top

    @property
    def width(self):
        return self.W - self.left - self.right

    def need(self, h):
        if self.y - h < self.bottom:
            self.pages.append([])
            self.y = self.H - self.top
            return True
        return False

    def op(self, fn):
        self.pages[-1].append(fn)

    def text(self, s, font="WQY", size=9, x=None, color=(0, 0, 0), lead=1.45, align="l"):
        for line in kit.wrap(s, font, size, self.width - ((x or self.left) - self.left)):
            self.need(size * lead)
            y = self.y - size
            xx = self.left if x is None else x

            def f(c, line=line, y=y, xx=xx):
                c.setFillColorRGB(*color)
                c.setFont(font, size)
                if align == "c":
                    c.drawCentredString(self.W / 2, y, line)
                elif align == "r":
                    c.drawRightString(self.W - self.right, y, line)
                else:
                    c.drawString(xx, y, line)
                c.setFillColorRGB(0, 0, 0)

            self.op(f)
            self.y -= size * lead

    def gap(self, h):
        self.y -= h

    def rule(self, color=(0.6, 0.6, 0.6), width=0.5):
        y = self.y

        def f(c):
            c.setStrokeColorRGB(*color)
            c.setLineWidth(width)
            c.line(self.left, y, self.W - self.right, y)
            c.setStrokeColorRGB(0, 0, 0)

        self.op(f)
        self.y -= 4

    def table(self, header, rows, widths, font="WQY", size=8, pad=2.5, grid=True, head_fill=(0.9, 0.9, 0.9),
              repeat_header=True, aligns=None, bold_rows=()):
        W = self.width
        widths = [w * W / sum(widths) for w in widths]
        aligns = aligns or ["l"] * len(widths)

        def draw_row(row, fill=None, bold=False):
            wrapped = [kit.wrap(str(v), font, size, widths[i] - 2 * pad) for i, v in enumerate(row)]
            h = max(len(w) for w in wrapped) * size * 1.25 + 2 * pad
            newp = self.need(h)
            y = self.y

            def f(c, wrapped=wrapped, y=y, h=h):
                x = self.left
                for i, lines in enumerate(wrapped):
                    if fill:
                        c.setFillColorRGB(*fill)
                        c.rect(x, y - h, widths[i], h, stroke=0, fill=1)
                        c.setFillColorRGB(0, 0, 0)
                    if grid:
                        c.setLineWidth(0.4)
                        c.rect(x, y - h, widths[i], h)
                    c.setFont(font, size)
                    for k, line in enumerate(lines):
                        ty = y - pad - size * (k + 1) * 1.25 + size * 0.25
                        if aligns[i] == "r":
                            c.drawRightString(x + widths[i] - pad, ty, line)
                            if bold:
                                c.drawRightString(x + widths[i] - pad + 0.3, ty, line)
                        else:
                            c.drawString(x + pad, ty, line)
                            if bold:
                                c.drawString(x + pad + 0.3, ty, line)
                    x += widths[i]
                if not grid:
                    c.setLineWidth(0.2)
                    c.setStrokeColorRGB(0.8, 0.8, 0.8)
                    c.line(self.left, y - h, self.left + sum(widths), y - h)
                    c.setStrokeColorRGB(0, 0, 0)

            return newp, f, h

        if header:
            _, f, h = draw_row(header, head_fill, True)
            self.op(f)
            self.y -= h
        for ri, row in enumerate(rows):
            newp, f, h = draw_row(row, None, ri in bold_rows)
            if newp and header and repeat_header:
                _, fh, hh = draw_row(header, head_fill, True)
                self.op(fh)
                self.y -= hh
                newp, f, h = draw_row(row, None, ri in bold_rows)
            self.op(f)
            self.y -= h

    def image(self, img: Image.Image, w, h):
        self.need(h)
        y = self.y

        def f(c):
            from reportlab.lib.utils import ImageReader
            c.drawImage(ImageReader(img), self.left, y - h, w, h)

        self.op(f)
        self.y -= h + 4

    def save(self, path: Path, header=None, footer=None):
        c = kit.new_canvas(path, self.size)
        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            for f in ops:
                f(c)
            if header:
                header(c, i, n)
            if footer:
                footer(c, i, n)
            c.showPage()
        c.save()
        return n


# ---------------------------------------------------------------- CSV / table export printed to PDF
def csv_print(path: Path, fields, rows, tail, *, file_label, exported, style="grid", widths=None, orient="portrait",
              aligns=None, font_size=7.5):
    """An exported list printed to PDF. tail: lines printed after the last row (合计 and subtotal lines)."""
    size = landscape(A4) if orient == "landscape" else A4
    pg = Paged(size, top=52, bottom=45, left=36, right=36)
    if style == "text":
        lines = [",".join(fields)] + [",".join(str(v) for v in r) for r in rows] + tail
        for ln in lines:
            pg.text(ln, "WQYMono", font_size, lead=1.5)
    else:
        pg.table(fields, rows, widths or [1] * len(fields), "WQY", font_size, aligns=aligns)
        pg.gap(6)
        for ln in tail:
            pg.text(ln, "WQY", font_size + 1, lead=1.6)

    def header(c, i, n):
        c.setFont("WQY", 8)
        c.drawString(36, size[1] - 30, file_label)
        c.drawRightString(size[0] - 36, size[1] - 30, f"导出时间：{exported}")
        c.setLineWidth(0.3)
        c.line(36, size[1] - 35, size[0] - 36, size[1] - 35)

    def footer(c, i, n):
        c.setFont("WQY", 8)
        c.drawCentredString(size[0] / 2, 24, f"第 {i} 页 / 共 {n} 页")

    return pg.save(path, header, footer)


# ---------------------------------------------------------------- browser print
def browser_print(path: Path, title, url, printed_at, build):
    """build(pg) lays out the page body. Header: date + title; footer: URL + i/n (Chrome style)."""
    pg = Paged(A4, top=50, bottom=44, left=38, right=38)
    build(pg)

    def header(c, i, n):
        c.setFont("WQY", 7.5)
        c.drawString(24, A4[1] - 20, printed_at)
        c.drawCentredString(A4[0] / 2, A4[1] - 20, title)

    def footer(c, i, n):
        c.setFont("WQY", 7.5)
        c.drawString(24, 16, url)
        c.drawRightString(A4[0] - 24, 16, f"{i}/{n}")

    return pg.save(path, header, footer)


def tiles(pg: Paged, items, per_row=4, font="WQY"):
    """Web statistic cards: [(caption, value, unit)]."""
    w = pg.width / per_row
    for k in range(0, len(items), per_row):
        chunk = items[k:k + per_row]
        pg.need(52)
        y = pg.y

        def f(c, chunk=chunk, y=y):
            for j, (cap, val, unit) in enumerate(chunk):
                x = pg.left + j * w
                c.setStrokeColorRGB(0.82, 0.85, 0.9)
                c.setFillColorRGB(0.96, 0.97, 0.99)
                c.roundRect(x + 3, y - 48, w - 6, 46, 4, stroke=1, fill=1)
                c.setFillColorRGB(0.35, 0.38, 0.45)
                c.setFont(font, 8)
                c.drawString(x + 10, y - 15, cap)
                c.setFillColorRGB(0.08, 0.3, 0.65)
                c.setFont(font, 15)
                c.drawString(x + 10, y - 38, val)
                vw = pdfmetrics.stringWidth(val, font, 15)
                c.setFillColorRGB(0.4, 0.4, 0.4)
                c.setFont(font, 8)
                c.drawString(x + 14 + vw, y - 38, unit)
                c.setFillColorRGB(0, 0, 0)
                c.setStrokeColorRGB(0, 0, 0)

        pg.op(f)
        pg.y -= 54


# ---------------------------------------------------------------- ERP printout
def erp_print(path: Path, *, system, title, company, period, headers, rows, widths, printed_by, printed_at, unit="元",
              extra_lines=(), bold_rows=()):
    pg = Paged(landscape(A4), top=95, bottom=50, left=40, right=40)
    aligns = ["l", "l"] + ["r"] * (len(headers) - 2)
    pg.table(headers, rows, widths, "STSong-Light", 8.5, grid=True, head_fill=(1, 1, 1), aligns=aligns,
             bold_rows=bold_rows)
    pg.gap(8)
    for ln in extra_lines:
        pg.text(ln, "STSong-Light", 8.5)
    W, H = landscape(A4)

    def header(c, i, n):
        c.setFont("STSong-Light", 15)
        c.drawCentredString(W / 2, H - 42, title)
        c.setFont("STSong-Light", 9)
        c.drawString(40, H - 70, f"核算单位：{company}")
        c.drawCentredString(W / 2, H - 70, f"期间：{period}")
        c.drawRightString(W - 40, H - 70, f"金额单位：{unit}")
        c.setFont("STSong-Light", 7)
        c.drawString(40, H - 20, system)

    def footer(c, i, n):
        c.setFont("STSong-Light", 8)
        c.drawString(40, 28, f"制表：{printed_by}")
        c.drawCentredString(W / 2, 28, f"第{i}页 共{n}页")
        c.drawRightString(W - 40, 28, f"打印时间：{printed_at}")

    return pg.save(path, header, footer)


# ---------------------------------------------------------------- spreadsheet printed to PDF
def sheet_print(path: Path, *, title, subtitle, headers, rows, widths, sheet_name, file_name, notes=(), bold_rows=(),
                orient="landscape", aligns=None):
    size = landscape(A4) if orient == "landscape" else A4
    pg = Paged(size, top=48, bottom=48, left=46, right=46)
    pg.text(title, "WQY", 14, align="c", lead=1.7)
    if subtitle:
        pg.text(subtitle, "WQY", 8.5, align="r", lead=1.6)
    pg.table(headers, rows, widths, "WQY", 8.5, head_fill=(0.87, 0.92, 0.97), aligns=aligns, bold_rows=bold_rows)
    pg.gap(6)
    for n in notes:
        pg.text(n, "WQY", 8.5, lead=1.5)

    def header(c, i, n):
        c.setFont("WQY", 7.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawCentredString(size[0] / 2, size[1] - 22, sheet_name)
        c.setFillColorRGB(0, 0, 0)

    def footer(c, i, n):
        c.setFont("WQY", 7.5)
        c.drawString(46, 22, file_name)
        c.drawRightString(size[0] - 46, 22, f"第 {i} 页，共 {n} 页")

    return pg.save(path, header, footer)


# ---------------------------------------------------------------- dashboard screenshot
def dashboard_png(path: Path, *, title, subtitle, tiles_, caption, size=(1600, 900), theme="dark", table=None,
                  bars=None, seed=0):
    W, H = size
    dark = theme == "dark"
    bg = (10, 22, 48) if dark else (240, 242, 246)
    fg = (226, 236, 255) if dark else (40, 44, 52)
    acc = (0, 210, 255) if dark else (22, 100, 220)
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    # browser/app chrome
    d.rectangle((0, 0, W, 34), fill=(32, 33, 36) if dark else (222, 225, 230))
    d.text((16, 7), subtitle, font=kit.pil_font(16, "sans"), fill=(200, 200, 200) if dark else (70, 70, 70))
    d.text((W / 2 - len(title) * 17, 48), title, font=kit.pil_font(34, "sans", True), fill=acc if dark else fg)
    tf = kit.pil_font(20, "sans")
    vf = kit.pil_font(46, "sans", True)
    uf = kit.pil_font(18, "sans")
    per = 4
    tw = (W - 80) // per
    for i, (cap, val, unit) in enumerate(tiles_):
        r, cidx = divmod(i, per)
        x0 = 40 + cidx * tw
        y0 = 120 + r * 150
        d.rounded_rectangle((x0 + 8, y0, x0 + tw - 8, y0 + 130), 10,
                            fill=(18, 40, 82) if dark else (255, 255, 255), outline=acc if dark else (210, 214, 222))
        d.text((x0 + 26, y0 + 14), cap, font=tf, fill=fg)
        d.text((x0 + 26, y0 + 50), val, font=vf, fill=acc)
        vw = d.textlength(val, font=vf)
        d.text((x0 + 34 + vw, y0 + 76), unit, font=uf, fill=fg)
    y = 120 + ((len(tiles_) + per - 1) // per) * 150 + 10
    if bars:
        d.text((48, y), bars[0], font=tf, fill=fg)
        mx = max(v for _, v in bars[1])
        for j, (k, v) in enumerate(bars[1]):
            yy = y + 36 + j * 30
            d.text((48, yy), k, font=uf, fill=fg)
            L = int((W / 2 - 260) * v / mx)
            d.rectangle((180, yy + 4, 180 + L, yy + 22), fill=acc)
            d.text((188 + L, yy), f"{v:,}", font=uf, fill=fg)
    if table:
        x0 = W / 2 + 20 if bars else 48
        d.text((x0, y), table[0], font=tf, fill=fg)
        for j, row in enumerate([table[1]] + table[2]):
            yy = y + 36 + j * 28
            for k, v in enumerate(row):
                d.text((x0 + k * 150, yy), str(v), font=uf, fill=acc if j == 0 else fg)
    d.rectangle((0, H - 40, W, H), fill=(6, 14, 32) if dark else (228, 230, 235))
    d.text((20, H - 32), caption, font=kit.pil_font(17, "sans"), fill=(150, 170, 200) if dark else (90, 90, 90))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), optimize=False)
    return img


def certificate_scan(path: Path, certs, company, seed):
    """Image-only PDF: one certificate page per item (title, issuer, date)."""
    pages = []
    for i, (title, issuer, date, body) in enumerate(certs):
        W, H = 1240, 1754
        im = Image.new("RGB", (W, H), (253, 250, 240))
        d = ImageDraw.Draw(im)
        d.rectangle((60, 60, W - 60, H - 60), outline=(170, 130, 40), width=14)
        d.rectangle((90, 90, W - 90, H - 90), outline=(190, 150, 60), width=3)
        f1 = kit.pil_font(96, "serif")
        d.text((W / 2 - 2 * 96, 300), "荣誉证书", font=f1, fill=(170, 20, 20))
        f2 = kit.pil_font(40, "serif")
        f3 = kit.pil_font(44, "serif")
        d.text((170, 560), company + "：", font=f2, fill=(20, 20, 20))
        y = 650
        for line in _wrap_pil(body, f2, W - 380, d):
            d.text((230, y), line, font=f2, fill=(20, 20, 20))
            y += 70
        y += 40
        for line in _wrap_pil(f"“{title}”", f3, W - 340, d):
            d.text((170, y), line, font=f3, fill=(120, 10, 10))
            y += 74
        d.text((W - 640, 1320), issuer, font=f2, fill=(20, 20, 20))
        d.text((W - 560, 1400), date, font=f2, fill=(20, 20, 20))
        st = kit.seal(330, issuer[:16], "", seed + i)
        im = kit.scanify(im, seed * 7 + i, [(st, (0.68, 0.78))])
        pages.append(im.resize((W // 2 * 2 * 3 // 4, H * 3 // 4)))
    kit.images_to_pdf(pages, path, dpi=112)


def _wrap_pil(text, font, width, d):
    out, cur = [], ""
    for ch in text:
        if d.textlength(cur + ch, font=font) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out
