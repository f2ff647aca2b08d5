"""Build the h83 blind set: four packages under packages/ and their truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h83.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import copy
import importlib
import json
import sys
import time
from pathlib import Path

from eval_sets.blind.h83.assemble import build_package
from eval_sets.blind.h83.lib import DRAWN

HERE = Path(__file__).resolve().parent
MODULES = {  # package id -> (module, seed)
    "h83_zhaogang_clean": ("pkg_zhaogang", 8318),
    "h83_onepower_clean": ("pkg_onepower", 8321),
    "h83_chuanshibao_problems": ("pkg_chuanshibao", 8328),
    "h83_lianqing_problems": ("pkg_lianqing", 8325),
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/ and drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or MODULES:
        name, seed = MODULES[pid]
        spec = copy.deepcopy(importlib.import_module(f"eval_sets.blind.h83.{name}").SPEC)
        n = build_package(spec, packages, truth_dir, seed)
        print(f"{pid}: {n} facts  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {f: {str(p): t for p, t in sorted(pages.items())} for f, pages in sorted(v.items())}
                for k, v in DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
