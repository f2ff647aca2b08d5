"""评审汇总 — the panel view (评价工作组 and 评审专家): per item of the open package, each reviewer's
latest decision side by side, disagreements marked; for the 工作组, the experts assigned to the
package and the exports it hands over — the 附件4 汇总表 with the decisions applied and the
decisions workbook (who decided what, when in Beijing time, and why).

Draws what `assistant.reports.decisions_workbook` computes from the review store; decides
nothing. Who may assign and export is `ui.access`'s answer.
"""

from __future__ import annotations

import streamlit as st

from assistant.core.errors import ShenbaoError
from assistant.reports.decisions_workbook import (
    DISAGREE,
    KIND_ZH,
    PackageDecisions,
    decisions_workbook,
    panel_rows,
    reviewer_label,
    verdict_text,
)
from ui import access, downloads, signin, state
from ui.decisions import beijing_time
from ui.markup import md, plain

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def package_decisions(ctx: state.ViewContext, package_id: str, platform: str) -> PackageDecisions:
    loaded = state.registry(ctx.settings).by_package_id(package_id)
    titles = {f.id: f.message for f in loaded.review.findings} if loaded is not None else {}
    return PackageDecisions(package_id, platform, tuple(ctx.store.history(package_id)), titles)


def table(rows) -> list[dict]:
    reviewers = sorted({reviewer_label(d) for row in rows for d in row.by_reviewer.values()})
    shown = []
    for row in rows:
        by_label = {reviewer_label(d): d for d in row.by_reviewer.values()}
        shown.append({"类型": KIND_ZH[row.item_kind], "评审对象": plain(row.title),
                      **{name: plain(f"{verdict_text(d)}：{d.comment}") if (d := by_label.get(name)) else "—"
                         for name in reviewers},
                      "分歧": f"⚠ {DISAGREE}" if row.disagreement else ""})
    return shown


def render(ctx: state.ViewContext) -> None:
    member = signin.current_member()
    st.subheader("评审汇总：各评审人的决定对照")
    try:
        package = package_decisions(ctx, ctx.package_id, ctx.loaded.platform_name)
    except ShenbaoError as exc:
        st.error(md(exc))
        return
    rows = panel_rows(package)
    if not rows:
        st.info("这份申报材料尚无评审决定。评审人在“问题”“汇总表”中保存的决定会在这里并列显示。")
    else:
        split = sum(row.disagreement for row in rows)
        st.caption(f"{len(rows)} 个评审对象，其中 {split} 个评审人意见不一致；每格为该评审人最新的决定和意见。")
        if st.toggle("只看意见不一致的", key="panel-split", disabled=not split):
            rows = [row for row in rows if row.disagreement]
        st.dataframe(table(rows), hide_index=True, width="stretch", key="panel-table")
    if member is not None and access.may_assign(member):
        assign(ctx, member)
    if (member is None and ctx.role == access.EVALUATOR) or (member is not None and access.may_export_panel(member)):
        exports(ctx, package)
        overview(ctx)


def assign(ctx: state.ViewContext, member: access.Member) -> None:
    st.markdown("#### 分配评审专家")
    try:
        experts = signin.roster(ctx.settings).experts()
        current = ctx.store.assignments(ctx.package_id)
    except ShenbaoError as exc:
        st.error(md(exc))
        return
    names = {e.user: plain(e.name or e.user) for e in experts}
    facts = signin.facts_of_loaded(ctx.loaded)
    listed = [e.user for e in experts if e.listed(facts) is True]
    if listed:
        st.caption("角色文件已指定：" + "、".join(names[u] for u in listed))
    seen = [a.user for a in current]
    chosen = st.multiselect("本申报材料的评审专家", list(names), default=[u for u in seen if u in names],
                            format_func=names.get, key=f"panel-assign-{ctx.package_id[:16]}")
    if current:
        st.caption("；".join(f"{names.get(a.user, plain(a.user))}：{plain(a.changed_by)} 于 "
                            f"{beijing_time(a.changed_at)} 分配" for a in current))
    if st.button("保存专家分配", key="panel-assign-save"):
        # Experts no longer in the role file stay assigned unless the 工作组 sees and removes them.
        keep = [u for u in seen if u not in names]
        try:
            ctx.store.set_assignments(ctx.package_id, [*chosen, *keep], changed_by=member.reviewer, expected=seen)
        except ShenbaoError as exc:
            st.error(f"专家分配未保存：{md(exc)}")
            return
        state.flash(f"已保存专家分配：{'、'.join(names[u] for u in chosen) or '（无）'}")
        st.rerun()


def exports(ctx: state.ViewContext, package: PackageDecisions) -> None:
    st.markdown("#### 导出")
    stem = downloads.file_stem(ctx.review)
    c1, c2, c3 = st.columns(3)
    c1.download_button("附件4 汇总表（已应用评审决定，Excel）", data=lambda: downloads.summary_xlsx(ctx.review, ctx.store),
                       file_name=f"{stem}_汇总表.xlsx", mime=_XLSX, key="panel-dl-summary", on_click="ignore",
                       width="stretch")
    c2.download_button("本申报材料的评审决定（Excel）", data=lambda: decisions_workbook([package]),
                       file_name=f"{stem}_评审决定.xlsx", mime=_XLSX, key="panel-dl-decisions", on_click="ignore",
                       width="stretch")
    c3.download_button("全部申报材料的评审决定（Excel）", data=lambda: all_decisions(ctx),
                       file_name="评审决定_全部.xlsx", mime=_XLSX, key="panel-dl-all", on_click="ignore",
                       width="stretch")


def all_decisions(ctx: state.ViewContext) -> bytes:
    return decisions_workbook([package_decisions(ctx, p.package_id, p.platform_name) for p in ctx.store.packages()])


def overview_rows(ctx: state.ViewContext) -> list[dict]:
    """Every package of the review store: how far its panel is, and where it disagrees."""
    assigned: dict[str, list[str]] = {}
    for entry in ctx.store.assignments():
        assigned.setdefault(entry.package_id, []).append(entry.user)
    rows = []
    for record in ctx.store.packages():
        items = panel_rows(PackageDecisions(record.package_id, record.platform_name,
                                            tuple(ctx.store.history(record.package_id))))
        reviewers = {d.reviewer for row in items for d in row.by_reviewer.values()}
        rows.append({"平台名称": plain(record.platform_name or "（未识别）"), "已处理的评审对象": len(items),
                     "评审人": len(reviewers), "意见不一致": sum(row.disagreement for row in items),
                     "分配的专家": plain("、".join(assigned.get(record.package_id, [])) or "—")})
    return rows


def overview(ctx: state.ViewContext) -> None:
    st.markdown("#### 全部申报材料")
    try:
        rows = overview_rows(ctx)
    except ShenbaoError as exc:
        st.error(md(exc))
        return
    st.dataframe(rows, hide_index=True, width="stretch", key="panel-overview")
