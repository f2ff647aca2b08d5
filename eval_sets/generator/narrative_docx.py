"""附件3 申报书 as a DOCX: cover, sections 一 to 六 (七 for 2023 participants), cases with figures.

Owns the Word layout of the narrative: headings as Word heading styles or bold paragraphs (per
layout), the mandatory closing paragraphs, the 表X 对标表, case figures, the section 六
attachment list with page counts and the section 七 comparison table. Text comes from
`narrative_text`; omissions planted by problems come from `state.narrative`.
"""

from __future__ import annotations

import io

from docx.shared import Cm, Pt

from eval_sets.generator.narrative_text import (
    benchmark_rows, benefit_closing, benefit_section, cases, company_section, plan_section,
    platform_section, section7_rows, section7_text, technical_closing,
)
from eval_sets.generator.office import cover, heading, new_document, save_docx, set_cell
from eval_sets.generator.raster import case_figure
from eval_sets.generator.state import PackageState


def render_narrative(state: PackageState) -> bytes:
    doc = new_document()
    style = state.layout.headings
    omit = state.narrative.omit_sections
    closing = state.narrative.omit_closing
    p = state.profile
    cover(doc, "上海市工业互联网平台应用水平评价", "申报书",
          [("申报年度", "2024 年度"), ("平台名称", state.basic.platform_name if state.basic else ""),
           ("申报单位", f"{state.platform.company}（公章）"), ("联 系 人", p.contact), ("联系人电话", p.mobile)],
          "2024 年 7 月 15 日")

    heading(doc, "一、申报单位简介", 1, style)
    _paragraphs(doc, company_section(state))

    heading(doc, "二、平台建设及运营情况", 1, style)
    for title, paragraphs in platform_section(state):
        heading(doc, title, 2, style)
        _paragraphs(doc, paragraphs)
        if title.startswith("（三）"):
            doc.add_paragraph("表X 平台对标同行业或相似平台的部分量化数据对比表")
            _table(doc, benchmark_rows(state), [3.2, 5.5, 6.5])
    if "二" not in closing:
        _paragraphs(doc, [technical_closing(state)])

    heading(doc, "三、平台应用成效", 1, style)
    _paragraphs(doc, benefit_section(state))
    if "三" not in closing:
        _paragraphs(doc, [benefit_closing(state)])

    heading(doc, "四、平台下一步发展计划", 1, style)
    _paragraphs(doc, plan_section(state))

    if "五" not in omit:
        heading(doc, "五、平台应用案例", 1, style)
        for k, case in enumerate(cases(state), start=1):
            heading(doc, f"案例{k}：{case.title}", 2, style)
            _labelled(doc, "企业简介", case.company_intro)
            _labelled(doc, "平台简介", case.platform_intro)
            _labelled(doc, "案例实际内容简介", case.content)
            doc.add_paragraph("配图：")
            doc.add_picture(io.BytesIO(case_figure(case.figure_title, case.boxes)), width=Cm(14))
            doc.add_paragraph(f"图{k} {case.figure_title}")

    heading(doc, "六、附件及其他说明材料", 1, style)
    doc.add_paragraph("本申报书附件清单如下（页码为各附件PDF文件的物理页码）：")
    for d in state.docs:
        name = d.path.rsplit("/", 1)[-1]
        extra = ""
        if d.role == "audit_report":
            extra = f"，其中资产负债表见第{d.pages['balance']}页，利润表见第{d.pages['income']}页"
        doc.add_paragraph(f"附件3-{d.number}：{d.short}（文件：{name}，共{d.page_count}页{extra}）")

    if state.platform.participated_2023 and "七" not in omit:
        heading(doc, "七、平台相较上年度对比情况", 1, style)
        _paragraphs(doc, [section7_text()])
        _table(doc, section7_rows(state), [5.5, 3.2, 3.2, 3.2])
    return save_docx(doc)


def _paragraphs(doc, texts: list[str]) -> None:
    for text in texts:
        paragraph = doc.add_paragraph(text)
        paragraph.paragraph_format.first_line_indent = Pt(22)


def _labelled(doc, label: str, text: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run(f"{label}：").bold = True
    paragraph.add_run(text)


def _table(doc, rows: list[list[str]], widths: list[float]) -> None:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        for c, text in enumerate(row):
            set_cell(cells[c], text, bold=(r == 0), size=9)
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
