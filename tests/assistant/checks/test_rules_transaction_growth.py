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


def test_a_kpi_sheet_with_years_across_gives_each_years_scale_and_its_stated_change(tmp_path: Path):
    """h15: 「指标 | 2023Q1 … 2023Q4 | 2023全年 | 2022全年 | 同比」 over 「FY2023 订单额/万元 | … | 9745.17 | 8412.6 | 15.84%」:
    each whole year's 订单额 is that year's scale, the row's 同比 the rate the sheet states for them; the orders'
    row (a count) and a row without a money unit give nothing."""
    from openpyxl import Workbook

    from extractors.reader import read_file

    book = Workbook()
    sheet = book.active
    sheet.append(["指标", "2023Q1", "2023Q2", "2023Q3", "2023Q4", "2023全年", "2022全年", "同比"])
    sheet.append(["年度订单（2023）/单", 4862, 5216, 5438, 5844, 21360, 18426, "15.92%"])
    sheet.append(["FY2023 订单额/万元", 2186.4, 2402.55, 2488.16, 2668.06, 9745.17, 8412.6, "15.84%"])
    sheet.append(["成交额", 1, 2, 3, 4, 10, 9, "11.11%"])
    book.save(path := tmp_path / "KPI.xlsx")
    facts = cited_facts(read_file(path), read_transaction_scale)
    assert {c: f.normalized for (_f, c), f in facts.items()} == {
        "2023年平台交易规模（万元）": 9745.17, "2022年平台交易规模（万元）": 8412.6, "": 15.84}
    assert facts["transaction_growth", ""].citations[0].quote == "15.84%"
