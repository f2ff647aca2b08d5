"""The pre-filled 附件4 平台基本情况汇总表: every row in the notice's order, each cell cited.

Sources, most trusted first: the 申报表 as Word/Excel, the 申报表 as a text PDF, its stamped scan
(OCR), then the applicant's own 汇总表, and 附件1 for contact and address rows. The value shown
comes from the first source that has it; when another source says something else the row is
`ambiguous` and every reading is kept, so the reviewer sees the disagreement instead of a silent
choice. A blank stays blank: no value is ever made up for it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from assistant.catalog import Catalog, SummaryRow, load_catalog, normalize_label
from assistant.citations import Citation
from assistant.classify import FileRole
from assistant.form_reader import DeclaredValue, FormReader
from assistant.package import Package
from assistant.typed_values import TypedValue, interpret

_FORM_PRIORITY = {"docx": 0, "xlsx": 1, "pdf": 2, "image": 3}


class SourceReading(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str  # 申报表 / 申报表扫描件 / 汇总表 / 联系人表
    file: str
    raw: str
    value: str
    normalized: object = None
    citations: tuple[Citation, ...] = ()


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

    def field_readings(self, field_id: str) -> list[tuple[str, DeclaredValue]]:
        found = []
        for source, _file, values in self.forms:
            found += [(source, v) for v in values if v.field_id == field_id]
        for _file, values in self.contact_forms:
            found += [("联系人表", v) for v in values if v.field_id == field_id]
        return found


def read_declarations(package: Package, catalog: Catalog | None = None) -> Declarations:
    reader = FormReader(catalog or load_catalog())
    forms = []
    members = package.by_role(FileRole.application_form, FileRole.application_form_scan)
    members.sort(key=lambda m: (m.role is FileRole.application_form_scan, _FORM_PRIORITY.get(m.document.format, 9), m.path))
    for member in members:
        source = "申报表扫描件" if member.role is FileRole.application_form_scan else "申报表"
        forms.append((source, member.path, tuple(reader.read_form(member.document))))
    summaries = tuple((m.path, tuple(reader.read_summary_table(m.document))) for m in package.by_role(FileRole.summary_table))
    contacts = tuple((m.path, tuple(reader.read_contact_form(m.document))) for m in package.by_role(FileRole.contact_form))
    return Declarations(forms=tuple(forms), summary_tables=summaries, contact_forms=contacts)


def prefill(package: Package, declarations: Declarations | None = None, catalog: Catalog | None = None) -> list[PrefillRow]:
    catalog = catalog or load_catalog()
    declarations = declarations or read_declarations(package, catalog)
    return [_fill_row(row, declarations, catalog) for row in catalog.summary_rows]


def _fill_row(row: SummaryRow, declarations: Declarations, catalog: Catalog) -> PrefillRow:
    readings = _form_readings(row, declarations, catalog) + _summary_readings(row, declarations)
    if row.platform_list_column == "序号":
        # 附件6 is the authority for 序号; an applicant's own 汇总表 may disagree (shown as such).
        readings = _list_number(declarations, catalog) + readings
    present = [r for r in readings if r.normalized is not None]
    if not present:
        note = row.note or ("申报材料中未填写" if readings else "申报材料中未找到")
        return PrefillRow(order=row.order, label=row.label, value="", status="missing", note=note,
                          readings=tuple(readings))
    first = present[0]
    disagree = [r for r in present[1:] if not _same(r.normalized, first.normalized)]
    return PrefillRow(
        order=row.order,
        label=row.label,
        value=first.value,
        normalized=first.normalized,
        status="ambiguous" if disagree else "found",
        citations=first.citations,
        note="；".join(f"{r.source}（{r.file}）填写为 {r.value}" for r in disagree),
        readings=tuple(readings),
    )


def _form_readings(row: SummaryRow, declarations: Declarations, catalog: Catalog) -> list[SourceReading]:
    readings: list[SourceReading] = []
    if not row.source_fields:
        return readings
    if row.value_type == "revenue_history":
        return _revenue_readings(row, declarations)
    main, *extra = row.source_fields
    groups = [[main], *([f] for f in extra)] if row.value_type not in ("checkbox_choice", "multi_choice") else [[main]]
    for fields in groups:
        field_id = fields[0]
        spec = catalog.field(field_id)
        for source, declared in declarations.field_readings(field_id):
            detail = ""
            if row.value_type in ("checkbox_choice", "multi_choice") and extra:
                sub = next((v for s, v in declarations.field_readings(extra[0]) if s == source and v.file == declared.file), None)
                detail = sub.raw if sub is not None else ""
            # 附件4 prints 平台网址 as plain text; the 申报表 field carries the login too (masked).
            value_type = spec.value_type if spec.value_type == "url_credentials" else row.value_type
            typed = interpret(value_type, row.unit, declared.raw, spec.options, detail)
            readings.append(_reading(source, declared, typed))
        if readings:
            break  # 联系人姓名: 附件1 first, the 申报表 contact only when 附件1 is absent
    return readings


def _revenue_readings(row: SummaryRow, declarations: Declarations) -> list[SourceReading]:
    by_source: dict[tuple[str, str], list[DeclaredValue]] = {}
    for field_id in row.source_fields:
        for source, declared in declarations.field_readings(field_id):
            by_source.setdefault((source, declared.file), []).append(declared)
    readings = []
    for (source, file), values in by_source.items():
        years = {}
        for v in values:
            year = v.field_id.rsplit("_", 1)[-1]
            years.setdefault(year, ["", ""])[1 if "growth" in v.field_id else 0] = v.raw
        text = "\n".join(f"{y}年平台营收{rev}万元/增长率{growth}%" for y, (rev, growth) in sorted(years.items()))
        typed = interpret("revenue_history", None, text)
        if typed.normalized == {}:
            typed = TypedValue(display="", normalized=None)
        citations = tuple(c for v in values[:1] for c in v.citations)
        readings.append(SourceReading(source=source, file=file, raw=text, value=typed.display,
                                      normalized=typed.normalized, citations=citations))
    return readings


def _summary_readings(row: SummaryRow, declarations: Declarations) -> list[SourceReading]:
    readings = []
    for source, _file, values in declarations.forms:
        for declared in values:
            if declared.field_id is None and declared.summary_label == row.label:
                readings.append(_reading(source, declared, interpret(row.value_type, row.unit, declared.raw)))
    for file, values in declarations.summary_tables:
        for declared in values:
            if declared.summary_label == row.label:
                typed = interpret(row.value_type, row.unit, declared.raw)
                readings.append(_reading("汇总表", declared, typed))
    return readings


def _list_number(declarations: Declarations, catalog: Catalog) -> list[SourceReading]:
    """序号 comes from 附件6: the row whose platform name the 申报表 declares (or whose 原名称 it gives)."""
    for source, declared in declarations.field_readings("platform_name") + declarations.field_readings("cover_platform_name"):
        names = [declared.raw] + [part.split("：", 1)[-1] for part in declared.raw.replace(";", "；").split("；")]
        for name in names:
            matches = catalog.platforms_named(name.strip())
            if len(matches) == 1:
                number = matches[0].number
                return [SourceReading(source="附件6", file=declared.file, raw=name, value=str(number),
                                      normalized=number, citations=declared.citations)]
    return []


def _reading(source: str, declared: DeclaredValue, typed: TypedValue) -> SourceReading:
    return SourceReading(source=source, file=declared.file, raw=declared.raw, value=typed.display,
                         normalized=typed.normalized, citations=declared.citations)


def _same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 0.005
        except (TypeError, ValueError):
            return False
    if isinstance(a, str) and isinstance(b, str):
        return normalize_label(a) == normalize_label(b)
    return a == b
