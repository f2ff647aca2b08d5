"""「2023年平台营收较上年翻一番」 in the 申报书 against the form's own 近三年 revenues (h63, first met 2026-12-06).
Small real packages (python-docx, real readers) from `application_files`."""

from __future__ import annotations

import pytest
from application_files import INDICATORS, Outline, load_review, run_rule, write_package

HISTORY = ("2021年平台营收1560.00万元/增长率8.00%；2022年平台营收3120.50万元/增长率100.03%；"
           "2023年平台营收4012.80万元/增长率28.59%")


@pytest.mark.parametrize("prose, found", [
    ("2023年平台营收较上年翻一番，交易规模保持较快增长。", True),  # 3,120.50 → 4,012.80: +28.59%
    ("平台营业收入同比实现翻番。", True),
    ("近三年平台营收翻了一番。", False),  # 1,560.00 → 4,012.80: ×2.57
    ("近三年平台营收翻了两番。", True),  # ×4 claimed, ×2.57 found
    ("平台营收较上年增长28.59%，近三年翻了一番。", False),  # two base years in one sentence: not read
    ("平台营收实现翻一番。", False),  # no base year: which growth is meant cannot be told
    ("力争到2026年平台营收较上年翻一番。", False),  # a plan
    ("客户企业产能较上年翻一番。", False),  # not the platform's revenue
])
def test_revenue_said_to_have_doubled(tmp_path, prose, found):
    indicators = {**INDICATORS, "平台相关营业收入（万元）": "4012.80", "平台近三年经营指标情况": HISTORY}
    review = load_review(write_package(tmp_path / "pkg", outline=Outline(section2_prose=prose),
                                       form={"indicators": indicators}), tmp_path / "ws")
    assert review.number("platform_revenue_2022") == 3120.5
    findings = run_rule("narrative_vs_form.doubling", review)
    assert bool(findings) is found
    assert all(f.severity == "warning" and f.doubts for f in findings)
