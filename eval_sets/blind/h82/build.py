"""Build the h82 blind set: packages/ and truth/ (and drawn_text.json, narrative_claims.json).

    cd /work/main && .venv/bin/python -m eval_sets.blind.h82.build [--only PID] [--out DIR]

Deterministic: fixed seeds, reportlab invariant=1, fixed zip dates and core properties."""
from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
MODULES = {  # package id -> (module, seed)
    "h82_huaxing_clean": ("pkg_huaxing", 8215),
    "h82_sijian_problems": ("pkg_sijian", 8212),
    "h82_baowu_problems": ("pkg_baowu", 8222),
    "h82_tansuo_problems": ("pkg_tansuo", 8227),
}


def main(argv=None) -> int:
    from eval_sets.blind.h82.evidence import DRAWN
    from eval_sets.blind.h82.pack import CLAIMS, build_package
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or MODULES:
        name, seed = MODULES[pid]
        spec = importlib.import_module(f"eval_sets.blind.h82.{name}").SPEC
        if (packages / pid).exists():
            shutil.rmtree(packages / pid)
        with tempfile.TemporaryDirectory() as tmp:
            text, n = build_package(pid, packages, Path(tmp), np.random.default_rng(seed), spec)
        (truth_dir / f"{pid}.json").write_text(text, encoding="utf-8")
        print(f"{pid}: {n} facts, {len(spec.get('problems', []))} problems ({time.time() - t0:.1f}s)")
    for fname, data in (("drawn_text.json", {k: {str(p): t for p, t in sorted(v.items())} for k, v in DRAWN.items()}),
                        ("narrative_claims.json", CLAIMS)):
        path = args.out / fname
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() and args.only else {}
        old.update(data)
        path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
