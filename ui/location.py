"""Where the reviewer is, kept in the page's address: the package, the role, the view and the
reviewer's name (`?pkg=b03b8091a603f2c1&role=expert&view=findings&reviewer=张三`), so that a
reload, or a link sent to a colleague, opens the same place (issue 16: a reload reset all four).

`restore` runs once per browser session, before any widget is drawn, and copies what the address
says into the widgets' state; a value it does not know is ignored. `publish` runs on every page
once the view is known and writes the current place back. The package is named by its content
key (`ui.packages`), never by a server path; codes are ASCII so links stay short.
"""

from __future__ import annotations

import streamlit as st

from ui import state

ROLE_CODES = {"评审专家": "expert", "评价工作组": "evaluator", "申报单位": "applicant"}
VIEW_CODES = {"概览": "overview", "问题": "findings", "指标": "indicators", "证据": "evidence",
              "汇总表": "summary", "批量总览": "batch", "自查": "selfcheck", "问答": "chat", "导出": "exports"}
WANTED_PACKAGE = "url-package"  # the package key the address asked for, until the picker resolves it
_RESTORED = "url-restored"
_NAME_CHARS = 40


def view_key(role: str) -> str:
    return f"view-{role}"


def _decoded(codes: dict[str, str], code: str | None) -> str | None:
    return next((name for name, known in codes.items() if known == code), None)


def restore(role_views: dict[str, tuple[str, ...]]) -> None:
    if st.session_state.get(_RESTORED):
        return
    st.session_state[_RESTORED] = True
    params = st.query_params
    role = _decoded(ROLE_CODES, params.get("role"))
    if role is not None:
        st.session_state[state.ROLE] = role
    role = role or st.session_state.get(state.ROLE) or state.ROLES[0]
    view = _decoded(VIEW_CODES, params.get("view"))
    if view is not None and view in role_views[role]:
        st.session_state[view_key(role)] = view
    reviewer = " ".join((params.get("reviewer") or "").split())[:_NAME_CHARS]
    if reviewer:
        st.session_state[state.REVIEWER] = reviewer
    if params.get("pkg"):
        st.session_state[WANTED_PACKAGE] = params["pkg"]


def publish(*, role: str, view: str | None, package_key: str, reviewer: str) -> None:
    """Write the current place into the address (only when it changed: every write is a browser
    history replace). An applicant's address carries no reviewer name."""
    wanted = {"pkg": package_key, "role": ROLE_CODES[role], "view": VIEW_CODES.get(view or "", "")}
    if reviewer and role != "申报单位":
        wanted["reviewer"] = reviewer
    wanted = {name: value for name, value in wanted.items() if value}
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)
