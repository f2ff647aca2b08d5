"""Downloads of one package: the 汇总表 with reviewer overrides applied and marked, the review
report with decisions, the JSON outputs and the audit trail. Files are built when clicked.

An applicant (申报单位) gets what helps fix the package — the 汇总表 as pre-filled, the check
report, the JSON outputs — and nothing of the reviewers': no decisions, no audit trail."""

from __future__ import annotations

import streamlit as st

from assistant.core.errors import ShenbaoError
from ui import downloads, state
from ui.markup import md

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
APPLICANT = "申报单位"


def render(ctx: state.ViewContext) -> None:
    review, store = ctx.review, ctx.store
    stem = downloads.file_stem(review)
    cache_dir = ctx.settings.cache_dir / "thumbnails"
    st.subheader("导出")
    if ctx.role == APPLICANT:
        st.caption("自查用的文件：汇总表为 shenbao 按申报材料预填的内容，检查报告列出全部发现的问题。文件在点击时生成。")
        buttons = [
            ("附件4 汇总表（Excel，预填）", f"{stem}_汇总表.xlsx", _XLSX, lambda: downloads.summary_xlsx(review, None), "dl-xlsx"),
            ("附件4 汇总表（Word，预填）", f"{stem}_汇总表.docx", _DOCX, lambda: downloads.summary_docx(review, None), "dl-docx"),
            ("检查报告（HTML）", f"{stem}_检查报告.html", "text/html",
             lambda: downloads.report_html(review, None, cache_dir, ctx.passwords), "dl-html"),
        ]
    else:
        try:
            overrides = store.overrides(ctx.package_id)
        except ShenbaoError as exc:
            st.error(md(exc))
            overrides = {}
        st.caption(f"汇总表中已应用 {len(overrides)} 处评审修改（来源列标注“评审修改：原值 → 新值”）。"
                   "文件在点击时生成，内容与当前评审记录一致。")
        buttons = [
            ("附件4 汇总表（Excel）", f"{stem}_汇总表.xlsx", _XLSX, lambda: downloads.summary_xlsx(review, store), "dl-xlsx"),
            ("附件4 汇总表（Word）", f"{stem}_汇总表.docx", _DOCX, lambda: downloads.summary_docx(review, store), "dl-docx"),
            ("评审报告（HTML，含评审决定）", f"{stem}_评审报告.html", "text/html",
             lambda: downloads.report_html(review, store, cache_dir, ctx.passwords), "dl-html"),
        ]
    buttons += [
        ("检查结果（JSON）", f"{stem}_findings.json", "application/json", lambda: downloads.findings_json(review), "dl-findings"),
        ("预填结果（JSON）", f"{stem}_prefill.json", "application/json", lambda: downloads.prefill_json(review), "dl-prefill"),
    ]
    if ctx.role != APPLICANT:
        buttons.append(("评审记录与审计链（JSON）", f"{stem}_评审记录.json", "application/json",
                        lambda: downloads.decisions_json(review, store), "dl-decisions"))
    columns = st.columns(3)
    for index, (label, name, mime, build, key) in enumerate(buttons):
        columns[index % 3].download_button(label, data=build, file_name=name, mime=mime, key=key,
                                           on_click="ignore", width="stretch")
