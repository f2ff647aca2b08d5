"""The PostgreSQL review store: `PostgresReviewStore`, for an office that shares one database.

Owns the connection to the server (an SQLAlchemy URL from SHENBAO_DATABASE_URL, through psycopg;
a pool whose connections are checked before use, so the store recovers by itself once a restarted
server is back), what its errors mean for a reviewer (`StoreUnavailableError` while the server
cannot be reached), the schema brought current under an advisory lock (`assistant.store.migrate`),
the database's own checks (the triggers that keep the audit log append-only are there and
enabled), backups with `pg_dump` (custom format) and their restore with `pg_restore` into a new,
empty database (`restore_dump`). The queries are
`assistant.store.sql_store`'s. Must not judge values, and must never drop or empty a table.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from assistant.core.errors import ShenbaoError
from assistant.core.settings import child_environment
from assistant.store.interface import StoreUnavailableError
from assistant.store.migrate import ensure_schema
from assistant.store.sql_store import SqlReviewStore, missing_triggers
from assistant.store.tables import TRIGGERS

# pg_advisory_xact_lock key of schema upgrades ("SHBP" + 1): one upgrader at a time per database.
_UPGRADE_LOCK = 0x5348425000000001
PG_TRIGGERS = (*TRIGGERS, "audit_no_truncate", "decision_no_truncate")
# What a reviewer is told, by what the driver said; otherwise the driver's first line.
_REASONS = (
    ("Connection refused", "连接被拒绝，数据库服务器可能未启动"),
    ("No such file or directory", "找不到数据库服务器的套接字，服务器可能未启动"),
    ("terminating connection due to administrator command", "数据库服务器正在重启或已停止"),
    ("the database system is starting up", "数据库服务器正在启动"),
    ("the database system is shutting down", "数据库服务器正在停止"),
    ("the database system is in recovery mode", "数据库服务器正在恢复"),
    ("server closed the connection unexpectedly", "与数据库服务器的连接意外中断"),
    ("timeout expired", "连接数据库服务器超时"),
    ("password authentication failed", "用户名或密码不正确（请检查 SHENBAO_DATABASE_URL）"),
    ("does not exist", "数据库或用户不存在（请按 README「部署」一节建立）"),
)


def postgres_url(url: str | sa.URL) -> sa.URL:
    """The URL with a driver that is installed: `postgresql://` and `postgres://` mean psycopg 3."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise ShenbaoError("SHENBAO_DATABASE_URL 不是有效的数据库地址（例如 "
                           "postgresql://shenbao:密码@127.0.0.1:5432/shenbao）") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def describe(url: sa.URL) -> str:
    """Where the database is, for people: server and database, never the password."""
    host = url.host or url.query.get("host") or "localhost"
    return f"PostgreSQL {host}:{url.port or 5432}/{url.database or ''}"


class PostgresReviewStore(SqlReviewStore):
    def __init__(self, url: str | sa.URL, *, clock: Callable[[], datetime] | None = None,
                 connect_timeout_s: int = 5, pool_size: int = 5):
        self.url = postgres_url(url)
        engine = sa.create_engine(
            self.url, pool_pre_ping=True, pool_size=pool_size, max_overflow=4 * pool_size,
            connect_args={"connect_timeout": connect_timeout_s, "application_name": "shenbao"})
        super().__init__(engine, describe(self.url), clock)
        try:
            with self._transaction(write=True) as conn:
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
                encoding = conn.exec_driver_sql("SHOW server_encoding").scalar()
                if encoding != "UTF8":
                    raise ShenbaoError(f"{self.location} 的编码是 {encoding}，评审记录需要 UTF8：请按 README「部署」"
                                       "一节用 ENCODING 'UTF8' 建立数据库")
                self.schema_upgrade = ensure_schema(conn, legacy_sqlite=False, where=self.location)
        except StoreUnavailableError as exc:  # nothing of the reviewer's was being written yet
            self.close()
            raise StoreUnavailableError(self.location, exc.detail, write=False) from exc.__cause__
        except BaseException:
            self.close()
            raise

    def _options(self, write: bool, snapshot: bool) -> dict:
        # Writes lock their package row, so READ COMMITTED sees the last writer's commit once
        # the lock is granted; a check reads every table from one snapshot.
        return {"isolation_level": "REPEATABLE READ" if snapshot else "READ COMMITTED"}

    def _translate(self, exc: sa.exc.DBAPIError, *, write: bool, committing: bool) -> ShenbaoError:
        if isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError)) or exc.connection_invalidated:
            return StoreUnavailableError(self.location, _reason(exc), write=write, committing=committing)
        first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
        return ShenbaoError(f"评审记录库读写失败{'，本次修改未保存' if write else ''}（{self.location}）：{first}")

    def _database_problems(self, conn: sa.Connection) -> list[str]:
        rows = conn.exec_driver_sql(
            "SELECT tgname, tgenabled <> 'D' FROM pg_trigger WHERE NOT tgisinternal "
            "AND tgrelid IN ('audit'::regclass, 'decision'::regclass)")
        return missing_triggers(dict(rows.all()), PG_TRIGGERS)

    def backup(self, dest: Path) -> Path:
        """`pg_dump --format=custom` of the database into `dest` (restore with `pg_restore`, README
        「部署」); written beside `dest`, checked with `pg_restore --list`, then renamed into place."""
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".partial")
        partial.unlink(missing_ok=True)
        try:
            self._run(pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--file={partial}",
                      f"--dbname={libpq_url(self.url)}")
            self._run(pg_tool("pg_restore"), "--list", str(partial))
            os.replace(partial, dest)
        finally:
            partial.unlink(missing_ok=True)
        return dest

    def _run(self, *argv: str) -> None:
        _run_tool(self.url, self.location, "备份", *argv)


