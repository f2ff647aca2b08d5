"""The 评价工作组's assignments of experts to packages in the review store (migration 0003), on
SQLite and on PostgreSQL: a log only added to, read back as who has which package now."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
import store_backends

from assistant.core.errors import ShenbaoError
from assistant.store.interface import AssignmentConflictError
from assistant.store.postgres import PostgresReviewStore

backend, target = store_backends.backend, store_backends.target  # fixtures of both backends

PKG, OTHER = "a" * 64, "b" * 64


class Clock:
    def __init__(self):
        self.now = datetime(2026, 12, 3, 2, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def store(target):
    with target.open(clock=Clock()) as opened:
        opened.register_package(PKG, "/data/延锋", "延锋工业互联网平台")
        opened.register_package(OTHER, "/data/华谊", "化工行业工业互联网平台")
        yield opened


def test_assign_change_and_take_off_keeping_every_change(store, target):
    assert store.assignments() == []
    first = store.set_assignments(PKG, ["li.ming", "zhou.hong", " "], changed_by="王芳（wang.fang）")
    assert [(a.user, a.changed_by) for a in first] == [("li.ming", "王芳（wang.fang）"), ("zhou.hong", "王芳（wang.fang）")]
    store.set_assignments(OTHER, ["zhou.hong"], changed_by="王芳（wang.fang）")
    kept = store.set_assignments(PKG, ["zhou.hong"], changed_by="赵工（zhao）")
    assert kept == [first[1]]  # unchanged: the same row, its first stamp and assigner
    assert [(a.package_id, a.user) for a in store.assignments()] == [(PKG, "zhou.hong"), (OTHER, "zhou.hong")]
    assert [a.user for a in store.assignments(OTHER)] == ["zhou.hong"]
    assert store.set_assignments(PKG, ["li.ming"], changed_by="王芳（wang.fang）")[0].user == "li.ming"
    # Nothing was deleted: every change is a row (li, zhou on; zhou on OTHER; li off; li on, zhou off).
    rows = target.execute("SELECT user_name, assigned, changed_by FROM assignment WHERE package_id = '"
                          + PKG + "' ORDER BY seq")
    assert [(r[0], bool(r[1])) for r in rows] == [("li.ming", True), ("zhou.hong", True), ("li.ming", False),
                                                  ("li.ming", True), ("zhou.hong", False)]
    assert rows[2][2] == "赵工（zhao）"


def test_an_assignment_survives_reopening(store, target):
    store.set_assignments(PKG, ["li.ming"], changed_by="王芳")
    store.close()
    with target.open() as again:
        assert [(a.package_id, a.user, a.changed_at) for a in again.assignments()] == [
            (PKG, "li.ming", "2026-12-03T02:00:03.000000+00:00")]


def test_an_unknown_package_or_no_assigner_is_refused(store):
    with pytest.raises(ShenbaoError, match="没有该申报包"):
        store.set_assignments("c" * 64, ["li.ming"], changed_by="王芳")
    with pytest.raises(ShenbaoError, match="分配人"):
        store.set_assignments(PKG, ["li.ming"], changed_by="  ")
    assert store.assignments() == []


def test_a_change_based_on_what_someone_else_changed_is_refused(store):
    store.set_assignments(PKG, ["li.ming"], changed_by="王芳", expected=[])
    with pytest.raises(AssignmentConflictError, match="现为：li.ming") as caught:
        store.set_assignments(PKG, ["zhou.hong"], changed_by="赵工", expected=[])
    assert [a.user for a in caught.value.current] == ["li.ming"]
    assert [a.user for a in store.assignments(PKG)] == ["li.ming"]  # nothing written
    store.set_assignments(PKG, ["li.ming", "zhou.hong"], changed_by="赵工", expected=["li.ming"])
    assert [a.user for a in store.assignments(PKG)] == ["li.ming", "zhou.hong"]


def test_concurrent_assigners_never_lose_a_change(store, target):
    """Eight 工作组 sessions, all having seen no expert, each assign a different one at once: one
    wins, the others are refused with the conflict — none silently overwrites another."""
    experts = [f"expert{n:02d}" for n in range(8)]
    outcomes: list[str] = []
    start = threading.Barrier(len(experts))

    def assign(user: str) -> None:
        start.wait()
        try:
            store.set_assignments(PKG, [user], changed_by="王芳", expected=[])
            outcomes.append("saved")
        except AssignmentConflictError:
            outcomes.append("conflict")
        except ShenbaoError as exc:
            outcomes.append(f"error: {exc}")

    threads = [threading.Thread(target=assign, args=(user,)) for user in experts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict"] * 7 + ["saved"], outcomes
    assert len(store.assignments(PKG)) == 1
    assert target.execute(f"SELECT count(*) FROM assignment WHERE package_id = '{PKG}'")[0][0] == 1


@pytest.mark.requires_postgresql
def test_the_hardened_ui_role_of_the_readme_assigns_but_cannot_rewrite_assignments(postgres_server):
    """README (Deployment, hardened): the UI's role gets SELECT and INSERT on `assignment` only —
    it assigns and reads, and cannot edit or delete who was given which package."""
    url = postgres_server.create_database()
    database = sa.make_url(url).database
    PostgresReviewStore(url).close()  # the owner creates the tables
    with postgres_server.admin().connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {database}_ui LOGIN PASSWORD 'ui-secret'")
    owner = sa.create_engine(sa.make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with owner.connect() as conn:
        for statement in (
            f"GRANT SELECT ON package_review, audit, decision, assignment, shenbao_alembic_version TO {database}_ui",
            f"GRANT INSERT, UPDATE ON package_review, decision TO {database}_ui",
            f"GRANT INSERT ON audit, assignment TO {database}_ui",
        ):
            conn.exec_driver_sql(statement)
    owner.dispose()
    ui_url = postgres_server.url(database, role=f"{database}_ui", password="ui-secret")
    with PostgresReviewStore(ui_url) as store:
        store.register_package(PKG, "/data/延锋", "延锋工业互联网平台")
        store.set_assignments(PKG, ["li.ming"], changed_by="王芳")
        store.set_assignments(PKG, [], changed_by="王芳", expected=["li.ming"])
        assert store.assignments(PKG) == []
    ui = sa.create_engine(sa.make_url(ui_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with ui.connect() as conn:
        for statement in ("UPDATE assignment SET changed_by = '别人'", "DELETE FROM assignment"):
            with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
                conn.exec_driver_sql(statement)
        assert conn.exec_driver_sql("SELECT count(*) FROM assignment").scalar() == 2
    ui.dispose()
