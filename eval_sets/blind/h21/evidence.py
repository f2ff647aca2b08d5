"""Evidence files: bilingual audit report, group annual report, device lists, dashboards, IP lists..."""
from __future__ import annotations

import random
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from PIL import Image, ImageDraw

from lib import (NOTO_SANS, NOTO_SANS_B, PDF, WQY, images_to_pdf, money, pil_font, scan_pdf, scanify, th,
                 xlsx_save)


def F(label, value, unit, normalized, file, page, quote, row="", col="", comp="", img=False):
    return {"label": label, "value": value, "unit": unit, "normalized": normalized, "file": file, "page": page,
            "quote": quote, "row_label": row, "column_label": col, "component": comp, "image_only": img}


def _amt(x, unit):
    """x in 万元 -> printed string in the statement unit."""
    if unit == "元":
        return money(round(x * 10000, 2))
    return th(int(round(x * 10)))  # 千元


def _norm(printed, unit):
    v = float(printed.replace(",", ""))
    return round(v / 10000, 2) if unit == "元" else round(v / 10, 2)


def audit_bilingual(path, rel, A):
    """A: dict with firm, company, company_en, unit ('元'|'千元'), corp (万元 figures 2023/2022), plat (万元 by year),
    note_no ('五、23','23'), seg_note (('十四','45')). Returns facts."""
    unit = A["unit"]
    uhead = "单位：人民币元  Expressed in Renminbi Yuan" if unit == "元" else "单位：人民币千元  RMB'000"
    pdf = PDF(path, font="STSong-Light", size=10, footer="{page}")
    facts = []
    # p1 cover
    pdf.space(150)
    pdf.title(A["company"], 17)
    pdf.title(A["company_en"], 13, gap=30)
    pdf.title("2023年度财务报表及审计报告", 16)
    pdf.title("Financial Statements and Auditor's Report for the year ended 31 December 2023", 11, gap=120)
    pdf.title(A["firm"], 12)
    pdf.title(A["firm_en"], 10)
    pdf.new_page()
    # p2 opinion
    pdf.title("审计报告  Independent Auditor's Report", 14)
    pdf.para(A["report_no"], right=True, size=9)
    pdf.para(f"{A['company']}全体股东：")
    pdf.para(f"To the Shareholders of {A['company_en']}:", font="STSong-Light")
    pdf.para("一、审计意见 Opinion", size=11)
    pdf.para(f"我们审计了{A['company']}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
             "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
             "公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。")
    pdf.para(f"We have audited the financial statements of {A['company_en']} (the \"Company\"), which comprise the balance "
             "sheet as at 31 December 2023, the income statement, the cash flow statement and the statement of changes in "
             "equity for the year then ended, and notes to the financial statements. In our opinion, the accompanying "
             "financial statements present fairly, in all material respects, the financial position of the Company as at "
             "31 December 2023 and its financial performance for the year then ended in accordance with Accounting "
             "Standards for Business Enterprises.", size=9)
    pdf.para("二、形成审计意见的基础 Basis for Opinion", size=11)
    pdf.para("我们按照中国注册会计师审计准则的规定执行了审计工作。We conducted our audit in accordance with China Standards "
             "on Auditing. 我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。", size=9.5)
    pdf.space(40)
    pdf.para(f"{A['firm']}            中国注册会计师：{A['cpa']}", size=9.5)
    pdf.para(f"{A['firm_en']}    Certified Public Accountant", size=9)
    pdf.para("中国 上海 Shanghai, China                2024年4月18日  18 April 2024", size=9.5)
    pdf.new_page()
    c = A["corp"]
    # p3 balance sheet
    pdf.title("资产负债表  Balance Sheet", 13)
    pdf.para("2023年12月31日  As at 31 December 2023", size=9)
    pdf.para(uhead, size=9, right=True)
    pdf.table([["项目 Item", "附注 Note", "2023年12月31日\n31 December 2023", "2022年12月31日\n31 December 2022"],
               ["货币资金 Cash and bank balances", "五、1", _amt(c["cash"][0], unit), _amt(c["cash"][1], unit)],
               ["应收账款 Accounts receivable", "五、3", _amt(c["ar"][0], unit), _amt(c["ar"][1], unit)],
               ["固定资产 Fixed assets", "五、10", _amt(c["fa"][0], unit), _amt(c["fa"][1], unit)],
               ["资产总计 Total assets", "", _amt(c["assets"][0], unit), _amt(c["assets"][1], unit)],
               ["负债合计 Total liabilities", "", _amt(c["liab"][0], unit), _amt(c["liab"][1], unit)],
               ["所有者权益合计 Total equity", "", _amt(c["assets"][0] - c["liab"][0], unit),
                _amt(c["assets"][1] - c["liab"][1], unit)]],
              [3.2, 0.8, 1.6, 1.6], aligns="lcrr")
    pdf.new_page()
    # p4 income statement
    pdf.title("利润表  Income Statement", 13)
    pdf.para("2023年度  For the year ended 31 December 2023", size=9)
    pdf.para(uhead, size=9, right=True)
    pdf.table([["项目 Item", "附注 Note", "2023年度\n2023", "2022年度\n2022"],
               ["一、营业收入 Revenue", A["note_no"][0], _amt(c["rev"][0], unit), _amt(c["rev"][1], unit)],
               ["减：营业成本 Cost of sales", A["note_no"][0], _amt(c["cost"][0], unit), _amt(c["cost"][1], unit)],
               ["税金及附加 Taxes and surcharges", "", _amt(c["tax"][0], unit), _amt(c["tax"][1], unit)],
               ["研发费用 Research and development expenses", "五、27", _amt(c["rdx"][0], unit), _amt(c["rdx"][1], unit)],
               ["二、营业利润 Operating profit", "", _amt(c["op"][0], unit), _amt(c["op"][1], unit)],
               ["三、利润总额 Total profit", "", _amt(c["profit"][0], unit), _amt(c["profit"][1], unit)],
               ["四、净利润 Net profit", "", _amt(c["np"][0], unit), _amt(c["np"][1], unit)]],
              [3.2, 0.8, 1.6, 1.6], aligns="lcrr")
    pdf.new_page()
    # p5 note revenue by business line
    pl = A["plat"]
    n_cn, n_en = A["note_no"]
    pdf.title(f"五、{n_cn[2:] if n_cn.startswith('五、') else n_cn} 营业收入和营业成本  Note {n_en} Revenue and cost of sales", 11.5,
              center=False)
    pdf.para(uhead, size=9, right=True)
    other = round(c["rev"][0] - pl["rev"][2023], 2)
    other22 = round(c["rev"][1] - pl["rev"][2022], 2)
    rev23 = _amt(pl["rev"][2023], unit)
    rev22 = _amt(pl["rev"][2022], unit)
    p5 = pdf.page
    pdf.table([["业务类别 Business line", "2023年度 2023", "2022年度 2022"],
               [A["main_line"], _amt(other, unit), _amt(other22, unit)],
               ["工业互联网平台服务 Industrial internet platform services", rev23, rev22],
               ["合计 Total", _amt(c["rev"][0], unit), _amt(c["rev"][1], unit)]],
              [3.4, 1.6, 1.6], aligns="lrr")
    pdf.para("注：工业互联网平台服务收入包括平台订阅服务、SaaS应用订阅、API调用计费及IoT设备接入服务收入。"
             "Platform service revenue comprises platform subscriptions, SaaS application subscriptions, API call fees and "
             "IoT device connection services.", size=8.5)
    facts.append(F("平台相关营业收入（万元）", rev23, unit, _norm(rev23, unit), rel, p5, rev23,
                   "工业互联网平台服务 Industrial internet platform services", "2023年度 2023"))
    facts.append(F("平台近三年经营指标情况", rev22, unit, _norm(rev22, unit), rel, p5, rev22,
                   "工业互联网平台服务 Industrial internet platform services", "2022年度 2022",
                   comp="2022年平台营收（万元）"))
    pdf.new_page()
    # p6 segment note
    s_cn, s_en = A["seg_note"]
    pdf.title(f"{s_cn}、分部信息（工业互联网平台业务）  Note {s_en} Segment information — industrial internet platform", 11,
              center=False)
    pdf.para("平台业务作为单独的经营分部进行内部管理和业绩考核。The platform business is managed and assessed as a separate "
             "operating segment.", size=9)
    pdf.para(uhead, size=9, right=True)
    yrs = (2023, 2022, 2021)
    r = lambda k: [_amt(pl[k][y], unit) for y in yrs]
    rows = [["项目 Item", "2023年度 2023", "2022年度 2022", "2021年度 2021"],
            ["平台营业收入 Segment revenue"] + r("rev"),
            ["平台研发投入 Segment R&D expenditure"] + r("rd"),
            ["平台利润总额 Segment total profit"] + r("profit")]
    p6 = pdf.page
    pdf.table(rows, [3, 1.4, 1.4, 1.4], aligns="lrrr")
    pdf.para("分部收入均来自外部客户，无分部间交易。All segment revenue is from external customers.", size=8.5)
    seg = rows
    facts.append(F("平台相关营业收入（万元）", seg[1][1], unit, _norm(seg[1][1], unit), rel, p6, seg[1][1],
                   "平台营业收入 Segment revenue", "2023年度 2023"))
    facts.append(F("平台近三年经营指标情况", seg[1][2], unit, _norm(seg[1][2], unit), rel, p6, seg[1][2],
                   "平台营业收入 Segment revenue", "2022年度 2022", comp="2022年平台营收（万元）"))
    facts.append(F("平台近三年经营指标情况", seg[1][3], unit, _norm(seg[1][3], unit), rel, p6, seg[1][3],
                   "平台营业收入 Segment revenue", "2021年度 2021", comp="2021年平台营收（万元）"))
    facts.append(F("平台相关研发投入（万元）", seg[2][1], unit, _norm(seg[2][1], unit), rel, p6, seg[2][1],
                   "平台研发投入 Segment R&D expenditure", "2023年度 2023"))
    facts.append(F("平台利润率（%）", seg[3][1], unit, _norm(seg[3][1], unit), rel, p6, seg[3][1],
                   "平台利润总额 Segment total profit", "2023年度 2023", comp="平台利润总额（万元）"))
    facts.append(F("投资回报率（%）", seg[3][1], unit, _norm(seg[3][1], unit), rel, p6, seg[3][1],
                   "平台利润总额 Segment total profit", "2023年度 2023", comp="平台年利润（万元）"))
    pdf.save()
    return facts


