"""Pictures of the platform: BI 大屏, charts, console screenshots, mobile app, certificates."""
from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter

import lib
from lib import center_text, font, text_w

DARK_BG = (7, 18, 42)
CYAN = (0, 214, 255)
PALETTE = [(0, 190, 255), (255, 176, 32), (64, 220, 140), (255, 99, 132), (160, 120, 255), (255, 220, 90),
           (90, 150, 255), (250, 130, 60), (70, 200, 200)]


def _glow_box(d, box, color=(0, 160, 230), fill=(10, 32, 70)):
    d.rectangle(box, fill=fill, outline=color, width=2)
    x0, y0, x1, y1 = box
    L = 18
    for (cx, cy, dx, dy) in [(x0, y0, 1, 1), (x1, y0, -1, 1), (x0, y1, 1, -1), (x1, y1, -1, -1)]:
        d.line((cx, cy, cx + dx * L, cy), fill=CYAN, width=4)
        d.line((cx, cy, cx, cy + dy * L), fill=CYAN, width=4)


def tile(d, box, t, dark=True):
    """t: dict(caption, value, unit='', pos='above'|'below'|'left', note='')"""
    fg = (235, 245, 255) if dark else (30, 40, 60)
    cap_c = (140, 190, 230) if dark else (100, 110, 130)
    num_c = t.get("color", (255, 214, 90) if dark else (22, 100, 220))
    if dark:
        _glow_box(d, box)
    else:
        d.rounded_rectangle(box, radius=10, fill=(255, 255, 255), outline=(225, 229, 236), width=2)
    x0, y0, x1, y1 = box
    fc = font(t.get("cap_size", 26), "sans")
    fn = font(t.get("num_size", 62), "numb")
    fu = font(t.get("unit_size", 24), "sans")
    pos = t.get("pos", "above")
    val, unit, cap = t["value"], t.get("unit", ""), t["caption"]
    nw = text_w(d, val, fn)
    uw = text_w(d, unit, fu) + (8 if unit else 0)
    if pos == "left":
        d.text((x0 + 24, (y0 + y1) / 2 - 18), cap, font=fc, fill=cap_c)
        nx = x1 - 24 - nw - uw
        d.text((nx, (y0 + y1) / 2 - 40), val, font=fn, fill=num_c)
        if unit:
            d.text((nx + nw + 8, (y0 + y1) / 2 + 2), unit, font=fu, fill=cap_c)
    else:
        cy_cap = y0 + 18 if pos == "above" else y1 - 50
        cy_num = y0 + 58 if pos == "above" else y0 + 20
        center_text(d, (x0, cy_cap, x1, cy_cap + 32), cap, fc, cap_c)
        nx = x0 + (x1 - x0 - nw - uw) / 2
        d.text((nx, cy_num), val, font=fn, fill=num_c)
        if unit:
            d.text((nx + nw + 8, cy_num + 38), unit, font=fu, fill=cap_c)
    if t.get("note"):
        fnote = font(20, "sans")
        d.text((x0 + 16, y1 - 30 if pos == "above" else y0 + 6), t["note"], font=fnote, fill=cap_c)


