"""The applicant's self-check (申报单位): completeness first — missing files, blanks, missing
proof, 字数, answer formats, required sections — each with where it is and what the notice asks,
then how every file was recognised, then the consistency findings. Within each part the worst
comes first (an 错误 before a 警告: issue 16); files are named as the reviewer names them, the
填报指引 does not repeat the label the finding already names.

The findings and the notice's wording (填报指引, the rule's basis) come from `assistant`; this
view orders them for someone fixing a package before sending it.
"""

from __future__ import annotations

import streamlit as st

from assistant.checks import rule_catalog
from assistant.core.findings import Finding
from ui import state, style
from ui.evidence import citation_buttons, names_of, render_viewer
from ui.markup import md, plain, where
from ui.tables import completeness_groups, fix_hint
from ui.views_findings import SEVERITY_BADGE
from ui.views_overview import files_table


def render(ctx: state.ViewContext) -> None:
    review = ctx.review
    groups, rest = completeness_groups(review.findings)
    bases = {spec.id: spec.basis for spec in rule_catalog()}
    incomplete = sum(len(items) for _, items in groups)
    left, right = st.columns([3, 2], gap="medium")
    with left:
        st.subheader("提交前自查")
        if incomplete:
            st.warning(f"完整性与格式问题 {incomplete} 项：请逐项补齐后再提交。")
        else:
            st.success("未发现缺少材料、空白、缺证明资料、字数或格式问题。")
        for title, items in groups:
            st.markdown(f"##### {md(title)}（{len(items)} 项）")
            for finding in items:
                render_item(ctx, finding, bases)
        st.markdown(f"##### 数据一致性（{len(rest)} 项）")
        if not rest:
            st.caption("未发现数据不一致。")
        for finding in rest:
            render_item(ctx, finding, bases)
        st.markdown("##### 文件识别情况")
        st.caption("shenbao 按内容识别每个文件；识别错误的文件请检查标题是否与通知模板一致。")
        style.table(files_table(review))
    with right:
        render_viewer(review.package, state.selected_citation(ctx.package_id, ctx.view), ctx.settings, ctx.passwords)


def render_item(ctx: state.ViewContext, finding: Finding, bases: dict[str, str]) -> None:
    with st.container(border=True, key=f"sc-{finding.id}"):
        st.markdown(f"{SEVERITY_BADGE[finding.severity]} {md(finding.message)}")
        names = names_of(ctx.review.package)
        places = ([f"{names.get(c.file, c.file)} {where(c)}" for c in finding.citations[:3]]
                  or [names.get(f, f) for f in finding.files[:3]])
        if places:
            st.caption(plain("位置：" + "；".join(dict.fromkeys(places))))
        basis = bases.get(finding.rule, "")
        if basis:
            st.markdown(f"**通知要求：** {md(basis)}")
        hint = fix_hint(finding, ctx.review)
        if hint:
            st.markdown(f"**填报指引：** {md(hint)}")
        if finding.citations:
            citation_buttons(ctx.review.package, finding.citations, f"sc-{finding.id}", limit=3)
