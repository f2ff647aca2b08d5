"""The review store: reviewers' decisions on findings and 附件4 values, and their audit trail.

Owns the interface `ReviewStore` every backend implements, its models and errors, input
validation and the audit hashes. Per package, a store keeps the current decision on each item (a
finding by its id, a 附件4 row by its label) and an append-only audit log of every change, and
which experts the 评价工作组 assigned to it (`Assignment`, a log only added to as well).
DESIGN.md: "nothing the reviewer decided is ever lost" — so every write is one transaction that
excludes other writers of the package, commits are durable, audit rows cannot be updated or
deleted (triggers), each package's audit rows form a sha256 chain (tampering shows in
`check_integrity`), and a write based on a stale version fails with `ConflictError` instead of
overwriting. A database that cannot be reached fails with `StoreUnavailableError`, and the store
works again once it can.

The backends, on SQLAlchemy (`assistant.store.sql_store`): `SqliteReviewStore` (one file in the
workspace, the default) and `PostgresReviewStore` (one database for a whole office,
SHENBAO_DATABASE_URL); `assistant.store.opener` picks one from the settings and
`assistant.store.migrate` keeps their schema current. This module must not judge values (no
catalog, no checks) and must never overwrite or delete a database: a corrupt one is moved aside
only on request.
"""

from __future__ import annotations

import hashlib
import json
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from assistant import __version__
from assistant.core.errors import ShenbaoError

Action = Literal["accept", "override", "dismiss"]
ItemKind = Literal["finding", "value"]
Role = Literal["评审专家", "评价工作组", "申报单位"]
ACTION_ZH = {"accept": "确认", "override": "修改", "dismiss": "驳回"}
SCHEMA_VERSION = 2  # SQLite's user_version at the newest migration (assistant/store/migrations)
APPLICATION_ID = 0x53484250  # "SHBP": tells our file from any other SQLite database
GENESIS_HASH = "0" * 64
_SHA256 = re.compile(r"[0-9a-f]{64}")
AUDIT_FIELDS = ("package_id", "item_kind", "item_key", "action", "computed", "before", "after", "comment",
                "reviewer", "role", "decided_at", "evidence_hash", "shenbao_version", "version")


