"""A money answer written in another unit than the 万元 its row asks (family answer_format, h66; in the
附件4 汇总表, summary_vs_form, h56).

The 申报表's money rows name their unit (「平台相关研发投入（万元）」) and the 填报指引 asks 万元 with 2 decimals.
An answer written 「0.100233亿元」 or 「10,023,300元」 can be converted — the value read is right — but the cell
is not filled as asked, and the 汇总表 copied from it carries the same unit. A warning names the unit written
and the value in 万元; never an error, since the amount itself is not in doubt.

The 汇总表's row written so (「4,826,300元」 where the 申报表 gives 482.63 万元) is a note in the family of the
汇总表's rows: the amounts agree, and one labeller files it as a problem (h56) where another's clean package
writes 「1.2亿元」 there (h73) — no warning on what may be accepted as it is.

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
        if (other := _other_unit(declared.raw)) is None:
            continue
        unit, shown = other
        yield make_finding(review, "answer_format.money_unit", "warning", [spec.id],
                           f"“{spec.label}”填写为“{declared.raw.strip()}”，以{unit}为单位；"
                           f"该栏目单位为万元，应填写 {shown}",
                           expected=shown, actual=declared.raw.strip())


@rule("summary_vs_form.money_unit", title="附件4汇总表金额栏目未按模板以万元填写", severity="info",
      basis="附件4 平台基本情况汇总表：金额栏目单位为万元，各行取自附件2 申报表")
def summary_money_in_its_unit(review) -> Iterator[Finding]:
    for row in review.rows:
        spec = review.catalog.summary_row(row.label)
        summary = next((r for r in row.readings if r.source == "汇总表"), None)
        if spec is None or spec.unit != "万元" or summary is None or (other := _other_unit(summary.raw)) is None:
            continue
        unit, shown = other
        yield Finding(rule="summary_vs_form.money_unit", severity="info", fields=(row.label,),
                      message=f"附件4汇总表“{row.label}”填写为“{summary.raw.strip()}”，以{unit}为单位；"
                              f"该栏目单位为万元，应填写 {shown}",
                      expected=shown, actual=summary.raw.strip(), citations=summary.citations[:1], files=(summary.file,))


def _other_unit(raw: str) -> tuple[str, str] | None:
    """(the unit written, the amount in 万元 as it should be written) for one amount written in another
    money unit than 万元; None for a 万元 amount, a bare number, a formula or several figures."""
    found = find_quantities(raw, skip_dates=True)
    written = [q for q, _s, _e in found if q.unit in MONEY_UNITS and q.unit != "万元"]
    if len(found) != 1 or not written:
        return None
    wan = to_wan(written[0], default_unit="万元")
    return written[0].unit, f"{format_decimal(wan, 2)} 万元" if wan is not None else "按万元折算"
