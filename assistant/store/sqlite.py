"""The SQLite review store: `SqliteReviewStore`, its backup and `restore_backup`.

Owns the one SQLite file in the workspace (schema: schema.sql beside this module): per-thread
connections with WAL and FULL sync, `BEGIN IMMEDIATE` writes, corruption detection (a corrupt file
is moved aside only on request), online backups renamed into place and restores that pass
`check_integrity` first. The interface, models, validation and audit hashes are
`assistant.store.interface`. Must not judge values, and must never overwrite or delete a database
file.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
import weakref
from collections.abc import Callable
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from assistant.core.errors import ShenbaoError
from assistant.store.interface import (
    APPLICATION_ID,
    AUDIT_FIELDS,
    GENESIS_HASH,
    SCHEMA_VERSION,
    ConflictError,
    Decision,
    ItemKind,
    PackageReview,
    ReviewStore,
    StoreCorruptError,
    chain_hash,
    verify_chain,
)

log = logging.getLogger(__name__)

# SQLITE_CORRUPT and SQLITE_NOTADB: the file is damaged, as opposed to locked or unreadable.
_CORRUPT_CODES = {11, 26}

_SCHEMA = resources.files("assistant.store").joinpath("schema.sql")


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
            row["chain_hash"] = chain_hash(last[0] if last else GENESIS_HASH, row)
            columns = (*AUDIT_FIELDS, "chain_hash")
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

def _current(conn: sqlite3.Connection, package_id: str, kind: str, key: str) -> Decision | None:
    row = conn.execute("SELECT audit.* FROM decision JOIN audit USING (seq) WHERE decision.package_id = ? "
                       "AND decision.item_kind = ? AND decision.item_key = ?", (package_id, kind, key)).fetchone()
    return _decision(row) if row else None


def _package(row: tuple) -> PackageReview:
    return PackageReview(**dict(zip(PackageReview.model_fields, row)))


def _decision(row: tuple) -> Decision:
    return Decision(**dict(zip(("seq", *AUDIT_FIELDS, "chain_hash"), row)))


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
