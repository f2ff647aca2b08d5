"""Builds the h23 holdout set: packages/<id>/ and truth/<id>.json. Deterministic (fixed seeds).
Run (from the repository): .venv/bin/python eval_sets/blind/h23/build.py"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[2]))  # the repository (eval_sets.generator.fonts, eval_sets.truth)
sys.path.insert(0, str(ROOT))

import p_shizhuang  # noqa: E402

MODULES = [p_shizhuang]
for name in ("p_zhongwei", "p_xingyun", "p_hegong"):
    try:
        MODULES.append(__import__(name))
    except ModuleNotFoundError:
        pass


def main():
    for d in ("packages", "truth"):
        shutil.rmtree(ROOT / d, ignore_errors=True)
    for m in MODULES:
        pkg = m.build()
        print(pkg.pid, len(pkg.files), "files", len(pkg.facts), "facts", len(pkg.problems), "problems")
    shutil.rmtree(ROOT / ".tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
