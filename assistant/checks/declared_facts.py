"""The primary 申报表's answers as the form-internal rules read them, and the findings they build.

Owns: reading one declared field as an exact Decimal with the half-unit of its last written digit
(the rounding a check must tolerate), the notice label and short name of a field, the rule id a
catalog relation is reported under, and `make_finding`, which names every field involved by its
notice label and cites every one of them (both sides of a comparison).

Must not: judge a value (the rules_* modules do), read files, or guess a unit that is not written
(a money cell without a unit is in the field's own unit, 万元).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from assistant.catalog.model import FieldSpec, Relation
from assistant.checks.severity import SCAN_DOUBT
from assistant.core.citations import Citation
from assistant.core.findings import Finding, Severity
from assistant.core.text_keys import fold, label_key
from assistant.forms.model import DeclaredValue
from assistant.values.answers import is_reference, parse_compound_total
from assistant.values.numbers import (
    WRITTEN_DIGITS,
    Quantity,
    find_quantities,
    format_decimal,
    to_tb,
    to_wan,
    written_value,
)

# Families a relation may be reported under (findings.py); the catalog's own prefixes
# (sum., equal., growth., breakdown.) are mapped onto them by the relation's kind.
RELATION_FAMILIES = {"sum": "identity", "equal": "identity", "ratio": "formula", "growth": "growth_rate",
                     "at_most": "subset", "breakdown_sum": "breakdown_sum"}
_COUNT_UNITS = {"人", "个", "台/套", "台", "套", "项", "次", "家", "种"}
_UNIT_SUFFIX = re.compile(r"[（(](?:万元|%|台/套|个|项|人|次|TB|台|种|家)[）)]$")
_PLACEHOLDER = re.compile(r"[_＿\-—－/／\s.。…]+")


@dataclass(frozen=True)
class Amount:
    """A declared number: value in the field's unit, and half of its last written digit there
    (0 for a whole count written out in digits, which is exact)."""

    field_id: str
    value: Decimal
    half_unit: Decimal
    raw: str  # the number as written
    private: Decimal | None = None  # 其中私有化部署… of a compound answer
    private_half: Decimal = Decimal(0)
    places: int | None = None  # decimals as written (None: converted, shown as needed)

    def show(self) -> str:
        return show_decimal(self.value) if self.places is None else format_decimal(self.value, self.places)


def show_decimal(value: Decimal) -> str:
    if value == value.to_integral_value():
        return format_decimal(value, 0)
    return format_decimal(value, 2) if -value.as_tuple().exponent <= 2 else format(value.normalize(), "f")


def is_blank(raw: str) -> bool:
    """Empty, or only the template's blanks and placeholders (____, —, /)."""
    return not raw.strip() or _PLACEHOLDER.fullmatch(raw.strip()) is not None


def written_precision(q: Quantity, value: Decimal, unit: str | None) -> tuple[Decimal, int | None]:
    """(half of the last written digit in the field's unit, decimals to show the value with)."""
    digits = WRITTEN_DIGITS.search(fold(q.raw))
    if digits is None:  # Chinese numerals: as exact as a count
        return (Decimal(0) if unit in _COUNT_UNITS else Decimal("0.5")), None
    decimals = len(digits.group(1) or "")
    written = Decimal(written_value(digits.group(0)))
    factor = abs(value / written) if written else Decimal(1)
    if unit in _COUNT_UNITS and decimals == 0 and factor == 1:
        return Decimal(0), 0
    return Decimal("0.5") * Decimal(10) ** -decimals * factor, decimals if factor == 1 else None


def _convert(q: Quantity, spec: FieldSpec) -> Decimal | None:
    if spec.value_type == "money_wan":
        return to_wan(q, default_unit="万元")
    if spec.unit == "%":
        return q.value if q.unit in (None, "%") else None
    if spec.unit == "TB" and q.unit not in (None, "TB"):
        return to_tb(q)
    if q.unit is not None and spec.unit is not None and q.unit not in _COUNT_UNITS | {spec.unit, "TB"}:
        return None  # 12个月, 3年: not the field's quantity
    return q.value


def read_amount(review, field_id: str) -> Amount | None:
    """The field's number as the primary 申报表 declares it; None when blank, not a number, or a
    bound or range (超过/3至5万: nothing exact to check). An approximate one (约) carries the width of
    its rounding as its half unit."""
    declared = review.declared(field_id)
    if declared is None or is_blank(declared.raw) or is_reference(declared.raw):
        return None  # 「详见附件2」: no value here (the 2 is the attachment's number)
    spec = review.catalog.field(field_id)
    text = declared.raw
    compound = parse_compound_total(text) if "其中" in text or "私有" in text else None
    if compound is not None and compound.private is not None:
        total, private = compound.total, compound.private
        if total.qualifier != "exact" or private.qualifier != "exact":
            return None
        value, private_value = _convert(total, spec), _convert(private, spec)
        if value is None or private_value is None:
            return None
        half, places = written_precision(total, value, spec.unit)
        return Amount(field_id, value, half, total.raw, private_value,
                      written_precision(private, private_value, spec.unit)[0], places)
    found = [(q, start) for q, start, _end in find_quantities(text, skip_dates=True)
             if not (spec.unit == "%" and q.unit == "%" and fold(text[:start]).rstrip().endswith(("×", "*", "x")))]
    # 「86.40（综合；软件91.20%、硬件80.50%）」: a bracket's figures are asides to the one before it.
    outside = [q for q, start in found if not _in_brackets(text, start)]
    found = outside or [q for q, _start in found]
    if spec.unit == "%":
        # "利润÷收入×100%=11.20%": the stated rate is the first percentage that is not the ×100%.
        found = [q for q in found if q.unit == "%"] or [q for q in found if q.unit is None]
    if not found:
        return None
    q = found[0]
    value = _convert(q, spec)
    if value is None or q.qualifier not in ("exact", "approx"):
        return None  # 超过/不少于: a bound, no value
    half, places = written_precision(q, value, spec.unit)
    if q.qualifier == "approx":
        # 「约2.1万」: as exact as its last written digit, and never closer than its last non-zero
        # digit (「约12000」 is 12,000 give or take 500); a rule comparing it needs a wider gap.
        half = max(half, approx_half(value))
        places = None
    return Amount(field_id, value, half, q.raw, places=places)


