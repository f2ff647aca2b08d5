"""The review store on both backends (SQLite, PostgreSQL): decisions, the append-only audit
trail, versions, queries, the database's own guards, backup and restore."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
import store_backends

from assistant import __version__
from assistant.core.citations import Citation
from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.store.interface import (
    ConflictError,
    Decision,
    StoreCorruptError,
    StoreUnavailableError,
    citations_hash,
    verify_chain,
)
from assistant.store.opener import (
    open_database_url,
    open_review_store,
    review_store_path,
    store_backend,
)
from assistant.store.postgres import PostgresReviewStore, pg_tool
from assistant.store.sqlite import SqliteReviewStore, restore_backup

backend, target = store_backends.backend, store_backends.target  # fixtures of both backends

PKG = "a" * 64
EVIDENCE = hashlib.sha256(b"scan0001.pdf").hexdigest()
REVENUE = "近三年平台营业收入（万元）"


class Clock:
    """A deterministic UTC clock: each call one second later."""

    def __init__(self):
        self.now = datetime(2024, 6, 3, 8, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def store(target):
    with target.open(clock=Clock()) as opened:
        opened.register_package(PKG, "/data/申报材料", "示例工业互联网平台")
        yield opened


def decide(store, key="平台团队总人数（人）", action="accept", version=0, kind="value", **kw):
    args = dict(comment="与证明材料一致", reviewer="张三", role="评审专家", evidence_hash=EVIDENCE,
                expected_version=version, computed="157")
    args.update(kw)
    return store.record_decision(PKG, kind, key, action, **args)


def test_decision_records_who_what_why_and_the_value_before_and_after(store):
    first = decide(store, REVENUE, "override", new_value="6700.00", computed="6670.79", comment=" 审计报告为6700万元 ")
    assert (first.version, first.before, first.after, first.computed) == (1, "6670.79", "6700.00", "6670.79")
    assert first.comment == "审计报告为6700万元"
    assert first.decided_at == "2024-06-03T08:00:02.000000+00:00"
    assert first.shenbao_version == __version__ and first.evidence_hash == EVIDENCE
    second = decide(store, REVENUE, "accept", version=1, computed="6670.79", reviewer="李四", role="评价工作组")
    assert (second.version, second.before, second.after) == (2, "6700.00", "6670.79")
    assert store.decision(PKG, "value", REVENUE) == second
    assert [d.action for d in store.history(PKG, "value", REVENUE)] == ["override", "accept"]


@pytest.mark.parametrize("comment", ["", "   ", "\n\t"])
def test_a_decision_without_a_comment_is_refused_in_chinese(store, comment):
    with pytest.raises(ShenbaoError, match="请填写评审意见"):
        decide(store, comment=comment)
    assert store.history(PKG) == []


@pytest.mark.parametrize("change, message", [
    ({"role": "专家"}, "评审角色"),
    ({"action": "approve"}, "评审操作"),
    ({"kind": "row"}, "评审对象类型"),
    ({"key": " "}, "评审对象为空"),
    ({"reviewer": ""}, "评审人"),
    ({"evidence_hash": "abc"}, "sha256"),
    ({"evidence_hash": EVIDENCE.upper()}, "sha256"),
    ({"version": -1}, "版本号"),
    ({"action": "override"}, "必须给出新值"),
    ({"action": "override", "new_value": 6700.0}, "按表格中显示的文字"),
    ({"computed": 157}, "按表格中显示的文字"),
    ({"action": "dismiss", "new_value": "1"}, "只有「修改」"),
])
def test_invalid_decisions_are_refused_before_writing(store, change, message):
    with pytest.raises(ShenbaoError, match=message):
        decide(store, **change)
    assert store.history(PKG) == []


def test_a_package_must_be_registered_first(store):
    with pytest.raises(ShenbaoError, match="请先登记"):
        store.record_decision("b" * 64, "value", REVENUE, "accept", comment="ok", reviewer="张三",
                              role="评审专家", evidence_hash=EVIDENCE, expected_version=0)


def test_register_package_is_idempotent_and_follows_a_moved_source(store):
    again = store.register_package(PKG, "/data/申报材料", "示例工业互联网平台")
    moved = store.register_package(PKG, "/mnt/新位置", "示例工业互联网平台")
    assert again.updated_at == again.created_at
    assert moved.source == "/mnt/新位置" and moved.created_at == again.created_at
    assert moved.updated_at > moved.created_at
    assert [p.package_id for p in store.packages()] == [PKG]


def test_stale_version_is_a_conflict_naming_who_when_and_their_value(store):
    decide(store, REVENUE, "override", new_value="6700.00", reviewer="王五")
    with pytest.raises(ConflictError) as caught:
        decide(store, REVENUE, "override", new_value="6800.00", reviewer="赵六", version=0)
    error = caught.value
    assert isinstance(error, ShenbaoError)
    assert error.current.reviewer == "王五" and error.expected_version == 0
    assert "王五（评审专家）于 2024-06-03 08:00:02 UTC 修改" in str(error)
    assert "「6700.00」" in str(error) and "版本 1" in str(error) and "未保存" in str(error)
    assert store.decision(PKG, "value", REVENUE).after == "6700.00"
    assert len(store.history(PKG)) == 1


def test_a_version_from_the_future_is_a_conflict_too(store):
    with pytest.raises(ConflictError, match="尚无评审记录"):
        decide(store, version=3)


def test_two_threads_on_one_item_exactly_one_wins_every_round(store):
    barrier = threading.Barrier(2)
    for round_number in range(15):
        seen = store.decision(PKG, "value", REVENUE)
        version = seen.version if seen else 0
        outcomes = []

        def edit(name, version=version):
            barrier.wait()
            try:
                decide(store, REVENUE, "override", version=version, new_value=name, reviewer=name)
                outcomes.append("won")
            except ConflictError:
                outcomes.append("conflict")

        threads = [threading.Thread(target=edit, args=(f"{who}{round_number}",)) for who in ("甲", "乙")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["conflict", "won"]
    assert store.decision(PKG, "value", REVENUE).version == 15
    assert store.check_integrity() == []


def test_threads_incrementing_with_retry_lose_no_update(store):
    def increment(times):
        done = 0
        while done < times:
            seen = store.decision(PKG, "value", "计数")
            try:
                decide(store, "计数", "override", version=seen.version if seen else 0,
                       new_value=str(int(seen.after) + 1 if seen else 1))
                done += 1
            except ConflictError:
                continue

    threads = [threading.Thread(target=increment, args=(12,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    final = store.decision(PKG, "value", "计数")
    assert (final.after, final.version) == ("48", 48)
    assert [d.version for d in store.history(PKG, "value", "计数")] == list(range(1, 49))


def test_writers_of_different_items_share_one_unbroken_chain(store):
    """Each write extends its package's chain from the newest link: writers of different items
    of one package take turns (the package lock), so no two rows share a predecessor."""
    def write(tag):
        for i in range(10):
            decide(store, f"{tag}-{i}", "dismiss", comment=f"{tag} 第{i}条", reviewer=tag)

    threads = [threading.Thread(target=write, args=(f"专家{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.history(PKG)) == 40
    assert verify_chain(store.history(PKG)) == [] and store.check_integrity() == []


def test_audit_rows_cannot_be_updated_or_deleted(store, target):
    decide(store)
    with pytest.raises(sa.exc.IntegrityError, match="append-only"):
        target.execute("UPDATE audit SET comment = '改过' WHERE seq = 1")
    with pytest.raises(sa.exc.IntegrityError, match="append-only"):
        target.execute("DELETE FROM audit")
    with pytest.raises(sa.exc.IntegrityError, match="never deleted"):
        target.execute("DELETE FROM decision")
    if target.backend == "postgresql":  # TRUNCATE fires no row trigger: refused by its own
        with pytest.raises(sa.exc.IntegrityError, match="append-only"):
            target.execute("TRUNCATE audit CASCADE")
        with pytest.raises(sa.exc.IntegrityError, match="never deleted"):
            target.execute("TRUNCATE decision")
    assert store.history(PKG)[0].comment == "与证明材料一致"
    assert store.check_integrity() == []


def test_the_database_itself_refuses_a_lost_update(store, target):
    """Even a client that skips the version check cannot write version 1 twice or jump ahead."""
    first = decide(store)
    fields = [f for f in Decision.model_fields if f != "seq"]
    values = ", ".join("NULL" if getattr(first, f) is None else repr(getattr(first, f)) for f in fields)
    with pytest.raises(sa.exc.IntegrityError, match="(?i)unique"):
        target.execute(f"INSERT INTO audit ({', '.join(fields)}) VALUES ({values})")
    with pytest.raises(sa.exc.IntegrityError, match="one version at a time"):
        target.execute("UPDATE decision SET version = 3")
    with pytest.raises(sa.exc.IntegrityError, match="version-1 audit row"):
        target.execute(f"INSERT INTO decision VALUES ('{PKG}', 'value', '别的行', {first.seq}, 1)")


def test_tampering_behind_the_triggers_breaks_the_chain(store, target):
    decide(store)
    decide(store, version=1, action="dismiss", comment="不适用")
    assert store.check_integrity() == []
    target.disable_trigger("audit", "audit_no_update")
    target.execute("UPDATE audit SET reviewer = '冒名' WHERE seq = (SELECT min(seq) FROM audit)")
    problems = store.check_integrity()
    assert any("的校验链不符" in p for p in problems)
    assert any("audit_no_update 缺失或已停用" in p for p in problems)


def test_a_current_decision_that_is_not_the_newest_row_is_reported(store, target):
    decide(store)
    decide(store, version=1, action="dismiss", comment="不适用")
    target.disable_trigger("decision", "decision_next")
    target.execute("UPDATE decision SET seq = (SELECT min(seq) FROM audit), version = 1")
    problems = store.check_integrity()
    assert "平台团队总人数（人） 的当前决定不是其最新审计记录" in problems
    assert [p for p in problems if "触发器" not in p] == ["平台团队总人数（人） 的当前决定不是其最新审计记录"]


def test_queries_current_overrides_counts_and_history(store):
    decide(store, REVENUE, "override", new_value="6700.00")
    decide(store, "平台名称", "override", new_value="甲平台")
    decide(store, "平台名称", "accept", version=1, computed="甲平台（原名）")  # override withdrawn
    decide(store, "f" * 16, "dismiss", kind="finding", computed="157人")
    decide(store, "e" * 16, "override", kind="finding", new_value="不是 value 的行")
    current = store.current_decisions(PKG)
    assert list(current) == [("finding", "e" * 16), ("finding", "f" * 16), ("value", "平台名称"), ("value", REVENUE)]
    assert store.overrides(PKG) == {REVENUE: "6700.00"}
    assert store.action_counts(PKG) == {"accept": 1, "override": 2, "dismiss": 1}
    assert [d.item_key for d in store.history(PKG)] == [REVENUE, "平台名称", "平台名称", "f" * 16, "e" * 16]
    assert store.current_decisions("c" * 64) == {} and store.decision(PKG, "value", "无") is None


def test_each_reviewers_latest_decision_side_by_side(store):
    decide(store, REVENUE, "override", new_value="6700.00", reviewer="张三")
    decide(store, REVENUE, "accept", version=1, computed="6670.79", reviewer="李四")
    decide(store, REVENUE, "override", version=2, new_value="6710.00", reviewer="张三", comment="改正")
    decide(store, "f" * 16, "dismiss", kind="finding", reviewer="王五")
    panel = store.reviewer_decisions(PKG)
    assert list(panel) == [("finding", "f" * 16), ("value", REVENUE)]
    assert {name: d.after for name, d in panel[("value", REVENUE)].items()} == {"张三": "6710.00", "李四": "6670.79"}
    assert panel[("value", REVENUE)]["张三"].version == 3 == store.decision(PKG, "value", REVENUE).version


def test_evidence_hash_marks_a_decision_stale_when_the_evidence_changes(store):
    quote = Citation(file="证明材料/scan0001.pdf", page=2, quote="营业收入 66,707,912.35")
    other = Citation(file="申报表.docx", page=None, quote="6670.79")
    digest = citations_hash([quote, other])
    assert digest == citations_hash([other, quote])
    changed = citations_hash([quote.model_copy(update={"quote": "营业收入 66,707,912.36"}), other])
    decision = decide(store, evidence_hash=digest)
    assert not decision.is_stale(digest) and decision.is_stale(changed)


def test_export_json_is_complete_serialisable_and_verifiable(store):
    decide(store, REVENUE, "override", new_value="6700.00")
    decide(store, REVENUE, "dismiss", version=1, comment="撤回")
    decide(store, "f" * 16, "accept", kind="finding")
    exported = json.loads(json.dumps(store.export_json(PKG), ensure_ascii=False))
    assert exported["package"]["platform_name"] == "示例工业互联网平台"
    assert [d["item_key"] for d in exported["decisions"]] == ["f" * 16, REVENUE]
    assert exported["counts"] == {"accept": 1, "override": 0, "dismiss": 1}
    audit = [Decision(**row) for row in exported["audit"]]
    assert len(audit) == 3 and verify_chain(audit) == []
    audit[0] = audit[0].model_copy(update={"after": "9999"})
    assert verify_chain(audit)
    with pytest.raises(ShenbaoError, match="没有该申报包"):
        store.export_json("0" * 64)


def test_a_second_store_on_the_same_database_sees_every_decision(store, target):
    decide(store, REVENUE, "override", new_value="6700.00")
    with target.open() as colleague:
        assert colleague.decision(PKG, "value", REVENUE).after == "6700.00"
        with pytest.raises(ConflictError):
            colleague.record_decision(PKG, "value", REVENUE, "accept", comment="确认", reviewer="李四", role="评审专家",
                                      evidence_hash=EVIDENCE, expected_version=0)
        assert colleague.check_integrity() == []


def test_close_releases_the_connections_and_the_store_opens_new_ones(target):
    opened = target.open()
    opened.register_package(PKG, "x")
    opened.close()
    assert opened._engine.pool.checkedout() == 0
    assert [p.package_id for p in opened.packages()] == [PKG]  # usable again after close
    opened.close()


def test_the_store_names_where_it_keeps_the_decisions(store, target):
    if target.backend == "sqlite":
        assert store.location == str(target.path)
    else:
        url = sa.make_url(target.url)
        assert store.location == f"PostgreSQL 127.0.0.1:{url.port}/{url.database}"
        assert url.password not in store.location


# ---------------------------------------------------------------------------------- opening


def test_open_review_store_lives_in_the_workspace(tmp_path):
    settings = Settings(workspace=tmp_path / "ws")
    assert review_store_path(settings) == tmp_path / "ws" / "reviews.sqlite3"
    assert store_backend(settings) == "sqlite"
    with open_review_store(settings) as opened:
        opened.register_package(PKG, "x")
    assert review_store_path(settings).exists()


def test_the_database_url_setting_opens_that_database(monkeypatch, tmp_path, target):
    monkeypatch.setenv("SHENBAO_DATABASE_URL", target.url)
    settings = Settings(workspace=tmp_path / "ws")
    assert settings.database_url == target.url and store_backend(settings) == target.backend
    with open_review_store(settings) as opened:
        assert type(opened) is (SqliteReviewStore if target.backend == "sqlite" else PostgresReviewStore)
        opened.register_package(PKG, "x")
    assert not review_store_path(settings).exists() or target.path == review_store_path(settings)


@pytest.mark.parametrize("url, message", [
    ("mysql://root:geheim@db/shenbao", "只支持 PostgreSQL 或 SQLite"),
    ("sqlite://", "只支持 PostgreSQL 或 SQLite"),
    ("not a url at all", "不是有效的数据库地址"),
])
def test_an_unsupported_database_url_is_a_clear_error_without_the_password(url, message):
    with pytest.raises(ShenbaoError, match=message) as caught:
        open_database_url(url)
    assert "geheim" not in str(caught.value)


def test_postgres_urls_without_a_driver_mean_psycopg():
    from assistant.store.postgres import describe, postgres_url

    for url in ("postgresql://u:p@h:5433/d", "postgres://u:p@h:5433/d"):
        assert postgres_url(url).drivername == "postgresql+psycopg"
    assert describe(postgres_url("postgresql://u:secret@/d?host=/run/postgresql")) == "PostgreSQL /run/postgresql:5432/d"


# ---------------------------------------------------------------------------------- SQLite only


def test_a_writer_locked_out_too_long_gets_a_clear_error_and_writes_nothing(tmp_path):
    with SqliteReviewStore(tmp_path / "r.sqlite3", busy_timeout_s=0.2) as impatient:
        impatient.register_package(PKG, "x")
        holder = sqlite3.connect(impatient.path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreUnavailableError, match="正被其他评审会话长时间占用.*本次修改未保存"):
                decide(impatient)
            assert impatient.history(PKG) == []  # readers are not blocked by the writer (WAL)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert decide(impatient).version == 1


def test_a_session_queued_behind_another_of_its_process_too_long_gets_the_same_clear_error(tmp_path):
    """The writers of one process (the workspace's sessions) take turns on the store's own lock
    before SQLite's: one held too long is the same refusal, and nothing is written."""
    with SqliteReviewStore(tmp_path / "r.sqlite3", busy_timeout_s=0.2) as store:
        store.register_package(PKG, "x")
        held = store._writer_lock()
        held.acquire()
        try:
            with pytest.raises(StoreUnavailableError, match="正被其他评审会话长时间占用.*本次修改未保存"):
                decide(store)
            assert store.history(PKG) == []
        finally:
            held.release()
        assert decide(store).version == 1  # released: the next write goes through


def test_writers_of_other_processes_take_turns_on_the_files_flock(tmp_path):
    """Between processes, writers take turns on an flock of `<file>.writers` before SQLite's
    lock (retried every few ms, not SQLite's up-to-100-ms pauses); held too long, the same
    refusal, nothing written; the kernel releases it when its holder closes it or dies."""
    import fcntl
    import os

    with SqliteReviewStore(tmp_path / "r.sqlite3", busy_timeout_s=0.2) as store:
        store.register_package(PKG, "x")
        other = os.open(tmp_path / "r.sqlite3.writers", os.O_RDWR)  # as another process would
        fcntl.flock(other, fcntl.LOCK_EX)
        try:
            with pytest.raises(StoreUnavailableError, match="正被其他评审会话长时间占用.*本次修改未保存"):
                decide(store)
            assert store.history(PKG) == []
        finally:
            os.close(other)
        assert decide(store).version == 1


def test_backup_and_restore_bring_back_exactly_the_backed_up_state(tmp_path):
    with SqliteReviewStore(tmp_path / "reviews.sqlite3", clock=Clock()) as store:
        store.register_package(PKG, "/data/申报材料", "示例工业互联网平台")
        decide(store, REVENUE, "override", new_value="6700.00")
        backup = store.backup(tmp_path / "备份" / "reviews-backup.sqlite3")
        backup_bytes = backup.read_bytes()
        decide(store, REVENUE, "accept", version=1)
    aside = restore_backup(backup, store.path)
    assert aside is not None and aside.exists() and aside.name.startswith("reviews.sqlite3.before-restore-")
    assert backup.read_bytes() == backup_bytes  # restoring only reads the backup
    with SqliteReviewStore(store.path) as restored:
        assert restored.overrides(PKG) == {REVENUE: "6700.00"}
        assert len(restored.history(PKG)) == 1 and restored.check_integrity() == []
    with SqliteReviewStore(aside) as kept:  # what was there before the restore is still there
        assert kept.decision(PKG, "value", REVENUE).version == 2


def test_restore_refuses_a_garbage_backup_and_leaves_the_store_alone(tmp_path):
    with SqliteReviewStore(tmp_path / "reviews.sqlite3") as store:
        store.register_package(PKG, "x")
        decide(store)
        bad = tmp_path / "bad.sqlite3"
        bad.write_bytes(b"not a database at all" * 100)
        with pytest.raises(StoreCorruptError, match="未恢复"):
            restore_backup(bad, store.path)
        assert store.decision(PKG, "value", "平台团队总人数（人）").version == 1
    assert not list(tmp_path.glob("*.restoring*"))


def test_backup_is_consistent_while_another_thread_writes(tmp_path):
    with SqliteReviewStore(tmp_path / "reviews.sqlite3") as store:
        store.register_package(PKG, "x")
        stop = threading.Event()

        def write():
            version = 0
            while not stop.is_set():
                version = decide(store, "计数", "override", version=version, new_value=str(version)).version

        writer = threading.Thread(target=write)
        writer.start()
        try:
            backups = [store.backup(tmp_path / f"b{i}.sqlite3") for i in range(5)]
        finally:
            stop.set()
            writer.join()
    for backup in backups:
        with SqliteReviewStore(backup) as copy:
            assert copy.check_integrity() == []


def test_backup_refuses_to_overwrite_the_store_itself(tmp_path):
    with SqliteReviewStore(tmp_path / "reviews.sqlite3") as store:
        with pytest.raises(ShenbaoError, match="不能是评审记录库本身"):
            store.backup(store.path)


def test_the_connection_is_wal_full_sync_with_foreign_keys(tmp_path):
    with SqliteReviewStore(tmp_path / "reviews.sqlite3") as store, store._engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert (pragma("journal_mode"), pragma("synchronous"), pragma("foreign_keys"), pragma("busy_timeout")) == \
            ("wal", 2, 1, 30000)  # synchronous 2: FULL


def test_another_programs_database_is_refused_untouched(tmp_path):
    other = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    before = other.read_bytes()
    with pytest.raises(ShenbaoError, match="不是 shenbao 的评审记录库"):
        SqliteReviewStore(other)
    assert other.read_bytes() == before


def test_store_path_may_not_exist_yet(tmp_path):
    with SqliteReviewStore(Path(tmp_path) / "a" / "b" / "reviews.sqlite3") as opened:
        assert opened.check_integrity() == []


# ---------------------------------------------------------------------------------- PostgreSQL only


@pytest.mark.requires_postgresql
def test_pg_dump_backup_restores_with_pg_restore_into_a_new_database(postgres_server, tmp_path):
    """The README's backup and restore for PostgreSQL: `shenbao store backup` (pg_dump, custom
    format), then pg_restore into a new, empty database that the store then opens."""
    url = postgres_server.create_database()
    with PostgresReviewStore(url, clock=Clock()) as store:
        store.register_package(PKG, "/data/申报材料", "示例工业互联网平台")
        decide(store, REVENUE, "override", new_value="6700.00")
        decide(store, REVENUE, "accept", version=1, computed="6670.79", reviewer="李四")
        dump = store.backup(tmp_path / "备份" / "reviews.dump")
        expected = store.export_json(PKG)
    assert dump.stat().st_size > 0 and not list(dump.parent.glob("*.partial"))
    restored_url = postgres_server.create_database()
    env = {"PGPASSWORD": postgres_server.password, "PATH": "/usr/bin:/bin"}
    subprocess.run([pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "--dbname",
                    restored_url.replace(f":{postgres_server.password}@", "@"), str(dump)],
                   check=True, env=env, capture_output=True)
    with PostgresReviewStore(restored_url) as restored:
        assert restored.export_json(PKG) == expected
        assert restored.check_integrity() == []
        decide(restored, REVENUE, "dismiss", version=2, comment="恢复后继续")  # the identity goes on
        assert restored.check_integrity() == []


@pytest.mark.requires_postgresql
def test_a_database_holding_other_tables_of_our_names_is_refused_untouched(postgres_server):
    url = postgres_server.create_database()
    with sa.create_engine(sa.make_url(url).set(drivername="postgresql+psycopg")).begin() as conn:
        conn.exec_driver_sql("CREATE TABLE audit (id int)")
    with pytest.raises(ShenbaoError, match="不是 shenbao 建立的评审记录库"):
        PostgresReviewStore(url)
    engine = sa.create_engine(sa.make_url(url).set(drivername="postgresql+psycopg"))
    with engine.connect() as conn:
        assert sa.inspect(conn).get_table_names() == ["audit"]
    engine.dispose()


@pytest.mark.requires_postgresql
def test_a_server_that_is_not_there_is_reported_as_unavailable_in_chinese(postgres_server):
    url = sa.make_url(postgres_server.url("nowhere")).set(port=1)
    with pytest.raises(StoreUnavailableError, match="评审记录库暂时无法访问（PostgreSQL 127.0.0.1:1/nowhere：连接被拒绝"):
        PostgresReviewStore(url)


@pytest.mark.requires_postgresql
def test_a_reviewer_role_without_ddl_rights_works_and_cannot_touch_the_audit_log(postgres_server):
    """The hardened set-up of the README: the owner upgrades the schema, the UI's role may only
    read, append and move decisions — it can neither edit nor disable what the triggers guard."""
    url = postgres_server.create_database()
    database = sa.make_url(url).database
    PostgresReviewStore(url).close()  # the owner creates the tables
    owner = sa.create_engine(sa.make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with postgres_server.admin().connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {database}_ui LOGIN PASSWORD 'ui-secret'")
    with owner.connect() as conn:
        for statement in (
            f"GRANT SELECT ON package_review, audit, decision, shenbao_alembic_version TO {database}_ui",
            f"GRANT INSERT, UPDATE ON package_review, decision TO {database}_ui",
            f"GRANT INSERT ON audit TO {database}_ui",
        ):
            conn.exec_driver_sql(statement)
    owner.dispose()
    ui_url = postgres_server.url(database, role=f"{database}_ui", password="ui-secret")
    with PostgresReviewStore(ui_url) as store:
        store.register_package(PKG, "x")
        decide(store)
        assert store.check_integrity() == []
    ui = sa.create_engine(sa.make_url(ui_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with ui.connect() as conn:
        for statement in ("UPDATE audit SET comment = '改过'", "ALTER TABLE audit DISABLE TRIGGER audit_no_update",
                          "DROP TABLE audit CASCADE"):
            with pytest.raises(sa.exc.ProgrammingError, match="permission denied|must be owner"):
                conn.exec_driver_sql(statement)
    ui.dispose()
