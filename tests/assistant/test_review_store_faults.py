"""The review store under faults, on both backends: writers killed with SIGKILL, rival processes,
the PostgreSQL server stopped, restarted and killed mid-session, and (SQLite) damaged files.

Children are real Python processes running a small script against the same database (a SQLite
file or a PostgreSQL database, named by its URL); what they report on stdout (flushed after each
commit returns) is what the parent holds them to.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import store_backends

from assistant.core.errors import ShenbaoError
from assistant.store.interface import StoreCorruptError, StoreUnavailableError
from assistant.store.postgres import PostgresReviewStore
from assistant.store.sqlite import SqliteReviewStore

backend, target = store_backends.backend, store_backends.target  # fixtures of both backends

REPO = Path(__file__).resolve().parents[2]
PKG = "a" * 64

CHILD = r'''
import hashlib, sys, time
from assistant.store.interface import ConflictError, StoreUnavailableError
from assistant.store.opener import open_database_url

PKG = "a" * 64
EVIDENCE = hashlib.sha256(b"evidence").hexdigest()
mode, url, tag = sys.argv[1], sys.argv[2], sys.argv[3]
store = open_database_url(url)
store.register_package(PKG, "/data/申报材料", "平台")


def write(kind, key, version, value):
    return store.record_decision(PKG, kind, key, "override", comment=f"{tag} 第{version + 1}次修改",
                                 reviewer=tag, role="评审专家", evidence_hash=EVIDENCE,
                                 expected_version=version, computed="0", new_value=value)


if mode == "loop":  # keep writing; report each committed decision, and each outage
    versions = {key[1]: d.version for key, d in store.current_decisions(PKG).items()}
    i = 0
    while True:
        kind, key = ("value", f"行{i % 7}") if i % 2 else ("finding", f"{tag}-{i:05d}")
        try:
            decision = write(kind, key, versions.get(key, 0), str(i))
        except StoreUnavailableError as error:  # the server is away: say so, wait, try again
            print(f"outage\t{error}", flush=True)
            time.sleep(0.05)
            continue
        except ConflictError:  # a write whose commit was in flight when the server went did land
            current = store.decision(PKG, kind, key)
            versions[key] = current.version
            print(f"landed\t{kind}\t{key}\t{current.version}", flush=True)
            continue
        versions[key] = decision.version
        print(f"{kind}\t{key}\t{decision.version}\t{decision.seq}", flush=True)
        i += 1
elif mode == "backup":  # keep backing up while writing
    i = 0
    while True:
        write("finding", f"{tag}-{i:05d}", 0, str(i))
        store.backup(sys.argv[4])
        print(i, flush=True)
        i += 1
elif mode == "race":  # per line on stdin: read the version, say ready, wait for go, write
    for line in sys.stdin:
        if line.strip() == "read":
            seen = store.decision(PKG, "value", "争议行")
            version = seen.version if seen else 0
            print(f"ready {version}", flush=True)
        elif line.strip() == "go":
            try:
                write("value", "争议行", version, tag)
                print("won", flush=True)
            except ConflictError as error:
                print(f"conflict {error}", flush=True)
elif mode == "increment":  # read-modify-write with retry on conflict; the first read is held at a barrier
    done = conflicts = 0
    first = True
    while done < int(sys.argv[4]):
        seen = store.decision(PKG, "value", "计数")
        if first:  # every process has read version 0 before any of them writes: the collision is certain
            print("ready", flush=True)
            sys.stdin.readline()
            first = False
        try:
            write("value", "计数", seen.version if seen else 0, str(int(seen.after) + 1 if seen else 1))
            done += 1
        except ConflictError:
            conflicts += 1
            time.sleep(0)
    print(f"done {conflicts}", flush=True)
'''


@pytest.fixture
def child_script(tmp_path) -> Path:
    script = tmp_path / "review_child.py"
    script.write_text(CHILD, encoding="utf-8")
    return script


def spawn(script: Path, *args: str, stdin=None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, str(script), *map(str, args)], cwd=REPO, env=env, text=True,
                            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8")


def committed(lines: list[str]) -> list[list[str]]:
    """The writes a child reported as committed (kind, key, version, seq)."""
    return [line.split("\t") for line in lines if line.count("\t") == 3 and not line.startswith(("outage", "landed"))]


def run_until_killed(child_script: Path, url: str, tag: str, lines: int, delay: float) -> list[str]:
    child = spawn(child_script, "loop", url, tag)
    reported = []
    while len(committed(reported)) < lines:
        line = child.stdout.readline()
        assert line, child.stderr.read()
        reported.append(line.rstrip("\n"))
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    # Whatever the child flushed before it died is in the pipe: each line is a committed write.
    return reported + child.stdout.read().splitlines()


def assert_every_reported_write_is_kept(store, reported: list[list[str]], in_flight: int) -> None:
    assert store.check_integrity() == []  # chains intact, versions contiguous, current = newest
    audit = {(d.item_kind, d.item_key, d.version): d for d in store.history(PKG)}
    current = store.current_decisions(PKG)
    for kind, key, version, seq in reported:
        kept = audit.get((kind, key, int(version)))
        assert kept is not None, f"committed {kind} {key} v{version} was lost"
        assert kept.seq == int(seq) and kept.comment.endswith(f"第{version}次修改")
        assert current[(kind, key)].version >= int(version)
    # At most the one write in flight per kill can be committed without having been reported.
    assert len(reported) <= len(audit) <= len(reported) + in_flight


@pytest.mark.slow  # four child processes, ~4 s
def test_sigkill_mid_write_loses_nothing_committed_and_leaves_no_partial_row(child_script, target):
    rng = random.Random(410)
    reported = []
    for round_number in range(4):
        # Kill after a random number of writes plus a random few ms. A commit spends most of its
        # time in fsync, so most kills land mid-commit (measured on SQLite: 8-10 of 10 leave one
        # finished but unreported write); a later round reopens and writes on what the kill left.
        lines = run_until_killed(child_script, target.url, f"第{round_number}轮", rng.randint(20, 80),
                                 rng.uniform(0, 0.01))
        reported += committed(lines)
    with target.open() as store:
        if target.backend == "sqlite":
            with store._engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").all() == [("ok",)]
        assert_every_reported_write_is_kept(store, reported, in_flight=4)


def test_sigkill_during_backup_leaves_either_no_backup_or_a_whole_one(child_script, target, tmp_path):
    dest = tmp_path / "backup" / "reviews.backup"
    child = spawn(child_script, "backup", target.url, "备份", dest)
    for _ in range(15 if target.backend == "sqlite" else 5):
        assert child.stdout.readline(), child.stderr.read()
    time.sleep(0.003)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert dest.exists() and not [p for p in dest.parent.iterdir() if p != dest and "partial" not in p.name]
    if target.backend == "sqlite":
        with SqliteReviewStore(dest) as copy:
            assert copy.check_integrity() == []
            assert len(copy.history(PKG)) >= 15
    else:  # a whole custom-format archive: pg_restore can list it
        from assistant.store.postgres import pg_tool

        listing = subprocess.run([pg_tool("pg_restore"), "--list", str(dest)], capture_output=True, text=True)
        assert listing.returncode == 0 and "TABLE DATA public audit" in listing.stdout
    with target.open() as store:
        assert store.check_integrity() == []


def test_two_processes_on_one_item_exactly_one_wins_every_round(child_script, target):
    target.open().close()
    rivals = [spawn(child_script, "race", target.url, name, stdin=subprocess.PIPE) for name in ("甲", "乙")]
    try:
        for round_number in range(10):
            for rival in rivals:  # both read the same version before either writes
                rival.stdin.write("read\n")
                rival.stdin.flush()
            assert {rival.stdout.readline().strip() for rival in rivals} == {f"ready {round_number}"}
            for rival in rivals:
                rival.stdin.write("go\n")
                rival.stdin.flush()
            outcomes = sorted(rival.stdout.readline().strip() for rival in rivals)
            assert outcomes[1] == "won" and outcomes[0].startswith("conflict"), outcomes
            assert "已被" in outcomes[0] and f"版本 {round_number + 1}" in outcomes[0]
    finally:
        for rival in rivals:
            rival.stdin.close()
            rival.wait(timeout=30)
    with target.open() as store:
        history = store.history(PKG, "value", "争议行")
        assert [d.version for d in history] == list(range(1, 11))
        assert store.check_integrity() == []


@pytest.mark.slow  # eight child processes
def test_eight_processes_incrementing_with_retry_lose_no_update(child_script, target):
    """Eight reviewers' processes read, add one and write back the same item, retrying on
    conflict: every increment lands exactly once, and the conflicts were reported to them."""
    target.open().close()
    workers = [spawn(child_script, "increment", target.url, f"进程{n}", 6, stdin=subprocess.PIPE) for n in range(8)]
    for worker in workers:  # the start barrier: all eight hold a read of version 0
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    conflicts = 0
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0 and out.startswith("done"), err
        conflicts += int(out.split()[1])
    with target.open() as store:
        final = store.decision(PKG, "value", "计数")
        assert (final.after, final.version) == ("48", 48)
        assert [int(d.after) for d in store.history(PKG, "value", "计数")] == list(range(1, 49))
        assert store.check_integrity() == []
    assert conflicts >= 7  # all eight wrote on version 0 and only one could win: nothing lost, all retried


# ---------------------------------------------------------------------------------- PostgreSQL outages


@pytest.fixture(scope="module")
def own_server():
    """A server of these tests' own: they stop, restart and kill it."""
    from pg_server import PostgresServer, missing_reason

    if missing_reason():
        pytest.skip(missing_reason())
    server = PostgresServer()
    yield server
    server.close()


