"""The applicant's self-check (申报单位): every problem, worst first — all 错误 (must be fixed),
then 警告, then 提示 (issue 16: the list was ordered by kind, a 提示 before a 警告) — each with
what kind of problem it is (缺少材料, 空白未填, … 数据一致性), where it is, what the notice asks
and its 填报指引 (without repeating the label the finding already names); then how every file
was recognised. Files are named as a reviewer names them, never by a server path.

The findings and the notice's wording (填报指引, the rule's basis) come from `assistant`; this
view orders them for someone fixing a package before sending it.
"""

from __future__ import annotations

import streamlit as st

from assistant.checks import rule_catalog
from assistant.core.findings import SEVERITY_ZH, Finding
from ui import state, style
from ui.evidence import citation_buttons, names_of, render_viewer
from ui.markup import md, plain, where
from ui.tables import COMPLETENESS_FAMILIES, fix_hint, selfcheck_sections
from ui.views_findings import SEVERITY_BADGE
from ui.views_overview import files_table

SECTION_HELP = {"error": "必须改正", "warning": "请核对，确有问题的请改正", "info": "供参考"}


def render(ctx: state.ViewContext) -> None:
    review = ctx.review
    sections = selfcheck_sections(review.findings)
    bases = {spec.id: spec.basis for spec in rule_catalog()}
    incomplete = sum(1 for f in review.findings if f.family in COMPLETENESS_FAMILIES)
    left, right = st.columns([3, 2], gap="medium")
    with left:
        st.subheader("提交前自查")
        if incomplete:
            st.warning(f"完整性与格式问题 {incomplete} 项：请逐项补齐后再提交。")
        else:
            st.success("未发现缺少材料、空白、缺证明资料、字数或格式问题。")
        if not sections:
            st.caption("未发现数据不一致。")
        for severity, items in sections:
            st.markdown(f"##### {SEVERITY_ZH[severity]}（{len(items)} 项）：{SECTION_HELP[severity]}")
            for kind, finding in items:
                render_item(ctx, finding, bases, kind)
        st.markdown("##### 文件识别情况")
        st.caption("shenbao 按内容识别每个文件；识别错误的文件请检查标题是否与通知模板一致。")
        style.table(files_table(review))
    with right:
        render_viewer(review.package, state.selected_citation(ctx.package_id, ctx.view), ctx.settings, ctx.passwords)


def render_item(ctx: state.ViewContext, finding: Finding, bases: dict[str, str], kind: str) -> None:
    with st.container(border=True, key=f"sc-{finding.id}"):
        st.markdown(f"{SEVERITY_BADGE[finding.severity]} :gray[{md(kind)}] · {md(finding.message)}")
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
