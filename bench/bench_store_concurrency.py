"""Decision time of the review store with 1 and with N concurrent reviewers, per backend.

Each reviewer decides through the product's store API on the same three packages
(tests/store_load.py: read the item's current decision, record an override on that version — one
click); N reviewers start together, as processes of their own, then as N threads sharing one
store object (how the Streamlit workspace runs its sessions). Reports, per backend, the p50/p95/max seconds of
`record_decision` as the reviewer waits for it (conflicts included: a conflict is an answer too),
the share of conflicts, and the ratios against the one-reviewer baseline measured in the same run.
SQLite is a file in a temp folder; PostgreSQL a throwaway server of our own (tests/pg_server.py,
Debian's postgresql binaries; without them that backend is reported as not measured).

Usage: python bench/bench_store_concurrency.py [--writers 8] [--rounds 100] [--think 0]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

import sqlalchemy as sa  # noqa: E402
from pg_server import PostgresServer, missing_reason  # noqa: E402
from store_load import run_load, run_sessions  # noqa: E402

from assistant.store.opener import open_database_url  # noqa: E402


def PLAN(writers: int) -> list[tuple[int, str]]:  # noqa: N802 - a table, read as one
    """The baseline, N reviewer processes, N sessions sharing one store (the Streamlit way)."""
    return [(1, "processes"), (writers, "processes"), (writers, "sessions")]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def measure(url: str, writers: int, rounds: int, think: float, how: str = "processes") -> dict:
    open_database_url(url).close()  # the schema first: no reviewer's time includes creating it
    run = run_load if how == "processes" else run_sessions
    outcomes = run(url, writers, rounds, think_s=think, seed=writers)
    wall = max(o.ended for o in outcomes) - min(o.ended - o.seconds for o in outcomes)  # first click to last
    seconds = [o.seconds for o in outcomes]
    with open_database_url(url) as store:
        problems = store.check_integrity()
    saved = sum(o.outcome == "saved" for o in outcomes)
    return {"how": how, "writers": writers, "decisions": len(outcomes), "saved": saved, "conflicts": len(outcomes) - saved,
            "p50": statistics.median(seconds), "p95": percentile(seconds, 0.95), "max": max(seconds),
            "per_s": len(outcomes) / wall, "sound": not problems}


def report(backend: str, rows: list[dict]) -> None:
    base = rows[0]
    print(f"\n{backend}")
    print(f"  {'reviewers':<22} {'decisions':>9} {'conflicts':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
          f"{'p50 ×1':>7} {'p95 ×1':>7} {'dec/s':>7} chain")
    for r in rows:
        noun = ("process", "processes") if r["how"] == "processes" else ("session", "sessions, 1 store")
        who = f"{r['writers']} {noun[r['writers'] > 1]}"
        print(f"  {who:<22} {r['decisions']:>9} {r['conflicts']:>9} {r['p50'] * 1e3:>8.1f} "
              f"{r['p95'] * 1e3:>8.1f} {r['max'] * 1e3:>8.1f} {r['p50'] / base['p50']:>7.2f} "
              f"{r['p95'] / base['p95']:>7.2f} {r['per_s']:>7.1f} {'intact' if r['sound'] else 'BROKEN'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=100, help="decisions per reviewer")
    parser.add_argument("--think", type=float, default=0.0, help="max seconds a reviewer waits between clicks")
    args = parser.parse_args()
    print(f"review store: 1 vs {args.writers} concurrent reviewers, {args.rounds} decisions each, "
          f"think time ≤ {args.think}s; seconds of record_decision per click")
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs "
          "(the timings include whatever else the machine runs)")
    sound = True
    with tempfile.TemporaryDirectory(prefix="shenbao-bench-store-") as tmp:
        rows = []
        for writers, how in PLAN(args.writers):
            url = sa.URL.create("sqlite", database=str(Path(tmp) / f"reviews-{writers}-{how}.sqlite3"))
            rows.append(measure(url.render_as_string(), writers, args.rounds, args.think, how))
        report("SQLite (one file, WAL)", rows)
        sound &= all(r["sound"] for r in rows)
    reason = missing_reason()
    if reason:
        print(f"\nPostgreSQL: not measured — {reason}")
    else:
        server = PostgresServer()
        try:
            rows = [measure(server.create_database(), writers, args.rounds, args.think, how)
                    for writers, how in PLAN(args.writers)]
            report("PostgreSQL (local server, READ COMMITTED + package row lock)", rows)
            sound &= all(r["sound"] for r in rows)
        finally:
            server.close()
    print(f"\nload average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0 if sound else 1


if __name__ == "__main__":
    sys.exit(main())
