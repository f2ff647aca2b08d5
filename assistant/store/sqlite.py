"""The SQLite review store: `SqliteReviewStore`, its backup and `restore_backup`.

Owns the one SQLite file in the workspace (the default backend): connections with WAL and FULL
sync, `BEGIN IMMEDIATE` writes (writers take turns first on a lock of the store within a process —
the workspace's sessions — and on an flock of `<file>.writers` between processes, retried every
few milliseconds: SQLite's busy handler sleeps up to 100 ms between tries, so under load an
unlucky writer would wait seconds), corruption detection at open (a corrupt file is moved aside only
on request), the schema brought current by `assistant.store.migrate` (a file of the store before
Alembic is upgraded in place, keeping every row), online backups renamed into place and restores
that pass `check_integrity` first. The queries are `assistant.store.sql_store`'s. Must not judge
values, and must never overwrite or delete a database file.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

try:
    import fcntl
except ImportError:  # Windows: SQLite's own lock alone orders the writers of processes
    fcntl = None

from assistant.core.errors import ShenbaoError
from assistant.store.interface import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    StoreCorruptError,
    StoreUnavailableError,
)
from assistant.store.migrate import ensure_schema
from assistant.store.sql_store import SqlReviewStore, missing_triggers
from assistant.store.tables import TRIGGERS

log = logging.getLogger(__name__)

# SQLITE_CORRUPT and SQLITE_NOTADB: the file is damaged, as opposed to locked or unreadable.
_CORRUPT_CODES = {11, 26}


class SqliteReviewStore(SqlReviewStore):
    """The review store in one SQLite file. Sessions (threads) take connections from a pool;
    processes share the file through SQLite's own locking."""

    def __init__(self, path: Path, *, reset_corrupt: bool = False, busy_timeout_s: float = 30.0,
                 clock: Callable[[], datetime] | None = None):
        self.path = Path(path)
        self.busy_timeout_s = busy_timeout_s
        self._lock, self._lock_pid = threading.Lock(), os.getpid()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(self._make_engine(), str(self.path), clock)
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

    @contextmanager
    def _transaction(self, write: bool, snapshot: bool = False) -> Iterator[sa.Connection]:
        if not write:
            with super()._transaction(write, snapshot) as conn:
                yield conn
            return
        lock = self._writer_lock()
        if not lock.acquire(timeout=self.busy_timeout_s):
            raise StoreUnavailableError(str(self.path), "正被其他评审会话长时间占用", write=True)
        try:
            with self._process_turn(), super()._transaction(write, snapshot) as conn:
                yield conn
        finally:
            lock.release()

    @contextmanager
    def _process_turn(self) -> Iterator[None]:
        """Hold the flock of `<file>.writers` (released when closed, or when the process dies);
        where there is none (no fcntl, a file system without flock), SQLite's lock alone."""
        try:
            fd = os.open(f"{self.path}.writers", os.O_RDWR | os.O_CREAT, 0o644) if fcntl else None
        except OSError:
            fd = None
        try:
            deadline = time.monotonic() + self.busy_timeout_s
            while fd is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StoreUnavailableError(str(self.path), "正被其他评审会话长时间占用", write=True) from None
                    time.sleep(0.002)
                except OSError:  # flock not supported here
                    break
            yield
        finally:
            if fd is not None:
                os.close(fd)

    def _writer_lock(self) -> threading.Lock:
        """This process's writers take turns here; SQLite's own lock orders them with other
        processes. A forked child gets a lock of its own (its parent's may be held)."""
        if self._lock_pid != os.getpid():
            self._lock, self._lock_pid = threading.Lock(), os.getpid()
        return self._lock

    def _make_engine(self) -> sa.Engine:
        engine = sa.create_engine(sa.URL.create("sqlite", database=str(self.path)), pool_size=5, max_overflow=20,
                                  connect_args={"timeout": self.busy_timeout_s})

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection, _record):
            # The driver must not open transactions by itself: `_begin` below says how each begins.
            dbapi_connection.isolation_level = None
            dbapi_connection.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000)}")
            dbapi_connection.execute("PRAGMA foreign_keys = ON")
            # FULL, not NORMAL: in WAL mode NORMAL survives a killed process but may lose the last
            # commits on an OS crash or power cut; a reviewer's committed decision must survive both.
            dbapi_connection.execute("PRAGMA synchronous = FULL")
            dbapi_connection.execute("PRAGMA fullfsync = ON")  # macOS: a plain fsync does not flush the drive

        @event.listens_for(engine, "begin")
        def _begin(conn):
            # IMMEDIATE takes the write lock at BEGIN: the version a writer reads is the one it writes on.
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("sqlite_write") else "BEGIN")

        return engine

    def _options(self, write: bool, snapshot: bool) -> dict:
        return {"sqlite_write": write}  # a deferred BEGIN reads one snapshot in WAL mode

    def _prepare(self) -> None:
        try:
            with self._engine.connect() as conn:
                raw = conn.connection.dbapi_connection  # the header is read before any transaction
                problems = [row[0] for row in raw.execute("PRAGMA quick_check")]
                if problems != ["ok"]:
                    raise StoreCorruptError(_corrupt_message(self.path, "；".join(problems[:3])))
                app_id, = raw.execute("PRAGMA application_id").fetchone()
                user_version, = raw.execute("PRAGMA user_version").fetchone()
                tables = raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if app_id != APPLICATION_ID and (app_id != 0 or tables):
                    raise ShenbaoError(f"{self.path} 不是 shenbao 的评审记录库（可能是别的程序的数据库），未作任何改动")
                if user_version > SCHEMA_VERSION:
                    raise ShenbaoError(f"评审记录库 {self.path} 由更新版本的 shenbao 创建，请升级后再打开")
                if raw.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":  # e.g. a network share
                    log.warning("review store %s cannot use WAL; concurrent sessions will wait longer", self.path)
                conn.execution_options(sqlite_write=True)
                with conn.begin():
                    upgrade = ensure_schema(conn, legacy_sqlite=app_id == APPLICATION_ID, where=str(self.path))
            self.schema_upgrade = upgrade
            if upgrade.changed:
                log.info("review store %s upgraded from %s to %s", self.path, upgrade.before or "empty", upgrade.after)
        except sqlite3.DatabaseError as exc:
            raise self._translate_sqlite(exc, write=True, committing=False, opening=True) from exc
        except sa.exc.DBAPIError as exc:
            raise self._translate(exc, write=True, committing=False) from exc

    def _translate(self, exc: sa.exc.DBAPIError, *, write: bool, committing: bool) -> ShenbaoError:
        if isinstance(exc.orig, sqlite3.Error):
            return self._translate_sqlite(exc.orig, write=write, committing=committing)
        return ShenbaoError(f"评审记录库读写失败{'，本次修改未保存' if write else ''}：{exc.orig}")

    def _translate_sqlite(self, exc: sqlite3.Error, *, write: bool, committing: bool,
                          opening: bool = False) -> ShenbaoError:
        if isinstance(exc, sqlite3.DatabaseError) and exc.sqlite_errorcode in _CORRUPT_CODES:
            return StoreCorruptError(_corrupt_message(self.path, str(exc)))
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
            return StoreUnavailableError(str(self.path), "正被其他评审会话长时间占用", write=write, committing=committing)
        if opening:
            return ShenbaoError(f"无法打开评审记录库 {self.path}：{exc}")
        return ShenbaoError(f"评审记录库读写失败{'，本次修改未保存' if write else ''}：{exc}")

    def _database_problems(self, conn: sa.Connection) -> list[str]:
        problems = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"外键错误：{tuple(r)}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        present = {name: True for name, in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        return problems + missing_triggers(present, TRIGGERS)

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
                with self._engine_here().connect() as conn:
                    conn.connection.dbapi_connection.backup(target)  # pages=-1: one step, one read snapshot
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


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace the review store at `db_path` by a copy of `backup` once the copy passes
    `check_integrity` (an older backup is upgraded on the copy); the backup is only read, the
    current file is moved aside (returned), never deleted. Stop every other shenbao session on
    this workspace first."""
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
