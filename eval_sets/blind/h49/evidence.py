"""Evidence of an h49 package laid out as marketing material: 16:9 deck, phone screenshots, brochure,
certificate infographic — plus the plain lists and the audit note an applicant also attaches.

Every writer returns the evidence facts it prints: dicts in the truth's EvidenceFact shape.
A KPI item is (value, unit, caption, label, normalized, fact_unit, component); label '' = not a fact.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4

from eval_sets.generator import fonts

from .office import FONT, image_pdf, new_pdf, new_wb, save_wb

W16, H16 = 960, 540
BLUE = colors.HexColor("#0B4F9C")
ORANGE = colors.HexColor("#F28C28")
GREY = colors.HexColor("#5A6270")


def fact(label, value, unit, norm, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return {"label": label, "value": value, "unit": unit, "normalized": norm, "file": file, "page": page,
            "quote": quote, "row_label": row_label, "column_label": column_label, "component": component,
            "image_only": image_only}


def _kpi(c, x, y, item, big=40, accent=BLUE):
    """A big number, its unit in a smaller font, and the caption in a separate text box below."""
    value, unit, caption = item[0], item[1], item[2]
    c.setFillColor(accent)
    c.setFont(FONT, big)
    c.drawString(x, y, value)
    wv = c.stringWidth(value, FONT, big)
    if unit:
        c.setFont(FONT, big * 0.38)
        c.drawString(x + wv + 4, y, unit)
    c.setFillColor(GREY)
    c.setFont(FONT, 13)
    c.drawString(x, y - 24, caption)


def _kpi_fact(item, file, page, image_only=False):
    value, unit, caption, label, norm, funit, comp = item
    if not label:
        return None
    return fact(label, value + unit, funit, norm, file, page, value, row_label=caption, component=comp, image_only=image_only)


def _header(c, title, q, n):
    c.setFillColor(BLUE)
    c.rect(0, H16 - 54, W16, 54, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(FONT, 22)
    c.drawString(36, H16 - 36, title)
    c.setFont(FONT, 10)
    c.drawRightString(W16 - 30, H16 - 34, q["short"] + " | 平台介绍")
    c.setFillColor(GREY)
    c.setFont(FONT, 9)
    c.drawRightString(W16 - 30, 16, str(n))


def _bars(c, x0, y0, w, h, data: dict, ticks: list[int], fmt=lambda v: f"{v:,}", color=ORANGE):
    """Bar chart with numeric axis ticks and a data label above every bar."""
    top = ticks[-1]
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.line(x0, y0, x0, y0 + h)
    c.line(x0, y0, x0 + w, y0)
    c.setFont(FONT, 9)
    c.setFillColor(GREY)
    for t in ticks:
        yy = y0 + h * t / top
        c.drawRightString(x0 - 6, yy - 3, f"{t:,}")
        c.setStrokeColor(colors.HexColor("#DDDDDD"))
        c.line(x0, yy, x0 + w, yy)
    n = len(data)
    bw = w / n * 0.55
    for i, (k, v) in enumerate(data.items()):
        bx = x0 + w / n * (i + 0.22)
        bh = h * v / top
        c.setFillColor(color)
        c.rect(bx, y0, bw, bh, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(FONT, 10)
        c.drawCentredString(bx + bw / 2, y0 + bh + 5, fmt(v))
        c.setFillColor(GREY)
        c.setFont(FONT, 10)
        c.drawCentredString(bx + bw / 2, y0 - 14, str(k))


def deck(q: dict, path: Path, rel: str) -> list[dict]:
    c = new_pdf(path, (W16, H16))
    facts = []
    # 1 cover
    c.setFillColor(BLUE)
    c.rect(0, 0, W16, H16, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(FONT, 34)
    c.drawString(70, 300, q["name"])
    c.setFont(FONT, 18)
    c.drawString(70, 250, "平台介绍 · 汇报材料")
    c.setFont(FONT, 14)
    c.drawString(70, 90, q["company"])
    c.drawString(70, 66, "2024年7月")
    c.showPage()
    # 2 core numbers, 3 x 2 grid
    _header(c, "平台核心数据", q, 2)
    for i, item in enumerate(q["deck_kpis"]):
        x = 70 + (i % 3) * 300
        y = 360 - (i // 3) * 170
        _kpi(c, x, y, item)
        f = _kpi_fact(item, rel, 2)
        if f:
            facts.append(f)
    c.setFillColor(GREY)
    c.setFont(FONT, 9)
    c.drawString(70, 40, f"数据来源：平台运营数据看板，统计截至{q['deck_date']}")
    c.showPage()
    # 3 timeline + cumulative served-enterprise chart + the big number beside it
    _header(c, "发展历程与服务规模", q, 3)
    years = list(q["chart_served"].keys())
    c.setStrokeColor(BLUE)
    c.setLineWidth(2)
    c.line(60, 420, 900, 420)
    for i, (yr, text) in enumerate(q["timeline"]):
        x = 80 + i * 160
        c.setFillColor(BLUE)
        c.circle(x, 420, 6, stroke=0, fill=1)
        c.setFont(FONT, 14)
        c.drawString(x - 16, 432, str(yr))
        c.setFillColor(GREY)
        c.setFont(FONT, 10)
        c.drawString(x - 16, 400, text)
    ticks = q["chart_ticks"]
    _bars(c, 100, 90, 520, 240, q["chart_served"], ticks)
    c.setFillColor(GREY)
    c.setFont(FONT, 11)
    c.drawString(100, 345, "累计服务企业数（家）")
    item = (f"{q['served_deck']:,}", "家", "累计服务企业", "实际服务企业数（个）", q["served_deck"], "家", "")
    _kpi(c, 680, 250, item, big=48, accent=ORANGE)
    facts.append(_kpi_fact(item, rel, 3))
    last = years[-1]
    facts.append(fact("实际服务企业数（个）", f"{q['chart_served'][last]:,}", "家", q["chart_served"][last], rel, 3,
                      f"{q['chart_served'][last]:,}", row_label=f"{last}", column_label="累计服务企业数（家）"))
    c.showPage()
    # 4 three columns of capability text
    _header(c, "平台能力", q, 4)
    for i, (head, lines) in enumerate(q["columns"]):
        x = 50 + i * 300
        c.setFillColor(BLUE)
        c.setFont(FONT, 16)
        c.drawString(x, 440, head)
        c.setFillColor(colors.black)
        c.setFont(FONT, 11)
        for j, ln in enumerate(lines):
            c.drawString(x, 410 - j * 22, ln)
    for i, item in enumerate(q["col_kpis"]):
        _kpi(c, 50 + i * 300, 130, item, big=34)
        f = _kpi_fact(item, rel, 4)
        if f:
            facts.append(f)
    c.showPage()
    # 5 revenue
    _header(c, "经营情况", q, 5)
    item = q["rev_kpi"]
    _kpi(c, 640, 330, item, big=52, accent=ORANGE)
    f = _kpi_fact(item, rel, 5)
    if f:
        facts.append(f)
    revs = {f"{y}年": q["rev"][y] for y in (2021, 2022, 2023)}
    _bars(c, 110, 90, 420, 280, revs, q["rev_ticks"], fmt=lambda v: f"{v:,.2f}", color=BLUE)
    c.setFillColor(GREY)
    c.setFont(FONT, 11)
    c.drawString(110, 390, "平台业务收入（万元）")
    for y in (2021, 2022, 2023):
        comp = {2021: "2021年平台营收（万元）", 2022: "2022年平台营收（万元）"}.get(y, "")
        label = "平台近三年经营指标情况" if comp else "平台相关营业收入（万元）"
        facts.append(fact(label, f"{q['rev'][y]:,.2f}", "万元", q["rev"][y], rel, 5, f"{q['rev'][y]:,.2f}",
                          row_label="平台业务收入（万元）", column_label=f"{y}年", component=comp))
    c.showPage()
    c.save()
    return facts


def phone_png(q: dict, screen: dict, seed: int) -> Image.Image:
    """A long phone screenshot of the app's 数据看板: status bar, header, two cards a row, tab bar."""
    rng = random.Random(seed)
    cards = screen["cards"]
    nrows = (len(cards) + 1) // 2
    H = max(2000, 520 + nrows * 420 + 900 + 220)
    im = Image.new("RGB", (1080, H), (243, 245, 249))
    dr = ImageDraw.Draw(im)
    dr.rectangle((0, 0, 1080, 96), fill=(255, 255, 255))
    dr.text((60, 48), "9:41", font=fonts.pil_font(38), fill=(0, 0, 0), anchor="lm")
    dr.text((960, 48), "86%", font=fonts.pil_font(34), fill=(0, 0, 0), anchor="rm")
    dr.rectangle((975, 34, 1030, 62), outline=(0, 0, 0), width=3)
    dr.rectangle((979, 38, 1020, 58), fill=(0, 0, 0))
    dr.rectangle((0, 96, 1080, 250), fill=(11, 79, 156))
    dr.text((540, 150), screen["title"], font=fonts.pil_font(48), fill=(255, 255, 255), anchor="mm")
    dr.text((540, 215), q["short"], font=fonts.pil_font(28), fill=(210, 225, 245), anchor="mm")
    dr.text((60, 300), screen["date_line"], font=fonts.pil_font(30), fill=(90, 98, 112))
    y = 370
    for i, (value, caption, *_rest) in enumerate(cards):
        x = 40 if i % 2 == 0 else 560
        if i and i % 2 == 0:
            y += 420
        dr.rounded_rectangle((x, y, x + 480, y + 380), radius=28, fill=(255, 255, 255))
        dr.text((x + 40, y + 60), caption, font=fonts.pil_font(34), fill=(90, 98, 112))
        dr.text((x + 40, y + 150), value, font=fonts.pil_font(86), fill=(11, 79, 156))
        dr.line((x + 40, y + 300, x + 440, y + 300), fill=(230, 232, 236), width=3)
        dr.text((x + 40, y + 320), "较上月 ↑" + f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%", font=fonts.pil_font(26), fill=(40, 160, 90))
    y += 460
    # a small trend chart without numbers on its bars
    dr.rounded_rectangle((40, y, 1040, y + 800), radius=28, fill=(255, 255, 255))
    dr.text((80, y + 50), "近12个月活跃趋势", font=fonts.pil_font(34), fill=(30, 30, 30))
    for k in range(12):
        bh = rng.randint(200, 560)
        dr.rectangle((90 + k * 78, y + 740 - bh, 130 + k * 78, y + 740), fill=(242, 140, 40))
    # tab bar
    dr.rectangle((0, H - 180, 1080, H), fill=(255, 255, 255))
    for k, t in enumerate(["首页", "看板", "消息", "我的"]):
        col = (11, 79, 156) if t == "看板" else (120, 120, 120)
        dr.ellipse((110 + k * 270, H - 160, 170 + k * 270, H - 100), outline=col, width=4)
        dr.text((140 + k * 270, H - 60), t, font=fonts.pil_font(30), fill=col, anchor="mm")
    dr.rounded_rectangle((400, H - 22, 680, H - 12), radius=5, fill=(0, 0, 0))
    return im


def screens(q: dict, root: Path) -> list[dict]:
    facts = []
    pdf_pages: dict[str, list] = {}
    for n, screen in enumerate(q["screens"]):
        im = phone_png(q, screen, seed=q["list_no"] * 100 + n)
        rel = screen["file"]
        if rel.endswith(".png"):
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            im.save(root / rel, optimize=False)
            page = 1
        else:
            pdf_pages.setdefault(rel, []).append(im)
            page = len(pdf_pages[rel])
        for value, caption, label, norm, unit in screen["cards"]:
            if label:
                facts.append(fact(label, value, unit, norm, rel, page, value, row_label=caption, image_only=True))
    for rel, ims in pdf_pages.items():
        image_pdf([im.resize((540, im.height // 2)) for im in ims], root / rel, dpi=72)
    return facts


def brochure(q: dict, path: Path, rel: str) -> list[dict]:
    """宣传册 page: A4, three text columns, rotated callouts carrying numbers."""
    c = new_pdf(path, A4)
    w, h = A4
    c.setFillColor(BLUE)
    c.rect(0, h - 110, w, 110, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(FONT, 22)
    c.drawString(36, h - 60, q["name"])
    c.setFont(FONT, 11)
    c.drawString(36, h - 88, "产品宣传册 · 2024版")
    colw = (w - 72) / 3
    c.setFillColor(colors.black)
    for i, (head, lines) in enumerate(q["columns"]):
        x = 36 + i * colw
        c.setFont(FONT, 13)
        c.setFillColor(BLUE)
        c.drawString(x, h - 150, head)
        c.setFillColor(colors.black)
        c.setFont(FONT, 9)
        for j, ln in enumerate(lines + q["brochure_text"]):
            c.drawString(x, h - 172 - j * 15, ln[:16])
    facts = []
    for i, item in enumerate(q["callouts"]):
        c.saveState()
        x, y = 110 + i * 180, 260 - (i % 2) * 60
        c.translate(x, y)
        c.rotate(12 if i % 2 == 0 else -10)
        c.setFillColor(ORANGE)
        c.roundRect(-70, -40, 150, 90, 12, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FONT, 28)
        c.drawString(-56, 8, item[0])
        c.setFont(FONT, 11)
        c.drawString(-56, -22, item[2])
        c.restoreState()
        f = _kpi_fact(item, rel, 1)
        if f:
            facts.append(f)
    c.setFillColor(GREY)
    c.setFont(FONT, 8)
    c.drawString(36, 30, f"{q['company']}  地址：{q['address']}  网址：{q['url']}")
    c.showPage()
    c.save()
    return facts


def ip_infographic(q: dict, path: Path, rel: str) -> list[dict]:
    """资质荣誉一览: icons with counts by category, no table."""
    c = new_pdf(path, A4)
    w, h = A4
    c.setFillColor(BLUE)
    c.setFont(FONT, 22)
    c.drawCentredString(w / 2, h - 80, "知识产权与资质荣誉一览")
    c.setFont(FONT, 10)
    c.setFillColor(GREY)
    c.drawCentredString(w / 2, h - 100, f"{q['company']}  统计截至{q['deck_date']}")
    items = [(str(q["pat_inv"]), "项", "发明专利", "", None, "项", ""),
             (str(q["pat_util"]), "项", "实用新型专利", "", None, "项", ""),
             (str(q["patents"]), "项", "授权专利合计", "平台核心软硬件技术获得的专利数量（项）", q["patents"], "项", ""),
             (q["ip_copyrights_text"], "项", "软件著作权", "平台核心软硬件技术获得的软著数量（个）", q["ip_copyrights_norm"], "项", ""),
             (str(q["awards_count"]), "项", "省部级及以上荣誉", "平台获得省部级及以上奖项/荣誉数量（个）", q["awards_count"], "项", ""),
             (str(q["std_count"]), "项", "参与制定标准", "", None, "项", "")]
    facts = []
    for i, item in enumerate(items):
        cx = 110 + (i % 3) * 190
        cy = h - 230 - (i // 3) * 230
        c.setFillColor([BLUE, ORANGE, colors.HexColor("#2E9E5B")][i % 3])
        c.circle(cx, cy, 42, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(FONT, 20)
        c.drawCentredString(cx, cy - 7, ["专", "新", "利", "著", "荣", "标"][i])
        c.setFillColor(colors.black)
        c.setFont(FONT, 30)
        c.drawCentredString(cx - 8, cy - 92, item[0])
        c.setFont(FONT, 12)
        c.drawString(cx - 8 + c.stringWidth(item[0], FONT, 30) / 2 + 2, cy - 92, item[1])
        c.setFillColor(GREY)
        c.setFont(FONT, 12)
        c.drawCentredString(cx, cy - 118, item[2])
        f = _kpi_fact(item, rel, 1)
        if f:
            facts.append(f)
    c.showPage()
    c.save()
    return facts


def audit_note(q: dict, path: Path, rel: str) -> list[dict]:
    c = new_pdf(path, A4)
    w, h = A4
    c.setFont(FONT, 20)
    c.drawCentredString(w / 2, h - 260, f"{q['company']}")
    c.drawCentredString(w / 2, h - 300, "平台业务专项审计报告")
    c.setFont(FONT, 12)
    c.drawCentredString(w / 2, h - 340, f"{q['auditor']}  {q['audit_no']}")
    c.showPage()
    c.setFont(FONT, 14)
    c.drawString(60, h - 80, "审计意见")
    c.setFont(FONT, 10.5)
    for j, ln in enumerate([f"我们审计了{q['company']}（以下简称“贵公司”）{q['name']}业务的专项财务信息，",
                            "包括2021年度、2022年度及2023年度平台业务收入、研发投入及利润总额。",
                            "我们认为，后附平台业务主要财务数据在所有重大方面按照企业会计准则编制，",
                            "公允反映了平台业务的经营成果。"]):
        c.drawString(60, h - 110 - j * 20, ln)
    c.showPage()
    c.setFont(FONT, 14)
    c.drawString(60, h - 80, "附表  平台业务主要财务数据（单位：万元）")
    cols = ["项目", "2021年度", "2022年度", "2023年度"]
    xs = [60, 250, 360, 470]
    c.setFont(FONT, 10.5)
    for x, t in zip(xs, cols):
        c.drawString(x, h - 120, t)
    data = [("平台相关营业收入", [q["rev"][2021], q["rev"][2022], q["rev"][2023]]),
            ("平台相关研发投入", [q["rd_hist"][0], q["rd_hist"][1], q["rd"]]),
            ("平台利润总额", [q["profit_hist"][0], q["profit_hist"][1], q["profit"]])]
    facts = []
    for i, (name, vals) in enumerate(data):
        y = h - 145 - i * 22
        c.drawString(60, y, name)
        for x, v in zip(xs[1:], vals):
            c.drawString(x, y, f"{v:,.2f}")
    c.drawString(60, h - 230, f"注：平台业务收入按平台直接订阅服务及平台服务合同拆分，研发投入按R&D口径归集。")
    c.showPage()
    c.save()
    r = q["rev"]
    facts += [
        fact("平台相关营业收入（万元）", f"{r[2023]:,.2f}", "万元", r[2023], rel, 3, f"{r[2023]:,.2f}", "平台相关营业收入", "2023年度"),
        fact("平台近三年经营指标情况", f"{r[2021]:,.2f}", "万元", r[2021], rel, 3, f"{r[2021]:,.2f}", "平台相关营业收入", "2021年度", "2021年平台营收（万元）"),
        fact("平台近三年经营指标情况", f"{r[2022]:,.2f}", "万元", r[2022], rel, 3, f"{r[2022]:,.2f}", "平台相关营业收入", "2022年度", "2022年平台营收（万元）"),
        fact("平台相关研发投入（万元）", f"{q['rd']:,.2f}", "万元", q["rd"], rel, 3, f"{q['rd']:,.2f}", "平台相关研发投入", "2023年度"),
        fact("平台利润率（%）", f"{q['profit']:,.2f}", "万元", q["profit"], rel, 3, f"{q['profit']:,.2f}", "平台利润总额", "2023年度", "平台利润总额（万元）"),
        fact("投资回报率（%）", f"{q['profit']:,.2f}", "万元", q["profit"], rel, 3, f"{q['profit']:,.2f}", "平台利润总额", "2023年度", "平台年利润（万元）"),
    ]
    return facts


def ip_list_xlsx(q: dict, path: Path, rel: str) -> list[dict]:
    rng = random.Random(q["list_no"] * 7)
    wb = new_wb()
    ws = wb.active
    ws.title = "专利清单"
    ws.append([f"{q['company']}平台相关专利清单"])
    ws.append(["序号", "专利名称", "专利号", "类型", "专利权人", "授权公告日"])
    topics = ["设备数据采集方法", "故障预测方法", "边缘网关装置", "时序数据压缩方法", "能效优化系统", "远程运维终端", "工况识别方法", "数字孪生建模方法"]
    n = 0
    for kind, cnt in (("发明", q["pat_inv"]), ("实用新型", q["pat_util"])):
        for k in range(cnt):
            n += 1
            ws.append([n, f"一种{topics[(n + k) % len(topics)]}（{n}）", f"ZL20{rng.randint(18, 23)}{rng.randint(1, 2)}{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}",
                       kind, q["company"], f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    ws.append(["合计", f"{n}项"])
    ws2 = wb.create_sheet("软件著作权清单")
    ws2.append([f"{q['company']}平台相关软件著作权清单"])
    ws2.append(["序号", "软件名称", "登记号", "著作权人", "登记日期"])
    mods = ["数据看板", "设备管理", "工单管理", "能耗分析", "模型管理", "APP商店", "开发者门户", "消息中心", "报表", "移动端"]
    for k in range(q["copyrights_list"]):
        ws2.append([k + 1, f"{q['short']}{mods[k % len(mods)]}软件V{1 + k // len(mods)}.0", f"20{rng.randint(18, 24)}SR{rng.randint(100000, 999999)}",
                    q["company"], f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    ws2.append(["合计", f"{q['copyrights_list']}项"])
    save_wb(wb, path)
    return [fact("平台核心软硬件技术获得的专利数量（项）", f"{n}项", "项", n, rel, 1, f"{n}项", "合计", "专利清单"),
            fact("平台核心软硬件技术获得的软著数量（个）", f"{q['copyrights_list']}项", "项", q["copyrights_list"], rel, 2,
                 f"{q['copyrights_list']}项", "合计", "软件著作权清单")]


def device_xlsx(q: dict, path: Path, rel: str) -> list[dict]:
    wb = new_wb()
    ws = wb.active
    ws.title = "按二级分类"
    ws.append(["平台接入工业设备统计表（截至2024年7月10日）"])
    ws.append(["设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in q["dev_by_cat"]:
        ws.append([k, q["dev_by_cat"][k], q["pub_by_cat"][k], q["daily_by_cat"][k]])
    ws.append(["合计", q["dev_list_total"], q["pub"], q["daily"]])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"])
    for k in q["dev_by_reg"]:
        ws2.append([k, q["dev_by_reg"][k], q["pub_by_reg"][k], q["daily_by_reg"][k]])
    ws2.append(["合计", q["dev_list_total"], q["pub"], q["daily"]])
    ov = sum(q["overseas"].values())
    ws2.append(["其中：海外合计", ov, "", ""])
    save_wb(wb, path)
    return [fact("连接的工业设备/产品/产线种类及数量（台/套）", str(q["dev_list_total"]), "台/套", q["dev_list_total"], rel, 1,
                 str(q["dev_list_total"]), "合计", "接入数量（台/套）"),
            fact("公有云工业设备连接数量（台/套）", str(q["pub"]), "台/套", q["pub"], rel, 1, str(q["pub"]), "合计", "其中：公有云接入（台/套）"),
            fact("公有云工业设备平均日运行数量（台/套）", str(q["daily"]), "台/套", q["daily"], rel, 1, str(q["daily"]), "合计", "公有云日均运行（台/套）"),
            fact("海外设备连接数量（台/套）", str(ov), "台/套", ov, rel, 2, str(ov), "其中：海外合计", "接入数量（台/套）")]


def model_xlsx(q: dict, path: Path, rel: str) -> list[dict]:
    wb = new_wb()
    ws = wb.active
    ws.title = "工业机理模型清单"
    ws.append(["序号", "模型名称", "模型分类", "调用用户数（个）"])
    n = 0
    for cat, cnt in q["model_by_cat"].items():
        for k in range(cnt):
            n += 1
            ws.append([n, f"{cat[:4]}-{k + 1:03d}", cat, (n * 37) % 90 + 3])
    ws.append(["", f"共{n}个", "", ""])
    save_wb(wb, path)
    return [fact("工业机理模型数量（个）", f"共{n}个", "个", n, rel, 1, f"共{n}个", "合计", "")]
