"""Builds the h15 holdout set: packages/<id>/... and truth/<id>.json. Deterministic; run twice → same bytes."""
from __future__ import annotations

import shutil
import sys

sys.dont_write_bytecode = True
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main():
    import importlib
    for d in ("packages", "truth"):
        shutil.rmtree(HERE / d, ignore_errors=True)
    mods = sys.argv[1:] or ["pkg_a", "pkg_b", "pkg_c", "pkg_d", "pkg_e"]
    for m in mods:
        pkg = importlib.import_module(m).build()
        print(f"{pkg.pid}: {len(pkg.files)} files, {len(pkg.facts)} facts, {len(pkg.problems)} problems")


if __name__ == "__main__":
    main()
