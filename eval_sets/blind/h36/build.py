"""Build the h36 blind set: packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python eval_sets/blind/h36/build.py [--out DIR]

Deterministic (fixed seeds, fixed zip dates/core properties, reportlab invariant=1)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import p1, p2, p3, p4  # noqa: E402

SPECS = [p1, p2, p3, p4]
REL = "eval_sets/blind/h36"


def build(out: Path) -> list[Path]:
    written = []
    for spec in SPECS:
        P = spec.package()
        root = out / "packages" / P["id"]
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        files, facts, layout, desc, problems = spec.write(P, root)
        truth = {
            "schema_version": 1, "package_id": P["id"], "description": desc,
            "path": f"{REL}/packages/{P['id']}", "delivery": "folder",
            "platform": {"list_no": P["list_no"], "listed_name": P["listed_name"], "company": P["company"],
                         "declared_name": P["declared_name"], "participated_2023": P["participated_2023"]},
            "layout": layout, "files": files, "secrets": [P["pl"]["password"]],
            "summary_rows": P["summary_rows"], "evidence_facts": facts, "problems": problems,
        }
        tdir = out / "truth"
        tdir.mkdir(parents=True, exist_ok=True)
        path = tdir / f"{P['id']}.json"
        path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args()
    for p in build(Path(args.out)):
        print(p)
