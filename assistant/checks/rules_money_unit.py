"""A money answer written in another unit than the 万元 its row asks (family answer_format, h66).

The 申报表's money rows name their unit (「平台相关研发投入（万元）」) and the 填报指引 asks 万元 with 2 decimals.
An answer written 「0.100233亿元」 or 「10,023,300元」 can be converted — the value read is right — but the cell
is not filled as asked, and the 汇总表 copied from it carries the same unit. A warning names the unit written
and the value in 万元; never an error, since the amount itself is not in doubt.

Must not: judge the amount (`rules_evidence`, `rules_formulas` do) or the decimals (`answer_format.two_decimals`).
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.core.findings import Finding
from assistant.values.numbers import (
    MONEY_UNITS,
    find_quantities,
    format_decimal,
    to_wan,
)


@rule("answer_format.money_unit", title="金额栏目未按要求以万元填写", severity="warning",
      basis="申报表：金额栏目单位为万元（填报指引：保留2位小数）")
def money_in_its_unit(review) -> Iterator[Finding]:
    for spec in review.catalog.fields:
        declared = review.primary_form.get(spec.id)
        if spec.unit != "万元" or not spec.value_type.startswith("money") or declared is None:
            continue
        found = find_quantities(declared.raw, skip_dates=True)
        written = [q for q, _s, _e in found if q.unit in MONEY_UNITS and q.unit != "万元"]
        if len(found) != 1 or not written:
            continue  # a formula or several figures: not one amount in another unit
        wan = to_wan(written[0], default_unit="万元")
        shown = f"{format_decimal(wan, 2)} 万元" if wan is not None else "按万元折算"
        yield make_finding(review, "answer_format.money_unit", "warning", [spec.id],
                           f"“{spec.label}”填写为“{declared.raw.strip()}”，以{written[0].unit}为单位；"
                           f"该栏目单位为万元，应填写 {shown}",
                           expected=shown, actual=declared.raw.strip())
