"""Turns a package spec into files on disk and a PackageTruth.

spec["declare"] holds what the 申报表 says instead of the real value (planted problems);
spec["plan"] lists the evidence files: (relative path, role, writer(path, rel, spec, v, seed) -> facts)."""

from __future__ import annotations

import shutil
from pathlib import Path

from eval_sets.blind.h83 import docs
from eval_sets.blind.h83.common import default_answers, default_texts
from eval_sets.blind.h83.lib import zip_folder
from eval_sets.blind.h83.model import LABELS, derive
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth


def build_package(s: dict, packages: Path, truth_dir: Path, seed: int) -> int:
    pid = s["pid"]
    s.setdefault("texts", {})
    s["texts"] = {**default_texts(s), **s["texts"]}
    s["answers"] = {**default_answers(s), **s.get("answers", {})}
    v = derive(s, seed)
    d = {**v, **s.get("declare", {})}
    zipped = s.get("zip_root")
    target = packages / pid
    for p in (target, packages / f"{pid}.zip"):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    base = target / zipped if zipped else target
    base.mkdir(parents=True)
    files: dict[str, str] = {}
    facts: list[dict] = []

    def add(rel: str, role: str):
        files[rel] = role
        return base / rel

    app = s["app_files"]
    docs.write_contacts(add(app["联系人表"], "联系人表"), s, d)
    if app["申报表"].endswith(".xlsx"):
        docs.write_form_xlsx(add(app["申报表"], "申报表"), s, d)
    else:
        docs.write_form_docx(add(app["申报表"], "申报表"), s, d)
    docs.form_scan(add(app["申报表扫描件"], "申报表扫描件"), s, d, seed + 1, pid, _rel(zipped, app["申报表扫描件"]))
    kind = app.get("汇总表_kind", "xlsx")
    docs.write_summary(add(app["汇总表"], "汇总表"), s, d, kind)
    if app.get("承诺"):
        docs.write_commitment(add(app["承诺"], "承诺"), s, seed + 2, pid, _rel(zipped, app["承诺"]),
                              "docx" if app["承诺"].endswith(".docx") else "scan")
    for k, (rel, role, writer) in enumerate(s["plan"]):
        path = add(rel, role)
        got = writer(path, _rel(zipped, rel), s, v, seed + 10 + k)
        facts += got
    attach = s["attach"]
    book = docs.book_blocks(s, d, attach)
    if app["申报书"].endswith(".pdf"):
        from eval_sets.blind.h83.lib import write_pdf
        write_pdf(add(app["申报书"], "申报书"), book, header=f"{s['company']}  申报书")
    else:
        from eval_sets.blind.h83.lib import write_docx
        write_docx(add(app["申报书"], "申报书"), book, title="申报书")
    if zipped:
        zip_folder(base, packages / f"{pid}.zip")
        shutil.rmtree(target)
        files = {f"{zipped}/{k}": r for k, r in files.items()}
        path = f"eval_sets/blind/h83/packages/{pid}.zip"
        delivery = "zip"
    else:
        on_disk = {str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()}
        assert on_disk == set(files), on_disk ^ set(files)
        path = f"eval_sets/blind/h83/packages/{pid}"
        delivery = "folder"
    for f in facts:
        if zipped:
            f["file"] = f["file"] if f["file"].startswith(zipped + "/") else f"{zipped}/{f['file']}"
    rows = [SummaryRow(label=lab, value=docs.summary_value(lab, d[lab], s), normalized=d[lab]) for lab in LABELS]
    problems = [Problem(id=f"{pid}-{i + 1:02d}", family=p[0], fields=p[1],
                        files=[f"{zipped}/{x}" if zipped else x for x in p[2]], severity=p[3], description=p[4])
                for i, p in enumerate(s.get("problems", []))]
    truth = PackageTruth(
        package_id=pid, description=s["description"], path=path, delivery=delivery,
        platform=PlatformRef(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"],
                             declared_name=s["declared_name"], participated_2023=s["participated"]),
        layout=s["layout"], files=files, secrets=[s["login"][1]], summary_rows=rows,
        evidence_facts=[EvidenceFact(**f) for f in facts], problems=problems)
    (truth_dir / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    return len(facts)


def _rel(zipped, rel):
    return f"{zipped}/{rel}" if zipped else rel
