"""Build the h13 holdout set: packages/ and truth/ (and truth_drawn/, the text drawn into images, for verify.py).
Deterministic: fixed seeds, fixed document dates.  Run:  .venv/bin/python eval_sets/blind/h13/build.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pkg_hongzhiwei  # noqa: E402
import pkg_laiyifen  # noqa: E402
import pkg_tansuo  # noqa: E402
import pkg_zhaogang  # noqa: E402

PACKAGES = [pkg_zhaogang, pkg_hongzhiwei, pkg_laiyifen, pkg_tansuo]

if __name__ == "__main__":
    only = sys.argv[1:]
    for mod in PACKAGES:
        if only and not any(o in mod.PID for o in only):
            continue
        pkg = mod.build()
        print(pkg.pid, "files", len(pkg.files), "facts", len(pkg.facts), "problems", len(pkg.problems))