class PackageReview(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    package_id: str  # assistant.package.loader.Package.id
    source: str
    platform_name: str
    created_at: str
    updated_at: str


class Decision(BaseModel):
    """One audit row. The current decision on an item is its latest row (highest version)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    seq: int
    package_id: str
    item_kind: ItemKind
    item_key: str  # finding id, or the 附件4 row label
    action: Action
    computed: str | None  # what shenbao computed (prefill value, a finding's actual)
    before: str | None  # the effective value before this change
    after: str | None  # the effective value after it: the override, else `computed`
    comment: str
    reviewer: str
    role: Role
    decided_at: str  # UTC ISO 8601
    evidence_hash: str  # sha256 of the cited documents or the finding's citations
    shenbao_version: str
    version: int  # 1, 2, … per item; `expected_version` of the next write
    chain_hash: str  # sha256(previous row's chain_hash of this package + this row)

    def is_stale(self, evidence_hash: str) -> bool:
        """True when the evidence changed since the reviewer decided."""
        return evidence_hash != self.evidence_hash


class Assignment(BaseModel):
    """An expert given a package to review by the 评价工作组 (who, and when: UTC ISO 8601)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    package_id: str
    user: str  # the expert's account, as the role file spells it
    changed_by: str
    changed_at: str


class AssignmentConflictError(ShenbaoError):
    """The package's experts changed since the caller read them; nothing was written."""

    def __init__(self, package_id: str, current: list[Assignment]):
        self.package_id, self.current = package_id, current
        who = "、".join(a.user for a in current) or "（无）"
        super().__init__(f"这份申报材料的评审专家已被他人修改，现为：{who}；您的分配未保存，请刷新后重新分配。")


class ConflictError(ShenbaoError):
    """Someone else changed the item since the caller read it; nothing was written."""

    def __init__(self, item_kind: str, item_key: str, expected_version: int, current: Decision | None):
        self.expected_version = expected_version
        self.current = current
        item = f"{'问题' if item_kind == 'finding' else '数据项'}「{item_key}」"
        if current is None:
            told = f"{item}尚无评审记录（您看到的是版本 {expected_version}，评审记录可能已从备份恢复）"
        else:
            when = current.decided_at[:19].replace("T", " ")
            told = (f"{item}已被 {current.reviewer}（{current.role}）于 {when} UTC "
                    f"{ACTION_ZH[current.action]}，当前值为「{current.after or ''}」（版本 {current.version}，"
                    f"您看到的是版本 {expected_version}）")
        super().__init__(f"{told}；您的修改未保存，请刷新后重新确认。")


class StoreCorruptError(ShenbaoError):
    """The review database is damaged; it was left untouched."""


class StoreUnavailableError(ShenbaoError):
    """The review database cannot be reached now (server down or restarting, network, a lock held
    too long); the message says whether the change was saved. Retrying later is the fix: the
    store reconnects by itself."""

    def __init__(self, where: str, detail: str, *, write: bool, committing: bool = False):
        self.where, self.detail = where, detail
        if not write:
            outcome = "请稍后重试；已保存的评审记录不受影响。"
        elif committing:  # the connection broke while the commit was on its way
            outcome = "无法确认本次修改是否已保存，请待恢复后刷新查看；已保存的评审记录不受影响。"
        else:
            outcome = "本次修改未保存，请稍后重试；已保存的评审记录不受影响。"
        super().__init__(f"评审记录库暂时无法访问（{where}：{detail}）。{outcome}")


def citations_hash(citations: Iterable[BaseModel]) -> str:
    """The evidence hash of a finding or a value: sha256 over its citations, order-independent."""
    dumped = sorted(json.dumps(c.model_dump(mode="json"), sort_keys=True, ensure_ascii=False) for c in citations)
    return hashlib.sha256("\n".join(dumped).encode()).hexdigest()


def chain_hash(previous: str, row: dict) -> str:
    payload = json.dumps({k: row[k] for k in AUDIT_FIELDS}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{previous}\n{payload}".encode()).hexdigest()


def verify_chain(rows: Iterable[Decision]) -> list[str]:
    """Problems in one package's audit rows (in seq order): broken chain, gaps in versions."""
    problems, previous, versions = [], GENESIS_HASH, {}
    for row in rows:
        if chain_hash(previous, row.model_dump()) != row.chain_hash:
            problems.append(f"审计记录 #{row.seq} 的校验链不符（记录被改动或缺失）")
        previous = row.chain_hash
        item = (row.item_kind, row.item_key)
        if row.version != versions.get(item, 0) + 1:
            problems.append(f"审计记录 #{row.seq}：{row.item_key} 的版本 {row.version} 不连续")
        versions[item] = row.version
    return problems


class ReviewStore(ABC):
    """What the UI, the CLI and the exports need from a review store, whatever the database."""

    clock: Callable[[], datetime] = staticmethod(lambda: datetime.now(timezone.utc))
    location: str = ""  # where the decisions are kept, for people (a file path, or server/database)

    # The storage, implemented per backend.
    @abstractmethod
    def register_package(self, package_id: str, source: str, platform_name: str = "") -> PackageReview: ...
    @abstractmethod
    def packages(self) -> list[PackageReview]: ...
    @abstractmethod
    def history(self, package_id: str, item_kind: ItemKind | None = None,
                item_key: str | None = None) -> list[Decision]: ...  # in write order
    @abstractmethod
    def current_decisions(self, package_id: str) -> dict[tuple[ItemKind, str], Decision]: ...
    @abstractmethod
    def decision(self, package_id: str, item_kind: ItemKind, item_key: str) -> Decision | None: ...
    @abstractmethod
    def _append(self, row: dict, expected_version: int) -> Decision: ...  # check version, append, make current
    @abstractmethod
    def assignments(self, package_id: str | None = None) -> list[Assignment]: ...  # who has which package now
    @abstractmethod
    def set_assignments(self, package_id: str, users: Iterable[str], *, changed_by: str,
                        expected: Iterable[str] | None = None) -> list[Assignment]: ...  # `users` become its experts
    @abstractmethod
    def backup(self, dest: Path) -> Path: ...
    @abstractmethod
    def check_integrity(self) -> list[str]: ...  # every problem found; empty when sound
    @abstractmethod
    def close(self) -> None: ...

    def record_decision(self, package_id: str, item_kind: ItemKind, item_key: str, action: Action, *,
                        comment: str, reviewer: str, role: Role, evidence_hash: str,
                        expected_version: int, computed: str | None = None,
                        new_value: str | None = None) -> Decision:
        """Record a decision; `expected_version` is the version the reviewer saw (0: none yet)."""
        _validate(item_kind, item_key, action, comment, reviewer, role, evidence_hash, expected_version,
                  computed, new_value)
        row = {"package_id": package_id, "item_kind": item_kind, "item_key": item_key, "action": action,
               "computed": computed, "after": new_value if action == "override" else computed,
               "comment": comment.strip(), "reviewer": reviewer.strip(), "role": role,
               "decided_at": self.clock().astimezone(timezone.utc).isoformat(timespec="microseconds"),
               "evidence_hash": evidence_hash, "shenbao_version": __version__}
        return self._append(row, expected_version)

    def overrides(self, package_id: str) -> dict[str, str | None]:
        """附件4 row label → the reviewer's value, for the exports."""
        return {key: d.after for (kind, key), d in sorted(self.current_decisions(package_id).items())
                if kind == "value" and d.action == "override"}

    def reviewer_decisions(self, package_id: str) -> dict[tuple[ItemKind, str], dict[str, Decision]]:
        """Per item, each reviewer's latest decision (a panel's side-by-side view); the item's
        current decision is still `current_decisions`, whoever made it."""
        latest: dict[tuple[ItemKind, str], dict[str, Decision]] = {}
        for row in self.history(package_id):
            latest.setdefault((row.item_kind, row.item_key), {})[row.reviewer] = row
        return {item: latest[item] for item in sorted(latest)}

    def action_counts(self, package_id: str) -> dict[Action, int]:
        return _count(self.current_decisions(package_id).values())

    def export_json(self, package_id: str) -> dict:
        """Everything decided on one package, for the archive; verifiable with `verify_chain`."""
        package = next((p for p in self.packages() if p.package_id == package_id), None)
        if package is None:
            raise ShenbaoError(f"评审记录中没有该申报包：{package_id}")
        audit = self.history(package_id)  # one read: decisions and counts come from the same rows
        current = {(row.item_kind, row.item_key): row for row in audit}
        return {"format": "shenbao.reviews/1", "shenbao_version": __version__, "package": package.model_dump(),
                "decisions": [current[k].model_dump() for k in sorted(current)],
                "audit": [row.model_dump() for row in audit], "counts": _count(current.values())}

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _count(decisions: Iterable[Decision]) -> dict[Action, int]:
    counts = dict.fromkeys(get_args(Action), 0)
    for decision in decisions:
        counts[decision.action] += 1
    return counts


def _validate(item_kind, item_key, action, comment, reviewer, role, evidence_hash, expected_version,
              computed, new_value):
    if item_kind not in get_args(ItemKind):
        raise ShenbaoError(f"评审对象类型只能是 finding 或 value：{item_kind}")
    if not item_key or not item_key.strip():
        raise ShenbaoError("评审对象为空：请给出问题编号或汇总表行名")
    if action not in ACTION_ZH:
        raise ShenbaoError(f"评审操作只能是 accept（确认）、override（修改）或 dismiss（驳回）：{action}")
    if not isinstance(comment, str) or not comment.strip():
        raise ShenbaoError("请填写评审意见：确认、修改或驳回都必须说明理由")
    if not isinstance(reviewer, str) or not reviewer.strip():
        raise ShenbaoError("请填写评审人姓名")
    if role not in get_args(Role):
        raise ShenbaoError(f"评审角色只能是 评审专家、评价工作组 或 申报单位：{role}")
    if not isinstance(evidence_hash, str) or not _SHA256.fullmatch(evidence_hash):
        raise ShenbaoError("证据摘要应为 64 位小写十六进制 sha256")
    if isinstance(expected_version, bool) or not isinstance(expected_version, int) or expected_version < 0:
        raise ShenbaoError(f"版本号应为非负整数：{expected_version!r}")
    if any(value is not None and not isinstance(value, str) for value in (computed, new_value)):
        raise ShenbaoError("数值请按表格中显示的文字传入（如「6670.79」），不要传入数字对象")
    if action == "override" and new_value is None:
        raise ShenbaoError("「修改」必须给出新值")
    if action != "override" and new_value is not None:
        raise ShenbaoError("只有「修改」可以给出新值；确认或驳回请不要填写新值")
