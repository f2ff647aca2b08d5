"""When an empty or worded answer to a required field of the 申报表 is no omission: a breakdown of a total of 0,
a growth on a year of no revenue or before the platform was built (`not_applicable`); 「不适用」 written where a
number is asked (`said_not_applicable`), and whether the rate is one the form's own figures compute
(`computable`: then 「不适用」 is no answer). `rules_completeness.required_fields_filled` asks these.

Must not: report findings or decide a severity.
"""

from __future__ import annotations

import re

from assistant.catalog.model import FieldSpec
from assistant.checks.declared_facts import read_amount
from assistant.values.answers import parse_date_range

_NOT_APPLICABLE_WORDS = re.compile(r"[(（]?(?:不适用|不涉及|暂无|无此项|N/?A)[)）]?[。.]?", re.IGNORECASE)


def said_not_applicable(spec: FieldSpec, raw: str) -> bool:
    """「不适用」 written where a number is asked (研发投入强度, 付费用户占比): a word, not the figure —
    treated as the marks 「/」 and 「—」 are (the 填报指引: 若无，请填写0)."""
    return spec.value_type in ("percent", "count", "money_wan", "count_with_list") \
        and _NOT_APPLICABLE_WORDS.fullmatch(raw.strip()) is not None


def not_applicable(review, spec: FieldSpec) -> bool:
    if spec.parent is not None:
        total = read_amount(review, spec.parent)
        if total is not None and total.value == 0:
            return True  # 海外设备连接数量 0: nothing to break down by country
    year = re.match(r"platform_revenue(_growth)?_(\d{4})$", spec.id)
    if year and year.group(1):  # a growth on a year of no revenue (2021年营收 0.00): no rate to give
        before = read_amount(review, f"platform_revenue_{int(year.group(2)) - 1}")
        if before is not None and before.value == 0:
            return True
    period = review.declared("construction_period")
    started = parse_date_range(period.raw) if period is not None else None
    if year and started is not None:
        first = started.start.year
        return int(year.group(2)) < first or (year.group(1) is not None and int(year.group(2)) - 1 < first)
    return False


def computable(review, spec: FieldSpec) -> bool:
    """A rate the 填报指引 computes from other fields, all of them declared as figures (研发投入强度 from
    研发投入 and 营收, h36): 「不适用」 there is no answer, the inputs give one."""
    return any(r.kind in ("ratio", "growth") and all(t.field and read_amount(review, t.field) is not None for t in r.terms)
               for r in spec.relations)