def _in_brackets(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def approx_half(value: Decimal) -> Decimal:
    """Half of the last non-zero digit's place of a whole number (12000 → 500; 12036 → 0.5)."""
    if value != value.to_integral_value() or value == 0:
        return Decimal(0)
    whole, step = int(abs(value)), 1
    while whole % 10 == 0:
        whole, step = whole // 10, step * 10
    return Decimal(step) / 2


# --- labels and rule ids ------------------------------------------------------------------------

def short_name(spec: FieldSpec) -> str:
    """The label without 其中： and its unit, for messages: "其中：运维人数（人）" → "运维人数"."""
    name = re.sub(r"^其中[:：]\s*", "", spec.label)
    return _UNIT_SUFFIX.sub("", name).strip()


def field_labels(spec: FieldSpec) -> tuple[str, ...]:
    """The notice labels naming this field: the label, preceded by the printed row label where
    the field is a blank inside a printed line (平台近三年经营指标情况: 2022年平台营收___万元)."""
    if spec.form_line and spec.group_label:
        return (spec.group_label, spec.label)
    return (spec.label,)


def rule_id_for(relation: Relation) -> str:
    family, _, name = relation.id.partition(".")
    wanted = RELATION_FAMILIES[relation.kind]
    return relation.id if family == wanted else f"{wanted}.{name or relation.id}"


_STRUCTURAL = {"at_most": "表格结构：“其中”项不应大于其所属总数",
               "breakdown_sum": "表格结构：按类别/区域统计的各项之和应等于其总数",
               "equal": "两处填写的是同一数据（2023年平台相关营业收入）",
               "sum": "表格结构：总数由其组成项相加",
               "growth": "增长率 =（本年营收 − 上年营收）÷ 上年营收 × 100%，保留2位小数",
               "ratio": "比率公式"}


def basis_for(spec: FieldSpec, relation: Relation | None = None) -> str:
    where = (f"填报指引 {spec.path.level3_code} {spec.path.level3_name}" if spec.path
             else f"申报表 {spec.section_label}" + (f" {spec.group_label}" if spec.group_label else ""))
    if relation is None:
        return where
    return f"{where}：{relation.source or _STRUCTURAL[relation.kind]}"


# --- findings -----------------------------------------------------------------------------------

def primary_form_file(review) -> str | None:
    forms = review.declarations.forms
    return forms[0][1] if forms else None


def primary_is_scan(review) -> bool:
    forms = review.declarations.forms
    return bool(forms) and forms[0][0] == "申报表扫描件"


def _declared_of(review, field_ids) -> list[DeclaredValue]:
    out = []
    for field_id in field_ids:
        declared = review.declared(field_id)
        if declared is not None:
            out.append(declared)
    return out


def make_finding(review, rule_id: str, severity: Severity, field_ids: list[str] | tuple[str, ...],
                 message: str, *, expected: str = "", actual: str = "", tolerance: str = "",
                 doubts: Iterable[str] = ()) -> Finding:
    """One finding over `field_ids` (the checked field first): labels as printed, the citations
    of every involved field's answer and label, the files they were read from, and what the rule
    doubts (a primary 申报表 read from its stamped scan is one doubt of every such finding); the
    severity policy (`assistant.checks.severity`) decides the severity shown."""
    specs = [review.catalog.field(f) for f in field_ids]
    labels = [label for spec in specs for label in field_labels(spec)]
    # The 附件4 row a field alone feeds, where it is worded otherwise (企业是否已上市… for 企业已上市…):
    # an evaluator filling the 汇总表 finds the finding under the row's own label too.
    labels += [row.label for spec in specs for row in review.catalog.summary_rows
               if tuple(row.source_fields) == (spec.id,) and label_key(row.label) != label_key(spec.label)]
    labels = tuple(dict.fromkeys(labels))
    declared = _declared_of(review, field_ids)
    citations: dict[tuple, Citation] = {}
    for value in declared:
        for citation in value.citations:
            citations.setdefault((citation.file, citation.page, citation.locator, citation.quote), citation)
    files = tuple(dict.fromkeys(v.file for v in declared))
    if not files and (primary := primary_form_file(review)) is not None:
        files = (primary,)
    dimension = next((s.path.dimension_code for s in specs if s.path is not None), None)
    # A rule is only as certain as the reading it judges: what the form reader doubted about
    # each involved field's value (a label matched approximately, no answer cell) is stated too.
    doubts = [*doubts, *(d for value in declared for d in value.doubts)]
    if primary_is_scan(review):
        # Read by OCR from the stamped scan: a misread digit or a missed cell is as likely as a
        # wrong answer, so a reviewer confirms it before it counts as an error.
        doubts.append(SCAN_DOUBT)
    return Finding(rule=rule_id, severity=severity, fields=labels, message=message, expected=expected,
                   actual=actual, tolerance=tolerance, citations=tuple(citations.values()), files=files,
                   dimension=dimension, doubts=tuple(dict.fromkeys(doubts)))
