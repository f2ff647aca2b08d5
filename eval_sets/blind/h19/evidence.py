"""Evidence documents reused across the h19 packages (each package decides wording, periods and scopes)."""
from __future__ import annotations

import random
from pathlib import Path

from h19lib import (Image, ImageDraw, Paragraph, Spacer, build_pdf, degrade, draw_seal, fint, fmt, images_to_pdf,
                    mm, new_xlsx, pil_font, save_xlsx, screenshot, styles, table, NOTO_SERIF, NOTO_SERIF_B, NOTO_SANS)
from forms import revenue3


def fin_note_pdf(path: Path, company: str, title: str, intro: list[str], head: list[str], rows: list[list],
                 notes: list[str], sign: str, date: str, font="STSong-Light", widths=None, pre_tables=None) -> None:
    """One-page platform financial note; rows already formatted strings."""
    st = styles(font, 10.5)
    pg = [Paragraph(title, st["title"]), Spacer(1, 4 * mm)]
    for t in intro:
        pg.append(Paragraph(t, st["p"]))
    for extra in pre_tables or []:
        pg.append(extra)
    w = widths or [44 * mm] + [(170 - 44) * mm / (len(head) - 1)] * (len(head) - 1)
    pg.append(table([head] + rows, w, font, size=8.5))
    pg.append(Spacer(1, 3 * mm))
    for t in notes:
        pg.append(Paragraph(t, st["small"]))
    pg += [Spacer(1, 10 * mm), Paragraph(sign, st["r"]), Paragraph(date, st["r"])]
    build_pdf(path, [pg], font=font, header=company)


