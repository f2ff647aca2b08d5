"""What a package declares, as data: a value read from a form with its citations and the reader's
doubts, every reading of a 附件4 row by source, the pre-filled row, and the declarations by
source. Types only; the readers (`assistant.forms.reader`, `.summary_table`, `.contact_form`) and
`assistant.forms.prefill` make them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.core.citations import Citation

MatchKind = Literal["exact", "fuzzy"]  # how a written label was matched to a catalog field


class DeclaredValue(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    field_id: str | None  # a 附件1/附件2 field …
    summary_label: str | None = None  # … or, read from an applicant's 汇总表, a 附件4 row
    form_label: str  # the label as written in this form
    raw: str  # the answer as written ("" = left blank)
    proof: str | None = None  # the 证明资料 cell; None when the form has no such column
    file: str
    citations: tuple[Citation, ...] = ()  # the answer first, then the label
    match: MatchKind = "exact"
    # What the reader is unsure of, in Chinese for the reviewer (a label matched only
    # approximately, no answer cell found, text in a cell the layout gave no role): a rule that
    # judges this value states these doubts instead of promising an error.
    doubts: tuple[str, ...] = ()
    # A stamped letter in the package corrected this answer (「现由86更正为68」): the answer as written
    # and the letter's sentence; `raw` is the corrected answer (`forms.corrections`).
    corrected: str = ""


class SourceReading(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str  # 申报表 / 申报表扫描件 / 汇总表 / 联系人表
    file: str
    raw: str
    value: str
    normalized: object = None
    citations: tuple[Citation, ...] = ()
    note: str = ""  # how the value was had, when not simply read from the row's own cell
    doubts: tuple[str, ...] = ()  # what the reader was unsure of (DeclaredValue.doubts)


class PrefillRow(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    order: int
    label: str
    value: str
    normalized: object = None
    status: str  # found | missing | ambiguous
    citations: tuple[Citation, ...] = ()
    note: str = ""
    readings: tuple[SourceReading, ...] = ()  # every source that gave this row a value
    evidence: tuple = ()  # filled by the evidence chains


class Declarations(BaseModel):
    """Everything the package declares, by source, before any judgement."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    forms: tuple[tuple[str, str, tuple[DeclaredValue, ...]], ...]  # (source name, file, values)
    summary_tables: tuple[tuple[str, tuple[DeclaredValue, ...]], ...]
    contact_forms: tuple[tuple[str, tuple[DeclaredValue, ...]], ...]
    # 申报表 files set aside as earlier versions of another (path, the later one's path)
    superseded: tuple[tuple[str, str], ...] = ()
    # every 「由A更正为B」 a letter in the package states, as (A, B) (`forms.corrections.corrected_figures`)
    corrected_figures: tuple[tuple[str, str], ...] = ()
    # the date the primary 申报表 says it was filled in (「2024.07.10」) and where (`forms.form_date`)
    form_date: str = ""
    form_date_citation: Citation | None = None

    def field_readings(self, field_id: str) -> list[tuple[str, DeclaredValue]]:
        found = []
        for source, _file, values in self.forms:
            found += [(source, v) for v in values if v.field_id == field_id]
        for _file, values in self.contact_forms:
            found += [("联系人表", v) for v in values if v.field_id == field_id]
        return found
