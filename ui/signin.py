"""The signed-in user of a team deployment, in the workspace: who is asking (the reverse proxy's
header, SHENBAO_UI_USER_HEADER), their role from the role file (SHENBAO_UI_ROLES, `ui.access`),
and the guards that refuse a package the user may not see — asked for by the address (?pkg=…),
by session state, or found out only once an upload is reviewed — before anything of it is drawn.

Without both settings the workspace behaves as before (a role radio, a typed reviewer name, or a
workspace per signed-in user when only the header is set). The policy is `ui.access`; this module
only reads the request, asks the policy and draws its answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

import streamlit as st

from assistant.core.errors import ShenbaoError
from assistant.reports.outputs import row_value
from ui import access, location, packages, state
from ui.access import Member, PackageFacts, Roster, Verdict
from ui.markup import md, plain
from ui.upload import upload_of

MEMBER = "signed-in-member"
OWN_UPLOADS = "signed-in-uploads"  # sources this session uploaded: the only packages opened before their facts are known


def request_headers() -> Mapping[str, str]:
    """The HTTP headers of the request that opened this session — the one place the workspace
    reads them (tests point this function at headers of their own; a browser test sends real ones)."""
    return st.context.headers


def header_user(header: str) -> str:
    wanted = header.lower()
    return next((value for name, value in request_headers().items() if name.lower() == wanted), "").strip()


@st.cache_resource(show_spinner=False, max_entries=4)
def _roster(path: str, mtime_ns: int) -> Roster:
    return access.load_roster(Path(path))


def roster(settings: state.WorkspaceSettings) -> Roster:
    """The role file, read again when it changes (the 工作组's IT edits it while the server runs)."""
    path = Path(settings.ui_roles or "")
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise ShenbaoError(f"角色文件不存在或无法读取：{path.name}") from exc
    return _roster(str(path), mtime)


def refuse(message: str) -> NoReturn:
    st.error(message, icon=":material/block:")
    st.stop()


def load_settings() -> tuple[state.WorkspaceSettings, Member | None]:
    """The session's settings and signed-in member (None: no team deployment). A request without
    the user header, or from a user the role file does not name, is refused here."""
    st.session_state.pop(MEMBER, None)
    settings = state.WorkspaceSettings()
    if not (settings.ui_user_header and settings.ui_roles):
        scoped = state.load_settings()
        if scoped is None:
            refuse(access.NOT_SIGNED_IN)
        return scoped, None
    user = header_user(settings.ui_user_header)
    if not user:
        refuse(access.NOT_SIGNED_IN)
    try:
        member = roster(settings).member(user)
    except ShenbaoError as exc:
        refuse(f"角色设置有误，工作台暂不可用：{exc}")
    if member is None:
        refuse(access.NOT_IN_ROLES.format(user=plain(user[:64])))
    st.session_state[MEMBER] = member  # for the views; set again on every run, never trusted across runs
    return settings, member


def current_member() -> Member | None:
    """The member signed in for this run (None outside a team deployment)."""
    member = st.session_state.get(MEMBER)
    return member if isinstance(member, Member) else None


def identity(member: Member) -> tuple[str, str]:
    """The sidebar's 角色 and 评审人 in header mode: the signed-in user, not a choice."""
    st.session_state[state.ROLE] = member.role  # a role set in the address or the session is overruled
    st.markdown(f"**{md(member.name or member.user)}**")
    st.caption(f"已登录：{plain(member.user)} · 角色：{member.role}")
    return member.role, member.reviewer


# --- which packages -------------------------------------------------------------------------------


def assigned(member: Member, settings: state.WorkspaceSettings) -> frozenset[str]:
    """Package ids the 工作组 assigned to this expert in the review store (beyond the role file)."""
    if member.role != access.EXPERT:
        return frozenset()
    wanted = member.user.casefold()
    try:
        return frozenset(a.package_id for a in state.review_store(settings).assignments()
                         if a.user.casefold() == wanted)
    except ShenbaoError:
        return frozenset()  # the store is away: nothing beyond the role file; the views say why


def facts_of_loaded(loaded: state.LoadedReview) -> PackageFacts:
    return PackageFacts(loaded.package_id, loaded.platform_name, row_value(loaded.review, "企业名称"))


class Judge:
    """The member's verdicts on listed packages within one run (the store is read once)."""

    def __init__(self, member: Member, settings: state.WorkspaceSettings):
        self.member, self.settings = member, settings
        self.assigned = assigned(member, settings)
        self.loaded = {r.source: r for r in state.registry(settings).all()}
        try:
            self.platforms = {p.package_id: p.platform_name for p in state.review_store(settings).packages()}
        except ShenbaoError:
            self.platforms = {}

    def facts(self, choice: packages.PackageChoice) -> PackageFacts:
        """What is known of a listed package: the loaded review first (current), then the
        upload's manifest, then the review store's record."""
        loaded = self.loaded.get(choice.source)
        if loaded is not None:
            return facts_of_loaded(loaded)
        upload = upload_of(Path(choice.source), self.settings.workspace / state.UPLOADS)
        if upload is not None and upload.package_id:
            return PackageFacts(upload.package_id, upload.platform, upload.company)
        if choice.package_id:
            return PackageFacts(choice.package_id, self.platforms.get(choice.package_id, ""), choice.company)
        return PackageFacts()

    def verdict(self, choice: packages.PackageChoice) -> Verdict:
        return access.package_access(self.member, self.facts(choice), self.assigned)


def visible(member: Member | None, choices: list[packages.PackageChoice], settings: state.WorkspaceSettings,
            current: str = "") -> list[packages.PackageChoice]:
    """The picker's entries: those the member may see; one not reviewed yet only while it is the
    member's own upload of this session being opened (the guard decides once it is reviewed)."""
    if member is None:
        return choices
    judge = Judge(member, settings)
    shown = []
    for choice in choices:
        answer = judge.verdict(choice)
        if answer is Verdict.ALLOWED or (answer is Verdict.UNKNOWN and choice.source == current
                                         and _own_upload(current)):
            shown.append(choice)
    return shown


def guard_request(member: Member | None, settings: state.WorkspaceSettings) -> None:
    """Before anything is drawn: refuse a package asked for by the address or kept in the session
    that the member may not see; the next visit opens one of the member's own."""
    if member is None or member.role == access.EVALUATOR:  # the 工作组 may see every package
        return
    wanted = st.session_state.get(location.WANTED_PACKAGE) or ""
    source = st.session_state.get(state.SOURCE) or ""
    if not wanted and not source:
        return
    choices = packages.package_choices(settings, current=source)
    judge = Judge(member, settings)
    asked = [packages.find(choices, key=wanted) if wanted else None, packages.find(choices, source=source)]
    for choice in asked:
        if choice is None:
            continue
        answer = judge.verdict(choice)
        if answer is Verdict.REFUSED or (answer is Verdict.UNKNOWN and not _own_upload(choice.source)):
            st.session_state.pop(location.WANTED_PACKAGE, None)
            st.session_state[state.SOURCE] = ""
            refuse(access.refusal(member))


def note_upload(source: str) -> None:
    st.session_state.setdefault(OWN_UPLOADS, set()).add(source)


def _own_upload(source: str) -> bool:
    return source in st.session_state.get(OWN_UPLOADS, set())


def guard_loaded(member: Member | None, loaded: state.LoadedReview, settings: state.WorkspaceSettings,
                 *shown) -> None:
    """Once reviewed, a package's facts are known: refuse it now if they are not the member's."""
    if member is None:
        return
    if access.package_access(member, facts_of_loaded(loaded), assigned(member, settings)) is not Verdict.ALLOWED:
        for placeholder in shown:  # the title and the review's progress drawn before the facts were known
            placeholder.empty()
        st.session_state[state.SOURCE] = ""
        refuse(access.refusal(member))
