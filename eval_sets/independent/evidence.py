"""Evidence documents: 知识产权清单, 设备统计表, 荣誉清单, device XLSX, dashboard screenshots."""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw

from .blocks import Cell, Para, Spacer, Title, grid
from .fonts import pil_font

# ----------------------------------------------------------------------------------------------
# 知识产权


def patent_rows(rng: random.Random, titles: list[str], owner: str, year0: int = 2018) -> list[list[str]]:
    rows = []
    for i, t in enumerate(titles, start=1):
        y = rng.randint(year0, 2023)
        kind = "发明专利" if t.endswith(("方法", "系统", "方法及系统", "装置及方法")) else rng.choice(["实用新型", "发明专利"])
        digit = "1" if kind == "发明专利" else "2"
        num = f"ZL{y - rng.randint(1, 2)}{digit}{rng.randint(1000000, 1999999)}.{rng.randint(0, 9)}"
        date = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append([str(i), t, kind, num, date, owner])
    return rows


def software_rows(rng: random.Random, names: list[str], owner: str) -> list[list[str]]:
    rows = []
    for i, n in enumerate(names, start=1):
        y = rng.randint(2017, 2024)
        reg = f"{y}SR{rng.randint(100000, 1999999):07d}"
        date = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append([str(i), n, reg, date, owner])
    return rows


def ip_list_blocks(owner: str, patents: list[list[str]], softwares: list[list[str]], *, patent_heading: str,
                   software_heading: str, intro: str = "") -> list:
    H = lambda t: Cell(t, bold=True, align="center", shade="E7E6E6")
    prow = [[H("序号"), H("专利名称"), H("专利类型"), H("专利号"), H("授权公告日"), H("专利权人")]]
    prow += [[Cell(r[0], align="center"), Cell(r[1]), Cell(r[2], align="center"), Cell(r[3]), Cell(r[4], align="center"),
              Cell(r[5])] for r in patents]
    srow = [[H("序号"), H("软件名称"), H("登记号"), H("登记日期"), H("著作权人")]]
    srow += [[Cell(r[0], align="center"), Cell(r[1]), Cell(r[2]), Cell(r[3], align="center"), Cell(r[4])] for r in softwares]
    out = [Title(f"{owner}\n平台核心软硬件技术知识产权清单", 14)]
    if intro:
        out.append(Para(intro, indent=True, size=9.5))
    out += [Para(patent_heading, bold=True, size=11),
            grid([0.5, 3.4, 0.9, 2.0, 1.1, 2.2], prow, header_rows=1, size=8),
            Spacer(10),
            Para(software_heading, bold=True, size=11),
            grid([0.5, 3.6, 1.6, 1.1, 2.4], srow, header_rows=1, size=8)]
    return out


# ----------------------------------------------------------------------------------------------
# 设备统计


def fmt(n: int) -> str:
    return f"{n:,}"


def device_stats_blocks(title: str, date_line: str, cat: dict[str, tuple[int, int, int]],
                        reg: dict[str, tuple[int, int, int]], overseas: dict[str, int], *, note: str = "",
                        cols=("接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）")) -> list:
    H = lambda t: Cell(t, bold=True, align="center", shade="DDEBF7")

    def table(first: str, data: dict[str, tuple[int, int, int]]):
        rows = [[H(first)] + [H(c) for c in cols]]
        for k, (a, b, c) in data.items():
            rows.append([Cell(k)] + [Cell(fmt(x), align="right") for x in (a, b, c)])
        tot = [sum(x[i] for x in data.values()) for i in range(3)]
        rows.append([Cell("合计", bold=True, align="center")] + [Cell(fmt(x), bold=True, align="right") for x in tot])
        return grid([2.2, 1.6, 1.8, 1.8], rows, header_rows=1, size=8.6)

    over_total = sum(overseas.values())
    orow = [[H("国家（地区）"), H("接入数量（台/套）"), H("占海外设备比例")]]
    for k, n in overseas.items():
        orow.append([Cell(k), Cell(fmt(n), align="right"), Cell(f"{n * 100 / over_total:.1f}%", align="right")])
    orow.append([Cell("合计", bold=True, align="center"), Cell(fmt(over_total), bold=True, align="right"),
                 Cell("100.0%", align="right")])
    out = [Title(title, 14), Para(date_line, align="center", size=9)]
    if note:
        out.append(Para(note, size=9, indent=True))
    out += [Para("表1  按设备二级分类统计（分类口径：附录A）", bold=True, size=10), table("设备二级分类", cat), Spacer(6),
            Para("表2  按设备所属企业注册地统计（区域口径：附录F）", bold=True, size=10), table("省市区域", reg), Spacer(6),
            Para("表3  海外设备按国家统计", bold=True, size=10), grid([2.4, 2, 2], orow, header_rows=1, size=8.6)]
    return out


