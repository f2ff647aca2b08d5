"""The review store on SQLAlchemy Core: `SqlReviewStore`, what SQLite and PostgreSQL share.

Owns the queries (decisions, history, packages), the one write path (`_append`: lock the
package, check the version, extend the package's hash chain, move the current decision) and the
integrity check. A backend (`assistant.store.sqlite`, `assistant.store.postgres`) brings the
engine, how its transactions begin, what its driver errors mean, its own database checks and
its backup. Every write of a package runs under a lock of that package — SQLite: the whole
database (BEGIN IMMEDIATE); PostgreSQL: its `package_review` row (SELECT … FOR UPDATE) — so the
version read is the version written on, and two writers never extend a chain from the same link.

Must not import anything of `assistant` but `core` and the store's own modules; must not judge
values, and must never delete a row.
"""

from __future__ import annotations

import logging
import os
from abc import abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from assistant.core.errors import ShenbaoError
from assistant.store.interface import (
    AUDIT_FIELDS,
    GENESIS_HASH,
    Assignment,
    AssignmentConflictError,
    ConflictError,
    Decision,
    ItemKind,
    PackageReview,
    ReviewStore,
    chain_hash,
    verify_chain,
)
from assistant.store.migrate import Upgrade
from assistant.store.tables import assignment, audit, decision, package_review

log = logging.getLogger(__name__)

_CURRENT = sa.select(audit).join(decision, decision.c.seq == audit.c.seq)
_LATEST = sa.text(
    "SELECT d.item_key, d.version, a.version, a.seq = (SELECT max(seq) FROM audit WHERE package_id = d.package_id "
    "AND item_kind = d.item_kind AND item_key = d.item_key) FROM decision d JOIN audit a ON a.seq = d.seq")
_INSERTS = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}


