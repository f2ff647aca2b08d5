"""Build the h85 blind set: four clean packages under packages/, their truth under truth/, drawn_text.json.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h85.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties): a second build into
--out DIR is byte-identical (diff -r)."""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h85.kit import DRAWN
from eval_sets.blind.h85.labels import SUMMARY_LABELS
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
MODULES = {  # package id -> (module, seed)
    "h85_xingyun_clean": ("pkg_xingyun", 8523),
    "h85_waigaoqiao_clean": ("pkg_waigaoqiao", 8529),
    "h85_hongzhiwei_clean": ("pkg_hongzhiwei", 8504),
    "h85_hemudu_clean": ("pkg_hemudu", 8520),
}


def make_truth(pkg, files: dict, facts: list, layout: list, desc: str, out_root: Path) -> str:
    rows = [SummaryRow(label=label, value=pkg.display[label], normalized=pkg.values[label]) for label in SUMMARY_LABELS]
    rel = f"eval_sets/blind/h85/packages/{pkg.pid}"
    truth = PackageTruth(
        package_id=pkg.pid, description=desc, path=rel, delivery="folder",
        platform=PlatformRef(list_no=pkg.list_no, listed_name=pkg.listed_name, company=pkg.company,
                             declared_name=pkg.declared_name, participated_2023=pkg.participated_2023),
        layout=layout, files=dict(sorted(files.items())), secrets=[pkg.spec["account"][1]], summary_rows=rows,
        evidence_facts=[EvidenceFact(label=f.label, value=f.value, unit=f.unit, normalized=f.normalized, file=f.file,
                                     page=f.page, quote=f.quote, row_label=f.row_label, column_label=f.column_label,
                                     component=f.component, image_only=f.image_only) for f in facts],
        problems=[])
    return dump_truth(truth)


def build_one(pid: str, packages: Path, truth_dir: Path) -> int:
    name, seed = MODULES[pid]
    module = importlib.import_module(f"eval_sets.blind.h85.{name}")
    target = packages / pid
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    pkg, files, facts, layout, desc = module.build(target, seed)
    on_disk = {str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()}
    assert on_disk == set(files), (pid, on_disk ^ set(files))
    (truth_dir / f"{pid}.json").write_text(make_truth(pkg, files, facts, layout, desc, packages), encoding="utf-8")
    return len(facts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/, drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    total = 0
    for pid in args.only or MODULES:
        n = build_one(pid, packages, truth_dir)
        total += n
        print(f"{pid}: {n} facts  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(p): t for p, t in sorted(v.items())} for k, v in DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"total facts: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
