"""A finding: one thing wrong or missing in a package, explained, with both sides cited.

Rule ids are "<family>.<name>"; the family is one of the notice's rule families (identity,
formula, subset, breakdown_sum, invalid_category, declared_vs_evidence, count_vs_list,
screenshot_vs_form, narrative_vs_form, growth_rate, summary_vs_form, scan_vs_form, blank,
missing_proof, char_limit, answer_format, missing_section, section7, missing_file,
platform_name, conditional, unsupported, integrity). Fields are named by their notice labels.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, computed_field

from assistant.core.citations import Citation

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    severity: Severity
    fields: tuple[str, ...]  # notice labels, as printed
    message: str  # Chinese, self-contained: what, both values, the difference
    expected: str = ""
    actual: str = ""
    tolerance: str = ""
    citations: tuple[Citation, ...] = ()
    files: tuple[str, ...] = ()
    dimension: str | None = None  # 一/二/三 of the indicator table, for grouping
    # What keeps the finding from being certain (a scan's OCR, a figure of another scope or an
    # unstated unit …), Chinese; the severity policy turns an error with doubts into a warning.
    doubts: tuple[str, ...] = ()

    @computed_field
    @property
    def id(self) -> str:
        key = "|".join((self.rule, *self.fields, self.expected, self.actual, *self.files))
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    unique = {f.id: f for f in findings}
    return sorted(unique.values(), key=lambda f: (SEVERITY_ORDER[f.severity], f.dimension or "九", f.rule, f.fields))
