"""The three case averages against the users' letters (family formula).

平台连接工业设备运维成本平均下降率, 能耗平均下降率 and 安全生产持续时间平均提升率 are, by the 填报指引,
"基于提供的3个案例，计算3个案例平均值，保留2位小数". When the proofs state the change of exactly three
cases (`evidence.case_rates`: one user's letter a case), their mean, rounded as the notice rounds,
is what the form should say. The letters are read from scans more often than not, and which three
cases the applicant averaged is the applicant's choice: a difference is a warning that says so.

The 降低成本 answer (「基于3个案例：运维成本分别下降15.40%、18.60%、13.10%，平均下降15.70%」) states each
case's rate; a rate it lists that none of the three letters states is a case the letters do not prove
(`case_list`, declared_vs_evidence).

Must not: average other than three cases (two letters prove nothing of the average; four leave the
choice open) or compare a case's rate with the average.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from assistant.checks import rule
from assistant.checks.declared_facts import (
    make_finding,
    read_amount,
    short_name,
    show_decimal,
)
from assistant.evidence.case_rates import CASE_BY_ORDER, CASE_RATE_FIELDS

_TOLERANCE = Decimal("0.01")  # the average is kept to 2 decimals


@rule("formula.case_average", title="案例平均值与用户证明中的三个案例不符", severity="warning",
      basis="填报指引 3.1.2：运维成本/能耗平均下降率、安全生产持续时间平均提升率基于提供的3个案例，计算3个案例平均值，保留2位小数")
def case_averages(review):
    for field_id in CASE_RATE_FIELDS:
        declared = read_amount(review, field_id)
        cases = _cases(review.evidence_for(field_id))
        if declared is None or len(cases) != 3:
            continue
        rates = [Decimal(str(f.normalized)) for f in cases.values()]
        mean = (sum(rates) / 3).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if abs(mean - declared.value) <= _TOLERANCE + declared.half_unit:
            continue
        spec = review.catalog.field(field_id)
        listing = "、".join(f"{f.component} {show_decimal(Decimal(str(f.normalized)))}%（《{f.citations[0].file}》第{f.citations[0].page}页）"
                           for _key, f in sorted(cases.items()))
        message = (f"{short_name(spec)}填报 {declared.show()}%，用户证明中三个案例为 {listing}，"
                   f"平均值应为 {mean}%（差 {show_decimal(abs(mean - declared.value))} 个百分点）")
        doubts = ["申报所用的3个案例可能与证明材料中的不同"]
        doubts += [r for f in cases.values() for r in f.reasons if "OCR" in r][:1]
        yield make_finding(review, "formula.case_average", "warning", [field_id], message,
                           expected=f"{mean}", actual=declared.show(), tolerance=str(_TOLERANCE), doubts=doubts)


# 「运维成本分别下降15.40%、18.60%、13.10%」: the thing, 分别, its direction, then two or more rates
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_LISTED = r"分别(?:为)?(?:{direction})?(?:了|约)?\s*(?P<rates>{n}\s*[%％]?(?:\s*[、,，和及与]\s*{n}\s*[%％]?)+)"


@rule("declared_vs_evidence.case_list", title="申报表列出的案例成效与用户证明不符", severity="warning",
      basis="填报指引 3.1.2：解决方案累计对企业/用户降低成本——基于提供的3个案例，简述3个案例对企业/用户降低成本情况")
def case_list(review):
    declared = review.declared("solutions_cost_reduction")
    if declared is None:
        return
    for field_id, (thing, direction) in CASE_RATE_FIELDS.items():
        listed = re.search(rf"(?:{thing})[^。；;%]{{0,12}}?" + _LISTED.format(direction=direction, n=_NUMBER),
                           declared.raw)
        cases = _cases(review.evidence_for(field_id))
        if listed is None or len(cases) != 3:
            continue
        stated = [Decimal(n) for n in re.findall(_NUMBER, listed.group("rates"))]
        proved = [Decimal(str(f.normalized)) for f in cases.values()]
        if len(stated) != 3:
            continue
        unproved = [r for r in stated if not _take(proved, r)]
        if not unproved:
            continue
        spec = review.catalog.field(field_id)
        letters = "、".join(f"{show_decimal(Decimal(str(f.normalized)))}%（《{f.citations[0].file}》第{f.citations[0].page}页）"
                            for _key, f in sorted(cases.items()))
        shown = "、".join(f"{show_decimal(r)}%" for r in unproved)
        message = (f"申报表“解决方案累计对企业/用户降低成本”称{listed.group(0)}，其中 {shown} 未见于用户证明；"
                   f"用户证明中三个案例的{short_name(spec).removesuffix('平均下降率').removesuffix('平均提升率')}变化为 {letters}")
        doubts = [r for f in cases.values() for r in f.reasons if "OCR" in r][:1]
        yield make_finding(review, "declared_vs_evidence.case_list", "warning", ["solutions_cost_reduction", field_id],
                           message, expected="、".join(f"{show_decimal(r)}" for r in sorted(proved)),
                           actual="、".join(show_decimal(r) for r in stated), tolerance="0.005", doubts=doubts)


def _take(proved: list[Decimal], rate: Decimal) -> bool:
    """Take from `proved` the letter's rate equal to `rate` as written (15.4 is 15.40)."""
    match = next((p for p in proved if abs(p - rate) < Decimal("0.005")), None)
    if match is not None:
        proved.remove(match)
    return match is not None


def _cases(facts) -> dict[tuple[str, str], object]:
    """One fact per case: a written 「案例2」 is that case wherever it is; a letter numbered by its place in
    its file is its file's (three one-letter files are three cases, h32). A letter numbered so whose rate
    another file's letter already gave is that letter bound twice (a 汇编 beside the single files)."""
    cases: dict[tuple[str, str], object] = {}
    for fact in facts:
        if not fact.component.startswith("案例") or fact.normalized is None:
            continue
        file = fact.citations[0].file if fact.citations else ""
        if CASE_BY_ORDER not in fact.reasons:
            cases.setdefault(("", fact.component), fact)
        elif not any(other.normalized == fact.normalized and other.citations and other.citations[0].file != file
                     for other in cases.values()):
            cases.setdefault((file, fact.component), fact)
    return cases
