"""The indicator table: every indicator of 三、指标明细表 by its 一/二/三级 path, grouped by the
notice's dimensions with their weights, its declared value, the evidence values, a status and
the number of findings; filter and search; one indicator's citations open in the viewer.
"""

from __future__ import annotations

import math

import streamlit as st

from ui import state
from ui.evidence import citation_buttons, render_viewer
from ui.markup import md
from ui.tables import IndicatorRow, filter_rows, findings_by_field, indicator_rows
from ui.views_findings import SEVERITY_BADGE

PAGE_SIZE = 40
_COLUMNS = {"一级指标": None, "指标": st.column_config.TextColumn(width="medium"),
            "申报值": st.column_config.TextColumn(width="medium"), "证据值": st.column_config.TextColumn(width="medium"),
            "状态": st.column_config.TextColumn(width="medium"), "问题数": st.column_config.NumberColumn(width="small"),
            "最严重": st.column_config.TextColumn(width="small")}
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
        st.dataframe([r.as_record() for r in group], hide_index=True, width="stretch",
                     key=f"i-table-{dimension.code}",
                     column_config=_COLUMNS)
    if not shown:
        st.info("没有符合条件的指标。")
        return
    st.divider()
    left, right = st.columns([2, 3], gap="medium")
    with left:
        labels = {r.field_id: f"{r.level3.split(' ', 1)[0]} {r.label}" for r in shown}
        field_id = st.selectbox("查看指标出处", list(labels), format_func=labels.get, key="i-detail")
        row = next(r for r in shown if r.field_id == field_id)
        render_detail(ctx, row)
    with right:
        render_viewer(review.package, state.selected_citation(ctx.package_id), ctx.settings, ctx.passwords)


def render_detail(ctx: state.ViewContext, row: IndicatorRow) -> None:
    st.markdown(f"**{md(row.label)}**  \n{md(row.level2)} › {md(row.level3)}")
    st.markdown(f"申报值：**{md(row.declared or '（未填写）')}**  \n证据值：{md(row.evidence or '（无）')}  \n"
                f"状态：{md(row.status)}" + (f"  \n证明资料：{md(row.proof)}" if row.proof else ""))
    if row.citations:
        citation_buttons(ctx.package_id, row.citations, f"ind-{row.field_id}")
    else:
        st.caption("没有可显示的出处")
    for finding in ctx.loaded.memo("findings_by_field", findings_by_field).get(row.field_id, []):
        st.markdown(f"{SEVERITY_BADGE[finding.severity]} {md(finding.message)}")
