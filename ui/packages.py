"""Which packages the workspace can open, each listed once and named by its platform.

Candidates, in the order the list shows them: the package given at start, the bundled sample,
every upload (newest first), every package the review store has records of, and whatever this
server has loaded. A package is one application: candidates with the same content (`Package.id`,
the key of its review records) are one entry (issue 16: the same application uploaded twice made
two rows), reached through the source being looked at or else the first candidate.

Each entry has a key for the address and the picker — the head of its package id once it has
been reviewed, else the upload's own id — and a label: the platform's name once known (from the
loaded review, the upload's manifest or the review store), with the company when two platforms
share a name, else what was uploaded. Where it came from (示例, 上传于 …) is a separate caption,
never a server path. Lists and names; loading and drawing are elsewhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from assistant.core.errors import ShenbaoError
from assistant.reports.outputs import row_value
from ui import state
from ui.upload import list_uploads

KEY_CHARS = 16


@dataclass(frozen=True)
class PackageChoice:
    key: str
    source: str
    label: str
    origin: str  # 示例 / 启动时指定 / 上传于 2026-12-03 10:33（材料.zip）/ 评审记录
    package_id: str = ""
    company: str = ""
    removable: bool = False  # an upload: the reviewer may remove it from the workspace


def package_key(package_id: str) -> str:
    return package_id[:KEY_CHARS]


@dataclass
class _Candidate:
    source: str
    fallback: str  # the label while the platform is unknown
    origin: str
    package_id: str = ""
    platform: str = ""
    company: str = ""
    removable: bool = False
    upload_id: str = ""


def _candidates(settings: state.WorkspaceSettings) -> list[_Candidate]:
    found: list[_Candidate] = []
    if settings.ui_package is not None:
        found.append(_Candidate(str(settings.ui_package), settings.ui_package.name, "启动时指定"))
    if state.SAMPLE_PACKAGE is not None:
        found.append(_Candidate(str(state.SAMPLE_PACKAGE), "示例申报材料", "示例"))
    for upload in list_uploads(settings.workspace / state.UPLOADS):
        found.append(_Candidate(str(upload.source), upload.name, f"上传于 {upload.uploaded_at}（{upload.name}）",
                                upload.package_id, upload.platform, upload.company, removable=True,
                                upload_id=upload.folder.name))
    try:
        known = state.review_store(settings).packages()
    except ShenbaoError:
        known = []
    for record in known:
        found.append(_Candidate(record.source, Path(record.source).name, "评审记录", record.package_id,
                                record.platform_name))
    for loaded in state.registry(settings).all():
        found.append(_Candidate(loaded.source, Path(loaded.source).name, "已加载", loaded.package_id,
                                loaded.platform_name, row_value(loaded.review, "企业名称")))
    return [c for c in found if Path(c.source).exists()]


def _identify(candidates: list[_Candidate], settings: state.WorkspaceSettings) -> None:
    """Fill in the package id, platform and company of every candidate from whatever knows them
    for its source: the loaded review first (it is current), then manifests and the store."""
    by_source: dict[str, _Candidate] = {}
    for loaded in state.registry(settings).all():
        by_source[loaded.source] = _Candidate(loaded.source, "", "", loaded.package_id, loaded.platform_name,
                                              row_value(loaded.review, "企业名称"))
    for candidate in candidates:
        if candidate.package_id and candidate.source not in by_source:
            by_source[candidate.source] = candidate
    for candidate in candidates:
        known = by_source.get(candidate.source)
        if known is not None:
            candidate.package_id = known.package_id or candidate.package_id
            candidate.platform = known.platform or candidate.platform
            candidate.company = known.company or candidate.company


def package_choices(settings: state.WorkspaceSettings, current: str = "") -> list[PackageChoice]:
    candidates = _candidates(settings)
    _identify(candidates, settings)
    groups: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        group = candidate.package_id or f"source:{candidate.source}"
        groups.setdefault(group, []).append(candidate)
    choices = []
    for members in groups.values():
        chosen = next((c for c in members if c.source == current), members[0])
        known = next((c for c in members if c.platform), chosen)
        removable = next((c for c in members if c.removable and c.source == chosen.source), None)
        key = (package_key(chosen.package_id) if chosen.package_id
               else f"u-{chosen.upload_id}" if chosen.upload_id
               else "s-" + hashlib.sha256(chosen.source.encode()).hexdigest()[:12])
        choices.append(PackageChoice(key=key, source=chosen.source, label=known.platform or chosen.fallback,
                                     origin=chosen.origin, package_id=chosen.package_id,
                                     company=known.company, removable=removable is not None))
    return _distinct_labels(choices)


def _distinct_labels(choices: list[PackageChoice]) -> list[PackageChoice]:
    """Two entries never read the same: the company tells apart two platforms of one name
    ("平台（公司）"), then the kind of source ("示例：平台", "上传：平台"), then where exactly each
    came from. Kind and origin come first: the picker cuts a long label at its end, and what
    tells two entries apart must stay visible."""
    def company(choice: PackageChoice) -> tuple[str, str]:
        return "", f"（{choice.company}）" if choice.company else ""

    def kind(choice: PackageChoice) -> tuple[str, str]:
        return ("上传：" if choice.removable else f"{choice.origin}："), ""

    def origin(choice: PackageChoice) -> tuple[str, str]:
        return f"{choice.origin}：", ""

    labels = [c.label for c in choices]
    for teller in (company, kind, origin):
        told: dict[str, set[tuple[str, str]]] = {}  # label → what the teller says of the entries bearing it
        for label, choice in zip(labels, choices, strict=True):
            told.setdefault(label, set()).add(teller(choice))
        labels = [f"{teller(c)[0]}{label}{teller(c)[1]}" if len(told[label]) > 1 else label
                  for label, c in zip(labels, choices, strict=True)]
    return [PackageChoice(**{**c.__dict__, "label": label}) for c, label in zip(choices, labels, strict=True)]


def find(choices: list[PackageChoice], *, key: str = "", source: str = "") -> PackageChoice | None:
    """The entry with this key (a package id's head or longer also matches), or this source."""
    for choice in choices:
        if key and (choice.key == key or (choice.package_id and choice.package_id.startswith(key) and len(key) >= 8)):
            return choice
        if source and choice.source == source:
            return choice
    return None
