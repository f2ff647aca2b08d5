"""The transaction scale by year in a proof, and the 最近一年增长率 computed from it (h32, first met
2026-12-06: a rate declared as 2022's growth on 2021 instead of 2023's on 2022)."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.transaction_scale import read_transaction_scale


def _statement(path: Path, header: str = "年度 平台交易额（万元） 平台订单数（个） 同比增长", unit: str = "") -> Path:
    lines = [Line("平台交易规模统计说明"), *([Line(unit)] if unit else []), Line(header, gap=3),
             Line("2021年 28,640.00 140655 —", gap=3), Line("2022年 33,905.60 163259 18.4%", gap=3),
             Line("2023年 36,218.75 186420 6.8%"), Line("注：同比增长按交易额计算，保留一位小数。")]
    return flow_pdf(path, [lines])


def test_each_years_scale_is_an_input_of_the_rate(tmp_path: Path):
    facts = cited_facts(read_pdf(_statement(tmp_path / "交易.pdf")), read_transaction_scale)
    assert {c: f.normalized for (_f, c), f in facts.items()} == {
        "2021年平台交易规模（万元）": 28640.0, "2022年平台交易规模（万元）": 33905.6, "2023年平台交易规模（万元）": 36218.75}
    assert facts["transaction_growth", "2023年平台交易规模（万元）"].citations[0].quote == "36,218.75"
    # in 元 under a 单位 line: converted; a column of orders or without a unit: nothing
    yuan = cited_facts(read_pdf(_statement(tmp_path / "元.pdf", "年份 交易额 订单数 同比", "单位：元")), read_transaction_scale)
    assert yuan["transaction_growth", "2022年平台交易规模（万元）"].normalized == 3.39
    assert cited_facts(read_pdf(_statement(tmp_path / "单.pdf", "年度 订单数（个） 交易额 同比")), read_transaction_scale) == {}


def test_a_rate_of_the_wrong_years_is_flagged_with_the_years_it_is(tmp_path: Path, make_review, findings_of):
    facts = read_transaction_scale(read_pdf(_statement(tmp_path / "交易.pdf")), load_catalog())
    right = make_review(transaction_growth="6.82")
    right.evidence = facts
    assert findings_of("growth_rate.transaction_scale", right) == []
    wrong = make_review(transaction_growth="18.39")
    wrong.evidence = facts
    [finding] = findings_of("growth_rate.transaction_scale", wrong)
    assert finding.severity == "warning" and finding.expected == "6.82" and "2022年较2021年" in finding.message
    older = make_review(transaction_growth="18.39")
    older.evidence = [f for f in facts if not f.component.startswith("2023")]
    assert findings_of("growth_rate.transaction_scale", older) == []  # no 2023: nothing to recompute
