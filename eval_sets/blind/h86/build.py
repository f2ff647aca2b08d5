"""Build the h86 blind set: four packages under packages/, their truth under truth/, drawn_text.json.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h86.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h86.pack import build_package, write_truth
from eval_sets.blind.h86.render import DRAWN

HERE = Path(__file__).resolve().parent
MODULES = {  # package id -> (module, seed)
    "h86_qiyiyi_clean": ("pkg_711", 8608),
    "h86_laiyifen_problems": ("pkg_laiyifen", 8610),
    "h86_hongzhiwei_problems": ("pkg_hongzhiwei", 8604),
    "h86_hangfa_problems": ("pkg_hangfa", 8632),
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/, drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or MODULES:
        name, seed = MODULES[pid]
        mod = importlib.import_module(f"eval_sets.blind.h86.{name}")
        target = packages / pid
        if target.exists():
            shutil.rmtree(target)
        truth, pages = build_package(packages, pid, mod.SPEC, mod.PLAN, seed)
        on_disk = {str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()}
        assert on_disk == set(truth.files), (pid, on_disk ^ set(truth.files))
        write_truth(truth, truth_dir)
        print(f"{pid}: bound PDF {pages} pages, {len(truth.evidence_facts)} facts, {len(truth.problems)} problems "
              f"({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(p): t for p, t in sorted(v.items())} for k, v in DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
