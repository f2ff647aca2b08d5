"""附件2 申报表 as a DOCX: cover, 一、企业基本情况, 二、平台基本情况 and 三、指标明细表.

Owns the Word layout of the form: the template's tables filled in, checkboxes as ☑/□, the
指标明细表 with 一级/二级/三级 columns as real vertical merges (w:vMerge), its column order and
label spellings taken from the layout. Cell contents come from `state.cells` / `state.basic`;
this module decides nothing about values or problems.
"""

from __future__ import annotations

from docx.shared import Cm, Pt

from eval_sets.generator.formats import money
from eval_sets.generator.notice import INDICATOR_ROWS
from eval_sets.generator.office import cell_lines, cover, heading, new_document, save_docx, set_cell
from eval_sets.generator.state import PackageState

_COLUMN_WEIGHTS = {"levels": 1.5, "index": 1.0, "content": 3.8, "actual": 5.6, "proof": 3.1}
TEXT_WIDTH_CM = 17.0


def box(checked: bool) -> str:
    return "☑" if checked else "□"


def render_form(state: PackageState) -> bytes:
    doc = new_document()
    p = state.profile
    b = state.basic
    assert b is not None
    cover(doc, "上海市工业互联网平台应用水平评价", "申报表",
          [("申报年度", "2024 年度"), ("平台名称", b.platform_name), ("申报单位", f"{state.platform.company}（公章）"),
           ("联 系 人", p.contact), ("联系人电话", p.mobile)], "2024 年 7 月 15 日")
    heading(doc, "一、企业基本情况", 1, state.layout.headings)
    _company_table(doc, state)
    heading(doc, "二、平台基本情况", 1, state.layout.headings)
    _platform_table(doc, state)
    doc.add_page_break()
    heading(doc, "三、上海市工业互联网平台应用水平评价指标明细表", 1, state.layout.headings)
    doc.add_paragraph("（请依据此表后附的填报指引填写！）")
    _indicator_table(doc, state)
    note = doc.add_paragraph()
    note.add_run("注：1 填写本列时，具体指标解释及填报指引详见后表，请根据后表填写。"
                 "2 填写本列时，证明资料请逐项对应到《申报书》附件对应序号、附件名称及页码，若某一指标无证明资料，"
                 "则需进行填写说明解释填写情况及理由。").font.size = Pt(9)
    return save_docx(doc)


def _company_table(doc, state: PackageState) -> None:
    p = state.profile
    v = state.declared
    table = doc.add_table(rows=0, cols=6)
    table.style = "Table Grid"

    def row(*cells: str, spans: tuple[int, ...] = ()) -> None:
        r = table.add_row()
        spans = spans or (1,) * len(cells)
        col = 0
        for text, span in zip(cells, spans, strict=True):
            cell = r.cells[col]
            if span > 1:
                cell = cell.merge(r.cells[col + span - 1])
            set_cell(cell, text)
            col += span

    row("单位（企业）名称", state.platform.company, "单位（企业）代码", p.credit_code, spans=(1, 2, 1, 2))
    row("成立日期", p.founded, "注册地及所在行政区", p.district, spans=(1, 2, 1, 2))
    row("企业类型", p.company_type, "注册资本", p.capital, spans=(1, 2, 1, 2))
    row("主营业务", p.main_business, spans=(1, 5))
    row("法定代表人", p.legal_rep, "联系人", p.contact, "职务", p.contact_title)
    row("联系人手机", p.mobile, "传真", p.fax, "电子邮箱", p.email)
    row("股权结构", "", spans=(1, 5))
    row("发起人及出资信息", "金额（万元）", "持股比例", spans=(2, 2, 2))
    for name, amount, share in p.shareholders:
        row(name, amount, share, spans=(2, 2, 2))
    row("申报单位上一年度经营状况（2023 年）", spans=(6,))
    row("总资产（万元）", "主营业务收入（万元）", "主营业务收入增长率（%）", "负债率（%）", "利润总额（万元）", "税金（万元）")
    row(money(v.company_assets), money(v.company_revenue), money(v.company_growth), money(v.company_debt_ratio),
        money(v.company_profit), money(v.company_tax))


