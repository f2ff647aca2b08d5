"""What the workspace keeps between clicks: settings, the review store, the loaded reviews, the
index, and the per-session selection (role, reviewer, package, cited passage per view).

Heavy objects live in `st.cache_resource` registries keyed by the workspace, so a click never
recomputes a review: a `Review` is looked up by its source path and a fingerprint of its files
(path, size, mtime), and rebuilt only when a file changed. The review itself is computed by
`assistant.app.review_run.run_review` (see `ui.loading`); this module only keeps it.

Settings come from `WorkspaceSettings`, the project's `Settings` plus the package to open first
(`SHENBAO_UI_PACKAGE`, set by `assistant.app.workspace_server`): the environment is read only by pydantic-settings.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from assistant.catalog.notice import load_catalog, search_terms
from assistant.core.citations import Citation
from assistant.core.resources import sample_package
from assistant.core.settings import Settings
from assistant.package.loader import list_members
from assistant.reports.outputs import row_value
from assistant.retrieval.index import EvidenceIndex
from assistant.review.model import Review
from assistant.store.interface import ReviewStore
from assistant.store.opener import open_review_store

SAMPLE_PACKAGE = sample_package()  # None in an installation without it: the workspace opens empty
ROLES = ("评审专家", "评价工作组", "申报单位")
UPLOADS = "uploads"

# session_state keys
ROLE = "role"
REVIEWER = "reviewer"
SOURCE = "package_source"  # the source (path) being looked at
PICKER = "package"  # the package picker's choice: a key of ui.packages
CURRENT_VIEW = "current-view"
CITATION = "citation"
SEEN = "seen_versions"
FLASH = "flash"
BROWSE_FILE = "e-file"
PASSWORDS = "passwords"


class WorkspaceSettings(Settings):
    """The project's settings plus the package the workspace opens with (SHENBAO_UI_PACKAGE)."""

    ui_package: Path | None = None


def load_settings() -> WorkspaceSettings | None:
    """The settings of this session; None when a shared deployment requires a signed-in user and
    the request carries none (the app then shows a refusal and nothing else)."""
    settings = WorkspaceSettings()
    if not settings.ui_user_header:
        return settings
    import streamlit as st

    return scoped_settings(settings, dict(st.context.headers))


def scoped_settings(settings: WorkspaceSettings, headers: dict[str, str]) -> WorkspaceSettings | None:
    """Per-user workspace from the proxy's user header: workspace/users/<safe user name>."""
    wanted = (settings.ui_user_header or "").lower()
    user = next((v for k, v in headers.items() if k.lower() == wanted), "").strip()
    if not user:
        return None
    safe = re.sub(r"[^0-9A-Za-z_.@\u4e00-\u9fff-]", "_", user)[:64].lstrip(".") or "_"
    return settings.model_copy(update={"workspace": settings.workspace / "users" / safe})


@dataclass
class LoadedReview:
    source: str
    fingerprint: str
    review: Review
    seconds: float
    stages: list[tuple[str, float]] = field(default_factory=list)
    index_error: str = ""
    loaded_at: float = field(default_factory=time.time)
    _memo: dict = field(default_factory=dict, repr=False)

    def memo(self, name: str, compute):
        """A view's derived rows, computed once per loaded review (not on every click)."""
        if name not in self._memo:
            self._memo[name] = compute(self.review)
        return self._memo[name]

    @property
    def package_id(self) -> str:
        return self.review.package.id

    @property
    def platform_name(self) -> str:
        return row_value(self.review, "平台名称")

    @property
    def title(self) -> str:
        name = self.platform_name or Path(self.source).name
        unit = row_value(self.review, "企业名称")
        return f"{name}（{unit}）" if unit else name


class ReviewRegistry:
    """Reviews of one workspace, by source path; shared by every session of the server."""

    def __init__(self) -> None:
        self._by_source: dict[str, LoadedReview] = {}
        self._lock = threading.Lock()

    def get(self, source: str, fingerprint: str) -> LoadedReview | None:
        with self._lock:
            loaded = self._by_source.get(source)
        return loaded if loaded is not None and loaded.fingerprint == fingerprint else None

    def put(self, loaded: LoadedReview) -> None:
        with self._lock:
            self._by_source[loaded.source] = loaded

    def all(self) -> list[LoadedReview]:
        with self._lock:
            return sorted(self._by_source.values(), key=lambda r: r.loaded_at)

    def by_package_id(self, package_id: str) -> LoadedReview | None:
        return next((r for r in self.all() if r.package_id == package_id), None)


