"""Truth JSON of a package in the eval_sets.truth schema (validated through its pydantic models)."""

from __future__ import annotations

from eval_sets.blind.h80.labels import LABELS
from eval_sets.blind.h80.model import Package
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

REL_ROOT = "eval_sets/blind/h80/packages"


def summary_rows(pkg: Package) -> list[SummaryRow]:
    """What a reviewer writes in 附件4: the 申报表's value (not the applicant's 汇总表 when they differ)."""
    rows = []
    for label in LABELS:
        disp, norm = pkg.declared[label]
        if norm is None:
            disp = ""
        rows.append(SummaryRow(label=label, value=disp, normalized=norm))
    return rows


def make_truth(pkg: Package, files: dict[str, str], facts: list[dict], layout: list[str], description: str) -> str:
    s = pkg.spec
    problems = [Problem(id=f"{pkg.pid}-{i:02d}-{p['family']}", family=p["family"], fields=p["fields"], files=p["files"],
                        severity=p["severity"], description=p["description"])
                for i, p in enumerate(s.get("problems", []), start=1)]
    truth = PackageTruth(
        package_id=pkg.pid,
        description=description,
        path=f"{REL_ROOT}/{pkg.pid}",
        delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"],
                             declared_name=s["declared_name"], participated_2023=s["participated"]),
        layout=layout,
        files=files,
        secrets=[s["password"]],
        summary_rows=summary_rows(pkg),
        evidence_facts=[EvidenceFact(**f) for f in facts],
        problems=problems,
    )
    return dump_truth(truth)
