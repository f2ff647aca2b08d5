"""Build the h90 blind set: four packages under packages/, their truth under truth/, drawn_text.json.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h90.build [--out DIR] [--only PID]

Deterministic: fixed seeds, reportlab invariant=1, fixed DOCX/XLSX core properties and zip entry dates."""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h90 import docs
from eval_sets.blind.h90.pack import build
from eval_sets.blind.h90.specs import PACKAGES

HERE = Path(__file__).resolve().parent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/, drawn_text.json")
    ap.add_argument("--only", action="append")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for spec in PACKAGES:
        if args.only and spec["pid"] not in args.only:
            continue
        S = copy.deepcopy(spec)
        target = packages / S["pid"]
        if target.exists():
            shutil.rmtree(target)
        text, n = build(S, packages)
        (truth_dir / f"{S['pid']}.json").write_text(text, encoding="utf-8")
        print(f"{S['pid']}: {n} facts, {len(S['problems'])} problems ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if args.only and drawn_path.exists() else {}
    old.update({k: {str(p): t for p, t in sorted(v.items())} for k, v in docs.DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
