"""Package model; 申报表 / 汇总表 / 承诺 / 联系人表 / 申报书 writers; truth assembly."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from . import base
from .notice import FLOAT_ROWS, FORM_ROWS, SUMMARY_LABELS, YESNO_SUFFIX


@dataclass
class Pkg:
    id: str
    root: Path
    list_no: int
    listed_name: str
    company: str
    declared_name: str
    part2023: bool
    info: dict
    decl: dict
    texts: dict
    cell: dict = field(default_factory=dict)      # key -> 申报表 cell text override
    proof: dict = field(default_factory=dict)     # key -> 证明资料 text
    summary_cell: dict = field(default_factory=dict)  # 附件4 label -> 汇总表 cell override
    files: dict = field(default_factory=dict)
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    layout: list = field(default_factory=list)
    secrets: list = field(default_factory=list)
    description: str = ""

    def path(self, rel: str) -> Path:
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def add(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        return self.path(rel)

    def fact(self, label, value, unit, normalized, file, page, quote=None, row="", col="", component="",
             image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row, column_label=col,
                               component=component, image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.id}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))


# ----------------------------------------------------------------------------- formatting
def fnum(v, comma=False):
    if isinstance(v, float):
        return f"{v:,.2f}" if comma else f"{v:.2f}"
    return f"{v:,}" if comma else str(v)


def fdict(d, kv="：", sep="、"):
    return sep.join(f"{k}{kv}{v}" for k, v in d.items())


def revenue_text(p: Pkg, sep="；"):
    r = p.decl["_rev"]
    g = p.decl["_growth"]
    return sep.join(f"{y}年平台营收{r[y]:.2f}万元/增长率{g[y]:.2f}%" for y in (2021, 2022, 2023))


def orders_text(o):
    return f"2023年自然年：{o['2023年自然年']}个；截至填表日前一年：{o['截至填表日前一年']}个"


def summary_value(p: Pkg, label: str):
    """(reviewer string, normalized) for a 附件4 row, from the 申报表 declared values."""
    d = p.decl
    if label == "平台近三年经营指标情况":
        r, g = d["_rev"], d["_growth"]
        norm = {}
        for y in (2021, 2022, 2023):
            norm[f"{y}年平台营收（万元）"] = r[y]
            norm[f"{y}年增长率（%）"] = g[y]
        return revenue_text(p), norm
    v = d.get(label)
    if v is None:
        return "", None
    if label == "平台订单数量(近一年总量)（个）":
        return orders_text(v), dict(v)
    if label == "平台是否服务上海智能工厂，数量":
        return (f"是，{v}家" if v else "否"), v
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return v[0], v[1]
    if isinstance(v, bool):
        return ("是" if v else "否"), v
    if isinstance(v, dict):
        return fdict(v), dict(v)
    if isinstance(v, (int, float)):
        return fnum(v), v
    return str(v), str(v)


def form_cell(p: Pkg, key: str) -> str:
    if key in p.cell:
        return p.cell[key]
    if key.startswith("T:"):
        return p.texts.get(key, "")
    if key == "平台订单数量(近一年总量)（个）":
        return orders_text(p.decl[key])
    val, _ = summary_value(p, key)
    return val


def summary_cell(p: Pkg, label: str) -> str:
    if label in p.summary_cell:
        return p.summary_cell[label]
    info = p.info
    fixed = {"序号": str(p.list_no), "企业名称": p.company, "平台名称": p.declared_name, "平台性质": info["平台性质"],
             "联系人姓名": info["联系人"], "联系人手机号": info["手机"], "联系人电子邮箱": info["邮箱"],
             "评审会现场地址信息": info["评审地址"], "平台网址": info["网址"], "建设时间": info["建设时间4"],
             "平台建设方式": info["建设方式"], "平台运营模式": info["运营模式"], "部署方式": info["部署方式"]}
    if label in fixed:
        return fixed[label]
    if label == "平台近三年经营指标情况":
        return revenue_text(p, sep="\n")
    return summary_value(p, label)[0]


def summary_rows(p: Pkg) -> list[dict]:
    info = p.info
    rows = []
    for label in SUMMARY_LABELS:
        fixed = {"序号": (str(p.list_no), p.list_no), "企业名称": (p.company, p.company),
                 "平台名称": (p.declared_name, p.declared_name), "平台性质": (info["平台性质"], info["平台性质"]),
                 "联系人姓名": (info["联系人"],) * 2, "联系人手机号": (info["手机"],) * 2, "联系人电子邮箱": (info["邮箱"],) * 2,
                 "评审会现场地址信息": (info["评审地址"],) * 2, "平台网址": (info["网址"],) * 2,
                 "建设时间": (info["建设时间4"],) * 2, "平台建设金额（万元）": (fnum(d := p.decl["平台建设金额（万元）"]), d),
                 "平台建设方式": (info["建设方式_truth"],) * 2, "平台运营模式": (info["运营模式"],) * 2,
                 "部署方式": (info["部署方式"],) * 2}
        if label in fixed:
            v, n = fixed[label]
        else:
            v, n = summary_value(p, label)
        rows.append({"label": label, "value": v, "normalized": n})
    return rows


# ----------------------------------------------------------------------------- DOCX helpers
def new_doc(font="宋体", size=10.5, margins_cm=(2.5, 2.2, 2.5, 2.2)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.top_margin, s.left_margin, s.bottom_margin, s.right_margin = (Cm(x) for x in margins_cm)
    cp = doc.core_properties
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.title = ""
    cp.revision = 3
    return doc


def para(doc, text, bold=False, size=None, align=None, indent=False, font=None, color=None, space_after=None):
    pp = doc.add_paragraph()
    if indent:
        pp.paragraph_format.first_line_indent = Pt((size or 10.5) * 2)
    if align == "c":
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        pp.paragraph_format.space_after = Pt(space_after)
    run = pp.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font
        run.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if color:
        run.font.color.rgb = RGBColor(*color)
    return pp


def set_cell(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    lines = str(text).split("\n")
    pp = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            pp = cell.add_paragraph()
        r = pp.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "c":
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx_table(doc, rows, widths_cm=None, header=True, size=9, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(header and i == 0), size=size, align="c" if header and i == 0 else None)
    if widths_cm:
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


def save_docx(doc, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    base.normalize_zip(path)


def save_xlsx(wb, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "user"
    wb.save(str(path))
    base.normalize_zip(path)


# ----------------------------------------------------------------------------- 申报表
def _cover_lines(p: Pkg):
    i = p.info
    return [("申报年度：", "2024年度"), ("平台名称：", p.declared_name), ("申报单位：", p.company + "（公章）"),
            ("联 系 人：", i["联系人"]), ("联系人电话：", i["手机"])]


def company_table_rows(p: Pkg):
    i = p.info
    rows = [["单位（企业）名称", p.company, "单位（企业）代码", i["信用代码"]],
            ["成立日期", i["成立日期"], "注册地及所在行政区", i["注册地"]],
            ["企业类型", i["企业类型"], "注册资本", i["注册资本"]],
            ["主营业务", i["主营业务"], "", ""],
            ["法定代表人", i["法人"], "联系人 / 职务", f"{i['联系人']} / {i['职务']}"],
            ["联系人手机", i["手机"], "传真 / 电子邮箱", f"{i['传真']} / {i['邮箱']}"],
            ["股权结构", "发起人及出资信息", "金额", "持股比例"]]
    for who, amt, pct in i["股东"]:
        rows.append(["", who, amt, pct])
    rows.append(["申报单位上一年度经营状况（2023年）", "", "", ""])
    e = i["经营"]
    rows.append(["总资产（万元）", e["总资产"], "主营业务收入（万元）", e["主营业务收入"]])
    rows.append(["主营业务收入增长率（%）", e["增长率"], "负债率（%）", e["负债率"]])
    rows.append(["利润总额（万元）", e["利润总额"], "税金（万元）", e["税金"]])
    return rows


def platform_table_rows(p: Pkg):
    i = p.info
    checks = lambda opts, chosen: "  ".join(("☑" if o in chosen else "□") + o for o in opts)
    build = checks(["自建", "合作共建"], [i["建设方式"].split("，")[0].split("（")[0]])
    if i.get("合作企业"):
        build += f"，合作企业名称（必填）：{i['合作企业']}"
    elif i["建设方式"].startswith("合作共建"):
        build += "，合作企业名称（必填）：________"
    iaas = checks(["自建", "租用"], [i["IaaS"]])
    if i["IaaS"] == "租用":
        iaas += f"，服务商名称（必填）：{i.get('IaaS服务商', '')}"
    return [
        ["平台名称", p.declared_name],
        ["建设时间", i["建设时间"]],
        ["平台建设金额（万元）", fnum(p.decl["平台建设金额（万元）"])],
        ["平台近三年经营指标情况", revenue_text(p, sep="\n") + "\n注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"],
        ["平台建设方式", build],
        ["平台运营模式", checks(["自运营", "联合运营", "委托运营"], [i["运营模式"]])],
        ["IaaS基础设施", iaas],
        ["部署方式", checks(["边缘侧", "私有云", "公有云", "混合云"], i["部署方式"].split("、"))],
        ["平台网址", f"{i['网址']}\n测试账号：{i['账号']}  密码：{i['密码']}"],
        ["平台基本情况介绍", p.texts["基本情况介绍"]],
        ["平台建设成效", p.texts["建设成效"]],
    ]


def write_form_docx(p: Pkg, rel: str, variant: dict):
    """variant: font, merge_levels, order ('actual-proof'|'proof-actual'), unit_suffix(bool), seq(bool)."""
    path = p.add(rel, "申报表")
    doc = new_doc(font=variant.get("font", "宋体"), size=10.5)
    for _ in range(3):
        para(doc, "")
    para(doc, "上海市工业互联网平台应用水平评价", bold=True, size=20, align="c")
    para(doc, "申报表", bold=True, size=26, align="c")
    for _ in range(3):
        para(doc, "")
    for k, v in _cover_lines(p):
        para(doc, f"{k}{v}", size=14)
    for _ in range(4):
        para(doc, "")
    para(doc, "上海市经济和信息化委员会制", size=12, align="c")
    para(doc, p.info["填表日期"], size=12, align="c")
    doc.add_page_break()
    para(doc, "一、企业基本情况", bold=True, size=14)
    t = docx_table(doc, company_table_rows(p), [3.2, 5.3, 3.2, 4.6], header=False, size=9.5)
    para(doc, "")
    para(doc, "二、平台基本情况", bold=True, size=14)
    docx_table(doc, platform_table_rows(p), [3.4, 12.9], header=False, size=9.5)
    doc.add_page_break()
    para(doc, "三、上海市工业互联网平台应用水平评价指标明细表", bold=True, size=14)
    para(doc, "（请依据此表后附的填报指引填写！）", size=9)
    order = variant.get("order", "actual-proof")
    head = ["一级指标", "二级指标", "三级指标", "内容"]
    head += ["平台实际情况", "证明资料"] if order == "actual-proof" else ["证明资料", "平台实际情况"]
    if variant.get("seq"):
        head = ["序号"] + head
    rows = [head]
    for n, (l1, l2, l3, content, key) in enumerate(FORM_ROWS, 1):
        actual = form_cell(p, key)
        if variant.get("unit_suffix") and key in p.decl and isinstance(p.decl.get(key), (int, float)) \
                and not isinstance(p.decl.get(key), bool):
            unit = re.search(r"（([^（）]*)）$", key)
            if unit and unit.group(1) not in ("%",):
                actual = actual + unit.group(1).replace("台/套", "台（套）")
            elif unit:
                actual = actual + "%"
        proof = p.proof.get(key, "")
        row = [l1, l2, l3, content] + ([actual, proof] if order == "actual-proof" else [proof, actual])
        if variant.get("seq"):
            row = [str(n)] + row
        rows.append(row)
    widths = [1.6, 1.8, 2.0, 4.0, 5.2, 2.6] if not variant.get("seq") else [0.9, 1.5, 1.7, 1.9, 3.8, 5.0, 2.4]
    t = docx_table(doc, rows, widths, header=True, size=8.5)
    if variant.get("merge_levels", True):
        off = 1 if variant.get("seq") else 0
        for col in range(off, off + 3):
            start = 1
            for r in range(2, len(rows) + 1):
                if r == len(rows) or rows[r][col] != rows[start][col]:
                    if r - 1 > start:
                        text = rows[start][col]
                        merged = t.cell(start, col).merge(t.cell(r - 1, col))
                        set_cell(merged, text, size=8.5)
                    start = r
    para(doc, "")
    para(doc, f"申报单位（盖章）：{p.company}", size=11)
    para(doc, f"日期：{p.info['填表日期']}", size=11)
    save_docx(doc, path)
    return rows


def write_form_scan(p: Pkg, rel: str, rows, seed: int, seal):
    """A stamped, scanned print of the 申报表 (image-only PDF)."""
    path = p.add(rel, "申报表扫描件")
    st = base.styles("WQY", 10)
    tmp = path.with_suffix(".tmp.pdf")
    cover = [Spacer(1, 40 * mm), Paragraph("上海市工业互联网平台应用水平评价", st["h"]),
             Paragraph("申 报 表", base.ParagraphStyle("x", parent=st["h"], fontSize=26, leading=36)),
             Spacer(1, 25 * mm)]
    for k, v in _cover_lines(p):
        cover.append(Paragraph(base.esc(f"{k}{v}"), base.ParagraphStyle("cv", parent=st["p"], fontSize=13, leading=26,
                                                                          leftIndent=30 * mm)))
    cover += [Spacer(1, 35 * mm), Paragraph("上海市经济和信息化委员会制", st["c"]), Paragraph(p.info["填表日期"], st["c"])]
    pg2 = [Paragraph("一、企业基本情况", st["h2"]),
           base.table(company_table_rows(p), [32 * mm, 53 * mm, 36 * mm, 45 * mm], st, header_rows=0),
           Spacer(1, 4 * mm), Paragraph("二、平台基本情况", st["h2"]),
           base.table(platform_table_rows(p), [32 * mm, 134 * mm], st, header_rows=0)]
    body = [Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", st["h2"])]
    ncol = len(rows[0])
    widths = ([14, 16, 20, 36, 52, 28] if ncol == 6 else [8, 13, 14, 18, 34, 50, 29])
    tbl = base.table(rows, [w * mm for w in widths], st)
    tbl.repeatRows = 1
    body.append(tbl)
    body += [Spacer(1, 8 * mm), Paragraph(base.esc(f"申报单位（盖章）：{p.company}"), st["p"]),
             Paragraph(base.esc(f"日期：{p.info['填表日期']}"), st["p"])]
    base.build_pdf(tmp, [cover, pg2, body], font="WQY")
    n = len(base.pdfium.PdfDocument(str(tmp)))
    seals = {0: [(seal, (0.62, 0.47))], n - 1: [(seal, (0.40, 0.0))]}
    # last-page seal lands near the signature line: find the fraction roughly at the end of the content
    imgs = base.render_pdf(tmp, 1.3)
    last = imgs[-1].convert("L")
    import numpy as np
    arr = np.asarray(last)
    ys = np.where(arr.min(axis=1) < 128)[0]
    ys = ys[ys < arr.shape[0] - 60]
    yfrac = (ys.max() / arr.shape[0]) if len(ys) else 0.5
    seals[n - 1] = [(seal, (0.42, max(0.15, yfrac - 0.02)))]
    imgs = base.scan_pages(imgs, seed, seals)
    base.images_to_pdf(path, imgs, quality=62)
    tmp.unlink()


def write_form_xlsx(p: Pkg, rel: str):
    """申报表 as a workbook (finance department style): 封面 / 企业基本情况 / 平台基本情况 / 指标明细表."""
    path = p.add(rel, "申报表")
    wb = openpyxl.Workbook()
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "封面"
    ws["B3"] = "上海市工业互联网平台应用水平评价申报表"
    ws["B3"].font = Font(size=18, bold=True)
    for i, (k, v) in enumerate(_cover_lines(p)):
        ws.cell(6 + i, 2, k)
        ws.cell(6 + i, 3, v)
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 60
    ws2 = wb.create_sheet("企业基本情况")
    for r, row in enumerate(company_table_rows(p), 1):
        for c, v in enumerate(row, 1):
            cell = ws2.cell(r, c, v)
            cell.border = bd
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCD", (24, 40, 22, 30)):
        ws2.column_dimensions[col].width = w
    ws3 = wb.create_sheet("平台基本情况")
    for r, row in enumerate(platform_table_rows(p), 1):
        for c, v in enumerate(row, 1):
            cell = ws3.cell(r, c, v)
            cell.border = bd
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws3.column_dimensions["A"].width = 22
    ws3.column_dimensions["B"].width = 100
    ws4 = wb.create_sheet("指标明细表")
    head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for c, v in enumerate(head, 1):
        cell = ws4.cell(1, c, v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = bd
    for r, (l1, l2, l3, content, key) in enumerate(FORM_ROWS, 2):
        val = p.decl.get(key) if not key.startswith("T:") else None
        actual = form_cell(p, key)
        if key not in p.cell and isinstance(val, (int, float)) and not isinstance(val, bool):
            actual = val  # numbers stored as numbers
        for c, v in enumerate([l1, l2, l3, content, actual, p.proof.get(key, "")], 1):
            cell = ws4.cell(r, c, v)
            cell.border = bd
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if c == 5 and isinstance(v, float):
                cell.number_format = "0.00"
    # merge level cells
    for col in (1, 2, 3):
        start = 2
        last = len(FORM_ROWS) + 2
        for r in range(3, last + 1):
            if r == last or ws4.cell(r, col).value != ws4.cell(start, col).value:
                if r - 1 > start:
                    ws4.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
                start = r
    for col, w in zip("ABCDEF", (12, 14, 16, 36, 60, 22)):
        ws4.column_dimensions[col].width = w
    save_xlsx(wb, path)


# ----------------------------------------------------------------------------- 汇总表
def write_summary_xlsx(p: Pkg, rel: str, horizontal=False, skip=()):
    path = p.add(rel, "汇总表")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    labels = [l for l in SUMMARY_LABELS if l not in skip]

    def shown(l):
        return l + (" 是/否" if l in YESNO_SUFFIX else "")

    def val(l):
        v = summary_cell(p, l)
        d = p.decl.get(l)
        if l not in p.summary_cell and isinstance(d, (int, float)) and not isinstance(d, bool) and v != "":
            return d
        if l == "序号":
            return p.list_no
        return v

    if horizontal:
        ws.cell(1, 1, "附件4  平台基本情况汇总表").font = Font(bold=True, size=14)
        for c, l in enumerate(labels, 1):
            h = ws.cell(2, c, shown(l))
            h.font = Font(bold=True)
            h.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            h.border = bd
            cell = ws.cell(3, c, val(l))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = bd
            ws.column_dimensions[get_column_letter(c)].width = 18
    else:
        ws["A1"] = "附件4"
        ws["A2"] = "平台基本情况汇总表"
        ws["A2"].font = Font(bold=True, size=15)
        ws.merge_cells("A2:B2")
        for r, l in enumerate(labels, 3):
            a = ws.cell(r, 1, shown(l))
            b = ws.cell(r, 2, val(l))
            for cc in (a, b):
                cc.border = bd
                cc.alignment = Alignment(wrap_text=True, vertical="center")
            if isinstance(b.value, float):
                b.number_format = "0.00"
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 70
    save_xlsx(wb, path)


def write_summary_docx(p: Pkg, rel: str):
    path = p.add(rel, "汇总表")
    doc = new_doc(font="仿宋", size=11)
    para(doc, "附件4", size=12)
    para(doc, "平台基本情况汇总表", bold=True, size=16, align="c")
    rows = [[l + (" 是/否" if l in YESNO_SUFFIX else ""), summary_cell(p, l)] for l in SUMMARY_LABELS]
    docx_table(doc, rows, [7.0, 9.5], header=False, size=9.5)
    save_docx(doc, path)


# ----------------------------------------------------------------------------- 承诺 / 联系人表
def commitment_story(p: Pkg, st, date_text):
    return [Spacer(1, 10 * mm), Paragraph("附件5", st["p"]), Spacer(1, 6 * mm), Paragraph("真实性承诺", st["h"]),
            Spacer(1, 10 * mm),
            Paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                      "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", st["pi"]),
            Paragraph("特此承诺。", st["pi"]), Spacer(1, 40 * mm),
            Paragraph(base.esc(f"申报单位：{p.company}（盖章）"), base.ParagraphStyle("s1", parent=st["p"], leftIndent=60 * mm)),
            Spacer(1, 8 * mm),
            Paragraph(base.esc(f"法定代表人：{p.info['法人']}（签章）"), base.ParagraphStyle("s2", parent=st["p"], leftIndent=60 * mm)),
            Spacer(1, 8 * mm),
            Paragraph(date_text, base.ParagraphStyle("s3", parent=st["p"], leftIndent=80 * mm))]


def write_commitment_scan(p: Pkg, rel: str, seed: int, seal):
    path = p.add(rel, "承诺")
    tmp = path.with_suffix(".tmp.pdf")
    st = base.styles("WQY", 13)
    base.build_pdf(tmp, [commitment_story(p, st, p.info["承诺日期"])], font="WQY", footer_numbers=False)
    imgs = base.render_pdf(tmp, 1.4)
    # handwritten-ish signature next to 法定代表人
    from PIL import ImageDraw
    im = imgs[0].convert("RGB")
    d = ImageDraw.Draw(im)
    f = base.font(40, serif=True)
    d.text((int(im.width * 0.70), int(im.height * 0.60)), p.info["法人"], font=f, fill=(30, 30, 90))
    imgs = base.scan_pages([im], seed, {0: [(seal, (0.62, 0.55))]})
    base.images_to_pdf(path, imgs, quality=65)
    tmp.unlink()


def write_commitment_docx(p: Pkg, rel: str):
    path = p.add(rel, "承诺")
    doc = new_doc(font="仿宋", size=14)
    para(doc, "附件5", size=12)
    para(doc, "真实性承诺", bold=True, size=20, align="c")
    para(doc, "")
    para(doc, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。", indent=True, size=14)
    para(doc, "特此承诺。", indent=True, size=14)
    for _ in range(4):
        para(doc, "")
    para(doc, f"申报单位：{p.company}（盖章）", align="r", size=14)
    para(doc, f"法定代表人：{p.info['法人']}（签章）", align="r", size=14)
    para(doc, p.info["承诺日期"], align="r", size=14)
    save_docx(doc, path)


def write_contact_docx(p: Pkg, rel: str):
    path = p.add(rel, "联系人表")
    i = p.info
    doc = new_doc(font="仿宋", size=11)
    para(doc, "附件1", size=12)
    para(doc, "联系人信息反馈表", bold=True, size=16, align="c")
    para(doc, "2024年度上海市工业互联网平台应用水平评价工作", align="c")
    para(doc, "一、联系人信息反馈", bold=True)
    docx_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                     ["联系人（主）", i["联系人"], p.company, i["职务"], i["手机"], i["邮箱"]],
                     ["联系人（备用）", i["备用联系人"], p.company, i["备用职务"], i["备用手机"], i["备用邮箱"]]],
               [2.3, 1.8, 4.4, 2.2, 2.6, 4.2], size=9)
    para(doc, "二、评审会现场地址信息反馈", bold=True)
    para(doc, f"具体地址*：{i['评审地址']}")
    para(doc, "*注：该场地信息将用于工作组安排后续评价工作。", size=9)
    save_docx(doc, path)


# ----------------------------------------------------------------------------- 申报书
def write_book_docx(p: Pkg, rel: str, sections: list, font="宋体"):
    """sections: list of (heading, [items]); item = str paragraph | ('h', text) | ('table', rows, widths)."""
    path = p.add(rel, "申报书")
    doc = new_doc(font=font, size=12)
    for _ in range(3):
        para(doc, "")
    para(doc, "上海市工业互联网平台应用水平评价", bold=True, size=20, align="c")
    para(doc, "申报书", bold=True, size=26, align="c")
    for _ in range(3):
        para(doc, "")
    for k, v in _cover_lines(p):
        para(doc, f"{k}{v}", size=14)
    for _ in range(3):
        para(doc, "")
    para(doc, "上海市经济和信息化委员会制", size=12, align="c")
    para(doc, p.info["填表日期"], size=12, align="c")
    doc.add_page_break()
    for heading, items in sections:
        para(doc, heading, bold=True, size=15, font="黑体")
        for it in items:
            if isinstance(it, str):
                para(doc, it, indent=True, size=12)
            elif it[0] == "h":
                para(doc, it[1], bold=True, size=12.5)
            elif it[0] == "table":
                docx_table(doc, it[1], it[2], size=9)
                para(doc, "")
    save_docx(doc, path)


def write_book_pdf(p: Pkg, rel: str, sections: list):
    path = p.add(rel, "申报书")
    st = base.styles("STSong-Light", 11)
    cover = [Spacer(1, 35 * mm), Paragraph("上海市工业互联网平台应用水平评价", st["h"]),
             Paragraph("申 报 书", base.ParagraphStyle("x", parent=st["h"], fontSize=26, leading=36)), Spacer(1, 25 * mm)]
    for k, v in _cover_lines(p):
        cover.append(Paragraph(base.esc(f"{k}{v}"), base.ParagraphStyle("cv", parent=st["p"], fontSize=13, leading=26,
                                                                          leftIndent=30 * mm)))
    cover += [Spacer(1, 35 * mm), Paragraph("上海市经济和信息化委员会制", st["c"]), Paragraph(p.info["填表日期"], st["c"])]
    body = []
    for heading, items in sections:
        body.append(Paragraph(base.esc(heading), base.ParagraphStyle("hh", parent=st["h2"], fontSize=13.5)))
        for it in items:
            if isinstance(it, str):
                body.append(Paragraph(base.esc(it), st["pi"]))
            elif it[0] == "h":
                body.append(Paragraph(base.esc(it[1]), st["h2"]))
            elif it[0] == "table":
                body.append(base.table(it[1], [w * 10 * mm for w in it[2]], st))
                body.append(Spacer(1, 3 * mm))
    base.build_pdf(path, [cover, body], font="STSong-Light", title="申报书")


# ----------------------------------------------------------------------------- truth
def write_truth(p: Pkg, out_dir: Path, rel_root: str):
    truth = {
        "schema_version": 1,
        "package_id": p.id,
        "description": p.description,
        "path": rel_root,
        "delivery": "folder",
        "platform": {"list_no": p.list_no, "listed_name": p.listed_name, "company": p.company,
                     "declared_name": p.declared_name, "participated_2023": p.part2023},
        "layout": p.layout,
        "files": dict(sorted(p.files.items())),
        "secrets": p.secrets,
        "summary_rows": summary_rows(p),
        "evidence_facts": p.facts,
        "problems": p.problems,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{p.id}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