def group_report_en(path, G):
    """English annual report excerpt of the (foreign) group, fiscal year April–March. No facts (not the applicant)."""
    pdf = PDF(path, font="WQY", size=10, footer="{page}")
    pdf.space(120)
    pdf.title(G["group"], 20)
    pdf.title(f"Integrated Report {G['fy']}", 15)
    pdf.title(G["period"], 11, gap=40)
    pdf.title("(Excerpt: Financial Review and Segment Information)", 10)
    pdf.new_page()
    pdf.title("Financial Highlights", 14, center=False)
    pdf.para(G["highlight"])
    pdf.table(G["hl_rows"], [3, 1.5, 1.5, 1.2], aligns="lrrr")
    pdf.title("Segment Information — China Digital Platform Business", 12, center=False)
    pdf.para(G["seg_intro"], size=9.5)
    pdf.table(G["seg_rows"], [3, 1.5, 1.5], aligns="lrr")
    for p in G.get("notes", []):
        pdf.para(p, size=8.5)
    pdf.save()


def platform_note_cn(path, rel, N):
    """Company finance dept special explanation of platform figures (万元), 2021–2023 with 2023 vs 2022."""
    pdf = PDF(path, font="WQY", size=10.5)
    pdf.title(N["title"], 15)
    pdf.para(N["intro"])
    pl = N["plat"]
    chg = lambda k: f"{(pl[k][2023] - pl[k][2022]) / pl[k][2022] * 100:.2f}%"
    rows = [["项目", "2021年度", "2022年度", "2023年度", "2023 vs 2022"],
            ["平台相关营业收入"] + [money(pl["rev"][y]) for y in (2021, 2022, 2023)] + [chg("rev")],
            ["平台相关研发投入"] + [money(pl["rd"][y]) for y in (2021, 2022, 2023)] + [chg("rd")],
            ["平台利润总额"] + [money(pl["profit"][y]) for y in (2021, 2022, 2023)] + [chg("profit")]]
    pdf.para("单位：万元", right=True, size=9)
    pdf.table(rows, [2.2, 1.2, 1.2, 1.2, 1.2], aligns="lrrrr")
    for p in N["after"]:
        pdf.para(p, size=9.5)
    pdf.space(30)
    pdf.para(N["sign"], right=True)
    pdf.save()
    f = []
    f.append(F("平台相关营业收入（万元）", rows[1][3], "万元", pl["rev"][2023], rel, 1, rows[1][3], "平台相关营业收入", "2023年度"))
    f.append(F("平台近三年经营指标情况", rows[1][2], "万元", pl["rev"][2022], rel, 1, rows[1][2], "平台相关营业收入", "2022年度",
               comp="2022年平台营收（万元）"))
    f.append(F("平台近三年经营指标情况", rows[1][1], "万元", pl["rev"][2021], rel, 1, rows[1][1], "平台相关营业收入", "2021年度",
               comp="2021年平台营收（万元）"))
    f.append(F("平台相关研发投入（万元）", rows[2][3], "万元", pl["rd"][2023], rel, 1, rows[2][3], "平台相关研发投入", "2023年度"))
    f.append(F("平台利润率（%）", rows[3][3], "万元", pl["profit"][2023], rel, 1, rows[3][3], "平台利润总额", "2023年度",
               comp="平台利润总额（万元）"))
    f.append(F("投资回报率（%）", rows[3][3], "万元", pl["profit"][2023], rel, 1, rows[3][3], "平台利润总额", "2023年度",
               comp="平台年利润（万元）"))
    return f


