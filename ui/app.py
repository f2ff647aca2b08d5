"""shenbao 评审工作台 — the Streamlit workspace: `streamlit run ui/app.py` (or `shenbao ui`).

The sidebar picks the role (评审专家 / 评价工作组 / 申报单位), the reviewer's name, the package
(the bundled sample or SHENBAO_UI_PACKAGE at start, earlier uploads, packages with review
records) and takes uploads; the main area shows the views of the role over one data model, the
`Review` computed by `assistant` (ui.loading) and kept between clicks (ui.state).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # `streamlit run ui/app.py` runs this file as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import streamlit as st

from assistant.core.errors import ShenbaoError
from ui import (
    loading,
    state,
    views_batch,
    views_chat,
    views_evidence,
    views_exports,
    views_findings,
    views_indicators,
    views_overview,
    views_selfcheck,
    views_summary,
)
from ui.markup import md, plain
from ui.page_icon import page_icon
from ui.upload import save_upload

VIEWS = {
    "概览": views_overview.render, "指标": views_indicators.render, "问题": views_findings.render,
    "证据": views_evidence.render, "汇总表": views_summary.render, "批量总览": views_batch.render,
    "自查": views_selfcheck.render, "问答": views_chat.render, "导出": views_exports.render,
}
ROLE_VIEWS = {
    "评审专家": ("概览", "问题", "指标", "证据", "汇总表", "问答", "导出"),
    "评价工作组": ("批量总览", "汇总表", "问题", "证据", "问答", "导出"),
    "申报单位": ("自查", "指标", "证据", "问答", "导出"),
}
ROLE_HELP = {"评审专家": "逐项核对申报值与证据，处理问题并留下评审意见",
             "评价工作组": "汇总全部平台，填写并导出附件4 汇总表",
             "申报单位": "提交前自查材料是否完整、格式是否正确"}


def sidebar(settings: state.WorkspaceSettings) -> tuple[str, str]:
    with st.sidebar:
        st.title("shenbao 申报")
        st.caption("上海市工业互联网平台应用水平评价 · 申报材料评审工作台（离线）")
        role = st.radio("角色", state.ROLES, key=state.ROLE, captions=[ROLE_HELP[r] for r in state.ROLES])
        reviewer = st.text_input("评审人姓名", key=state.REVIEWER, placeholder="记录评审决定时必填")
        picker = st.container()
        with st.expander("上传申报材料", expanded=False):
            upload(settings)
        state.current_source(settings)
        choices = state.package_choices(settings)
        sources = [c.source for c in choices]
        labels = {c.source: c.label for c in choices}
        chosen = st.session_state[state.SOURCE]
        if chosen and chosen not in sources:
            by_label = {label: source for source, label in labels.items()}
            if chosen in by_label:  # a selectbox that lost its option hands back the label
                st.session_state[state.SOURCE] = by_label[chosen]
            elif Path(chosen).exists():
                sources.append(chosen)
            else:
                st.session_state[state.SOURCE] = state.default_source(settings)
        if sources and st.session_state[state.SOURCE] not in sources:  # nothing chosen yet: the first
            st.session_state[state.SOURCE] = sources[0]
        if sources:
            picker.selectbox("申报材料", sources, key=state.SOURCE,
                             format_func=lambda s: plain(labels.get(s, Path(s).name)))
        else:  # no sample shipped and nothing uploaded yet
            picker.caption("尚无申报材料，请先上传。")
    return role, reviewer.strip()


def upload(settings: state.WorkspaceSettings) -> None:
    files = st.file_uploader("选择申报材料的全部文件，或一个 zip 压缩包", accept_multiple_files=True, key="upload-files",
                             help="Word/Excel/PDF/图片，或整个申报材料的 zip；文件保存在本机工作目录，不会上传到任何服务器")
    st.text_input("加密文件的密码（可选）", key=state.PASSWORDS, type="password",
                  help="格式：文件名=密码，多个用分号分隔；只保存在本次会话中，不写入任何文件")
    if st.button("上传并审核", key="upload-go", disabled=not files, type="primary"):
        try:
            saved = save_upload([(f.name, f.getvalue()) for f in files], settings.workspace / state.UPLOADS)
        except ShenbaoError as exc:
            st.error(md(exc))
            return
        st.session_state[state.SOURCE] = str(saved.source)


def empty_state() -> None:
    st.markdown("### 欢迎使用 shenbao 申报材料评审工作台")
    st.info("还没有打开任何申报材料。请在左侧“上传申报材料”中选择一份申报材料的全部文件（Word/Excel/PDF/图片），"
            "或整个申报材料的 zip 压缩包，然后点击“上传并审核”；审核结果将显示在这里。", icon=":material/upload_file:")


def main() -> None:
    # A local image: an emoji or :material: icon would be fetched from a public font host.
    st.set_page_config(page_title="shenbao 申报材料评审工作台", page_icon=page_icon(), layout="wide")
    settings = state.load_settings()
    if settings is None:
        st.error("此工作台需要登录后使用（未收到登录用户信息）。请通过单位的登录入口访问。")
        st.stop()
    role, reviewer = sidebar(settings)
    try:
        store = state.review_store(settings)
    except ShenbaoError as exc:
        st.error(f"评审记录库无法打开：{md(exc)}")
        st.stop()
    try:
        passwords = state.passwords()
    except ShenbaoError as exc:
        st.error(md(exc))
        passwords = {}
    source = st.session_state.get(state.SOURCE)
    if not source:
        empty_state()
        st.stop()
    loaded = loading.ensure_loaded(settings, source, passwords)
    if loaded is None:
        st.stop()
    st.markdown(f"### {md(loaded.title)}")
    views = ROLE_VIEWS[role]
    view_key = f"view-{role}"
    view = st.segmented_control("视图", views, key=view_key, default=views[0], required=True,
                                label_visibility="collapsed") or views[0]
    context = state.ViewContext(settings=settings, store=store, loaded=loaded, role=role, reviewer=reviewer,
                                passwords=passwords)
    VIEWS[view](context)


# Streamlit runs this file as __main__. The parse pool's spawned workers import the main module
# again (as __mp_main__): they must get the definitions, not a second workspace.
if __name__ == "__main__":
    main()
