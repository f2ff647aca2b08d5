"""Builds every h9 package and its truth: `python build.py` (deterministic)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import p02  # noqa: E402
import p11  # noqa: E402
import p20  # noqa: E402
import p31  # noqa: E402

MODULES = [p02, p11, p20, p31]


def main(only=None):
    for m in MODULES:
        if only and only not in m.PKG:
            continue
        out = ROOT / "packages" / m.PKG
        if out.exists():
            shutil.rmtree(out)
        t = m.build(ROOT)
        print(f"{m.PKG}: {len(t['files'])} files, {len(t['evidence_facts'])} facts, {len(t['problems'])} problems")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
