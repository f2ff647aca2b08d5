"""Build the h28 blind set: packages/<id>/ and truth/<id>.json. Deterministic (run twice → same bytes).
Run (from the repository): .venv/bin/python eval_sets/blind/h28/build.py"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(HERE))

from h28lib import p28, p04, p15, p24  # noqa: E402

MODULES = [p28, p04, p15, p24]


def main(argv):
    only = set(argv[1:])
    for mod in MODULES:
        if only and mod.PID not in only:
            continue
        root = HERE / "packages" / mod.PID
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        data = mod.build(root, HERE / "truth")
        print(f"{mod.PID}: {len(data['files'])} files, {len(data['evidence_facts'])} facts, {len(data['problems'])} problems")


if __name__ == "__main__":
    main(sys.argv)
