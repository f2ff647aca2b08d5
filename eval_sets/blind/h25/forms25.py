"""Package model and the applicant's own documents: 申报表 (XLSX/DOCX + stamped scan), 申报书, 汇总表, 承诺."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import kit25 as K
from notice25 import A4_LABELS, FORM_TOP, INDICATORS


@dataclass
class Pkg:
    pid: str
    root: Path  # packages/<pid>
    list_no: int
    listed_name: str
    company: str
    declared_name: str
    participated: bool
    description: str
    layout: list[str]
    short: str
    author: str
    rows: dict = field(default_factory=dict)        # 附件4 label -> (value, normalized)
    answers: dict = field(default_factory=dict)     # 指标明细表 内容 -> text (non-附件4 items)
    proofs: dict = field(default_factory=dict)      # 内容 or label -> 证明资料 text
    info: dict = field(default_factory=dict)        # company/basic-info fields
    files: dict = field(default_factory=dict)
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    secrets: list = field(default_factory=list)
    form_override: dict = field(default_factory=dict)  # label -> text written in the 申报表 instead of rows
    summary_override: dict = field(default_factory=dict)  # label -> text written in the 汇总表

    def v(self, label):
        return self.rows[label][0]

    def n(self, label):
        return self.rows[label][1]

    def form_text(self, label):
        return self.form_override.get(label, self.rows[label][0])

    def add_file(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def fact(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="",
             component="", image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        pid = f"{self.pid}-{len(self.problems) + 1:02d}-{family}"
        self.problems.append(dict(id=pid, family=family, fields=fields, files=files, severity=severity,
                                  description=description))

    def truth(self) -> dict:
        assert set(self.rows) == set(A4_LABELS), set(A4_LABELS) ^ set(self.rows)
        return {
            "schema_version": 1, "package_id": self.pid, "description": self.description,
            "path": f"packages/{self.pid}", "delivery": "folder",
            "platform": {"list_no": self.list_no, "listed_name": self.listed_name, "company": self.company,
                         "declared_name": self.declared_name, "participated_2023": self.participated},
            "layout": self.layout, "files": dict(sorted(self.files.items())), "secrets": self.secrets,
            "summary_rows": [{"label": l, "value": self.rows[l][0], "normalized": self.rows[l][1]} for l in A4_LABELS],
            "evidence_facts": self.facts, "problems": self.problems,
        }


# ---------------------------------------------------------------- value helpers

def num(v, dec=0):
    if dec:
        return (f"{v:.{dec}f}", K.r2(v) if dec == 2 else round(v, dec))
    return (str(int(v)), int(v))


def bd(d):
    return (K.fmt_bd(d), dict(d))


def yn(text, flag):
    return (text, flag)


def txt(s):
    return (s, s)


def blank():
    return ("", None)


# ---------------------------------------------------------------- 申报表 content

def form_sections(p: Pkg):
    """The 申报表 content as lists usable by every renderer."""
    i = p.info
    basic = [
        ("单位（企业）名称", p.company, "单位（企业）代码", i["uscc"]),
        ("成立日期", i["founded"], "注册地及所在行政区", i["reg_addr"]),
        ("企业类型", i["type"], "注册资本", i["capital"]),
        ("主营业务", i["business"], "", ""),
        ("法定代表人", i["legal"], "联系人", p.v("联系人姓名")),
        ("职务", i["title"], "联系人手机", p.v("联系人手机号")),
        ("传真", i.get("fax", "—"), "电子邮箱", p.v("联系人电子邮箱")),
        ("股权结构", i["equity"], "", ""),
    ]
    fin = [("总资产（万元）", i["assets"]), ("主营业务收入（万元）", i["main_rev"]), ("主营业务收入增长率（%）", i["main_growth"]),
           ("负债率（%）", i["debt"]), ("利润总额（万元）", i["profit"]), ("税金（万元）", i["tax"])]
    rev = p.info["rev_lines"]
    plat = [
        ("平台名称", i.get("name_cell", p.declared_name)),
        ("建设时间", i["build_period"]),
        ("平台建设金额（万元）", p.form_text("平台建设金额（万元）")),
        ("平台近三年经营指标情况", rev),
        ("平台建设方式", i["build_mode"]),
        ("平台运营模式", i["op_mode"]),
        ("IaaS基础设施", i["iaas"]),
        ("部署方式", i["deploy"]),
        ("平台网址", i["url_cell"]),
        ("平台基本情况介绍", i["intro"]),
        ("平台建设成效", i["effect"]),
    ]
    ind = []
    for l1, l2, l3, content, a4 in INDICATORS:
        if a4:
            actual = p.form_text(a4)
        else:
            actual = p.answers.get(content, "")
        proof = p.proofs.get(a4 or content, p.proofs.get("_default", ""))
        ind.append((l1, l2, l3, content, actual, proof))
    return basic, fin, plat, ind


def form_xlsx(p: Pkg, path: Path, numeric_cells=True):
    """申报表 as the applicant's XLSX: the form's layout reproduced with merged cells over four sheets."""
    basic, fin, plat, ind = form_sections(p)
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws = wb.active
    ws.title = "封面"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60
    ws.merge_cells("A2:B2")
    ws["A2"] = "上海市工业互联网平台应用水平评价"
    ws["A2"].font = Font(name="宋体", size=20, bold=True)
    ws["A2"].alignment = center
    ws.merge_cells("A3:B3")
    ws["A3"] = "申报表"
    ws["A3"].font = Font(name="宋体", size=24, bold=True)
    ws["A3"].alignment = center
    for r, (k, val) in enumerate([("申报年度：", "2024 年度"), ("平台名称：", p.info.get("name_cell", p.declared_name)),
                                  ("申报单位：", p.company + "（公章）"), ("联 系 人：", p.v("联系人姓名")),
                                  ("联系人电话：", p.v("联系人手机号"))], start=6):
        ws.cell(r, 1, k).font = Font(name="宋体", size=13)
        ws.cell(r, 2, val).font = Font(name="宋体", size=13)
    ws.merge_cells("A13:B13")
    ws["A13"] = "上海市经济和信息化委员会制"
    ws["A13"].alignment = center
    ws.merge_cells("A14:B14")
    ws["A14"] = p.info["sign_date"]
    ws["A14"].alignment = center

    ws = wb.create_sheet("一、企业基本情况")
    for col, w in zip("ABCD", (18, 34, 18, 34)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:D1")
    ws["A1"] = "一、企业基本情况"
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    r = 2
    for a, b, c, d in basic:
        ws.cell(r, 1, a)
        if c:
            ws.cell(r, 2, b)
            ws.cell(r, 3, c)
            ws.cell(r, 4, d)
        else:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            ws.cell(r, 2, b)
        for cc in range(1, 5):
            ws.cell(r, cc).border = box
            ws.cell(r, cc).alignment = wrap
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, "发起人及出资信息（金额 / 持股比例）：" + p.info["shareholders"]).alignment = wrap
    ws.row_dimensions[r].height = 36
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, "申报单位上一年度经营状况（2023 年）").font = Font(bold=True)
    r += 1
    for k, val in fin:
        ws.cell(r, 1, k).border = box
        c_ = ws.cell(r, 2, val)
        c_.border = box
        r += 1

    ws = wb.create_sheet("二、平台基本情况")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    ws.merge_cells("A1:B1")
    ws["A1"] = "二、平台基本情况"
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    for r, (k, val) in enumerate(plat, start=2):
        ws.cell(r, 1, k).border = box
        ws.cell(r, 1).alignment = wrap
        c_ = ws.cell(r, 2, val)
        c_.border = box
        c_.alignment = wrap
        if len(val) > 60:
            ws.row_dimensions[r].height = min(400, 15 * (len(val) // 55 + 1))

    ws = wb.create_sheet("三、指标明细表")
    for col, w in zip("ABCDEF", (14, 14, 16, 40, 46, 30)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    ws["A1"] = "三、上海市工业互联网平台应用水平评价指标明细表（请依据此表后附的填报指引填写！）"
    ws["A1"].font = Font(name="黑体", size=13, bold=True)
    head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for c_, h in enumerate(head, start=1):
        cell = ws.cell(2, c_, h)
        cell.font = Font(bold=True)
        cell.alignment = center
        cell.border = box
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    ws.freeze_panes = "E3"
    r = 3
    spans = {1: [], 2: [], 3: []}
    prev = [None, None, None]
    for l1, l2, l3, content, actual, proof in ind:
        for k, val in enumerate((l1, l2, l3), start=1):
            if val != prev[k - 1]:
                spans[k].append([r, r, val])
                prev[k - 1] = val
                for kk in range(k + 1, 4):
                    prev[kk - 1] = None
            else:
                spans[k][-1][1] = r
        ws.cell(r, 4, content)
        val = actual
        if numeric_cells and isinstance(val, str) and val.replace(".", "", 1).isdigit() and not val.startswith("0"):
            val = float(val) if "." in val else int(val)
            cell = ws.cell(r, 5, val)
            if isinstance(val, float):
                cell.number_format = "0.00"
        else:
            ws.cell(r, 5, val)
        ws.cell(r, 6, proof)
        for cc in range(1, 7):
            ws.cell(r, cc).border = box
            ws.cell(r, cc).alignment = wrap
        r += 1
    for k in (1, 2, 3):
        for a, b, val in spans[k]:
            ws.cell(a, k, val)
            if b > a:
                ws.merge_cells(start_row=a, start_column=k, end_row=b, end_column=k)
            ws.cell(a, k).alignment = center
    r += 1
    ws.cell(r, 1, "注：1. 填写“平台实际情况”时，具体指标解释及填报指引详见后表。2. 证明资料逐项对应到《申报书》附件对应序号、附件名称及页码。")
    K.save_xlsx(wb, path, p.author)


def form_docx(p: Pkg, path: Path):
    basic, fin, plat, ind = form_sections(p)
    doc = Document()
    _docfont(doc, "仿宋")
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h.add_run("上海市工业互联网平台应用水平评价\n申报表")
    run.bold = True
    run.font.size = Pt(22)
    for k, val in [("申报年度：", "2024 年度"), ("平台名称：", p.info.get("name_cell", p.declared_name)),
                   ("申报单位：", p.company + "（公章）"), ("联 系 人：", p.v("联系人姓名")),
                   ("联系人电话：", p.v("联系人手机号"))]:
        doc.add_paragraph(k + val)
    doc.add_paragraph("上海市经济和信息化委员会制").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(p.info["sign_date"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()
    doc.add_paragraph().add_run("一、企业基本情况").bold = True
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, d in basic:
        cells = t.add_row().cells
        cells[0].text = a
        if c:
            cells[1].text, cells[2].text, cells[3].text = b, c, d
        else:
            m = cells[1].merge(cells[3])
            m.text = b
    cells = t.add_row().cells
    m = cells[0].merge(cells[3])
    m.text = "发起人及出资信息：" + p.info["shareholders"]
    doc.add_paragraph("申报单位上一年度经营状况（2023 年）")
    t = doc.add_table(rows=2, cols=len(fin))
    t.style = "Table Grid"
    for j, (k, val) in enumerate(fin):
        t.cell(0, j).text = k
        t.cell(1, j).text = val
    doc.add_paragraph().add_run("二、平台基本情况").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, val in plat:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, val
    doc.add_page_break()
    doc.add_paragraph().add_run("三、上海市工业互联网平台应用水平评价指标明细表").bold = True
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, hname in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        t.cell(0, j).text = hname
    start = {0: None, 1: None, 2: None}
    prev = [None, None, None]
    for idx, (l1, l2, l3, content, actual, proof) in enumerate(ind, start=1):
        cells = t.add_row().cells
        for k, val in enumerate((l1, l2, l3)):
            if val != prev[k]:
                cells[k].text = val
                prev[k] = val
                start[k] = idx
                for kk in range(k + 1, 3):
                    prev[kk] = None
            else:
                t.cell(start[k], k).merge(t.cell(idx, k))
        cells[3].text, cells[4].text, cells[5].text = content, actual, proof
    K.save_docx(doc, path, p.author)


def form_scan(p: Pkg, src_pdf: Path, out: Path, seed: int, seal_img):
    """Print the filled form (reportlab), then 'scan' it with the company seal on the cover and last page."""
    basic, fin, plat, ind = form_sections(p)
    blocks = [("space", 30), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申 报 表"), ("space", 20)]
    for k, val in [("申报年度：", "2024 年度"), ("平台名称：", p.info.get("name_cell", p.declared_name)),
                   ("申报单位：", p.company + "（公章）"), ("联 系 人：", p.v("联系人姓名")),
                   ("联系人电话：", p.v("联系人手机号"))]:
        blocks.append(("h2", "　　　　" + k + val))
    blocks += [("space", 50), ("sub", "上海市经济和信息化委员会制"), ("sub", p.info["sign_date"]), ("break",)]
    blocks.append(("h1", "一、企业基本情况"))
    rows = [[a, b, c, d] for a, b, c, d in basic]
    blocks.append(("table", rows, [30, 55, 30, 55], {"repeat": 0}))
    blocks.append(("table", [[k for k, _ in fin], [v for _, v in fin]], [28] * 6))
    blocks.append(("h1", "二、平台基本情况"))
    blocks.append(("table", [[k, v] for k, v in plat], [35, 135], {"repeat": 0}))
    blocks.append(("h1", "三、上海市工业互联网平台应用水平评价指标明细表"))
    rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    rows += [[a.split("（")[0], b, c, d, e, f] for a, b, c, d, e, f in ind]
    blocks.append(("table", rows, [18, 20, 22, 40, 45, 27]))
    blocks.append(("space", 10))
    blocks.append(("right", f"申报单位（盖章）：{p.company}"))
    blocks.append(("right", p.info["sign_date"]))
    K.build_text_pdf(src_pdf, blocks, font_name="STSong-Light", footer_fmt="{n}")
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(str(src_pdf)))
    K.scan_pdf(src_pdf, out, seed, {0: [(seal_img, 0.55, 0.40)], n - 1: [(seal_img, 0.74, 0.82)]})
    src_pdf.unlink()


# ---------------------------------------------------------------- 汇总表

def summary_values(p: Pkg):
    out = []
    for l in A4_LABELS:
        v = p.summary_override.get(l, p.rows[l][0])
        if l == "平台近三年经营指标情况":
            v = v.replace("；", "\n")
        out.append((l, v))
    return out


def summary_xlsx_vertical(p: Pkg, path: Path, title_note="（请根据附件6中平台对应序号填写）"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件4"
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 70
    ws.merge_cells("A1:B1")
    ws["A1"] = "平台基本情况汇总表"
    ws["A1"].font = Font(name="方正小标宋简体", size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    thin = Side(style="thin")
    for r, (l, v) in enumerate(summary_values(p), start=2):
        ws.cell(r, 1, l)
        ws.cell(r, 2, v)
        for c in (1, 2):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "B2"
    K.save_xlsx(wb, path, p.author)


def summary_xlsx_horizontal(p: Pkg, path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws["A1"] = "附件4  平台基本情况汇总表"
    ws["A1"].font = Font(bold=True, size=14)
    for c, (l, v) in enumerate(summary_values(p), start=1):
        ws.cell(2, c, l).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(2, c).font = Font(bold=True)
        ws.cell(2, c).fill = PatternFill("solid", fgColor="FFF2CC")
        ws.cell(3, c, v).alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 16
    ws.row_dimensions[2].height = 60
    ws.freeze_panes = "D3"
    K.save_xlsx(wb, path, p.author)


def summary_docx(p: Pkg, path: Path):
    doc = Document()
    _docfont(doc, "宋体")
    doc.add_paragraph("附件4").runs[0].bold = True
    h = doc.add_paragraph("平台基本情况汇总表")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.runs[0].font.size = Pt(16)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for l, v in summary_values(p):
        cells = t.add_row().cells
        cells[0].text, cells[1].text = l, v
    K.save_docx(doc, path, p.author)


# ---------------------------------------------------------------- 承诺 / 联系人

COMMIT = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
          "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")


def commitment_scan(p: Pkg, out: Path, seed: int, seal_img, legal: str, date: str):
    src = out.with_suffix(".src.pdf")
    K.build_text_pdf(src, [("sub", "附件5"), ("space", 10), ("title", "真实性承诺"), ("space", 10), ("body", COMMIT),
                           ("body", "特此承诺。"), ("space", 40), ("right", f"申报单位：{p.company}（盖章）"),
                           ("space", 6), ("right", f"法定代表人：{legal}（签章）"), ("space", 6), ("right", date)],
                     footer_fmt="")
    pages = K.render_pdf_pages(src, 110)
    from PIL import ImageDraw
    img = pages[0]
    d = ImageDraw.Draw(img)
    # handwritten-ish signature stroke
    x0, y0 = int(img.width * 0.70), int(img.height * 0.555)
    pts = [(x0 + i * 9, y0 + int(8 * ((i * 37) % 7 - 3) / 3)) for i in range(14)]
    d.line(pts, fill=(20, 20, 60), width=3)
    img = K.degrade(img, seed, [(seal_img, 0.70, 0.50)])
    K.images_to_pdf([img], out)
    src.unlink()


def commitment_docx(p: Pkg, path: Path, legal: str, date: str):
    doc = Document()
    _docfont(doc, "仿宋")
    doc.add_paragraph("附件5")
    h = doc.add_paragraph("真实性承诺")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.runs[0].font.size = Pt(18)
    doc.add_paragraph(COMMIT)
    doc.add_paragraph("特此承诺。")
    for s in (f"申报单位：{p.company}（盖章）", f"法定代表人：{legal}（签章）", date):
        doc.add_paragraph(s).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    K.save_docx(doc, path, p.author)


def contact_docx(p: Pkg, path: Path, backup: tuple[str, str, str, str]):
    doc = Document()
    _docfont(doc, "宋体")
    doc.add_paragraph("附件1")
    doc.add_paragraph("联系人信息反馈表").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, j).text = h
    for r, row in enumerate([("联系人（主）", p.v("联系人姓名"), p.company, p.info["title"], p.v("联系人手机号"),
                               p.v("联系人电子邮箱")), ("联系人（备用）", backup[0], p.company, backup[1], backup[2], backup[3])],
                            start=1):
        for j, v in enumerate(row):
            t.cell(r, j).text = v
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph("具体地址：" + p.v("评审会现场地址信息"))
    K.save_docx(doc, path, p.author)


# ---------------------------------------------------------------- 申报书

def book_docx(p: Pkg, path: Path, sections: list[tuple[str, list]], cover=True):
    """sections: (heading, items) where items are str paragraphs or ('table', rows) or ('h2', text)."""
    doc = Document()
    _docfont(doc, "宋体")
    if cover:
        for _ in range(4):
            doc.add_paragraph()
        h = doc.add_paragraph()
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = h.add_run("上海市工业互联网平台应用水平评价\n申报书")
        r.bold = True
        r.font.size = Pt(22)
        for k, val in [("申报年度：", "2024 年度"), ("平台名称：", p.declared_name), ("申报单位：", p.company + "（公章）"),
                       ("联 系 人：", p.v("联系人姓名")), ("联系人电话：", p.v("联系人手机号"))]:
            para = doc.add_paragraph(k + val)
            para.paragraph_format.left_indent = Cm(3)
        doc.add_paragraph("上海市经济和信息化委员会制").alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph(p.info["sign_date"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_page_break()
    for heading, items in sections:
        doc.add_heading(heading, level=1)
        for it in items:
            if isinstance(it, tuple) and it[0] == "table":
                rows = it[1]
                t = doc.add_table(rows=0, cols=len(rows[0]))
                t.style = "Table Grid"
                for row in rows:
                    cells = t.add_row().cells
                    for j, v in enumerate(row):
                        cells[j].text = str(v)
            elif isinstance(it, tuple) and it[0] == "h2":
                doc.add_heading(it[1], level=2)
            else:
                para = doc.add_paragraph(it)
                para.paragraph_format.first_line_indent = Pt(21)
    K.save_docx(doc, path, p.author)


def book_pdf(p: Pkg, path: Path, sections: list[tuple[str, list]]):
    blocks = [("space", 40), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申 报 书"), ("space", 20)]
    for k, val in [("申报年度：", "2024 年度"), ("平台名称：", p.declared_name), ("申报单位：", p.company + "（公章）"),
                   ("联 系 人：", p.v("联系人姓名")), ("联系人电话：", p.v("联系人手机号"))]:
        blocks.append(("h2", "　　　　" + k + val))
    blocks += [("space", 50), ("sub", "上海市经济和信息化委员会制"), ("sub", p.info["sign_date"]), ("break",)]
    for heading, items in sections:
        blocks.append(("h1", heading))
        for it in items:
            if isinstance(it, tuple) and it[0] == "table":
                rows = it[1]
                w = 170 / len(rows[0])
                blocks.append(("table", rows, [w] * len(rows[0])))
            elif isinstance(it, tuple) and it[0] == "h2":
                blocks.append(("h2", it[1]))
            else:
                blocks.append(("body", it))
    K.build_text_pdf(path, blocks, font_name="STSong-Light", header=f"{p.company}  {p.declared_name}申报书")


def _docfont(doc, name):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
