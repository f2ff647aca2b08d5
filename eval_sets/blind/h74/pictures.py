"""The pictures of this set: dashboards, consoles, Excel grabs, signed pages, certificates, seal blocks.

Each function returns a `kit.Pic` whose `texts` lists every string drawn into it. Deterministic.
"""

from __future__ import annotations

import random


import kit
from kit import Painter, Pic, Sheet, add_seal, add_signature, rasterize, scan_effect, to_pic

# ----------------------------------------------------------------------------------------------
# big-screen dashboard (dark)
# ----------------------------------------------------------------------------------------------
THEMES = {
    "navy": dict(bg=(8, 22, 48), panel=(14, 38, 78), edge=(40, 110, 190), title=(120, 220, 255), label=(150, 180, 210),
                 value=(0, 230, 255), accent=(255, 190, 60), grid=(35, 60, 100)),
    "teal": dict(bg=(5, 32, 38), panel=(10, 52, 60), edge=(30, 160, 150), title=(150, 255, 235), label=(160, 205, 200),
                 value=(80, 255, 200), accent=(255, 160, 80), grid=(30, 80, 85)),
    "graphite": dict(bg=(24, 26, 32), panel=(38, 42, 52), edge=(90, 100, 120), title=(240, 240, 245),
                     label=(170, 175, 190), value=(255, 200, 70), accent=(90, 200, 255), grid=(60, 64, 76)),
}


def dashboard(pid: str, title: str, tiles: list[tuple[str, str, str]], seed: int, theme: str = "navy",
              stamp: str = "", bars: list[tuple[str, str]] | None = None, bars_title: str = "",
              trend_title: str = "", ranking: list[tuple[str, str]] | None = None, ranking_title: str = "",
              size=(1600, 900), fmt: str = "png") -> Pic:
    th = THEMES[theme]
    rnd = random.Random(seed)
    W, H = size
    P = Painter(size, th["bg"])
    # title bar
    P.rect((0, 0, W, 78), fill=th["panel"])
    P.line([(0, 78), (W, 78)], fill=th["edge"], width=2)
    P.text((W / 2, 40), title, 36, th["title"], "mm", bold=True)
    if stamp:
        P.text((W - 30, 40), stamp, 18, th["label"], "rm")
    # KPI tiles
    n = len(tiles)
    tw = (W - 60 - (n - 1) * 16) / n
    for i, (label, value, unit) in enumerate(tiles):
        x0 = 30 + i * (tw + 16)
        P.rect((x0, 100, x0 + tw, 230), fill=th["panel"], outline=th["edge"], width=2, radius=8)
        P.text((x0 + tw / 2, 132), label, 22, th["label"], "mm")
        vs = 48 if len(value) <= 7 else 40
        P.text((x0 + tw / 2, 185), value, vs, th["value"], "mm", bold=True)
        if unit:
            vw = P.width(value, vs)
            P.text((x0 + tw / 2 + vw / 2 + 6, 198), unit, 18, th["label"], "lm")
    # lower left: trend line
    P.rect((30, 255, 820, H - 30), fill=th["panel"], outline=th["edge"], width=1, radius=6)
    if trend_title:
        P.text((50, 282), trend_title, 22, th["title"], "lm")
    gx0, gy0, gx1, gy1 = 90, 320, 790, H - 80
    for k in range(5):
        y = gy0 + (gy1 - gy0) * k / 4
        P.line([(gx0, y), (gx1, y)], fill=th["grid"], width=1)
    months = ["24-01", "24-02", "24-03", "24-04", "24-05", "24-06"]
    pts = []
    v = rnd.uniform(0.45, 0.6)
    for k, m in enumerate(months):
        x = gx0 + (gx1 - gx0) * k / (len(months) - 1)
        v = min(0.92, max(0.2, v + rnd.uniform(-0.05, 0.12)))
        pts.append((x, gy1 - (gy1 - gy0) * v))
        P.text((x, gy1 + 22), m, 16, th["label"], "mm")
    P.line(pts, fill=th["accent"], width=3)
    for x, y in pts:
        P.d.ellipse((x - 5, y - 5, x + 5, y + 5), fill=th["accent"])
    # lower middle: bars
    P.rect((840, 255, 1240, H - 30), fill=th["panel"], outline=th["edge"], width=1, radius=6)
    if bars:
        P.text((860, 282), bars_title, 22, th["title"], "lm")
        top = max(float(v.replace(",", "")) for _, v in bars) or 1
        for k, (lab, val) in enumerate(bars):
            y = 325 + k * ((H - 100 - 325) / max(1, len(bars)))
            P.text((860, y + 12), lab, 18, th["label"], "lm")
            frac = float(val.replace(",", "")) / top
            P.rect((990, y + 2, 990 + 170 * frac, y + 22), fill=th["value"])
            P.text((1232, y + 12), val, 18, th["label"], "rm")
    # right: ranking list
    P.rect((1260, 255, W - 30, H - 30), fill=th["panel"], outline=th["edge"], width=1, radius=6)
    if ranking:
        P.text((1280, 282), ranking_title, 22, th["title"], "lm")
        for k, (lab, val) in enumerate(ranking):
            y = 330 + k * 46
            P.text((1282, y), f"{k + 1}", 18, th["accent"], "lm")
            P.text((1310, y), lab, 18, th["label"], "lm")
            P.text((W - 48, y), val, 18, th["value"], "rm")
    return P.pic(pid, fmt)


