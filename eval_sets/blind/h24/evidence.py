"""Evidence renderers: disclosure excerpts (text PDF), lists (PDF/XLSX), dashboards (PNG)."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Font
from PIL import Image, ImageDraw

import kit
from common import Pkg


def disclosure_pdf(p: Pkg, rel: str, role: str, pages: list, header: str, printed: list, font="STSong-Light"):
    """pages: block lists; printed: printed page numbers like '12 / 220' per physical page ('' for none)."""
    kit.text_pdf(p.add(rel, role), pages, font=font, header=[header if x else "" for x in printed], footers=printed)


def list_pdf(p: Pkg, rel: str, role: str, company: str, tables: list, font="WQY"):
    """tables: [(title, head, rows, total_line)] each on its own page."""
    pages, total_pages = [], []
    for title, head, rows, total in tables:
        widths = [12] + [int(158 / (len(head) - 1))] * (len(head) - 1)
        for k in range(0, len(rows), 18):
            blocks = [("h2", title if k == 0 else title + "（续）"), ("table", [head] + rows[k:k + 18], widths)]
            if k + 18 >= len(rows):
                blocks.append(("pn", total))
                total_pages.append(len(pages) + 1)
            pages.append(blocks)
    kit.text_pdf(p.add(rel, role), pages, font=font, header=company, footers=[f"第 {i + 1} 页" for i in range(len(pages))])
    return total_pages


def device_xlsx(p: Pkg, rel: str, cat_total: dict, cat_pub: dict, cat_run: dict, reg: dict, overseas: dict, date: str):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备分类"
    ws.append([f"平台接入工业设备统计表（统计截止：{date}）"])
    ws.append(["设备二级分类", "接入设备数（台/套）", "其中：公有云接入", "公有云日均运行"])
    for k in cat_total:
        ws.append([k, cat_total[k], cat_pub[k], cat_run[k]])
    ws.append(["合计", sum(cat_total.values()), sum(cat_pub.values()), sum(cat_run.values())])
    for c in ws[2]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入设备数（台/套）"])
    for k, v in reg.items():
        ws2.append([k, v])
    ws2.append(["合计", sum(reg.values())])
    if overseas:
        ws3 = wb.create_sheet("海外")
        ws3.append(["国家/地区", "接入设备数（台/套）"])
        for k, v in overseas.items():
            ws3.append([k, v])
        ws3.append(["海外合计", sum(overseas.values())])
    kit.save_xlsx(wb, p.add(rel, "evidence:device_list"), author="IT运维部")


def dashboard_png(p: Pkg, rel: str, title: str, tiles: list, seed: int, stamp: str):
    """tiles: [(caption, big_text, sub)]. Writes a PNG screenshot."""
    W, H = 1600, 900
    img = Image.new("RGB", (W, H), (14, 27, 48))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 70], fill=(22, 44, 80))
    d.text((30, 16), title, font=kit.pil_font(30), fill=(235, 240, 250))
    d.text((W - 420, 24), stamp, font=kit.pil_font(20), fill=(150, 170, 200))
    cols = 3
    for i, (cap, big, sub) in enumerate(tiles):
        x = 40 + (i % cols) * 515
        y = 110 + (i // cols) * 250
        d.rounded_rectangle([x, y, x + 480, y + 220], 14, fill=(25, 48, 84), outline=(60, 120, 200), width=2)
        d.text((x + 24, y + 20), cap, font=kit.pil_font(26), fill=(160, 200, 240))
        d.text((x + 24, y + 74), big, font=kit.pil_font(64), fill=(90, 230, 255))
        if sub:
            d.text((x + 24, y + 170), sub, font=kit.pil_font(20), fill=(150, 170, 200))
    path = p.add(rel, "evidence:screenshot")
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)


def award_xlsx(p: Pkg, rel: str, awards: list):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "获奖清单"
    ws.append(["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"])
    for i, a in enumerate(awards, 1):
        ws.append([i] + list(a))
    ws.append([f"合计：{len(awards)}项"])
    kit.save_xlsx(wb, p.add(rel, "evidence:award_list"), author="综合办")
