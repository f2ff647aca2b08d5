"""The 附件4 平台基本情况汇总表 as pre-filled, row by row with its source, and the reviewer's
override of a row's value (item kind "value" in the review store), which the exports apply.

The table shows every cell whole (`ui.style.table`); the row picked below it opens its sources in
the evidence viewer beside it, which stays in sight."""

from __future__ import annotations

import math

import streamlit as st

from assistant.store.interface import citations_hash
from ui import state, style
from ui.decisions import Item, decision_badge, decision_form
from ui.evidence import citation_buttons, names_of, render_viewer
from ui.markup import md, plain
from ui.views_findings import load_decisions

PAGE_SIZE = 40
_STATUS_ZH = {"found": "已填", "missing": "缺失", "ambiguous": "来源不一致"}


def render(ctx: state.ViewContext) -> None:
    review = ctx.review
    decisions = load_decisions(ctx)
    names = names_of(review.package)
    st.subheader(f"附件4 平台基本情况汇总表（{len(review.rows)} 行）")
    c1, c2 = st.columns([3, 2])
    query = c1.text_input("搜索行", key="s-query").strip()
    statuses = c2.multiselect("状态", list(_STATUS_ZH.values()), key="s-status", placeholder="全部")
    rows = [r for r in review.rows
            if (not query or query in plain(f"{r.label}{r.value}")) and (not statuses or _STATUS_ZH[r.status] in statuses)]
    pages = max(1, math.ceil(len(rows) / PAGE_SIZE))
    page_number = st.pagination(pages, key="s-page") if pages > 1 else 1
    records = []
    for row in rows[(page_number - 1) * PAGE_SIZE: page_number * PAGE_SIZE]:
        current = decisions.get(("value", row.label))
        overridden = current is not None and current.action == "override"
        citation = row.citations[0] if row.citations else None
        records.append({"序": row.order, "项目": row.label, "内容": plain(current.after if overridden else row.value),
                        "状态": _STATUS_ZH[row.status] + ("（评审已修改）" if overridden else ""),
                        "来源": plain(f"{names.get(citation.file, citation.file)} {citation.place}" if citation
                                      else row.note or "未找到")})
    if not rows:
        st.info("没有符合条件的行。")
        return
    left, right = st.columns([3, 2], gap="medium")
    with left:
        style.table(records)
        labels = [r.label for r in rows]
        label = st.selectbox("查看或修改一行", labels, key="s-row")
        row = next(r for r in rows if r.label == label)
        st.markdown(f"**{md(row.label)}**：{md(row.value or '（空）')}")
        if row.note:
            st.caption(plain(row.note))
        citation_buttons(review.package, row.citations, f"row-{row.order}")
        item = Item(kind="value", key=row.label, computed=plain(row.value), evidence_hash=citations_hash(row.citations),
                    title=row.label)
        current = decisions.get(("value", row.label))
        st.markdown(decision_badge(current, item.evidence_hash))
        decision_form(ctx.store, ctx.package_id, item, current, role=ctx.role, reviewer=ctx.reviewer)
    with right:
        cited = state.selected_citation(ctx.package_id, ctx.view)
        render_viewer(review.package, cited if cited in row.citations else (row.citations[0] if row.citations else None),
                      ctx.settings, ctx.passwords, hint="该行没有出处。")
