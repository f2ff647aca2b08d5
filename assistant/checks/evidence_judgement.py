"""One consistency judgement of a declared value against an evidence fact, used everywhere.

The prefill rows' evidence status (`prefill.json`, the 汇总表 exports, the UI) and the checks
(declared_vs_evidence, count_vs_list, screenshot_vs_form) ask the same question — does this
fact back what the form declares? — and get the same answer from `compare_fact`, so a row can
never say 一致 where a finding says 不一致.

The rule, in Decimal: two readings agree when they differ by no more than the rounding of both
as written — half a unit of the last written digit of the declared value plus that of the
evidence ("1.5万" on a dashboard covers 14,500 … 15,500; "66,707,912.35" 元 is exact to
0.0000005 万元) — and, for money, at least 0.005 万元 (the form's 2 decimals, 填报指引).

Scope decides what is compared: a fact of the field's own scope is compared for equality; a
company-wide figure is never equated with a platform field (the platform's revenue is only
bounded by the company's, `company_bound`); a segment's figure is compared with nothing.

Must not: decide severity (`assistant.checks.severity` does) or read files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import Literal

from assistant.catalog.notice import load_catalog
from assistant.catalog.regions import region_names
from assistant.catalog.vocabulary import COMPANY_REVENUE_COMPONENT
from assistant.checks.declared_facts import Amount, read_amount, written_precision
from assistant.core.evidence import (
    ONE_KIND_OF_PATENTS,
    OTHER_PERIOD,
    PREPARED_BY,
    EvidenceFact,
    is_bound,
)
from assistant.core.text_keys import fold, name_key
from assistant.values.dates import date_key
from assistant.values.open_data import PART_FIELDS, PART_UNITS, stated_part
from assistant.values.typed import readings

MONEY_TOLERANCE = Decimal("0.005")  # 万元: the form's 2 decimals
_MONEY_UNITS = ("元", "万元", "千元", "亿元")
_COMPANY_SECTION = "一、企业基本情况"


@dataclass(frozen=True)
class Comparison:
    fact: EvidenceFact
    field_id: str
    kind: Literal["equal", "at_most"]  # declared == evidence | declared <= evidence (a bound)
    declared: Amount
    evidence: Decimal
    tolerance: Decimal
    consistent: bool
    doubts: tuple[str, ...]

    @property
    def difference(self) -> Decimal:
        return self.declared.value - self.evidence

    @property
    def relative(self) -> Decimal | None:
        return abs(self.difference) / abs(self.evidence) * 100 if self.evidence else None

    @property
    def status(self) -> str:
        """The prefill JSON status of the fact: consistent | mismatch (within / beyond tolerance)."""
        return "consistent" if self.consistent else "mismatch"


def field_scope(review, field_id: str) -> str:
    """company for the enterprise's own fields (申报表 一、企业基本情况), else platform."""
    spec = review.catalog.field(field_id)
    return "company" if (spec.section_label or "").startswith(_COMPANY_SECTION) else "platform"


def half_unit(fact: EvidenceFact) -> Decimal:
    """Half of the last printed digit in the field's unit: "1.5万" → 500, "66,707,912.35" 元 →
    0.0000005 万元, "32,000" → 0 (a count printed in full is exact)."""
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", fold(fact.value))
    if digits is None or not fact.normalized:
        return Decimal(0)
    decimals = len(digits.group(1) or "")
    written = Decimal(digits.group(0).replace(",", ""))
    factor = abs(Decimal(str(fact.normalized)) / written) if written else Decimal(1)
    if decimals == 0 and factor == 1 and fact.unit not in _MONEY_UNITS:
        return Decimal(0)
    return Decimal("0.5") * Decimal(10) ** -decimals * factor


def is_direct(review, fact: EvidenceFact) -> bool:
    """A fact of the field itself (2022年平台营收 is its own field, also named as component), not a
    formula input or one entry of a breakdown."""
    return fact.dimension == "total" and fact.component in ("", review.catalog.field(fact.field_id).label)


