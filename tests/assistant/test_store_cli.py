"""`shenbao store upgrade|check|backup|restore` as an office's IT person runs them — the real CLI in
a child process, the backend named by SHENBAO_DATABASE_URL — on SQLite and on a real PostgreSQL
server (README「部署」: backup and restore per backend, upgrades)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import store_backends
from fixtures.make_review_store_v1 import DECISIONS
from tests_paths import REPO

from assistant.store.migrate import HEAD
from assistant.store.postgres import PostgresReviewStore
from assistant.store.sqlite import SqliteReviewStore

backend, target = store_backends.backend, store_backends.target  # fixtures of both backends

PKG = "c" * 64
EVIDENCE = hashlib.sha256(b"scan0001.pdf").hexdigest()
REVENUE = "平台相关营业收入（万元）"


def shenbao(*args: str, url: str | None = None, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO), "LC_ALL": "C.UTF-8"}
    if url:
        env["SHENBAO_DATABASE_URL"] = url
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def decide(store, version: int, action="accept", reviewer="张三", **kw):
    return store.record_decision(PKG, "value", REVENUE, action, comment=kw.pop("comment", "核对无误"),
                                 reviewer=reviewer, role="评审专家", evidence_hash=EVIDENCE,
                                 expected_version=version, computed="6670.79", **kw)


def filled(target, decisions: int = 2) -> dict:
    """Register a package and record `decisions` decisions on one item; its export."""
    with target.open() as store:
        store.register_package(PKG, "/data/申报材料", "示例平台")
        for version in range(decisions):
            decide(store, version, "override" if version % 2 == 0 else "accept", new_value="6700.00"
                   if version % 2 == 0 else None)
        return store.export_json(PKG)


def test_upgrade_of_a_schema_1_file_keeps_every_decision_and_says_so(tmp_path):
    workspace = tmp_path / "ws"
    workspace.mkdir()
    shutil.copyfile(REPO / "tests" / "fixtures" / "review_store_v1.sqlite3", workspace / "reviews.sqlite3")
    done = shenbao("store", "upgrade", "--workspace", str(workspace), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"结构版本 0001 → {HEAD}，已有记录全部保留" in done.stdout
    checked = shenbao("store", "check", "--workspace", str(workspace), cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert f"完好（2 个申报包，{len(DECISIONS)} 条审计记录，审计链完整）" in checked.stdout
    again = shenbao("store", "upgrade", "--workspace", str(workspace), cwd=tmp_path)
    assert again.returncode == 0 and f"已是最新结构（版本 {HEAD}），未作改动" in again.stdout


def test_upgrade_creates_a_new_store_once_then_leaves_it(target, tmp_path):
    first = shenbao("store", "upgrade", url=target.url, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert f"已新建（结构版本 {HEAD}）" in first.stdout
    second = shenbao("store", "upgrade", url=target.url, cwd=tmp_path)
    assert second.returncode == 0 and "已是最新结构" in second.stdout


def test_check_passes_a_sound_store_and_names_a_broken_chain_and_a_disabled_trigger(target, tmp_path):
    filled(target, decisions=3)
    sound = shenbao("store", "check", url=target.url, cwd=tmp_path)
    assert sound.returncode == 0, sound.stderr
    assert "完好（1 个申报包，3 条审计记录，审计链完整）" in sound.stdout
    # someone with the database's owner rights edits an audit row behind the triggers' back
    target.disable_trigger("audit", "audit_no_update")
    target.execute("UPDATE audit SET comment = '改过的意见' WHERE version = 2")
    broken = shenbao("store", "check", url=target.url, cwd=tmp_path)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert "校验链不符" in broken.stdout and "数据库触发器 audit_no_update 缺失或已停用" in broken.stdout


def test_check_and_backup_of_a_store_that_is_not_there_create_nothing(tmp_path):
    for args in (("check",), ("backup", str(tmp_path / "b.sqlite3"))):
        done = shenbao("store", *args, "--workspace", str(tmp_path / "typo"), cwd=tmp_path)
        assert done.returncode == 2 and "找不到评审记录库" in done.stderr
    assert not (tmp_path / "typo").exists() and not (tmp_path / "b.sqlite3").exists()


def test_backup_then_restore_brings_back_the_backed_up_decisions(target, tmp_path, request):
    backed_up = filled(target, decisions=2)
    dump = tmp_path / "备份" / ("reviews.sqlite3" if target.backend == "sqlite" else "reviews.dump")
    done = shenbao("store", "backup", str(dump), url=target.url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"已备份到 {dump}" in done.stdout and dump.stat().st_size > 0
    with target.open() as store:  # reviewing goes on after the backup
        decide(store, 2, "dismiss", reviewer="李四", comment="备份之后的决定")
    if target.backend == "sqlite":
        restore_into = target.url  # the workspace's file is replaced, the current one kept aside
    else:
        refused = shenbao("store", "restore", str(dump), url=target.url, cwd=tmp_path)
        assert refused.returncode == 2 and "不是空数据库" in refused.stderr and "未作任何改动" in refused.stderr
        with target.open() as store:
            assert len(store.history(PKG)) == 3  # the database it refused is untouched
        restore_into = request.getfixturevalue("postgres_server").create_database()
    restored = shenbao("store", "restore", str(dump), url=restore_into, cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "检查完好" in restored.stdout
    opened = SqliteReviewStore(target.path) if target.backend == "sqlite" else PostgresReviewStore(restore_into)
    with opened as store:
        assert store.export_json(PKG) == backed_up
        assert store.check_integrity() == []
        decide(store, 2, "dismiss", reviewer="李四", comment="恢复后重新决定")  # the store goes on from there
        assert store.check_integrity() == []
    if target.backend == "sqlite":
        kept = [p for p in target.path.parent.glob("reviews.sqlite3.before-restore-*") if not p.name.endswith(("-wal", "-shm"))]
        assert len(kept) == 1 and "原评审记录库已改名保留为" in restored.stdout
        with SqliteReviewStore(kept[0]) as before:
            assert len(before.history(PKG)) == 3


def test_restoring_a_file_that_is_no_backup_changes_nothing(target, tmp_path, request):
    garbage = tmp_path / "not-a-backup.bin"
    garbage.write_bytes(b"PGDMP? no, just bytes" * 50)
    if target.backend == "sqlite":
        backed_up = filled(target, decisions=1)
        into = target.url
    else:
        into = request.getfixturevalue("postgres_server").create_database()
    done = shenbao("store", "restore", str(garbage), url=into, cwd=tmp_path)
    assert done.returncode == 2, done.stdout
    assert ("无法使用，未恢复" if target.backend == "sqlite" else "评审记录恢复失败（pg_restore") in done.stderr
    if target.backend == "sqlite":
        with SqliteReviewStore(target.path) as store:
            assert store.export_json(PKG) == backed_up
    else:
        with PostgresReviewStore(into) as store:  # still empty: opening it only creates the schema
            assert store.packages() == [] and store.schema_upgrade.before is None
    missing = shenbao("store", "restore", str(tmp_path / "nothing.dump"), url=into, cwd=tmp_path)
    assert missing.returncode == 2 and "找不到备份文件" in missing.stderr


@pytest.mark.requires_postgresql
def test_messages_never_show_the_database_password(postgres_server, tmp_path):
    url = postgres_server.create_database()
    outputs = [shenbao("store", command, url=url, cwd=tmp_path) for command in ("upgrade", "check")]
    outputs.append(shenbao("store", "backup", str(tmp_path / "x.dump"), url=url, cwd=tmp_path))
    for done in outputs:
        assert done.returncode == 0, done.stderr
        assert postgres_server.password not in done.stdout + done.stderr
        assert "PostgreSQL 127.0.0.1:" in done.stdout or "已备份到" in done.stdout