class SqlReviewStore(ReviewStore):
    """A review store in an SQL database reached through one SQLAlchemy engine (a pool of
    connections: Streamlit sessions are threads, and each operation checks one out)."""

    schema_upgrade: Upgrade | None = None  # what opening did to the schema (`shenbao store upgrade` says it)

    def __init__(self, engine: sa.Engine, location: str, clock: Callable[[], datetime] | None = None):
        self._engine = engine
        self._pid = os.getpid()
        self.location = location
        if clock is not None:
            self.clock = clock

    # ------------------------------------------------------------------ what a backend brings

    @abstractmethod
    def _options(self, write: bool, snapshot: bool) -> dict:
        """Execution options of a transaction's connection (how it begins)."""

    @abstractmethod
    def _translate(self, exc: sa.exc.DBAPIError, *, write: bool, committing: bool) -> ShenbaoError:
        """The project's error for a driver error (unavailable, corrupt, or a plain failure)."""

    @abstractmethod
    def _database_problems(self, conn: sa.Connection) -> list[str]:
        """What the database itself finds wrong (its integrity check, missing triggers)."""

    # ------------------------------------------------------------------ transactions

    def _engine_here(self) -> sa.Engine:
        if os.getpid() != self._pid:  # a forked child never uses its parent's connections
            self._engine.dispose(close=False)
            self._pid = os.getpid()
        return self._engine

    @contextmanager
    def _transaction(self, write: bool, snapshot: bool = False) -> Iterator[sa.Connection]:
        """One transaction: committed when the block ends, rolled back when it raises. Driver
        errors become the project's errors, saying whether a write was saved."""
        state = {"committing": False}
        try:
            with self._engine_here().connect() as conn:
                conn = conn.execution_options(**self._options(write, snapshot))
                with conn.begin():
                    yield conn
                    state["committing"] = True
        except sa.exc.DBAPIError as exc:
            raise self._translate(exc, write=write, committing=state["committing"]) from exc

    # ------------------------------------------------------------------ packages

    def register_package(self, package_id: str, source: str, platform_name: str = "") -> PackageReview:
        if not package_id or not package_id.strip():
            raise ShenbaoError("申报包编号为空")
        now = self.clock().astimezone(timezone.utc).isoformat(timespec="microseconds")
        with self._transaction(write=True) as conn:
            insert = _INSERTS[conn.dialect.name](package_review).values(
                package_id=package_id, source=source, platform_name=platform_name, created_at=now, updated_at=now)
            conn.execute(insert.on_conflict_do_update(
                index_elements=[package_review.c.package_id],
                set_={"source": insert.excluded.source, "platform_name": insert.excluded.platform_name,
                      "updated_at": insert.excluded.updated_at},
                where=(package_review.c.source != insert.excluded.source)
                | (package_review.c.platform_name != insert.excluded.platform_name)))
            row = conn.execute(sa.select(package_review).where(package_review.c.package_id == package_id)).one()
        return PackageReview(**row._mapping)

    def packages(self) -> list[PackageReview]:
        with self._transaction(write=False) as conn:
            rows = conn.execute(sa.select(package_review)).all()
        return sorted((PackageReview(**row._mapping) for row in rows), key=lambda p: p.package_id)

    # ------------------------------------------------------------------ decisions

    def history(self, package_id: str, item_kind: ItemKind | None = None,
                item_key: str | None = None) -> list[Decision]:
        query = sa.select(audit).where(audit.c.package_id == package_id)
        if item_kind is not None or item_key is not None:
            query = query.where(audit.c.item_kind == item_kind, audit.c.item_key == item_key)
        with self._transaction(write=False) as conn:
            return [_decision(row) for row in conn.execute(query.order_by(audit.c.seq))]

    def current_decisions(self, package_id: str) -> dict[tuple[ItemKind, str], Decision]:
        with self._transaction(write=False) as conn:
            rows = conn.execute(_CURRENT.where(decision.c.package_id == package_id)).all()
        current = {(d.item_kind, d.item_key): d for d in map(_decision, rows)}
        return {item: current[item] for item in sorted(current)}

    def decision(self, package_id: str, item_kind: ItemKind, item_key: str) -> Decision | None:
        with self._transaction(write=False) as conn:
            return _current(conn, package_id, item_kind, item_key)

    def _append(self, row: dict, expected_version: int) -> Decision:
        kind, key, package_id = row["item_kind"], row["item_key"], row["package_id"]
        with self._transaction(write=True) as conn:
            locked = conn.execute(sa.select(package_review.c.package_id)
                                  .where(package_review.c.package_id == package_id).with_for_update()).first()
            if locked is None:
                raise ShenbaoError(f"评审记录中没有该申报包，请先登记：{package_id}")
            current = _current(conn, package_id, kind, key)
            if (current.version if current else 0) != expected_version:
                raise ConflictError(kind, key, expected_version, current)
            last = conn.execute(sa.select(audit.c.chain_hash).where(audit.c.package_id == package_id)
                                .order_by(audit.c.seq.desc()).limit(1)).scalar()
            row = {**row, "before": current.after if current else row["computed"], "version": expected_version + 1}
            row["chain_hash"] = chain_hash(last or GENESIS_HASH, row)
            seq = conn.execute(sa.insert(audit).values(**row)).inserted_primary_key[0]
            if current is None:
                conn.execute(sa.insert(decision).values(package_id=package_id, item_kind=kind, item_key=key,
                                                        seq=seq, version=1))
            else:
                conn.execute(sa.update(decision).values(seq=seq, version=row["version"]).where(
                    decision.c.package_id == package_id, decision.c.item_kind == kind, decision.c.item_key == key))
        return Decision(seq=seq, **row)

    # ------------------------------------------------------------------ assignments

    def assignments(self, package_id: str | None = None) -> list[Assignment]:
        query = sa.select(assignment).order_by(assignment.c.seq)
        if package_id is not None:
            query = query.where(assignment.c.package_id == package_id)
        with self._transaction(write=False) as conn:
            return _assigned(conn.execute(query).all())

    def set_assignments(self, package_id: str, users: Iterable[str], *, changed_by: str,
                        expected: Iterable[str] | None = None) -> list[Assignment]:
        """Rows for the experts added and those taken off (none for the unchanged), under the
        package's write lock. `expected`: the experts the caller saw; if someone changed them
        since, `AssignmentConflictError` and nothing is written (no lost update)."""
        wanted = {user.strip() for user in users if user and user.strip()}
        if not changed_by or not changed_by.strip():
            raise ShenbaoError("分配评审专家须记录分配人")
        now = self.clock().astimezone(timezone.utc).isoformat(timespec="microseconds")
        with self._transaction(write=True) as conn:
            locked = conn.execute(sa.select(package_review.c.package_id)
                                  .where(package_review.c.package_id == package_id).with_for_update()).first()
            if locked is None:
                raise ShenbaoError(f"评审记录中没有该申报包，请先登记：{package_id}")
            mine = sa.select(assignment).where(assignment.c.package_id == package_id).order_by(assignment.c.seq)
            before = _assigned(conn.execute(mine).all())
            current = {a.user for a in before}
            if expected is not None and {u.strip() for u in expected} != current:
                raise AssignmentConflictError(package_id, before)
            changes = [(user, True) for user in sorted(wanted - current)]
            changes += [(user, False) for user in sorted(current - wanted)]
            for user, assigned in changes:
                conn.execute(sa.insert(assignment).values(package_id=package_id, user_name=user, assigned=assigned,
                                                          changed_by=changed_by.strip(), changed_at=now))
            return _assigned(conn.execute(mine).all())

    # ------------------------------------------------------------------ checks

    def check_integrity(self) -> list[str]:
        with self._transaction(write=False, snapshot=True) as conn:
            problems = self._database_problems(conn)
            rows = [_decision(r) for r in conn.execute(sa.select(audit).order_by(audit.c.package_id, audit.c.seq))]
            latest = conn.execute(_LATEST).all()
        for package_id in sorted({row.package_id for row in rows}):
            problems += verify_chain(row for row in rows if row.package_id == package_id)
        problems += [f"{key} 的当前决定不是其最新审计记录" for key, v, av, newest in latest if v != av or not newest]
        items = {(r.package_id, r.item_kind, r.item_key) for r in rows}
        if len(items) != len(latest):
            problems.append(f"有审计记录的评审对象 {len(items)} 个，当前决定却有 {len(latest)} 个")
        return problems

    def close(self) -> None:
        """Close every pooled connection; the store opens new ones if it is used again."""
        self._engine.dispose()


