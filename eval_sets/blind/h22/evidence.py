"""Evidence documents in layouts that trip geometry-based readers."""
from __future__ import annotations

import io
import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

from common import *  # noqa
from common import n0, c2, f2, wrap_cjk


def run_header(left, right_fn, foot_fn):
    def header(pdf):
        pdf.text(50, pdf.H - 32, left, SONG, 8)
        pdf.rtext(pdf.W - 50, pdf.H - 32, right_fn(pdf), SONG, 8)
        pdf.c.setLineWidth(0.5)
        pdf.c.line(50, pdf.H - 38, pdf.W - 50, pdf.H - 38)

    def footer(pdf):
        pdf.c.setLineWidth(0.4)
        pdf.c.line(50, 46, pdf.W - 50, 46)
        l, r = foot_fn(pdf)
        pdf.text(50, 34, l, SONG, 8)
        pdf.rtext(pdf.W - 50, 34, r, SONG, 8)
    return header, footer


def spaced_rows(pdf, x, y, cols, rows, size=9.5, font=SONG, leading=17):
    """A table with NO ruling lines: each cell drawn at its column stop; numbers right-aligned at
    the column's right edge. cols = [(x_offset, width, 'l'|'r')]."""
    for row in rows:
        for (off, w, al), val in zip(cols, row):
            if al == "r":
                pdf.rtext(x + off + w, y, str(val), font, size)
            else:
                pdf.text(x + off, y, str(val), font, size)
        y -= leading
    return y


def vertical_text(pdf, cx, ytop, s, size=9, font=HEI):
    """Header text stacked one character per line (竖排表头)."""
    y = ytop
    for ch in s:
        pdf.ctext(cx, y, ch, font, size)
        y -= size + 2
    return y


def rotated_text(pdf, x, y, s, size=8.5, font=HEI, angle=90):
    c = pdf.c
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setFont(font, size)
    c.drawString(0, 0, s)
    c.restoreState()


def superscript(pdf, x, y, base, mark, size=9.5, font=SONG, right=True):
    """Draw base number right-aligned at x with a raised small mark after it."""
    mw = pdf.c.stringWidth(mark, font, size * 0.6)
    if right:
        pdf.rtext(x - mw, y, base, font, size)
    else:
        pdf.text(x, y, base, font, size)
        x = x + pdf.c.stringWidth(base, font, size) + mw
    pdf.text(x - mw, y + size * 0.45, mark, font, size * 0.6)


# ------------------------------------------------------------------ raster tables / screenshots
def table_image(rows, col_w, title=None, font_size=22, row_h=44, seed=0, header_fill=(222, 232, 245),
                notes=(), seal=None):
    W = sum(col_w) + 40
    H = (len(rows)) * row_h + 40 + (60 if title else 0) + len(notes) * 34
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    f = pil_font(font_size)
    fb = pil_font(font_size + 2)
    y = 20
    if title:
        tw = d.textlength(title, font=fb)
        d.text(((W - tw) / 2, y), title, fill="black", font=fb)
        y += 60
    for ri, row in enumerate(rows):
        x = 20
        if ri == 0:
            d.rectangle([20, y, 20 + sum(col_w), y + row_h], fill=header_fill)
        for ci, val in enumerate(row):
            d.rectangle([x, y, x + col_w[ci], y + row_h], outline=(60, 60, 60), width=2)
            s = str(val)
            tw = d.textlength(s, font=f)
            if ci == 0 or ri == 0 or not any(ch.isdigit() for ch in s):
                tx = x + 10 if ri and ci == 0 else x + (col_w[ci] - tw) / 2
            else:
                tx = x + col_w[ci] - tw - 10
            d.text((tx, y + (row_h - font_size) / 2 - 3), s, fill="black", font=f)
            x += col_w[ci]
        y += row_h
    y += 12
    for n in notes:
        d.text((24, y), n, fill=(40, 40, 40), font=pil_font(font_size - 4))
        y += 34
    if seal:
        img = draw_seal(img, *seal, seed=seed)
    return img


