"""Builds the h17 holdout set: packages/<id>/... and truth/<id>.json. Deterministic (run twice → same bytes)."""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import pkg_guangming  # noqa: E402

MODULES = [pkg_guangming]
for name in ("pkg_xipaiai", "pkg_feisuo", "pkg_lianqing", "pkg_xinhua"):
    try:
        MODULES.append(__import__(name))
    except ModuleNotFoundError:
        pass


def main():
    for d in ("packages", "truth"):
        shutil.rmtree(ROOT / d, ignore_errors=True)
    for m in MODULES:
        p = m.build()
        print(f"{p.pid}: {len(p.files)} files, {len(p.facts)} facts, {len(p.problems)} problems")


if __name__ == "__main__":
    main()
