"""「平台相关营业收入…，同比增长9.80%」 in the 申报书 against the form's own 近三年 revenues (h36, first met
2026-12-07). Small real packages (python-docx, real readers) from `application_files`."""

from __future__ import annotations

import pytest
from application_files import INDICATORS, Outline, load_review, run_rule, write_package

# 2,400.00 → 2,160.00: a fall of 10.00%
HISTORY = ("2021年平台营收2000.00万元/增长率5.00%；2022年平台营收2400.00万元/增长率20.00%；"
           "2023年平台营收2160.00万元/增长率-10.00%")


@pytest.mark.parametrize("prose, found", [
    ("平台相关营业收入2160.00万元，同比增长10.00%。", True),  # the direction turned
    ("2023年平台营收较上年增长12%，服务企业稳步增加。", True),
    ("平台相关营业收入2160.00万元，同比下降10.00%。", False),
    ("2023年平台营收较上年下降约10%。", False),
    ("平台营收同比减少9.996%。", False),  # within the last written digit and the inputs' rounding
    ("2022年平台营收2400.00万元，同比增长20.00%。", False),  # another year's change
    ("平台营收较上年申报增长10.00%。", False),  # last year's declaration, not last year's revenue
    ("平台营收2160.00万元，利润总额同比增长10.00%。", False),  # another quantity's change
    ("公司营业收入同比增长10.00%。", False),  # the company's revenue
    ("力争2025年平台营收同比增长15%。", False),  # a plan
])
def test_revenue_growth_stated(tmp_path, prose, found):
    indicators = {**INDICATORS, "平台相关营业收入（万元）": "2160.00", "平台近三年经营指标情况": HISTORY}
    review = load_review(write_package(tmp_path / "pkg", outline=Outline(section2_prose=prose),
                                       form={"indicators": indicators}), tmp_path / "ws")
    assert review.number("platform_revenue_2022") == 2400.0
    findings = run_rule("narrative_vs_form.growth", review)
    assert bool(findings) is found
    assert all(f.severity == "warning" and f.doubts for f in findings)
