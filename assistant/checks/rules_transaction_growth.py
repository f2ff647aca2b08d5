"""平台交易规模年增长率 against the proof's transaction scale by year (family growth_rate).

The 填报指引 asks for 「最近一年增长率」 of the platform's transaction scale but not for the scale
itself, so the declared rate can only be recomputed from a proof that states the scale year by
year (`evidence.transaction_scale`: components 「2023年平台交易规模（万元）」). From one document's
2023 and 2022 figures the rate is (2023 − 2022) ÷ 2022 × 100%. A difference is a warning, never an
error: 「最近一年」 may also be read as the year before the form's date, and the table is the
applicant's own. Where the declared rate is another pair of years' growth (2022 on 2021), the
finding says so.

Must not: compare with a proof's printed 同比 column (rounded to one decimal), or mix years from two
documents.
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
from assistant.checks.rules_evidence import with_evidence

_COMPONENT = re.compile(r"^(20\d\d)年平台交易规模（万元）$")
_LATEST = 2023  # the notice's year: 「最近一年」 is 2023 on 2022
_TOLERANCE = Decimal("0.01")


@rule("growth_rate.transaction_scale", title="交易规模年增长率与证明材料中的逐年交易规模不符", severity="warning",
      basis="填报指引 3.1.1：平台交易规模年增长率（%）：最近一年增长率")
def transaction_growth_from_scale(review):
    declared = read_amount(review, "transaction_growth")
    if declared is None:
        return
    by_file: dict[str, dict[int, object]] = {}
    for fact in review.evidence_for("transaction_growth"):
        found = _COMPONENT.match(fact.component)
        if found and fact.normalized is not None and fact.citations and fact.status == "found":
            by_file.setdefault(fact.citations[0].file, {}).setdefault(int(found[1]), fact)
    for _file, years in sorted(by_file.items()):
        if _LATEST not in years or _LATEST - 1 not in years:
            continue
        expected = _growth(years[_LATEST], years[_LATEST - 1])
        if expected is None or abs(expected - declared.value) <= _TOLERANCE + declared.half_unit:
            return  # one proof backs the declared rate
        this, last = years[_LATEST], years[_LATEST - 1]
        spec = review.catalog.field("transaction_growth")
        message = (f"{short_name(spec)}填报 {declared.show()}%，证明材料《{this.citations[0].file}》第{this.citations[0].page}页"
                   f"所列{_LATEST}年交易规模 {_wan(this)}、{_LATEST - 1}年 {_wan(last)}，最近一年增长率应为 {expected}%"
                   f"（差 {show_decimal(abs(expected - declared.value))} 个百分点）")
        earlier = [y for y in sorted(years) if y - 1 in years and y < _LATEST
                   and (g := _growth(years[y], years[y - 1])) is not None
                   and abs(g - declared.value) <= _TOLERANCE + declared.half_unit]
        if earlier:
            message += f"；所填数值与{earlier[-1]}年较{earlier[-1] - 1}年的增长率一致，疑为年份取错"
        doubts = ["填报指引的“最近一年”也可理解为截至填表日前一年", "逐年交易规模为申报单位自行统计"]
        finding = make_finding(review, "growth_rate.transaction_scale", "warning", ["transaction_growth"], message,
                               expected=f"{expected}", actual=declared.show(), tolerance=str(_TOLERANCE),
                               doubts=doubts)
        yield with_evidence(finding, [this, last])
        return


def _growth(this, last) -> Decimal | None:
    base = Decimal(str(last.normalized))
    if base <= 0:
        return None
    change = (Decimal(str(this.normalized)) - base) / base * 100
    return change.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _wan(fact) -> str:
    return f"{show_decimal(Decimal(str(fact.normalized)))} 万元"