def _current(conn: sa.Connection, package_id: str, kind: str, key: str) -> Decision | None:
    row = conn.execute(_CURRENT.where(decision.c.package_id == package_id, decision.c.item_kind == kind,
                                      decision.c.item_key == key)).first()
    return _decision(row) if row else None


def _decision(row: sa.Row) -> Decision:
    values = row._mapping
    return Decision(seq=values["seq"], chain_hash=values["chain_hash"], **{f: values[f] for f in AUDIT_FIELDS})


def _assigned(rows: list[sa.Row]) -> list[Assignment]:
    """The assignments in force, from log rows in seq order: each pair's latest row, if it assigns."""
    latest: dict[tuple[str, str], sa.Row] = {}
    for row in rows:
        latest[(row.package_id, row.user_name)] = row
    return [Assignment(package_id=r.package_id, user=r.user_name, changed_by=r.changed_by, changed_at=r.changed_at)
            for _, r in sorted(latest.items()) if r.assigned]


def missing_triggers(present: dict[str, bool], expected: tuple[str, ...]) -> list[str]:
    """Problems for the expected triggers that are absent or disabled (`present`: name → enabled)."""
    return [f"数据库触发器 {name} 缺失或已停用：评审记录不再受数据库本身的保护"
            for name in expected if not present.get(name, False)]
