"""Builds the h14 blind labelled set: packages/<id>/ and truth/<id>.json. Deterministic."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from lib.kit import write_truth  # noqa: E402
import importlib  # noqa: E402

MODULES = [importlib.import_module(f"pkgs.{n}") for n in ("p1_huayi", "p2_aimuyi", "p3_zhijing", "p4_hegongyuan") if (ROOT / "pkgs" / f"{n}.py").exists()]


def main(only=None):
    for m in MODULES:
        if only and m.PID not in only:
            continue
        pkg = ROOT / "packages" / m.PID
        if pkg.exists():
            shutil.rmtree(pkg)
        truth = m.build(ROOT)
        write_truth(ROOT / "truth" / f"{m.PID}.json", truth)
        print(m.PID, "files", len(truth["files"]), "facts", len(truth["evidence_facts"]), "problems", len(truth["problems"]))


if __name__ == "__main__":
    main(sys.argv[1:] or None)
