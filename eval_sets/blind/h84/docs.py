"""The applicant's own documents: 附件1 联系人表, 附件2 申报表 (DOCX / XLSX / stamped scan), 附件3 申报书 (DOCX / PDF
with 目录), 附件4 汇总表 (XLSX vertical or horizontal / DOCX), 附件5 承诺 (scan)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

from eval_sets.blind.h84.labels import CHAPTERS, SUMMARY, TABLE
from eval_sets.blind.h84.model import Model, c2, f2
from eval_sets.blind.h84.render import Pdf, normalize_zip, scan_pdf

FIXED_DT = dt.datetime(2024, 7, 15, 9, 0, 0)
EXCEL_FONT = "宋体"


# ------------------------------------------------------------------------------------------ helpers
def new_docx() -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = cp.last_modified_by = ""
    cp.created = cp.modified = cp.last_printed = FIXED_DT
    cp.revision = 1
    return d


def save_docx(d, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = ""
    wb.properties.created = wb.properties.modified = FIXED_DT
    wb.save(str(path))
    normalize_zip(path)


def para(d, text: str, bold=False, size=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def heading(d, text: str):
    return para(d, text, bold=True, size=14)


def table(d, rows: list[list[str]], style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)
    return t


THIN = Border(*(Side(style="thin"),) * 4)


def ws_write(ws, r: int, c: int, v, bold=False, wrap=True):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=EXCEL_FONT, bold=bold, size=10)
    cell.alignment = Alignment(wrap_text=wrap, vertical="center")
    cell.border = THIN
    return cell


# ------------------------------------------------------------------------------------------ 附件1
def contact_docx(m: Model, path: Path) -> None:
    S = m.spec
    d = new_docx()
    para(d, "附件1", bold=True)
    para(d, "联系人信息反馈表", bold=True, size=16, center=True)
    para(d, "2024年度上海市工业互联网平台应用水平评价工作", center=True)
    para(d, "一、联系人信息反馈", bold=True)
    c, b = S["contact"], S["contact2"]
    table(d, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
              ["联系人（主）", c[0], S["company"], c[1], c[2], c[3]],
              ["联系人（备用）", b[0], S["company"], b[1], b[2], b[3]]])
    para(d, "二、评审会现场地址信息反馈", bold=True)
    para(d, f"具体地址*：{S['address']}")
    save_docx(d, path)


# ------------------------------------------------------------------------------------------ 附件2 申报表
def corp_rows(S: dict) -> list[list[str]]:
    C = S["corp"]
    return [
        ["单位（企业）名称", S["company"], "单位（企业）代码", C["code"]],
        ["成立日期", C["founded"], "注册地及所在行政区", C["reg"]],
        ["企业类型", C["type"], "注册资本", C["capital"]],
        ["主营业务", C["business"], "法定代表人", C["legal"]],
        ["联系人", S["contact"][0], "职务", S["contact"][1]],
        ["联系人手机", S["contact"][2], "电子邮箱", S["contact"][3]],
        ["股权结构", C["equity"], "", ""],
    ]


def corp_finance(S: dict) -> list[list[str]]:
    F = S["corp"]["fin"]
    return [["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"],
            [c2(F[0]), c2(F[1]), f2(F[2]), f2(F[3]), c2(F[4]), c2(F[5])]]


BASIC_ORDER = ["平台名称", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "IaaS基础设施",
               "部署方式", "平台网址", "平台基本情况介绍", "平台建设成效"]


def detail_rows(m: Model) -> list[list[str]]:
    return [[a, b, c, content, m.cell[content], m.proof.get(content, "—")] for a, b, c, content in TABLE]


def form_docx(m: Model, path: Path) -> None:
    S = m.spec
    d = new_docx()
    para(d, "附件2", bold=True)
    para(d, "上海市工业互联网平台应用水平评价", bold=True, size=18, center=True)
    para(d, "申报表", bold=True, size=22, center=True)
    for k, v in (("申报年度", "2024年度"), ("平台名称", S["declared_name"]), ("申报单位", f"{S['company']}（公章）"),
                 ("联 系 人", S["contact"][0]), ("联系人电话", S["contact"][2])):
        para(d, f"{k}：{v}")
    para(d, "上海市经济和信息化委员会制", center=True)
    para(d, "2024年7月15日", center=True)
    d.add_page_break()
    heading(d, "一、企业基本情况")
    table(d, corp_rows(S))
    para(d, "申报单位上一年度经营状况（2023年）")
    table(d, corp_finance(S))
    heading(d, "二、平台基本情况")
    table(d, [[k, m.basic[k]] for k in BASIC_ORDER])
    d.add_page_break()
    heading(d, "三、上海市工业互联网平台应用水平评价指标明细表")
    table(d, [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]] + detail_rows(m))
    save_docx(d, path)


def form_xlsx(m: Model, path: Path) -> None:
    S = m.spec
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业基本情况"
    ws_write(ws, 1, 1, "一、企业基本情况", bold=True)
    r = 2
    for row in corp_rows(S):
        for j, v in enumerate(row, 1):
            ws_write(ws, r, j, v)
        r += 1
    ws_write(ws, r, 1, "申报单位上一年度经营状况（2023年）", bold=True)
    r += 1
    for row in corp_finance(S):
        for j, v in enumerate(row, 1):
            ws_write(ws, r, j, v)
        r += 1
    for col, w in zip("ABCDEF", (20, 36, 20, 30, 18, 16)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("平台基本情况")
    ws_write(ws2, 1, 1, "二、平台基本情况", bold=True)
    for i, k in enumerate(BASIC_ORDER, 2):
        ws_write(ws2, i, 1, k)
        ws_write(ws2, i, 2, m.basic[k])
    ws2.column_dimensions["A"].width = 22
    ws2.column_dimensions["B"].width = 90
    ws3 = wb.create_sheet("指标明细表")
    head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for j, v in enumerate(head, 1):
        ws_write(ws3, 1, j, v, bold=True)
    prev = [None, None, None]
    starts = [2, 2, 2]
    rows = detail_rows(m)
    for i, row in enumerate(rows, 2):
        for j, v in enumerate(row, 1):
            if j <= 3:
                if v != prev[j - 1]:
                    if prev[j - 1] is not None and i - 1 > starts[j - 1]:
                        ws3.merge_cells(start_row=starts[j - 1], start_column=j, end_row=i - 1, end_column=j)
                    starts[j - 1] = i
                    prev[j - 1] = v
                    ws_write(ws3, i, j, v)
                continue
            val = row[j - 1]
            if j == 5:  # numbers as numbers where the cell is a plain number
                try:
                    val = int(val) if val.isdigit() else float(val) if val.replace(".", "", 1).isdigit() else val
                except AttributeError:
                    pass
            ws_write(ws3, i, j, val)
    end = len(rows) + 1
    for j in range(3):
        if end > starts[j]:
            ws3.merge_cells(start_row=starts[j], start_column=j + 1, end_row=end, end_column=j + 1)
    for col, w in zip("ABCDEF", (14, 14, 16, 40, 60, 22)):
        ws3.column_dimensions[col].width = w
    save_xlsx(wb, path)


def form_scan(m: Model, path: Path, key: str, seed: int) -> None:
    """The stamped 申报表 as printed and scanned (cover and 一/二 stamped)."""
    S = m.spec
    pdf = Pdf("申报表")
    pdf.page(("gap", 30), ("center", "上海市工业互联网平台应用水平评价", 18), ("center", "申报表", 24), ("gap", 20),
             ("p", "申报年度：2024年度", 13), ("p", f"平台名称：{S['declared_name']}", 13),
             ("p", f"申报单位：{S['company']}（公章）", 13), ("p", f"联 系 人：{S['contact'][0]}", 13),
             ("p", f"联系人电话：{S['contact'][2]}", 13), ("gap", 40), ("center", "上海市经济和信息化委员会制", 12),
             ("center", "2024年7月15日", 12))
    pdf.flow([("h", "一、企业基本情况", 13), ("t", corp_rows(S), [30, 55, 30, 55]),
              ("p", "申报单位上一年度经营状况（2023年）"), ("t", corp_finance(S), [28] * 6, 8),
              ("h", "二、平台基本情况", 13), ("t", [[k, m.basic[k]] for k in BASIC_ORDER], [35, 135], 8.5)])
    pdf.flow([("h", "三、上海市工业互联网平台应用水平评价指标明细表", 13),
              ("t", [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]] + detail_rows(m),
               [18, 20, 22, 36, 56, 18], 7.5)])
    n = len(pdf.pages)
    seals = {1: S["company"], 2: S["company"], n: S["company"]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(scan_pdf(pdf.bytes(), key, seed, seals, scale=1.1))


# ------------------------------------------------------------------------------------------ 附件3 申报书
def narrative_docx(m: Model, chapters: dict[str, list], path: Path) -> None:
    S = m.spec
    d = new_docx()
    para(d, "附件3", bold=True)
    para(d, "上海市工业互联网平台应用水平评价", bold=True, size=18, center=True)
    para(d, "申报书", bold=True, size=22, center=True)
    for k, v in (("申报年度", "2024年度"), ("平台名称", S["declared_name"]), ("申报单位", f"{S['company']}（公章）"),
                 ("联 系 人", S["contact"][0]), ("联系人电话", S["contact"][2])):
        para(d, f"{k}：{v}")
    d.add_page_break()
    for title, blocks in chapters.items():
        heading(d, title)
        for b in blocks:
            if isinstance(b, str):
                para(d, b)
            else:
                table(d, b)
    save_docx(d, path)


def narrative_pdf(m: Model, chapters: dict[str, list], path: Path) -> dict[str, int]:
    """申报书 as a PDF with a 目录 on page 2; each chapter starts on a new page. Returns chapter -> page."""
    S = m.spec
    body = Pdf("申报书", header=f"{S['declared_name']} · 2024年度申报书")
    starts = {}
    body.pages.append([])  # placeholder cover
    body.pages.append([])  # placeholder 目录
    for title, blocks in chapters.items():
        flow = [("h", title, 15)]
        for b in blocks:
            if isinstance(b, str):
                flow.append(("p", b))
            else:
                widths = [170 / len(b[0])] * len(b[0])
                flow.append(("t", b, widths, 9))
        starts[title] = body.flow(flow)
    body.pages[0] = [("gap", 30), ("center", "上海市工业互联网平台应用水平评价", 18), ("center", "申报书", 24), ("gap", 20),
                     ("p", "申报年度：2024年度", 13), ("p", f"平台名称：{S['declared_name']}", 13),
                     ("p", f"申报单位：{S['company']}（公章）", 13), ("p", f"联 系 人：{S['contact'][0]}", 13),
                     ("p", f"联系人电话：{S['contact'][2]}", 13), ("gap", 40), ("center", "上海市经济和信息化委员会制", 12)]
    toc = [("center", "目  录", 16), ("gap", 6)]
    for title, page in starts.items():
        dots = "." * max(4, 60 - len(title) * 2)
        toc.append(("p", f"{title} {dots} {page}", 11))
    body.pages[1] = toc
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body.bytes())
    return starts


# ------------------------------------------------------------------------------------------ 附件4 汇总表
YESNO = {"平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "企业是否已上市或已获得VC/PE投资",
         "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统"}


def summary_label_printed(label: str) -> str:
    return label + "（是/否）" if label in YESNO else label


def summary_xlsx(m: Model, path: Path, horizontal: bool = False) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws_write(ws, 1, 1, "平台基本情况汇总表", bold=True)
        for j, label in enumerate(SUMMARY, 1):
            ws_write(ws, 2, j, summary_label_printed(label), bold=True)
            v = m.summary_cells[label]
            ws_write(ws, 3, j, int(v) if v.isdigit() and label not in ("联系人手机号",) else v)
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 16
    else:
        for j, v in enumerate(["项目", "填报内容"], 1):
            ws_write(ws, 1, j, v, bold=True)
        for i, label in enumerate(SUMMARY, 2):
            ws_write(ws, i, 1, summary_label_printed(label))
            v = m.summary_cells[label]
            ws_write(ws, i, 2, int(v) if v.isdigit() and label not in ("联系人手机号",) else v)
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 70
    save_xlsx(wb, path)


def summary_docx(m: Model, path: Path) -> None:
    d = new_docx()
    para(d, "附件4", bold=True)
    para(d, "平台基本情况汇总表", bold=True, size=16, center=True)
    table(d, [["项目", "填报内容"]] + [[summary_label_printed(label), m.summary_cells[label]] for label in SUMMARY])
    save_docx(d, path)


# ------------------------------------------------------------------------------------------ 附件5 承诺
def commitment_scan(m: Model, path: Path, key: str, seed: int) -> None:
    S = m.spec
    pdf = Pdf("真实性承诺", footer_numbers=False)
    pdf.page(("p", "附件5", 12), ("gap", 10), ("center", "真实性承诺", 20), ("gap", 14),
             ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                   "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 13),
             ("p", "特此承诺。", 13), ("gap", 40), ("p", f"申报单位：{S['company']}（盖章）", 13),
             ("p", f"法定代表人：{S['corp']['legal']}（签章）", 13), ("gap", 10), ("p", "2024年7月16日", 13))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(scan_pdf(pdf.bytes(), key, seed, {1: S["company"]}, scale=1.2))
