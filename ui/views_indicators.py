"""The indicator table: every indicator of 三、指标明细表 by its 一/二/三级 path, grouped by the
notice's dimensions with their weights, its declared value, the evidence values, a status and
the number of findings; filter and search. Beside the tables, in the column that stays in sight,
one indicator's detail and its sources in the evidence viewer: the indicator's own citation
unless one of its citations was clicked here (issue 16: the viewer kept a citation picked on
another view).
"""

from __future__ import annotations

import math

import streamlit as st

from ui import state, style
from ui.evidence import citation_buttons, render_viewer
from ui.markup import md
from ui.tables import IndicatorRow, filter_rows, findings_by_field, indicator_rows
from ui.views_findings import SEVERITY_BADGE

PAGE_SIZE = 40
COLUMNS = ["三级指标", "指标", "申报值", "证据值", "状态", "问题数", "最严重"]
STATUSES = ("未填写", "与证据不一致", "证据一致", "证据未核实", "证据有歧义", "有证据（未比对）", "已填写（未核对证据）")


def render(ctx: state.ViewContext) -> None:
    review = ctx.review
    rows: list[IndicatorRow] = ctx.loaded.memo("indicators", indicator_rows)
    dimensions = review.catalog.dimensions
    by_field = ctx.loaded.memo("findings_by_field", findings_by_field)
    st.subheader(f"指标核对（{len(rows)} 项）")
    c1, c2, c3, c4 = st.columns([3, 2, 2, 1])
    query = c1.text_input("搜索指标（名称、数值）", key="i-query")
    chosen = c2.multiselect("一级指标", [d.code for d in dimensions], key="i-dimension",
                            format_func=lambda code: next(f"{d.code}、{d.name}（{d.weight}%）" for d in dimensions if d.code == code),
                            placeholder="全部")
    statuses = c3.multiselect("状态", STATUSES, key="i-status", placeholder="全部")
    only = c4.checkbox("只看有问题", key="i-only")
    shown = filter_rows(rows, query=query, statuses=statuses, dimensions=chosen, only_findings=only)
    if not shown:
        st.info("没有符合条件的指标。")
        return
    left, right = st.columns([3, 2], gap="medium")
    with left:
        pages = max(1, math.ceil(len(shown) / PAGE_SIZE))
        page_number = st.pagination(pages, key="i-page") if pages > 1 else 1
        st.caption(f"筛选后 {len(shown)} 项，第 {page_number}/{pages} 页")
        page_rows = shown[(page_number - 1) * PAGE_SIZE: page_number * PAGE_SIZE]
        for dimension in dimensions:
            group = [r for r in page_rows if r.dimension_code == dimension.code]
            if not group:
                continue
            total = sum(1 for r in rows if r.dimension_code == dimension.code)
            problems = len({f.id for r in rows if r.dimension_code == dimension.code for f in by_field.get(r.field_id, [])})
            st.markdown(f"##### {dimension.code}、{md(dimension.name)}（权重 {dimension.weight}%）· "
                        f"{total} 项指标，{problems} 个问题")
            style.table([r.as_record() for r in group], columns=COLUMNS)
    with right:
        labels = {r.field_id: f"{r.level3.split(' ', 1)[0]} {r.label}" for r in shown}
        if st.session_state.get("i-detail") not in labels:
            st.session_state["i-detail"] = next(iter(labels))
        field_id = st.selectbox("查看指标出处", list(labels), format_func=labels.get, key="i-detail")
        row = next(r for r in shown if r.field_id == field_id)
        render_detail(ctx, row)
        picked = state.selected_citation(ctx.package_id, ctx.view)
        citation = picked if picked in row.citations else (row.citations[0] if row.citations else None)
        render_viewer(review.package, citation, ctx.settings, ctx.passwords, hint="该指标没有可显示的出处。")


def render_detail(ctx: state.ViewContext, row: IndicatorRow) -> None:
    st.markdown(f"**{md(row.label)}**  \n{md(row.level2)} › {md(row.level3)}")
    st.markdown(f"申报值：**{md(row.declared or '（未填写）')}**  \n证据值：{md(row.evidence or '（无）')}  \n"
                f"状态：{md(row.status)}" + (f"  \n证明资料：{md(row.proof)}" if row.proof else ""))
    if row.citations:
        citation_buttons(ctx.review.package, row.citations, f"ind-{row.field_id}")
    for finding in ctx.loaded.memo("findings_by_field", findings_by_field).get(row.field_id, []):
        st.markdown(f"{SEVERITY_BADGE[finding.severity]} {md(finding.message)}")
