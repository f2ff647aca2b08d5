"""A rate answered as a change of the rate in 百分点 (family answer_format, h52).

The 申报表's rate rows ask a rate in % (平台交易规模年增长率: the last year's growth; 利润率, 国产化率 …). An
answer 「较上年提高12.6个百分点」 says how much the rate rose, not the rate: the row is not filled as asked,
whatever the number. A warning, since the rate itself may be right elsewhere in the package; an answer
that gives the rate too (「15.84%（较上年提高3.2个百分点）」) says nothing.

Must not: judge the rate (`rules_formulas`, `rules_evidence` do).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.core.findings import Finding

_POINTS = re.compile(r"\d\s*个?\s*百分点")
_A_RATE = re.compile(r"\d\s*(?:%|％|‰)")


@rule("answer_format.percentage_points", title="比率栏目填写为百分点变化而非比率本身", severity="warning",
      basis="申报表：比率类栏目单位为%（填报指引：平台交易规模年增长率填最近一年增长率）")
def rate_not_points(review) -> Iterator[Finding]:
    for spec in review.catalog.fields:
        declared = review.primary_form.get(spec.id)
        if spec.unit != "%" or declared is None:
            continue
        raw = declared.raw.strip()
        if not _POINTS.search(raw) or _A_RATE.search(raw):
            continue
        yield make_finding(review, "answer_format.percentage_points", "warning", [spec.id],
                           f"“{spec.label}”填写为“{raw}”，是比率较上年的变化（百分点），不是该栏目要求的比率（%）",
                           expected="比率（%）", actual=raw)