def _cut_short(evidence: Decimal, declared: Decimal, half_unit: Decimal) -> bool:
    """7,926.155262 万元 declared 7926.15: the figure cut at the form's decimals instead of rounded
    (h10: a clean package's 利润总额), a way of writing it, not another figure."""
    step = half_unit * 2
    return step > 0 and (evidence / step).to_integral_value(rounding=ROUND_DOWN) * step == declared


def compare_fact(review, fact: EvidenceFact) -> Comparison | None:
    """The fact against what the primary 申报表 declares for its field; None when there is
    nothing to compare (no exact declared number, a formula input, another scope, no value)."""
    if fact.component in PART_FIELDS and fact.status != "ungrounded" and fact.normalized is not None:
        return _compare_part(review, fact)
    if fact.status == "ungrounded" or fact.normalized is None or not is_direct(review, fact) \
            or OTHER_PERIOD in fact.reasons:
        return None  # (a total of another period than the indicator's: `rules_order_period` says so)
    if review.catalog.field(fact.field_id).value_type == "text":
        return None  # a text answer is compared only by the parts it states (above): a standards list's 共3项 (h83)
    scope = field_scope(review, fact.field_id)
    if fact.scope == "segment" or fact.scope not in ("unknown", scope):
        return None
    if fact.scope == "company" and another_entity(review, fact):
        return None  # a parent's (or a group member's) statement is not the applicant's figure
    declared = read_amount(review, fact.field_id)
    if declared is None:
        return None
    evidence = Decimal(str(fact.normalized))
    tolerance = declared.half_unit + half_unit(fact)
    if is_bound(fact):  # a group's line of the platform
        return Comparison(fact, fact.field_id, "at_most", declared, evidence, tolerance,
                          declared.value <= evidence + tolerance, tuple(fact.doubts(scope)))
    if review.catalog.field(fact.field_id).unit == "万元":
        # A sum of printed amounts (研发投入 = 费用化 + 资本化) may be declared as the sum of its terms
        # each rounded to the form's 0.01 万元: one half-cent per term.
        tolerance = max(tolerance, MONEY_TOLERANCE * (fold(fact.value).count("+") + 1))
    # An answer with the several readings the 填报指引 allows (平台订单数量: 2023年自然年 and 截至填表日前
    # 一年) is backed by a proof of any one of them.
    values = _readings(review, fact.field_id) or (declared.value,)
    two_readings = "自然年" in (review.catalog.field(fact.field_id).guidance or "")  # 平台订单数量
    if two_readings and (reading := _guidance_reading(fact.period)) is not None:
        values = _same_reading(review, fact, reading, values, tolerance)
        if not values:
            return None  # the form answers with the other reading: this fact is not its proof
    consistent = any(abs(value - evidence) <= tolerance or _cut_short(evidence, value, declared.half_unit)
                     for value in values)
    if not consistent and (fact.held_by_others or fact.lapsed or fact.pending):
        # a list that also holds another's patents (licensed, a subsidiary's), expired honours or
        # applications not granted: declaring only the applicant's own, in force, granted, is what the
        # notice asks (`rules_counted_items` judges the other way round)
        left = (fact.held_by_others, fact.lapsed, fact.pending)
        own = {evidence - sum(n for n, keep in zip(left, mask, strict=True) if keep)
               for mask in ((a, b, c) for a in (0, 1) for b in (0, 1) for c in (0, 1))}
        consistent = any(abs(value - n) <= tolerance for value in values for n in own)
    if not consistent and fact.field_id == "main_business_revenue" and fact.scope == "company":
        # Many applicants declare the 利润表's 营业收入 (营业总收入) as their 主营业务收入: that is no
        # difference from the statement that prints both.
        wholes = [Decimal(str(f.normalized)) for f in review.evidence if f.field_id == fact.field_id
                  and f.component == COMPANY_REVENUE_COMPONENT and f.normalized is not None
                  and f.citations and fact.citations and f.citations[0].file == fact.citations[0].file]
        consistent = any(abs(declared.value - whole) <= tolerance for whole in wholes)
    if not consistent and evidence < declared.value and _one_of_parts(review, fact, scope, declared.value, tolerance):
        consistent = True  # 社保 148 new insured + a partners' letter on 88 = the 236 declared (h83)
    if not consistent and evidence < declared.value and ONE_KIND_OF_PATENTS in fact.reasons:
        consistent = _backed_elsewhere(review, fact, values, tolerance)  # 发明专利 47 beside a list of all 52
    return Comparison(fact, fact.field_id, "equal", declared, evidence, tolerance, consistent,
                      tuple(fact.doubts(scope)))


