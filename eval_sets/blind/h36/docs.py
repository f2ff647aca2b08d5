"""The applicant's own documents: 附件1 联系人表, 附件2 申报表 (DOCX / XLSX / stamped scan),
附件3 申报书, 附件4 汇总表 (XLSX vertical / horizontal, DOCX), 附件5 承诺 (scan / DOCX)."""

from __future__ import annotations

import random
from pathlib import Path

from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

import kit
from labels import DETAIL, SUMMARY_LABELS

BASIC = SUMMARY_LABELS[:15]


def years_text(P, sep="\n") -> str:
    return sep.join(f"{y}年平台营收{r}万元/增长率{g}" for y, r, g in P["years"])


# ---------------------------------------------------------------- 附件1
def contact_docx(P, path: Path):
    doc = kit.new_docx()
    doc.add_paragraph("附件1")
    h = doc.add_paragraph("联系人信息反馈表")
    h.runs[0].bold = True
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    c = P["contact"]
    kit.docx_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                         ["联系人（主）", c["name"], P["company"], c["title"], c["phone"], c["email"]],
                         ["联系人（备用）", c["name2"], P["company"], c["title2"], c["phone2"], c["email2"]]])
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{c['address']}")
    kit.save_docx(doc, path)


# ---------------------------------------------------------------- 附件2
def basic_rows(P) -> list[list[str]]:
    co = P["co"]
    c = P["contact"]
    return [
        ["单位（企业）名称", P["company"], "单位（企业）代码", co["code"]],
        ["成立日期", co["founded"], "注册地及所在行政区", co["region"]],
        ["企业类型", co["type"], "注册资本", co["capital"]],
        ["主营业务", co["business"], "法定代表人", co["legal"]],
        ["联系人", c["name"], "职务", c["title"]],
        ["联系人手机", c["phone"], "电子邮箱", c["email"]],
        ["传真", "/", "股权结构", co["equity"]],
    ]


