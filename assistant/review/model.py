"""One review of a package: everything computed once and shared by checks, reports and the UI.

`Review` is the data model the three roles share (评审专家, 评价工作组, 申报单位): the parsed
package, what it declares (by source), the pre-filled 附件4 rows, what the evidence says and the
findings. It is built by `build_review` and never recomputed on a click.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from assistant.catalog.model import FieldSpec
from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceValue
from assistant.core.findings import Finding
from assistant.forms.model import Declarations, DeclaredValue, PrefillRow
from assistant.package.model import Package
from assistant.values.typed import TypedValue, interpret


@dataclass
class Review:
    package: Package
    catalog: Catalog
    declarations: Declarations
    rows: list[PrefillRow]
    evidence: list[EvidenceValue] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @cached_property
    def primary_form(self) -> dict[str, DeclaredValue]:
        """The first 申报表 (Word/Excel before PDF before scan): field id → its declared value."""
        if not self.declarations.forms:
            return {}
        _source, _file, values = self.declarations.forms[0]
        return {v.field_id: v for v in values if v.field_id}

    def declared(self, field_id: str) -> DeclaredValue | None:
        value = self.primary_form.get(field_id)
        if value is None:  # 附件1 fields live in the contact form
            for _source, declared in self.declarations.field_readings(field_id):
                return declared
        return value

    def typed(self, field_id: str) -> TypedValue | None:
        """The declared value of a field read by its catalog type (None when not declared)."""
        declared = self.declared(field_id)
        if declared is None:
            return None
        spec: FieldSpec = self.catalog.field(field_id)
        return interpret(spec.value_type, spec.unit, declared.raw, spec.options)

    def number(self, field_id: str) -> float | None:
        typed = self.typed(field_id)
        value = typed.normalized if typed else None
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    def evidence_for(self, field_id: str) -> list[EvidenceValue]:
        return [e for e in self.evidence if e.field_id == field_id]
