"""Ingest benchmark: cold vs. warm (cached) ingest of a package, measured in one run.

Prints ratios, not absolute timings as pass/fail (the machines are shared and noisy).
Usage: python bench/bench_ingest.py [PACKAGE ...]   (default: samples/sample_package and every
labelled package under eval_sets/packages)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.core.settings import Settings  # noqa: E402
from assistant.package.loader import load_package  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def packages(argv: list[str]) -> list[Path]:
    if argv:
        return [Path(a) for a in argv]
    found = [REPO / "samples" / "sample_package"]
    found += sorted(p for p in (REPO / "eval_sets" / "packages").glob("*") if p.is_dir() or p.suffix == ".zip")
    return [p for p in found if p.exists()]


def main() -> None:
    print(f"{'package':40s} {'files':>5s} {'pages':>5s} {'cold s':>8s} {'warm s':>8s} {'ratio':>7s}")
    ratios = []
    for package in packages(sys.argv[1:]):
        with tempfile.TemporaryDirectory() as ws:
            settings = Settings(workspace=Path(ws), workers=2)
            t0 = time.perf_counter()
            cold = load_package(package, settings)
            t1 = time.perf_counter()
            load_package(package, settings)
            t2 = time.perf_counter()
        pages = sum(len(f.document.pages) for f in cold.files)
        ratio = (t1 - t0) / max(t2 - t1, 1e-6)
        ratios.append(ratio)
        print(f"{package.name[:40]:40s} {len(cold.files):5d} {pages:5d} {t1 - t0:8.2f} {t2 - t1:8.3f} {ratio:6.0f}x")
    if ratios:
        print(f"re-ingest speed-up (min over packages): {min(ratios):.0f}x  (target ≥ 20x)")


if __name__ == "__main__":
    main()
