"""Build the h89 blind set ("a day's batch"): four packages under packages/, their truth under truth/, drawn_text.json.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h89.build [--only PID] [--out DIR]

Deterministic: fixed seeds, reportlab invariant=1, fixed zip dates and core properties."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h89 import render as R
from eval_sets.blind.h89.labels import SUMMARY_LABELS
from eval_sets.blind.h89.model import summary_value
from eval_sets.blind.h89.pkgs import BUILDERS
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def make_truth(pkg, files, facts, layout, desc, problems) -> str:
    s = pkg.spec
    rows = [SummaryRow(label=lab, value=summary_value(lab, pkg.declared[lab], s), normalized=pkg.declared[lab]) for lab in SUMMARY_LABELS]
    t = PackageTruth(
        package_id=pkg.pid, description=desc, path=f"eval_sets/blind/h89/packages/{pkg.pid}", delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"], declared_name=s["declared_name"],
                             participated_2023=s["participated"]),
        layout=layout, files=dict(sorted(files.items())), secrets=[s["account"][1]], summary_rows=rows,
        evidence_facts=[EvidenceFact(**f) for f in facts], problems=[Problem(**p) for p in problems])
    return dump_truth(t)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/ and drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or BUILDERS:
        fn, seed = BUILDERS[pid]
        target = packages / pid
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        pkg, files, facts, layout, desc, problems = fn(packages, seed)
        on_disk = {str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()}
        assert on_disk == set(files), (pid, on_disk ^ set(files))
        (truth_dir / f"{pid}.json").write_text(make_truth(pkg, files, facts, layout, desc, problems), encoding="utf-8")
        print(f"{pid}: {len(facts)} facts, {len(problems)} problems  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(p): t for p, t in sorted(v.items())} for k, v in R.DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
