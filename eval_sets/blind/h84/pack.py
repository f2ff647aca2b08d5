"""Assemble one package: derive the real and the declared model, write every document, return the truth."""

from __future__ import annotations

import copy
from pathlib import Path

from eval_sets.blind.h84 import docs
from eval_sets.blind.h84.labels import CONTENT_OF, SUMMARY
from eval_sets.blind.h84.model import derive
from eval_sets.blind.h84.narrative import chapters
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth


def build(P, root: Path, truth_dir: Path) -> tuple[int, int]:
    """P: a package module with S, K (texts), N (narrative), FILES, evidence(ctx, m_real), plant(m_decl), PROBLEMS."""
    from eval_sets.blind.h84.evidence import Ctx
    from eval_sets.blind.h84.texts import make_texts

    pid = P.PID
    target = root / pid
    T = make_texts(P.K)
    T.update(getattr(P, "T_OVERRIDE", {}))
    real = derive(P.S, T)
    S_decl = copy.deepcopy(P.S)
    S_decl.update(getattr(P, "S_DECL", {}))
    decl = derive(S_decl, T)
    ctx = Ctx(target, pid, P.S["seed"])
    facts = P.evidence(ctx, real)
    # proof column: evidence file and page per indicator
    for f in facts:
        content = CONTENT_OF.get(f["label"])
        if content:
            ref = f"{Path(f['file']).stem}，第{f['page']}页"
            old = decl.proof.get(content)
            decl.proof[content] = ref if not old or ref in old else f"{old}；{ref}"
    P.plant(decl)
    decl.summary_cells = dict(decl.shown)
    if hasattr(P, "summary_edit"):
        P.summary_edit(decl)
    F = P.FILES
    docs.contact_docx(decl, target / F["联系人表"])
    if F["申报表"].endswith(".docx"):
        docs.form_docx(decl, target / F["申报表"])
    else:
        docs.form_xlsx(decl, target / F["申报表"])
    docs.form_scan(decl, target / F["申报表扫描件"], f"{pid}/{F['申报表扫描件']}", P.S["seed"] + 1)
    ev_list = [(Path(f).stem, "共1份") for f in P.EVIDENCE_FILES]
    chs = chapters(decl, P.N, ev_list, omit=getattr(P, "OMIT", ()), ch7=P.S["participated_2023"])
    if F["申报书"].endswith(".pdf"):
        docs.narrative_pdf(decl, chs, target / F["申报书"])
    else:
        docs.narrative_docx(decl, chs, target / F["申报书"])
    if F["汇总表"].endswith(".docx"):
        docs.summary_docx(decl, target / F["汇总表"])
    else:
        docs.summary_xlsx(decl, target / F["汇总表"], horizontal=getattr(P, "SUMMARY_HORIZONTAL", False))
    if "承诺" in F:
        docs.commitment_scan(decl, target / F["承诺"], f"{pid}/{F['承诺']}", P.S["seed"] + 2)
    roles = {F[k]: k for k in ("联系人表", "申报表", "申报表扫描件", "申报书", "汇总表", "承诺") if k in F}
    roles.update(P.EVIDENCE_FILES)
    on_disk = {str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()}
    assert on_disk == set(roles), on_disk ^ set(roles)
    S = P.S
    truth = PackageTruth(
        package_id=pid, description=P.DESCRIPTION, path=f"eval_sets/blind/h84/packages/{pid}", delivery="folder",
        platform=PlatformRef(list_no=S["list_no"], listed_name=S["listed_name"], company=S["company"],
                             declared_name=S["declared_name"], participated_2023=S["participated_2023"]),
        layout=P.LAYOUT, files=dict(sorted(roles.items())), secrets=[S["password"]],
        summary_rows=[SummaryRow(label=label, value=decl.shown[label], normalized=decl.val[label]) for label in SUMMARY],
        evidence_facts=[EvidenceFact(**f) for f in facts],
        problems=[Problem(id=f"{pid}-{i:02d}-{p['family']}", **p) for i, p in enumerate(P.PROBLEMS, 1)],
    )
    (truth_dir / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    return len(facts), len(P.PROBLEMS)
