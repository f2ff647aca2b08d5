"""Package documents common to all four packages: 申报表 (DOCX/XLSX/scan), 汇总表, 申报书, 承诺, 联系人表."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

import h56lib as H
from form import MX, cell, texts
from labels import LABELS
from model import fmt


def _company_rows(p):
    c = p["company_fin"]
    g = (c["rev"] - c["rev_prev"]) / c["rev_prev"] * 100
    return [("总资产（万元）", f"{c['assets']:.2f}"), ("主营业务收入（万元）", f"{c['rev']:.2f}"),
            ("主营业务收入增长率（%）", f"{g:.2f}"), ("负债率（%）", f"{c['debt']:.2f}"),
            ("利润总额（万元）", f"{c['profit']:.2f}"), ("税金（万元）", f"{c['tax']:.2f}")]


def _platform_rows(p, v):
    f = v["平台近三年经营指标情况"]
    yrs = "\n".join(f"{y}年平台营收{f[f'{y}年平台营收（万元）']:.2f}万元/增长率{f[f'{y}年增长率（%）']:.2f}%"
                    for y in (2021, 2022, 2023))
    b0, b1 = v["建设时间"].split("-")
    built = f"{b0[:4]}年{int(b0[5:7])}月至{b1[:4]}年{int(b1[5:7])}月"
    modes = {"自建": "☑自建  □合作共建", "合作共建": "□自建  ☑合作共建"}
    deploy = "  ".join(("☑" if d in v["部署方式"] else "□") + d for d in ("边缘侧", "私有云", "公有云", "混合云"))
    intro = (f"{p['declared_name']}是{p['company']}打造的{v['平台性质']}，提供设备接入、数据分析、工业APP与解决方案服务，"
             f"主要客户为{'、'.join(list(v['按行业统计服务企业数（个）'])[:2])}等行业企业。")
    return [("平台名称", p["declared_name"]), ("建设时间", built),
            ("平台建设金额（万元）", f"{v['平台建设金额（万元）']:.2f}"), ("平台近三年经营指标情况", yrs),
            ("平台建设方式", modes[v["平台建设方式"]]),
            ("平台运营模式", "  ".join(("☑" if m == v["平台运营模式"] else "□") + m for m in ("自运营", "联合运营", "委托运营"))),
            ("IaaS基础设施", "☑自建  □租用"), ("部署方式", deploy), ("平台网址", v["平台网址"] + "（账号：review2024 密码：" + p["secret"] + "）"),
            ("平台基本情况介绍", intro),
            ("平台建设成效", f"平台累计服务企业{v['实际服务企业数（个）']}家，帮助用户降本增效，带动{p['short']}所在产业链数字化转型。")]


def form_rows(p, v, display):
    t = texts(p, v)
    proofs = p.get("proofs", {})
    return [(a, b, c, d, cell(k, p, v, t, display), proofs.get(k, p.get("proof_default", "平台后台统计，见申报书第二章")))
            for a, b, c, d, k in MX]


def form_docx(p, v, display, path: Path):
    doc = Document()
    H.docx_font(doc, p.get("font", "宋体"), 10.5)
    doc.add_paragraph("附件2")
    doc.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    for s in ("申报年度：2024年度", f"平台名称：{p['declared_name']}", f"申报单位：{p['company']}（公章）",
              f"联 系 人：{v['联系人姓名']}", f"联系人电话：{v['联系人手机号']}", "上海市经济和信息化委员会制", "2024年7月15日"):
        doc.add_paragraph(s)
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况")
    info = [("单位（企业）名称", p["company"]), ("单位（企业）代码", p["uscc"]), ("法定代表人", p["legal"]),
            ("联系人", v["联系人姓名"]), ("联系人手机", v["联系人手机号"]), ("电子邮箱", v["联系人电子邮箱"])]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in info:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    doc.add_paragraph("申报单位上一年度经营状况（2023年）")
    cr = _company_rows(p)
    t = doc.add_table(rows=2, cols=len(cr))
    t.style = "Table Grid"
    for i, (a, b) in enumerate(cr):
        t.cell(0, i).text, t.cell(1, i).text = a, b
    doc.add_paragraph("二、平台基本情况")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in _platform_rows(p, v):
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    rows = form_rows(p, v, display)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        t.cell(0, i).text = h
    for r in rows:
        cells = t.add_row().cells
        for i, s in enumerate(r):
            cells[i].text = s
    # merge the level columns over runs of equal values
    for col in range(3):
        start = 1
        for i in range(2, len(rows) + 2):
            if i == len(rows) + 1 or rows[i - 1][col] != rows[start - 1][col]:
                if i - 1 > start:
                    text = rows[start - 1][col]
                    m = t.cell(start, col).merge(t.cell(i - 1, col))
                    m.text = text
                start = i
    H.save_docx(doc, path, "申报表")


def form_xlsx(p, v, display, path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业基本情况"
    ws.append(["一、企业基本情况"])
    for a, b in [("单位（企业）名称", p["company"]), ("单位（企业）代码", p["uscc"]), ("法定代表人", p["legal"]),
                 ("联系人", v["联系人姓名"]), ("联系人手机", v["联系人手机号"]), ("电子邮箱", v["联系人电子邮箱"])]:
        ws.append([a, b])
    ws.append(["申报单位上一年度经营状况（2023年）"])
    for a, b in _company_rows(p):
        ws.append([a, float(b)])
    ws2 = wb.create_sheet("平台基本情况")
    for a, b in _platform_rows(p, v):
        ws2.append([a, b])
    ws3 = wb.create_sheet("指标明细表")
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    prev = [None, None, None]
    for r in form_rows(p, v, display):
        row = list(r)
        for i in range(3):
            if row[i] == prev[i]:
                row[i] = None
            else:
                prev[i] = row[i]
        val = row[4]
        try:
            num = float(val.replace(",", ""))
            row[4] = int(num) if num.is_integer() and "." not in val else num
        except ValueError:
            pass
        ws3.append(row)
    for c, w in zip("ABCDEF", (14, 16, 18, 40, 48, 26)):
        ws3.column_dimensions[c].width = w
    H.save_xlsx(wb, path, "申报表")


def form_scan(p, v, display, path: Path, seed: int):
    pages = []
    pg = H.Page().center(120, "上海市工业互联网平台应用水平评价", 18).center(150, "申 报 表", 22)
    pg.text(120, 260, f"申报年度：2024年度", 12).text(120, 290, f"平台名称：{p['declared_name']}", 11)
    pg.text(120, 320, f"申报单位：{p['company']}（公章）", 11).text(120, 350, f"联 系 人：{v['联系人姓名']}", 12)
    pages.append(pg)
    rows = form_rows(p, v, display)
    per = 36
    for k in range(0, len(rows), per):
        pg = H.Page()
        if k == 0:
            pg.text(50, 50, "三、上海市工业互联网平台应用水平评价指标明细表", 12)
        body = [["内容", "平台实际情况"]] + [[r[3][:26], r[4][:30]] for r in rows[k:k + per]]
        pg.table(40, 70, [250, 265], body, size=8, row_h=19)
        pages.append(pg)
    H.scan_pdf(pages, path, p["company"], seal_pages=(0, len(pages) - 1), seed=seed)


def summary_cells(p, v, override):
    out = []
    for l in LABELS:
        val = v[l]
        s = fmt(l, val)
        if l == "按海外国家分类统计海外设备连接数量（台/套）" and val is None:
            s = "无"
        out.append((l, override.get(l, s)))
    return out


def summary_xlsx_vertical(p, v, override, path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append(["平台基本情况汇总表"])
    ws.append(["项目", "填报内容"])
    for l, s in summary_cells(p, v, override):
        ws.append([l, s])
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 70
    H.save_xlsx(wb, path, "汇总表")


def summary_xlsx_horizontal(p, v, override, path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    cells = summary_cells(p, v, override)
    ws.append([l for l, _ in cells])
    ws.append([s for _, s in cells])
    for c in ws[1]:
        c.alignment = Alignment(wrap_text=True)
        c.font = Font(bold=True)
    H.save_xlsx(wb, path, "汇总表")


def summary_docx(p, v, override, path: Path):
    doc = Document()
    H.docx_font(doc, "仿宋", 10.5)
    doc.add_paragraph("附件4")
    doc.add_heading("平台基本情况汇总表", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for l, s in summary_cells(p, v, override):
        r = t.add_row().cells
        r[0].text, r[1].text = l, s
    H.save_docx(doc, path, "汇总表")


def shenbaoshu_docx(p, v, attachments: list[str], path: Path):
    doc = Document()
    H.docx_font(doc, p.get("font", "宋体"), 11)
    doc.add_paragraph("附件3")
    doc.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    doc.add_paragraph(f"平台名称：{p['declared_name']}")
    doc.add_paragraph(f"申报单位：{p['company']}（公章）")
    doc.add_page_break()
    dev = v["连接的工业设备/产品/产线种类及数量（台/套）"]
    chapters = [
        ("一、申报单位简介", [f"{p['company']}成立以来深耕{p['short']}相关业务，拥有平台团队{v['平台团队总人数（人）']}人。"]),
        ("二、平台建设及运营情况", [
            f"{p['declared_name']}是{p['company']}打造的{v['平台性质']}，采用{v['部署方式']}部署。",
            f"平台已连接工业设备{dev}台（套），上架工业APP {v['工业APP数量（个）']}个，"
            f"实际服务企业{v['实际服务企业数（个）']}家。",
            "表X 平台对标同行业或相似平台的部分量化数据对比表：对标数据见正文，若无法获取则填写数量级。",
            "技术创新点总结：平台在数据接入、模型沉淀与应用开发方面形成自主可控的技术体系。"]),
        ("三、平台应用成效", ["平台帮助用户企业降本增效。应用创新点总结：新技术融合、按效果付费的商业模式。"]),
        ("四、平台下一步发展计划", ["深化AI大模型与平台融合，拓展长三角产业链协同服务。"]),
        ("五、平台应用案例", ["案例1、案例2、案例3：详见附件中的案例说明。"]),
        ("六、附件及其他说明材料", [f"{i + 1}. {a}" for i, a in enumerate(attachments)]),
    ]
    if p["p2023"]:
        chapters.append(("七、平台相较上年度对比情况", [
            "2023年7月至今，平台新增设备接入、工业APP与服务企业数量均有增长，详见各项指标。"]))
    for h, paras in chapters:
        doc.add_heading(h, level=2)
        for s in paras:
            doc.add_paragraph(s)
    H.save_docx(doc, path, "申报书")


def commitment_pages(p):
    pg = H.Page().text(50, 50, "附件5", 11).center(120, "真实性承诺", 20)
    lines = ["我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料",
             "（含电子版及附件）内容均真实、准确、完整，如有不实，愿承担相应的法律责任",
             "及由此产生的一切后果。", "特此承诺。"]
    for i, s in enumerate(lines):
        pg.text(70, 190 + i * 26, s, 12)
    pg.text(300, 420, f"申报单位：{p['company']}（盖章）", 11).text(300, 450, f"法定代表人：{p['legal']}（签章）", 11)
    pg.text(300, 480, "2024年7月16日", 11)
    return [pg]


def commitment_docx(p, path: Path):
    doc = Document()
    H.docx_font(doc)
    doc.add_paragraph("附件5")
    doc.add_heading("真实性承诺", level=1)
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                      "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{p['company']}（盖章）")
    doc.add_paragraph(f"法定代表人：{p['legal']}（签章）")
    doc.add_paragraph("2024年7月16日")
    H.save_docx(doc, path, "真实性承诺")


def contact_docx(p, v, path: Path):
    doc = Document()
    H.docx_font(doc)
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        t.cell(0, i).text = h
    r = t.add_row().cells
    for i, s in enumerate(("联系人（主）", v["联系人姓名"], p["company"], "平台运营总监", v["联系人手机号"], v["联系人电子邮箱"])):
        r[i].text = s
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{v['评审会现场地址信息']}")
    H.save_docx(doc, path, "联系人信息反馈表")
