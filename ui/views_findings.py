"""The findings panel (评审专家, 评价工作组): every finding with its severity, message, both values
and their citations, the reviewer's decision on it, and the evidence viewer beside the list.

Findings, their order and their severities are the checks'; decisions are the review store's.
A rule is named by its Chinese title from the checks' own catalog (`assistant.checks.rule_catalog`),
never by its id.
"""

from __future__ import annotations

import math

import streamlit as st

from assistant.checks import rule_catalog
from assistant.core.errors import ShenbaoError
from assistant.core.findings import SEVERITY_ZH, Finding
from assistant.package.model import EVIDENCE_ROLES
from assistant.reports.check_report import dimension_titles
from assistant.store.interface import Decision, citations_hash
from ui import state
from ui.decisions import Item, decision_badge, decision_form
from ui.evidence import citation_buttons, render_viewer
from ui.markup import md, one_line, plain
from ui.tables import FAMILY_ZH, dimension_of

PAGE_SIZE = 10
SEVERITY_BADGE = {"error": ":red-badge[错误]", "warning": ":orange-badge[警告]", "info": ":gray-badge[提示]"}
DECISION_FILTERS = ("全部", "未处理", "已确认", "已修改", "已驳回")
_FILTER_ACTION = {"已确认": "accept", "已修改": "override", "已驳回": "dismiss"}


def rule_titles() -> dict[str, str]:
    return {spec.id: spec.title for spec in rule_catalog()}


def rule_title(rule: str, titles: dict[str, str]) -> str:
    """What the rule checks, in the notice's words; its family's name for a rule the catalog
    does not list (never the id: issue 16)."""
    return titles.get(rule) or FAMILY_ZH.get(rule.split(".", 1)[0], "其他检查")


def finding_item(finding: Finding) -> Item:
    return Item(kind="finding", key=finding.id, computed=plain(finding.actual) or None,
                evidence_hash=citations_hash(finding.citations), title=one_line(finding.message, 40))


def linked_row(finding: Finding, review):
    """The 附件4 row a finding's value sits in, if any: an override of the finding corrects it."""
    for label in finding.fields:
        spec = review.catalog.match_label(label)
        names = [spec.summary_label] if spec is not None and spec.summary_label else []
        names.append(label)
        for name in names:
            row = review.catalog.summary_row(name)
            if row is not None:
                return next((r for r in review.rows if r.order == row.order), None)
    return None


def row_item(row) -> Item:
    return Item(kind="value", key=row.label, computed=plain(row.value), evidence_hash=citations_hash(row.citations),
                title=row.label)


def sides(finding: Finding, review) -> list[tuple[str, list]]:
    """The finding's citations split into what the application declares and what the proofs
    say (by the role each file was classified as); one unlabelled group when all are one side."""
    declared, evidence = [], []
    for citation in finding.citations:
        member = review.package.file(citation.file)
        (evidence if member is not None and member.role in EVIDENCE_ROLES else declared).append(citation)
    if not declared or not evidence:
        return [("", list(finding.citations))]
    return [("申报材料中：", declared), ("证明材料中：", evidence)]


def load_decisions(ctx: state.ViewContext) -> dict[tuple[str, str], Decision]:
    try:
        return ctx.store.current_decisions(ctx.package_id)
    except ShenbaoError as exc:
        st.error(f"评审记录库不可用：{md(exc)}")
        return {}


def filtered(findings: list[Finding], decisions, titles, *, severities, dimensions, decision_filter, query,
             rules: dict[str, str] | None = None) -> list[Finding]:
    kept = []
    for finding in findings:
        if severities and SEVERITY_ZH[finding.severity] not in severities:
            continue
        if dimensions and dimension_of(finding, titles) not in dimensions:
            continue
        current = decisions.get(("finding", finding.id))
        if decision_filter == "未处理" and current is not None:
            continue
        if decision_filter in _FILTER_ACTION and (current is None or current.action != _FILTER_ACTION[decision_filter]):
            continue
        rule = rule_title(finding.rule, rules or {})
        if query and query not in plain(f"{finding.message}{rule}{''.join(finding.fields)}"):
            continue
        kept.append(finding)
    return kept


def render(ctx: state.ViewContext) -> None:
    review = ctx.review
    decisions = load_decisions(ctx)
    titles = dimension_titles(review.catalog)
    rules = rule_titles()
    left, right = st.columns([1, 1], gap="medium")
    with left:
        st.subheader(f"问题清单（{len(review.findings)} 项）")
        c1, c2, c3 = st.columns(3)
        severities = c1.multiselect("严重程度", list(SEVERITY_ZH.values()), key="f-severity", placeholder="全部")
        dimension_names = sorted({dimension_of(f, titles) for f in review.findings})
        dimensions = c2.multiselect("维度", dimension_names, key="f-dimension", placeholder="全部")
        decision_filter = c3.selectbox("处理状态", DECISION_FILTERS, key="f-decision")
        query = st.text_input("搜索问题（字段、规则或文字）", key="f-query").strip()
        shown = filtered(review.findings, decisions, titles, severities=severities, dimensions=dimensions,
                         decision_filter=decision_filter, query=query, rules=rules)
        if not shown:
            st.info("没有符合条件的问题。" if review.findings else "未发现问题。")
        pages = max(1, math.ceil(len(shown) / PAGE_SIZE))
        page_number = st.pagination(pages, key="f-page") if pages > 1 else 1
        st.caption(f"共 {len(shown)} 项，第 {page_number}/{pages} 页")
        for finding in shown[(page_number - 1) * PAGE_SIZE: page_number * PAGE_SIZE]:
            render_finding(ctx, finding, decisions, titles, rules)
    with right:
        render_viewer(review.package, state.selected_citation(ctx.package_id, ctx.view), ctx.settings, ctx.passwords)


def render_finding(ctx: state.ViewContext, finding: Finding, decisions, titles, rules: dict[str, str], *,
                   decide: bool = True) -> None:
    review = ctx.review
    item = finding_item(finding)
    current = decisions.get(("finding", finding.id))
    with st.container(border=True, key=f"finding-{finding.id}"):
        st.markdown(f"{SEVERITY_BADGE[finding.severity]} **{md(finding.message)}**")
        st.caption(plain(f"检查：{rule_title(finding.rule, rules)} · {dimension_of(finding, titles)}"
                         + (f" · 涉及：{'、'.join(finding.fields)}" if finding.fields else "")))
        if finding.expected or finding.actual:
            compare = f"应为：**{md(finding.expected or '—')}** ｜ 实际：**{md(finding.actual or '—')}**"
            if finding.tolerance:
                compare += f" ｜ 容差：{md(finding.tolerance)}"
            st.markdown(compare)
        if finding.citations:
            for number, (side, citations) in enumerate(sides(finding, review)):
                if side:
                    st.caption(side)
                citation_buttons(review.package, citations, f"{finding.id}-{number}")
        elif finding.files:
            st.caption(plain("涉及文件：" + "、".join(finding.files)))
        st.markdown(decision_badge(current, item.evidence_hash))
        if not decide:
            return
        with st.expander("评审处理：确认问题属实 / 更正数值 / 驳回"):
            row = linked_row(finding, review)
            linked = row_item(row) if row is not None else None
            decision_form(ctx.store, ctx.package_id, item, current, role=ctx.role, reviewer=ctx.reviewer,
                          linked=linked, linked_current=decisions.get(("value", row.label)) if row else None,
                          linked_label=row.label if row else "")