def dashboard(title: str, right_text: list[str], tile_rows: list[list[dict]], panels: list = (), size=(1920, 1080),
              dark=True, seed=0, left_text: str = "", bottom_text: str = "") -> Image.Image:
    W, H = size
    bg = DARK_BG if dark else (242, 245, 250)
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    if dark:
        for y in range(0, H, 4):  # faint grid
            if y % 40 == 0:
                d.line((0, y, W, y), fill=(12, 28, 60))
        for x in range(0, W, 40):
            d.line((x, 0, x, H), fill=(11, 25, 55))
        d.polygon([(W * 0.28, 0), (W * 0.72, 0), (W * 0.68, 86), (W * 0.32, 86)], fill=(12, 45, 100), outline=CYAN)
        center_text(d, (0, 8, W, 80), title, font(44, "bold"), (230, 245, 255))
    else:
        d.rectangle((0, 0, W, 80), fill=(24, 54, 110))
        d.text((30, 18), title, font=font(36, "bold"), fill="white")
    fr = font(24, "sans")
    for i, s in enumerate(right_text):
        d.text((W - 40 - text_w(d, s, fr), 14 + 30 * i), s, font=fr, fill=(160, 200, 235) if dark else (220, 230, 255))
    if left_text:
        d.text((40, 24), left_text, font=fr, fill=(160, 200, 235) if dark else (220, 230, 255))
    y = 120
    for row in tile_rows:
        n = len(row)
        h = row[0].get("h", 170)
        gap = 24
        wtile = (W - 80 - gap * (n - 1)) / n
        for i, t in enumerate(row):
            x0 = 40 + i * (wtile + gap)
            tile(d, (x0, y, x0 + wtile, y + h), t, dark)
        y += h + 26
    # panels: list of (kind, box_fraction, data)
    for kind, box, data in panels:
        bx = (int(box[0] * W), int(box[1] * H), int(box[2] * W), int(box[3] * H))
        sub = render_chart(kind, (bx[2] - bx[0], bx[3] - bx[1]), data, dark=dark)
        img.paste(sub, (bx[0], bx[1]))
    if bottom_text:
        d.text((40, H - 40), bottom_text, font=font(20, "sans"), fill=(110, 150, 190) if dark else (120, 120, 130))
    return img


def render_chart(kind, size, data, dark=False):
    return {"bar": bar_chart, "pie": pie_chart, "line": line_chart}[kind](size=size, dark=dark, **data)


def _chart_base(size, dark, title):
    W, H = size
    img = Image.new("RGB", size, (12, 30, 64) if dark else "white")
    d = ImageDraw.Draw(img)
    fg = (220, 235, 250) if dark else (40, 40, 50)
    if dark:
        _glow_box(d, (1, 1, W - 2, H - 2), fill=(12, 30, 64))
    else:
        d.rectangle((0, 0, W - 1, H - 1), outline=(220, 224, 230), width=2)
    d.text((24, 14), title, font=font(28 if W > 700 else 22, "bold"), fill=fg)
    return img, d, fg


def bar_chart(size=(1200, 700), dark=False, title="", cats=(), series=(), names=(), label_fmt="{:,}", unit_note="",
              line=None, line_name="", line_fmt="{:.2f}%", colors=None, foot="", horizontal=False):
    W, H = size
    img, d, fg = _chart_base(size, dark, title)
    colors = colors or PALETTE
    left, right, top, bottom = 110, W - (110 if line else 40), 110, H - 90
    allv = [v for s in series for v in s]
    vmax = max(allv) * 1.18
    grid_c = (40, 70, 110) if dark else (230, 232, 238)
    fs = font(20, "sans")
    fnum = font(20 if W > 700 else 16, "num")
    for k in range(6):
        yv = vmax * k / 5
        yy = bottom - (bottom - top) * k / 5
        d.line((left, yy, right, yy), fill=grid_c)
        s = f"{yv:,.0f}"
        d.text((left - 12 - text_w(d, s, fs), yy - 12), s, font=fs, fill=fg)
    if unit_note:
        d.text((left - 90, top - 40), unit_note, font=fs, fill=fg)
    n, m = len(cats), len(series)
    slot = (right - left) / n
    bw = slot * 0.7 / m
    for i, c in enumerate(cats):
        cx = left + slot * (i + 0.5)
        center_text(d, (cx - slot / 2, bottom + 8, cx + slot / 2, bottom + 40), c, fs, fg)
        for j, s in enumerate(series):
            v = s[i]
            x0 = cx - slot * 0.35 + j * bw
            y0 = bottom - (bottom - top) * v / vmax
            d.rectangle((x0 + 3, y0, x0 + bw - 3, bottom), fill=colors[j % len(colors)])
            lab = label_fmt.format(v)
            center_text(d, (x0 - 30, y0 - 30, x0 + bw + 30, y0 - 4), lab, fnum, fg)
    if line:
        lmax = max(line) * 1.3
        pts = [(left + slot * (i + 0.5), bottom - (bottom - top) * v / lmax) for i, v in enumerate(line)]
        d.line(pts, fill=(255, 120, 40), width=4)
        for (x, y), v in zip(pts, line):
            d.ellipse((x - 7, y - 7, x + 7, y + 7), fill=(255, 120, 40))
            d.text((x + 10, y - 34), line_fmt.format(v), font=fnum, fill=(230, 100, 30))
    # legend
    lx = left
    for j, nm in enumerate(list(names) + ([line_name] if line else [])):
        col = colors[j % len(colors)] if j < m else (255, 120, 40)
        d.rectangle((lx, H - 40, lx + 22, H - 22), fill=col)
        d.text((lx + 30, H - 46), nm, font=fs, fill=fg)
        lx += 50 + text_w(d, nm, fs)
    if foot:
        d.text((W - 40 - text_w(d, foot, fs), H - 46), foot, font=fs, fill=fg)
    return img