# ----------------------------------------------------------------------------------------------
# admin console (light)
# ----------------------------------------------------------------------------------------------
def console(pid: str, product: str, menu: list[str], active: int, crumb: str, cards: list[tuple[str, str]],
            headers: list[str], rows: list[list[str]], pager: str, seed: int, user: str = "admin",
            accent=(22, 119, 255), size=(1600, 960), fmt: str = "png", note: str = "") -> Pic:
    W, H = size
    P = Painter(size, (240, 242, 245))
    P.rect((0, 0, W, 60), fill=(0, 21, 41))
    P.text((24, 30), product, 24, (255, 255, 255), "lm", bold=True)
    P.text((W - 24, 30), f"{user}  |  退出", 18, (200, 210, 220), "rm")
    P.rect((0, 60, 220, H), fill=(0, 33, 64))
    for i, item in enumerate(menu):
        y = 100 + i * 48
        if i == active:
            P.rect((0, y - 22, 220, y + 22), fill=accent)
        P.text((32, y), item, 18, (255, 255, 255) if i == active else (170, 185, 200), "lm")
    P.text((250, 92), crumb, 17, (110, 110, 110), "lm")
    n = len(cards)
    cw = (W - 250 - 30 - (n - 1) * 18) / max(1, n)
    for i, (label, value) in enumerate(cards):
        x0 = 250 + i * (cw + 18)
        P.rect((x0, 120, x0 + cw, 240), fill=(255, 255, 255), outline=(228, 230, 235), radius=6)
        P.text((x0 + 22, 152), label, 18, (120, 120, 120), "lm")
        P.text((x0 + 22, 204), value, 38, (30, 30, 30), "lm", bold=True)
    # table
    tx0, ty0 = 250, 266
    P.rect((tx0, ty0, W - 30, H - 30), fill=(255, 255, 255), outline=(228, 230, 235), radius=6)
    widths = [(W - 30 - tx0 - 40) / len(headers)] * len(headers)
    y = ty0 + 24
    P.rect((tx0 + 20, y, W - 50, y + 44), fill=(250, 250, 250))
    x = tx0 + 20
    for h, w in zip(headers, widths):
        P.text((x + 12, y + 22), h, 17, (60, 60, 60), "lm", bold=True)
        x += w
    for r in rows:
        y += 46
        P.line([(tx0 + 20, y + 45), (W - 50, y + 45)], fill=(235, 235, 235))
        x = tx0 + 20
        for v, w in zip(r, widths):
            P.text((x + 12, y + 22), v, 17, (50, 50, 50), "lm")
            x += w
    if note:
        P.text((tx0 + 20, H - 62), note, 15, (140, 140, 140), "lm")
    P.text((W - 50, H - 62), pager, 17, (90, 90, 90), "rm")
    return P.pic(pid, fmt)


