"""Package model and the renderers shared by all h17 packages (申报表, 汇总表, 承诺, 联系人表, 申报书)."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from openpyxl.styles import Alignment, Border, Font, Side

import lib
from notice import A4_LABELS, DETAIL, LIST6

ROOT = Path(__file__).resolve().parent
REV_KEYS = ("2021", "2022", "2023")


class Pkg:
    def __init__(self, pid, list_no, desc, layout):
        self.pid = pid
        self.list_no = list_no
        self.listed, self.company, self.p2023 = LIST6[list_no]
        self.desc = desc
        self.layout = layout
        self.dir = ROOT / "packages" / pid
        self.D: dict = {}          # 附件4 label -> normalized declared value (as in the 申报表)
        self.TXT: dict = {}        # label/内容 -> cell text in the 申报表 (overrides the default formatting)
        self.RV: dict = {}         # label -> value as a reviewer writes it (default = formatted D)
        self.SV: dict = {}         # label -> text in the applicant's 汇总表 (default = 申报表 text)
        self.files: dict = {}
        self.facts: list = []
        self.problems: list = []
        self.secrets: list = []
        self.comma = False
        self.info: dict = {}       # 企业基本情况 / 平台基本情况 texts

    # ------------------------------------------------------------------ values
    def default_text(self, label, comma=None):
        v = self.D.get(label)
        comma = self.comma if comma is None else comma
        if label == "平台近三年经营指标情况":
            return "；".join(f"{y}年平台营收{v[y + '年平台营收（万元）']:.2f}万元/增长率{v[y + '年增长率（%）']:.2f}%" for y in REV_KEYS)
        if label == "平台订单数量(近一年总量)（个）" and isinstance(v, dict):
            return "；".join(f"{k}：{n}个" for k, n in v.items())
        if v is None:
            return ""
        if isinstance(v, bool):
            return "是" if v else "否"
        if isinstance(v, int):
            return f"{v:,}" if comma else str(v)
        if isinstance(v, float):
            return f"{v:,.2f}" if comma else f"{v:.2f}"
        if isinstance(v, dict):
            return "、".join(f"{k}：{n:,}" if comma else f"{k}：{n}" for k, n in v.items())
        return str(v)

    def form_text(self, key):
        if key in self.TXT:
            return self.TXT[key]
        if key in self.D:
            return self.default_text(key)
        return self.info.get(key, "")

    def reviewer_value(self, label):
        if label in self.RV:
            return self.RV[label]
        return self.default_text(label, comma=False)

    def summary_text(self, label):
        if label in self.SV:
            return self.SV[label]
        if isinstance(self.D.get(label), bool):
            return "是" if self.D[label] else "否"
        return self.form_text(label) if label in self.TXT else self.default_text(label, comma=False)

    # ------------------------------------------------------------------ truth
    def fact(self, label, value, unit, normalized, file, page, quote=None, row="", col="", comp="", image=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row, column_label=col,
                               component=comp, image_only=image))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))

    def add_file(self, rel, role):
        self.files[rel] = role
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def write_truth(self):
        rows = []
        for label in A4_LABELS:
            norm = self.D.get(label)
            rows.append(dict(label=label, value=self.reviewer_value(label) if norm is not None else "", normalized=norm))
        truth = dict(schema_version=1, package_id=self.pid, description=self.desc, path=f"packages/{self.pid}",
                     delivery="folder",
                     platform=dict(list_no=self.list_no, listed_name=self.listed, company=self.company,
                                   declared_name=self.D["平台名称"], participated_2023=self.p2023),
                     layout=self.layout, files=dict(sorted(self.files.items())), secrets=self.secrets,
                     summary_rows=rows, evidence_facts=self.facts, problems=self.problems)
        out = ROOT / "truth" / f"{self.pid}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ====================================================================== 申报表 (DOCX)
def _cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(str(text))
    r.bold = bold
    r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def form_docx(pkg: Pkg, path: Path, proof_col: dict, east="仿宋_GB2312", merge_levels=True):
    doc = Document()
    lib.docx_set_font(doc, east=east, size=10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
    lib.docx_fixed_props(doc, pkg.info.get("联系人", ""))
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("上海市工业互联网平台应用水平评价\n申报表")
    r.bold = True
    r.font.size = Pt(20)
    for k, v in [("申报年度", "2024 年度"), ("平台名称", pkg.D["平台名称"]), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", pkg.D["联系人姓名"]), ("联系人电话", pkg.D["联系人手机号"])]:
        p = doc.add_paragraph(f"{k}：{v}")
        p.paragraph_format.left_indent = Cm(3)
    doc.add_paragraph(pkg.info.get("填表日期", "2024年7月16日")).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_page_break()

    doc.add_heading("一、企业基本情况", level=2)
    i = pkg.info
    tb = doc.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    pairs = [("单位（企业）名称", pkg.company, "单位（企业）代码", i["信用代码"]),
             ("成立日期", i["成立日期"], "注册地及所在行政区", i["注册地"]),
             ("企业类型", i["企业类型"], "注册资本", i["注册资本"]),
             ("主营业务", i["主营业务"], "法定代表人", i["法定代表人"]),
             ("联系人", pkg.D["联系人姓名"], "职务", i["职务"]),
             ("联系人手机", pkg.D["联系人手机号"], "电子邮箱", pkg.D["联系人电子邮箱"]),
             ("传真", i.get("传真", "—"), "股权结构", i["股权结构"])]
    for a, b, c, d in pairs:
        cells = tb.add_row().cells
        _cell(cells[0], a, True)
        _cell(cells[1], b)
        _cell(cells[2], c, True)
        _cell(cells[3], d)
    doc.add_paragraph("申报单位上一年度经营状况（2023 年）")
    tb = doc.add_table(rows=2, cols=6)
    tb.style = "Table Grid"
    for j, h in enumerate(["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"]):
        _cell(tb.rows[0].cells[j], h, True, 8.5)
        _cell(tb.rows[1].cells[j], i["经营"][j], False, 9)

    doc.add_heading("二、平台基本情况", level=2)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    rev = pkg.D["平台近三年经营指标情况"]
    rev_txt = pkg.TXT.get("平台近三年经营指标情况") or "\n".join(
        f"{y} 年平台营收 {rev[y + '年平台营收（万元）']:.2f} 万元/增长率 {rev[y + '年增长率（%）']:.2f} %" for y in REV_KEYS)
    for a, b in [("平台名称", pkg.form_text("平台名称")), ("建设时间", i["建设时间文字"]),
                 ("平台建设金额（万元）", pkg.form_text("平台建设金额（万元）")),
                 ("平台近三年经营指标情况", rev_txt + "\n注：此处数据为平台相关收益单列，非整个公司财务数据。"),
                 ("平台建设方式", i["建设方式文字"]), ("平台运营模式", i["运营模式文字"]), ("IaaS 基础设施", i["IaaS文字"]),
                 ("部署方式", i["部署方式文字"]),
                 ("平台网址", f"{pkg.D['平台网址']}\n演示账号：{i['账号']}  密码：{i['密码']}"),
                 ("平台基本情况介绍", i["平台基本情况介绍"]), ("平台建设成效", i["平台建设成效"])]:
        cells = tb.add_row().cells
        _cell(cells[0], a, True)
        _cell(cells[1], b)
    doc.add_page_break()

    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        _cell(tb.rows[0].cells[j], h, True, 9, "c")
    for l1, l2, l3, items in DETAIL:
        start = len(tb.rows)
        for content, key in items:
            cells = tb.add_row().cells
            _cell(cells[3], content, size=8.5)
            _cell(cells[4], pkg.form_text(key), size=8.5)
            _cell(cells[5], proof_col.get(key, ""), size=8)
        end = len(tb.rows) - 1
        c3 = tb.cell(start, 2).merge(tb.cell(end, 2)) if merge_levels and end > start else tb.cell(start, 2)
        _cell(c3, l3, size=8.5)
        _cell(tb.cell(start, 1), l2, size=8.5)
        _cell(tb.cell(start, 0), l1, size=8.5)
    # merge level-1/2 columns over their spans
    if merge_levels:
        for col in (0, 1):
            r = 1
            while r < len(tb.rows):
                txt = tb.cell(r, col).text
                r2 = r
                while r2 + 1 < len(tb.rows) and tb.cell(r2 + 1, col).text in ("", txt):
                    if tb.cell(r2 + 1, col).text == txt or tb.cell(r2 + 1, col).text == "":
                        r2 += 1
                    else:
                        break
                if r2 > r:
                    for k in range(r + 1, r2 + 1):
                        _cell(tb.cell(k, col), "")
                    _cell(tb.cell(r, col).merge(tb.cell(r2, col)), txt, size=8.5)
                r = r2 + 1
    for note in pkg.info.get("表后说明", []):
        doc.add_paragraph(note).runs[0].font.size = Pt(9)
    doc.save(path)
    lib.normalize_zip(path)


def form_xlsx(pkg: Pkg, path: Path, proof_col: dict):
    wb = openpyxl.Workbook()
    lib.xlsx_fixed_props(wb, pkg.info.get("联系人", ""))
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "企业及平台基本情况"
    i = pkg.info
    rows = [["上海市工业互联网平台应用水平评价申报表（2024年度）"], [],
            ["一、企业基本情况"], ["单位（企业）名称", pkg.company, "单位（企业）代码", i["信用代码"]],
            ["成立日期", i["成立日期"], "注册地及所在行政区", i["注册地"]], ["企业类型", i["企业类型"], "注册资本", i["注册资本"]],
            ["主营业务", i["主营业务"], "法定代表人", i["法定代表人"]], ["联系人", pkg.D["联系人姓名"], "职务", i["职务"]],
            ["联系人手机", pkg.D["联系人手机号"], "电子邮箱", pkg.D["联系人电子邮箱"]], ["股权结构", i["股权结构"]],
            ["申报单位上一年度经营状况（2023 年）"],
            ["总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"], list(i["经营"]),
            [], ["二、平台基本情况"], ["平台名称", pkg.form_text("平台名称")], ["建设时间", i["建设时间文字"]],
            ["平台建设金额（万元）", pkg.form_text("平台建设金额（万元）")]]
    rev = pkg.D["平台近三年经营指标情况"]
    for y in REV_KEYS:
        rows.append([f"{y}年平台营收（万元）", rev[y + "年平台营收（万元）"], f"{y}年增长率（%）", rev[y + "年增长率（%）"]])
    rows += [["平台建设方式", i["建设方式文字"]], ["平台运营模式", i["运营模式文字"]], ["IaaS 基础设施", i["IaaS文字"]],
             ["部署方式", i["部署方式文字"]], ["平台网址", f"{pkg.D['平台网址']}（演示账号 {i['账号']} / 密码 {i['密码']}）"],
             ["平台基本情况介绍", i["平台基本情况介绍"]], ["平台建设成效", i["平台建设成效"]]]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
            if isinstance(c.value, float):
                c.number_format = "#,##0.00"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 20
    ws.column_dimensions["D"].width = 30
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for l1, l2, l3, items in DETAIL:
        first = ws2.max_row + 1
        for content, key in items:
            v = pkg.form_text(key)
            d = pkg.D.get(key)
            if key not in pkg.TXT and isinstance(d, (int, float)) and not isinstance(d, bool):
                v = d
            ws2.append(["", "", "", content, v, proof_col.get(key, "")])
        last = ws2.max_row
        ws2.cell(first, 3, l3)
        ws2.cell(first, 2, l2)
        ws2.cell(first, 1, l1)
        if last > first:
            ws2.merge_cells(start_row=first, start_column=3, end_row=last, end_column=3)
    for row in ws2.iter_rows():
        for c in row:
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="center")
            if isinstance(c.value, float):
                c.number_format = "0.00"
            elif isinstance(c.value, int):
                c.number_format = "#,##0"
    for col, w in zip("ABCDEF", (14, 16, 18, 40, 46, 22)):
        ws2.column_dimensions[col].width = w
    wb.save(path)
    lib.normalize_zip(path)


def form_scan(pkg: Pkg, out: Path, seed: int, tmp: Path):
    """Stamped scan of the signed 申报表 (cover, 一、二 and the 指标明细表)."""
    doc = lib.PdfDoc(tmp, footer_numbers=True)
    doc.new_page()
    doc.space(120)
    doc.title("上海市工业互联网平台应用水平评价", 20)
    doc.title("申 报 表", 22, gap=60)
    for k, v in [("申报年度", "2024 年度"), ("平台名称", pkg.D["平台名称"]), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", pkg.D["联系人姓名"]), ("联系人电话", pkg.D["联系人手机号"])]:
        doc.text(f"{k}：{v}", size=13, indent=60, gap=12)
    doc.space(80)
    doc.text("上海市经济和信息化委员会制", size=12, align="center")
    doc.text(pkg.info.get("填表日期", "2024年7月16日"), size=12, align="center")
    doc.new_page()
    doc.text("一、企业基本情况", size=12, font=lib.HEI)
    i = pkg.info
    doc.table([["项目", "内容", "项目", "内容"], ["单位（企业）名称", pkg.company, "单位（企业）代码", i["信用代码"]],
               ["成立日期", i["成立日期"], "注册地", i["注册地"]], ["企业类型", i["企业类型"], "注册资本", i["注册资本"]],
               ["法定代表人", i["法定代表人"], "联系人", pkg.D["联系人姓名"]]], [2, 3, 2, 3])
    doc.table([["总资产（万元）", "主营业务收入（万元）", "增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）"], list(i["经营"])],
              [1, 1, 1, 1, 1, 1], size=8)
    doc.text("二、平台基本情况", size=12, font=lib.HEI)
    rev = pkg.TXT.get("平台近三年经营指标情况") or "\n".join(
        f"{y}年平台营收{pkg.D['平台近三年经营指标情况'][y + '年平台营收（万元）']:.2f}万元/增长率"
        f"{pkg.D['平台近三年经营指标情况'][y + '年增长率（%）']:.2f}%" for y in REV_KEYS)
    doc.table([["项目", "内容"], ["平台名称", pkg.form_text("平台名称")], ["建设时间", i["建设时间文字"]],
               ["平台建设金额（万元）", pkg.form_text("平台建设金额（万元）")], ["平台近三年经营指标情况", rev],
               ["建设方式 / 运营模式", i["建设方式文字"] + "；" + i["运营模式文字"]], ["部署方式", i["部署方式文字"]]], [2, 6])
    doc.new_page()
    doc.text("三、指标明细表", size=12, font=lib.HEI)
    rows = [["三级指标", "内容", "平台实际情况"]]
    for _l1, _l2, l3, items in DETAIL:
        for content, key in items:
            txt = pkg.form_text(key)
            if len(txt) > 90:
                txt = txt[:88] + "……"
            rows.append([l3, content, txt])
    pages = doc.long_table(rows, [1.3, 2.6, 4.5], size=7.5)
    doc.save()
    s = lib.seal(pkg.company, seed=seed)
    n_pages = pages[-1]
    lib.scan_pdf(tmp, out, seed, {0: [(s, (0.62, 0.52))], n_pages - 1: [(s, (0.70, 0.80))]})
    tmp.unlink()


# ====================================================================== 汇总表
def summary_xlsx(pkg: Pkg, path: Path, horizontal=False, numbers_as_numbers=True):
    wb = openpyxl.Workbook()
    lib.xlsx_fixed_props(wb, pkg.info.get("联系人", ""))
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    labels = list(A4_LABELS)
    shown = {"平台是否建立安全管理体系": "平台是否建立安全管理体系（是/否）",
             "有否定期开展第三方安全测试/测评": "有否定期开展第三方安全测试/测评（是/否）",
             "有否定期进行安全扫描": "有否定期进行安全扫描（是/否）"}

    def val(label):
        t = pkg.summary_text(label)
        d = pkg.D.get(label)
        if numbers_as_numbers and label not in pkg.SV and isinstance(d, (int, float)) and not isinstance(d, bool) \
                and label not in pkg.TXT:
            return d
        return t

    if horizontal:
        ws.append(["附件4  平台基本情况汇总表"])
        ws.append([shown.get(l, l) for l in labels])
        ws.append([val(l) for l in labels])
    else:
        ws.append(["附件4", "平台基本情况汇总表"])
        ws.append(["项目", "填报内容"])
        for l in labels:
            ws.append([shown.get(l, l), val(l)])
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 70
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
            if isinstance(c.value, float):
                c.number_format = "0.00"
    wb.save(path)
    lib.normalize_zip(path)


def summary_docx(pkg: Pkg, path: Path):
    doc = Document()
    lib.docx_set_font(doc, east="宋体", size=10)
    lib.docx_fixed_props(doc, pkg.info.get("联系人", ""))
    doc.add_paragraph("附件4").runs[0].bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("平台基本情况汇总表")
    r.bold = True
    r.font.size = Pt(16)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for l in A4_LABELS:
        cells = tb.add_row().cells
        _cell(cells[0], l, size=9)
        _cell(cells[1], pkg.summary_text(l), size=9)
    doc.save(path)
    lib.normalize_zip(path)


# ====================================================================== 承诺, 联系人表
def commitment(pkg: Pkg, out: Path, seed: int, tmp: Path, date_text: str, scan=True):
    body = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    if not scan:
        doc = Document()
        lib.docx_set_font(doc, east="仿宋_GB2312", size=14)
        lib.docx_fixed_props(doc, pkg.info.get("联系人", ""))
        doc.add_paragraph("附件5")
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("真实性承诺").bold = True
        doc.add_paragraph("    " + body)
        doc.add_paragraph("    特此承诺。")
        for t in (f"申报单位：{pkg.company}（盖章）", f"法定代表人：{pkg.info['法定代表人']}（签章）", date_text):
            doc.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        doc.save(out)
        lib.normalize_zip(out)
        return
    doc = lib.PdfDoc(tmp, footer_numbers=False)
    doc.new_page()
    doc.text("附件5", size=12, font=lib.HEI)
    doc.space(30)
    doc.title("真实性承诺", 20, gap=40)
    doc.text("    " + body, size=14, gap=12)
    doc.text("    特此承诺。", size=14, gap=60)
    doc.text(f"申报单位：{pkg.company}（盖章）", size=14, indent=150, gap=18)
    doc.text(f"法定代表人：{pkg.info['法定代表人']}（签章）", size=14, indent=150, gap=18)
    doc.text(date_text, size=14, indent=230)
    doc.save()
    s = lib.seal(pkg.company, seed=seed + 7)
    lib.scan_pdf(tmp, out, seed, {0: [(s, (0.66, 0.60))]})
    tmp.unlink()


def contact_docx(pkg: Pkg, path: Path):
    doc = Document()
    lib.docx_set_font(doc, east="仿宋_GB2312", size=12)
    lib.docx_fixed_props(doc, pkg.info.get("联系人", ""))
    doc.add_paragraph("附件1")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("联系人信息反馈表").bold = True
    doc.add_paragraph("一、联系人信息反馈")
    tb = doc.add_table(rows=3, cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱", ""]):
        _cell(tb.rows[0].cells[j], h, True)
    i = pkg.info
    for r, row in enumerate([["联系人（主）", pkg.D["联系人姓名"], pkg.company, i["职务"], pkg.D["联系人手机号"], pkg.D["联系人电子邮箱"], ""],
                             ["联系人（备用）", i["备用联系人"][0], pkg.company, i["备用联系人"][1], i["备用联系人"][2], i["备用联系人"][3], ""]], 1):
        for j, v in enumerate(row):
            _cell(tb.rows[r].cells[j], v)
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{pkg.D['评审会现场地址信息']}")
    doc.save(path)
    lib.normalize_zip(path)


# ====================================================================== 申报书 (DOCX)
def book_docx(pkg: Pkg, path: Path, sections: list[tuple[str, list]], east="宋体"):
    """sections: [(heading, [paragraph str | ('table', rows) | ('h3', text)])]"""
    doc = Document()
    lib.docx_set_font(doc, east=east, size=12)
    lib.docx_fixed_props(doc, pkg.info.get("联系人", ""))
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("上海市工业互联网平台应用水平评价\n申报书")
    r.bold = True
    r.font.size = Pt(20)
    for k, v in [("申报年度", "2024 年度"), ("平台名称", pkg.D["平台名称"]), ("申报单位", pkg.company + "（公章）"),
                 ("联 系 人", pkg.D["联系人姓名"]), ("联系人电话", pkg.D["联系人手机号"])]:
        doc.add_paragraph(f"{k}：{v}").paragraph_format.left_indent = Cm(3)
    doc.add_paragraph("上海市经济和信息化委员会制").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()
    for heading, paras in sections:
        doc.add_heading(heading, level=1)
        for para in paras:
            if isinstance(para, tuple) and para[0] == "table":
                rows = para[1]
                tb = doc.add_table(rows=0, cols=len(rows[0]))
                tb.style = "Table Grid"
                for ri, row in enumerate(rows):
                    cells = tb.add_row().cells
                    for j, v in enumerate(row):
                        _cell(cells[j], v, bold=(ri == 0), size=9)
                if len(para) > 2:
                    doc.add_paragraph(para[2]).runs[0].font.size = Pt(9)
            elif isinstance(para, tuple) and para[0] == "h3":
                doc.add_heading(para[1], level=2)
            else:
                doc.add_paragraph(para).paragraph_format.first_line_indent = Pt(24)
    doc.save(path)
    lib.normalize_zip(path)
