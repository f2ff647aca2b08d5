"""附件4 平台基本情况汇总表 in four office shapes.

- horizontal   [A]: labels across one row, values in the row below (as 附件4 is compiled for 33 platforms)
- transposed   [B]: labels down column A, values in B, merged title/填报单位/section rows, 近三年 over 3 rows
- docx         [C]: a Word table 序号 / 指标 / 填报内容 with section rows
- titled_2sheet[D]: title and notes rows, breakdowns moved to a second sheet 附表1

Cells are what the applicant typed: units may differ from the printed label (「1.2亿元」, a label
re-headed 「（元）」), yes/no as √/×/「是」. `spec.sum_over` holds the planted differences.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import util as u
from model import BREAKDOWN, FLOAT2, LABELS, YESNO

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")

GROUPS = [
    ("一、基本信息", "序号", "部署方式"),
    ("二、团队与经营情况", "平台团队总人数（人）", "付费用户占比（%）"),
    ("三、资源汇聚与配置", "连接的工业设备/产品/产线种类及数量（台/套）", "按行业统计公有云工业APP平均日活跃数量（个）"),
    ("四、数据管理与挖掘", "平台实际用云量（台）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    ("五、微服务、开发者与安全", "微服务数量（个）", "有否定期进行安全扫描"),
    ("六、平台应用规模与价值", "注册企业用户数（个）", "平台现有特色指数（个）"),
    ("七、带动成效与生态", "平台核心软硬件技术获得的专利数量（项）", "合作平台数量（个）"),
]


def group_of(label):
    idx = LABELS.index(label)
    for name, a, b in GROUPS:
        if LABELS.index(a) <= idx <= LABELS.index(b):
            return name
    raise KeyError(label)


def printed_label(spec, label, style):
    if label in style.get("yuan", ()):
        return label.replace("（万元）", "（元）")
    return label


def cell(spec, label, style):
    """What the applicant typed in the 汇总表 for this row (str or number)."""
    if label in spec.sum_over:
        return spec.sum_over[label]
    V, m = spec.V, spec.meta
    v = V[label]
    yes, no = style.get("yesno", ("是", "否"))
    if label == "建设时间":
        return style.get("built", m["built"])
    if label == "平台近三年经营指标情况":
        return "\n".join(
            f"{y}年平台营收{u.money(v[f'{y}年平台营收（万元）'])}万元/增长率{v[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
    if label == "平台订单数量(近一年总量)（个）":
        return f"{u.num(v['2023年自然年'])}（2023年自然年）；{u.num(v['截至填表日前一年'])}（截至填表日前一年）"
    if label == "平台是否服务上海智能工厂，数量":
        return style.get("factory", "{yes}，{n}家").format(yes=yes, n=v)
    if label in YESNO:
        return yes if v else no
    if label in style.get("yuan", ()):
        return u.money(u.yuan(v))
    if label in style.get("yi", ()):
        return style["yi"][label]
    if label in style.get("unit_in_cell", ()):
        return u.money(v) + "万元"
    if isinstance(v, dict) or (v is None and label in BREAKDOWN):
        return "、".join(f"{k}：{n}" for k, n in v.items()) if v else "无"
    if isinstance(v, bool):
        return yes if v else no
    if isinstance(v, (int, float)):
        if style.get("numbers") == "numeric":
            return v
        return u.money(v) if label in FLOAT2 else u.num(v, style.get("sep", False))
    return v


def _c(ws, ref, value, bold=False, align=WRAP, fill=None, size=10, border=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name="宋体", size=size, bold=bold)
    c.alignment = align
    if border:
        c.border = BORDER
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    return c


# --------------------------------------------------------------------------- [A] horizontal


def horizontal(spec, path, style):
    from openpyxl.utils import get_column_letter as L

    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    n = len(LABELS)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    _c(ws, "A1", "附件4　平台基本情况汇总表（2024年度上海市工业互联网平台应用水平评价）", bold=True, size=14, align=CENTER,
       border=False)
    col = 1
    for name, a, b in GROUPS:
        span = LABELS.index(b) - LABELS.index(a) + 1
        ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + span - 1)
        _c(ws, f"{L(col)}2", name, bold=True, align=CENTER, fill="DDEBF7")
        col += span
    for j, label in enumerate(LABELS, start=1):
        _c(ws, f"{L(j)}3", printed_label(spec, label, style), bold=True, align=CENTER, fill="F2F2F2", size=9)
        v = cell(spec, label, style)
        c = _c(ws, f"{L(j)}4", v, size=9)
        if isinstance(v, float):
            c.number_format = "0.00"
        ws.column_dimensions[L(j)].width = 30 if label in BREAKDOWN or label in (
            "平台近三年经营指标情况", "平台开放共享数据的形式及数量", "评审会现场地址信息") else 14
    ws.row_dimensions[3].height = 60
    ws.row_dimensions[4].height = 120
    ws.freeze_panes = "B4"
    u.save_xlsx(wb, path, author=spec.meta["contact"])


# --------------------------------------------------------------------------- [B] transposed


def transposed(spec, path, style):
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 64
    ws.column_dimensions["C"].width = 22
    _c(ws, "A1", "附件4", bold=True, border=False)
    ws.merge_cells("A2:C2")
    _c(ws, "A2", "平台基本情况汇总表", bold=True, size=16, align=CENTER, border=False)
    ws.merge_cells("A3:B3")
    _c(ws, "A3", f"填报单位（盖章）：{spec.meta['company']}", border=False)
    _c(ws, "C3", "填报日期：2024年7月18日", border=False)
    for j, h in enumerate(("项目", "填报内容", "备注")):
        _c(ws, f"{'ABC'[j]}4", h, bold=True, align=CENTER, fill="FFF2CC")
    r = 5
    current = None
    notes = style.get("notes", {})
    for label in LABELS:
        g = group_of(label)
        if g != current:
            ws.merge_cells(f"A{r}:C{r}")
            _c(ws, f"A{r}", g, bold=True, fill="E2EFDA")
            current = g
            r += 1
        v = cell(spec, label, style)
        if label == "平台近三年经营指标情况":
            lines = str(v).split("\n")
            ws.merge_cells(f"A{r}:A{r + len(lines) - 1}")
            _c(ws, f"A{r}", printed_label(spec, label, style))
            for k, line in enumerate(lines):
                _c(ws, f"B{r + k}", line)
                _c(ws, f"C{r + k}", "平台口径，非公司整体" if k == 0 else None)
            for k in range(1, len(lines)):
                ws[f"A{r + k}"].border = BORDER
            r += len(lines)
            continue
        _c(ws, f"A{r}", printed_label(spec, label, style))
        c = _c(ws, f"B{r}", v)
        if isinstance(v, float):
            c.number_format = "0.00"
        _c(ws, f"C{r}", notes.get(label))
        ws.row_dimensions[r].height = max(18, 15 * (1 + len(str(v)) // 46))
        r += 1
    u.save_xlsx(wb, path, author=spec.meta["contact"])


# --------------------------------------------------------------------------- [C] docx


def docx(spec, path, style):
    doc = u.docx_new("宋体", 10.5)
    u.docx_par(doc, "附件4", bold=True, size=14, font="黑体")
    u.docx_par(doc, "平台基本情况汇总表", bold=True, size=18, align="center", font="方正小标宋简体")
    u.docx_par(doc, f"填报单位：{spec.meta['company']}（盖章）", size=11)
    rows = []
    current = None
    for label in LABELS:
        g = group_of(label)
        if g != current:
            rows.append(("group", g))
            current = g
        rows.append(("row", label))
    t = u.docx_table(doc, len(rows) + 1, 3)
    for j, h in enumerate(("序号", "指标", "填报内容")):
        u.cell_text(t.cell(0, j), h, bold=True, align="center")
    k = 0
    for i, (kind, x) in enumerate(rows, start=1):
        if kind == "group":
            a = t.cell(i, 0).merge(t.cell(i, 2))
            u.cell_text(a, x, bold=True)
            continue
        k += 1
        u.cell_text(t.cell(i, 0), str(k), align="center", size=9)
        u.cell_text(t.cell(i, 1), printed_label(spec, x, style), size=9)
        u.cell_text(t.cell(i, 2), str(cell(spec, x, style)), size=9)
    u.docx_par(doc, "注：本表数据与申报表一致，统计截至2024年6月30日；金额单位为万元。", size=9)
    u.save_docx(doc, path, author=spec.meta["contact"])


# --------------------------------------------------------------------------- [D] title/notes rows + 附表1


def titled_2sheet(spec, path, style):
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["C"].width = 62
    ws.merge_cells("A1:C1")
    _c(ws, "A1", "附件4", bold=True, border=False)
    ws.merge_cells("A2:C2")
    _c(ws, "A2", "2024年度上海市工业互联网平台应用水平评价\n平台基本情况汇总表", bold=True, size=15, align=CENTER,
       border=False)
    ws.row_dimensions[2].height = 44
    ws.merge_cells("A3:C3")
    _c(ws, "A3", f"填报单位：{spec.meta['company']}（盖章）　　　　填报日期：2024年7月", border=False)
    ws.merge_cells("A4:C4")
    _c(ws, "A4", "金额单位：万元（另有标注的除外）；统计截至：2024年6月30日", size=9, border=False)
    for j, h in enumerate(("栏次", "指标项", "填报内容")):
        _c(ws, f"{'ABC'[j]}5", h, bold=True, align=CENTER, fill="D9D9D9")
    r = 6
    refs = {}
    k = 0
    for label in LABELS:
        k += 1
        _c(ws, f"A{r}", k, align=CENTER)
        _c(ws, f"B{r}", printed_label(spec, label, style))
        if label in BREAKDOWN:
            refs[label] = len(refs) + 1
            v = f"详见附表1-{refs[label]}"
        else:
            v = cell(spec, label, style)
        c = _c(ws, f"C{r}", v)
        if isinstance(v, float):
            c.number_format = "0.00"
        ws.row_dimensions[r].height = max(18, 15 * (1 + len(str(v)) // 44))
        r += 1
    r += 1
    for line in ("注：1.本表由申报单位根据《申报表》填写，数据口径与《申报表》一致；",
                 "2.“按二级分类/按省市区域/按行业/按海外国家/按新模式”统计的分项数据见第二张工作表“附表1”；",
                 "3.是/否类指标填“是”或“否”；4.本表一式一份，加盖单位公章后扫描提交。"):
        ws.merge_cells(f"A{r}:C{r}")
        _c(ws, f"A{r}", line, size=9, border=False)
        r += 1

    ws2 = wb.create_sheet("附表1 分类统计明细")
    ws2.column_dimensions["A"].width = 30
    ws2.column_dimensions["B"].width = 16
    ws2.merge_cells("A1:B1")
    _c(ws2, "A1", "附表1　分项统计明细（与汇总表对应栏次）", bold=True, size=13, border=False)
    r = 3
    over = style.get("bd_over", {})
    for label, no in refs.items():
        d = over.get(label, spec.V[label])
        ws2.merge_cells(f"A{r}:B{r}")
        _c(ws2, f"A{r}", f"附表1-{no}　{label}", bold=True, fill="DDEBF7")
        r += 1
        _c(ws2, f"A{r}", "类别/区域", bold=True)
        _c(ws2, f"B{r}", "数量", bold=True)
        r += 1
        if not d:
            _c(ws2, f"A{r}", "无")
            _c(ws2, f"B{r}", 0)
            r += 2
            continue
        for cat, n in d.items():
            _c(ws2, f"A{r}", cat)
            _c(ws2, f"B{r}", n)
            r += 1
        _c(ws2, f"A{r}", "合计", bold=True)
        _c(ws2, f"B{r}", sum(d.values()), bold=True)
        r += 2
    u.save_xlsx(wb, path, author=spec.meta["contact"])
