"""Shared package assembly: truth JSON writing and frequent proof mappings."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def write_truth(pkg, description, layout, secrets):
    truth = {
        "schema_version": 1,
        "package_id": pkg.pid,
        "description": description,
        "path": f"packages/{pkg.pid}",
        "delivery": "folder",
        "platform": {"list_no": pkg.list_no, "listed_name": pkg.listed_name, "company": pkg.company,
                     "declared_name": pkg.declared_name, "participated_2023": pkg.participated},
        "layout": layout,
        "files": dict(sorted(pkg.files.items())),
        "secrets": secrets,
        "summary_rows": pkg.summary_rows(),
        "evidence_facts": pkg.facts,
        "problems": pkg.problems,
    }
    out = ROOT / "truth" / f"{pkg.pid}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    drawn = ROOT / "truth_drawn" / f"{pkg.pid}.json"
    drawn.parent.mkdir(parents=True, exist_ok=True)
    drawn.write_text(json.dumps(pkg.drawn, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def pkg_dir(pkg):
    d = ROOT / "packages" / pkg.pid
    return d


def wan(yuan):
    return round(yuan / 10000, 2)