def line_chart(size=(1200, 600), dark=False, title="", xs=(), ys=(), label_fmt="{:,}", unit_note="", foot="",
               color=(0, 150, 255), note_box=None):
    W, H = size
    img, d, fg = _chart_base(size, dark, title)
    left, right, top, bottom = 110, W - 50, 110, H - 80
    vmin, vmax = min(ys) * 0.8, max(ys) * 1.12
    fs = font(19, "sans")
    grid_c = (40, 70, 110) if dark else (230, 232, 238)
    for k in range(5):
        yv = vmin + (vmax - vmin) * k / 4
        yy = bottom - (bottom - top) * k / 4
        d.line((left, yy, right, yy), fill=grid_c)
        s = f"{yv:,.0f}"
        d.text((left - 12 - text_w(d, s, fs), yy - 12), s, font=fs, fill=fg)
    if unit_note:
        d.text((left - 90, top - 40), unit_note, font=fs, fill=fg)
    n = len(xs)
    pts = [(left + (right - left) * (i + 0.5) / n, bottom - (bottom - top) * (v - vmin) / (vmax - vmin)) for i, v in enumerate(ys)]
    d.polygon(pts + [(pts[-1][0], bottom), (pts[0][0], bottom)], fill=(200, 228, 255) if not dark else (20, 60, 110))
    d.line(pts, fill=color, width=4)
    for (x, y), v, xl in zip(pts, ys, xs):
        d.ellipse((x - 6, y - 6, x + 6, y + 6), fill=color)
        center_text(d, (x - 60, y - 36, x + 60, y - 10), label_fmt.format(v), font(18, "num"), fg)
        center_text(d, (x - 60, bottom + 8, x + 60, bottom + 36), xl, fs, fg)
    if note_box:
        fb = font(24, "bold")
        w = text_w(d, note_box, fb) + 40
        d.rounded_rectangle((right - w, 60, right, 100), radius=8, fill=(255, 245, 225) if not dark else (40, 60, 100),
                            outline=(250, 170, 60))
        d.text((right - w + 20, 64), note_box, font=fb, fill=(200, 90, 10) if not dark else (255, 210, 120))
    if foot:
        d.text((left, H - 40), foot, font=fs, fill=fg)
    return img