def devices_pdf(path: Path, company: str, title: str, asof: str, cat: dict, cat_pub: dict, cat_run: dict,
                reg: dict, overseas: dict, extra: list | None = None, font="WQY") -> None:
    """Page 1: by 附录A category (接入/公有云/日均运行) with 合计; page 2: by region + overseas (+ extra flowables)."""
    st = styles(font, 10)
    rows = [["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in cat:
        rows.append([k, fint(cat[k]), fint(cat_pub[k]), fint(cat_run[k])])
    rows.append(["合计", fint(sum(cat.values())), fint(sum(cat_pub.values())), fint(sum(cat_run.values()))])
    p1 = [Paragraph(title, st["title"]), Paragraph(f"统计口径：{asof}", st["c"]), Spacer(1, 4 * mm),
          Paragraph("表1 按设备二级分类统计", st["h"]), table(rows, [50 * mm, 40 * mm, 40 * mm, 40 * mm], font, size=9)]
    r2 = [["省市区域", "接入数量（台/套）"]] + [[k, fint(v)] for k, v in reg.items()]
    r2.append(["合计", fint(sum(reg.values()))])
    p2 = [Paragraph("表2 按省市区域统计（设备所属企业注册地）", st["h"]), table(r2, [70 * mm, 50 * mm], font, size=9)]
    if overseas:
        r3 = [["国家", "接入数量（台/套）"]] + [[k, fint(v)] for k, v in overseas.items()]
        r3.append(["合计", fint(sum(overseas.values()))])
        p2 += [Spacer(1, 4 * mm), Paragraph("表3 海外设备按国家统计", st["h"]), table(r3, [70 * mm, 50 * mm], font, size=9)]
    p2 += extra or []
    build_pdf(path, [p1, p2], font=font, header=f"{company}  设备接入统计")


def award_scan(path: Path, company: str, awards: list[tuple[str, str, str]], seed: int, list_title: str) -> None:
    """Page 1: typed award list (scanned); then one certificate page per award (first three only)."""
    W, H = 1240, 1754
    pages = []
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    f = pil_font(NOTO_SERIF, 30)
    fb = pil_font(NOTO_SERIF_B, 40)
    d.text((W // 2, 160), list_title, font=fb, fill="black", anchor="mm")
    y = 260
    cols = [90, 170, 740, 950]
    for j, h in enumerate(["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]):
        d.text((cols[j], y), h, font=f, fill="black")
    y += 56
    for i, (name, when, org) in enumerate(awards, 1):
        d.text((cols[0], y), str(i), font=f, fill="black")
        d.text((cols[1], y), name[:18], font=pil_font(NOTO_SERIF, 24), fill="black")
        if len(name) > 18:
            d.text((cols[1], y + 30), name[18:], font=pil_font(NOTO_SERIF, 24), fill="black")
        d.text((cols[2], y), when, font=pil_font(NOTO_SERIF, 24), fill="black")
        d.text((cols[3], y), org[:10], font=pil_font(NOTO_SERIF, 22), fill="black")
        if len(org) > 10:
            d.text((cols[3], y + 28), org[10:], font=pil_font(NOTO_SERIF, 22), fill="black")
        y += 80
    d.text((900, y + 80), company, font=pil_font(NOTO_SERIF, 26), fill="black")
    pages.append(degrade(img, seed, blur=0.6).convert("L"))
    for i, (name, when, org) in enumerate(awards[:3]):
        c = Image.new("RGBA", (W, int(W * 0.72)), (253, 246, 226, 255))
        dc = ImageDraw.Draw(c)
        dc.rectangle([30, 30, W - 30, c.size[1] - 30], outline=(170, 120, 40), width=10)
        dc.text((W // 2, 150), "荣 誉 证 书", font=pil_font(NOTO_SERIF_B, 70), fill=(160, 20, 20), anchor="mm")
        dc.text((W // 2, 330), company, font=pil_font(NOTO_SERIF_B, 40), fill="black", anchor="mm")
        dc.text((W // 2, 420), f"入选：{name}", font=pil_font(NOTO_SERIF, 32), fill="black", anchor="mm")
        dc.text((W - 420, c.size[1] - 200), org, font=pil_font(NOTO_SERIF, 28), fill="black")
        dc.text((W - 420, c.size[1] - 150), when, font=pil_font(NOTO_SERIF, 28), fill="black")
        draw_seal(c, W - 300, c.size[1] - 200, 110, org[:14], rng=random.Random(seed + i))
        pages.append(degrade(c, seed + 10 + i, blur=0.8))
    images_to_pdf(path, pages)


def orders_xlsx(path: Path, company: str, months: list[tuple[str, int, float]], summary: list[tuple[str, object]],
                author="finance") -> None:
    """Sheet 1 汇总 (summary lines), sheet 2 月度明细 (month, orders, 交易额万元)."""
    from openpyxl.styles import Font
    wb = new_xlsx(author)
    ws = wb.active
    ws.title = "汇总"
    ws["A1"] = f"{company} 平台订单统计（系统导出）"
    ws["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate(summary, start=3):
        ws.cell(i, 1, k)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 18
    ws2 = wb.create_sheet("月度明细")
    for j, h in enumerate(["月份", "平台订单数（个）", "交易额（万元）"], 1):
        ws2.cell(1, j, h).font = Font(bold=True)
    for i, (m, n, g) in enumerate(months, start=2):
        ws2.cell(i, 1, m)
        ws2.cell(i, 2, n)
        ws2.cell(i, 3, round(g, 2))
    save_xlsx(wb, path)


def customers_xlsx(path: Path, title: str, by_region: dict, by_ind: dict, notes: list[tuple[str, object]],
                   author="ops") -> None:
    from openpyxl.styles import Font
    wb = new_xlsx(author)
    ws = wb.active
    ws.title = "按区域"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True)
    ws["A2"], ws["B2"] = "省市区域", "服务企业数（家）"
    for i, (k, v) in enumerate(by_region.items(), start=3):
        ws.cell(i, 1, k)
        ws.cell(i, 2, v)
    n = 3 + len(by_region)
    ws.cell(n, 1, "全国合计")
    ws.cell(n, 2, sum(by_region.values()))
    for j, (k, v) in enumerate(notes, start=n + 2):
        ws.cell(j, 1, k)
        ws.cell(j, 2, v)
    ws.column_dimensions["A"].width = 40
    ws2 = wb.create_sheet("按行业")
    ws2["A1"], ws2["B1"] = "行业（附录C）", "服务企业数（家）"
    for i, (k, v) in enumerate(by_ind.items(), start=2):
        ws2.cell(i, 1, k)
        ws2.cell(i, 2, v)
    ws2.cell(2 + len(by_ind), 1, "合计")
    ws2.cell(2 + len(by_ind), 2, sum(by_ind.values()))
    save_xlsx(wb, path)


def security_pdf(path: Path, company: str, platform: str, lab: str, report_no: str, date: str, font="STSong-Light"):
    st = styles(font, 11)
    p1 = [Spacer(1, 40 * mm), Paragraph("网络安全等级保护测评报告（摘要）", st["title"]), Spacer(1, 10 * mm),
          Paragraph(f"被测对象：{platform}", st["c"]), Paragraph(f"被测单位：{company}", st["c"]),
          Paragraph(f"报告编号：{report_no}", st["c"]), Spacer(1, 50 * mm), Paragraph(lab, st["c"]), Paragraph(date, st["c"])]
    p2 = [Paragraph("测评结论", st["h"]),
          Paragraph("本次测评依据GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》第三级要求开展，"
                    "测评结论为“良”，综合得分86.4分。被测单位每年委托第三方机构开展一次等级测评，"
                    "并按季度开展漏洞扫描及渗透测试。", st["p"]),
          table([["测评类别", "符合", "部分符合", "不符合"], ["安全物理环境", "18", "2", "0"], ["安全通信网络", "7", "1", "0"],
                 ["安全区域边界", "16", "3", "0"], ["安全计算环境", "39", "6", "1"], ["安全管理中心", "10", "2", "0"]],
                [60 * mm, 30 * mm, 30 * mm, 30 * mm], font)]
    build_pdf(path, [p1, p2], font=font, header=lab)