def restore_dump(url: str | sa.URL, dump: Path) -> list[str]:
    """Restore a `backup()` dump into the database of `url`, which must hold no table yet (a new
    database made as README「部署」 says: nothing is ever dropped or overwritten); in one
    transaction, so a failed restore leaves it empty. Returns `check_integrity()` of the result."""
    dump, url = Path(dump), postgres_url(url)
    if not dump.is_file():
        raise ShenbaoError(f"找不到备份文件：{dump}")
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool, connect_args={"connect_timeout": 5})
    where = describe(url)
    try:
        with engine.connect() as conn:
            tables = sa.inspect(conn).get_table_names()
    except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
        raise StoreUnavailableError(where, _reason(exc), write=False) from exc
    finally:
        engine.dispose()
    if tables:
        raise ShenbaoError(f"{where} 不是空数据库（已有表 {'、'.join(sorted(tables)[:5])}），未恢复、未作任何改动："
                           "请新建一个空数据库（ENCODING 'UTF8'），把 SHENBAO_DATABASE_URL 指向它后再恢复")
    _run_tool(url, where, "恢复", pg_tool("pg_restore"), "--list", str(dump))  # a pg_dump file at all?
    _run_tool(url, where, "恢复", pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
              "--single-transaction", f"--dbname={libpq_url(url)}", str(dump))
    with PostgresReviewStore(url) as restored:
        return restored.check_integrity()


def libpq_url(url: sa.URL) -> str:
    """The URL for libpq programs (pg_dump, pg_restore): no driver suffix, no password."""
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def _run_tool(url: sa.URL, where: str, what: str, *argv: str) -> None:
    env = child_environment(PGCONNECT_TIMEOUT="10")
    if url.password:
        env["PGPASSWORD"] = str(url.password)  # never on the command line, where ps shows it
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["(无输出)"]
        detail = next((line for line in lines if "error:" in line), lines[-1])  # the cause, not its context
        raise ShenbaoError(f"评审记录{what}失败（{Path(argv[0]).name}，{where}）：{detail}")


def pg_tool(name: str) -> str:
    """A PostgreSQL program (pg_dump, pg_restore, initdb, …): on PATH, else in Debian's
    /usr/lib/postgresql/<major>/bin (the package does not put those on PATH), newest first."""
    found = shutil.which(name)
    if found:
        return found
    root = Path("/usr/lib/postgresql")
    versions = sorted((p for p in root.glob("*/bin") if re.fullmatch(r"\d+", p.parent.name)),
                      key=lambda p: int(p.parent.name), reverse=True) if root.is_dir() else []
    for folder in versions:
        if (folder / name).is_file():
            return str(folder / name)
    raise ShenbaoError(f"找不到 PostgreSQL 程序 {name}：请安装 Debian 软件包 postgresql-client（或 postgresql）")


def _reason(exc: sa.exc.DBAPIError) -> str:
    text = str(exc.orig)
    for needle, reason in _REASONS:
        if needle in text:
            return reason
    first = text.strip().splitlines()[0] if text.strip() else type(exc.orig).__name__
    return first[:160]