def pie_chart(size=(1200, 760), dark=False, title="", items=(), center=None, donut=True, pct_dp=1, foot="",
              legend_values=True):
    W, H = size
    img, d, fg = _chart_base(size, dark, title)
    total = sum(v for _, v in items)
    r = min(W * 0.26, H * 0.36)
    cx, cy = W * 0.32, H * 0.55
    ang = -90.0
    fpct = font(20, "num")
    for i, (nm, v) in enumerate(items):
        sweep = 360.0 * v / total
        d.pieslice((cx - r, cy - r, cx + r, cy + r), ang, ang + sweep, fill=PALETTE[i % len(PALETTE)],
                   outline=(12, 30, 64) if dark else "white", width=3)
        mid = math.radians(ang + sweep / 2)
        tx, ty = cx + (r + 44) * math.cos(mid), cy + (r + 34) * math.sin(mid)
        pct = f"{100.0 * v / total:.{pct_dp}f}%"
        center_text(d, (tx - 50, ty - 14, tx + 50, ty + 14), pct, fpct, fg)
        ang += sweep
    if donut:
        rr = r * 0.55
        d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), fill=(12, 30, 64) if dark else "white")
        if center:
            center_text(d, (cx - rr, cy - 46, cx + rr, cy - 8), center[0], font(22, "sans"), fg)
            center_text(d, (cx - rr, cy - 4, cx + rr, cy + 40), center[1], font(34, "numb"), fg)
    fl = font(22, "sans")
    lx, ly = W * 0.64, H * 0.22
    for i, (nm, v) in enumerate(items):
        d.rectangle((lx, ly + i * 44, lx + 24, ly + i * 44 + 24), fill=PALETTE[i % len(PALETTE)])
        s = f"{nm}  {v:,}" if legend_values else nm
        d.text((lx + 36, ly + i * 44 - 4), s, font=fl, fill=fg)
    if foot:
        d.text((24, H - 40), foot, font=font(19, "sans"), fill=fg)
    return img


def console(size=(1600, 1000), brand="", top_right="", nav=(), nav_active=0, crumb="", cards=(), table=None,
            footer="", accent=(22, 119, 255), extra=None, title_note=""):
    """Light cloud/ops console screenshot. cards: [(caption, value, sub)] ; table: (headers, rows, widths)"""
    W, H = size
    img = Image.new("RGB", size, (240, 242, 245))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 56), fill=(0, 21, 41))
    d.text((20, 12), brand, font=font(24, "bold"), fill="white")
    fs = font(19, "sans")
    d.text((W - 20 - text_w(d, top_right, fs), 17), top_right, font=fs, fill=(200, 210, 225))
    d.rectangle((0, 56, 220, H), fill=(255, 255, 255))
    for i, n in enumerate(nav):
        y = 80 + i * 46
        if i == nav_active:
            d.rectangle((0, y - 8, 220, y + 34), fill=(230, 244, 255))
            d.rectangle((216, y - 8, 220, y + 34), fill=accent)
        d.text((26, y), n, font=fs, fill=accent if i == nav_active else (60, 60, 70))
    d.text((244, 72), crumb, font=font(18, "sans"), fill=(130, 130, 140))
    if title_note:
        d.text((244, 100), title_note, font=font(26, "bold"), fill=(30, 30, 40))
    y = 150
    if cards:
        n = len(cards)
        cw = (W - 264 - 20 * (n - 1)) / n
        for i, (cap, val, sub) in enumerate(cards):
            x0 = 244 + i * (cw + 20)
            d.rounded_rectangle((x0, y, x0 + cw, y + 150), radius=6, fill="white", outline=(228, 231, 236))
            d.text((x0 + 22, y + 18), cap, font=font(20, "sans"), fill=(110, 110, 120))
            d.text((x0 + 22, y + 52), val, font=font(44, "numb"), fill=(20, 20, 30))
            if sub:
                d.text((x0 + 22, y + 112), sub, font=font(17, "sans"), fill=(140, 140, 150))
        y += 180
    if extra:
        extra(img, d, y)
    if table:
        headers, rows, widths = table
        tw = W - 264
        xs = [244]
        for w in widths:
            xs.append(xs[-1] + tw * w / sum(widths))
        d.rectangle((244, y, W - 20, y + 44), fill=(250, 250, 252), outline=(228, 231, 236))
        for j, h in enumerate(headers):
            d.text((xs[j] + 14, y + 10), h, font=font(18, "bold"), fill=(60, 60, 70))
        y += 44
        for r in rows:
            d.rectangle((244, y, W - 20, y + 44), fill="white", outline=(236, 238, 242))
            for j, v in enumerate(r):
                col = accent if j == 0 else (50, 50, 60)
                d.text((xs[j] + 14, y + 11), str(v), font=font(18, "sans"), fill=col)
            y += 44
    if footer:
        d.text((244, H - 36), footer, font=font(16, "sans"), fill=(150, 150, 160))
    return img


