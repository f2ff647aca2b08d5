"""附件4 平台基本情况汇总表 as applicants fill it: vertical XLSX, vertical DOCX, horizontal bands XLSX;
plus 附件1 联系人信息反馈表 and 附件5 真实性承诺."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .blocks import Cell, Para, Spacer, Title, grid
from .model import Package, Style, summary_cell
from .notice import SUMMARY_LABELS

HINTS = {
    "序号": "（请根据附件6中平台对应序号填写）",
}


def labels_for(p: Package) -> list[str]:
    return [label for label in SUMMARY_LABELS if label not in p.summary_missing_rows]


def cell_text(p: Package, label: str, st: Style) -> str:
    return summary_cell(p, label, st)


def _num(text: str):
    import re

    if re.fullmatch(r"\d{1,9}", text):
        return int(text), "0"
    if re.fullmatch(r"\d{1,9}\.\d{2}", text):
        return float(text), "0.00"
    return text, None


THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def summary_xlsx_vertical(p: Package, st: Style, *, font: str = "宋体", numbers_as_numbers: bool = True,
                          groups: dict[str, str] | None = None, sheet: str = "汇总表") -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ncol = 3 if groups else 2
    ws.cell(row=1, column=1, value="附件4")
    ws.cell(row=2, column=1, value="平台基本情况汇总表").font = Font(name=font, size=16, bold=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(row=2, column=1).alignment = Alignment(horizontal="center")
    r = 3
    heads = (["类别"] if groups else []) + ["项目", "填报内容"]
    for c, h in enumerate(heads, start=1):
        x = ws.cell(row=r, column=c, value=h)
        x.font = Font(name=font, size=11, bold=True)
        x.fill = PatternFill("solid", fgColor="D9E1F2")
        x.border = BORDER
        x.alignment = Alignment(horizontal="center", vertical="center")
    r += 1
    group_start = None
    current = None
    for label in labels_for(p):
        if groups:
            g = groups.get(label, current)
            if g != current:
                if group_start is not None and r - 1 > group_start:
                    ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
                current, group_start = g, r
                x = ws.cell(row=r, column=1, value=g)
                x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                x.font = Font(name=font, size=10.5, bold=True)
            ws.cell(row=r, column=1).border = BORDER
        lc = ncol - 1
        x = ws.cell(row=r, column=lc, value=label)
        x.font = Font(name=font, size=10.5)
        x.border = BORDER
        x.alignment = Alignment(vertical="center", wrap_text=True)
        text = cell_text(p, label, st)
        val, fmt = _num(text) if numbers_as_numbers else (text, None)
        y = ws.cell(row=r, column=ncol, value=val)
        if fmt:
            y.number_format = fmt
        y.font = Font(name=font, size=10.5)
        y.border = BORDER
        y.alignment = Alignment(vertical="center", wrap_text=True)
        lines = max(text.count("\n") + 1, len(text) // 34 + 1)
        if lines > 1:
            ws.row_dimensions[r].height = min(300, 15 * lines)
        r += 1
    if groups and group_start is not None and r - 1 > group_start:
        ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
    widths = ([10] if groups else []) + [44, 62]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb


def summary_xlsx_horizontal(p: Package, st: Style, *, per_band: int = 9, font: str = "等线") -> Workbook:
    """Labels across a row, values in the row below, in successive bands."""
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.cell(row=1, column=1, value="附件4：平台基本情况汇总表").font = Font(name=font, size=14, bold=True)
    labels = labels_for(p)
    r = 3
    for b in range(0, len(labels), per_band):
        band = labels[b:b + per_band]
        tallest = 1
        for c, label in enumerate(band, start=1):
            x = ws.cell(row=r, column=c, value=label)
            x.font = Font(name=font, size=9, bold=True)
            x.fill = PatternFill("solid", fgColor="FCE4D6")
            x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            x.border = BORDER
            text = cell_text(p, label, st)
            val, fmt = _num(text)
            y = ws.cell(row=r + 1, column=c, value=val)
            if fmt:
                y.number_format = fmt
            y.font = Font(name=font, size=9)
            y.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            y.border = BORDER
            tallest = max(tallest, len(text) // 14 + 1 + text.count("\n"))
        ws.row_dimensions[r].height = 42
        ws.row_dimensions[r + 1].height = min(320, 14 * tallest)
        r += 3
    for c in range(1, per_band + 1):
        ws.column_dimensions[get_column_letter(c)].width = 19
    return wb


def summary_docx_blocks(p: Package, st: Style) -> list:
    H = lambda t: Cell(t, bold=True, align="center", shade="F2F2F2")
    rows = [[H("项目"), H("内容")]]
    for label in labels_for(p):
        text = cell_text(p, label, st)
        rows.append([Cell(label), Cell(text)])
    return [Para("附件4", bold=True), Title("平台基本情况汇总表", 16), grid([2.2, 3.8], rows, header_rows=1, size=9.5)]


def contact_blocks(p: Package, with_backup: bool = True, address: str = "blanks") -> list:
    c = p.contact
    H = lambda t: Cell(t, bold=True, align="center")
    rows = [[H("序号"), H("姓名"), H("单位名称"), H("职务"), H("手机号码"), H("电子邮箱")],
            [Cell("联系人（主）", align="center"), Cell(c.name, align="center"), Cell(p.company.name),
             Cell(c.title, align="center"), Cell(c.mobile, align="center"), Cell(c.email)]]
    if with_backup:
        rows.append([Cell("联系人（备用）", align="center"), Cell(c.backup_name, align="center"), Cell(p.company.name),
                     Cell(c.backup_title, align="center"), Cell(c.backup_mobile, align="center"), Cell(c.backup_email)])
    return [
        Para("附件1", bold=True),
        Title("联系人信息反馈表", 18),
        Title("2024年度上海市工业互联网平台应用水平评价工作", 12, bold=False),
        Para("一、联系人信息反馈", bold=True, size=12),
        grid([1.4, 1, 2.6, 1.3, 1.5, 2.3], rows, header_rows=1, size=10),
        Para("二、评审会现场地址信息反馈", bold=True, size=12),
        Para(f"具体地址*：{c.district}　{c.road}　{c.number}（弄）　{c.detail}" if address == "blanks"
             else f"具体地址*：{c.address}", size=12),
        Spacer(8),
        Para("*注：该场地信息将用于工作组安排后续评价工作，评价工作主要包括：①现场调研核查（含平台功能现场操作演示）；"
             "②专家评审会（含平台建设情况PPT汇报答辩）共两个环节。该场地需要满足评价工作所需的平台功能操作演示、"
             "现场答辩等相关需求。最终是否安排现场工作请以后续通知为准。", size=9),
    ]


def commitment_blocks(p: Package, date: str = "2024年7月16日") -> list:
    return [
        Para("附件5", bold=True),
        Spacer(20),
        Title("真实性承诺", 20),
        Spacer(30),
        Para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
             "如有不实，愿承担相应的法律责任及由此产生的一切后果。", indent=True, size=14),
        Para("特此承诺。", indent=True, size=14),
        Spacer(120),
        Para(f"申报单位：{p.company.name}（盖章）", align="right", size=14),
        Spacer(20),
        Para(f"法定代表人：{p.company.legal_rep}（签章）", align="right", size=14),
        Spacer(20),
        Para(date, align="right", size=14),
    ]
