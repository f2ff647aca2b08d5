"""Build the h11 holdout set: packages/<id>/... and truth/<id>.json.  Deterministic.

Run: .venv/bin/python eval_sets/blind/h11/build.py
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository

import lib  # noqa: E402
import model  # noqa: E402
import render_evidence as ev  # noqa: E402
import render_forms as rf  # noqa: E402
import specs  # noqa: E402
from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402
from packages_extra import extras  # noqa: E402

OUT = HERE / "packages"
TRUTH = HERE / "truth"


def build_package(S, tmp):
    root = OUT / S["id"]
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    S.setdefault("overseas_total", sum(S["overseas"].values()))
    model.derive(S)
    extras(S)  # co, book, proof, ip_object …
    plan = S["plan"]
    files, facts = {}, []
    seed = 1000 + S["list_no"] * 17
    # evidence first (proof column quotes their pages)
    for i, item in enumerate(plan["evidence"]):
        rel, role, fn = item
        facts += fn(root, rel, tmp, seed + 31 * i) or []
        files[rel] = role
    S["proof"] = S["make_proof"](S, facts)
    f = plan["forms"]
    if "form_docx" in f:
        rf.form_docx(S, root / f["form_docx"], f.get("layout", "levels")); files[f["form_docx"]] = "申报表"
    if "form_xlsx" in f:
        rf.form_xlsx(S, root / f["form_xlsx"]); files[f["form_xlsx"]] = "申报表"
    if "form_scan" in f:
        rf.form_scan(S, root / f["form_scan"], tmp, seed + 3); files[f["form_scan"]] = "申报表扫描件"
    if "book_docx" in f:
        rf.book_docx(S, root / f["book_docx"]); files[f["book_docx"]] = "申报书"
    if "book_pdf" in f:
        rf.book_pdf(S, root / f["book_pdf"]); files[f["book_pdf"]] = "申报书"
    if "summary" in f:
        rel, kind = f["summary"]
        {"xlsx_h": rf.summary_xlsx_horizontal, "xlsx_v": rf.summary_xlsx_vertical,
         "xlsx_g": lambda S, p: rf.summary_xlsx_vertical(S, p, grouped=True), "docx": rf.summary_docx}[kind](S, root / rel)
        files[rel] = "汇总表"
    if "commit_scan" in f:
        rf.commitment_scan(S, root / f["commit_scan"], tmp, seed + 5); files[f["commit_scan"]] = "承诺"
    if "commit_docx" in f:
        rf.commitment_docx(S, root / f["commit_docx"]); files[f["commit_docx"]] = "承诺"
    if "contact" in f:
        rf.contact_docx(S, root / f["contact"]); files[f["contact"]] = "联系人表"
    truth = {
        "schema_version": 1, "package_id": S["id"], "description": S["description"],
        "path": f"packages/{S['id']}", "delivery": "folder",
        "platform": {"list_no": S["list_no"], "listed_name": S["listed_name"], "company": S["company"],
                     "declared_name": S["declared_name"], "participated_2023": S["participated"]},
        "layout": S["layout"], "files": dict(sorted(files.items())), "secrets": S["secrets"],
        "summary_rows": [{"label": k, "value": v, "normalized": n} for k, (v, n) in S["a4"].items()],
        "evidence_facts": facts, "problems": S["truth_problems"],
    }
    t = PackageTruth.model_validate(truth)
    (TRUTH / f"{S['id']}.json").write_text(dump_truth(t), encoding="utf-8")
    return t


def main():
    OUT.mkdir(exist_ok=True)
    TRUTH.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for S in specs.all_specs():
            t = build_package(S, tmp)
            print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")


if __name__ == "__main__":
    main()
