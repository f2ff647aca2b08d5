"""Build the h84 blind set: four packages under packages/ and their truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h84.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h84.pack import build
from eval_sets.blind.h84.render import DRAWN

HERE = Path(__file__).resolve().parent
MODULES = ["pkg_onepower", "pkg_oubei", "pkg_chuanshibao", "pkg_yanfeng"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/ and drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for name in MODULES:
        P = importlib.import_module(f"eval_sets.blind.h84.{name}")
        if args.only and P.PID not in args.only:
            continue
        if (packages / P.PID).exists():
            shutil.rmtree(packages / P.PID)
        nf, npb = build(P, packages, truth_dir)
        print(f"{P.PID}: {nf} facts, {npb} problems  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(p): t for p, t in sorted(v.items())} for k, v in DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
