"""Build blind set h77 (evidence filed by annex number): 4 packages and their truth.

    .venv/bin/python eval_sets/blind/h77/build.py               # packages/ (git-ignored) and truth/
    .venv/bin/python eval_sets/blind/h77/build.py --out /tmp/x  # packages and truth under /tmp/x

Deterministic: fixed seeds, reportlab invariant=1, fixed zip dates and core properties.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
for p in (str(HERE), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)

import h77kit
import pkg_huaxing
import pkg_tansuo
import pkg_xinhua
import pkg_xipaie

MODULES = [pkg_xipaie, pkg_tansuo, pkg_huaxing, pkg_xinhua]


def packages():
    return [m.make() for m in MODULES]


def resolve_seals(art) -> dict:
    if not art.seals:
        return {}
    n = len(h77kit.layout(art.doc))
    return {(k if k >= 0 else n + k): v for k, v in art.seals.items()}


def write_artifact(art, base: Path) -> None:
    path = base / art.rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if art.kind == "pdf":
        h77kit.write_pdf(art.doc, path, art.title)
    elif art.kind == "scan":
        h77kit.scan_doc(art.doc, path, art.seed, resolve_seals(art), bw_pages=art.bw, title=art.title)
    elif art.kind == "mixed":
        h77kit.mixed_pdf(art.doc, path, art.scanned, art.seed, resolve_seals(art), title=art.title)
    elif art.kind in ("docx", "xlsx"):
        art.writer(path)
    else:
        raise ValueError(art.kind)


def _job(args):
    mod_index, art_index, base = args
    pkg = MODULES[mod_index].make()
    write_artifact(pkg.artifacts[art_index], Path(base))
    return pkg.artifacts[art_index].rel


def truth_json(pkg, rel_root: str) -> str:
    from eval_sets.truth import PackageTruth, PlatformRef, dump_truth

    truth = PackageTruth(
        package_id=pkg.pid, description=pkg.description, path=f"{rel_root}/{pkg.pid}", delivery="folder",
        platform=PlatformRef(list_no=pkg.list_no, listed_name=pkg.listed_name, company=pkg.company,
                             declared_name=pkg.declared_name, participated_2023=pkg.p2023),
        layout=pkg.layout,
        files={a.rel: a.role for a in sorted(pkg.artifacts, key=lambda a: a.rel)},
        secrets=pkg.secrets,
        summary_rows=[{"label": lab, "value": val, "normalized": norm} for lab, val, norm in pkg.summary],
        evidence_facts=pkg.facts,
        problems=pkg.problems,
    )
    return dump_truth(truth)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write packages (and truth/) under this folder instead of eval_sets/blind/h77/")
    ap.add_argument("--jobs", type=int, default=4)
    args = ap.parse_args(argv)
    if args.out:
        pkg_root = Path(args.out).resolve()
        truth_dir = pkg_root / "truth"
    else:
        pkg_root = HERE / "packages"
        truth_dir = HERE / "truth"
    rel_root = "eval_sets/blind/h77/packages"
    pkgs = packages()
    jobs = []
    for mi, pkg in enumerate(pkgs):
        target = pkg_root / pkg.pid
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for ai in range(len(pkg.artifacts)):
            jobs.append((mi, ai, str(target)))
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as ex:
            list(ex.map(_job, jobs, chunksize=2))
    else:
        for j in jobs:
            _job(j)
    truth_dir.mkdir(parents=True, exist_ok=True)
    for pkg in pkgs:
        (truth_dir / f"{pkg.pid}.json").write_text(truth_json(pkg, rel_root), encoding="utf-8")
        print(f"{pkg.pid}: {len(pkg.artifacts)} files, {len(pkg.facts)} facts, {len(pkg.problems)} problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
