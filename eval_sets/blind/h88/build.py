"""Build the h88 blind set ("last year's package, reused"): four packages under packages/, truth under truth/,
and drawn_text.json (text drawn into scans and screenshots).

    cd /work/main && .venv/bin/python -m eval_sets.blind.h88.build [--only PID] [--out DIR]

Deterministic: fixed seeds, reportlab invariant=1, fixed DOCX/XLSX core properties and zip dates."""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h88.labels import SUMMARY_LABELS
from eval_sets.blind.h88.pkgs import PACKAGES
from eval_sets.blind.h88.render import DRAWN
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
ROLES = {"contact": "联系人表", "form": "申报表", "scan": "申报表扫描件", "book": "申报书", "summary": "汇总表", "commit": "承诺",
         "audit": "evidence:audit_report", "audit22": "evidence:audit_report", "device": "evidence:device_list",
         "ent": "evidence:other", "ip": "evidence:patent_list", "shot1": "evidence:screenshot", "shot2": "evidence:screenshot",
         "app": "evidence:other", "award": "evidence:award_list", "cert": "evidence:other"}


def build_one(pid: str, packages: Path, truth_dir: Path) -> tuple[int, int]:
    fn, seed = PACKAGES[pid]
    root = packages / pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    rng = random.Random(seed)
    p, names, facts, probs, layout, desc = fn(root, rng, pid)
    files = {names[k]: ROLES[k] for k in names}
    on_disk = {str(x.relative_to(root)) for x in root.rglob("*") if x.is_file()}
    assert on_disk == set(files), (pid, on_disk ^ set(files))
    s = p.spec
    rows = [SummaryRow(label=lab, value=p.disp[lab], normalized=p.vals[lab]) for lab in SUMMARY_LABELS]
    try:
        path = str((packages / pid).resolve().relative_to(REPO))
    except ValueError:
        path = f"eval_sets/blind/h88/packages/{pid}"
    truth = PackageTruth(
        package_id=pid, description=desc, path=path, delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"],
                             declared_name=s["declared_name"], participated_2023=s["participated"]),
        layout=layout, files=dict(sorted(files.items())), secrets=[s["account"][1]], summary_rows=rows,
        evidence_facts=[EvidenceFact(**f) for f in facts], problems=[Problem(**x) for x in probs])
    (truth_dir / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    return len(facts), len(probs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/ and drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or PACKAGES:
        nf, npb = build_one(pid, packages, truth_dir)
        print(f"{pid}: {nf} facts, {npb} problems  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(pg): t for pg, t in sorted(v.items())} for k, v in DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
