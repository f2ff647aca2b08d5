"""Build the h44 blind set: packages/<id>/… and truth/<id>.json (deterministic).

    /work/main/.venv/bin/python eval_sets/blind/h44/build.py [--out DIR]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import common  # noqa: E402
import docs  # noqa: E402
import pkg_a  # noqa: E402
import pkg_b  # noqa: E402
import pkg_c  # noqa: E402
import pkg_d  # noqa: E402

PACKAGES = (pkg_a, pkg_b, pkg_c, pkg_d)
PATH_ROOT = "eval_sets/blind/h44/packages"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE, help="folder receiving packages/ and truth/")
    args = ap.parse_args(argv)
    out_root = args.out
    scratch = out_root / "scratch"
    for sub in ("packages", "truth", "scratch"):
        shutil.rmtree(out_root / sub, ignore_errors=True)
    scratch.mkdir(parents=True)
    (out_root / "truth").mkdir(parents=True)
    for mod in PACKAGES:
        pid_dir = out_root / "packages"
        tmp = pid_dir / "_building"
        tmp.mkdir(parents=True, exist_ok=True)
        p = mod.build(tmp, scratch)
        tmp.rename(pid_dir / p.pid)
        text = common.truth_json(p, PATH_ROOT, docs.summary_rows(p))
        (out_root / "truth" / f"{p.pid}.json").write_text(text, encoding="utf-8")
        print(p.pid, len(p.files), "files", len(p.facts), "facts", len(p.problems), "problems")
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