def decide(store, version: int, reviewer: str = "张三"):
    return store.record_decision(PKG, "value", "平台相关营业收入（万元）", "override", comment="按审计报告",
                                 reviewer=reviewer, role="评审专家", evidence_hash="0" * 64,
                                 expected_version=version, computed="6670.79", new_value=f"67{version:02d}.00")


@pytest.mark.requires_postgresql
def test_an_outage_is_reported_in_chinese_and_the_same_store_recovers(own_server):
    with PostgresReviewStore(own_server.create_database(), connect_timeout_s=2) as store:
        store.register_package(PKG, "/data/申报材料")
        decide(store, 0)
        own_server.stop("fast")
        try:
            with pytest.raises(StoreUnavailableError) as caught:
                decide(store, 1)
            told = str(caught.value)
            assert told.startswith(f"评审记录库暂时无法访问（{store.location}：") and "本次修改未保存" in told
            with pytest.raises(StoreUnavailableError, match="请稍后重试；已保存的评审记录不受影响"):
                store.decision(PKG, "value", "平台相关营业收入（万元）")
        finally:
            own_server.start()
        # the pool's dead connections are noticed and replaced: no reopening, nothing half-written
        assert store.decision(PKG, "value", "平台相关营业收入（万元）").version == 1
        assert decide(store, 1).version == 2 and store.check_integrity() == []


