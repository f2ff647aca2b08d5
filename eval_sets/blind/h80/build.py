"""Build the h80 blind set: four packages under packages/ and their truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h80.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import importlib
import json
from eval_sets.blind.h80.pack import DRAWN
from eval_sets.blind.h80.truth_out import make_truth

HERE = Path(__file__).resolve().parent
MODULES = {  # package id -> (module, seed)
    "h80_guangming_clean": ("pkg_guangming", 8031),
    "h80_shizhuang_problems": ("pkg_shizhuang", 8030),
    "h80_huayi_problems": ("pkg_huayi", 8001),
    "h80_xinhua_problems": ("pkg_xinhua", 8005),
}


def build_one(pid: str, packages: Path, truth_dir: Path) -> int:
    name, seed = MODULES[pid]
    module = importlib.import_module(f"eval_sets.blind.h80.{name}")
    target = packages / pid
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    pkg, files, facts, layout, desc = module.build(packages, seed)
    on_disk = {str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()}
    assert on_disk == set(files), (pid, on_disk ^ set(files))
    (truth_dir / f"{pid}.json").write_text(make_truth(pkg, files, facts, layout, desc), encoding="utf-8")
    return len(facts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/ and truth/")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or MODULES:
        n = build_one(pid, packages, truth_dir)
        print(f"{pid}: {n} facts  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(p): t for p, t in sorted(v.items())} for k, v in DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
