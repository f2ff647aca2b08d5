"""Builds the h29 holdout set: packages/<id>/ and truth/<id>.json. Deterministic (run twice → same bytes).

    .venv/bin/python eval_sets/blind/h29/build.py [package_id ...]    (from the repository)
"""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[2]))  # the repository (eval_sets.generator.fonts)
sys.path.insert(0, str(ROOT))

import pkgkit  # noqa: E402
import spec_711  # noqa: E402

SPECS = {"h29_711_clean": spec_711}
for name in ("spec_sumi", "spec_ouyeel", "spec_tansuo"):
    try:
        mod = __import__(name)
        SPECS[mod.PID] = mod
    except ModuleNotFoundError:
        pass


def main(only=()):
    for pid, mod in SPECS.items():
        if only and pid not in only:
            continue
        out = ROOT / "packages" / pid
        if out.exists():
            shutil.rmtree(out)
        p = mod.build(ROOT, ROOT / "truth")
        pkgkit.write_truth(out, ROOT / "truth", p)
        print(pid, "files", len(p.files), "facts", len(p.facts), "problems", len(p.problems))


if __name__ == "__main__":
    main(sys.argv[1:])
