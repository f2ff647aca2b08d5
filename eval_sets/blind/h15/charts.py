"""Operator-style images: dashboards, bar/line/pie charts, a timeline (PIL)."""
from __future__ import annotations

import math

from PIL import Image, ImageDraw

from kit import ctext, font, text_w

PALETTE = [(47, 128, 237), (39, 174, 96), (242, 153, 74), (235, 87, 87), (155, 81, 224), (45, 156, 219),
           (111, 207, 151), (242, 201, 76), (130, 130, 130), (86, 204, 242)]


def dashboard(title, tiles, subtitle="", dark=True, cols=4, footer="", extra_rows=None, size=(1600, 900)):
    """tiles: list of (caption, value_text, unit_or_note)."""
    W, H = size
    bg = (12, 27, 51) if dark else (244, 246, 250)
    fg = (230, 238, 255) if dark else (30, 40, 60)
    card = (21, 44, 82) if dark else (255, 255, 255)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 64], fill=(8, 18, 36) if dark else (37, 99, 235))
    d.text((28, 14), title, font=font(28, "bold"), fill=(255, 255, 255))
    if subtitle:
        d.text((W - 28 - text_w(d, subtitle, font(18)), 24), subtitle, font=font(18), fill=(180, 200, 230))
    rows = math.ceil(len(tiles) / cols)
    tw = (W - 40 - (cols - 1) * 20) // cols
    th = 150
    for i, (cap, val, unit) in enumerate(tiles):
        r, c = divmod(i, cols)
        x = 20 + c * (tw + 20)
        y = 90 + r * (th + 20)
        d.rounded_rectangle([x, y, x + tw, y + th], 10, fill=card, outline=(60, 100, 160) if dark else (220, 225, 235))
        d.text((x + 20, y + 16), cap, font=font(22), fill=(150, 180, 220) if dark else (90, 100, 120))
        d.text((x + 20, y + 52), val, font=font(50, "bold"), fill=(88, 214, 255) if dark else (37, 99, 235))
        if unit:
            d.text((x + 26 + text_w(d, val, font(50, "bold")), y + 80), unit, font=font(20), fill=fg)
    y0 = 90 + rows * (th + 20) + 10
    if extra_rows:
        d.text((28, y0), extra_rows[0], font=font(22, "bold"), fill=fg)
        y = y0 + 40
        for line in extra_rows[1:]:
            d.text((40, y), line, font=font(20), fill=fg)
            y += 34
    if footer:
        d.text((28, H - 36), footer, font=font(16), fill=(140, 160, 190) if dark else (120, 120, 120))
    return img


def bar_chart(title, years, series, unit="", size=(1200, 700), note=""):
    """series: list of (name, [values]) ; grouped bars with value labels."""
    W, H = size
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    ctext(d, (W / 2, 22), title, font(30, "bold"))
    left, right, top, bottom = 110, W - 60, 110, H - 110
    vmax = max(max(v) for _, v in series) * 1.18
    d.line([left, bottom, right, bottom], fill="black", width=2)
    d.line([left, top, left, bottom], fill="black", width=2)
    for k in range(6):
        yv = vmax * k / 5
        y = bottom - (bottom - top) * k / 5
        d.line([left, y, right, y], fill=(225, 225, 225), width=1)
        lab = f"{yv:,.0f}"
        d.text((left - 12 - text_w(d, lab, font(16)), y - 10), lab, font=font(16), fill=(90, 90, 90))
    if unit:
        d.text((left - 60, top - 40), f"单位：{unit}", font=font(18), fill=(90, 90, 90))
    gw = (right - left) / len(years)
    bw = gw * 0.6 / len(series)
    for gi, yr in enumerate(years):
        gx = left + gw * gi + gw * 0.2
        for si, (name, vals) in enumerate(series):
            v = vals[gi]
            x0 = gx + si * bw
            y = bottom - (bottom - top) * v / vmax
            d.rectangle([x0, y, x0 + bw - 6, bottom], fill=PALETTE[si])
            lab = f"{v:,}" if isinstance(v, int) else f"{v:,.2f}"
            ctext(d, (x0 + (bw - 6) / 2, y - 30), lab, font(20, "bold"))
        ctext(d, (left + gw * gi + gw / 2, bottom + 12), yr, font(22))
    lx = left
    for si, (name, _) in enumerate(series):
        d.rectangle([lx, H - 50, lx + 22, H - 30], fill=PALETTE[si])
        d.text((lx + 30, H - 54), name, font=font(18), fill="black")
        lx += 60 + text_w(d, name, font(18))
    if note:
        d.text((W - 40 - text_w(d, note, font(16)), H - 50), note, font=font(16), fill=(110, 110, 110))
    return img