def _writer_across(own_server, child_script, fault) -> None:
    url = own_server.create_database()
    parent = PostgresReviewStore(url)  # a UI session that stays open across the fault
    child = spawn(child_script, "loop", url, "写入者")
    lines: list[str] = []

    def read_committed(count: int) -> None:
        goal = len(committed(lines)) + count
        while len(committed(lines)) < goal:
            line = child.stdout.readline()
            assert line, child.stderr.read()
            lines.append(line.rstrip("\n"))

    try:
        read_committed(30)
        fault()
        read_committed(30)  # the writer goes on by itself once the server is back
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    lines += child.stdout.read().splitlines()
    outages = [line for line in lines if line.startswith("outage\t")]
    assert outages and all("评审记录库暂时无法访问" in line for line in outages)
    landed = sum(line.startswith("landed\t") for line in lines)  # commits in flight when the server went
    assert_every_reported_write_is_kept(parent, committed(lines), in_flight=1 + landed)
    parent.close()


@pytest.mark.slow
@pytest.mark.requires_postgresql
def test_restarting_the_server_mid_session_loses_no_committed_decision(own_server, child_script):
    _writer_across(own_server, child_script, lambda: own_server.restart("immediate"))  # a crash and recovery


@pytest.mark.slow
@pytest.mark.requires_postgresql
def test_killing_the_server_with_sigkill_mid_write_loses_no_committed_decision(own_server, child_script):
    def kill_and_start():
        own_server.kill()
        time.sleep(0.5)  # the writer meets a dead server for a while
        own_server.start()

    _writer_across(own_server, child_script, kill_and_start)


# ---------------------------------------------------------------------------------- SQLite files


def test_a_garbage_file_is_a_clear_error_and_is_never_overwritten(tmp_path):
    db = tmp_path / "reviews.sqlite3"
    garbage = hashlib.sha256(b"seed").digest() * 512
    db.write_bytes(garbage)
    with pytest.raises(StoreCorruptError) as caught:
        SqliteReviewStore(db)
    assert isinstance(caught.value, ShenbaoError)
    assert "评审记录库已损坏" in str(caught.value) and str(db) in str(caught.value)
    assert db.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reviews.sqlite3"]


def test_reset_moves_a_corrupt_file_aside_and_starts_afresh(tmp_path):
    db = tmp_path / "reviews.sqlite3"
    garbage = b"\x00garbage" * 1000
    db.write_bytes(garbage)
    with SqliteReviewStore(db, reset_corrupt=True) as store:
        store.register_package(PKG, "x")
        assert store.check_integrity() == []
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].name.startswith("reviews.sqlite3.corrupt-")
    assert aside[0].read_bytes() == garbage


@pytest.fixture(scope="module")
def filled_store_bytes(tmp_path_factory) -> bytes:
    """A sound store of a few hundred decisions (several pages per table), built once."""
    db = tmp_path_factory.mktemp("filled") / "reviews.sqlite3"
    with SqliteReviewStore(db) as store:
        store.register_package(PKG, "x")
        for i in range(150):
            store.record_decision(PKG, "finding", f"{i:04d}", "dismiss", comment="理由" * 40, reviewer="张三",
                                  role="评审专家", evidence_hash="0" * 64, expected_version=0)
    return db.read_bytes()


def test_a_damaged_page_is_caught_at_open(tmp_path, filled_store_bytes):
    db = tmp_path / "reviews.sqlite3"
    data = bytearray(filled_store_bytes)
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) > 6 * page_size
    data[3 * page_size:3 * page_size + 64] = b"\xff" * 64  # a b-tree page header of a table
    db.write_bytes(bytes(data))
    with pytest.raises(StoreCorruptError, match="评审记录库已损坏") as caught:
        SqliteReviewStore(db)
    assert db.read_bytes() == bytes(data)
    assert str(db) in str(caught.value)


def test_a_truncated_file_is_caught_at_open(tmp_path, filled_store_bytes):
    db = tmp_path / "reviews.sqlite3"
    data = filled_store_bytes
    db.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreCorruptError):
        SqliteReviewStore(db)
    assert db.read_bytes() == data[: len(data) // 2]
