"""Renderers: 申报表 (DOCX/XLSX/scan), 汇总表, 申报书, 承诺, 联系人表 and the English/bilingual evidence."""
from __future__ import annotations

import random
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import kit
from formdef import basic_sections, display, indicator_rows
from kit import FONT, c0, f2, wan
from specs import LABELS

W, H = A4
ST = ParagraphStyle("n", fontName=FONT, fontSize=8.5, leading=11.5, wordWrap="CJK")
STB = ParagraphStyle("b", parent=ST, fontSize=10, leading=14)
STH = ParagraphStyle("h", parent=ST, fontSize=15, leading=22, alignment=1)
STH2 = ParagraphStyle("h2", parent=ST, fontSize=11.5, leading=17)


def _p(text, st=ST):
    return Paragraph(str(text).replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), st)


def _doc(path: Path, title: str):
    return SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                             bottomMargin=16 * mm, title=title, author="", creator="", invariant=1)


def _grid(data, widths, header=True):
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")))
    t.setStyle(TableStyle(style))
    return t


# ====================================================================== 申报表
def _docx_base():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d


def _save_docx(d, path: Path, title: str, author: str):
    kit.fix_core(d.core_properties, title, author)
    d.save(str(path))
    kit.normalize_zip(path)


def form_docx(b: dict, path: Path) -> None:
    d = _docx_base()
    sec = basic_sections(b)
    p = d.add_paragraph("上海市工业互联网平台应用水平评价")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = d.add_paragraph("申报表")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h.runs[0].bold = True
    for line in ("申报年度：2024年度", f"平台名称：{b['listed_name']}", f"申报单位：{b['company']}（公章）",
                 f"联 系 人：{b['contact'][0]}", f"联系人电话：{b['contact'][2]}", "上海市经济和信息化委员会制", "2024年7月12日"):
        d.add_paragraph(line)
    d.add_page_break()
    d.add_paragraph("一、企业基本情况").runs[0].bold = True
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    pairs = sec["company"]
    for i in range(0, len(pairs), 2):
        row = t.add_row().cells
        row[0].text, row[1].text = pairs[i]
        if i + 1 < len(pairs):
            row[2].text, row[3].text = pairs[i + 1]
    row = t.add_row().cells
    row[0].text = "股权结构"
    row[1].merge(row[3]).text = "发起人及出资信息 / 金额 / 持股比例"
    for name, amt, ratio in b["shareholders"]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = "", name, amt, ratio
    d.add_paragraph("申报单位上一年度经营状况（2023年）")
    ft = d.add_table(rows=2, cols=6)
    ft.style = "Table Grid"
    for i, (k, val) in enumerate(sec["finance"]):
        ft.rows[0].cells[i].text, ft.rows[1].cells[i].text = k, val
    d.add_paragraph("二、平台基本情况").runs[0].bold = True
    pt = d.add_table(rows=0, cols=2)
    pt.style = "Table Grid"
    for k, val in sec["platform"]:
        r = pt.add_row().cells
        r[0].text, r[1].text = k, val
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表").runs[0].bold = True
    it = d.add_table(rows=1, cols=6)
    it.style = "Table Grid"
    for c, txt in zip(it.rows[0].cells, ("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        c.text = txt
    prev = [None, None, None]
    starts = [None, None, None]
    for row in indicator_rows(b):
        cells = it.add_row().cells
        for j in range(3):
            if row[j] != prev[j]:
                cells[j].text = row[j]
                prev[j] = row[j]
                starts[j] = cells[j]
            else:
                starts[j] = starts[j].merge(cells[j])
        cells[3].text, cells[4].text, cells[5].text = row[3], row[4], row[5]
    _save_docx(d, path, "申报表", b["contact"][0])


def form_xlsx(b: dict, path: Path) -> None:
    wb = openpyxl.Workbook()
    sec = basic_sections(b)
    ws = wb.active
    ws.title = "企业基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.append(["一、企业基本情况"])
    for k, val in sec["company"]:
        ws.append([k, val])
    ws.append(["股权结构", "发起人及出资信息", "金额", "持股比例"])
    for name, amt, ratio in b["shareholders"]:
        ws.append(["", name, amt, ratio])
    ws.append(["申报单位上一年度经营状况（2023年）"])
    ws.append([k for k, _ in sec["finance"]])
    ws.append([float(val) for _, val in sec["finance"]])
    for c in ws[ws.max_row]:
        c.number_format = "0.00"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 60
    ws2 = wb.create_sheet("平台基本情况")
    ws2.append(["二、平台基本情况"])
    for k, val in sec["platform"]:
        ws2.append([k, val])
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 90
    ws3 = wb.create_sheet("指标明细表")
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    prev = [None] * 3
    start = [0] * 3
    rows = indicator_rows(b)
    for i, row in enumerate(rows, start=2):
        out = list(row)
        for j in range(3):
            if row[j] == prev[j]:
                out[j] = None
        ws3.append(out)
        for j in range(3):
            if row[j] != prev[j]:
                if prev[j] is not None and i - 1 > start[j]:
                    ws3.merge_cells(start_row=start[j], end_row=i - 1, start_column=j + 1, end_column=j + 1)
                prev[j], start[j] = row[j], i
    last = len(rows) + 1
    for j in range(3):
        if last > start[j]:
            ws3.merge_cells(start_row=start[j], end_row=last, start_column=j + 1, end_column=j + 1)
    for col, wdt in zip("ABCDEF", (14, 16, 18, 40, 70, 40)):
        ws3.column_dimensions[col].width = wdt
    for r in ws3.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    kit.fix_core(wb.properties, "申报表", b["contact"][0])
    wb.save(str(path))
    kit.normalize_zip(path)


def form_pdf(b: dict, path: Path) -> None:
    """The signed paper form, laid out for the stamped scan."""
    sec = basic_sections(b)
    story = [Spacer(1, 60 * mm), _p("上海市工业互联网平台应用水平评价", STH), _p("申报表", STH), Spacer(1, 20 * mm)]
    for line in ("申报年度：2024年度", f"平台名称：{b['listed_name']}", f"申报单位：{b['company']}（公章）",
                 f"联 系 人：{b['contact'][0]}", f"联系人电话：{b['contact'][2]}", "", "上海市经济和信息化委员会制", "2024年7月12日"):
        story.append(_p(line, STB))
    story.append(PageBreak())
    story.append(_p("一、企业基本情况", STH2))
    pairs = sec["company"]
    data = []
    for i in range(0, len(pairs), 2):
        a = pairs[i]
        c = pairs[i + 1] if i + 1 < len(pairs) else ("", "")
        data.append([_p(a[0]), _p(a[1]), _p(c[0]), _p(c[1])])
    for name, amt, ratio in b["shareholders"]:
        data.append([_p("股权结构"), _p(name), _p(amt), _p(ratio)])
    story.append(_grid(data, [30 * mm, 55 * mm, 30 * mm, 59 * mm], header=False))
    story.append(_p("申报单位上一年度经营状况（2023年）", STB))
    story.append(_grid([[_p(k) for k, _ in sec["finance"]], [_p(val) for _, val in sec["finance"]]], [29 * mm] * 6))
    story.append(_p("二、平台基本情况", STH2))
    story.append(_grid([[_p(k), _p(val)] for k, val in sec["platform"]], [34 * mm, 140 * mm], header=False))
    story.append(PageBreak())
    story.append(_p("三、上海市工业互联网平台应用水平评价指标明细表", STH2))
    data = [[_p(x) for x in ("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")]]
    for row in indicator_rows(b):
        data.append([_p(x) for x in row])
    story.append(_grid(data, [17 * mm, 20 * mm, 21 * mm, 34 * mm, 52 * mm, 30 * mm]))
    _doc(path, "申报表").build(story)


def scan_of(pdf: Path, out: Path, company: str, seed: int, stamp_pages: set[int] | None = None, dpi: int = 100) -> int:
    pages = kit.rasterize(pdf, dpi=dpi)
    imgs = []
    for i, im in enumerate(pages):
        im2 = kit.scanify(im, seed + i)
        if stamp_pages is None or i in stamp_pages or (i - len(pages)) in stamp_pages:
            im2 = kit.stamp(im2, company, (0.68, 0.80 if i else 0.52), seed + 50 + i, size=int(im2.width * 0.22))
        imgs.append(im2)
    kit.images_to_pdf(imgs, out, title="scan")
    return len(pages)


# ====================================================================== 汇总表
def summary_values(b: dict) -> dict:
    vals = {lab: display(b, lab) for lab in LABELS}
    vals.update(b.get("summary_override", {}))
    return vals


def summary_xlsx(b: dict, path: Path, horizontal: bool = False) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    vals = summary_values(b)
    if horizontal:
        ws.append(LABELS)
        ws.append([vals[k] for k in LABELS])
        for c in ws[1]:
            c.alignment = Alignment(wrap_text=True)
    else:
        ws.append(["附件4  平台基本情况汇总表"])
        ws.append(["项目", "填报内容"])
        for k in LABELS:
            ws.append([k, vals[k]])
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 80
    kit.fix_core(wb.properties, "平台基本情况汇总表", b["contact"][0])
    wb.save(str(path))
    kit.normalize_zip(path)


def summary_docx(b: dict, path: Path) -> None:
    d = _docx_base()
    d.add_paragraph("附件4")
    d.add_paragraph("平台基本情况汇总表").alignment = WD_ALIGN_PARAGRAPH.CENTER
    vals = summary_values(b)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k in LABELS:
        r = t.add_row().cells
        r[0].text, r[1].text = k, vals[k]
    _save_docx(d, path, "平台基本情况汇总表", b["contact"][0])


# ====================================================================== 承诺 / 联系人
def commitment_scan(b: dict, path: Path, tmp: Path) -> None:
    story = [Spacer(1, 25 * mm), _p("附件5", STB), _p("真实性承诺", STH), Spacer(1, 12 * mm),
             _p("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                "如有不实，愿承担相应的法律责任及由此产生的一切后果。", STB), _p("特此承诺。", STB), Spacer(1, 30 * mm),
             _p(f"申报单位：{b['company']}（盖章）", STB), Spacer(1, 8 * mm), _p(f"法定代表人：{b['legal']}（签章）", STB),
             Spacer(1, 8 * mm), _p("2024年7月12日", STB)]
    _doc(tmp, "承诺").build(story)
    scan_of(tmp, path, b["company"], b["seed"] + 900)


def commitment_docx(b: dict, path: Path) -> None:
    d = _docx_base()
    d.add_paragraph("附件5")
    d.add_paragraph("真实性承诺").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                    "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    d.add_paragraph("特此承诺。")
    d.add_paragraph(f"申报单位：{b['company']}（盖章）")
    d.add_paragraph(f"法定代表人：{b['legal']}（签章）")
    d.add_paragraph("2024年7月12日")
    _save_docx(d, path, "真实性承诺", b["contact"][0])


def contact_docx(b: dict, path: Path) -> None:
    d = _docx_base()
    d.add_paragraph("附件1  联系人信息反馈表")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for c, x in zip(t.rows[0].cells, ("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        c.text = x
    for c, x in zip(t.rows[1].cells, ("联系人（主）", b["contact"][0], b["company"], b["contact"][1], b["contact"][2], b["contact"][3])):
        c.text = x
    bk = b["backup"]
    for c, x in zip(t.rows[2].cells, ("联系人（备用）", bk[0], b["company"], bk[1], bk[2], bk[3])):
        c.text = x
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{b['venue']}")
    _save_docx(d, path, "联系人信息反馈表", b["contact"][0])


# ====================================================================== audit report (English / bilingual)
class Pager:
    def __init__(self, path: Path, title: str):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.page = 1
        self.y = H - 25 * mm

    def text(self, x, s, size=9, dy=None, right=False, center=False):
        self.c.setFont(FONT, size)
        if right:
            self.c.drawRightString(x, self.y, s)
        elif center:
            self.c.drawCentredString(x, self.y, s)
        else:
            self.c.drawString(x, self.y, s)

    def line(self, s, size=9, x=20 * mm, gap=None, center=False):
        if center:
            self.text(W / 2, s, size, center=True)
        else:
            self.text(x, s, size)
        self.y -= gap or size * 1.6

    def row(self, cells, xs, size=8.5, gap=None, rule=False):
        for s, (x, right) in zip(cells, xs):
            if s:
                self.text(x, s, size, right=right)
        if rule:
            self.c.setLineWidth(0.4)
            self.c.line(20 * mm, self.y - 3, W - 20 * mm, self.y - 3)
        self.y -= gap or size * 1.75

    def footer(self, s):
        self.c.setFont(FONT, 7.5)
        self.c.drawCentredString(W / 2, 12 * mm, f"{s} — {self.page}")

    def new(self, foot=""):
        if foot:
            self.footer(foot)
        self.c.showPage()
        self.page += 1
        self.y = H - 25 * mm

    def save(self, foot=""):
        if foot:
            self.footer(foot)
        self.c.showPage()
        self.c.save()


def _k(x: int) -> str:
    return f"({c0(-x)})" if x < 0 else c0(x)


def audit_pdf(b: dict, path: Path, bilingual: bool) -> dict:
    """Returns {'segment': page, 'summary': page} (1-based)."""
    g, s = b["grp"], b["seg"]
    auditor = b["auditor"]
    L = (lambda en, zh: f"{en} {zh}") if bilingual else (lambda en, zh: en)
    P = Pager(path, "Audited Financial Statements 2023")
    foot = b["company_en"]
    P.y = H - 70 * mm
    P.line(b["company_en"], 15, center=True, gap=26)
    P.line(b["company"], 14, center=True, gap=40)
    P.line("CONSOLIDATED FINANCIAL STATEMENTS AND INDEPENDENT AUDITOR'S REPORT", 11, center=True, gap=20)
    P.line("合并财务报表及审计报告" if bilingual else "", 11, center=True, gap=20)
    P.line("For the year ended 31 December 2023", 11, center=True, gap=60)
    P.line(auditor, 10, center=True, gap=16)
    P.line(f"Report No. {b['report_no']}", 9, center=True)
    P.new()
    P.line(L("INDEPENDENT AUDITOR'S REPORT", "审计报告"), 12, gap=24)
    P.line(f"To the Board of Directors of {b['company_en']}", 9.5, gap=20)
    for para in (
        "Opinion",
        f"We have audited the consolidated financial statements of {b['short_en']} and its subsidiaries (the \"Group\"),",
        "which comprise the consolidated statement of financial position as at 31 December 2023, the consolidated",
        "statement of profit or loss for the year then ended, and notes to the financial statements.",
        "In our opinion, the accompanying financial statements present fairly, in all material respects, the",
        "consolidated financial position of the Group as at 31 December 2023 and its consolidated financial performance",
        "for the year then ended in accordance with Accounting Standards for Business Enterprises (China).",
        "",
        "Basis for opinion",
        "We conducted our audit in accordance with China Standards on Auditing. Our responsibilities under those",
        "standards are further described in the Auditor's Responsibilities section of our report. We are independent",
        "of the Group and we have fulfilled our other ethical responsibilities in accordance with these requirements.",
        "",
        f"{auditor}                                 Certified Public Accountant: Li Wen, Zhou Hao",
        "Shanghai, the People's Republic of China                                  22 March 2024",
    ):
        P.line(para, 9, gap=15)
    P.new(foot)
    x1, x2, x3 = 20 * mm, 150 * mm, 188 * mm
    cols = [(x1, False), (x2, True), (x3, True)]
    P.line(L("CONSOLIDATED STATEMENT OF FINANCIAL POSITION", "合并资产负债表"), 11.5, gap=16)
    P.line("As at 31 December 2023   (Amounts in RMB'000 unless otherwise stated)", 8.5, gap=20)
    P.row(["", "2023", "2022"], cols, rule=True)
    ca23, ca22 = round(g["assets2023"] * 0.58), round(g["assets2022"] * 0.57)
    for lab, a, bb in (
        (L("Current assets", "流动资产"), ca23, ca22),
        (L("Non-current assets", "非流动资产"), g["assets2023"] - ca23, g["assets2022"] - ca22),
        (L("Total assets", "资产总计"), g["assets2023"], g["assets2022"]),
        (L("Total liabilities", "负债合计"), g["liab2023"], g["liab2022"]),
        (L("Total equity", "所有者权益合计"), g["assets2023"] - g["liab2023"], g["assets2022"] - g["liab2022"]),
    ):
        P.row([lab, _k(a), _k(bb)], cols)
    P.new(foot)
    P.line(L("CONSOLIDATED STATEMENT OF PROFIT OR LOSS", "合并利润表"), 11.5, gap=16)
    P.line("For the year ended 31 December 2023   (RMB thousand)", 8.5, gap=20)
    P.row(["", "2023", "2022"], cols, rule=True)
    pbt = {}
    for y in ("2023", "2022"):
        pbt[y] = g[f"rev{y}"] - g[f"cos{y}"] - g[f"sell{y}"] - g[f"adm{y}"] - g[f"rd{y}"] - g[f"fin{y}"] + g[f"oth{y}"]
    gp = {y: g[f"rev{y}"] - g[f"cos{y}"] for y in ("2023", "2022")}
    for lab, key, sign in (
        (L("Revenue", "营业收入"), "rev", 1), (L("Cost of sales", "营业成本"), "cos", -1), (L("Gross profit", "毛利"), "gp", 1),
        (L("Selling and distribution expenses", "销售费用"), "sell", -1), (L("Administrative expenses", "管理费用"), "adm", -1),
        (L("Research and development expenses", "研发费用"), "rd", -1), (L("Finance costs", "财务费用"), "fin", -1),
        (L("Other gains and losses, net", "其他收益及损失净额"), "oth", 1), (L("Profit before tax", "利润总额"), "pbt", 1),
        (L("Income tax expense", "所得税费用"), "tax", -1), (L("Profit for the year", "净利润"), "np", 1),
    ):
        vals = []
        for y in ("2023", "2022"):
            if key == "gp":
                x = gp[y]
            elif key == "pbt":
                x = pbt[y]
            elif key == "np":
                x = pbt[y] - g[f"tax{y}"]
            else:
                x = sign * g[f"{key}{y}"]
            vals.append(_k(x))
        P.row([lab] + vals, cols)
    P.new(foot)
    seg_page = P.page
    P.line(L("NOTES TO THE FINANCIAL STATEMENTS (extract)", "财务报表附注（节选）"), 11, gap=18)
    P.line(L("45. Segment information", "分部信息"), 10.5, gap=16)
    for para in (
        "For management purposes the Group is organised into business units based on their products and services and",
        f"has two reportable segments: (a) the {b['other_seg']} segment; and (b) the industrial internet platform segment,",
        f"which operates the {b['brand']} platform ({b['listed_name']}) and provides subscription, device connection,",
        "industrial APP and solution services. Segment performance is evaluated based on segment profit before tax.",
        "Inter-segment transactions are eliminated; there were no material inter-segment sales in 2023 or 2022.",
    ):
        P.line(para, 8.5, gap=13)
    P.y -= 6
    xa, xb, xc, xd = 20 * mm, 120 * mm, 156 * mm, 190 * mm
    scol = [(xa, False), (xb, True), (xc, True), (xd, True)]
    for y in ("2023", "2022"):
        P.line(f"Year ended 31 December {y} (RMB'000)", 9, gap=15)
        P.row(["", b["other_seg_short"], "Industrial internet", "Total"], scol, size=8)
        P.row(["", "", "platform", ""], scol, size=8, rule=True)
        prd = s[f"rd{y}"]
        ppbt = s[f"pbt{y}"]
        rev_p = s[f"r{y}"]
        for lab, tot, plat in (
            (L("Segment revenue (external customers)", "分部收入"), g[f"rev{y}"], rev_p),
            (L("Research and development expenses", "研发费用"), g[f"rd{y}"], prd),
            (L("Segment profit before tax", "分部利润总额"), pbt[y], ppbt),
        ):
            P.row([lab, _k(tot - plat), _k(plat), _k(tot)], scol, size=8)
        P.y -= 10
    P.new(foot)
    sum_page = P.page
    P.line(L("SUPPLEMENTARY INFORMATION", "补充资料"), 11, gap=18)
    P.line(f"Industrial internet platform segment — four-year summary ({b['brand']})", 10, gap=14)
    P.line("Prepared by management from the segment reporting records; 2022 and 2023 agree to Note 45. Amounts in RMB'000.", 8, gap=18)
    ycols = [(20 * mm, False), (110 * mm, True), (135 * mm, True), (160 * mm, True), (188 * mm, True)]
    P.row(["", "2020", "2021", "2022", "2023"], ycols, rule=True)
    P.row([L("Platform revenue", "平台营业收入"), c0(s["r2020"]), c0(s["r2021"]), c0(s["r2022"]), c0(s["r2023"])], ycols)
    P.row(["Year-on-year growth", "—"] + [f"{(s[f'r{y}'] / s[f'r{y-1}'] - 1) * 100:.2f}%" for y in (2021, 2022, 2023)], ycols)
    P.y -= 14
    P.line("Note: the applicant's declaration to SHEITC is expressed in RMB 10,000 (万元); 1 万元 = RMB'000 10.", 8, gap=14)
    P.save(foot)
    return {"segment": seg_page, "summary": sum_page, "pbt": pbt}


# ====================================================================== IP list (English headers, Chinese titles)
PAT_WORDS = ["一种基于边缘计算的设备数据采集方法", "一种工业设备健康状态评估方法及系统", "一种多协议工业网关及其配置方法",
             "基于数字孪生的产线虚拟调试方法", "一种质量缺陷追溯方法、装置及存储介质", "一种能耗异常识别方法及系统",
             "一种工艺参数自适应优化方法", "基于深度学习的表面缺陷检测方法", "一种设备预测性维护调度方法",
             "一种时序数据压缩存储方法", "一种工业APP容器化部署方法", "一种供应链协同计划排程方法",
             "一种基于标识解析的零部件追溯系统", "一种碳排放实时核算方法及装置", "一种低代码工业应用编排方法",
             "一种设备远程诊断方法及系统", "一种注塑工艺窗口推荐方法", "一种机器人焊接质量监测方法",
             "一种多源异构数据融合方法", "一种边云协同模型更新方法", "一种仓储物流路径优化方法", "一种能源计量数据校核方法",
             "一种产线节拍瓶颈识别方法", "一种工业模型版本管理方法"]
SW_WORDS = ["设备接入管理系统", "工业数据中台软件", "质量追溯管理平台", "能效管理系统", "预测性维护系统", "工业APP开发平台",
            "边缘网关配置软件", "数字孪生可视化系统", "供应链协同平台", "碳足迹核算软件", "工艺知识库系统", "生产执行监控系统",
            "移动运维APP软件", "模型训练与管理平台", "报表分析系统", "标识解析追溯系统", "视觉检测软件", "仓储管理系统",
            "设备点检APP", "告警中心软件", "开发者门户系统", "API网关管理软件", "安全审计系统", "数据治理软件",
            "能源计量采集软件", "工单管理系统", "客户服务门户", "计划排程系统", "低代码编排工具", "算力调度系统",
            "运行看板软件", "机器人监控软件", "质量SPC分析软件", "备件管理系统", "培训学习平台", "知识图谱系统",
            "水质监测分析软件", "泵站群控系统", "加药优化系统", "设备台账系统", "巡检管理APP", "应急指挥系统"]


def ip_pdf(b: dict, path: Path, n_pat: int, n_sw: int) -> dict:
    rnd = random.Random(b["seed"] + 7)
    story = [_p(f"{b['company_en']}", STB), _p(f"Intellectual Property List 知识产权清单 — {b['brand']}", STH2), Spacer(1, 4)]
    story.append(_p(f"Table 1  Patents 专利 (Total 合计: {n_pat})", STB))
    data = [[_p(x) for x in ("No.", "Patent No. 专利号", "Title 名称", "Type 类型", "Grant date 授权日", "Owner 权利人")]]
    for i in range(n_pat):
        yr = 2019 + i % 5
        kind = "Invention 发明" if i % 3 else "Utility model 实用新型"
        no = f"ZL {yr}{1 if i % 3 else 2} {rnd.randrange(1000000, 9999999)}.{rnd.randrange(10)}"
        data.append([_p(str(i + 1)), _p(no), _p(PAT_WORDS[i % len(PAT_WORDS)] + ("" if i < len(PAT_WORDS) else "（二）")),
                     _p(kind), _p(f"{yr + 1}-{1 + i % 12:02d}-{3 + i:02d}"), _p(b["company"])])
    story.append(_grid(data, [9 * mm, 34 * mm, 58 * mm, 24 * mm, 20 * mm, 29 * mm]))
    story.append(PageBreak())
    story.append(_p(f"Table 2  Software Copyrights 软件著作权 (Total 合计: {n_sw})", STB))
    data = [[_p(x) for x in ("No.", "Reg. No. 登记号", "Software title 软件名称", "Version", "Reg. date 登记日期")]]
    for i in range(n_sw):
        yr = 2020 + i % 4
        data.append([_p(str(i + 1)), _p(f"{yr}SR{rnd.randrange(100000, 1999999):07d}"),
                     _p(f"{b['brand']}{SW_WORDS[i % len(SW_WORDS)]}" + ("V1.0" if i < len(SW_WORDS) else "V2.0")),
                     _p("V1.0" if i < len(SW_WORDS) else "V2.0"), _p(f"{yr}-{1 + i % 12:02d}-{10 + i % 18:02d}")])
    story.append(_grid(data, [9 * mm, 36 * mm, 82 * mm, 18 * mm, 29 * mm]))
    _doc(path, "IP List").build(story)
    return {"patent_page": 1, "sw_page": 2}


# ====================================================================== device list
def device_xlsx(b: dict, path: Path) -> dict:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary 汇总"
    v = b["v"]
    caps = {
        "total": f"Total connected devices 接入设备合计: {c0(v['连接的工业设备/产品/产线种类及数量（台/套）'])} 台/套",
        "pub": f"Public cloud 公有云接入: {c0(b['pub'])} 台/套",
        "run": f"Avg. daily running (public cloud) 日均运行: {c0(b['run'])} 台/套",
        "ov": f"Overseas 海外设备: {c0(b['ov_total'])} 台/套",
    }
    ws.append([f"{b['brand']} Connected Device Register 平台接入设备清单 (as of {b['console_date']})"])
    for k in ("total", "pub", "run", "ov"):
        ws.append([caps[k]])
    ws.append([])
    ws.append(["Category 设备类型（附录A）", "Connected 接入", "Public cloud 公有云", "Daily running 日均运行"])
    for k in b["dev_cats_bd"]:
        ws.append([k, b["dev_cats_bd"][k], b["pub_cats"][k], b["run_cats"][k]])
    ws.append(["Total 合计", sum(b["dev_cats_bd"].values()), b["pub"], b["run"]])
    ws.append([])
    ws.append(["Region 区域（附录F）", "Connected 接入", "Public cloud 公有云", "Daily running 日均运行"])
    for k in b["dev_reg_bd"]:
        ws.append([k, b["dev_reg_bd"][k], b["pub_reg"][k], b["run_reg"][k]])
    ws.append(["Total 合计", sum(b["dev_reg_bd"].values()), b["pub"], b["run"]])
    for col, wdt in zip("ABCD", (44, 16, 18, 20)):
        ws.column_dimensions[col].width = wdt
    ws2 = wb.create_sheet("Device list 明细")
    ws2.append(["Device ID", "设备类型", "Category", "Region 区域", "Protocol"])
    en = {"机器人": "Robot", "机床": "Machine tool", "化工设备": "Chemical equipment", "仪器仪表": "Instrument",
          "物流设备": "Logistics equipment", "动力设备": "Power machinery", "工程机械": "Construction machinery",
          "电力设备": "Electrical power equipment", "建材设备": "Building-material equipment", "其他": "Other"}
    cats = [k for k, n in b["dev_cats_bd"].items() for _ in range(n)]
    regs = [k for k, n in b["dev_reg_bd"].items() for _ in range(n)]
    rnd = random.Random(b["seed"] + 11)
    rnd.shuffle(regs)
    protos = ["OPC UA", "Modbus TCP", "MQTT", "PROFINET", "EtherNet/IP", "S7"]
    for i, (c, r) in enumerate(zip(cats, regs)):
        ws2.append([f"{b['dev_prefix']}-{i + 1:06d}", c, en[c], r, protos[(i * 7) % 6]])
    kit.fix_core(wb.properties, "Connected Device Register", b["contact"][0])
    wb.save(str(path))
    kit.normalize_zip(path)
    return caps


def device_pdf(b: dict, path: Path) -> dict:
    v = b["v"]
    caps = {
        "total": f"Total connected devices: {c0(v['连接的工业设备/产品/产线种类及数量（台/套）'])}",
        "pub": f"Public cloud devices: {c0(b['pub'])}",
        "run": f"Avg. daily running (public cloud): {c0(b['run'])}",
        "ov": f"Overseas devices: {c0(b['ov_total'])}",
    }
    story = [_p(f"{b['brand']} Device Register — Summary by Category and Region", STH2),
             _p(f"{b['company_en']} · data as of {b['console_date']} · unit: sets 台/套", ST), Spacer(1, 6)]
    for k in ("total", "pub", "run", "ov"):
        story.append(_p(caps[k], STB))
    story.append(Spacer(1, 6))
    data = [[_p(x) for x in ("Category 设备类型", "Connected", "Public cloud", "Daily running")]]
    for k in b["dev_cats_bd"]:
        data.append([_p(k), _p(c0(b["dev_cats_bd"][k])), _p(c0(b["pub_cats"][k])), _p(c0(b["run_cats"][k]))])
    data.append([_p("Total"), _p(c0(sum(b["dev_cats_bd"].values()))), _p(c0(b["pub"])), _p(c0(b["run"]))])
    story.append(_grid(data, [60 * mm, 35 * mm, 35 * mm, 35 * mm]))
    story.append(Spacer(1, 8))
    data = [[_p(x) for x in ("Region 区域", "Connected", "Public cloud", "Daily running")]]
    for k in b["dev_reg_bd"]:
        data.append([_p(k), _p(c0(b["dev_reg_bd"][k])), _p(c0(b["pub_reg"][k])), _p(c0(b["run_reg"][k]))])
    story.append(_grid(data, [60 * mm, 35 * mm, 35 * mm, 35 * mm]))
    _doc(path, "Device Register").build(story)
    return caps


# ====================================================================== console screenshots
def _tile(d, box, label, value, fonts):
    x0, y0, x1, y1 = box
    d.rounded_rectangle(box, radius=14, fill=(255, 255, 255), outline=(220, 226, 235), width=2)
    d.text((x0 + 24, y0 + 22), label, font=fonts[0], fill=(92, 104, 120))
    d.text((x0 + 24, y0 + 62), value, font=fonts[1], fill=(20, 33, 61))


def console_image(b: dict, title: str, tiles: list[tuple[str, str]], footer: str) -> Image.Image:
    img = Image.new("RGB", (1600, 1000), (243, 246, 250))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 1600, 70), fill=(22, 40, 74))
    d.text((30, 18), f"{b['brand']}  Industrial Internet Console", font=kit.pil_font(28), fill=(255, 255, 255))
    d.text((1180, 24), f"admin@{b['brand'].lower().replace(' ', '')}  ·  EN | 中文", font=kit.pil_font(18), fill=(200, 210, 230))
    d.rectangle((0, 70, 230, 1000), fill=(255, 255, 255))
    for i, m in enumerate(["Overview", "Devices", "Apps", "Models", "Data", "Developers", "Security", "Billing"]):
        d.text((30, 100 + i * 48), m, font=kit.pil_font(20), fill=(22, 40, 74) if i == 0 else (110, 120, 135))
    d.text((260, 92), title, font=kit.pil_font(30), fill=(20, 33, 61))
    d.text((260, 136), footer, font=kit.pil_font(18), fill=(110, 120, 135))
    fonts = (kit.pil_font(22), kit.pil_font(46))
    for i, (lab, val) in enumerate(tiles):
        r, c = divmod(i, 3)
        x0, y0 = 260 + c * 440, 190 + r * 170
        _tile(d, (x0, y0, x0 + 410, y0 + 145), lab, val, fonts)
    # a small bar chart, no numbers
    y = 190 + ((len(tiles) + 2) // 3) * 170 + 10
    if y < 880:
        d.text((260, y), "Device online trend (last 30 days)", font=kit.pil_font(18), fill=(92, 104, 120))
        rnd = random.Random(b["seed"] + len(tiles))
        for i in range(30):
            hgt = rnd.randrange(40, 100)
            d.rectangle((260 + i * 40, 960 - hgt, 285 + i * 40, 960), fill=(66, 133, 244))
    return img


# ====================================================================== 申报书 (bilingual)
def proposal_paragraphs(b: dict) -> list[tuple[str, str]]:
    """(kind, text): kind h = heading, p = paragraph."""
    v = b["v"]
    dev = v["连接的工业设备/产品/产线种类及数量（台/套）"]
    out = [("h", "一、申报单位简介"),
           ("p", f"{b['company']}（{b['company_en']}）成立于{b['founded']}，企业类型为{b['ent_type']}，注册资本{b['capital']}。"
                 f"公司主营{b['domain']}相关产品与服务，是长三角地区{b['domain']}领域的重要企业。"),
           ("p", f"{b['short_en']} is a foreign-invested enterprise headquartered in Shanghai. Its digital team of "
                 f"{v['平台团队总人数（人）']} people builds and operates the {b['brand']} platform for group plants, suppliers and customers "
                 "in China and overseas."),
           ("h", "二、平台建设及运营情况"),
           ("p", f"{b['brand']}（{b['listed_name']}）于{b['built'][0][:4]}年启动建设，采用{v['部署方式']}部署，平台建设金额{f2(b['invest_wan'])}万元。")]
    out += b["proposal_extra"]
    out += [("p", "平台技术创新点总结：自研多协议边缘网关、工艺机理模型引擎与低代码应用编排，关键技术自主可控，协议适配数量和响应时延达到国内领先水平。"),
            ("h", "表X 平台对标同行业或相似平台的部分量化数据对比表"), ("t", "benchmark"),
            ("h", "三、平台应用成效"),
            ("p", f"平台服务企业覆盖{len(v['按行业统计服务企业数（个）'])}个行业，应用企业设备运维成本平均下降{f2(v['平台连接工业设备运维成本平均下降率（%）'])}%，"
                  f"能耗平均下降{f2(v['平台连接工业设备能耗平均下降率（%）'])}%。"),
            ("p", "应用创新点总结：以设备即服务和按效果付费模式带动服务型制造，新技术融合应用覆盖5G、边缘计算和AI大模型。"),
            ("h", "四、平台下一步发展计划"),
            ("p", "Next steps: extend the platform to overseas plants, release an AI assistant for process engineers, and open more APIs to "
                  "ecosystem partners. 下一步将推进海外工厂接入、AI大模型应用和生态开放。"),
            ("h", "五、平台应用案例"),
            ("p", f"案例1：{b['brand']}平台——多工厂设备互联与质量追溯。企业简介：长三角某{b['domain']}龙头企业。案例实际内容：接入设备、质量追溯、能效优化，运维成本下降约18%。"),
            ("p", f"案例2：{b['brand']}平台——海外工厂远程运维。Case 2 covers a plant abroad connected through the global edge gateway; "
                  "unplanned downtime fell by about one fifth."),
            ("p", f"案例3：{b['brand']}平台——供应链协同。供应商准时交付率提升至97%。"),
            ("h", "六、附件及其他说明材料"),
            ]
    for i, (name, _) in enumerate(b["attachment_list"], start=1):
        out.append(("p", f"附件3-{i}：{name}"))
    if b["participated"]:
        out += [("h", "七、平台相较上年度对比情况"), ("p", b["section7"])]
    return out


def benchmark_rows(b: dict) -> list[list[str]]:
    v = b["v"]
    return [["三级指标", "本平台数据", "对标数据"],
            ["1.2.1 创新投入情况", f"研发投入{f2(v['平台相关研发投入（万元）'])}万元，强度{f2(v['平台相关研发投入强度（%）'])}%",
             "同行业或相似平台（平台名称：某行业平台A）研发投入数量级：千万元；研发投入强度：约15%"],
            ["2.1.1 工业设备连接/汇聚能力", f"连接设备{c0(v['连接的工业设备/产品/产线种类及数量（台/套）'])}台/套，协议{v['工业协议兼容适配数量（个）']}个",
             "同行业或相似平台（平台名称：某行业平台B）：约1万台/套，协议约100个"],
            ["3.1.1 平台应用规模", f"注册企业{c0(v['注册企业用户数（个）'])}家，服务企业{c0(v['实际服务企业数（个）'])}家",
             "同行业或相似平台（平台名称：某行业平台C）：服务企业约千家"]]


def proposal_docx(b: dict, path: Path) -> None:
    d = _docx_base()
    d.add_paragraph("上海市工业互联网平台应用水平评价").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("申报书 Application Statement").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in ("申报年度：2024年度", f"平台名称：{b['listed_name']}", f"申报单位：{b['company']}（公章）",
                 f"联 系 人：{b['contact'][0]}", f"联系人电话：{b['contact'][2]}"):
        d.add_paragraph(line)
    d.add_page_break()
    for kind, text in proposal_paragraphs(b):
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "t":
            rows = benchmark_rows(b)
            t = d.add_table(rows=len(rows), cols=3)
            t.style = "Table Grid"
            for r, row in zip(t.rows, rows):
                for c, x in zip(r.cells, row):
                    c.text = x
        else:
            d.add_paragraph(text)
    _save_docx(d, path, "申报书", b["contact"][0])


def proposal_pdf(b: dict, path: Path) -> None:
    story = [Spacer(1, 50 * mm), _p("上海市工业互联网平台应用水平评价", STH), _p("申报书 Application Statement", STH), Spacer(1, 20 * mm)]
    for line in ("申报年度：2024年度", f"平台名称：{b['listed_name']}", f"申报单位：{b['company']}（公章）",
                 f"联 系 人：{b['contact'][0]}", f"联系人电话：{b['contact'][2]}"):
        story.append(_p(line, STB))
    story.append(PageBreak())
    for kind, text in proposal_paragraphs(b):
        if kind == "h":
            story.append(_p(text, STH2))
        elif kind == "t":
            story.append(_grid([[_p(x) for x in r] for r in benchmark_rows(b)], [35 * mm, 60 * mm, 79 * mm]))
        else:
            story.append(_p(text, STB))
    _doc(path, "申报书").build(story)