def line_chart(title, xs, series, unit="", size=(1200, 640), note=""):
    W, H = size
    img = Image.new("RGB", (W, H), (252, 252, 252))
    d = ImageDraw.Draw(img)
    d.text((40, 20), title, font=font(28, "bold"), fill=(20, 20, 20))
    left, right, top, bottom = 110, W - 60, 100, H - 100
    vmax = max(max(v) for _, v in series) * 1.2
    for k in range(5):
        y = bottom - (bottom - top) * k / 4
        d.line([left, y, right, y], fill=(228, 228, 228))
        lab = f"{vmax * k / 4:,.0f}"
        d.text((left - 12 - text_w(d, lab, font(15)), y - 9), lab, font=font(15), fill=(100, 100, 100))
    step = (right - left) / (len(xs) - 1)
    for si, (name, vals) in enumerate(series):
        pts = [(left + i * step, bottom - (bottom - top) * v / vmax) for i, v in enumerate(vals)]
        d.line(pts, fill=PALETTE[si], width=4)
        for (x, y), v in zip(pts, vals):
            d.ellipse([x - 7, y - 7, x + 7, y + 7], fill=PALETTE[si])
            lab = f"{v:,}" if isinstance(v, int) else f"{v:,.2f}"
            ctext(d, (x, y - 36), lab, font(19, "bold"))
    for i, x in enumerate(xs):
        ctext(d, (left + i * step, bottom + 14), x, font(20))
    lx = left
    for si, (name, _) in enumerate(series):
        d.line([lx, H - 40, lx + 30, H - 40], fill=PALETTE[si], width=4)
        d.text((lx + 38, H - 52), name, font=font(18), fill="black")
        lx += 80 + text_w(d, name, font(18))
    if unit:
        d.text((W - 60 - text_w(d, "单位：" + unit, font(17)), 30), "单位：" + unit, font=font(17), fill=(90, 90, 90))
    if note:
        d.text((W - 40 - text_w(d, note, font(15)), H - 30), note, font=font(15), fill=(120, 120, 120))
    return img


def pie_chart(title, parts, center_lines, size=(1200, 760), note=""):
    """Donut with percentage labels; parts: list of (name, value); total drawn in the centre."""
    W, H = size
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    d.text((40, 24), title, font=font(30, "bold"), fill=(20, 20, 20))
    cx, cy, r = 400, 420, 270
    total = sum(v for _, v in parts)
    ang = -90.0
    for i, (name, v) in enumerate(parts):
        sweep = 360.0 * v / total
        d.pieslice([cx - r, cy - r, cx + r, cy + r], ang, ang + sweep, fill=PALETTE[i % len(PALETTE)], outline="white", width=3)
        mid = math.radians(ang + sweep / 2)
        pct = f"{100.0 * v / total:.1f}%"
        tx, ty = cx + (r + 44) * math.cos(mid), cy + (r + 44) * math.sin(mid)
        ctext(d, (tx, ty - 12), pct, font(20, "bold"))
        ang += sweep
    d.ellipse([cx - r * 0.55, cy - r * 0.55, cx + r * 0.55, cy + r * 0.55], fill="white")
    y = cy - 18 * len(center_lines)
    for j, line in enumerate(center_lines):
        f = font(46, "bold") if j == 1 else font(24)
        ctext(d, (cx, y), line, f)
        y += 60 if j == 1 else 36
    lx, ly = 780, 170
    for i, (name, v) in enumerate(parts):
        d.rectangle([lx, ly, lx + 24, ly + 24], fill=PALETTE[i % len(PALETTE)])
        d.text((lx + 36, ly - 4), name, font=font(22), fill="black")
        ly += 44
    if note:
        d.text((40, H - 44), note, font=font(17), fill=(110, 110, 110))
    return img


def timeline(title, events, size=(1600, 560)):
    """events: list of (date, headline, detail)."""
    W, H = size
    img = Image.new("RGB", (W, H), (250, 251, 253))
    d = ImageDraw.Draw(img)
    ctext(d, (W / 2, 22), title, font(30, "bold"))
    y = H // 2
    d.line([60, y, W - 60, y], fill=(37, 99, 235), width=6)
    n = len(events)
    step = (W - 200) / (n - 1)
    for i, (date, head, detail) in enumerate(events):
        x = 100 + i * step
        d.ellipse([x - 14, y - 14, x + 14, y + 14], fill=(37, 99, 235), outline="white", width=3)
        up = i % 2 == 0
        ty = y - 170 if up else y + 40
        ctext(d, (x, ty), date, font(24, "bold"), fill=(37, 99, 235))
        ctext(d, (x, ty + 38), head, font(21, "bold"))
        for k, part in enumerate(detail.split("\n")):
            ctext(d, (x, ty + 72 + k * 30), part, font(18), fill=(80, 80, 80))
    return img