# ----------------------------------------------------------------------------------------------
# a table copied out of Excel and pasted as a picture
# ----------------------------------------------------------------------------------------------
def excel_grab(pid: str, rows: list[list[str]], col_widths: list[int], seed: int, first_row: int = 1,
               first_col: int = 0, header_rows: tuple[int, ...] = (0,), bold_rows: tuple[int, ...] = (),
               right_cols: tuple[int, ...] = (), chrome: bool = True, sheet_tabs: tuple[str, ...] = (),
               active_tab: int = 0, cell_ref: str = "A1", formula: str = "", fmt: str = "png",
               merged_title: str = "") -> Pic:
    """Excel grid: optional window chrome (formula bar, column letters, row numbers, sheet tabs)."""
    row_h = 34
    rn_w = 46 if chrome else 0
    top = 0
    if chrome:
        top = 38 + 34 + 28  # ribbon strip, formula bar, column letters
    body_rows = len(rows) + (1 if merged_title else 0)
    W = rn_w + sum(col_widths) + 2
    H = top + body_rows * row_h + (36 if chrome and sheet_tabs else 0) + 2
    P = Painter((W, H), (255, 255, 255))
    if chrome:
        P.rect((0, 0, W, 38), fill=(33, 115, 70))
        x = 14
        for tab in ("文件", "开始", "插入", "页面布局", "公式", "数据", "审阅", "视图"):
            P.text((x, 19), tab, 15, (255, 255, 255), "lm")
            x += P.width(tab, 15) + 22
        P.rect((0, 38, W, 72), fill=(245, 245, 245), outline=(210, 210, 210))
        P.text((10, 55), cell_ref, 15, (40, 40, 40), "lm")
        P.line([(80, 42), (80, 68)], fill=(200, 200, 200))
        P.text((92, 55), "fx", 15, (120, 120, 120), "lm")
        if formula:
            P.text((124, 55), formula, 15, (40, 40, 40), "lm")
        P.rect((0, 72, W, 100), fill=(238, 238, 238))
        x = rn_w
        for i, w in enumerate(col_widths):
            letter = chr(ord("A") + first_col + i)
            P.text((x + w / 2, 86), letter, 14, (90, 90, 90), "mm")
            P.line([(x, 72), (x, 100)], fill=(205, 205, 205))
            x += w
    y = top
    grid_color = (160, 160, 160)
    rown = first_row
    if merged_title:
        if chrome:
            P.rect((0, y, rn_w, y + row_h), fill=(238, 238, 238))
            P.text((rn_w / 2, y + row_h / 2), str(rown), 14, (90, 90, 90), "mm")
        P.rect((rn_w, y, W - 2, y + row_h), outline=grid_color)
        P.text((rn_w + sum(col_widths) / 2, y + row_h / 2), merged_title, 18, (0, 0, 0), "mm", bold=True)
        y += row_h
        rown += 1
    for r, row in enumerate(rows):
        if chrome:
            P.rect((0, y, rn_w, y + row_h), fill=(238, 238, 238))
            P.text((rn_w / 2, y + row_h / 2), str(rown), 14, (90, 90, 90), "mm")
        x = rn_w
        head = r in header_rows
        for c, (v, w) in enumerate(zip(row, col_widths)):
            if head:
                P.rect((x, y, x + w, y + row_h), fill=(221, 235, 247))
            P.rect((x, y, x + w, y + row_h), outline=grid_color)
            if v != "":
                bold = head or r in bold_rows
                if head:
                    P.text((x + w / 2, y + row_h / 2), v, 16, (0, 0, 0), "mm", bold=True)
                elif c in right_cols:
                    P.text((x + w - 8, y + row_h / 2), v, 16, (0, 0, 0), "rm", bold=bold)
                else:
                    P.text((x + 8, y + row_h / 2), v, 16, (0, 0, 0), "lm", bold=bold)
            x += w
        y += row_h
        rown += 1
    if chrome and sheet_tabs:
        P.rect((0, y, W, y + 36), fill=(242, 242, 242))
        x = 60
        for i, tab in enumerate(sheet_tabs):
            tw = P.width(tab, 15) + 30
            if i == active_tab:
                P.rect((x, y, x + tw, y + 30), fill=(255, 255, 255), outline=(200, 200, 200))
            P.text((x + tw / 2, y + 16), tab, 15, (33, 115, 70) if i == active_tab else (80, 80, 80), "mm")
            x += tw + 4
    return P.pic(pid, fmt)


