"""Build blind set h70 (breakdowns in every shape): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python -m eval_sets.blind.h70.build [--out DIR]

--out writes packages and truth under DIR instead of this folder (used for the determinism check).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    __package__ = "eval_sets.blind.h70"

from importlib import import_module  # noqa: E402

HERE = Path(__file__).resolve().parent
MODULES = ["p1_huaxing", "p2_xipaiai", "p3_yanfeng", "p4_tansuo"]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--only", default="")
    a = ap.parse_args(argv)
    root = a.out / "packages"
    truth = a.out / "truth"
    scratch = a.out / "_scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    for name in MODULES:
        if a.only and a.only not in name:
            continue
        mod = import_module(f"eval_sets.blind.h70.{name}")
        if (root / mod.PID).exists():
            shutil.rmtree(root / mod.PID)
        mod.build(root, scratch, truth)
        print("built", mod.PID)
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
