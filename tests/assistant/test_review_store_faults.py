"""The review store under faults: writers killed with SIGKILL, rival processes, damaged files.

Children are real Python processes running a small script against the same SQLite file; what
they report on stdout (flushed after each commit returns) is what the parent holds them to.
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

from assistant.core.errors import ShenbaoError
from assistant.store.interface import StoreCorruptError
from assistant.store.sqlite import SqliteReviewStore

REPO = Path(__file__).resolve().parents[2]
PKG = "a" * 64

CHILD = r'''
import hashlib, sys, time
from assistant.store.interface import ConflictError
from assistant.store.sqlite import SqliteReviewStore

PKG = "a" * 64
EVIDENCE = hashlib.sha256(b"evidence").hexdigest()
mode, path, tag = sys.argv[1], sys.argv[2], sys.argv[3]
store = SqliteReviewStore(path)
store.register_package(PKG, "/data/申报材料", "平台")


def write(kind, key, version, value):
    return store.record_decision(PKG, kind, key, "override", comment=f"{tag} 第{version + 1}次修改",
                                 reviewer=tag, role="评审专家", evidence_hash=EVIDENCE,
                                 expected_version=version, computed="0", new_value=value)


if mode == "loop":  # keep writing; report each committed decision
    versions = {key[1]: d.version for key, d in store.current_decisions(PKG).items()}
    i = 0
    while True:
        kind, key = ("value", f"行{i % 7}") if i % 2 else ("finding", f"{tag}-{i:05d}")
        decision = write(kind, key, versions.get(key, 0), str(i))
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
elif mode == "increment":  # read-modify-write with retry on conflict
    done = 0
    while done < int(sys.argv[4]):
        seen = store.decision(PKG, "value", "计数")
        try:
            write("value", "计数", seen.version if seen else 0, str(int(seen.after) + 1 if seen else 1))
            done += 1
        except ConflictError:
            time.sleep(0)
    print("done", flush=True)
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


def _run_until_killed(child_script: Path, db: Path, tag: str, lines: int, delay: float) -> list[list[str]]:
    child = spawn(child_script, "loop", db, tag)
    reported = []
    for _ in range(lines):
        line = child.stdout.readline()
        assert line, child.stderr.read()
        reported.append(line.rstrip("\n").split("\t"))
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    # Whatever the child flushed before it died is in the pipe: each line is a committed write.
    reported += [line.split("\t") for line in child.stdout.read().splitlines() if line.count("\t") == 3]
    return reported


@pytest.mark.slow  # four child processes, ~4 s
def test_sigkill_mid_write_loses_nothing_committed_and_leaves_no_partial_row(child_script, tmp_path):
    db = tmp_path / "reviews.sqlite3"
    rng = random.Random(410)
    reported = []
    for round_number in range(4):
        # Kill after a random number of writes plus a random few ms. A commit spends most of its
        # time in fsync, so most kills land mid-commit (measured: 8-10 of 10 leave one finished but
        # unreported write); a later round reopens and writes on what the earlier kill left.
        reported += _run_until_killed(child_script, db, f"第{round_number}轮", rng.randint(20, 80),
                                      rng.uniform(0, 0.01))
    with SqliteReviewStore(db) as store:
        conn = store._conn()
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert store.check_integrity() == []  # chains intact, versions contiguous, current = newest
        audit = {(d.item_kind, d.item_key, d.version): d for d in store.history(PKG)}
        current = store.current_decisions(PKG)
    for kind, key, version, seq in reported:
        kept = audit.get((kind, key, int(version)))
        assert kept is not None, f"committed {kind} {key} v{version} was lost"
        assert kept.seq == int(seq) and kept.comment.endswith(f"第{version}次修改")
        assert current[(kind, key)].version >= int(version)
    # At most the one write in flight per kill can be committed without having been reported.
    assert len(reported) <= len(audit) <= len(reported) + 4


def test_sigkill_during_backup_leaves_either_no_backup_or_a_whole_one(child_script, tmp_path):
    db, dest = tmp_path / "reviews.sqlite3", tmp_path / "backup" / "reviews.sqlite3"
    child = spawn(child_script, "backup", db, "备份", dest)
    for _ in range(15):
        assert child.stdout.readline(), child.stderr.read()
    time.sleep(0.003)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with SqliteReviewStore(dest) as copy:
        assert copy.check_integrity() == []
        assert len(copy.history(PKG)) >= 15
    with SqliteReviewStore(db) as store:
        assert store.check_integrity() == []


def test_two_processes_on_one_item_exactly_one_wins_every_round(child_script, tmp_path):
    db = tmp_path / "reviews.sqlite3"
    SqliteReviewStore(db).close()
    rivals = [spawn(child_script, "race", db, name, stdin=subprocess.PIPE) for name in ("甲", "乙")]
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
    with SqliteReviewStore(db) as store:
        history = store.history(PKG, "value", "争议行")
        assert [d.version for d in history] == list(range(1, 11))
        assert store.check_integrity() == []


def test_processes_incrementing_with_retry_lose_no_update(child_script, tmp_path):
    db = tmp_path / "reviews.sqlite3"
    SqliteReviewStore(db).close()
    workers = [spawn(child_script, "increment", db, f"进程{n}", 15) for n in range(3)]
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0 and out.strip() == "done", err
    with SqliteReviewStore(db) as store:
        final = store.decision(PKG, "value", "计数")
        assert (final.after, final.version) == ("45", 45)
        assert [int(d.after) for d in store.history(PKG, "value", "计数")] == list(range(1, 46))


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
