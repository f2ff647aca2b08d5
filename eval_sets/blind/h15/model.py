"""Package model: declared values (申报表 cells), the reviewer's 附件4 rows, facts, problems, truth JSON."""
from __future__ import annotations

import json
from pathlib import Path

from kit import fmt
from labels import A4_LABELS, FORM, a4_of

ROOT = Path(__file__).resolve().parent


class Pkg:
    def __init__(self, pid, list_no, listed_name, company, declared_name, p2023, description, layout):
        self.pid, self.list_no, self.listed_name, self.company = pid, list_no, listed_name, company
        self.declared_name, self.p2023, self.description, self.layout = declared_name, p2023, description, layout
        self.dir = ROOT / "packages" / pid
        self.cells: dict[str, str] = {}
        self.proof: dict[str, str] = {}
        self.a4: dict[str, tuple[str, object]] = {}
        self.sheet_override: dict[str, str] = {}
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []
        self.secrets: list[str] = []
        self.info: dict = {}    # 企业基本情况 / 平台基本情况 fields
        self.N: dict = {}       # primary numbers

    # ------------------------------------------------------------------ declared cells
    def num(self, content, n, dec=0, cell=None, value=None, proof=""):
        txt = cell if cell is not None else (fmt(n, dec, comma=False) if dec else str(int(n)))
        self.cells[content] = txt
        self.a4[a4_of(content)] = (value if value is not None else (f"{n:.{dec}f}" if dec else str(int(n))),
                                   round(float(n), dec) if dec else int(n))
        if proof:
            self.proof[content] = proof

    def bd(self, content, d: dict, sep="、", colon="：", cell=None, proof=""):
        txt = cell if cell is not None else sep.join(f"{k}{colon}{v}" for k, v in d.items())
        self.cells[content] = txt
        self.a4[a4_of(content)] = ("、".join(f"{k}：{v}" for k, v in d.items()), dict(d))
        if proof:
            self.proof[content] = proof

    def yn(self, content, cell, b: bool, value=None, proof=""):
        self.cells[content] = cell
        self.a4[a4_of(content)] = (value if value is not None else ("是" if b else "否"), b)
        if proof:
            self.proof[content] = proof

    def txt(self, content, cell, proof="", a4=False):
        self.cells[content] = cell
        if a4:
            self.a4[a4_of(content)] = (cell, cell)
        if proof:
            self.proof[content] = proof

    def blank(self, content):
        self.cells[content] = ""
        self.a4[a4_of(content)] = ("", None)

    def row(self, label, value, normalized):
        self.a4[label] = (value, normalized)

    # ------------------------------------------------------------------ evidence
    def add_file(self, rel, role):
        self.files[rel] = role
        return self.dir / rel

    def fact(self, label, value, unit, normalized, file, page, quote, row="", col="", comp="", img=False):
        assert label in A4_LABELS or label in {c for f in FORM for c in f[3]} or comp, label
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row, column_label=col, component=comp, image_only=img))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))

    # ------------------------------------------------------------------ output
    def summary_rows(self):
        rows = []
        for lab in A4_LABELS:
            v, n = self.a4[lab]
            rows.append({"label": lab, "value": v, "normalized": n})
        return rows

    def sheet_value(self, lab):
        """What the applicant typed into its own 附件4 汇总表."""
        if lab in self.sheet_override:
            return self.sheet_override[lab]
        return self.a4[lab][0]

    def write_truth(self):
        missing = [lab for lab in A4_LABELS if lab not in self.a4]
        assert not missing, (self.pid, missing)
        allc = [c for f in FORM for c in f[3]]
        miss_c = [c for c in allc if c not in self.cells]
        assert not miss_c, (self.pid, miss_c)
        truth = {
            "schema_version": 1,
            "package_id": self.pid,
            "description": self.description,
            "path": f"packages/{self.pid}",
            "delivery": "folder",
            "platform": {"list_no": self.list_no, "listed_name": self.listed_name, "company": self.company,
                         "declared_name": self.declared_name, "participated_2023": self.p2023},
            "layout": self.layout,
            "files": dict(sorted(self.files.items())),
            "secrets": self.secrets,
            "summary_rows": self.summary_rows(),
            "evidence_facts": self.facts,
            "problems": self.problems,
        }
        out = ROOT / "truth" / f"{self.pid}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
