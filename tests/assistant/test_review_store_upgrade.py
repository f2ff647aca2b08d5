"""Schema migrations of the review store (Alembic, assistant/store/migrations): a file of the
store before Alembic keeps every decision and its audit chain, a fresh database gets the newest
schema on both backends, a database of a newer shenbao is refused untouched, and concurrent
first opens migrate once."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
import store_backends
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fixtures.make_review_store_v1 import DECISIONS, EXPECTED, PACKAGES
from tests_paths import REPO

from assistant.core.errors import ShenbaoError
from assistant.store.interface import GENESIS_HASH, chain_hash
from assistant.store.migrate import HEAD, REVISIONS, script_revisions
from assistant.store.sqlite import SqliteReviewStore
from assistant.store.tables import VERSION_TABLE, metadata

backend, target = store_backends.backend, store_backends.target  # fixtures of both backends

V1_FILE = REPO / "tests" / "fixtures" / "review_store_v1.sqlite3"


@pytest.fixture
def v1_store(tmp_path):
    """A copy of the store file written by the schema-1 store (tests/fixtures/make_review_store_v1.py)."""
    path = tmp_path / "reviews.sqlite3"
    shutil.copyfile(V1_FILE, path)
    return path


def raw_rows(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_revisions_the_store_knows_are_the_migration_scripts():
    assert script_revisions() == REVISIONS and HEAD == REVISIONS[-1]


def test_a_schema_1_file_keeps_every_decision_and_its_audit_chain(v1_store):
    audit_before = raw_rows(v1_store, "SELECT * FROM audit ORDER BY seq")
    assert raw_rows(v1_store, "PRAGMA user_version") == [(1,)] and len(audit_before) == len(DECISIONS)
    with SqliteReviewStore(v1_store) as store:
        assert store.check_integrity() == []
        current = {(p, kind, key): (d.version, d.after)
                   for p in PACKAGES for (kind, key), d in store.current_decisions(p).items()}
        assert current == EXPECTED
        assert sorted((p.package_id, p.source, p.platform_name) for p in store.packages()) == \
            sorted((p, source, name) for p, (source, name) in PACKAGES.items())
        history = [d for p in sorted(PACKAGES) for d in store.history(p)]
        assert sorted((d.seq, d.comment, d.reviewer, d.decided_at) for d in history) == \
            [(seq, DECISIONS[seq - 1][8], DECISIONS[seq - 1][4],
              (datetime(2024, 6, 3, 8, 0, tzinfo=timezone.utc) + timedelta(seconds=7 * (2 + seq))).isoformat(
                  timespec="microseconds")) for seq in range(1, len(DECISIONS) + 1)]
        # the chain continues from the links the old store wrote
        newest = store.history("1" * 64)[-1]
        version = store.decision("1" * 64, "value", "平台相关营业收入（万元）").version
        added = store.record_decision("1" * 64, "value", "平台相关营业收入（万元）", "accept", comment="升级后确认",
                                      reviewer="钱七", role="评价工作组", evidence_hash="0" * 64,
                                      expected_version=version, computed="6670.79")
        assert added.chain_hash == chain_hash(newest.chain_hash, added.model_dump())
        assert added.seq == len(DECISIONS) + 1 and store.check_integrity() == []
    audit_after = raw_rows(v1_store, "SELECT * FROM audit ORDER BY seq")
    assert audit_after[: len(audit_before)] == audit_before  # not one old row rewritten
    assert raw_rows(v1_store, f"SELECT version_num FROM {VERSION_TABLE}") == [(HEAD,)]
    assert raw_rows(v1_store, "PRAGMA user_version") == [(2,)]  # a shenbao before Alembic now refuses it
    assert ("audit_package_seq",) in raw_rows(v1_store, "SELECT name FROM sqlite_master WHERE type = 'index'")


def test_the_first_chain_link_of_the_old_file_is_from_genesis(v1_store):
    with SqliteReviewStore(v1_store) as store:
        first = store.history("1" * 64)[0]
    assert first.chain_hash == chain_hash(GENESIS_HASH, first.model_dump())


def test_opening_an_upgraded_file_again_changes_nothing(v1_store):
    SqliteReviewStore(v1_store).close()
    before = v1_store.read_bytes()
    with SqliteReviewStore(v1_store) as store:
        assert store.check_integrity() == []
    assert raw_rows(v1_store, "SELECT count(*) FROM audit") == [(len(DECISIONS),)]
    assert len(v1_store.read_bytes()) == len(before)


def test_a_schema_1_backup_is_upgraded_on_restore(v1_store, tmp_path):
    from assistant.store.sqlite import restore_backup

    target = tmp_path / "ws" / "reviews.sqlite3"
    target.parent.mkdir()
    assert restore_backup(v1_store, target) is None
    with SqliteReviewStore(target) as store:
        assert store.decision("2" * 64, "value", "平台名称").version == 2


def test_a_file_of_a_newer_shenbao_is_refused_untouched(v1_store):
    SqliteReviewStore(v1_store).close()
    conn = sqlite3.connect(v1_store)
    conn.execute(f"UPDATE {VERSION_TABLE} SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = v1_store.read_bytes()
    with pytest.raises(ShenbaoError, match="由更新版本的 shenbao 创建（结构版本 9999）"):
        SqliteReviewStore(v1_store)
    assert v1_store.read_bytes() == before


def test_a_fresh_database_gets_exactly_the_tables_the_store_queries(target):
    """The migrations and `tables.py` describe the same schema (Alembic's own comparison)."""
    target.open().close()
    engine = target.engine()
    try:
        with engine.connect() as conn:
            assert MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision() == HEAD
            context = MigrationContext.configure(conn, opts={"compare_type": False, "version_table": VERSION_TABLE})
            differences = [d for d in compare_metadata(context, metadata)
                           if not (d[0] == "remove_table" and d[1].name == VERSION_TABLE)]
    finally:
        engine.dispose()
    if target.backend == "sqlite":  # schema 1 declared its primary keys without NOT NULL, which SQLite
        # reports as nullable (a quirk it keeps for compatibility); the store never writes a NULL key
        differences = [d for d in differences if not (isinstance(d, list) and d[0][0] == "modify_nullable"
                                                      and d[0][3] in ("seq", "package_id"))]
    assert differences == [], differences


def test_concurrent_first_opens_migrate_once(target):
    errors, stores = [], []

    def open_one():
        try:
            stores.append(target.open())
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(stores) == 4
    for store in stores:
        store.register_package("a" * 64, "x")
        store.close()
    rows = target.execute(f"SELECT version_num FROM {VERSION_TABLE}")
    assert rows == [(HEAD,)]


@pytest.mark.requires_postgresql
def test_postgres_schema_is_upgraded_from_0001(postgres_server):
    """A PostgreSQL database at revision 0001 (as a first deployment left it) is brought to HEAD
    on open with its rows kept."""
    from alembic import command

    from assistant.store.migrate import _config
    from assistant.store.postgres import PostgresReviewStore, postgres_url

    url = postgres_server.create_database()
    engine = sa.create_engine(postgres_url(url))
    with engine.begin() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.exec_driver_sql("INSERT INTO package_review VALUES ('p', 's', 'n', 't', 't')")
    with PostgresReviewStore(url) as store:
        assert [p.package_id for p in store.packages()] == ["p"]
    with engine.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalar() == HEAD
        assert "audit_package_seq" in {i["name"] for i in sa.inspect(conn).get_indexes("audit")}
    engine.dispose()
