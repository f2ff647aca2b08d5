"""Build blind set h72: four application packages and their truth JSON.

    .venv/bin/python eval_sets/blind/h72/build.py [--out DIR] [--truth-out DIR] [--only PID]

Packages go to eval_sets/blind/h72/packages/ (git-ignored) unless --out is given; truth JSON goes to
eval_sets/blind/h72/truth/ unless --truth-out is given. A truth's `path` always names the package under
eval_sets/blind/h72/packages/.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
for p in (str(HERE), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)

import h72_pkg_a  # noqa: E402
import h72_pkg_b  # noqa: E402
import h72_pkg_c  # noqa: E402
import h72_pkg_d  # noqa: E402
from h72_docs import write_doc  # noqa: E402
from h72_model import summary_rows  # noqa: E402
from h72_render import write_zip  # noqa: E402

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

PACKAGES = [h72_pkg_a, h72_pkg_b, h72_pkg_c, h72_pkg_d]
REL = "eval_sets/blind/h72/packages"


def truth_of(pkg, files: dict[str, str]) -> PackageTruth:
    prefix = f"{pkg.top}/" if pkg.delivery == "zip" else ""

    def fix(name: str) -> str:
        return prefix + name

    facts = [dict(f, file=fix(f["file"])) for f in pkg.facts]
    problems = [dict(p, files=[fix(x) for x in p["files"]]) for p in pkg.problems]
    data = dict(
        schema_version=1, package_id=pkg.pid, description=pkg.description,
        path=f"{REL}/{pkg.pid}" + (".zip" if pkg.delivery == "zip" else ""), delivery=pkg.delivery,
        platform=dict(list_no=pkg.list_no, listed_name=pkg.listed_name, company=pkg.company,
                      declared_name=pkg.declared_name, participated_2023=pkg.p2023),
        layout=pkg.layout, files={fix(k): v for k, v in files.items()}, secrets=pkg.secrets,
        summary_rows=summary_rows(pkg), evidence_facts=facts, problems=problems)
    return PackageTruth.model_validate(data)


def build_one(mod, out: Path, truth_dir: Path) -> PackageTruth:
    pkg, docs = mod.make()
    pages: dict[str, int] = {}
    if pkg.delivery == "zip":
        stage = Path(tempfile.mkdtemp(prefix="h72_"))
        try:
            base = stage / pkg.top
            for d in docs:
                pages[d.path] = write_doc(base, d)
            zpath = out / f"{pkg.pid}.zip"
            if zpath.exists():
                zpath.unlink()
            write_zip(zpath, stage, pkg.top)
        finally:
            shutil.rmtree(stage)
    else:
        root = out / pkg.pid
        if root.exists():
            shutil.rmtree(root)
        for d in docs:
            pages[d.path] = write_doc(root, d)
    for f in pkg.facts:
        if f["page"] > pages[f["file"]]:
            raise AssertionError(f"{pkg.pid}: fact on page {f['page']} of {f['file']} ({pages[f['file']]} pages)")
    truth = truth_of(pkg, {d.path: d.role for d in docs})
    truth_dir.mkdir(parents=True, exist_ok=True)
    (truth_dir / f"{pkg.pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    return truth


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "packages")
    ap.add_argument("--truth-out", type=Path, default=HERE / "truth")
    ap.add_argument("--only", default="")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for mod in PACKAGES:
        if args.only and args.only not in mod.PID:
            continue
        t = build_one(mod, args.out, args.truth_out)
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
