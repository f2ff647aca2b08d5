"""Build blind set h74 (pictures inside office documents).

    .venv/bin/python eval_sets/blind/h74/build.py [--out DIR] [--only PACKAGE_ID]

Writes the four packages to eval_sets/blind/h74/packages/ (or DIR), the truth JSON to
eval_sets/blind/h74/truth/<package_id>.json, and, beside the packages (not inside any of them),
_h74_manifest.json: where each picture and scanned page sits and the strings drawn into it, for verify.py.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit  # noqa: E402,F401  (sets up the repository path and fonts)
from kit import REPO, zip_folder  # noqa: E402
from model import dumps, manifest_entry, truth_json  # noqa: E402

import pkg_a  # noqa: E402
import pkg_b  # noqa: E402
import pkg_c  # noqa: E402
import pkg_d  # noqa: E402

MODULES = (pkg_a, pkg_b, pkg_c, pkg_d)
DEFAULT_OUT = HERE / "packages"
TRUTH_DIR = HERE / "truth"


def make_all(only: str | None = None):
    return [m.make() for m in MODULES if only is None or m.PID == only]


def write(pkgs, out: Path, truth_dir: Path | None):
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for p in pkgs:
        if p.delivery == "zip":
            target = out / f"{p.pid}.zip"
            files = {f"{p.root}/{k}": v for k, v in p.files.items()}
            target.write_bytes(zip_folder(files))
        else:
            target = out / p.pid
            if target.exists():
                shutil.rmtree(target)
            for name, data in p.files.items():
                f = target / name
                f.parent.mkdir(parents=True, exist_ok=True)
                f.write_bytes(data)
        if truth_dir is not None:
            try:
                repo_path = str(target.resolve().relative_to(REPO))
            except ValueError:
                repo_path = str(target.resolve())
            truth_dir.mkdir(parents=True, exist_ok=True)
            (truth_dir / f"{p.pid}.json").write_text(truth_json(p, repo_path), encoding="utf-8")
        manifest.append(manifest_entry(p))
    mpath = out / "_h74_manifest.json"
    if mpath.exists():  # a partial build (--only) keeps the other packages' entries
        import json
        built = {m["package_id"] for m in manifest}
        manifest += [m for m in json.loads(mpath.read_text(encoding="utf-8")) if m["package_id"] not in built]
    manifest.sort(key=lambda m: m["package_id"])
    mpath.write_text(dumps(manifest) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the packages go")
    ap.add_argument("--only", default=None, help="build one package id")
    ap.add_argument("--no-truth", action="store_true", help="do not (re)write truth/*.json")
    args = ap.parse_args(argv)
    t0 = time.time()
    pkgs = make_all(args.only)
    truth_dir = None if args.no_truth else TRUTH_DIR
    if args.out.resolve() != DEFAULT_OUT.resolve() and not args.no_truth:
        # a side build keeps the committed truth paths pointing at the default folder
        truth_dir = None
    write(pkgs, args.out, truth_dir)
    for p in pkgs:
        print(f"{p.pid}: {len(p.files)} files, {len(p.facts)} facts, {len(p.problems)} problems")
    print(f"built in {time.time() - t0:.1f}s -> {args.out}")


if __name__ == "__main__":
    main()
