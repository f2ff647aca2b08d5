"""Shared bits of the package specs: the truth record, text PDF fact helper, generic pages."""
from __future__ import annotations

import json
from pathlib import Path

from .docs import Pkg
from .evidence import Facts
from .render import find_page


class Truth:
    def __init__(self, p: Pkg, root: Path, description: str, layout: list[str]):
        self.p = p
        self.root = root
        self.description = description
        self.layout = layout
        self.files: dict[str, str] = {}
        self.facts = Facts()
        self.problems: list[dict] = []
        self.secrets: list[str] = []

    def file(self, rel: str, role: str) -> str:
        self.files[rel] = role
        return rel

    def text_fact(self, label, value, unit, normalized, rel, quote=None, row_label="", column_label="", component="",
                  occurrence=1):
        q = quote if quote is not None else value
        page = find_page(self.root / rel, q, occurrence)
        self.facts.add(label, value, unit, normalized, rel, page, q, row_label, column_label, component, False)

    def image_fact(self, label, value, unit, normalized, rel, page, quote=None, row_label=""):
        self.facts.add(label, value, unit, normalized, rel, page, quote if quote is not None else value, row_label, "", "", True)

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append({"id": f"{self.p.pid}-{n:02d}-{family}", "family": family, "fields": fields, "files": files,
                              "severity": severity, "description": description})

    def dump(self, truth_dir: Path) -> dict:
        p = self.p
        data = {
            "schema_version": 1, "package_id": p.pid, "description": self.description,
            "path": f"packages/{p.pid}", "delivery": "folder",
            "platform": {"list_no": p.list_no, "listed_name": p.listed_name, "company": p.company,
                         "declared_name": p.declared_name, "participated_2023": p.participated},
            "layout": self.layout, "files": dict(sorted(self.files.items())), "secrets": self.secrets,
            "summary_rows": p.summary_rows(), "evidence_facts": self.facts.items, "problems": self.problems,
        }
        truth_dir.mkdir(parents=True, exist_ok=True)
        (truth_dir / f"{p.pid}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return data


def audit_facts(T: Truth, rel: str, plat: dict, unit: str = "元", cols=("2023年度", "2022年度", "2021年度")):
    from .evidence import money, wan
    conv = (lambda v: wan(v)) if unit == "元" else (lambda v: round(v, 2))
    f = money
    T.text_fact("平台相关营业收入（万元）", f(plat["rev"][0]), unit, conv(plat["rev"][0]), rel, row_label="平台相关营业收入", column_label=cols[0])
    T.text_fact("平台近三年经营指标情况", f(plat["rev"][1]), unit, conv(plat["rev"][1]), rel, row_label="平台相关营业收入",
                column_label=cols[1], component="2022年平台营收（万元）")
    T.text_fact("平台近三年经营指标情况", f(plat["rev"][2]), unit, conv(plat["rev"][2]), rel, row_label="平台相关营业收入",
                column_label=cols[2], component="2021年平台营收（万元）")
    T.text_fact("平台相关研发投入（万元）", f(plat["rd"]), unit, conv(plat["rd"]), rel, row_label="平台相关研发投入", column_label=cols[0])
    T.text_fact("平台利润率（%）", f(plat["profit"]), unit, conv(plat["profit"]), rel, row_label="平台利润总额", column_label=cols[0],
                component="平台利润总额（万元）")
    T.text_fact("投资回报率（%）", f(plat["profit"]), unit, conv(plat["profit"]), rel, row_label="平台利润总额", column_label=cols[0],
                component="平台年利润（万元）")
