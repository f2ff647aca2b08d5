"""The review store: decisions, the append-only audit trail, versions, queries, backup/restore."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from assistant import __version__
from assistant.core.citations import Citation
from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.store.interface import (
    ConflictError,
    Decision,
    StoreCorruptError,
    citations_hash,
    verify_chain,
)
from assistant.store.opener import open_review_store, review_store_path
from assistant.store.sqlite import SqliteReviewStore, restore_backup

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
def store(tmp_path):
    with SqliteReviewStore(tmp_path / "reviews.sqlite3", clock=Clock()) as opened:
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


def test_a_writer_locked_out_too_long_gets_a_clear_error_and_writes_nothing(tmp_path):
    with SqliteReviewStore(tmp_path / "r.sqlite3", busy_timeout_s=0.2) as impatient:
        impatient.register_package(PKG, "x")
        holder = sqlite3.connect(impatient.path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(ShenbaoError, match="正被其他评审会话长时间占用，本次修改未保存"):
                decide(impatient)
            assert impatient.history(PKG) == []  # readers are not blocked by the writer (WAL)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert decide(impatient).version == 1


def test_audit_rows_cannot_be_updated_or_deleted(store):
    decide(store)
    raw = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute("UPDATE audit SET comment = '改过' WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw.execute("DELETE FROM audit")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        raw.execute("DELETE FROM decision")
    raw.close()
    assert store.history(PKG)[0].comment == "与证明材料一致"


def test_the_database_itself_refuses_a_lost_update(store):
    """Even a client that skips the version check cannot write version 1 twice or jump ahead."""
    first = decide(store)
    raw = sqlite3.connect(store.path)
    row = [getattr(first, f) for f in Decision.model_fields if f != "seq"]
    columns = ", ".join(f for f in Decision.model_fields if f != "seq")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        raw.execute(f"INSERT INTO audit ({columns}) VALUES ({', '.join('?' * len(row))})", row)
    with pytest.raises(sqlite3.IntegrityError, match="one version at a time"):
        raw.execute("UPDATE decision SET version = 3")
    raw.close()


def test_tampering_behind_the_triggers_breaks_the_chain(store):
    decide(store)
    decide(store, version=1, action="dismiss", comment="不适用")
    assert store.check_integrity() == []
    raw = sqlite3.connect(store.path)
    raw.execute("DROP TRIGGER audit_no_update")
    raw.execute("UPDATE audit SET reviewer = '冒名' WHERE seq = 1")
    raw.commit()
    raw.close()
    problems = store.check_integrity()
    assert problems and "#1 的校验链不符" in problems[0]


def test_a_current_decision_that_is_not_the_newest_row_is_reported(store):
    decide(store)
    decide(store, version=1, action="dismiss", comment="不适用")
    raw = sqlite3.connect(store.path)
    raw.execute("DROP TRIGGER decision_next")
    raw.execute("UPDATE decision SET seq = 1, version = 1")
    raw.commit()
    raw.close()
    assert store.check_integrity() == ["平台团队总人数（人） 的当前决定不是其最新审计记录"]


def test_queries_current_overrides_counts_and_history(store):
    decide(store, REVENUE, "override", new_value="6700.00")
    decide(store, "平台名称", "override", new_value="甲平台")
    decide(store, "平台名称", "accept", version=1, computed="甲平台（原名）")  # override withdrawn
    decide(store, "f" * 16, "dismiss", kind="finding", computed="157人")
    decide(store, "e" * 16, "override", kind="finding", new_value="不是 value 的行")
    current = store.current_decisions(PKG)
    assert set(current) == {("finding", "e" * 16), ("finding", "f" * 16), ("value", REVENUE), ("value", "平台名称")}
    assert store.overrides(PKG) == {REVENUE: "6700.00"}
    assert store.action_counts(PKG) == {"accept": 1, "override": 2, "dismiss": 1}
    assert [d.item_key for d in store.history(PKG)] == [REVENUE, "平台名称", "平台名称", "f" * 16, "e" * 16]
    assert store.current_decisions("c" * 64) == {} and store.decision(PKG, "value", "无") is None


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


def test_backup_and_restore_bring_back_exactly_the_backed_up_state(store, tmp_path):
    decide(store, REVENUE, "override", new_value="6700.00")
    backup = store.backup(tmp_path / "备份" / "reviews-backup.sqlite3")
    backup_bytes = backup.read_bytes()
    decide(store, REVENUE, "accept", version=1)
    store.close()
    aside = restore_backup(backup, store.path)
    assert aside is not None and aside.exists() and aside.name.startswith("reviews.sqlite3.before-restore-")
    assert backup.read_bytes() == backup_bytes  # restoring only reads the backup
    with SqliteReviewStore(store.path) as restored:
        assert restored.overrides(PKG) == {REVENUE: "6700.00"}
        assert len(restored.history(PKG)) == 1 and restored.check_integrity() == []
    with SqliteReviewStore(aside) as kept:  # what was there before the restore is still there
        assert kept.decision(PKG, "value", REVENUE).version == 2


def test_restore_refuses_a_garbage_backup_and_leaves_the_store_alone(store, tmp_path):
    decide(store)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreCorruptError, match="未恢复"):
        restore_backup(bad, store.path)
    assert store.decision(PKG, "value", "平台团队总人数（人）").version == 1
    assert not list(tmp_path.glob("*.restoring*"))


def test_backup_is_consistent_while_another_thread_writes(store, tmp_path):
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


def test_backup_refuses_to_overwrite_the_store_itself(store):
    with pytest.raises(ShenbaoError, match="不能是评审记录库本身"):
        store.backup(store.path)


def test_the_connection_is_wal_full_sync_with_foreign_keys(store):
    conn = store._conn()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30000


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


def test_open_review_store_lives_in_the_workspace(tmp_path):
    settings = Settings(workspace=tmp_path / "ws")
    assert review_store_path(settings) == tmp_path / "ws" / "reviews.sqlite3"
    with open_review_store(settings) as opened:
        opened.register_package(PKG, "x")
    assert review_store_path(settings).exists()


def test_each_thread_gets_its_own_connection_and_close_closes_them_all(tmp_path):
    opened = SqliteReviewStore(tmp_path / "r.sqlite3")
    connections = [opened._conn()]
    worker = threading.Thread(target=lambda: connections.append(opened._conn()))
    worker.start()
    worker.join()
    assert connections[0] is not connections[1]
    opened.close()
    for conn in connections:
        with pytest.raises(sqlite3.ProgrammingError):
            conn.execute("SELECT 1")
    assert opened.packages() == []  # usable again after close: a fresh connection


def test_store_path_may_not_exist_yet(tmp_path):
    with SqliteReviewStore(Path(tmp_path) / "a" / "b" / "reviews.sqlite3") as opened:
        assert opened.check_integrity() == []
