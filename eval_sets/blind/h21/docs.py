"""Application documents (附件1–5) rendered from a package's declared values."""
from __future__ import annotations

import random
import tempfile
from pathlib import Path

from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from labels import LABELS
from lib import PDF, docx_doc, docx_save, docx_table, scan_pdf, xlsx_save
from model import FORM_ROWS, LEVEL1


def _level1(sec):
    return LEVEL1[sec.split(".")[0]]


def contact_docx(P, path):
    d = docx_doc()
    d.add_paragraph("附件1")
    d.add_heading("联系人信息反馈表", level=1)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    docx_table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                   ["联系人（主）", P["contact"], P["company"], P["title"], P["phone"], P["email"]],
                   ["联系人（备用）", P["contact2"], P["company"], P["title2"], P["phone2"], P["email2"]]])
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph("具体地址*：" + P["address"])
    docx_save(d, path)


def _basic_rows(P, V):
    c = P["corp"]
    return [
        ["单位（企业）名称", P["company"] + (f"（{P['company_en']}）" if P.get("company_en") else "")],
        ["单位（企业）代码", P["uscc"] + (f"（D-U-N-S® {P['duns']}）" if P.get("duns") else "")],
        ["成立日期", P["founded"]], ["注册地及所在行政区", P["reg_addr"]],
        ["企业类型", P["etype"]], ["注册资本", P["capital"]], ["主营业务", P["business"]],
        ["法定代表人", P["legal"]], ["联系人 / 职务", f"{P['contact']} / {P['title']}"],
        ["联系人手机", P["phone"]], ["电子邮箱", P["email"]],
        ["股权结构", P["equity"]],
        ["总资产（万元）", c["assets"]], ["主营业务收入（万元）", c["revenue"]],
        ["主营业务收入增长率（%）", c["growth"]], ["负债率（%）", c["debt"]],
        ["利润总额（万元）", c["profit"]], ["税金（万元）", c["tax"]],
    ]


def _platform_rows(P, V):
    return [
        ["平台名称", P["form_name"]], ["建设时间", P["period_text"]],
        ["平台建设金额（万元）", V["平台建设金额（万元）"][0]],
        ["平台近三年经营指标情况", V["平台近三年经营指标情况"][0].replace("；", "\n")],
        ["平台建设方式", P["build_text"]], ["平台运营模式", "☑" + V["平台运营模式"][0]],
        ["IaaS基础设施", P["iaas_text"]], ["部署方式", P["deploy_text"]],
        ["平台网址", f"{P['url']}（演示账号：{P['demo_user']} 密码：{P['demo_pw']}）"],
        ["平台基本情况介绍", P["intro"]], ["平台建设成效", P["effect"]],
    ]