def _platform_table(doc, state: PackageState) -> None:
    b = state.basic
    assert b is not None
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"

    def row(label: str, lines: list[str]) -> None:
        r = table.add_row()
        set_cell(r.cells[0], label)
        cell_lines(r.cells[1], lines)
        r.cells[0].width, r.cells[1].width = Cm(5.0), Cm(12.0)

    row("平台名称\n（原则上应与附件 6：纳入本年度评价工作的平台名单中的名称一致，若因企业战略规划对于平台名称有变更，"
        "请注明平台原名称+现名称）", [b.platform_name])
    row("建设时间", [b.build_period])
    row("平台建设金额（万元）", [money(b.build_amount)])
    row("平台近三年经营指标情况", [*b.revenue_lines, "注：此处数据需将平台相关收益单列，而非整个公司的财务数据。"])
    partner = b.partner or "__________________"
    row("平台建设方式", [f"{box(b.build_mode == '自建')} 自建",
                        f"{box(b.build_mode == '合作共建')} 合作共建，合作企业名称（必填）：{partner}"])
    row("平台运营模式", ["　".join(f"{box(b.ops_mode == m)} {m}" for m in ("自运营", "联合运营", "委托运营"))])
    provider = b.iaas_provider or "__________________"
    row("IaaS 基础设施", [f"{box(b.iaas_mode == '自建')} 自建",
                         f"{box(b.iaas_mode == '租用')} 租用，服务商名称（必填）：{provider}"])
    other = b.other_deployment_text or "__________________"
    row("部署方式", ["　".join(f"{box(m in b.deployments)} {m}" for m in ("边缘侧", "私有云", "公有云", "混合云")),
                     f"{box(b.other_deployment)} 其他部署方式，请填写（必填）：{other}"])
    row("平台网址\n（请务必提供一个可以登录查看平台运行情况的账号和密码）",
        [b.url, f"账号：{b.account}　密码：{b.password}"] if b.url else [""])
    row("平台基本情况介绍\n（500 字以内，主要包括但不限于：总体简介、主要功能、形成能力、主要客户等）", [b.intro])
    row("平台建设成效\n（500 字以内，主要包括但不限于：平台解决的工业领域的痛难点问题、对制造业数字化转型的影响和带动作用、"
        "取得的经济、社会和创新效益等）", [b.effects])


def _indicator_table(doc, state: PackageState) -> None:
    layout = state.layout
    columns: list[str] = []
    for col in layout.columns:
        columns += ["level1", "level2", "level3"] if col == "levels" else [col]
    table = doc.add_table(rows=1 + len(INDICATOR_ROWS), cols=len(columns))
    table.style = "Table Grid"
    headers = {"level1": "一级指标", "level2": "二级指标", "level3": "三级指标", "index": "序号",
               "content": "内容", "actual": "平台实际情况", "proof": "证明资料"}
    marks = {"actual": "1", "proof": "2"} if layout.header_footnote else {}
    header_cells = table.rows[0].cells
    for c, name in enumerate(columns):
        set_cell(header_cells[c], headers[name], bold=True, superscript=marks.get(name, ""))
    inline_proof = "proof" not in columns
    grid = [row.cells for row in table.rows]
    for r, row in enumerate(INDICATOR_ROWS, start=1):
        cell = state.cells[row.key]
        actual = cell.actual
        if inline_proof and cell.proof:
            actual = f"{actual}（证明资料：{cell.proof}）"
        texts = {"index": str(r), "content": layout.content_label(row.label), "actual": actual,
                 "proof": cell.proof}
        for c, name in enumerate(columns):
            if name.startswith("level"):
                continue
            set_cell(grid[r][c], texts[name], size=9)
    for c, name in enumerate(columns):
        if name.startswith("level"):
            _merge_runs(table, c, [getattr(row, name) for row in INDICATOR_ROWS], label=True)
        elif name == "proof" and "level1" not in columns:
            # without the level columns, applicants merge repeated 证明资料 cells instead
            _merge_runs(table, c, [state.cells[row.key].proof for row in INDICATOR_ROWS], label=False)
    weights = [_COLUMN_WEIGHTS["levels" if name.startswith("level") else name] for name in columns]
    for c, weight in enumerate(weights):
        width = Cm(TEXT_WIDTH_CM * weight / sum(weights))
        table.columns[c].width = width
        for row_cells in grid:  # Word reads tcW, LibreOffice reads gridCol: set both
            row_cells[c].width = width


def _merge_runs(table, col: int, values: list[str], label: bool) -> None:
    """Vertically merge each run of equal values in a column (w:vMerge restart/continue)."""
    # table.cell(r, c) rebuilds the whole grid on every call; take it once, again after a merge.
    n_cols = len(table.columns)
    grid = table._cells
    start = 0
    for k in range(1, len(values) + 1):
        if k < len(values) and values[k] == values[start]:
            continue
        top = grid[(start + 1) * n_cols + col]
        if label:
            set_cell(top, values[start], size=9)
        if k - start > 1:
            if not label:
                for r in range(start + 2, k + 1):  # the text stays in the top cell only
                    for paragraph in grid[r * n_cols + col].paragraphs:
                        for run in list(paragraph.runs):
                            run._r.getparent().remove(run._r)
            top.merge(grid[k * n_cols + col])
            grid = table._cells
        start = k
