"""Package model and the common documents (附件1, 2, 3, 4, 5) of an application package."""
from __future__ import annotations

import json
import random
from pathlib import Path

import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

import lib
from notice import INDICATORS, SUMMARY_LABELS

ROOT = Path(__file__).resolve().parent


def r2(x):
    return round(x + 1e-9, 2)


class Pkg:
    def __init__(self, pid, list_no, listed_name, company, part2023, declared_name, seed):
        self.id = pid
        self.list_no = list_no
        self.listed_name = listed_name
        self.company = company
        self.part2023 = part2023
        self.declared_name = declared_name
        self.name_cell = declared_name          # as printed in the 申报表 平台名称 cell
        self.rng = random.Random(seed)
        self.dir = ROOT / "packages" / pid
        self.meta: dict = {}
        self.form: dict = {}        # indicator key -> text printed in 平台实际情况
        self.proof: dict = {}       # indicator key -> 证明资料 text
        self.summary: dict = {}     # 附件4 label -> (value, normalized)
        self.summary_sheet: dict = {}  # 附件4 label -> text the applicant wrote in its own 汇总表
        self.files: dict = {}
        self.facts: list = []
        self.problems: list = []
        self.layout: list = []
        self.secrets: list = []
        self.description = ""

    # ------------------------------------------------------------------ truth helpers
    def add_file(self, rel, role):
        self.files[rel] = role
        return self.dir / rel

    def fact(self, label, value, unit, normalized, file, page, quote=None, row_label="", column_label="",
             component="", image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row_label,
                               column_label=column_label, component=component, image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.id}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))

    def truth(self):
        rows = []
        for lab in SUMMARY_LABELS:
            v, n = self.summary[lab]
            rows.append(dict(label=lab, value=v, normalized=n))
        return dict(schema_version=1, package_id=self.id, description=self.description,
                    path=f"packages/{self.id}", delivery="folder",
                    platform=dict(list_no=self.list_no, listed_name=self.listed_name, company=self.company,
                                  declared_name=self.declared_name, participated_2023=self.part2023),
                    layout=self.layout, files=self.files, secrets=self.secrets, summary_rows=rows,
                    evidence_facts=self.facts, problems=self.problems)

    def write_truth(self):
        p = ROOT / "truth" / f"{self.id}.json"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(self.truth(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------- 附件1
def write_contact_docx(pkg: Pkg, rel: str):
    m = pkg.meta
    d = lib.new_docx("仿宋")
    p = d.add_paragraph("附件1")
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("联系人信息反馈表")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, c in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, i).text = c
    for j, who in enumerate([m["contact"], m["contact2"]]):
        row = t.rows[j + 1].cells
        row[0].text = "联系人（主）" if j == 0 else "联系人（备用）"
        row[1].text, row[2].text, row[3].text, row[4].text, row[5].text = (
            who["name"], pkg.company, who["title"], who["phone"], who["email"])
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph("具体地址*：" + m["review_addr_printed"])
    d.add_paragraph("*注：该场地信息将用于工作组安排后续评价工作。")
    lib.save_docx(d, pkg.add_file(rel, "联系人表"))


# ---------------------------------------------------------------------------------------------- 附件2
def basic_rows(pkg: Pkg):
    """Rows of 一、企业基本情况 and 二、平台基本情况 as (label, text)."""
    m = pkg.meta
    one = [("单位（企业）名称", pkg.company), ("单位（企业）代码", m["credit"]), ("成立日期", m["founded"]),
           ("注册地及所在行政区", m["reg"]), ("企业类型", m["ctype"]), ("注册资本", m["capital"]),
           ("主营业务", m["business"]), ("法定代表人", m["legal"]), ("联系人", m["contact"]["name"]),
           ("职务", m["contact"]["title"]), ("联系人手机", m["contact"]["phone"]), ("传真", m["fax"]),
           ("电子邮箱", m["contact"]["email"]),
           ("股权结构（发起人及出资信息/金额/持股比例）", "；".join(f"{a}：{b}，{c}" for a, b, c in m["shareholders"])),
           ("总资产（万元）", m["c_assets"]), ("主营业务收入（万元）", m["c_rev"]),
           ("主营业务收入增长率（%）", m["c_growth"]), ("负债率（%）", m["c_debt"]),
           ("利润总额（万元）", m["c_profit"]), ("税金（万元）", m["c_tax"])]
    two = [("平台名称", pkg.name_cell), ("建设时间", m["build_period_text"]), ("平台建设金额（万元）", m["build_amount_text"]),
           ("平台近三年经营指标情况", m["three_years_text"]), ("平台建设方式", m["build_mode_text"]),
           ("平台运营模式", m["op_mode_text"]), ("IaaS基础设施", m["iaas_text"]), ("部署方式", m["deploy_text"]),
           ("平台网址", m["url_text"]), ("平台基本情况介绍", m["intro"]), ("平台建设成效", m["effect"])]
    return one, two


def write_form_docx(pkg: Pkg, rel: str, columns="levels", font_name="宋体"):
    """附件2 申报表 as DOCX. columns: 'levels' (一级/二级/三级/内容/实际/证明) or 'seq' (序号/三级/内容/证明/实际)."""
    m = pkg.meta
    d = lib.new_docx(font_name)
    for line, size, bold in [("附件2", 10.5, False), ("上海市工业互联网平台应用水平评价", 18, True), ("申报表", 22, True)]:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if line != "附件2" else WD_ALIGN_PARAGRAPH.LEFT
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
    for lab, val in [("申报年度", "2024年度"), ("平台名称", pkg.name_cell), ("申报单位", pkg.company + "（公章）"),
                     ("联 系 人", m["contact"]["name"]), ("联系人电话", m["contact"]["phone"])]:
        d.add_paragraph(f"{lab}：{val}")
    d.add_paragraph("上海市经济和信息化委员会制")
    d.add_paragraph(m["form_date"])
    d.add_page_break()
    one, two = basic_rows(pkg)
    d.add_paragraph("一、企业基本情况").runs[0].bold = True
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i in range(0, len(one), 2):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = one[i]
        if i + 1 < len(one):
            cells[2].text, cells[3].text = one[i + 1]
    d.add_paragraph("二、平台基本情况").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in two:
        c = t.add_row().cells
        c[0].text, c[1].text = lab, val
    d.add_page_break()
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表").runs[0].bold = True
    if columns == "levels":
        hdr = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    else:
        hdr = ["序号", "三级指标", "内容", "证明资料", "平台实际情况"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
    ranges = {0: [], 1: [], 2: []}
    prev = [None, None, None]
    for k, (l1, l2, l3, content, key) in enumerate(INDICATORS):
        row = t.add_row()
        c = row.cells
        actual = pkg.form.get(key, "")
        proof = pkg.proof.get(key, "")
        if columns == "levels":
            for j, lv in enumerate((l1, l2, l3)):
                if lv != prev[j]:
                    c[j].text = lv
                    ranges[j].append([k + 1, k + 1])
                else:
                    ranges[j][-1][1] = k + 1
            prev = [l1, l2, l3]
            c[3].text, c[4].text, c[5].text = content, actual, proof
        else:
            c[0].text, c[1].text, c[2].text, c[3].text, c[4].text = str(k + 1), l3, content, proof, actual
    if columns == "levels":
        for j in range(3):
            for a, z in ranges[j]:
                if z > a:
                    mc = t.cell(a, j).merge(t.cell(z, j))
                    for para in list(mc.paragraphs)[1:]:
                        if not para.text:
                            para._element.getparent().remove(para._element)
    d.add_paragraph("注：证明资料列对应《申报书》附件序号、附件名称及页码。")
    lib.save_docx(d, pkg.add_file(rel, "申报表"))


def write_form_xlsx(pkg: Pkg, rel: str):
    wb = openpyxl.Workbook()
    thin = Side(style="thin")
    b = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "封面"
    m = pkg.meta
    rows = [["附件2"], ["上海市工业互联网平台应用水平评价申报表"], [], ["申报年度：", "2024年度"], ["平台名称：", pkg.name_cell],
            ["申报单位：", pkg.company + "（公章）"], ["联 系 人：", m["contact"]["name"]], ["联系人电话：", m["contact"]["phone"]],
            [], ["上海市经济和信息化委员会制"], [m["form_date"]]]
    for r in rows:
        ws.append(r)
    ws["A2"].font = Font(size=16, bold=True)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60
    one, two = basic_rows(pkg)
    ws = wb.create_sheet("一、企业基本情况")
    ws.append(["项目", "内容", "项目", "内容"])
    for i in range(0, len(one), 2):
        r = list(one[i]) + (list(one[i + 1]) if i + 1 < len(one) else [])
        ws.append(r)
    for col, w in zip("ABCD", (22, 40, 22, 40)):
        ws.column_dimensions[col].width = w
    ws = wb.create_sheet("二、平台基本情况")
    for lab, val in two:
        ws.append([lab, val])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws = wb.create_sheet("三、指标明细表")
    ws.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    prev = [None, None, None]
    start = [2, 2, 2]
    for k, (l1, l2, l3, content, key) in enumerate(INDICATORS):
        r = k + 2
        ws.append([l1 if l1 != prev[0] else None, l2 if l2 != prev[1] else None, l3 if l3 != prev[2] else None,
                   content, pkg.form.get(key, ""), pkg.proof.get(key, "")])
        for j, lv in enumerate((l1, l2, l3)):
            if lv != prev[j]:
                if r - 1 > start[j] and prev[j] is not None:
                    ws.merge_cells(start_row=start[j], start_column=j + 1, end_row=r - 1, end_column=j + 1)
                start[j] = r
        prev = [l1, l2, l3]
    last = len(INDICATORS) + 1
    for j in range(3):
        if last > start[j]:
            ws.merge_cells(start_row=start[j], start_column=j + 1, end_row=last, end_column=j + 1)
    for col, w in zip("ABCDEF", (12, 14, 16, 36, 60, 26)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = b
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDDDDD")
    lib.save_xlsx(wb, pkg.add_file(rel, "申报表"))


def form_story(pkg: Pkg, font="STSong-Light"):
    st = lib.styles(font, 10)
    m = pkg.meta
    s = [Paragraph("附件2", st["body"]), Spacer(1, 30 * mm), Paragraph("上海市工业互联网平台应用水平评价", st["h1"]),
         Paragraph("申 报 表", st["h1"]), Spacer(1, 25 * mm)]
    for lab, val in [("申报年度", "2024年度"), ("平台名称", pkg.name_cell), ("申报单位", pkg.company + "（公章）"),
                     ("联 系 人", m["contact"]["name"]), ("联系人电话", m["contact"]["phone"])]:
        s.append(Paragraph(f"{lab}：{val}", st["body"]))
        s.append(Spacer(1, 3 * mm))
    s += [Spacer(1, 30 * mm), Paragraph("上海市经济和信息化委员会制", st["center"]), Paragraph(m["form_date"], st["center"]),
          PageBreak()]
    one, two = basic_rows(pkg)
    s.append(Paragraph("一、企业基本情况", st["h2"]))
    s.append(lib.table([[a, b] for a, b in one], [55 * mm, 115 * mm], font=font, header_rows=0))
    s.append(Paragraph("二、平台基本情况", st["h2"]))
    s.append(lib.table([[a, b] for a, b in two], [35 * mm, 135 * mm], font=font, header_rows=0))
    s.append(PageBreak())
    s.append(Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", st["h2"]))
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, key in INDICATORS:
        rows.append([l3, content, pkg.form.get(key, ""), pkg.proof.get(key, "")])
    s.append(lib.table(rows, [26 * mm, 42 * mm, 72 * mm, 30 * mm], font=font, size=8))
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph(f"申报单位（盖章）：{pkg.company}", st["right"]))
    s.append(Paragraph(m["form_date"], st["right"]))
    return s


def write_form_scan(pkg: Pkg, rel: str, seal_img):
    data = lib.build_pdf(None, form_story(pkg), footer="- {page} -")
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(data))
    seal_map = {0: [(seal_img, (0.62, 0.55))], 1: [(seal_img, (0.75, 0.30))], n - 1: [(seal_img, (0.72, 0.80))]}
    lib.scan_pdf(pkg.add_file(rel, "申报表扫描件"), data, pkg.rng, seal_map, dpi=100, bw_unsealed=True)


# ---------------------------------------------------------------------------------------------- 附件4
def write_summary_xlsx(pkg: Pkg, rel: str, horizontal=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    vals = [(lab, pkg.summary_sheet.get(lab, pkg.summary[lab][0])) for lab in SUMMARY_LABELS]
    if horizontal:
        ws.append(["附件4 平台基本情况汇总表"])
        ws.append([lab for lab, _ in vals])
        ws.append([v for _, v in vals])
        for i in range(1, len(vals) + 1):
            ws.cell(row=2, column=i).alignment = Alignment(wrap_text=True, vertical="center")
            ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = 18
    else:
        ws.append(["附件4", None])
        ws.append(["平台基本情况汇总表", None])
        ws.merge_cells("A2:B2")
        ws["A2"].font = Font(size=14, bold=True)
        for lab, v in vals:
            ws.append([lab, v])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
        for row in ws.iter_rows(min_row=3):
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="center")
    lib.save_xlsx(wb, pkg.add_file(rel, "汇总表"))


def write_summary_docx(pkg: Pkg, rel: str):
    d = lib.new_docx("宋体", 10)
    d.add_paragraph("附件4")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("平台基本情况汇总表")
    r.bold = True
    r.font.size = Pt(16)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in SUMMARY_LABELS:
        c = t.add_row().cells
        c[0].text = lab
        c[1].text = pkg.summary_sheet.get(lab, pkg.summary[lab][0])
    lib.save_docx(d, pkg.add_file(rel, "汇总表"))


# ---------------------------------------------------------------------------------------------- 附件5
def commitment_story(pkg: Pkg, font="STSong-Light"):
    st = lib.styles(font, 12)
    return [Paragraph("附件5", st["body"]), Spacer(1, 15 * mm), Paragraph("真实性承诺", st["h1"]), Spacer(1, 10 * mm),
            Paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                      "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", st["body"]),
            Spacer(1, 5 * mm), Paragraph("特此承诺。", st["body"]), Spacer(1, 40 * mm),
            Paragraph(f"申报单位：{pkg.company}（盖章）", st["right"]), Spacer(1, 6 * mm),
            Paragraph(f"法定代表人：{pkg.meta['legal']}（签章）", st["right"]), Spacer(1, 6 * mm),
            Paragraph(pkg.meta["commit_date"], st["right"])]


def write_commitment_scan(pkg: Pkg, rel: str, seal_img):
    data = lib.build_pdf(None, commitment_story(pkg))
    lib.scan_pdf(pkg.add_file(rel, "承诺"), data, pkg.rng, {0: [(seal_img, (0.70, 0.58))]}, dpi=110)


def write_commitment_docx(pkg: Pkg, rel: str):
    d = lib.new_docx("仿宋", 12)
    d.add_paragraph("附件5")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("真实性承诺")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                    "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    d.add_paragraph("特此承诺。")
    for t in [f"申报单位：{pkg.company}（盖章）", f"法定代表人：{pkg.meta['legal']}（签章）", pkg.meta["commit_date"]]:
        d.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    lib.save_docx(d, pkg.add_file(rel, "承诺"))


# ---------------------------------------------------------------------------------------------- 附件3
def write_narrative(pkg: Pkg, rel: str, blocks, as_pdf=False, font_name="宋体"):
    """blocks: list of (kind, payload): 'title', 'h1', 'h2', 'p', 'table' (rows, widths_mm), 'break'."""
    if as_pdf:
        st = lib.styles("STSong-Light", 10.5)
        story = []
        for kind, payload in blocks:
            if kind == "title":
                story.append(Paragraph(payload, st["h1"]))
            elif kind == "h1":
                story.append(Paragraph(payload, st["h2"]))
            elif kind == "h2":
                story.append(Paragraph("<b>" + payload + "</b>", st["body"]))
            elif kind == "p":
                story.append(Paragraph(payload, st["body"]))
            elif kind == "table":
                rows, widths = payload
                story.append(lib.table(rows, [w * mm for w in widths], size=8.5))
                story.append(Spacer(1, 3 * mm))
            elif kind == "break":
                story.append(PageBreak())
        lib.build_pdf(pkg.add_file(rel, "申报书"), story, footer="第 {page} 页", header=pkg.declared_name + " 申报书")
        return
    d = lib.new_docx(font_name, 10.5)
    for kind, payload in blocks:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(payload)
            r.bold = True
            r.font.size = Pt(18)
        elif kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            p = d.add_paragraph()
            r = p.add_run(payload)
            r.bold = True
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "table":
            rows, widths = payload
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for r_ in rows:
                c = t.add_row().cells
                for i, v in enumerate(r_):
                    c[i].text = str(v)
        elif kind == "break":
            d.add_page_break()
    lib.save_docx(d, pkg.add_file(rel, "申报书"))


def cover_blocks(pkg: Pkg):
    m = pkg.meta
    return [("p", "附件3"), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申报书"),
            ("p", "申报年度：2024年度"), ("p", f"平台名称：{pkg.name_cell}"), ("p", f"申报单位：{pkg.company}（公章）"),
            ("p", f"联 系 人：{m['contact']['name']}"), ("p", f"联系人电话：{m['contact']['phone']}"),
            ("p", "上海市经济和信息化委员会制"), ("p", m["form_date"]), ("break", None)]
