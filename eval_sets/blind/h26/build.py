"""Builds the h26 holdout set: packages/<id>/ and truth/<id>.json. Deterministic (fixed seeds).
Run (from the repository): .venv/bin/python eval_sets/blind/h26/build.py"""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(ROOT))

import spec_xingyun  # noqa: E402

SPECS = [spec_xingyun]
for extra in ("spec_xinhua", "spec_sijian", "spec_hangfa"):
    try:
        SPECS.append(__import__(extra))
    except ModuleNotFoundError:
        pass


def main():
    for d in ("packages", "truth"):
        shutil.rmtree(ROOT / d, ignore_errors=True)
    for spec in SPECS:
        k = spec.build()
        k.write_truth()
        print(k.id, "files", len(k.files), "facts", len(k.facts), "problems", len(k.problems),
              "audit:", k.audit_issues)


if __name__ == "__main__":
    main()
