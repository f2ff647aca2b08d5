"""Builds every package of the h18 set and its truth: `python build.py [name…]` (deterministic)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(ROOT))

import pkg_baowu  # noqa: E402
import pkg_guowang  # noqa: E402
import pkg_shizhuang  # noqa: E402
import pkg_sumi  # noqa: E402

MODULES = {"guowang": (pkg_guowang, "h18_guowang_clean"), "sumi": (pkg_sumi, "h18_sumi_problems"),
           "baowu": (pkg_baowu, "h18_baowu_problems"), "shizhuang": (pkg_shizhuang, "h18_shizhuang_problems")}


def main():
    only = sys.argv[1:] or list(MODULES)
    for key in only:
        mod, pid = MODULES[key]
        shutil.rmtree(ROOT / "packages" / pid, ignore_errors=True)
        P = mod.build()
        P.write_truth()
        print(f"{P.pid}: {len(P.files)} files, {len(P.facts)} facts, {len(P.problems)} problems")


if __name__ == "__main__":
    main()
