"""Recording a reviewer's decision — accept, override the value, or dismiss, always with a comment —
through the review store, with optimistic concurrency.

Each item's form remembers the version of the decision the reviewer last saw (`SEEN`, updated
after every render) and writes with that `expected_version`: if someone else decided in between,
`ConflictError` carries their decision, nothing is written, the form says who decided what and
when (in Beijing time, naming the item by its text, not its id) and shows the new state (the next
save is based on it). The choices say what is decided ("确认：问题属实", not a bare 确认). What
the form lacks — the reviewer's name, a comment, the new value of an override — is told all at
once before anything is sent; the store validates again and its messages are shown as they are.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import streamlit as st

from assistant.core.errors import ShenbaoError
from assistant.store.interface import ConflictError, Decision, ReviewStore
from ui import state
from ui.markup import md

ACTIONS = ("accept", "override", "dismiss")
CHOICES = {
    "finding": {"accept": "确认：问题属实", "override": "修改：更正数值", "dismiss": "驳回：问题不成立"},
    "value": {"accept": "确认：内容无误", "override": "修改：更正内容", "dismiss": "驳回：内容不予采用"},
}
DONE = {
    "finding": {"accept": "已确认问题属实", "override": "已更正数值", "dismiss": "已驳回（问题不成立）"},
    "value": {"accept": "已确认内容无误", "override": "已更正内容", "dismiss": "已驳回（内容不予采用）"},
}
_ACTION_ICON = {"accept": ":material/check_circle:", "override": ":material/edit:", "dismiss": ":material/block:"}
BEIJING = timezone(timedelta(hours=8), "北京时间")


@dataclass(frozen=True)
class Item:
    """What a decision is about: a finding (by id) or a 附件4 row (by label)."""

    kind: str  # finding | value
    key: str
    computed: str | None  # what shenbao computed (a finding's actual value, the row's value)
    evidence_hash: str
    title: str = ""  # how a reviewer names it: the finding's message, the row's label

    def slug(self) -> str:
        return hashlib.sha256(f"{self.kind}|{self.key}".encode()).hexdigest()[:12]


def beijing_time(stamp: str) -> str:
    """"2026-12-03T10:33:00+00:00" (the store keeps UTC) → "2026-12-03 18:33（北京时间）"."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M") + "（北京时间）"


def _seen(package_id: str) -> dict[str, int]:
    seen = st.session_state.setdefault(state.SEEN, {})
    return seen.setdefault(package_id, {})


def remember(package_id: str, item: Item, current: Decision | None) -> None:
    _seen(package_id)[item.slug()] = current.version if current else 0


def expected_version(package_id: str, item: Item, current: Decision | None) -> int:
    return _seen(package_id).get(item.slug(), current.version if current else 0)


def decision_badge(current: Decision | None, evidence_hash: str) -> str:
    """Markdown: "已确认问题属实 · 张三（评审专家）· 2026-12-03 18:33（北京时间）· 意见：…"."""
    if current is None:
        return ":material/pending: 未处理"
    done = DONE["finding" if current.item_kind == "finding" else "value"][current.action]
    text = (f"{_ACTION_ICON[current.action]} {done}"
            + (f"为「{md(current.after)}」" if current.action == "override" else "")
            + f" · {md(current.reviewer)}（{md(current.role)}）· {md(beijing_time(current.decided_at))}"
            + f" · 意见：{md(current.comment)}")
    if current.is_stale(evidence_hash):
        text += "  \n:material/warning: 决定之后证据已变化，请复核"
    return text


def conflict_message(item: Item, current: Decision | None) -> str:
    what = f"「{item.title or item.key}」"
    if current is None:
        told = f"{what}的评审记录已变化（可能已从备份恢复）"
    else:
        done = DONE["finding" if current.item_kind == "finding" else "value"][current.action]
        told = (f"{what}已被 {current.reviewer}（{current.role}）于 {beijing_time(current.decided_at)} 处理：{done}"
                + (f"为「{current.after}」" if current.action == "override" else ""))
    return f"{told}。您的修改未保存：下方已显示最新的评审决定，如仍需更改请重新保存。"


def missing(action: str, new_value: str, comment: str, reviewer: str) -> list[str]:
    """Everything the form still lacks, at once (issue 16: one error per attempt)."""
    problems = []
    if not reviewer.strip():
        problems.append("请先在左侧填写评审人姓名")
    if action == "override" and not new_value.strip():
        problems.append("「修改」必须填写修改后的值")
    if not comment.strip():
        problems.append("请填写评审意见：确认、修改或驳回都必须说明理由")
    return problems


def decision_form(store: ReviewStore, package_id: str, item: Item, current: Decision | None, *,
                  role: str, reviewer: str, linked: Item | None = None,
                  linked_current: Decision | None = None, linked_label: str = "") -> None:
    """The accept/override/dismiss form of one item. `linked` is the 附件4 row a finding's
    override also changes (the value the exports use)."""
    slug = item.slug()
    choices = CHOICES[item.kind]
    with st.form(f"form-{slug}", clear_on_submit=False, border=True):
        action = st.radio("评审决定", ACTIONS, horizontal=True, key=f"action-{slug}", format_func=choices.get)
        new_value = st.text_input("修改后的值（仅“修改”时填写）", key=f"value-{slug}")
        also = False
        if linked is not None:
            also = st.checkbox(f"“修改”同时更正汇总表「{linked_label}」", value=True, key=f"linked-{slug}")
        comment = st.text_area("评审意见（必填）", key=f"comment-{slug}", height=68)
        submitted = st.form_submit_button("保存评审决定", key=f"save-{slug}", type="primary")
    if submitted:
        _submit(store, package_id, item, current, action or "accept", new_value, comment, role, reviewer,
                linked if also else None, linked_current, slug)
    remember(package_id, item, current)
    if linked is not None:
        remember(package_id, linked, linked_current)


def _submit(store, package_id, item, current, action, new_value, comment, role, reviewer, linked,
            linked_current, slug) -> None:
    problems = missing(action, new_value, comment, reviewer)
    if problems:
        st.error("尚未保存：  \n" + "  \n".join(f"- {md(p)}" for p in problems))
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
        st.error(md(conflict_message(item, exc.current)))
        # Refresh: the form now stands on the decision the store has.
        remember(package_id, item, store.decision(package_id, item.kind, item.key))
        return
    except ShenbaoError as exc:
        st.error(md(exc))
        return
    for key in (f"comment-{slug}", f"value-{slug}"):
        st.session_state.pop(key, None)
    state.flash(f"已保存评审决定：{DONE[item.kind][action]}" + (f"为「{value}」" if value else "")
                + (f"（{item.title}）" if item.title else ""))
    st.rerun()
