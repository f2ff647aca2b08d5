"""申报表 (DOCX / XLSX + stamped scan), 申报书 (DOCX / PDF), 汇总表, 承诺, 联系人表 for h93."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from eval_sets.blind.h93.docs import cell_text, indicator_rows, save_docx, save_xlsx
from eval_sets.blind.h93.labels import LABELS
from eval_sets.blind.h93.model import summary_value
from eval_sets.blind.h93.render import Pdf, scan_pdf

CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]


def hist_text(h: dict) -> str:
    return "\n".join(f"{y}年平台营收{h[f'{y}年平台营收（万元）']:.2f}万元/增长率{h[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))


def basic_rows(s: dict, d: dict, sep: bool) -> tuple[list, list]:
    company = [["单位（企业）名称", s["company"]], ["单位（企业）代码", s["uscc"]], ["成立日期", s["founded"]],
               ["注册地及所在行政区", s["reg_addr"]], ["企业类型", s["ctype"]], ["注册资本", s["capital"]],
               ["主营业务", s["business"]], ["法定代表人", s["legal"]], ["联系人", d["联系人姓名"]], ["职务", s["title"]],
               ["联系人手机", d["联系人手机号"]], ["电子邮箱", d["联系人电子邮箱"]],
               ["总资产（万元）", s["fin"][0]], ["主营业务收入（万元）", s["fin"][1]], ["主营业务收入增长率（%）", s["fin"][2]],
               ["负债率（%）", s["fin"][3]], ["利润总额（万元）", s["fin"][4]], ["税金（万元）", s["fin"][5]]]
    inv = d["平台建设金额（万元）"]
    platform = [["平台名称", s["name"]], ["建设时间", s["built_text"]],
                ["平台建设金额（万元）", f"{inv:,.2f}" if sep else f"{inv:.2f}"],
                ["平台近三年经营指标情况", hist_text(d["平台近三年经营指标情况"])],
                ["平台建设方式", s["mode_text"][0]], ["平台运营模式", s["mode_text"][1]], ["IaaS基础设施", s["iaas"]],
                ["部署方式", s["mode_text"][2]], ["平台网址", f"{d['平台网址']}  账号：{s['account'][0]}  密码：{s['account'][1]}"],
                ["平台基本情况介绍", s["intro"]], ["平台建设成效", s["effect"]]]
    return company, platform


def indicator_table(s: dict, d: dict, proofs: dict, sep: bool, numeric: bool) -> list[list]:
    rows = []
    for l3, content, key in indicator_rows():
        if key.startswith("t:"):
            val = s["texts"][key[2:]]
        else:
            n = d[key]
            if numeric and isinstance(n, (int, float)) and not isinstance(n, bool) and key not in s["cell_text"]:
                val = n
            else:
                val = cell_text(key, n, s, sep)
        rows.append([l3, content, val, proofs.get(key, "" if key.startswith("t:") else s["no_proof"])])
    return rows


def form_docx(path: Path, s: dict, d: dict, proofs: dict, sep: bool):
    doc = docx.Document()
    doc.add_paragraph("上海市工业互联网平台应用水平评价申报表")
    doc.add_paragraph(f"申报年度：2024年度    平台名称：{s['name']}    申报单位：{s['company']}（公章）")
    company, platform = basic_rows(s, d, sep)
    doc.add_paragraph("一、企业基本情况")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in company:
        r = t.add_row().cells
        r[0].text, r[1].text = k, str(v)
    doc.add_paragraph("二、平台基本情况")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in platform:
        r = t.add_row().cells
        r[0].text, r[1].text = k, str(v)
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["三级指标", "内容", "平台实际情况", "证明资料"]):
        c.text = h
    for row in indicator_table(s, d, proofs, sep, False):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = str(v)
    doc.add_paragraph(f"填表日期：{s['form_date']}")
    save_docx(doc, path)


def form_xlsx(path: Path, s: dict, d: dict, proofs: dict):
    wb = openpyxl.Workbook()
    company, platform = basic_rows(s, d, False)
    ws = wb.active
    ws.title = "一、企业基本情况"
    ws.append(["一、企业基本情况", None])
    for r in company:
        ws.append(r)
    ws2 = wb.create_sheet("二、平台基本情况")
    ws2.append(["二、平台基本情况", None])
    for r in platform:
        ws2.append(r)
    ws3 = wb.create_sheet("三、指标明细表")
    ws3.append(["序号", "三级指标", "内容", "平台实际情况", "证明资料"])
    for i, row in enumerate(indicator_table(s, d, proofs, False, True)):
        ws3.append([i + 1] + row)
    for col, w in zip("ABCDE", (6, 16, 44, 60, 28)):
        ws3.column_dimensions[col].width = w
    ws3.append([None, None, "填表日期", s["form_date"], None])
    save_xlsx(wb, path)


def form_scan(path: Path, s: dict, d: dict, proofs: dict, rng):
    pdf = Pdf("申报表")
    pdf.new_page()
    pdf.y -= 100
    pdf.text("上海市工业互联网平台应用水平评价", 18, center=True)
    pdf.text("申报表", 22, center=True, gap=60)
    for line in (f"平台名称：{s['name']}", f"申报单位：{s['company']}", f"联系人：{d['联系人姓名']}",
                 f"联系人电话：{d['联系人手机号']}", f"日期：{s['form_date']}"):
        pdf.text(line, 12, x=120, gap=28)
    company, platform = basic_rows(s, d, False)
    pdf.new_page()
    pdf.text("一、企业基本情况", 12)
    pdf.table([150, 320], [[k, str(v)[:30]] for k, v in company], size=8.5)
    pdf.text("二、平台基本情况", 12)
    for k, v in platform:
        pdf.text(f"{k}：", 9)
        pdf.para(str(v).replace("\n", "；"), 8.5, 52, x=70)
        if pdf.y < 80:
            pdf.new_page()
    pdf.new_page()
    pdf.text("三、上海市工业互联网平台应用水平评价指标明细表", 12)
    for l3, content, val, proof in indicator_table(s, d, proofs, False, False):
        if pdf.y < 70:
            pdf.new_page()
        pdf.text(f"{content[:34]}", 8.5, gap=12)
        pdf.para(f"  {val}".replace("\n", "；"), 8, 60, x=80)
    pages = pdf.page
    data, _ = scan_pdf(pdf.bytes(), {1: (0.68, 0.42, s["company"]), pages: (0.7, 0.5, s["company"])}, rng, scale=1.1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def book_paragraphs(s: dict, d: dict, participated: bool, omit: set[str]) -> list[tuple[str, list[str]]]:
    out = []
    for ch in CHAPTERS:
        if ch == CHAPTERS[6] and not participated:
            continue
        if ch in omit:
            continue
        out.append((ch, s["book"][ch]))
    return out


def book_docx(path: Path, s: dict, d: dict, participated: bool, omit: set[str] = frozenset()):
    doc = docx.Document()
    doc.add_paragraph("上海市工业互联网平台应用水平评价申报书")
    doc.add_paragraph(f"平台名称：{s['name']}")
    doc.add_paragraph(f"申报单位：{s['company']}（公章）")
    for ch, paras in book_paragraphs(s, d, participated, omit):
        doc.add_heading(ch, level=1)
        for p in paras:
            if isinstance(p, list):
                t = doc.add_table(rows=0, cols=len(p[0]))
                t.style = "Table Grid"
                for r in p:
                    cells = t.add_row().cells
                    for c, v in zip(cells, r):
                        c.text = str(v)
            else:
                doc.add_paragraph(p)
    save_docx(doc, path)


def book_pdf(path: Path, s: dict, d: dict, participated: bool, omit: set[str] = frozenset()):
    pdf = Pdf("申报书")
    pdf.new_page()
    pdf.y -= 140
    pdf.text("上海市工业互联网平台应用水平评价", 18, center=True)
    pdf.text("申报书", 24, center=True, gap=70)
    pdf.text(f"平台名称：{s['name']}", 12, x=100, gap=30)
    pdf.text(f"申报单位：{s['company']}", 12, x=100, gap=30)
    pdf.text("二〇二四年七月", 12, center=True)
    for ch, paras in book_paragraphs(s, d, participated, omit):
        pdf.new_page()
        pdf.text(ch, 14, gap=28)
        for p in paras:
            if pdf.y < 120:
                pdf.new_page()
            if isinstance(p, list):
                pdf.table([160, 150, 150][:len(p[0])], p, size=8.5)
            else:
                pdf.para(p, 10.5, 40)
                pdf.y -= 4
        pdf.footer(f"- {pdf.page} -")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf.bytes())


def summary_cells(d: dict, diff: dict, numeric: bool) -> list[tuple[str, object]]:
    out = []
    for lab in LABELS:
        n = diff.get(lab, d[lab])
        if numeric and isinstance(n, (int, float)) and not isinstance(n, bool):
            out.append((lab, n))
        else:
            out.append((lab, summary_value(lab, n) if lab not in ("数据分析平台均速度（每TB分级/秒级/毫秒级）",) else d["_speed_text"]))
    return out


def summary_xlsx(path: Path, d: dict, diff: dict, horizontal: bool):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    cells = summary_cells(d, diff, True)
    if horizontal:
        ws.append(["附件4 平台基本情况汇总表"])
        ws.append([k for k, _ in cells])
        ws.append([v for _, v in cells])
    else:
        ws.append(["指标", "填报内容"])
        for k, v in cells:
            ws.append([k, v])
        ws.column_dimensions["A"].width = 50
        ws.column_dimensions["B"].width = 60
    save_xlsx(wb, path)


def summary_docx(path: Path, d: dict, diff: dict):
    doc = docx.Document()
    doc.add_paragraph("附件4  平台基本情况汇总表")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "指标", "填报内容"
    for k, v in summary_cells(d, diff, False):
        r = t.add_row().cells
        r[0].text, r[1].text = k, str(v)
    save_docx(doc, path)


def commitment_scan(path: Path, s: dict, rng):
    pdf = Pdf("真实性承诺")
    pdf.new_page()
    pdf.y -= 80
    pdf.text("真实性承诺", 20, center=True, gap=50)
    pdf.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
             "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 13, 30, x=70)
    pdf.text("特此承诺。", 13, x=96, gap=80)
    pdf.text(f"申报单位：{s['company']}（盖章）", 13, x=200, gap=40)
    pdf.text("法定代表人：            （签章）", 13, x=200, gap=40)
    pdf.text(s["commit_date"], 13, x=300)
    data, _ = scan_pdf(pdf.bytes(), {1: (0.66, 0.58, s["company"])}, rng, scale=1.2,
                       signature={1: (0.47, 0.60, s["legal"])})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def contact_docx(path: Path, s: dict, d: dict):
    doc = docx.Document()
    doc.add_paragraph("附件1  联系人信息反馈表")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        c.text = h
    for row in (["联系人（主）", d["联系人姓名"], s["company"], s["title"], d["联系人手机号"], d["联系人电子邮箱"]],
                ["联系人（备用）", *s["backup"]]):
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{d['评审会现场地址信息']}")
    save_docx(doc, path)
