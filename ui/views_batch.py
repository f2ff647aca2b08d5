"""The batch overview (评价工作组): every package of the workspace in one table — platform,
applicant, files, findings by severity, decisions made — and every 汇总表 in one zip.

Packages are the picker's (`ui.packages`: each application once, named by its platform); where
one came from is said in words (示例, 上传于 …), never as a server path (issue 16)."""

from __future__ import annotations

import streamlit as st

from assistant.core.errors import ShenbaoError
from assistant.core.findings import SEVERITY_ZH
from assistant.reports.outputs import row_value
from ui import downloads, loading, location, packages, state, style
from ui.markup import plain

COLUMNS = ["序号", "平台名称", "申报单位", "文件", "页数", *SEVERITY_ZH.values(), "已处理", "状态", "来源"]


def batch_rows(loaded: list[state.LoadedReview], choices: list[packages.PackageChoice], store) -> list[dict]:
    by_source = {r.source: r for r in loaded}
    rows = []
    for choice in choices:
        review = by_source.get(choice.source)
        if review is None:
            rows.append({"平台名称": plain(choice.label), "申报单位": plain(choice.company), "状态": "未审核",
                         "来源": plain(choice.origin)})
            continue
        r = review.review
        try:
            decided = sum(store.action_counts(review.package_id).values())
        except ShenbaoError:
            decided = ""
        counts = {label: sum(1 for f in r.findings if f.severity == severity) for severity, label in SEVERITY_ZH.items()}
        rows.append({"序号": row_value(r, "序号"), "平台名称": plain(row_value(r, "平台名称") or choice.label),
                     "申报单位": plain(row_value(r, "企业名称")), "文件": len(r.package.files),
                     "页数": sum(len(f.document.pages) for f in r.package.files), **counts, "已处理": decided,
                     "状态": "已审核", "来源": plain(choice.origin)})
    return rows


def _open(source: str) -> None:
    """Open a package from the table on its 汇总表 (the evaluator's next step)."""
    st.session_state[state.SOURCE] = source
    st.session_state[location.view_key(st.session_state.get(state.ROLE, ""))] = "汇总表"


def render(ctx: state.ViewContext) -> None:
    registry = state.registry(ctx.settings)
    choices = packages.package_choices(ctx.settings, current=ctx.loaded.source)
    st.subheader(f"批量总览（{len(choices)} 个申报材料）")
    style.table(batch_rows(registry.all(), choices, ctx.store), columns=COLUMNS)
    loaded_sources = {r.source for r in registry.all()}
    unloaded = [c for c in choices if c.source not in loaded_sources]
    c1, c2, c3 = st.columns([2, 2, 3])
    if unloaded and c1.button(f"审核其余 {len(unloaded)} 个申报材料", key="b-load-all"):
        for choice in unloaded:
            loading.ensure_loaded(ctx.settings, choice.source)
        st.rerun()
    reviews = [r.review for r in registry.all()]
    c2.download_button(f"导出全部汇总表（{len(reviews)} 个 xlsx，zip）", data=lambda: downloads.batch_zip(reviews, ctx.store),
                       file_name="附件4汇总表_全部.zip", mime="application/zip", key="dl-batch", on_click="ignore",
                       disabled=not reviews)
    labels = {c.source: c.label for c in choices}
    chosen = c3.selectbox("打开申报材料", list(labels), format_func=lambda s: plain(labels[s]), key="b-open-choice")
    c3.button("打开", key="b-open", on_click=_open, args=(chosen,))