def mobile(size=(750, 1624), app="", status_time="9:41", header_color=(20, 110, 240), blocks=(), tabbar=()):
    """Tall phone screenshot. blocks: ('big', caption, value, unit) | ('grid', [(cap, val)]) | ('list', [(a,b)]) | ('banner', text)"""
    W, H = size
    img = Image.new("RGB", size, (245, 246, 248))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 300), fill=header_color)
    d.text((40, 16), status_time, font=font(28, "numb"), fill="white")
    d.text((W - 150, 16), "5G  86%", font=font(26, "num"), fill="white")
    center_text(d, (0, 70, W, 120), app, font(34, "bold"), "white")
    y = 150
    for b in blocks:
        if b[0] == "big":
            d.rounded_rectangle((30, y, W - 30, y + 220), radius=24, fill="white")
            d.text((64, y + 30), b[1], font=font(28, "sans"), fill=(110, 110, 120))
            fn = font(76, "numb")
            d.text((64, y + 80), b[2], font=fn, fill=(20, 20, 30))
            d.text((64 + text_w(d, b[2], fn) + 12, y + 130), b[3], font=font(28, "sans"), fill=(110, 110, 120))
            y += 250
        elif b[0] == "grid":
            items = b[1]
            d.rounded_rectangle((30, y, W - 30, y + 230), radius=24, fill="white")
            cw = (W - 60) / len(items)
            for i, (cap, val) in enumerate(items):
                center_text(d, (30 + i * cw, y + 50, 30 + (i + 1) * cw, y + 120), val, font(46, "numb"), (20, 20, 30))
                center_text(d, (30 + i * cw, y + 140, 30 + (i + 1) * cw, y + 180), cap, font(24, "sans"), (120, 120, 130))
            y += 260
        elif b[0] == "list":
            for a, bb in b[1]:
                d.rounded_rectangle((30, y, W - 30, y + 100), radius=18, fill="white")
                d.text((60, y + 30), a, font=font(28, "sans"), fill=(40, 40, 50))
                fb = font(28, "sans")
                d.text((W - 60 - text_w(d, bb, fb), y + 30), bb, font=fb, fill=(120, 120, 130))
                y += 118
        elif b[0] == "banner":
            d.rounded_rectangle((30, y, W - 30, y + 120), radius=18, fill=(255, 244, 230))
            d.text((60, y + 40), b[1], font=font(26, "sans"), fill=(200, 100, 20))
            y += 145
        elif b[0] == "title":
            d.text((40, y + 10), b[1], font=font(32, "bold"), fill=(30, 30, 40))
            y += 70
    d.rectangle((0, H - 130, W, H), fill="white")
    if tabbar:
        tw = W / len(tabbar)
        for i, t in enumerate(tabbar):
            center_text(d, (i * tw, H - 110, (i + 1) * tw, H - 60), t, font(24, "sans"),
                        header_color if i == 0 else (130, 130, 140))
    d.rounded_rectangle((W / 2 - 130, H - 26, W / 2 + 130, H - 16), radius=5, fill=(20, 20, 20))
    return img


def certificate(lines, issuer, date, seal_company, seed=0, no="", size=(1600, 1130), title="荣誉证书"):
    W, H = size
    img = Image.new("RGBA", size, (252, 248, 236, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((30, 30, W - 30, H - 30), outline=(170, 130, 50), width=10)
    d.rectangle((60, 60, W - 60, H - 60), outline=(200, 160, 70), width=3)
    center_text(d, (0, 120, W, 230), title, font(92, "serifb"), (180, 30, 30))
    y = 300
    for ln in lines:
        center_text(d, (0, y, W, y + 60), ln, font(44, "serif"), (40, 30, 20))
        y += 80
    fs = font(36, "serif")
    d.text((W - 150 - text_w(d, issuer, fs), H - 290), issuer, font=fs, fill=(40, 30, 20))
    d.text((W - 150 - text_w(d, date, fs), H - 230), date, font=fs, fill=(40, 30, 20))
    if no:
        d.text((110, H - 130), no, font=font(24, "serif"), fill=(90, 80, 60))
    lib.stamp(img, seal_company, (W - 480, H - 420), 300, seed=seed)
    return img