def device_xlsx(path, rel, V, title_cn, title_en, cat_override=None):
    """Bilingual device workbook: sheet1 by category (合计 row), sheet2 by region, sheet3 overseas."""
    wb = Workbook()
    ws = wb.active
    ws.title = "按类别 By category"
    cat = cat_override or V["按二级分类统计工业设备数量（台/套）"][1]
    pcat = dict(zip(cat, (V["按二级分类统计公有云工业设备数量（台/套）"][1] or {}).values()))
    dcat = dict(zip(cat, (V["按二级分类统计公有云工业设备平均日运行数量（台/套）"][1] or {}).values()))
    ws.append([f"{title_cn}  {title_en}"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["统计截止日 Cut-off date：2024-06-30"])
    hdr = ["设备类别 Category", "接入数量 Connected (台/套)", "其中公有云 Public cloud (台/套)",
           "公有云日均运行 Avg. daily running (台/套)"]
    ws.append(hdr)
    for k in cat:
        ws.append([k, cat[k], pcat.get(k, ""), dcat.get(k, "")])
    tot = (sum(cat.values()), V["公有云工业设备连接数量（台/套）"][1], V["公有云工业设备平均日运行数量（台/套）"][1])
    ws.append(["合计 Total", *tot])
    for col, w in zip("ABCD", (28, 24, 28, 34)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("按区域 By region")
    ws2.append(["区域 Region", "接入数量 Connected (台/套)", "其中公有云 Public cloud (台/套)"])
    reg = V["按省市区域统计工业设备数量（台/套）"][1]
    preg = V["按省市区域统计公有云工业设备数量（台/套）"][1] or {}
    for k in reg:
        ws2.append([k, reg[k], preg.get(k, 0)])
    ws2.append(["合计 Total", sum(reg.values()), sum(preg.values())])
    ws3 = wb.create_sheet("海外 Overseas")
    ws3.append(["国家 Country", "接入数量 Connected (台/套)"])
    ov = V["按海外国家分类统计海外设备连接数量（台/套）"][1] or {}
    for k, v in ov.items():
        ws3.append([k, v])
    ovt = V["海外设备连接数量（台/套）"][1]
    ws3.append(["海外合计 Overseas total", ovt])
    xlsx_save(wb, path)
    return [
        F("连接的工业设备/产品/产线种类及数量（台/套）", str(tot[0]), "台/套", tot[0], rel, 1, str(tot[0]), "合计 Total",
          "接入数量 Connected (台/套)"),
        F("公有云工业设备连接数量（台/套）", str(tot[1]), "台/套", tot[1], rel, 1, str(tot[1]), "合计 Total",
          "其中公有云 Public cloud (台/套)"),
        F("公有云工业设备平均日运行数量（台/套）", str(tot[2]), "台/套", tot[2], rel, 1, str(tot[2]), "合计 Total",
          "公有云日均运行 Avg. daily running (台/套)"),
        F("海外设备连接数量（台/套）", str(ovt), "台/套", ovt, rel, 3, str(ovt), "海外合计 Overseas total",
          "接入数量 Connected (台/套)"),
    ]


def device_pdf(path, rel, V, title, company, cat_override=None):
    pdf = PDF(path, font="STSong-Light", size=10)
    pdf.title(title, 14)
    pdf.para(f"编制单位 Prepared by：{company}    数据截至 As of：2024年6月30日", size=9)
    cat = cat_override or V["按二级分类统计工业设备数量（台/套）"][1]
    pcat = dict(zip(cat, (V["按二级分类统计公有云工业设备数量（台/套）"][1] or {}).values()))
    dcat = dict(zip(cat, (V["按二级分类统计公有云工业设备平均日运行数量（台/套）"][1] or {}).values()))
    rows = [["设备二级分类\nCategory", "接入设备\nConnected", "公有云接入\nPublic cloud", "公有云日均运行\nDaily running"]]
    for k in cat:
        rows.append([k, th(cat[k]), th(pcat.get(k, 0)), th(dcat.get(k, 0))])
    tot = (sum(cat.values()), V["公有云工业设备连接数量（台/套）"][1], V["公有云工业设备平均日运行数量（台/套）"][1])
    rows.append(["合计 Total", th(tot[0]), th(tot[1]), th(tot[2])])
    pdf.para("表1 按设备二级分类统计（单位：台/套）Table 1 By equipment category (units)", size=9.5)
    pdf.table(rows, [2.2, 1.2, 1.2, 1.2], aligns="lrrr")
    reg = V["按省市区域统计工业设备数量（台/套）"][1]
    pdf.para("表2 按省市区域统计（设备所属企业注册地）Table 2 By region of the owner's registration", size=9.5)
    rr = [["区域 Region", "接入设备 Connected"]] + [[k, th(v)] for k, v in reg.items()] + [["合计 Total", th(sum(reg.values()))]]
    pdf.table(rr, [2.2, 1.2], aligns="lr", size=8.5)
    ov = V["按海外国家分类统计海外设备连接数量（台/套）"][1] or {}
    ovt = V["海外设备连接数量（台/套）"][1]
    pdf.para("表3 海外设备 Table 3 Overseas devices", size=9.5)
    pdf.table([["国家 Country", "接入设备 Connected"]] + [[k, th(v)] for k, v in ov.items()] + [["海外合计 Overseas total", th(ovt)]],
              [2.2, 1.2], aligns="lr", size=8.5)
    page_ov = pdf.page
    pdf.save()
    return [
        F("连接的工业设备/产品/产线种类及数量（台/套）", th(tot[0]), "台/套", tot[0], rel, 1, th(tot[0]), "合计 Total",
          "接入设备 Connected"),
        F("公有云工业设备连接数量（台/套）", th(tot[1]), "台/套", tot[1], rel, 1, th(tot[1]), "合计 Total", "公有云接入 Public cloud"),
        F("公有云工业设备平均日运行数量（台/套）", th(tot[2]), "台/套", tot[2], rel, 1, th(tot[2]), "合计 Total",
          "公有云日均运行 Daily running"),
        F("海外设备连接数量（台/套）", th(ovt), "台/套", ovt, rel, page_ov, th(ovt), "海外合计 Overseas total", "接入设备 Connected"),
    ]


def dashboard(title, tiles, seed, size=(1600, 900), theme="dark", footer=""):
    """tiles: list of (caption, value, sub). Returns a PIL image (a console screenshot)."""
    rng = random.Random(seed)
    W, H = size
    bg, fg, card, acc = ((18, 24, 38), (230, 236, 245), (32, 42, 62), (64, 160, 255)) if theme == "dark" else \
        ((243, 245, 249), (30, 35, 48), (255, 255, 255), (22, 119, 255))
    im = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 56], fill=(12, 16, 28) if theme == "dark" else (0, 82, 164))
    d.text((24, 12), title, font=pil_font(NOTO_SANS_B, 24), fill=(255, 255, 255))
    d.text((W - 420, 18), "admin@example.com  |  EN / 中文  |  2024-06-30 10:42", font=pil_font(NOTO_SANS, 16),
           fill=(200, 210, 225))
    cols = 3
    cw, ch = (W - 48 - (cols - 1) * 20) // cols, 170
    f1, f2, f3 = pil_font(NOTO_SANS, 20), pil_font(NOTO_SANS_B, 50), pil_font(NOTO_SANS, 15)
    for i, (cap, val, sub) in enumerate(tiles):
        x = 24 + (i % cols) * (cw + 20)
        y = 80 + (i // cols) * (ch + 20)
        d.rounded_rectangle([x, y, x + cw, y + ch], 10, fill=card)
        d.text((x + 20, y + 16), cap, font=f1, fill=(150, 165, 190) if theme == "dark" else (100, 110, 130))
        d.text((x + 20, y + 52), val, font=f2, fill=acc)
        d.text((x + 20, y + 128), sub, font=f3, fill=(140, 150, 170))
    # a fake chart
    y0 = 80 + ((len(tiles) + cols - 1) // cols) * (ch + 20)
    if y0 < H - 120:
        d.rounded_rectangle([24, y0, W - 24, H - 40], 10, fill=card)
        pts = []
        v = 0.5
        for k in range(60):
            v = min(0.95, max(0.1, v + rng.uniform(-0.08, 0.09)))
            pts.append((50 + k * (W - 100) / 59, H - 60 - v * (H - 80 - y0 - 40)))
        d.line(pts, fill=acc, width=3)
        d.text((40, y0 + 8), "Trend (last 60 days) / 近60天趋势", font=f3, fill=(150, 160, 180))
    if footer:
        d.text((24, H - 30), footer, font=f3, fill=(140, 150, 170))
    return im


def ip_list_pdf(path, rel, company, patents, softs, bilingual=True, counted_header=True, declared_counts=None):
    """patents/softs: lists of (no, title, reg no, date). Returns facts for the printed totals."""
    pdf = PDF(path, font="WQY", size=9.5, footer=f"{company}  第{{page}}页")
    facts = []
    pt = f"表1 专利清单 Patents（共{len(patents)}项）"
    pdf.title(pt, 12, center=False)
    rows = [["序号 No.", "专利名称 Title", "专利号 Patent No.", "授权日 Grant date", "权利人 Owner"]]
    rows += [[str(i + 1), t, n, d, company] for i, (t, n, d) in enumerate(patents)]
    pdf.table(rows, [0.6, 3.2, 1.8, 1.1, 2.2], size=8)
    facts.append(F("平台核心软硬件技术获得的专利数量（项）", str(len(patents)), "项", len(patents), rel, 1,
                   f"共{len(patents)}项", "表1 专利清单 Patents"))
    pdf.new_page()
    st = f"表2 计算机软件著作权 Software copyrights（共{len(softs)}项）"
    pdf.title(st, 12, center=False)
    p2 = pdf.page
    rows = [["序号 No.", "软件名称 Software", "登记号 Reg. No.", "登记日 Date", "著作权人 Owner"]]
    rows += [[str(i + 1), t, n, d, company] for i, (t, n, d) in enumerate(softs)]
    pdf.table(rows, [0.6, 3.2, 1.8, 1.1, 2.2], size=8)
    facts.append(F("平台核心软硬件技术获得的软著数量（个）", str(len(softs)), "项", len(softs), rel, p2,
                   f"共{len(softs)}项", "表2 计算机软件著作权 Software copyrights"))
    pdf.save()
    return facts


def gen_ip(prefix, n, kind, seed, year0=2019):
    rng = random.Random(seed)
    topics = ["设备状态监测", "工业数据采集", "边缘计算网关", "预测性维护", "供应链协同", "能耗优化", "数字孪生建模",
              "工艺参数寻优", "标识解析", "质量追溯", "智能排产", "多协议适配", "时序数据压缩", "安全接入认证"]
    out = []
    for i in range(n):
        t = rng.choice(topics)
        y = rng.randint(year0, 2024)
        if kind == "patent":
            title = f"一种基于{prefix}的{t}方法及系统"
            no = f"ZL {y - 2}1{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}.{rng.randint(0, 9)}"
        else:
            title = f"{prefix}{t}软件V{rng.randint(1, 4)}.{rng.randint(0, 9)}"
            no = f"{y}SR{rng.randint(100000, 1999999):07d}"
        date = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if y < 2024 else f"2024-0{rng.randint(1, 5)}-{rng.randint(10, 28)}"
        out.append((title, no, date))
    return out


def press_release(path, en_title, en_paras, cn_title, cn_paras, org):
    pdf = PDF(path, font="WQY", size=10.5)
    pdf.para("PRESS RELEASE", size=9)
    pdf.title(en_title, 14, center=False, gap=18)
    for p in en_paras:
        pdf.para(p)
    pdf.para(f"Media contact: {org}, press@example.com", size=9)
    pdf.new_page()
    pdf.para("新闻稿（中文译文，仅供参考；如有歧义以英文版为准）", size=9)
    pdf.title(cn_title, 14, center=False, gap=18)
    for p in cn_paras:
        pdf.para("    " + p)
    pdf.save()


def awards_xlsx(path, rel, awards, sheet="荣誉清单"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["序号", "奖项/荣誉名称 Award", "获奖时间 Date", "颁发单位 Issuer"])
    for i, (a, d, o) in enumerate(awards, 1):
        ws.append([i, a, d, o])
    ws.append([f"合计：{len(awards)}项"])
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["D"].width = 36
    xlsx_save(wb, path)
    return [F("平台获得省部级及以上奖项/荣誉数量（个）", str(len(awards)), "项", len(awards), rel, 1, f"合计：{len(awards)}项", "合计")]


def license_scan(path, P, seed):
    """营业执照 copy + D-U-N-S letter, scanned."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "l.pdf"
        pdf = PDF(src, font="STSong-Light", size=11)
        pdf.title("营 业 执 照", 24, gap=40)
        pdf.para("（副  本）", size=11, indent=220)
        pdf.para(f"统一社会信用代码  {P['uscc']}", size=12)
        for k, v in (("名    称", P["company"]), ("类    型", P["etype"]), ("法定代表人", P["legal"]),
                     ("经营范围", P["business"]), ("注册资本", P["capital"]), ("成立日期", P["founded"]),
                     ("住    所", P["reg_addr"])):
            pdf.para(f"{k}  {v}", size=11, indent=20)
        pdf.space(40)
        pdf.para("登记机关  上海市市场监督管理局            2023年 03月 15日", size=11, indent=150)
        pdf.para("与原件一致，仅供2024年度工业互联网平台评价申报使用", size=12, indent=60)
        pdf.new_page()
        pdf.title("D-U-N-S® Number Confirmation", 15, gap=30)
        pdf.para(f"Company: {P.get('company_en', P['company'])}")
        pdf.para(f"D-U-N-S® Number: {P.get('duns', '')}")
        pdf.para(f"Unified Social Credit Code / 统一社会信用代码: {P['uscc']}")
        pdf.para(f"Address: {P.get('addr_en', '')}")
        pdf.para("This letter confirms the registration of the above entity in the Dun & Bradstreet Data Cloud. "
                 "(Illustrative copy for application purposes.)", size=9.5)
        pdf.save()
        scan_pdf(src, path, seed, seals={0: [(0.7, 0.75, P["company"], "")]}, dpi=100)
