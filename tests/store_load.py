"""Concurrent reviewers on one review store, for the load test and bench/bench_store_concurrency.py.

Each reviewer is a process of its own (as the sessions of a team deployment hold connections of
their own) running this file: it opens the store named by a database URL through the product's
API, registers the shared packages, says `ready`, waits for `go` on stdin, then decides
`rounds` times on items drawn at random from the same few packages — reads the current decision
(what the page showed) and records an override on the version it saw, as a click does. Each
outcome is one JSON line on stdout: `saved` (version, seq, value) or `conflict` (the version seen,
the current one the ConflictError named, its message), with the seconds `record_decision` took.

`run_load(url, writers, rounds)` starts the reviewers together and returns their outcomes;
`run_sessions` does the same with threads sharing one store, as the Streamlit sessions do.
Importable by tests (tests/ is on sys.path) and by bench/ scripts; the store must exist (open it
once first, so no reviewer's time includes creating the schema).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = [hashlib.sha256(f"申报包{n}".encode()).hexdigest() for n in range(3)]
ITEMS = ["平台相关营业收入（万元）", "研发投入强度（%）", "工业设备连接数（台/套）", "平台团队总人数（人）"]
EVIDENCE = hashlib.sha256(b"evidence").hexdigest()


@dataclass(frozen=True)
class Outcome:
    reviewer: str
    outcome: str  # "saved" | "conflict"
    package_id: str
    item_key: str
    seen: int  # the version the reviewer decided on
    version: int | None  # saved: the new version; conflict: the current version the error named
    seq: int | None
    value: str | None
    message: str
    seconds: float  # record_decision, as the reviewer waits for it
    ended: float  # time.time() when it returned


def decide_rounds(store, tag: str, seed: int, rounds: int, think_s: float) -> list[dict]:
    """One reviewer's clicks on `store`: each outcome as a dict of `Outcome`'s fields."""
    from assistant.store.interface import ConflictError

    rng, outcomes = random.Random(seed), []
    for i in range(rounds):
        package_id, key = rng.choice(PACKAGES), rng.choice(ITEMS)
        shown = store.decision(package_id, "value", key)
        seen = shown.version if shown else 0
        value = f"{tag}-{i}"
        started = time.perf_counter()
        try:
            saved = store.record_decision(package_id, "value", key, "override", comment=f"{tag} 第{i}次决定",
                                          reviewer=tag, role="评审专家", evidence_hash=EVIDENCE,
                                          expected_version=seen, computed="0", new_value=value)
            line = dict(outcome="saved", version=saved.version, seq=saved.seq, value=value, message="")
        except ConflictError as error:
            current = error.current.version if error.current else None
            line = dict(outcome="conflict", version=current, seq=None, value=None, message=str(error))
        line.update(reviewer=tag, package_id=package_id, item_key=key, seen=seen,
                    seconds=time.perf_counter() - started, ended=time.time())
        outcomes.append(line)
        if think_s:
            time.sleep(rng.uniform(0, think_s))
    return outcomes


def _register(store) -> None:
    for package_id in PACKAGES:
        store.register_package(package_id, f"/data/申报材料/{package_id[:6]}", "平台")


def reviewer(url: str, tag: str, seed: int, rounds: int, think_s: float) -> None:
    from assistant.store.opener import open_database_url

    store = open_database_url(url)
    _register(store)
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return
    for line in decide_rounds(store, tag, seed, rounds, think_s):
        print(json.dumps(line, ensure_ascii=False), flush=True)
    store.close()


def run_sessions(url: str, writers: int, rounds: int, *, think_s: float = 0.0, seed: int = 0) -> list[Outcome]:
    """`writers` reviewers as threads sharing one store object — how the Streamlit workspace runs
    its sessions (one server process, the store in `st.cache_resource`)."""
    from assistant.store.opener import open_database_url

    with open_database_url(url) as store:
        _register(store)
        barrier, results, errors = threading.Barrier(writers), [], []

        def session(n: int) -> None:
            try:
                barrier.wait()
                results.extend(decide_rounds(store, f"专家{n + 1}", seed * 100 + n, rounds, think_s))
            except BaseException as exc:  # noqa: BLE001 - reported to the caller below
                errors.append(exc)

        threads = [threading.Thread(target=session, args=(n,)) for n in range(writers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    return [Outcome(**line) for line in results]


def run_load(url: str, writers: int, rounds: int, *, think_s: float = 0.0, seed: int = 0,
             timeout_s: float = 600) -> list[Outcome]:
    """Start `writers` reviewers on `url`, let them go at once, return every outcome."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    children = [subprocess.Popen([sys.executable, __file__, url, f"专家{n + 1}", str(seed * 100 + n), str(rounds),
                                  str(think_s)], cwd=REPO, env=env, text=True, encoding="utf-8",
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for n in range(writers)]
    try:
        for child in children:
            ready = child.stdout.readline().strip()
            if ready != "ready":
                raise RuntimeError(f"reviewer did not start: {ready}{child.stderr.read()}")
        for child in children:  # all opened and registered: now they decide together
            child.stdin.write("go\n")
            child.stdin.flush()
        outcomes = []
        for child in children:
            out, err = child.communicate(timeout=timeout_s)
            if child.returncode != 0:
                raise RuntimeError(f"reviewer failed ({child.returncode}): {err}")
            outcomes += [Outcome(**json.loads(line)) for line in out.splitlines() if line.strip()]
        return outcomes
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()


if __name__ == "__main__":
    reviewer(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