def finance_rows(P) -> list[list[str]]:
    f = P["co"]["fin"]
    return [["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
            [f["assets"], f["revenue"], f["growth"], f["debt"], f["profit"], f["tax"]]]


def platform_rows(P) -> list[list[str]]:
    pl = P["pl"]
    return [
        ["平台名称", P["declared_name"]],
        ["建设时间", pl["period_text"]],
        ["平台建设金额（万元）", pl["amount"]],
        ["平台近三年经营指标情况", years_text(P) + "\n注：此处数据为平台相关收益单列。"],
        ["平台建设方式", pl["build"]],
        ["平台运营模式", pl["operate"]],
        ["IaaS基础设施", pl["iaas"]],
        ["部署方式", pl["deploy_form"]],
        ["平台网址", f"{P['contact']['url']}（账号：{pl['account']}  密码：{pl['password']}）"],
        ["平台基本情况介绍", pl["intro"]],
        ["平台建设成效", pl["effect"]],
    ]


def detail_rows(P) -> list[list[str]]:
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    last = (None, None, None)
    for l1, l2, l3, content, _ in DETAIL:
        shown = [l1 if l1 != last[0] else "", l2 if l2 != last[1] else "", l3 if l3 != last[2] else ""]
        last = (l1, l2, l3)
        rows.append(shown + [content, P["form"][content], P["proof"].get(content, "")])
    return rows


def form_docx(P, path: Path):
    doc = kit.new_docx(P.get("docx_font", "宋体"))
    doc.add_paragraph("附件2")
    t = doc.add_paragraph("上海市工业互联网平台应用水平评价")
    t.runs[0].bold = True
    doc.add_paragraph("申报表")
    doc.add_paragraph("申报年度：2024年度")
    doc.add_paragraph(f"平台名称：{P['declared_name']}")
    doc.add_paragraph(f"申报单位：{P['company']}（公章）")
    doc.add_paragraph(f"联 系 人：{P['contact']['name']}")
    doc.add_paragraph(f"联系人电话：{P['contact']['phone']}")
    doc.add_paragraph("上海市经济和信息化委员会制")
    doc.add_paragraph("2024年7月15日")
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况")
    kit.docx_table(doc, basic_rows(P), bold_first=False)
    doc.add_paragraph("申报单位上一年度经营状况（2023年）")
    kit.docx_table(doc, finance_rows(P))
    doc.add_paragraph("二、平台基本情况")
    kit.docx_table(doc, platform_rows(P), bold_first=False)
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    kit.docx_table(doc, detail_rows(P))
    kit.save_docx(doc, path)


def form_xlsx(P, path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "一、企业基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    for r in basic_rows(P):
        ws.append(r)
    ws.append(["申报单位上一年度经营状况（2023年）"])
    for r in finance_rows(P):
        ws.append(r)
    ws2 = wb.create_sheet("二、平台基本情况")
    for r in platform_rows(P):
        ws2.append(r)
    ws3 = wb.create_sheet("三、指标明细表")
    for r in detail_rows(P):
        ws3.append(r)
    for sheet in (ws, ws2, ws3):
        for row in sheet.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws3.column_dimensions["D"].width = 36
    ws3.column_dimensions["E"].width = 46
    ws3.column_dimensions["F"].width = 24
    kit.save_xlsx(wb, path)


def form_scan(P, path: Path, seed: int):
    pdf = kit.Pdf(None, font_size=9)
    pdf.space(120)
    pdf.text("上海市工业互联网平台应用水平评价", size=20, center=True, gap=14)
    pdf.text("申报表", size=26, center=True, gap=40)
    for line in (f"申报年度：2024年度", f"平台名称：{P['declared_name']}", f"申报单位：{P['company']}（公章）",
                 f"联 系 人：{P['contact']['name']}", f"联系人电话：{P['contact']['phone']}"):
        pdf.text(line, size=13, x=110, gap=14)
    pdf.space(80)
    pdf.text("上海市经济和信息化委员会制", size=12, center=True)
    pdf.text("2024年7月15日", size=12, center=True)
    pdf.new_page()
    pdf.text("一、企业基本情况", size=11)
    pdf.table(basic_rows(P), [20, 30, 20, 30], size=8)
    pdf.space(6)
    pdf.text("申报单位上一年度经营状况（2023年）", size=10)
    pdf.table(finance_rows(P), [1] * 6, size=8)
    pdf.space(6)
    pdf.text("二、平台基本情况", size=11)
    pdf.table(platform_rows(P), [22, 78], size=8)
    pdf.new_page()
    pdf.text("三、上海市工业互联网平台应用水平评价指标明细表", size=11)
    pdf.table(detail_rows(P), [10, 11, 11, 22, 30, 16], size=7)
    pdf.space(20)
    pdf.text(f"申报单位（盖章）：{P['company']}            2024年7月15日", size=10)
    pages = kit.rasterize(pdf.bytes(), dpi=100)
    rng = random.Random(seed)
    stamp = kit.seal(P["company"], "")
    out = []
    for i, img in enumerate(pages):
        first_or_last = i == 0 or i == len(pages) - 1
        out.append(kit.scanify(img, rng, stamp if first_or_last else None,
                               at=(0.55, 0.70) if i == 0 else (0.55, 0.80)))
    kit.images_pdf(out, path)
    return len(out)


# ---------------------------------------------------------------- 附件4
def summary_values(P) -> dict[str, str]:
    vals = {r["label"]: r["value"] for r in P["summary_rows"]}
    vals.update(P.get("summary_overrides", {}))
    return vals


def summary_xlsx(P, path: Path, horizontal: bool = False):
    vals = summary_values(P)
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws.append(SUMMARY_LABELS)
        ws.append([vals[l] for l in SUMMARY_LABELS])
    else:
        ws.append(["附件4 平台基本情况汇总表"])
        ws.append(["项目", "内容"])
        for l in SUMMARY_LABELS:
            ws.append([l, vals[l]])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 60
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    kit.save_xlsx(wb, path)


def summary_docx(P, path: Path):
    vals = summary_values(P)
    doc = kit.new_docx("仿宋")
    doc.add_paragraph("附件4")
    doc.add_paragraph("平台基本情况汇总表")
    kit.docx_table(doc, [["项目", "内容"]] + [[l, vals[l]] for l in SUMMARY_LABELS])
    kit.save_docx(doc, path)


# ---------------------------------------------------------------- 附件5
def commitment_text(P) -> list[str]:
    return ["附件5", "真实性承诺",
            "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
            "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", "特此承诺。",
            f"申报单位：{P['company']}（盖章）", f"法定代表人：{P['co']['legal']}（签章）", "2024年7月15日"]


def commitment_scan(P, path: Path, seed: int):
    pdf = kit.Pdf(None, font_size=12)
    lines = commitment_text(P)
    pdf.text(lines[0], size=12)
    pdf.space(20)
    pdf.text(lines[1], size=20, center=True, gap=30)
    pdf.text(lines[2], size=13, gap=10)
    pdf.text(lines[3], size=13, gap=60)
    for l in lines[4:]:
        pdf.text(l, size=13, x=260, gap=20)
    img = kit.rasterize(pdf.bytes(), dpi=110)[0]
    kit.images_pdf([kit.scanify(img, random.Random(seed), kit.seal(P["company"]), at=(0.58, 0.38))], path)


def commitment_docx(P, path: Path):
    doc = kit.new_docx("仿宋")
    for l in commitment_text(P):
        doc.add_paragraph(l)
    kit.save_docx(doc, path)


# ---------------------------------------------------------------- 附件3
def book_docx(P, path: Path):
    doc = kit.new_docx(P.get("book_font", "仿宋"), 11)
    doc.add_paragraph("附件3")
    doc.add_paragraph("上海市工业互联网平台应用水平评价")
    doc.add_paragraph("申报书")
    doc.add_paragraph("申报年度：2024年度")
    doc.add_paragraph(f"平台名称：{P['declared_name']}")
    doc.add_paragraph(f"申报单位：{P['company']}（公章）")
    doc.add_page_break()
    for title, paras in P["book"]:
        h = doc.add_heading(title, level=1)
        for p in paras:
            if isinstance(p, list):
                kit.docx_table(doc, p)
            else:
                doc.add_paragraph(p)
    kit.save_docx(doc, path)
