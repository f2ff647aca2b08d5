"""Recording a reviewer's decision — accept, override the value, or dismiss, always with a comment —
through the review store, with optimistic concurrency.

Each item's form remembers the version of the decision the reviewer last saw (`SEEN`, updated
after every render) and writes with that `expected_version`: if someone else decided in between,
`ConflictError` says who and what in Chinese, nothing is written, and the form shows the new
state (the next save is based on it). Validation — comment required, reviewer named, override
needs a value — is the store's (`assistant.store.interface`); its messages are shown as they are.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import streamlit as st

from assistant.core.errors import ShenbaoError
from assistant.store.interface import ACTION_ZH, ConflictError, Decision, ReviewStore
from ui import state
from ui.markup import md

ACTIONS = {"确认": "accept", "修改": "override", "驳回": "dismiss"}
_ACTION_ICON = {"accept": ":material/check_circle:", "override": ":material/edit:", "dismiss": ":material/block:"}


@dataclass(frozen=True)
class Item:
    """What a decision is about: a finding (by id) or a 附件4 row (by label)."""

    kind: str  # finding | value
    key: str
    computed: str | None  # what shenbao computed (a finding's actual value, the row's value)
    evidence_hash: str

    def slug(self) -> str:
        return hashlib.sha256(f"{self.kind}|{self.key}".encode()).hexdigest()[:12]


def _seen(package_id: str) -> dict[str, int]:
    seen = st.session_state.setdefault(state.SEEN, {})
    return seen.setdefault(package_id, {})


def remember(package_id: str, item: Item, current: Decision | None) -> None:
    _seen(package_id)[item.slug()] = current.version if current else 0


def expected_version(package_id: str, item: Item, current: Decision | None) -> int:
    return _seen(package_id).get(item.slug(), current.version if current else 0)


def decision_badge(current: Decision | None, evidence_hash: str) -> str:
    """Markdown: "已确认 · 张三（评审专家）· 时间 · 意见" (and a warning when the evidence changed)."""
    if current is None:
        return ":material/pending: 未处理"
    text = (f"{_ACTION_ICON[current.action]} 已{ACTION_ZH[current.action]}"
            + (f"为「{md(current.after)}」" if current.action == "override" else "")
            + f" · {md(current.reviewer)}（{md(current.role)}）· {md(current.decided_at[:16].replace('T', ' '))} UTC"
            + f" · 意见：{md(current.comment)}")
    if current.is_stale(evidence_hash):
        text += "  \n:material/warning: 决定之后证据已变化，请复核"
    return text


def decision_form(store: ReviewStore, package_id: str, item: Item, current: Decision | None, *,
                  role: str, reviewer: str, linked: Item | None = None,
                  linked_current: Decision | None = None, linked_label: str = "") -> None:
    """The accept/override/dismiss form of one item. `linked` is the 附件4 row a finding's
    override also changes (the value the exports use)."""
    slug = item.slug()
    with st.form(f"form-{slug}", clear_on_submit=False, border=True):
        action = st.radio("评审决定", list(ACTIONS), horizontal=True, key=f"action-{slug}")
        new_value = st.text_input("修改后的值（仅“修改”时填写）", key=f"value-{slug}")
        also = False
        if linked is not None:
            also = st.checkbox(f"“修改”同时更正汇总表「{linked_label}」", value=True, key=f"linked-{slug}")
        comment = st.text_area("评审意见（必填）", key=f"comment-{slug}", height=68)
        submitted = st.form_submit_button("保存评审决定", key=f"save-{slug}", type="primary")
    if submitted:
        _submit(store, package_id, item, current, ACTIONS[action], new_value, comment, role, reviewer,
                linked if also else None, linked_current, slug)
    remember(package_id, item, current)
    if linked is not None:
        remember(package_id, linked, linked_current)


def _submit(store, package_id, item, current, action, new_value, comment, role, reviewer, linked,
            linked_current, slug) -> None:
    if action == "override" and not new_value.strip():
        st.error("「修改」必须填写修改后的值")
        return
    value = new_value.strip() if action == "override" else None
    try:
        store.record_decision(package_id, item.kind, item.key, action, comment=comment, reviewer=reviewer,
                              role=role, evidence_hash=item.evidence_hash,
                              expected_version=expected_version(package_id, item, current),
                              computed=item.computed, new_value=value)
        if linked is not None and action == "override":
            store.record_decision(package_id, linked.kind, linked.key, "override", comment=comment,
                                  reviewer=reviewer, role=role, evidence_hash=linked.evidence_hash,
                                  expected_version=expected_version(package_id, linked, linked_current),
                                  computed=linked.computed, new_value=value)
    except ConflictError as exc:
        st.error(md(exc))
        # Refresh: the form now stands on the decision the store has.
        remember(package_id, item, store.decision(package_id, item.kind, item.key))
        return
    except ShenbaoError as exc:
        st.error(md(exc))
        return
    for key in (f"comment-{slug}", f"value-{slug}"):
        st.session_state.pop(key, None)
    state.flash(f"已保存评审决定：{list(ACTIONS)[list(ACTIONS.values()).index(action)]}")
    st.rerun()
