"""The review store: reviewers' decisions on findings and 附件4 values, and their audit trail.

Owns one SQLite file in the workspace (`reviews.sqlite3`): per package, the current decision on
each item (a finding by its id, a 附件4 row by its label) and an append-only audit log of every
change. DESIGN.md: "nothing the reviewer decided is ever lost" — so every write is one
`BEGIN IMMEDIATE` transaction, commits are fsynced, audit rows cannot be updated or deleted
(triggers), each package's audit rows form a sha256 chain (tampering shows in `check_integrity`),
and a write based on a stale version fails with `ConflictError` instead of overwriting.

`ReviewStore` is the storage interface; `SqliteReviewStore` is its one implementation. A shared
office (DESIGN.md, Scale) would add a PostgreSQL store over an SQLAlchemy URL implementing the
same abstract methods — not done yet. This module must not judge values (no catalog, no checks)
and must never overwrite or delete a database file: a corrupt one is moved aside only on request.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import threading
import weakref
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from pydantic import BaseModel, ConfigDict

from assistant import __version__
from assistant.errors import ShenbaoError

if TYPE_CHECKING:  # the store needs only `settings.workspace`; children start faster without it
    from assistant.settings import Settings

log = logging.getLogger(__name__)

Action = Literal["accept", "override", "dismiss"]
ItemKind = Literal["finding", "value"]
Role = Literal["评审专家", "评价工作组", "申报单位"]
ACTION_ZH = {"accept": "确认", "override": "修改", "dismiss": "驳回"}
STORE_FILE = "reviews.sqlite3"
SCHEMA_VERSION = 1
APPLICATION_ID = 0x53484250  # "SHBP": tells our file from any other SQLite database
_GENESIS = "0" * 64
_SHA256 = re.compile(r"[0-9a-f]{64}")
# SQLITE_CORRUPT and SQLITE_NOTADB: the file is damaged, as opposed to locked or unreadable.
_CORRUPT_CODES = {11, 26}

_SCHEMA = resources.files("assistant").joinpath("review_store_schema.sql")
_AUDIT_FIELDS = ("package_id", "item_kind", "item_key", "action", "computed", "before", "after", "comment",
                 "reviewer", "role", "decided_at", "evidence_hash", "shenbao_version", "version")


class PackageReview(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    package_id: str  # assistant.package.Package.id
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


def citations_hash(citations: Iterable[BaseModel]) -> str:
    """The evidence hash of a finding or a value: sha256 over its citations, order-independent."""
    dumped = sorted(json.dumps(c.model_dump(mode="json"), sort_keys=True, ensure_ascii=False) for c in citations)
    return hashlib.sha256("\n".join(dumped).encode()).hexdigest()


def chain_hash(previous: str, row: dict) -> str:
    payload = json.dumps({k: row[k] for k in _AUDIT_FIELDS}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{previous}\n{payload}".encode()).hexdigest()


def verify_chain(rows: Iterable[Decision]) -> list[str]:
    """Problems in one package's audit rows (in seq order): broken chain, gaps in versions."""
    problems, previous, versions = [], _GENESIS, {}
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

    # The storage: what a PostgreSQL store would implement over SQLAlchemy.
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


class _Connection(sqlite3.Connection):
    """A connection that can be weakly referenced, so the store can close every thread's one."""


