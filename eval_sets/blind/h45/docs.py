"""The documents of a h45 package: 申报表 (DOCX / XLSX / AcroForm PDF / searchable scan), 申报书, 汇总表,
联系人表, 承诺 and the hostile evidence PDFs. Each evidence writer returns its facts."""

from __future__ import annotations

import io

from docx import Document
from openpyxl import Workbook
from PIL import Image, ImageDraw

from lib import (A4, FONT, Page, break_tounicode, fonts, image_pdf, merge_pdfs, rasterize, save_docx,
                 save_xlsx, scanify, seal, searchable_scan, set_boxes, text_pdf, docx_font)
from model import LABELS
from reportlab.pdfbase.pdfmetrics import stringWidth

ASCII = set("0123456789.-")


def fact(label, value, unit, norm, file, page, quote, row="", col="", comp="", img=False):
    return {"label": label, "value": value, "unit": unit, "normalized": norm, "file": file, "page": page,
            "quote": quote, "row_label": row, "column_label": col, "component": comp, "image_only": img}


def c(n):  # thousands separator
    return f"{n:,}"


def c2(x):
    return f"{x:,.2f}"


# ------------------------------------------------------------------ 申报表
def basic_rows(P, V, ov):
    g = lambda k: ov.get(k, V[k][0])  # noqa: E731
    r = P["rev"]
    return [
        ("平台名称", P["platform"]),
        ("建设时间", P["period_text"]),
        ("平台建设金额（万元）", g("平台建设金额（万元）")),
        ("平台近三年经营指标情况", "\n".join(
            f"{y}年平台营收{r[y]:.2f}万元/增长率{P['growth'][y]:.2f}%" for y in (2021, 2022, 2023))),
        ("平台建设方式", "☑自建  □合作共建" if P["build_mode"] == "自建" else f"□自建  ☑合作共建，合作企业名称（必填）：{P['partner']}"),
        ("平台运营模式", "☑" + P["op_mode"]),
        ("IaaS基础设施", P["iaas"]),
        ("部署方式", "☑" + P["deploy"].replace("、", " ☑")),
        ("平台网址", f"{P['url']}（演示账号：demo_eval  密码：Eval@2024）"),
        ("平台基本情况介绍", P["intro"]),
        ("平台建设成效", P["effect"]),
    ]


def company_rows(P):
    return [("单位（企业）名称", P["company"]), ("单位（企业）代码", P["uscc"]), ("成立日期", P["founded"]),
            ("注册地及所在行政区", P["address"]), ("法定代表人", P["legal"]),
            ("联系人", P["contact"]), ("职务", P["title"]), ("联系人手机", P["phone"]), ("电子邮箱", P["email"]),
            ("总资产（万元）", f"{P['co_assets']:.2f}"), ("主营业务收入（万元）", f"{P['co_rev']:.2f}"),
            ("利润总额（万元）", f"{P['co_profit']:.2f}")]