# ----------------------------------------------------------------------------------------------
# Dashboard screenshots (drawn here with PIL)


THEMES = {
    "dark": {"bg": (8, 24, 52), "panel": (15, 42, 84), "edge": (40, 110, 190), "text": (225, 235, 250), "dim": (140, 170, 210),
                 "num": (60, 220, 255), "bars": [(58, 160, 255), (0, 214, 180), (255, 190, 60), (255, 110, 110)]},
    "light": {"bg": (240, 242, 245), "panel": (255, 255, 255), "edge": (225, 228, 235), "text": (38, 38, 38),
                  "dim": (120, 120, 120), "num": (22, 119, 255), "bars": [(22, 119, 255), (82, 196, 26), (250, 173, 20),
                                                                  (245, 34, 45)]},
    "teal": {"bg": (4, 38, 44), "panel": (9, 62, 70), "edge": (30, 140, 140), "text": (230, 245, 245), "dim": (150, 200, 200),
                 "num": (255, 214, 90), "bars": [(70, 200, 200), (255, 214, 90), (120, 160, 255), (255, 120, 90)]},
}


def dashboard(title: str, stamp: str, kpis: list[tuple[str, str, str]], seed: int, theme: str = "dark",
              size=(1600, 900), side_caption: bool = False, ranking: list[tuple[str, int]] | None = None,
              table: list[list[str]] | None = None, table_title: str = "实时告警", bar_title: str = "近12个月新增接入",
              menu: list[str] | None = None, ranking_title: str = "区域分布 TOP5（家）") -> Image.Image:
    rng = random.Random(seed)
    T = THEMES[theme]
    W, H = size
    im = Image.new("RGB", size, T["bg"])
    d = ImageDraw.Draw(im)
    f_title = pil_font("Noto Sans CJK SC", 30, bold=True)
    f_cap = pil_font("Noto Sans CJK SC", 20)
    f_num = pil_font("Noto Sans CJK SC", 40, bold=True)
    f_small = pil_font("Noto Sans CJK SC", 16)
    left = 0
    if menu:
        left = 200
        d.rectangle([0, 0, left, H], fill=tuple(max(0, c - 12) for c in T["panel"]))
        for i, m in enumerate(menu):
            y = 90 + i * 48
            if i == 1:
                d.rectangle([0, y - 10, left, y + 30], fill=T["edge"])
            d.text((28, y), m, font=f_cap, fill=T["text"])
    d.rectangle([left, 0, W, 70], fill=T["panel"])
    d.text(((W + left) // 2, 35), title, font=f_title, fill=T["text"], anchor="mm")
    d.text((W - 24, 35), stamp, font=f_small, fill=T["dim"], anchor="rm")
    # KPI cards
    n = len(kpis)
    gap = 18
    cw = (W - left - gap * (n + 1)) // n
    top = 92
    ch = 120
    for i, (cap, val, unit) in enumerate(kpis):
        x0 = left + gap + i * (cw + gap)
        d.rounded_rectangle([x0, top, x0 + cw, top + ch], radius=10, fill=T["panel"], outline=T["edge"], width=2)
        if side_caption:
            d.text((x0 + 18, top + ch // 2), cap, font=f_cap, fill=T["dim"], anchor="lm")
            d.text((x0 + cw - 18, top + ch // 2), val + unit, font=f_num, fill=T["num"], anchor="rm")
        else:
            d.text((x0 + 18, top + 16), cap, font=f_cap, fill=T["dim"])
            d.text((x0 + 18, top + 50), val, font=f_num, fill=T["num"])
            if unit:
                w = d.textlength(val, font=f_num)
                d.text((x0 + 26 + w, top + 70), unit, font=f_cap, fill=T["dim"])
    # bar chart
    y0 = top + ch + 24
    pw = (W - left - gap * 3) // 2
    ph = H - y0 - gap
    bx = left + gap
    d.rounded_rectangle([bx, y0, bx + pw, y0 + ph], radius=10, fill=T["panel"], outline=T["edge"], width=2)
    d.text((bx + 16, y0 + 12), bar_title, font=f_cap, fill=T["text"])
    vals = [rng.randint(30, 100) for _ in range(12)]
    months = [f"{m}月" for m in list(range(7, 13)) + list(range(1, 7))]
    inner_h = ph - 90
    bw = (pw - 60) / 12
    for i, v in enumerate(vals):
        x = bx + 40 + i * bw
        hgt = inner_h * v / 100
        d.rectangle([x + 6, y0 + 50 + inner_h - hgt, x + bw - 6, y0 + 50 + inner_h], fill=T["bars"][0])
        d.text((x + bw / 2, y0 + 60 + inner_h), months[i], font=f_small, fill=T["dim"], anchor="mt")
    # line over bars
    pts = [(bx + 40 + i * bw + bw / 2, y0 + 50 + inner_h * (1 - (0.3 + 0.5 * (0.5 + 0.5 * math.sin(i / 2 + seed))))) for i in
           range(12)]
    d.line(pts, fill=T["bars"][2], width=3)
    # right panel: ranking or table
    rx = bx + pw + gap
    d.rounded_rectangle([rx, y0, rx + pw, y0 + ph], radius=10, fill=T["panel"], outline=T["edge"], width=2)
    if ranking:
        d.text((rx + 16, y0 + 12), ranking_title, font=f_cap, fill=T["text"])
        mx = max(v for _, v in ranking)
        for i, (name, v) in enumerate(ranking[:5]):
            yy = y0 + 60 + i * 52
            d.text((rx + 20, yy), name, font=f_cap, fill=T["text"])
            d.rectangle([rx + 110, yy + 6, rx + 110 + (pw - 230) * v / mx, yy + 26], fill=T["bars"][1])
            d.text((rx + pw - 20, yy + 16), f"{v:,}", font=f_cap, fill=T["num"], anchor="rm")
    elif table:
        d.text((rx + 16, y0 + 12), table_title, font=f_cap, fill=T["text"])
        colw = (pw - 32) / len(table[0])
        for r, row in enumerate(table[:7]):
            yy = y0 + 56 + r * 40
            if r == 0:
                d.rectangle([rx + 12, yy - 6, rx + pw - 12, yy + 28], fill=T["edge"])
            for c, val in enumerate(row):
                d.text((rx + 18 + c * colw, yy), val, font=f_small, fill=T["text"])
    return im


def png_bytes(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def quantized_png(im: Image.Image, colors: int = 64) -> bytes:
    """Screenshots saved with a palette keep PNG files small."""
    q = im.quantize(colors=colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buf = io.BytesIO()
    q.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def combo_titles(rng: random.Random, heads: list[str], subjects: list[str], tails: list[str], n: int) -> list[str]:
    """n distinct patent / software titles from domain words."""
    seen: list[str] = []
    while len(seen) < n:
        t = f"{rng.choice(heads)}{rng.choice(subjects)}{rng.choice(tails)}"
        if t not in seen:
            seen.append(t)
    return seen


def list_workbook(sheets: list[tuple[str, str, list[str], list[list], str]], font: str = "宋体"):
    """Certificate / award lists as an Excel workbook: (sheet name, title, header, rows, closing line)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    for i, (name, title, header, rows, closing) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name
        ws.cell(row=1, column=1, value=title).font = Font(name=font, size=13, bold=True)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        for c, h in enumerate(header, start=1):
            x = ws.cell(row=2, column=c, value=h)
            x.font = Font(name=font, bold=True)
            x.border = bd
            x.alignment = Alignment(horizontal="center")
        for r, row in enumerate(rows, start=3):
            for c, val in enumerate(row, start=1):
                x = ws.cell(row=r, column=c, value=int(val) if c == 1 and str(val).isdigit() else val)
                x.border = bd
                x.font = Font(name=font, size=10)
        if closing:
            ws.cell(row=len(rows) + 3, column=1, value=closing).font = Font(name=font, bold=True)
            ws.merge_cells(start_row=len(rows) + 3, start_column=1, end_row=len(rows) + 3, end_column=len(header))
        widths = [6, 46, 14, 24, 14, 34][: len(header)]
        for c, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = w
    return wb
