"""Bringing a review database to the newest schema with Alembic, run from inside the package.

The migrations live in `assistant/store/migrations/` and ship in the wheel, so an installed
shenbao upgrades its own databases: the stores call `ensure_schema` when they open (automatic
upgrade), `shenbao store upgrade` does the same on demand and reports the revisions. The caller
holds the connection in a transaction that excludes other upgraders (SQLite: BEGIN IMMEDIATE;
PostgreSQL: an advisory lock), so the migrations of one open run whole or not at all, once.

A SQLite file written before Alembic (application id "SHBP", user_version 1, no version table) is
stamped 0001 — its tables are exactly revision 0001's — and upgraded from there, keeping every row.
A database at a revision this shenbao does not know was written by a newer shenbao: refused, not
touched. Must not import anything of `assistant` but `core` and the store's own modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import sqlalchemy as sa

from assistant.core.errors import ShenbaoError
from assistant.store.tables import VERSION_TABLE

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The revisions in `migrations/versions`, oldest first. Kept here so that opening a store that is
# already up to date reads one row and never imports Alembic; a test compares it with the
# script directory.
REVISIONS = ("0001", "0002", "0003")
HEAD = REVISIONS[-1]
LEGACY_REVISION = "0001"  # what a SQLite file of the store before Alembic is
_OUR_TABLES = {"package_review", "audit", "decision", "assignment"}


@dataclass(frozen=True)
class Upgrade:
    before: str | None  # None: an empty database
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def current_revision(connection: sa.Connection) -> str | None:
    if not sa.inspect(connection).has_table(VERSION_TABLE):
        return None
    row = connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").first()
    return row[0] if row else None


def ensure_schema(connection: sa.Connection, *, legacy_sqlite: bool, where: str) -> Upgrade:
    """Upgrade the database of `connection` (in a transaction the caller holds) to `HEAD`.

    `legacy_sqlite`: the file is a store from before Alembic (the caller read its header).
    `where` names the database in messages (never a password)."""
    before = current_revision(connection)
    if before is None:
        tables = set(sa.inspect(connection).get_table_names()) & _OUR_TABLES
        if legacy_sqlite:
            _alembic(connection, "stamp", LEGACY_REVISION)
            before = LEGACY_REVISION
        elif tables:
            raise ShenbaoError(f"{where} 中已有名为 {'、'.join(sorted(tables))} 的表，但不是 shenbao 建立的评审记录库；"
                               "请为 shenbao 单独建立一个数据库。未作任何改动")
    elif before not in REVISIONS:
        raise ShenbaoError(f"评审记录库 {where} 由更新版本的 shenbao 创建（结构版本 {before}），请升级 shenbao 后再打开；"
                           "未作任何改动")
    if before != HEAD:
        _alembic(connection, "upgrade", HEAD)
    return Upgrade(before=before, after=HEAD)


def _alembic(connection: sa.Connection, command_name: str, revision: str) -> None:
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection  # migrations run in the caller's transaction
    getattr(command, command_name)(config, revision)


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("version_table", VERSION_TABLE)
    return config


@cache
def script_revisions() -> tuple[str, ...]:
    """The revisions Alembic finds in `migrations/versions`, oldest first (for the test of `REVISIONS`)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return tuple(reversed([r.revision for r in script.walk_revisions()]))
