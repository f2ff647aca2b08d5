"""Assemble one package: application documents from the declared values, evidence from the real ones, truth JSON."""
from __future__ import annotations

import copy
from pathlib import Path

from eval_sets.blind.h82 import docs as D
from eval_sets.blind.h82.evidence import Pkg
from eval_sets.blind.h82.labels import CHAPTERS, SUMMARY_LABELS
from eval_sets.blind.h82.model import apply, check_limits, derive, sval
from eval_sets.blind.h82.texts import narrative, texts
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

CLAIMS: dict[str, list] = {}  # package id -> [(label, sentence, approx)] quoted in the 申报书


def build_package(pid: str, packages: Path, tmp: Path, rng, spec: dict) -> tuple[str, int]:
    p = spec["p"]
    real = derive(p)
    V = apply(real, spec.get("declare", {}))  # what the 申报表 says
    if "declare_fn" in spec:
        V = apply(V, spec["declare_fn"](V))
    T = texts(p, V)
    check_limits(T)
    names = spec["names"]
    root = packages / pid
    pk = Pkg(pid, root, tmp, rng)

    # evidence first (real values); it returns the proof column entries
    proofs = spec["evidence"](pk, p, real)

    # 申报表
    form_kind = spec["form"]
    if form_kind.startswith("docx"):
        D.form_docx(pk.path(names["form"], "申报表"), p, V, T, proofs, columns=form_kind.split(":")[1], sep=spec.get("sep", False))
    else:
        D.form_xlsx(pk.path(names["form"], "申报表"), p, V, T, proofs)
    src = tmp / f"{pid}_form_src.pdf"
    D.form_pdf(src, p, V, T, proofs)
    from eval_sets.blind.h82 import render as R
    n_pages = len(R.pdf_texts(src))
    R.scan_pdf(src, pk.path(names["scan"], "申报表扫描件"), rng, seals={0: (0.62, 0.33), n_pages - 1: (0.7, 0.8)},
               seal_text=p["company"], grey_pages=tuple(range(1, n_pages - 1)), scale=1.3)

    # 汇总表 (the applicant's copy, possibly with slips)
    S = {lab: sval(lab, V[lab], p) for lab in SUMMARY_LABELS}
    S.update(spec.get("summary_diff", {}))
    kind = spec["summary"]
    if kind == "docx":
        D.summary_docx(pk.path(names["summary"], "汇总表"), S, p["contact"][0])
    else:
        D.summary_xlsx(pk.path(names["summary"], "汇总表"), S, horizontal=kind == "xlsx-h", yes_no_suffix=spec.get("yn_suffix", False))

    # 申报书
    claims = spec["claims"](V)
    CLAIMS[pid] = [(lab, sent, approx) for part in claims.values() for lab, sent, approx in part]
    ch = narrative(p, V, {k: [s for _, s, _ in v] for k, v in claims.items()})
    ch["六、附件及其他说明材料"] = [f"附件{i}：{Path(n).name}" for i, n in enumerate(
        [n for n, r in pk.files.items() if r.startswith("evidence:")], 1)]
    items = D.narrative_doc(ch, p, V, include7=p["participated"], compare_rows=spec.get("compare"), section7=spec.get("section7"))
    if names["narrative"].endswith(".pdf"):
        D.narrative_pdf(pk.path(names["narrative"], "申报书"), items)
    else:
        D.narrative_docx(pk.path(names["narrative"], "申报书"), items, p["contact"][0])

    D.contact_docx(pk.path(names["contact"], "联系人表"), p, V)
    if names["commit"].endswith(".docx"):
        D.commitment_docx(pk.path(names["commit"], "承诺"), p)
    else:
        D.commitment_scan(pk.path(names["commit"], "承诺"), p, rng, tmp)

    on_disk = {str(x.relative_to(root)) for x in root.rglob("*") if x.is_file()}
    assert on_disk == set(pk.files), on_disk ^ set(pk.files)

    truth = PackageTruth(
        package_id=pid, description=spec["description"], path=f"eval_sets/blind/h82/packages/{pid}", delivery="folder",
        platform=PlatformRef(list_no=p["list_no"], listed_name=p["name"], company=p["company"], declared_name=V["平台名称"],
                             participated_2023=p["participated"]),
        layout=spec["layout"], files=dict(sorted(pk.files.items())), secrets=[p["account"][1]],
        summary_rows=[SummaryRow(label=lab, value=sval(lab, V[lab], p), normalized=V[lab]) for lab in SUMMARY_LABELS],
        evidence_facts=[EvidenceFact(**f) for f in pk.facts],
        problems=[Problem(id=f"{pid}-{i:02d}-{pr['family']}", **pr) for i, pr in enumerate(spec.get("problems", []), 1)])
    return dump_truth(truth), len(pk.facts)