def _one_of_parts(review, fact: EvidenceFact, scope: str, declared: Decimal, tolerance: Decimal) -> bool:
    """The fact is one of counts in different files, each below the declared count, that add up to it:
    proofs of its parts (带动新增就业 236 = a 社保 proof of 148 new insured + a partners' letter on 88, h83).
    Counts only (no rate, no money, no storage): a part of a count is a count of a part."""
    if review.catalog.field(fact.field_id).unit in ("%", "万元", "TB") or not fact.citations:
        return False
    per_file: dict[str, set[Decimal]] = {}
    for other in review.evidence:
        if (other.field_id == fact.field_id and other.status == "found" and other.normalized is not None
                and other.citations and other.scope in ("unknown", scope) and not other.component
                and OTHER_PERIOD not in other.reasons and is_direct(review, other)
                and 0 < (value := Decimal(str(other.normalized))) < declared):
            per_file.setdefault(other.citations[0].file, set()).add(value)
    own = fact.citations[0].file
    if len(per_file) < 2 or len(per_file) > 6 or own not in per_file:
        return False
    target = declared - Decimal(str(fact.normalized))
    sums = {Decimal(0)}
    for values in (sorted(v)[:3] for f, v in per_file.items() if f != own):  # one figure a file, of any others
        sums |= {s + v for s in sums for v in values}
    return any(s > 0 and abs(s - target) <= tolerance for s in sums)


def _backed_elsewhere(review, fact: EvidenceFact, values, tolerance: Decimal) -> bool:
    """Another file states the declared count of the field: a count of one kind of it is that count's part."""
    return any(other.field_id == fact.field_id and other.normalized is not None and other.citations and fact.citations
               and other.citations[0].file != fact.citations[0].file and ONE_KIND_OF_PATENTS not in other.reasons
               and any(abs(v - Decimal(str(other.normalized))) <= tolerance for v in values)
               for other in review.evidence)


def _compare_part(review, fact: EvidenceFact) -> Comparison | None:
    """A figure inside the answers on open data and 标识解析 (「开放API接口186个」) against the
    same part of a proof (`values.open_data`); None when the answers state none, or several."""
    texts = [d.raw for f in ("open_data_forms", "identifier_resolution") if (d := review.declared(f)) is not None]
    stated = stated_part(texts, fact.component)
    if stated is None:
        return None
    half, places = written_precision(stated.quantity, stated.value, PART_UNITS[fact.component])
    declared = Amount(fact.field_id, stated.value, half, stated.quantity.raw, places=places)
    evidence = Decimal(str(fact.normalized))
    tolerance = declared.half_unit + half_unit(fact)
    return Comparison(fact, fact.field_id, "equal", declared, evidence, tolerance,
                      abs(declared.value - evidence) <= tolerance, tuple(fact.doubts("platform")))


_PLACES = re.compile("|".join(region_names(load_catalog())))


def another_entity(review, fact: EvidenceFact) -> bool:
    """The statement says it was prepared by another company than the applicant (「编制单位：甬沪智联
    科技股份有限公司」, the listed parent, for 上海河姆渡实业发展有限公司): neither name holds the other."""
    preparer = fact.stated(PREPARED_BY)
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    if not preparer or applicant is None or not applicant.raw.strip():
        return False
    return different_companies(preparer, applicant.raw)