def dashboard_png(path: Path, title, tiles, footer_text, seed=0, size=(1600, 900), extra=None):
    """A dark BI dashboard screenshot. tiles = [(caption, value_text, unit)]."""
    W, H = size
    img = Image.new("RGB", (W, H), (12, 24, 48))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 70], fill=(18, 42, 84))
    d.text((30, 16), title, fill=(230, 240, 255), font=pil_font(30))
    d.text((W - 420, 24), footer_text, fill=(160, 190, 230), font=pil_font(20))
    cols = 3
    tw, th = (W - 80) // cols - 20, 170
    for i, (cap, val, unit) in enumerate(tiles):
        x = 40 + (i % cols) * (tw + 20)
        y = 100 + (i // cols) * (th + 24)
        d.rounded_rectangle([x, y, x + tw, y + th], radius=12, fill=(22, 48, 92), outline=(60, 120, 200), width=2)
        d.text((x + 24, y + 18), cap, fill=(170, 200, 240), font=pil_font(24))
        d.text((x + 24, y + 66), val, fill=(90, 230, 255), font=pil_font(56))
        vw = d.textlength(val, font=pil_font(56))
        d.text((x + 34 + vw, y + 96), unit, fill=(170, 200, 240), font=pil_font(22))
    rng = random.Random(seed)
    y0 = 100 + ((len(tiles) + cols - 1) // cols) * (th + 24) + 10
    if y0 < H - 120:
        d.rectangle([40, y0, W - 40, H - 40], outline=(60, 120, 200), width=2)
        pts = [(60 + k * (W - 140) / 29, H - 70 - rng.uniform(0.2, 0.9) * (H - 130 - y0)) for k in range(30)]
        d.line(pts, fill=(90, 230, 255), width=3)
        d.text((60, y0 + 10), "近30日设备在线趋势", fill=(170, 200, 240), font=pil_font(20))
    if extra:
        extra(d, img)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)
    return img


def license_scan(path: Path, company, uscc, legal, capital, founded, addr, seed, typ="有限责任公司", title="营 业 执 照"):
    img = Image.new("RGB", (1240, 1754), (252, 250, 244))
    d = ImageDraw.Draw(img)
    d.rectangle([50, 50, 1190, 1704], outline=(170, 120, 60), width=10)
    d.text((460 if len(title) < 8 else 300, 130), title, fill=(150, 30, 30), font=pil_font(70))
    d.text((500, 230), "（副    本）", fill="black", font=pil_font(34))
    d.text((110, 330), f"统一社会信用代码  {uscc}", fill="black", font=pil_font(30))
    y = 460
    for k, v in [("名        称", company), ("类        型", typ), ("法定代表人", legal),
                 ("注 册 资 本", capital), ("成 立 日 期", founded), ("住        所", addr)]:
        d.text((140, y), k, fill="black", font=pil_font(30))
        d.text((400, y), v, fill="black", font=pil_font(30))
        y += 80
    d.text((700, 1440), "登记机关", fill="black", font=pil_font(30))
    d.text((700, 1500), "2023 年 03 月 14 日", fill="black", font=pil_font(30))
    img = draw_seal(img, 880, 1460, 150, "上海市市场监督管理局", seed)
    images_to_pdf([scanify(img, seed)], path)


def two_column_pdf(path: Path, title, subtitle, blocks, header=None, footer=None, watermark=None):
    """Journal/brochure two-column layout. blocks: ('h', text) | ('p', text) | ('box', [lines])."""
    pdf = Pdf(str(path), title=title, header=header, footer=footer, watermark=watermark)
    pdf.begin()
    y_top = pdf.H - 70
    pdf.ctext(pdf.W / 2, y_top, title, HEI, 17)
    pdf.ctext(pdf.W / 2, y_top - 22, subtitle, SONG, 9.5)
    pdf.c.line(50, y_top - 32, pdf.W - 50, y_top - 32)
    colw, gap = 235, 25
    xs = [50, 50 + colw + gap]
    col, y = 0, y_top - 52
    top_first = y
    pages_of = []
    def advance(h):
        nonlocal col, y
        if y - h < 62:
            if col == 0:
                col, y = 1, top_first
            else:
                pdf.end_page(); pdf.begin(); col = 0; y = pdf.H - 62
                return True
        return False
    for kind, content in blocks:
        if kind == "col":
            col, y = 1, top_first
        elif kind == "h":
            advance(26)
            pdf.text(xs[col], y, content, HEI, 11)
            y -= 20
        elif kind == "p":
            for ln in wrap_cjk("\u3000\u3000" + content, colw, SONG, 9.5):
                advance(15)
                pdf.text(xs[col], y, ln, SONG, 9.5)
                y -= 15
            y -= 5
        elif kind == "box":
            h = 16 * len(content) + 12
            advance(h)
            pdf.c.setFillColorRGB(0.93, 0.95, 0.98)
            pdf.c.rect(xs[col], y - h + 10, colw, h, fill=1, stroke=0)
            pdf.c.setFillColorRGB(0, 0, 0)
            yy = y - 4
            for ln in content:
                pdf.text(xs[col] + 8, yy, ln, HEI, 9)
                yy -= 16
            y -= h + 6
        pages_of.append(pdf.page)
    pdf.end_page()
    pdf.save()
    return pages_of