# ----------------------------------------------------------------------------------------------
# printed pages that were signed/stamped and scanned (reportlab page -> raster -> scan)
# ----------------------------------------------------------------------------------------------
def _finish_scan(pid: str, sheet: Sheet, pdf: bytes, dpi: int, seed: int, seals: list[dict], signs: list[tuple],
                 fmt: str = "jpeg", crop: tuple[float, float, float, float] | None = None, bw: bool = False,
                 quality: int = 82) -> Pic:
    img = rasterize(pdf, dpi)[0]
    img = scan_effect(img, seed, bw=bw)
    scale = dpi / 72.0
    H = img.height
    for k, s in enumerate(seals):
        cx, cy = s["at"]
        img = add_seal(img, (cx * scale, H - cy * scale), int(s.get("d", 120) * scale), s["company"], seed + 31 + k,
                       s.get("bottom", ""))
    for k, (x0, y0, x1, y1) in enumerate(signs):
        img = add_signature(img, (int(x0 * scale), int(H - y1 * scale), int(x1 * scale), int(H - y0 * scale)),
                            seed + 71 + k)
    if crop:
        x0, y0, x1, y1 = crop
        img = img.crop((int(x0 * scale), int(H - y1 * scale), int(x1 * scale), int(H - y0 * scale)))
    texts = [t for t in sheet.pages[0]]
    return to_pic(pid, img, texts, fmt, quality)


def signed_total_page(pid: str, company: str, title: str, subtitle: str, headers: list[str], rows: list[list[str]],
                      widths: list[float], signers: list[str], date: str, seed: int, note: str = "",
                      align: list[str] | None = None) -> Pic:
    """The printed 汇总/合计 page of a device list, signed by the preparer and reviewer, company seal."""
    s = Sheet()
    W, Hh = s.W, s.H
    s.text(W / 2, Hh - 70, title, 16, "center")
    s.text(W / 2, Hh - 92, subtitle, 10.5, "center")
    x0 = (W - sum(widths)) / 2
    bottom = s.grid(x0, Hh - 110, widths, [headers] + rows, row_h=20, size=10, align=align or (["left"] + ["right"] * (len(widths) - 1)))
    y = bottom - 26
    if note:
        y = s.para(x0, y, sum(widths), note, 9.5, indent=False) - 6
    sx = x0
    sig_boxes = []
    for who in signers:
        s.text(sx, y - 20, who, 10.5)
        sig_boxes.append((sx + 60, y - 30, sx + 150, y - 2))
        sx += 170
    s.text(x0, y - 56, f"填报单位（盖章）：{company}", 10.5)
    s.text(x0 + sum(widths), y - 56, date, 10.5, "right")
    pdf = s.finish()
    seal = dict(at=(x0 + sum(widths) - 110, y - 50), d=118, company=company)
    return _finish_scan(pid, s, pdf, 130, seed, [seal], sig_boxes, "jpeg",
                        crop=(20, max(20, y - 150), W - 20, Hh - 30))