def different_companies(named: str, applicant: str) -> bool:
    """A company a proof names (its 编制单位, a certificate's holder) is not the applicant: neither name holds
    the other once their legal forms and places are dropped (「延锋金桥饰件系统」 is 「上海延锋金桥饰件系统有限公司」,
    a shorter name), or the proof's name holds the applicant's and adds words of a business of its own — a
    subsidiary named after its parent (「上海光明乳业数字科技有限公司」 is not 「光明乳业股份有限公司」, h69).
    False when either says nothing."""
    # a branch (「…有限公司嘉定分公司」) is its company: the same legal person
    x, y = (_PLACES.sub("", re.sub(r"[（）()]|有限|责任|股份|公司|集团", "", re.sub(r"公司[^公司]{1,8}分公司$", "公司", name_key(n))))
            for n in (named, applicant))
    if not (x and y):
        return False
    if y in x:
        return len(x) - len(y) >= 2  # 「光明乳业数字科技」 around 「光明乳业」: another company of the group
    return x not in y


def reading_of(review, fact: EvidenceFact) -> str | None:
    """Which of the 填报指引's two readings a fact of 平台订单数量 is (None for other fields, or unsaid)."""
    return _guidance_reading(fact.period) if "自然年" in (review.catalog.field(fact.field_id).guidance or "") else None


def _guidance_reading(period: str) -> str | None:
    """Which of the two readings 填报指引 3.1.1 names a period is: the natural year or the year
    before the form's date (a back office's 「近12个月合计」)."""
    if re.search(r"自然年|年度|全年", period):
        return "natural_year"
    if re.search(r"前一年|近一年|近\s*12\s*个?月", period):
        return "year_before"
    return None


def _same_reading(review, fact: EvidenceFact, reading: str, values: tuple[Decimal, ...],
                  tolerance: Decimal) -> tuple[Decimal, ...]:
    """The declared numbers a fact of one reading is compared with: the declared reading of the same
    name when the answer names its readings; the one declared number, unless the proof's other
    reading is that number (the applicant chose the other period); () when there is none."""
    typed = review.typed(fact.field_id)
    if typed is not None and isinstance(typed.normalized, dict):
        return tuple(Decimal(str(v)) for name, v in typed.normalized.items()
                     if _guidance_reading(name) == reading and isinstance(v, (int, float)))
    others = [Decimal(str(f.normalized)) for f in review.evidence if f.field_id == fact.field_id
              and f.normalized is not None and _guidance_reading(f.period) not in (None, reading)]
    if any(abs(value - other) <= tolerance for value in values for other in others):
        return ()
    return values


def _readings(review, field_id: str) -> tuple[Decimal, ...] | None:
    typed = review.typed(field_id)
    found = readings(review.catalog.field(field_id).value_type, typed.normalized) if typed is not None else None
    return found if found and len(found) > 1 else None


REVENUE_BOUNDED = ("revenue", "main_business_revenue")  # each at most the company's 营业收入


def company_bound(review, field_id: str) -> Comparison | None:
    """A revenue the form declares (the platform's 2023 revenue, the company's 主营业务收入) against
    the company's 营业收入 of that year in its statements: a part cannot exceed its whole."""
    declared = read_amount(review, field_id)
    if declared is None:
        return None
    for fact in review.evidence:
        if (fact.field_id == "main_business_revenue" and fact.component == COMPANY_REVENUE_COMPONENT
                and fact.scope == "company" and fact.status == "found" and fact.normalized is not None
                and not another_entity(review, fact)):  # a subsidiary's revenue bounds nothing of its parent's
            evidence = Decimal(str(fact.normalized))
            tolerance = max(declared.half_unit + half_unit(fact), MONEY_TOLERANCE)
            # The bound is as certain as its reading: a sentence's or an OCR'd figure makes a doubt.
            return Comparison(fact, field_id, "at_most", declared, evidence, tolerance,
                              declared.value <= evidence + tolerance, tuple(fact.doubts("company")))
    return None


def as_of_date(fact: EvidenceFact) -> tuple[int, int, int] | None:
    """The date a stock is counted at (「截至2024年3月31日」), as (year, month, day); None when not said."""
    return date_key(fact.as_of or "")


def superseded_by_later(fact: EvidenceFact, consistent: list[EvidenceFact]) -> bool:
    """Whether a later count of the same field backs the form: an export at 2024-03-31 that agrees
    makes the year-end export of 2023-12-31 an earlier snapshot, not a contradiction."""
    date = as_of_date(fact)
    return date is not None and any((d := as_of_date(c)) is not None and d > date for c in consistent)
