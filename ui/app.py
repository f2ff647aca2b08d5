"""shenbao 评审工作台 — the Streamlit workspace: `streamlit run ui/app.py` (or `shenbao ui`).

The sidebar picks the role (评审专家 / 评价工作组 / 申报单位), the reviewer's name (not asked of an
applicant), the package (ui.packages: each application once, named by its platform; uploads can
be removed) and takes uploads; the main area shows the views of the role over one data model, the
`Review` computed by `assistant` (ui.loading) and kept between clicks (ui.state). Where the
reviewer is — package, role, view, name — lives in the address (ui.location), so a reload comes
back to the same place. In a team deployment (SHENBAO_UI_USER_HEADER with SHENBAO_UI_ROLES) the
signed-in user replaces the role and the name, and `ui.signin` refuses what the role may not see.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # `streamlit run ui/app.py` runs this file as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import streamlit as st

from assistant.core.errors import ShenbaoError
from assistant.reports.outputs import row_value
from ui import (
    access,
    loading,
    location,
    packages,
    signin,
    state,
    style,
    views_batch,
    views_chat,
    views_evidence,
    views_exports,
    views_findings,
    views_indicators,
    views_overview,
    views_panel,
    views_selfcheck,
    views_summary,
)
from ui.markup import md, plain
from ui.page_icon import page_icon
from ui.upload import record_review, remove_upload, save_upload

VIEWS = {
    "概览": views_overview.render, "指标": views_indicators.render, "问题": views_findings.render,
    "证据": views_evidence.render, "汇总表": views_summary.render, "批量总览": views_batch.render,
    "自查": views_selfcheck.render, "问答": views_chat.render, "导出": views_exports.render,
    "评审汇总": views_panel.render,
}
ROLE_VIEWS = {
    "评审专家": ("概览", "问题", "指标", "证据", "汇总表", "评审汇总", "问答", "导出"),
    "评价工作组": ("批量总览", "评审汇总", "汇总表", "问题", "证据", "问答", "导出"),
    "申报单位": ("自查", "指标", "证据", "问答", "导出"),
}
ROLE_HELP = {"评审专家": "逐项核对申报值与证据，处理问题并留下评审意见",
             "评价工作组": "汇总全部平台，填写并导出附件4 汇总表",
             "申报单位": "提交前自查材料是否完整、格式是否正确"}
APPLICANT = "申报单位"


def sidebar(settings: state.WorkspaceSettings,
            member: access.Member | None = None) -> tuple[str, str, packages.PackageChoice | None]:
    with st.sidebar:
        st.title("shenbao 申报")
        st.caption("上海市工业互联网平台应用水平评价 · 申报材料评审工作台（离线）")
        if member is not None:  # team deployment: the signed-in user is the role and the reviewer
            role, reviewer = signin.identity(member)
        else:
            role = st.radio("角色", state.ROLES, key=state.ROLE, captions=[ROLE_HELP[r] for r in state.ROLES])
            reviewer = ""
            if role != APPLICANT:  # an applicant records no decision: no name asked, none shown
                reviewer = st.text_input("评审人姓名", key=state.REVIEWER, placeholder="记录评审决定时必填",
                                         persist_state="session") or ""
        picker = st.container()
        if member is None or access.may_upload(member):
            with st.expander("上传申报材料", expanded=False):
                upload(settings)
        choice = pick_package(picker, settings, member)
    return role, " ".join(reviewer.split()), choice


def pick_package(picker, settings: state.WorkspaceSettings,
                 member: access.Member | None = None) -> packages.PackageChoice | None:
    source = state.current_source(settings)
    choices = signin.visible(member, packages.package_choices(settings, current=source), settings, source)
    wanted = st.session_state.pop(location.WANTED_PACKAGE, None)
    chosen = packages.find(choices, key=wanted) if wanted else None
    if chosen is None:
        chosen = packages.find(choices, source=source)
    if chosen is None and choices:  # the source is gone (removed, moved): the default, else the first
        chosen = packages.find(choices, source=state.default_source(settings)) or choices[0]
    if chosen is None:  # no sample shipped and nothing uploaded yet
        st.session_state[state.SOURCE] = ""
        picker.caption("尚无申报材料，请先上传。")
        return None
    st.session_state[state.SOURCE] = chosen.source
    st.session_state[state.PICKER] = chosen.key
    by_key = {c.key: c for c in choices}
    picker.selectbox("申报材料", list(by_key), key=state.PICKER, format_func=lambda k: plain(by_key[k].label),
                     on_change=_picked, args=(by_key,))
    picker.caption(plain(chosen.origin))
    if chosen.removable:
        picker.button("从列表中移除", key="package-remove", icon=":material/delete:", on_click=_remove,
                      args=(chosen, settings), help="删除工作目录中的这份上传（评审记录保留）")
    return chosen


def _picked(by_key: dict[str, packages.PackageChoice]) -> None:
    choice = by_key.get(st.session_state.get(state.PICKER))
    if choice is not None:
        st.session_state[state.SOURCE] = choice.source


def _remove(choice: packages.PackageChoice, settings: state.WorkspaceSettings) -> None:
    try:
        removed = remove_upload(Path(choice.source), settings.workspace / state.UPLOADS)
    except OSError as exc:
        state.flash(f"无法移除：{exc}", "error")
        return
    if removed:
        st.session_state[state.SOURCE] = state.default_source(settings)
        state.flash(f"已从列表中移除：{choice.label}", "info")


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
        signin.note_upload(str(saved.source))


def empty_state() -> None:
    st.markdown("### 欢迎使用 shenbao 申报材料评审工作台")
    st.info("还没有打开任何申报材料。请在左侧“上传申报材料”中选择一份申报材料的全部文件（Word/Excel/PDF/图片），"
            "或整个申报材料的 zip 压缩包，然后点击“上传并审核”；审核结果将显示在这里。", icon=":material/upload_file:")


def choose_view(role: str) -> str:
    views = ROLE_VIEWS[role]
    key = location.view_key(role)
    if st.session_state.get(key) not in views:
        st.session_state[key] = views[0]
    return st.segmented_control("视图", views, key=key, required=True, label_visibility="collapsed",
                                persist_state="session") or views[0]


def main() -> None:
    # A local image: an emoji or :material: icon would be fetched from a public font host.
    st.set_page_config(page_title="shenbao 申报材料评审工作台", page_icon=page_icon(), layout="wide")
    style.apply()
    settings, member = signin.load_settings()  # refuses a request without a signed-in user
    location.restore(ROLE_VIEWS)
    signin.guard_request(member, settings)  # refuses a package of someone else asked by address or session
    role, reviewer, choice = sidebar(settings, member)
    named = reviewer if member is None else ""  # a signed-in user's name stays out of the address
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
    if choice is None:
        location.publish(role=role, view=None, package_key="", reviewer=named)
        if member is not None and not access.may_upload(member):
            st.info(access.NOTHING_ASSIGNED, icon=":material/assignment_ind:")
        else:
            empty_state()
        st.stop()
    title = st.empty()  # named before the review runs: a page never shows the previous platform
    view = choose_view(role)
    if view != "批量总览":
        title.markdown(f"### {md(choice.label)}")
    st.session_state[state.CURRENT_VIEW] = view
    location.publish(role=role, view=view, package_key=choice.key, reviewer=named)
    state.show_flash()
    progress = st.empty()  # the review's progress, cleared if the package turns out not to be the user's
    with progress.container():
        loaded = loading.ensure_loaded(settings, choice.source, passwords)
    if loaded is None:
        st.stop()
    signin.guard_loaded(member, loaded, settings, title, progress)
    record_review(Path(loaded.source), settings.workspace / state.UPLOADS, package_id=loaded.package_id,
                  platform=loaded.platform_name, company=row_value(loaded.review, "企业名称"))
    if view != "批量总览":
        title.markdown(f"### {md(loaded.title)}")
    location.publish(role=role, view=view, package_key=packages.package_key(loaded.package_id), reviewer=named)
    context = state.ViewContext(settings=settings, store=store, loaded=loaded, role=role, reviewer=reviewer,
                                passwords=passwords, view=view)
    VIEWS[view](context)


# Streamlit runs this file as __main__. The parse pool's spawned workers import the main module
# again (as __mp_main__): they must get the definitions, not a second workspace.
if __name__ == "__main__":
    main()
