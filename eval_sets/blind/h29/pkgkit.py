"""Shared package writing: 收入确认说明 (text PDF), user letters, facts resolution, truth JSON."""
from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

import evidence as ev
import kit
from model import Pkg


def revenue_note_pdf(path: Path, p: Pkg, title: str, intro: list[str], recon_rows: list[list[str]],
                     three_rows: list[list[str]], tail: list[str], signer: str, date: str, seal=None,
                     font="STSong-Light", recon_head=("项目", "金额（元）", "说明"), three_head=None):
    st = kit.styles(font, 10.5)
    story = [Paragraph(title, st["title"]), Spacer(1, 4 * mm)]
    for t in intro:
        story.append(Paragraph(t, st["indent"]))
    story.append(Spacer(1, 3 * mm))
    story.append(kit.table([list(recon_head)] + recon_rows, [62 * mm, 38 * mm, 70 * mm], st, right_cols=(1,)))
    story.append(Spacer(1, 4 * mm))
    if three_rows:
        head = three_head or ["项目（万元）", "2020年度", "2021年度", "2022年度", "2023年度"]
        story.append(kit.table([head] + three_rows, [50 * mm] + [30 * mm] * (len(head) - 1), st,
                               right_cols=tuple(range(1, len(head)))))
        story.append(Spacer(1, 4 * mm))
    for t in tail:
        story.append(Paragraph(t, st["indent"]))
    story.append(Spacer(1, 10 * mm))
    story.append(Paragraph(signer, st["right"]))
    story.append(Paragraph(date, st["right"]))
    stamp = {"image": seal, "page": "last", "xy": (128, 40), "w_mm": 40} if seal is not None else None
    ev._build_with_last_stamp(path, story, A4, stamp, header=p.company, font=font)


def resolve_facts(root: Path, p: Pkg) -> list[dict]:
    out = []
    for f in p.facts:
        f = dict(f)
        path = root / f["file"]
        if f.get("page") is None:
            f["page"] = kit.find_page(path, f["quote"], f.get("anchor", ""))
        f.pop("anchor", None)
        out.append(f)
    return out


def write_truth(root: Path, truth_dir: Path, p: Pkg):
    from notice import SUMMARY_LABELS
    facts = resolve_facts(root, p)
    for rel in p.files:
        assert (root / rel).exists(), rel
    doc = {
        "schema_version": 1,
        "package_id": p.pid,
        "description": p.description,
        "path": f"packages/{p.pid}",
        "delivery": "folder",
        "platform": {"list_no": p.list_no, "listed_name": p.listed_name, "company": p.company,
                     "declared_name": p.declared_name, "participated_2023": p.part2023},
        "layout": p.layout,
        "files": p.files,
        "secrets": p.secrets,
        "summary_rows": [{"label": lab, "value": p.rows[lab].value, "normalized": p.rows[lab].normalized}
                         for lab in SUMMARY_LABELS],
        "evidence_facts": facts,
        "problems": p.problems,
    }
    truth_dir.mkdir(parents=True, exist_ok=True)
    (truth_dir / f"{p.pid}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def problem(p: Pkg, n: int, family: str, fields: list[str], files: list[str], severity: str, desc: str):
    p.problems.append({"id": f"{p.pid}-{n:02d}-{family}", "family": family, "fields": fields, "files": files,
                       "severity": severity, "description": desc})