@st.cache_resource(show_spinner=False)
def _registry(workspace: str) -> ReviewRegistry:
    return ReviewRegistry()


@st.cache_resource(show_spinner=False)
def _store(workspace: str, _settings: Settings) -> ReviewStore:
    return open_review_store(_settings)


@st.cache_resource(show_spinner=False)
def _index(workspace: str, _settings: Settings) -> EvidenceIndex:
    return EvidenceIndex(_settings, search_terms(load_catalog()))


def registry(settings: Settings) -> ReviewRegistry:
    return _registry(str(settings.workspace))


def review_store(settings: Settings) -> ReviewStore:
    return _store(str(settings.workspace), settings)


def evidence_index(settings: Settings) -> EvidenceIndex:
    return _index(str(settings.workspace), settings)


def fingerprint(source: Path, passwords: dict[str, str] | None = None) -> str:
    """Changes when a file of the package is added, removed, replaced or edited (stat only: a
    click must not hash a 100-page package)."""
    parts = []
    paths = list_members(source) if source.is_dir() else [source]
    for path in paths:
        stat = path.stat()
        parts.append(f"{path.relative_to(source) if source.is_dir() else path.name}\t{stat.st_size}\t{stat.st_mtime_ns}")
    parts.append(json.dumps(sorted((passwords or {}).items()), ensure_ascii=False))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class ViewContext:
    """What every view gets: one data model for the three roles."""

    settings: WorkspaceSettings
    store: ReviewStore
    loaded: LoadedReview
    role: str
    reviewer: str
    passwords: dict[str, str] = field(default_factory=dict)
    view: str = ""

    @property
    def review(self) -> Review:
        return self.loaded.review

    @property
    def package_id(self) -> str:
        return self.loaded.package_id


# --- which package is open ---------------------------------------------------------------------------


def default_source(settings: WorkspaceSettings) -> str:
    """The package opened first: the one given at start, else the sample, else "" (nothing yet)."""
    if settings.ui_package is not None:
        return str(settings.ui_package)
    return str(SAMPLE_PACKAGE) if SAMPLE_PACKAGE is not None else ""


def current_source(settings: WorkspaceSettings) -> str:
    if not st.session_state.get(SOURCE):
        st.session_state[SOURCE] = default_source(settings)
    return st.session_state[SOURCE]


# --- the selected citation ----------------------------------------------------------------------------


def browse_page_key(file: str) -> str:
    return f"e-page-{file}"


def select_citation(package_id: str, citation: Citation) -> None:
    """Button callback: show this citation in the viewer of the view it was clicked on (the view
    of the run that drew the button), and open its page in the evidence browser."""
    st.session_state[CITATION] = (package_id, citation.model_dump_json(), st.session_state.get(CURRENT_VIEW, ""))
    st.session_state[BROWSE_FILE] = citation.file
    if citation.page is not None:
        st.session_state[browse_page_key(citation.file)] = citation.page


def selected_citation(package_id: str, view: str | None = None) -> Citation | None:
    """The citation last opened on this package — on `view` only, when given (issue 16: 指标 kept
    showing a citation picked on 问题); the evidence browser takes one from any view."""
    chosen = st.session_state.get(CITATION)
    if not chosen or chosen[0] != package_id:
        return None
    if view is not None and len(chosen) > 2 and chosen[2] and chosen[2] != view:
        return None
    return Citation.model_validate_json(chosen[1])


def passwords() -> dict[str, str]:
    """The session's file passwords ("文件名=密码；…"), parsed like `shenbao --password`; a
    malformed entry is told in the workspace's words (no CLI flag) and never echoed (it may
    be a password)."""
    from assistant.core.errors import ShenbaoError
    from assistant.core.settings import parse_passwords

    text = st.session_state.get(PASSWORDS) or ""
    items = [item.strip() for item in re.split(r"[;；\n]", text) if item.strip()]
    for number, item in enumerate(items, start=1):
        name, sep, _secret = item.partition("=")
        if not sep or not name.strip():
            where = f"第 {number} 项" if len(items) > 1 else "所填内容"
            raise ShenbaoError(f"加密文件的密码格式应为“文件名=密码”，多个用分号分隔；{where}不是这个格式。")
    return parse_passwords(items)


def flash(message: str, kind: str = "success") -> None:
    """A message shown once, after the rerun that follows a write."""
    st.session_state[FLASH] = (kind, message)


def show_flash() -> None:
    message = st.session_state.pop(FLASH, None)
    if message is not None:
        kind, text = message
        getattr(st, kind)(text)