def _indicator_rows(P, cells, proof):
    rows = [["一级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for sec, content, key in FORM_ROWS:
        rows.append([_level1(sec), sec, content, cells[key], proof.get(key, P.get("proof_default", "见申报书第二章"))])
    return rows


def form_docx(P, V, cells, path, proof):
    d = docx_doc(P.get("docx_font", "宋体"))
    d.add_paragraph("附件2")
    h = d.add_paragraph("上海市工业互联网平台应用水平评价\n申报表")
    h.runs[0].font.size = Pt(20)
    h.runs[0].bold = True
    for line in ("申报年度：2024年度", f"平台名称：{P['form_name']}", f"申报单位：{P['company']}（公章）",
                 f"联 系 人：{P['contact']}", f"联系人电话：{P['phone']}", "上海市经济和信息化委员会制",
                 P["sign_date"]):
        d.add_paragraph(line)
    d.add_page_break()
    d.add_paragraph("一、企业基本情况")
    docx_table(d, _basic_rows(P, V), header=False)
    d.add_paragraph("申报单位上一年度经营状况（2023年），数据来源：2023年度经审计财务报表（合并口径为本公司单体）。")
    d.add_paragraph("二、平台基本情况")
    docx_table(d, _platform_rows(P, V), header=False)
    d.add_page_break()
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    docx_table(d, _indicator_rows(P, cells, proof), size=8)
    docx_save(d, path)


def form_xlsx(P, V, cells, path, proof):
    wb = Workbook()
    ws = wb.active
    ws.title = "封面"
    for i, line in enumerate(("上海市工业互联网平台应用水平评价申报表", "申报年度：2024年度", f"平台名称：{P['form_name']}",
                              f"申报单位：{P['company']}（公章）", f"联 系 人：{P['contact']}",
                              f"联系人电话：{P['phone']}", P["sign_date"]), 1):
        ws.cell(i, 1, line)
    ws["A1"].font = Font(size=16, bold=True)
    ws2 = wb.create_sheet("一、企业基本情况")
    for i, (k, v) in enumerate(_basic_rows(P, V), 1):
        ws2.cell(i, 1, k)
        ws2.cell(i, 2, v)
    ws3 = wb.create_sheet("二、平台基本情况")
    for i, (k, v) in enumerate(_platform_rows(P, V), 1):
        ws3.cell(i, 1, k)
        ws3.cell(i, 2, v).alignment = Alignment(wrap_text=True)
    ws4 = wb.create_sheet("三、指标明细表")
    rows = _indicator_rows(P, cells, proof)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            ws4.cell(i, j, v).alignment = Alignment(wrap_text=True, vertical="top")
    # merge 一级/三级 runs like the printed template
    for col in (1, 2):
        start = 2
        for i in range(3, len(rows) + 2):
            if i == len(rows) + 1 or rows[i - 1][col - 1] != rows[start - 1][col - 1]:
                if i - 1 > start:
                    ws4.merge_cells(start_row=start, start_column=col, end_row=i - 1, end_column=col)
                start = i
    for col, w in zip("ABCDE", (14, 18, 36, 60, 22)):
        ws4.column_dimensions[col].width = w
    xlsx_save(wb, path)


def form_scan(P, V, cells, path, seed, proof):
    """Stamped scan of the 申报表 (cover, basic info, indicator table)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "form.pdf"
        pdf = PDF(src, font="STSong-Light", size=10)
        pdf.space(120)
        pdf.title("上海市工业互联网平台应用水平评价", 20)
        pdf.title("申 报 表", 22, gap=60)
        for line in ("申报年度：2024年度", f"平台名称：{P['form_name']}", f"申报单位：{P['company']}（公章）",
                     f"联 系 人：{P['contact']}", f"联系人电话：{P['phone']}"):
            pdf.para(line, size=13, indent=60)
        pdf.space(120)
        pdf.title("上海市经济和信息化委员会制", 12)
        pdf.title(P["sign_date"], 12)
        pdf.new_page()
        pdf.title("一、企业基本情况", 12, center=False)
        pdf.table(_basic_rows(P, V), [1, 3], header_rows=0)
        pdf.title("二、平台基本情况", 12, center=False)
        pdf.table(_platform_rows(P, V), [1, 3], header_rows=0, size=8.5)
        pdf.new_page()
        pdf.title("三、上海市工业互联网平台应用水平评价指标明细表", 12, center=False)
        pdf.table([r[1:] for r in _indicator_rows(P, cells, proof)], [1.1, 2.2, 3.2, 1.2], size=7.5)
        pdf.save()
        npages = pdf.page
        seals = {0: [(0.62, 0.43, P["company"], "")], npages - 1: [(0.7, 0.8, P["company"], "")]}
        scan_pdf(src, path, seed, seals=seals, dpi=100, bw_pages=tuple(range(1, npages - 1)))


def summary_xlsx(P, V, path, horizontal=False, override=None):
    override = override or {}
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        for j, lab in enumerate(LABELS, 1):
            ws.cell(1, j, lab)
            ws.cell(2, j, override.get(lab, V[lab][0]))
    else:
        ws.cell(1, 1, "附件4  平台基本情况汇总表")
        ws.cell(2, 1, "指标")
        ws.cell(2, 2, "填报内容")
        for i, lab in enumerate(LABELS, 3):
            ws.cell(i, 1, lab)
            ws.cell(i, 2, override.get(lab, V[lab][0]))
        ws.column_dimensions["A"].width = 42
        ws.column_dimensions["B"].width = 70
    xlsx_save(wb, path)


def summary_docx(P, V, path, override=None):
    override = override or {}
    d = docx_doc()
    d.add_paragraph("附件4")
    d.add_heading("平台基本情况汇总表", level=1)
    docx_table(d, [["项目", "内容"]] + [[lab, override.get(lab, V[lab][0])] for lab in LABELS], size=8)
    docx_save(d, path)


def commitment(P, path, seed, scan=True):
    body = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
            "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    if not scan:
        d = docx_doc()
        d.add_paragraph("附件5")
        d.add_heading("真实性承诺", level=1)
        d.add_paragraph(body)
        d.add_paragraph("特此承诺。")
        d.add_paragraph(f"申报单位：{P['company']}（盖章）")
        d.add_paragraph(f"法定代表人：{P['legal']}（签章）")
        d.add_paragraph(P["sign_date"])
        docx_save(d, path)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "c.pdf"
        pdf = PDF(src, size=13)
        pdf.para("附件5", size=12)
        pdf.space(30)
        pdf.title("真实性承诺", 20, gap=40)
        pdf.para("    " + body, size=13, lead=2.0)
        pdf.para("    特此承诺。", size=13)
        pdf.space(90)
        pdf.para(f"申报单位：{P['company']}（盖章）", size=13, indent=150)
        pdf.para(f"法定代表人：{P['legal_sig']}（签章）", size=13, indent=150)
        pdf.para(P["sign_date"], size=13, indent=220)
        pdf.save()
        scan_pdf(src, path, seed, seals={0: [(0.66, 0.62, P["company"], "")]}, dpi=110)


NARR_TITLES = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划",
               "五、平台应用案例", "六、附件及其他说明材料", "七、平台相较上年度对比情况"]


def narrative(P, V, path, fmt="docx", sections=None):
    """sections: {title: [paragraphs or ('table', rows)]} in order; titles from NARR_TITLES."""
    if fmt == "docx":
        d = docx_doc()
        d.add_paragraph("附件3")
        d.add_heading("上海市工业互联网平台应用水平评价申报书", level=0)
        for line in ("申报年度：2024年度", f"平台名称：{P['form_name']}", f"申报单位：{P['company']}（公章）",
                     f"联 系 人：{P['contact']}", f"联系人电话：{P['phone']}", P["sign_date"]):
            d.add_paragraph(line)
        d.add_page_break()
        for title, items in sections.items():
            d.add_heading(title, level=1)
            for it in items:
                if isinstance(it, tuple) and it[0] == "table":
                    docx_table(d, it[1], size=8)
                elif isinstance(it, tuple) and it[0] == "h2":
                    d.add_heading(it[1], level=2)
                else:
                    d.add_paragraph(it)
        docx_save(d, path)
    else:
        pdf = PDF(path, font="WQY", size=10.5, footer="- {page} -")
        pdf.space(140)
        pdf.title("上海市工业互联网平台应用水平评价", 20)
        pdf.title("申 报 书", 24, gap=60)
        for line in ("申报年度：2024年度", f"平台名称：{P['form_name']}", f"申报单位：{P['company']}（公章）",
                     f"联 系 人：{P['contact']}", f"联系人电话：{P['phone']}"):
            pdf.para(line, size=13, indent=50)
        pdf.space(80)
        pdf.title(P["sign_date"], 12)
        pdf.new_page()
        for title, items in sections.items():
            pdf.title(title, 14, center=False, gap=14)
            for it in items:
                if isinstance(it, tuple) and it[0] == "table":
                    pdf.table(it[1], [1] * len(it[1][0]), size=8.5)
                elif isinstance(it, tuple) and it[0] == "h2":
                    pdf.title(it[1], 11.5, center=False, gap=10)
                else:
                    pdf.para("    " + it)
        pdf.save()