class SqliteReviewStore(ReviewStore):
    """The review store in one SQLite file, one connection per thread (Streamlit runs each
    session in its own thread); processes share the file through SQLite's own locking."""

    def __init__(self, path: Path, *, reset_corrupt: bool = False, busy_timeout_s: float = 30.0,
                 clock: Callable[[], datetime] | None = None):
        self.path = Path(path)
        self.busy_timeout_s = busy_timeout_s
        if clock is not None:
            self.clock = clock
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: weakref.WeakSet[_Connection] = weakref.WeakSet()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            try:
                self._prepare()
            except StoreCorruptError:
                if not reset_corrupt:
                    raise
                self.close()
                moved = _move_aside(self.path, "corrupt")
                log.warning("review store %s was corrupt; moved aside to %s", self.path, moved)
                self._prepare()
        except BaseException:
            self.close()  # a store that failed to open holds no connection
            raise

    def _connect(self) -> _Connection:
        conn = sqlite3.connect(self.path, timeout=self.busy_timeout_s, isolation_level=None,
                               check_same_thread=False, factory=_Connection)
        # check_same_thread is off only so that close() can close other threads' connections;
        # each connection is used by the thread that made it (thread-local below).
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        # FULL, not NORMAL: in WAL mode NORMAL survives a killed process but may lose the last
        # commits on an OS crash or power cut; a reviewer's committed decision must survive both.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA fullfsync = ON")  # macOS: a plain fsync does not flush the drive's cache
        with self._lock:
            self._open.add(conn)
        return conn

    def _conn(self) -> _Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.pid != os.getpid():  # a forked child never reuses a parent's
            conn = self._connect()
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def _prepare(self) -> None:
        try:
            conn = self._conn()
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise StoreCorruptError(_corrupt_message(self.path, "；".join(problems[:3])))
            app_id, = conn.execute("PRAGMA application_id").fetchone()
            user_version, = conn.execute("PRAGMA user_version").fetchone()
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id != APPLICATION_ID and (app_id != 0 or tables):
                raise ShenbaoError(f"{self.path} 不是 shenbao 的评审记录库（可能是别的程序的数据库），未作任何改动")
            if user_version > SCHEMA_VERSION:
                raise ShenbaoError(f"评审记录库 {self.path} 由更新版本的 shenbao 创建，请升级后再打开")
            if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":  # e.g. a network share
                log.warning("review store %s cannot use WAL; concurrent sessions will wait longer", self.path)
            try:  # executescript commits first, so the whole script is one explicit transaction
                conn.executescript(f"BEGIN IMMEDIATE;\n{_SCHEMA.read_text(encoding='utf-8')}\n"
                                   f"PRAGMA application_id = {APPLICATION_ID};\n"
                                   f"PRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            if exc.sqlite_errorcode in _CORRUPT_CODES:
                raise StoreCorruptError(_corrupt_message(self.path, str(exc))) from exc
            raise ShenbaoError(f"无法打开评审记录库 {self.path}：{exc}") from exc

    @contextmanager
    def _transaction(self, write: bool):
        try:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            if isinstance(exc, sqlite3.DatabaseError) and exc.sqlite_errorcode in _CORRUPT_CODES:
                raise StoreCorruptError(_corrupt_message(self.path, str(exc))) from exc
            busy = isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)
            what = "正被其他评审会话长时间占用" if busy else "读写失败"
            raise ShenbaoError(f"评审记录库{what}{'，本次修改未保存' if write else ''}：{exc}") from exc

    def register_package(self, package_id: str, source: str, platform_name: str = "") -> PackageReview:
        if not package_id or not package_id.strip():
            raise ShenbaoError("申报包编号为空")
        now = self.clock().astimezone(timezone.utc).isoformat(timespec="microseconds")
        with self._transaction(write=True) as conn:
            conn.execute("INSERT INTO package_review VALUES (?, ?, ?, ?, ?) ON CONFLICT (package_id) DO UPDATE "
                         "SET source = excluded.source, platform_name = excluded.platform_name, "
                         "updated_at = excluded.updated_at WHERE source != excluded.source "
                         "OR platform_name != excluded.platform_name",
                         (package_id, source, platform_name, now, now))
            row = conn.execute("SELECT * FROM package_review WHERE package_id = ?", (package_id,)).fetchone()
        return _package(row)

    def packages(self) -> list[PackageReview]:
        with self._transaction(write=False) as conn:
            return [_package(row) for row in conn.execute("SELECT * FROM package_review ORDER BY package_id")]

    def history(self, package_id: str, item_kind: ItemKind | None = None,
                item_key: str | None = None) -> list[Decision]:
        sql, args = "SELECT * FROM audit WHERE package_id = ?", [package_id]
        if item_kind is not None or item_key is not None:
            sql, args = sql + " AND item_kind = ? AND item_key = ?", args + [item_kind, item_key]
        with self._transaction(write=False) as conn:
            return [_decision(row) for row in conn.execute(sql + " ORDER BY seq", args)]

    def current_decisions(self, package_id: str) -> dict[tuple[ItemKind, str], Decision]:
        with self._transaction(write=False) as conn:
            rows = conn.execute("SELECT audit.* FROM decision JOIN audit USING (seq) "
                                "WHERE decision.package_id = ? ORDER BY audit.item_kind, audit.item_key",
                                (package_id,)).fetchall()
        return {(d.item_kind, d.item_key): d for d in map(_decision, rows)}

    def decision(self, package_id: str, item_kind: ItemKind, item_key: str) -> Decision | None:
        with self._transaction(write=False) as conn:
            return _current(conn, package_id, item_kind, item_key)

    def _append(self, row: dict, expected_version: int) -> Decision:
        kind, key, package_id = row["item_kind"], row["item_key"], row["package_id"]
        with self._transaction(write=True) as conn:
            if conn.execute("SELECT 1 FROM package_review WHERE package_id = ?", (package_id,)).fetchone() is None:
                raise ShenbaoError(f"评审记录中没有该申报包，请先登记：{package_id}")
            current = _current(conn, package_id, kind, key)
            if (current.version if current else 0) != expected_version:
                raise ConflictError(kind, key, expected_version, current)
            last = conn.execute("SELECT chain_hash FROM audit WHERE package_id = ? ORDER BY seq DESC LIMIT 1",
                                (package_id,)).fetchone()
            row = {**row, "before": current.after if current else row["computed"], "version": expected_version + 1}
            row["chain_hash"] = chain_hash(last[0] if last else _GENESIS, row)
            columns = (*_AUDIT_FIELDS, "chain_hash")
            seq = conn.execute(f"INSERT INTO audit ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               [row[c] for c in columns]).lastrowid
            if current is None:
                conn.execute("INSERT INTO decision VALUES (?, ?, ?, ?, ?)", (package_id, kind, key, seq, 1))
            else:
                conn.execute("UPDATE decision SET seq = ?, version = ? WHERE package_id = ? AND item_kind = ? "
                             "AND item_key = ?", (seq, row["version"], package_id, kind, key))
        return Decision(seq=seq, **row)

    def check_integrity(self) -> list[str]:
        with self._transaction(write=False) as conn:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
            problems += [f"外键错误：{r}" for r in conn.execute("PRAGMA foreign_key_check")]
            audit = [_decision(r) for r in conn.execute("SELECT * FROM audit ORDER BY package_id, seq")]
            latest = conn.execute("SELECT d.item_key, d.version, a.version, a.seq = (SELECT max(seq) FROM audit "
                                  "WHERE package_id = d.package_id AND item_kind = d.item_kind AND item_key = d.item_key) "
                                  "FROM decision d JOIN audit a USING (seq)").fetchall()
        for package_id in sorted({row.package_id for row in audit}):
            problems += verify_chain(row for row in audit if row.package_id == package_id)
        problems += [f"{key} 的当前决定不是其最新审计记录" for key, v, av, newest in latest if v != av or not newest]
        items = {(r.package_id, r.item_kind, r.item_key) for r in audit}
        if len(items) != len(latest):
            problems.append(f"有审计记录的评审对象 {len(items)} 个，当前决定却有 {len(latest)} 个")
        return problems

    def backup(self, dest: Path) -> Path:
        """A consistent copy made with SQLite's online backup API while others keep writing;
        written beside `dest` and renamed into place, so `dest` is never half a database."""
        dest = Path(dest)
        if dest.exists() and dest.resolve() == self.path.resolve():
            raise ShenbaoError("备份文件不能是评审记录库本身")
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".partial")
        partial.unlink(missing_ok=True)
        try:
            target = sqlite3.connect(partial, isolation_level=None)
            try:
                self._conn().backup(target)  # pages=-1: one step, one read snapshot
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise ShenbaoError(f"备份校验失败：{dest}")
            finally:
                target.close()
            _fsync(partial)
            os.replace(partial, dest)
            _fsync(dest.parent)
        except sqlite3.Error as exc:
            raise ShenbaoError(f"评审记录备份失败：{exc}") from exc
        finally:
            partial.unlink(missing_ok=True)
        return dest

    def close(self) -> None:
        with self._lock:
            connections, self._open = list(self._open), weakref.WeakSet()
        for conn in connections:
            conn.close()
        self._local = threading.local()


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace the review store at `db_path` by a copy of `backup` once the copy passes
    `check_integrity`; the backup is only read, the current file is moved aside (returned), never
    deleted. Stop every other shenbao session on this workspace first."""
    db_path = Path(db_path)
    staged = db_path.with_name(db_path.name + ".restoring")  # our own copy: ours to delete
    for leftover in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        shutil.copyfile(backup, staged)  # `backup()` wrote one self-contained file
        with SqliteReviewStore(staged) as store:
            problems = store.check_integrity()
        if problems:
            raise StoreCorruptError("；".join(problems[:3]))
    except (OSError, ShenbaoError) as exc:
        staged.unlink(missing_ok=True)
        raise StoreCorruptError(f"备份文件 {backup} 无法使用，未恢复：{exc}") from exc
    aside = _move_aside(db_path, "before-restore") if db_path.exists() else None
    os.replace(staged, db_path)
    _fsync(db_path.parent)
    return aside


def review_store_path(settings: Settings) -> Path:
    return settings.workspace / STORE_FILE


def open_review_store(settings: Settings, *, reset_corrupt: bool = False) -> ReviewStore:
    return SqliteReviewStore(review_store_path(settings), reset_corrupt=reset_corrupt)


def _current(conn: sqlite3.Connection, package_id: str, kind: str, key: str) -> Decision | None:
    row = conn.execute("SELECT audit.* FROM decision JOIN audit USING (seq) WHERE decision.package_id = ? "
                       "AND decision.item_kind = ? AND decision.item_key = ?", (package_id, kind, key)).fetchone()
    return _decision(row) if row else None


def _package(row: tuple) -> PackageReview:
    return PackageReview(**dict(zip(PackageReview.model_fields, row)))


def _decision(row: tuple) -> Decision:
    return Decision(**dict(zip(("seq", *_AUDIT_FIELDS, "chain_hash"), row)))


def _corrupt_message(path: Path, detail: str) -> str:
    return (f"评审记录库已损坏：{path}（{detail}）。文件未作任何改动；请从备份恢复，"
            f"或重置评审记录库（原文件将改名保留为 *.corrupt-时间，不会删除）。")


def _move_aside(path: Path, why: str) -> Path:
    """Rename the database and its -wal/-shm files to `<name>.<why>-<UTC time>`; never overwrite."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    aside = path.with_name(f"{path.name}.{why}-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source, target = Path(f"{path}{suffix}"), Path(f"{aside}{suffix}")
        if source.exists():
            if target.exists():
                raise ShenbaoError(f"无法改名保留 {source}：{target} 已存在")
            os.rename(source, target)
    return aside


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
