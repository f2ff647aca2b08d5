"""Builds the h10 holdout set: packages/<id>/ and truth/<id>.json. Deterministic (fixed seeds)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h10lib import forms  # noqa: E402
from specs import p1_xinhua, p2_ouye, p3_lianqing, p4_yanfeng  # noqa: E402

SPECS = [p1_xinhua, p2_ouye, p3_lianqing, p4_yanfeng]


def main(only: list[str] | None = None) -> None:
    for spec in SPECS:
        if only and spec.ID not in only:
            continue
        root = HERE / "packages" / spec.ID
        if root.exists():
            shutil.rmtree(root)
        pkg = spec.build(HERE)
        forms.write_truth(pkg, HERE / "truth", f"packages/{spec.ID}")
        print(spec.ID, len(pkg.files), "files", len(pkg.facts), "facts", len(pkg.problems), "problems")


if __name__ == "__main__":
    main(sys.argv[1:] or None)
