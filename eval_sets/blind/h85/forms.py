"""The applicant's own documents: 附件1 联系人表, 附件2 申报表 (three layouts) and its stamped scan, 附件3 申报书 (DOCX or
PDF), 附件4 汇总表 (XLSX, vertical with a note column or horizontal), 附件5 承诺 (scan with seal and signature)."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from eval_sets.blind.h85.kit import Stamp, flow, save_docx, save_xlsx, scanned_pdf, set_docx_font, text_pdf
from eval_sets.blind.h85.labels import LEVEL1, LEVEL2, SUMMARY_LABELS, TABLE, YESNO_SUMMARY
from eval_sets.blind.h85.model import Pkg

DATE_CN = "2024年7月16日"


def company_rows(p: Pkg) -> list[tuple[str, str]]:
    c = p.spec["company_info"]
    ct = p.spec["contact"]
    return [("单位（企业）名称", p.company), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
            ("注册地及所在行政区", c["address"]), ("企业类型", c["type"]), ("注册资本", c["capital"]),
            ("主营业务", c["business"]), ("法定代表人", c["legal"]), ("联系人", ct["name"]), ("职务", ct["title"]),
            ("联系人手机", ct["phone"]), ("传真", ct.get("fax", "—")), ("电子邮箱", ct["email"]),
            ("股权结构", "；".join(f"{a}：{b}，持股比例{r}" for a, b, r in c["shareholders"])),
            ("总资产（万元）", c["fin"][0]), ("主营业务收入（万元）", c["fin"][1]), ("主营业务收入增长率（%）", c["fin"][2]),
            ("负债率（%）", c["fin"][3]), ("利润总额（万元）", c["fin"][4]), ("税金（万元）", c["fin"][5])]


BASIC_KEYS = ["平台名称", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "IaaS基础设施",
              "部署方式", "平台网址", "平台基本情况介绍", "平台建设成效"]


_LABELLED = {c for _, c, label in TABLE if label}


def proof(p: Pkg, content: str) -> str:
    if content in p.spec["proofs"]:
        return p.spec["proofs"][content]
    if content not in _LABELLED:
        return "见申报书相关章节"
    return p.spec.get("proof_default", "平台后台统计数据，无单独证明资料")


def _cover_paras(document, p: Pkg) -> None:
    for text, size in (("上海市工业互联网平台应用水平评价", 18), ("申报表", 26)):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.font.size = Pt(size)
        run.bold = True
    ct = p.spec["contact"]
    for k, val in (("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                   ("联系人", ct["name"]), ("联系人电话", ct["phone"])):
        document.add_paragraph(f"{k}：{val}")
    para = document.add_paragraph("上海市经济和信息化委员会制")
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para = document.add_paragraph(DATE_CN)
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------------------------------------ 申报表 DOCX
def form_docx_split(p: Pkg, path: Path, split: bool = True) -> None:
    """Horizontal 指标明细表 split in two tables by a page break, the header row repeated in the second one."""
    document = docx.Document()
    set_docx_font(document)
    _cover_paras(document, p)
    document.add_paragraph("一、企业基本情况")
    rows = company_rows(p)
    t = document.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i in range(0, len(rows), 2):
        cells = t.add_row().cells
        for j, (k, val) in enumerate(rows[i:i + 2]):
            cells[2 * j].text, cells[2 * j + 1].text = k, str(val)
    document.add_paragraph("二、平台基本情况")
    t = document.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k in BASIC_KEYS:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, p.basic[k]
    _page_break(document)
    document.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    first = [r for r in TABLE if not r[0].startswith("3.")]
    second = [r for r in TABLE if r[0].startswith("3.")]
    for k, part in enumerate((first, second) if split else (TABLE,)):
        if k == 1:
            _page_break(document)
            document.add_paragraph("三、指标明细表（续表）")
        t = document.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, head):
            c.text = h
        _repeat_header(t.rows[0])
        for code, content, _ in part:
            cells = t.add_row().cells
            cells[0].text = LEVEL1[code[0]]
            cells[1].text = LEVEL2[code[:3]]
            cells[2].text = code
            cells[3].text = content
            cells[4].text = p.cells[content]
            cells[5].text = proof(p, content)
    document.add_paragraph("注：证明资料页码为《申报书》附件的物理页码。")
    save_docx(document, path, "申报表", p.spec["contact"]["name"])


def form_docx_vertical(p: Pkg, path: Path) -> None:
    """Vertical form: every label on its own row, the answer in the cell below it (proof beside the answer)."""
    document = docx.Document()
    set_docx_font(document)
    _cover_paras(document, p)

    def pair_table(title: str, items: list[tuple[str, str, str, str]]) -> None:
        document.add_paragraph(title)
        t = document.add_table(rows=0, cols=3)
        t.style = "Table Grid"
        for code, label, answer, pr in items:
            r1 = t.add_row().cells
            r1[0].text = code
            merged = r1[1].merge(r1[2])
            merged.text = label
            r2 = t.add_row().cells
            r2[0].text = "填写"
            r2[1].text = answer
            r2[2].text = pr
    pair_table("一、企业基本情况", [("一", k, str(val), "") for k, val in company_rows(p)])
    pair_table("二、平台基本情况", [("二", k, p.basic[k], "") for k in BASIC_KEYS])
    _page_break(document)
    pair_table("三、上海市工业互联网平台应用水平评价指标明细表（每项指标下一行填写平台实际情况，右侧为证明资料）",
               [(code, content, p.cells[content], proof(p, content)) for code, content, _ in TABLE])
    save_docx(document, path, "申报表", p.spec["contact"]["name"])


def form_xlsx(p: Pkg, path: Path) -> None:
    """申报表 as a workbook: labels in column B, answers in merged C:E, proof in F."""
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")

    def sheet(ws, title: str, items: list[tuple[str, str, object, str]]) -> None:
        ws.column_dimensions["A"].width = 12
        ws.column_dimensions["B"].width = 36
        for col in "CDE":
            ws.column_dimensions[col].width = 22
        ws.column_dimensions["F"].width = 26
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:F1")
        ws.append(["序号/指标", "填报项目", "平台实际情况", None, None, "证明资料"])
        ws.merge_cells("C2:E2")
        for code, label, answer, pr in items:
            ws.append([code, label, answer, None, None, pr])
            r = ws.max_row
            ws.merge_cells(f"C{r}:E{r}")
            for col in "ABCDEF":
                ws[f"{col}{r}"].alignment = wrap
                ws[f"{col}{r}"].border = border
    ws = wb.active
    ws.title = "封面及企业基本情况"
    ct = p.spec["contact"]
    cover = [("", "申报年度", "2024年度", ""), ("", "平台名称", p.declared_name, ""), ("", "申报单位", p.company + "（公章）", ""),
             ("", "联系人", ct["name"], ""), ("", "联系人电话", ct["phone"], "")]
    sheet(ws, "上海市工业互联网平台应用水平评价申报表", cover + [("一", k, val, "") for k, val in company_rows(p)])
    sheet(wb.create_sheet("平台基本情况"), "二、平台基本情况", [("二", k, p.basic[k], "") for k in BASIC_KEYS])
    items = []
    for code, content, label in TABLE:
        val = p.cells[content]
        if label and isinstance(p.values[label], int) and not isinstance(p.values[label], bool) and val == str(p.values[label]):
            val = p.values[label]  # numbers typed as numbers
        items.append((code, content, val, proof(p, content)))
    sheet(wb.create_sheet("指标明细表"), "三、上海市工业互联网平台应用水平评价指标明细表", items)
    save_xlsx(wb, path, ct["name"])


def form_scan(p: Pkg, path: Path, seed: int) -> None:
    """The signed-and-stamped print of the 申报表, scanned: seal on the cover, half seals on the page edge (骑缝章)."""
    ct = p.spec["contact"]
    blocks = [("sp", 80), ("h", "上海市工业互联网平台应用水平评价"), ("h", "申 报 表"), ("sp", 60),
              ("p", "申报年度：2024年度"), ("p", f"平台名称：{p.declared_name}"), ("p", f"申报单位：{p.company}（公章）"),
              ("p", f"联系人：{ct['name']}"), ("p", f"联系人电话：{ct['phone']}"), ("sp", 200), ("h2", "上海市经济和信息化委员会制"),
              ("r", DATE_CN), ("pagebreak",), ("h2", "一、企业基本情况"),
              ("t", [["项目", "内容"]] + [[k, str(val)] for k, val in company_rows(p)], [0.3, 0.7]),
              ("h2", "二、平台基本情况"), ("t", [["项目", "内容"]] + [[k, p.basic[k]] for k in BASIC_KEYS], [0.22, 0.78]),
              ("pagebreak",), ("h2", "三、上海市工业互联网平台应用水平评价指标明细表"),
              ("t", [["三级指标", "内容", "平台实际情况", "证明资料"]] +
               [[code, content, p.cells[content], proof(p, content)] for code, content, _ in TABLE], [0.13, 0.25, 0.44, 0.18], 8)]
    pages = flow(blocks)
    stamps = [Stamp(0, "seal", p.company, 0.62, 0.52)] + [Stamp(i, "seal", p.company, 1.0, 0.5) for i in range(1, len(pages))]
    scanned_pdf(path, pages, stamps, seed)


# ------------------------------------------------------------------------------------------------ 汇总表
def summary_value(p: Pkg, label: str):
    val = p.values[label]
    if label in YESNO_SUMMARY:
        return "是" if val else "否"
    return p.display[label]


SECTION_BREAKS = {"部署方式", "付费用户占比（%）", "有否定期进行安全扫描", "按新模式统计解决方案数量（个）"}


def summary_xlsx_vertical(p: Pkg, path: Path, notes: dict[str, str], numbers_as_numbers: bool = True) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws["A1"] = "附件4  平台基本情况汇总表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:C1")
    ws.append(["项目", "填写内容", "备注（申报单位补充说明）"])
    for c in ws[2]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 40
    for label in SUMMARY_LABELS:
        val = summary_value(p, label)
        norm = p.values[label]
        if numbers_as_numbers and isinstance(norm, (int, float)) and not isinstance(norm, bool) and label not in (
                "平台是否服务上海智能工厂，数量", "序号"):
            val = norm
        ws.append([label, val, notes.get(label, "")])
        for c in ws[ws.max_row]:
            c.alignment = Alignment(wrap_text=True, vertical="center")
        if label in SECTION_BREAKS:
            ws.append([])
    save_xlsx(wb, path, p.spec["contact"]["name"])


def summary_xlsx_horizontal(p: Pkg, path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["平台基本情况汇总表"])
    ws.append(list(SUMMARY_LABELS))
    ws.append([summary_value(p, label) for label in SUMMARY_LABELS])
    save_xlsx(wb, path, p.spec["contact"]["name"])


# ------------------------------------------------------------------------------------------------ 附件1 / 附件5
def contact_docx(p: Pkg, path: Path) -> None:
    ct = p.spec["contact"]
    document = docx.Document()
    set_docx_font(document)
    document.add_paragraph("附件1")
    para = document.add_paragraph("联系人信息反馈表")
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    document.add_paragraph("一、联系人信息反馈")
    t = document.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        c.text = h
    for tag, person in (("联系人（主）", ct), ("联系人（备用）", ct["backup"])):
        cells = t.add_row().cells
        for c, val in zip(cells, [tag, person["name"], p.company, person["title"], person["phone"], person["email"]]):
            c.text = val
    document.add_paragraph("二、评审会现场地址信息反馈")
    document.add_paragraph(f"具体地址：{ct['venue']}")
    save_docx(document, path, "联系人信息反馈表", ct["name"])


def commitment_scan(p: Pkg, path: Path, seed: int) -> None:
    legal = p.spec["company_info"]["legal"]
    pages = [[("sp", 40), ("h", "附件5"), ("h", "真实性承诺"), ("sp", 30),
              ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                    "如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
              ("p", "特此承诺。"), ("sp", 120), ("p", f"申报单位：{p.company}（盖章）"), ("sp", 40),
              ("p", "法定代表人：                （签章）"), ("sp", 40), ("r", DATE_CN)]]
    scanned_pdf(path, pages, [Stamp(0, "seal", p.company, 0.55, 0.50), Stamp(0, "sign", legal, 0.40, 0.575)], seed, footer=False)


# ------------------------------------------------------------------------------------------------ 申报书
def book_docx(p: Pkg, path: Path, blocks: list) -> None:
    document = docx.Document()
    set_docx_font(document)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            para = document.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = para.add_run(b[1])
            r.bold = True
            r.font.size = Pt(16)
        elif kind == "chapter":
            para = document.add_paragraph()
            r = para.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h2":
            para = document.add_paragraph()
            para.add_run(b[1]).bold = True
        elif kind in ("p", "small", "r"):
            para = document.add_paragraph(b[1])
            if kind == "r":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "t":
            rows = b[1]
            t = document.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for row in rows:
                for c, val in zip(t.add_row().cells, row):
                    c.text = str(val)
        elif kind == "pagebreak":
            _page_break(document)
        elif kind == "sp":
            continue
    save_docx(document, path, "申报书", p.spec["contact"]["name"])


def book_pdf(p: Pkg, path: Path, blocks: list) -> None:
    conv = [("h2", b[1]) if b[0] == "chapter" else b for b in blocks]
    text_pdf(path, flow(conv), title="申报书")