def certificate(pid: str, heading: str, lines: list[tuple[str, str]], issuer: str, date: str, seed: int,
                number: str = "", seal_bottom: str = "", landscape: bool = False, body: str = "") -> Pic:
    size = kit.landscape(kit.A4) if landscape else kit.A4
    s = Sheet(pagesize=size)
    W, H = s.W, s.H
    c = s.c
    c.setStrokeColorRGB(0.55, 0.35, 0.10)
    c.setLineWidth(5)
    c.rect(28, 28, W - 56, H - 56)
    c.setLineWidth(1.2)
    c.rect(38, 38, W - 76, H - 76)
    if number:
        s.text(W - 70, H - 70, number, 10, "right")
    s.text(W / 2, H - 130, heading, 26, "center")
    y = H - 190
    if body:
        y = s.para(90, y, W - 180, body, 13, leading=24) - 10
    for k, v in lines:
        s.text(110, y, k, 13)
        for j, part in enumerate(kit.wrap_cjk(v, W - 320, 13)):
            s.text(250, y, part, 13)
            y -= 24
        y -= 6
    s.text(W - 110, 150, issuer, 13, "right")
    s.text(W - 110, 125, date, 13, "right")
    pdf = s.finish()
    seal = dict(at=(W - 170, 150), d=130, company=issuer, bottom=seal_bottom)
    return _finish_scan(pid, s, pdf, 100, seed, [seal], [], "jpeg", quality=80)


def list_scan(pid: str, title: str, headers: list[str], rows: list[list[str]], widths: list[float], footer: str,
              company: str, seed: int, align: list[str] | None = None) -> Pic:
    s = Sheet()
    W, H = s.W, s.H
    s.text(W / 2, H - 70, title, 15, "center")
    x0 = (W - sum(widths)) / 2
    bottom = s.grid(x0, H - 92, widths, [headers] + rows, row_h=19, size=9.5, align=align)
    s.text(x0, bottom - 24, footer, 11)
    s.text(x0 + sum(widths), bottom - 60, company, 11, "right")
    pdf = s.finish()
    seal = dict(at=(x0 + sum(widths) - 80, bottom - 55), d=112, company=company)
    return _finish_scan(pid, s, pdf, 120, seed, [seal], [], "jpeg", crop=(20, max(20, bottom - 130), W - 20, H - 30),
                        bw=False, quality=80)


def stamp_block(pid: str, company: str, signer_label: str, date: str, seed: int, extra: str = "") -> Pic:
    """The signature block of a 情况说明, printed, signed, stamped and scanned back."""
    s = Sheet(pagesize=(520, 165 if not extra else 195))
    y = 128 if not extra else 158
    if extra:
        s.text(30, y, extra, 11)
        y -= 30
    s.text(30, y, f"单位名称（盖章）：{company}", 12)
    s.text(30, y - 38, signer_label, 12)
    s.text(30, y - 76, f"日期：{date}", 12)
    pdf = s.finish()
    img = rasterize(pdf, 200)[0]
    img = scan_effect(img, seed, noise=6.0, blur=0.5)
    scale = 200 / 72.0
    H = img.height
    lx = 30 + kit.pdfmetrics.stringWidth(signer_label, kit.RL_FONT, 12) + 8
    img = add_signature(img, (int(lx * scale), int(H - (y - 30) * scale), int((lx + 110) * scale),
                              int(H - (y - 46) * scale)), seed + 3)
    img = add_seal(img, (int(330 * scale), int(H - (y - 20) * scale)), int(118 * scale), company, seed + 5)
    return to_pic(pid, img, list(s.pages[0]), "jpeg", 85)


def architecture(pid: str, title: str, layers: list[tuple[str, list[str]]], seed: int,
                 color=(31, 78, 121)) -> Pic:
    W = 1500
    H = 120 + len(layers) * 120
    P = Painter((W, H), (255, 255, 255))
    P.text((W / 2, 50), title, 30, color, "mm", bold=True)
    for i, (name, items) in enumerate(layers):
        y0 = 100 + i * 120
        P.rect((30, y0, 230, y0 + 100), fill=color)
        P.text((130, y0 + 50), name, 22, (255, 255, 255), "mm", bold=True)
        n = len(items)
        bw = (W - 280 - (n - 1) * 12) / n
        for k, it in enumerate(items):
            x0 = 250 + k * (bw + 12)
            P.rect((x0, y0 + 10, x0 + bw, y0 + 90), fill=(232, 240, 250), outline=(120, 150, 190), radius=6)
            P.text((x0 + bw / 2, y0 + 50), it, 19, (30, 50, 80), "mm")
    return P.pic(pid, "png")