def form_docx(P, V, rows, ov, path):
    d = Document()
    docx_font(d, P.get("docx_font", "宋体"))
    d.add_paragraph("附件2")
    d.add_heading("上海市工业互联网平台应用水平评价申报表", 0)
    for k, v in (("申报年度", "2024年度"), ("平台名称", P["platform"]), ("申报单位", P["company"] + "（公章）"),
                 ("联系人", P["contact"]), ("联系人电话", P["phone"])):
        d.add_paragraph(f"{k}：{v}")
    d.add_heading("一、企业基本情况", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in company_rows(P):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_heading("二、平台基本情况", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in basic_rows(P, V, ov):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", 1)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        t.rows[0].cells[i].text = h
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = str(v)
    save_docx(d, path)


def form_xlsx(P, V, rows, ov, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "企业及平台基本情况"
    ws.append(["一、企业基本情况", ""])
    for k, v in company_rows(P):
        ws.append([k, v])
    ws.append(["二、平台基本情况", ""])
    for k, v in basic_rows(P, V, ov):
        ws.append([k, v])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for row in rows:
        val = row[4]
        if isinstance(val, str) and val and set(val) <= ASCII and val.count(".") <= 1 and val[0] != "-":
            val = float(val) if "." in val else int(val)
        ws2.append([row[0], row[1], row[2], row[3], val, row[5]])
        if isinstance(val, float):
            ws2.cell(ws2.max_row, 5).number_format = "0.00"
    for col, w in zip("ABCDEF", (16, 16, 18, 36, 60, 30)):
        ws2.column_dimensions[col].width = w
    save_xlsx(wb, path)


def form_pages(P, V, rows, ov, as_fields=False, fontsize=8.5):
    """The 申报表 laid out as PDF pages; as_fields: numeric answers become AcroForm text fields."""
    pages = []
    p = Page()
    p.text(60, 780, "附件2", 11)
    p.text(150, 690, "上海市工业互联网平台应用水平评价", 18)
    p.text(255, 650, "申 报 表", 20)
    y = 560
    for k, v in (("申报年度", "2024年度"), ("平台名称", P["platform"]), ("申报单位", P["company"] + "（公章）"),
                 ("联 系 人", P["contact"]), ("联系人电话", P["phone"])):
        p.text(120, y, f"{k}：{v}", 12)
        y -= 32
    p.text(220, 230, "上海市经济和信息化委员会制", 12)
    p.text(240, 200, "2024年7月5日", 12)
    pages.append(p)
    p = Page()
    p.text(50, 790, "一、企业基本情况", 12)
    y = p.table(50, 775, [150, 345], [("项目", "内容")] + company_rows(P), size=fontsize)
    p.text(50, y - 22, "二、平台基本情况", 12)
    y = p.table(50, y - 32, [110, 385], [("项目", "内容")] + basic_rows(P, V, ov)[:9], size=fontsize)
    pages.append(p)
    p = Page()
    y = p.table(50, 790, [110, 385], [("项目", "内容")] + basic_rows(P, V, ov)[9:], size=fontsize)
    pages.append(p)
    # 指标明细表
    widths = [70, 150, 170, 105]
    header = ("三级指标", "内容", "平台实际情况", "证明资料")
    p = Page()
    p.text(50, 800, "三、上海市工业互联网平台应用水平评价指标明细表", 12)
    y = p.table(50, 785, widths, [header], size=fontsize)
    nfield = 0
    for row in rows:
        cells = (row[2], row[3], row[4], row[5])
        numeric = as_fields and isinstance(row[4], str) and row[4] and set(row[4]) <= ASCII
        lines = max(len(_wrap(str(cv), widths[i] - 6, fontsize)) for i, cv in enumerate(cells))
        h = lines * fontsize * 1.35 + 6
        if y - h < 50:
            pages.append(p)
            p = Page()
            y = p.table(50, 800, widths, [header], size=fontsize)
        if numeric:
            nfield += 1
            y2 = p.table(50, y, widths, [(cells[0], cells[1], "", cells[3])], size=fontsize, header=False)
            p.field(50 + widths[0] + widths[1] + 2, y2 + 2, widths[2] - 4, min(16, y - y2 - 4), row[4], f"f{nfield:03d}")
            y = y2
        else:
            y = p.table(50, y, widths, [cells], size=fontsize, header=False)
    pages.append(p)
    return pages


def _wrap(s, w, size):
    from lib import wrap_lines
    return wrap_lines(s, w, size)


# ------------------------------------------------------------------ 申报书
def proposal_docx(P, V, path, with7, drop=()):
    d = Document()
    docx_font(d, P.get("docx_font", "宋体"))
    d.add_paragraph("附件3")
    d.add_heading("上海市工业互联网平台应用水平评价申报书", 0)
    d.add_paragraph(f"申报年度：2024年度\n平台名称：{P['platform']}\n申报单位：{P['company']}（公章）\n"
                    f"联系人：{P['contact']}\n联系人电话：{P['phone']}")
    g = lambda k: V[k][0]  # noqa: E731
    chapters = [
        ("一、申报单位简介", f"{P['company']}成立于{P['founded']}，注册于{P['address']}。{P['company_intro']}"),
        ("二、平台建设及运营情况", f"{P['intro']}\n平台运营方面，截至填表日平台注册企业用户{g('注册企业用户数（个）')}家，"
         f"实际服务企业{g('实际服务企业数（个）')}家，上架工业APP{g('工业APP数量（个）')}个，连接工业设备"
         f"{g('连接的工业设备/产品/产线种类及数量（台/套）')}台/套。\n技术创新点总结：平台自研边缘采集、设备画像与质量追溯模型，"
         f"底层时序数据库与网关自主可控。"),
        ("三、平台应用成效", P["effect"] + "\n应用创新点总结：以平台为载体形成“数据+模型+服务”的订阅模式。"),
        ("四、平台下一步发展计划", "持续扩大行业覆盖，深化AI大模型与平台融合，推进与合作平台的数据互通。"),
        ("五、平台应用案例", "案例1：" + P["platform"] + "——质量追溯与协同\n案例2：" + P["platform"] +
         "——设备预测性维护\n案例3：" + P["platform"] + "——能耗精细化管理"),
        ("六、附件及其他说明材料", "\n".join(P["annex_list"])),
    ]
    if with7:
        chapters.append(("七、平台相较上年度对比情况", P["ch7"]))
    for title, body in chapters:
        if title in drop:
            continue
        d.add_heading(title, 1)
        for para in body.split("\n"):
            d.add_paragraph(para)
    save_docx(d, path)


# ------------------------------------------------------------------ 汇总表 / 联系人表 / 承诺
def summary_xlsx(rows, path, horizontal=False):
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws.append([r["label"] for r in rows])
        ws.append([r["value"] for r in rows])
    else:
        ws.append(["平台基本情况汇总表", ""])
        for r in rows:
            ws.append([r["label"], r["value"]])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
    save_xlsx(wb, path)


def summary_docx(rows, path):
    d = Document()
    docx_font(d)
    d.add_paragraph("附件4")
    d.add_heading("平台基本情况汇总表", 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = r["label"], r["value"]
    save_docx(d, path)


def contact_docx(P, path):
    d = Document()
    docx_font(d)
    d.add_paragraph("附件1")
    d.add_heading("联系人信息反馈表", 1)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        t.rows[0].cells[i].text = h
    for i, v in enumerate(("联系人（主）", P["contact"], P["company"], P["title"], P["phone"], P["email"])):
        t.rows[1].cells[i].text = v
    for i, v in enumerate(("联系人（备用）", P["contact2"], P["company"], "工程师", P["phone2"], P["email2"])):
        t.rows[2].cells[i].text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph("具体地址：" + P["venue"])
    save_docx(d, path)


def commitment_pdf(P, seed):
    p = Page()
    p.text(60, 780, "附件5", 11)
    p.text(250, 700, "真实性承诺", 20)
    y = p.wrap(80, 640, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
               "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 430, 13, 26)
    p.text(110, y - 10, "特此承诺。", 13)
    p.text(300, 380, f"申报单位：{P['company']}（盖章）", 12)
    p.text(300, 340, f"法定代表人：{P['legal']}（签章）", 12)
    p.text(360, 300, "2024年7月5日", 12)
    im = scanify(rasterize(text_pdf([p]), 110)[0], seed)
    im = seal(im, int(420 * 110 / 72), int((842 - 370) * 110 / 72), int(58 * 110 / 72), P["company"], seed)
    return image_pdf([im])


# ------------------------------------------------------------------ evidence: audit report (searchable scan)
def audit_pdf(P, F, name, ocr_errors: dict, wrong=None):
    """Cover, company income statement, platform 专项说明 (万元). ocr_errors: page index → {visible: ocr}.
    wrong: figures printed in the 专项说明 that differ from P (a declared_vs_evidence plant)."""
    w = wrong or {}
    r = P["rev"]
    rd = w.get("rd", P["rd"])
    rev23 = w.get("rev23", r[2023])
    p1 = Page()
    p1.text(200, 700, f"{P['company']}", 14)
    p1.text(230, 660, "2023年度财务报表审计报告", 16)
    p1.text(220, 600, f"{P['auditor']}会计师事务所（特殊普通合伙）", 11)
    p1.text(240, 570, f"{P['audit_no']}", 10)
    p2 = Page()
    p2.text(240, 790, "合并利润表", 14)
    p2.text(60, 770, f"编制单位：{P['company']}", 9)
    p2.text(420, 770, "单位：元", 9)
    rows = [("项目", "本期金额", "上期金额"),
            ("一、营业总收入", c2(P["co_rev"] * 10000), c2(P["co_rev"] * 10000 * 0.93)),
            ("减：营业成本", c2(P["co_rev"] * 10000 * 0.71), c2(P["co_rev"] * 10000 * 0.93 * 0.72)),
            ("二、营业利润", c2(P["co_profit"] * 10000 * 1.02), c2(P["co_profit"] * 10000 * 0.9)),
            ("三、利润总额", c2(P["co_profit"] * 10000), c2(P["co_profit"] * 10000 * 0.88))]
    p2.table(60, 755, [200, 140, 140], rows, size=9.5, aligns="lrr")
    p3 = Page()
    p3.text(150, 790, f"关于{P['platform']}业务的专项说明", 13)
    y = p3.wrap(60, 760, f"根据贵司提供的资料，我们对{P['platform']}2021-2023年度平台相关收入、研发投入及利润进行了核查，"
                f"平台收入按平台直接订阅服务及平台服务合同拆分。", 470, 9.5)
    p3.text(440, y - 8, "单位：万元", 9)
    prows = [("项目", "2021年度", "2022年度", "2023年度"),
             ("平台相关营业收入", c2(r[2021]), c2(r[2022]), c2(rev23)),
             ("平台相关研发投入", c2(P["rd"] * 0.78), c2(P["rd"] * 0.9), c2(rd)),
             ("平台利润总额", c2(P["profit"] * 0.7), c2(P["profit"] * 0.86), c2(P["profit"]))]
    p3.table(60, y - 14, [170, 100, 100, 100], prows, size=9.5, aligns="lrrr")
    p3.text(330, 150, f"{P['auditor']}会计师事务所（特殊普通合伙）", 10)
    p3.text(380, 130, "2024年4月18日", 10)
    pages = [p1, p2, p3]
    fixes = [ocr_errors.get(i, {}) for i in range(3)]
    pdf = searchable_scan(pages, fixes, seals={0: (300, 540, 50, P["auditor"] + "会计师事务所"),
                                               2: (420, 150, 50, P["auditor"] + "会计师事务所")}, seed=P["no"])
    img3 = bool(fixes[2])  # page 3's OCR layer lies: quotes are only in the picture
    F += [
        fact("平台相关营业收入（万元）", c2(rev23), "万元", rev23, name, 3, c2(rev23), "平台相关营业收入", "2023年度", img=img3),
        fact("平台近三年经营指标情况", c2(r[2021]), "万元", r[2021], name, 3, c2(r[2021]), "平台相关营业收入", "2021年度",
             "2021年平台营收（万元）", img3),
        fact("平台近三年经营指标情况", c2(r[2022]), "万元", r[2022], name, 3, c2(r[2022]), "平台相关营业收入", "2022年度",
             "2022年平台营收（万元）", img3),
        fact("平台相关研发投入（万元）", c2(rd), "万元", rd, name, 3, c2(rd), "平台相关研发投入", "2023年度", img=img3),
        fact("平台利润率（%）", c2(P["profit"]), "万元", P["profit"], name, 3, c2(P["profit"]), "平台利润总额", "2023年度",
             "平台利润总额（万元）", img3),
        fact("投资回报率（%）", c2(P["profit"]), "万元", P["profit"], name, 3, c2(P["profit"]), "平台利润总额", "2023年度",
             "平台年利润（万元）", img3),
    ]
    return pdf


# ------------------------------------------------------------------ evidence: IP list (broken ToUnicode on p1)
def ip_pdf(P, F, name, patents_shown=None, softcr_shown=None):
    pats = patents_shown or P["patents"]
    sws = softcr_shown or P["softcr"]
    p1 = Page()
    p1.text(60, 805, P["company"], 8)
    p1.text(200, 780, f"专利清单（共{len(pats)}项）", 13)
    rows = [("序号", "专利名称", "专利号", "权利人")] + [
        (str(i + 1), t, f"ZL{2019 + i % 5}1{(P['no'] * 7919 + i * 104729) % 10**7:07d}.{i % 10}", P["company"])
        for i, t in enumerate(pats)]
    p1.table(50, 765, [30, 210, 120, 135], rows, size=8)
    p2 = Page()
    p2.text(60, 805, P["company"], 8)
    p2.text(190, 780, f"软件著作权清单（共{len(sws)}项）", 13)
    rows = [("序号", "软件名称", "登记号", "著作权人")] + [
        (str(i + 1), t, f"{2020 + i % 4}SR{(P['no'] * 31337 + i * 7717) % 10**7:07d}", P["company"])
        for i, t in enumerate(sws)]
    p2.table(50, 765, [30, 230, 100, 135], rows, size=7.5)
    part1 = break_tounicode(text_pdf([p1]))
    pdf = merge_pdfs([part1, text_pdf([p2])])
    F += [
        fact("平台核心软硬件技术获得的专利数量（项）", str(len(pats)), "项", len(pats), name, 1, f"专利清单（共{len(pats)}项）",
             "专利清单", img=True),
        fact("平台核心软硬件技术获得的软著数量（个）", str(len(sws)), "项", len(sws), name, 2,
             f"软件著作权清单（共{len(sws)}项）", "软件著作权清单"),
    ]
    return pdf


# ------------------------------------------------------------------ evidence: device statistics (/Rotate 90 + CropBox)
def device_pdf(P, V, F, name, shown=None):
    """p1: landscape table on a portrait page with /Rotate 90; p2: region table on a page whose CropBox is
    offset inside a larger MediaBox, with a stale draft total printed outside the CropBox."""
    s = shown or {}
    cats = V["按二级分类统计工业设备数量（台/套）"][1]
    cc = V["按二级分类统计公有云工业设备数量（台/套）"][1]
    cd = V["按二级分类统计公有云工业设备平均日运行数量（台/套）"][1]
    tot = s.get("total", P["devices"])
    cloud = s.get("cloud", P["cloud_dev"])
    daily = s.get("daily", P["daily_dev"])
    p1 = Page(A4)
    # landscape content drawn through a transform (x, y) -> (595 - y, x)
    lp = Page((842, 595))
    lp.text(250, 550, f"{P['platform']}接入设备统计表（截至2024年6月30日）", 13)
    rows = [("设备二级分类（附录A）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）")]
    rows += [(k, c(cats[k]), c(cc[k]), c(cd[k])) for k in cats]
    rows.append(("合计", c(tot), c(cloud), c(daily)))
    lp.table(110, 525, [200, 160, 180, 160], rows, size=10, aligns="lrrr")
    lp.text(110, 60, f"统计口径：设备所属企业注册地；数据来源：{P['short']}平台设备管理中心。", 9)
    p1.ops = [("xform",)] + lp.ops
    rg = V["按省市区域统计工业设备数量（台/套）"][1]
    overseas = {k: v for k, v in rg.items() if any("A" <= ch <= "z" for ch in k)}
    p2 = Page((700, 1000))
    ox, oy = 60, 80  # CropBox origin
    p2.text(ox + 20, oy + 790, "按区域统计接入设备数量（台/套）", 13)
    rrows = [("区域（附录F）", "接入数量（台/套）")] + [(k, c(v)) for k, v in rg.items()] + [("合计", c(tot))]
    y = p2.table(ox + 20, oy + 770, [200, 150], rrows, size=10, aligns="lr")
    if overseas:
        p2.text(ox + 20, y - 24, f"其中海外设备合计：{c(sum(overseas.values()))}台/套", 10)
    # stale draft figure outside the visible CropBox
    p2.text(8, 30, f"草稿 合计 {c(P['stale_devices'])}", 9)
    p2.text(ox + 20, oy + 10, "第2页", 8)
    pdf = _xform_pdf([p1, p2])
    pdf = set_boxes(pdf, 0, rotate=90)
    pdf = set_boxes(pdf, 1, crop=[ox, oy, ox + 595, oy + 842])
    F += [
        fact("连接的工业设备/产品/产线种类及数量（台/套）", c(tot), "台/套", tot, name, 1, c(tot), "合计", "接入数量（台/套）"),
        fact("公有云工业设备连接数量（台/套）", c(cloud), "台/套", cloud, name, 1, c(cloud), "合计", "其中：公有云接入（台/套）"),
        fact("公有云工业设备平均日运行数量（台/套）", c(daily), "台/套", daily, name, 1, c(daily), "合计", "公有云日均运行（台/套）"),
        fact("连接的工业设备/产品/产线种类及数量（台/套）", c(tot), "台/套", tot, name, 2, c(tot), "合计", "接入数量（台/套）"),
    ]
    if overseas:
        n = sum(overseas.values())
        F.append(fact("海外设备连接数量（台/套）", c(n), "台/套", n, name, 2, f"其中海外设备合计：{c(n)}台/套", "其中海外设备合计"))
    return pdf


def _xform_pdf(pages):
    from lib import draw_ops, new_canvas
    buf = io.BytesIO()
    cv = new_canvas(buf, A4, "devices")
    for p in pages:
        cv.setPageSize(p.size)
        ops = p.ops
        if ops and ops[0] == ("xform",):
            cv.saveState()
            cv.transform(0, 1, -1, 0, 595, 0)
            q = Page((842, 595))
            q.ops = ops[1:]
            draw_ops(cv, q)
            cv.restoreState()
        else:
            draw_ops(cv, p)
        cv.showPage()
    cv.save()
    return buf.getvalue()


# ------------------------------------------------------------------ evidence: screenshots pasted over stale text
def dashboard(title, tiles, size=(1100, 620)):
    im = Image.new("RGB", size, (18, 32, 58))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, size[0], 56), fill=(28, 52, 92))
    d.text((24, 14), title, font=fonts.pil_font(26), fill=(235, 240, 250))
    d.text((size[0] - 300, 20), "数据更新：2024-06-30 23:59", font=fonts.pil_font(16), fill=(170, 190, 220))
    cols = 3
    tw, th = (size[0] - 80) // cols, 230
    for i, (cap, val) in enumerate(tiles):
        x = 20 + (i % cols) * (tw + 20)
        y = 80 + (i // cols) * (th + 30)
        d.rounded_rectangle((x, y, x + tw, y + th), 12, fill=(34, 62, 104))
        d.text((x + 24, y + 24), cap, font=fonts.pil_font(24), fill=(190, 210, 235))
        d.text((x + 24, y + 90), val, font=fonts.pil_font(64), fill=(90, 220, 255))
    return im


def screenshot_pdf(P, F, name, pages_spec):
    """pages_spec: [(caption, [(tile caption, visible value, normalized, label, hidden value), ...]), ...].
    Each page: a caption line, a hidden text layer under the pasted screenshot (last year's figures or the
    template placeholder), and white placeholder text. Visible values exist only in the picture."""
    pages = []
    for pi, (caption, tiles) in enumerate(pages_spec):
        p = Page()
        p.text(60, 790, caption, 12)
        # stale text first (will be covered by the image)
        for k, t in enumerate(tiles):
            p.text(90, 650 - k * 22, f"{t[0]}：{t[4]}", 10)
        p.text(90, 420, "截图时间：XXXX年XX月XX日", 10, color=(1, 1, 1))
        img = dashboard(P["short"] + " 平台运营驾驶舱", [(t[0], t[1]) for t in tiles])
        p.image(50, 430, 495, 279, img)
        p.text(60, 400, f"图{pi + 1} {caption}（系统后台截图）", 10)
        pages.append(p)
        for t in tiles:
            F.append(fact(t[3], t[1], t[5] if len(t) > 5 else "个", t[2], name, pi + 1, t[1], t[0], img=True))
    return text_pdf(pages)


def awards_xlsx(P, path, F, name):
    wb = Workbook()
    ws = wb.active
    ws.title = "荣誉清单"
    ws.append(["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"])
    for i, (t, when, by) in enumerate(P["awards"]):
        ws.append([i + 1, t, when, by])
    ws.append([f"合计：{len(P['awards'])}项", "", "", ""])
    for col, w in zip("ABCD", (12, 50, 14, 36)):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)
    n = len(P["awards"])
    F.append(fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, name, 1, f"合计：{n}项", "合计"))
