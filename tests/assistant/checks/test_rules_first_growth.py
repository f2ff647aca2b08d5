"""The 2021 growth rate against the 2020 platform revenue a proof prints beside the three years (h68, first met
2026-12-06): recomputed from the form's 2021 revenue, a warning when it differs beyond rounding."""

from __future__ import annotations

import pytest

from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from extractors.model import Span


def _base(value: float, scope: str = "platform") -> EvidenceValue:
    quote = "平台相关营业收入 86,410,275.42"
    return EvidenceValue(field_id="platform_revenue_growth_2021", label="2021年平台营收增长率（%）",
                         component="2020年平台营收（万元）", value="86,410,275.42", unit="元", normalized=value,
                         scope=scope, year=2020, period="2020年度", method="table_row",
                         citations=(Citation(file="3-1 审计报告.pdf", page=5, quote=quote, span=Span(start=0, end=len(quote))),))


@pytest.mark.parametrize(("declared_rate", "scope", "flagged"), [
    ("14.17", "platform", False),  # 9865.23 on 8641.03: +14.17%
    ("14.18", "platform", True),  # beyond the rounding of the rate and of 9865.23
    ("11.47", "platform", True),
    ("11.47", "company", False),  # the company's 2020 revenue is no base of the platform's
])
def test_the_first_growth_rate_on_the_proofs_2020(make_review, findings_of, declared_rate, scope, flagged):
    review = make_review(platform_revenue_2021="9865.23", platform_revenue_growth_2021=declared_rate)
    review.evidence = [_base(8641.027542, scope)]
    found = findings_of("growth_rate.first_year", review)
    assert bool(found) is flagged
    assert all(f.severity == "warning" and "8641.03" in f.message and f.doubts for f in found)
