"""The platform's year in a table of periods (h55, first met 2026-12-06): quarters beside 「2023年全年合计」,
a 财务快报's 本月 | 本年累计 for January to December, and a JV's fiscal quarters down the rows with the calendar
year's own row. A 1-11月 累计 and a 财年 row are no year. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.vocabulary import PROFIT_COMPONENT
from assistant.evidence.platform import read_platform_figures


def _read(tmp_path: Path, name: str, page: list) -> dict:
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / name, [page])), read_platform_figures)
    return {k: v.normalized for k, v in facts.items() if k[0] in ("revenue", "rd_investment", "profit_margin")}


def test_quarters_beside_the_years_total(tmp_path: Path):
    page = [Line("平台业务2023年度分季度经营报表（单位：万元）"),
            Grid([["项目", "一季度", "二季度", "三季度", "四季度", "2023年全年合计"],
                  ["平台相关营业收入", "1,026.84", "1,198.52", "1,275.63", "1,625.31", "5,126.30"],
                  ["平台相关研发投入", "248.16", "276.90", "289.35", "323.07", "1,137.48"],
                  ["平台利润总额", "121.40", "168.25", "176.93", "236.00", "702.58"]], widths=[110, 60, 60, 60, 60, 90])]
    assert _read(tmp_path, "季度.pdf", page) == {("revenue", ""): 5126.3, ("rd_investment", ""): 1137.48,
                                                ("profit_margin", PROFIT_COMPONENT): 702.58}


def test_a_flash_reports_year_to_date_of_december_and_not_of_november(tmp_path: Path):
    def page(months: str) -> list:
        return [Line(f"平台业务财务快报（2023年{months[-3:-1]}月）"), Line(f"单位：万元 本年累计期间：2023年{months}"),
                Grid([["项目", "本月", "本年累计"], ["平台营业收入", "733.65", "6,842.10"], ["平台研发投入", "126.54", "1,211.20"]],
                     widths=[120, 80, 80])]
    assert _read(tmp_path, "12月.pdf", page("1-12月")) == {("revenue", ""): 6842.1, ("rd_investment", ""): 1211.2}
    assert _read(tmp_path, "11月.pdf", page("1-11月")) == {}


def test_fiscal_quarters_down_the_rows_and_the_calendar_years_row(tmp_path: Path):
    page = [Line("运营主体财务数据（财年与自然年对照） 单位：万元。"),
            Grid([["期间", "平台营业收入", "平台研发投入", "平台利润总额"],
                  ["2023财年第一季度（2023年4-6月）", "1,356.92", "318.40", "182.66"],
                  ["2023财年合计（2023.4-2024.3）", "5,769.81", "1,321.56", "787.99"],
                  ["2023年自然年合计（2023.1-2023.12）", "5,582.35", "1,288.61", "752.50"]], widths=[200, 90, 90, 90])]
    assert _read(tmp_path, "财年.pdf", page) == {("revenue", ""): 5582.35, ("rd_investment", ""): 1288.61,
                                                ("profit_margin", PROFIT_COMPONENT): 752.5}


def test_an_order_centres_periods_give_the_two_readings(tmp_path: Path):
    """h55: 「统计口径 | 订单数量（个）」 over a cumulative since launch, the natural year 2023 and the twelve months
    to June 2024: the two readings of 填报指引 3.1.1, never the cumulative or a half year."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.order_periods import read_order_periods

    page = [Line("平台订单统计（数据来源：平台订单中心）"),
            Grid([["统计口径", "订单数量（个）"], ["平台上线以来累计（2020.01-2024.06）", "86,420"],
                  ["2023年（1-12月）", "21,306"], ["2023年7月-2024年6月", "22,918"], ["2024年上半年", "11,020"]],
                 widths=[220, 100])]
    document = read_pdf(flow_pdf(tmp_path / "订单统计.pdf", [page]))
    facts = read_order_periods(document, load_catalog())
    assert sorted((v.period, v.normalized) for v in facts) == [("2023年自然年", 21306), ("截至填表日前一年", 22918)]
    text = document.pages[0].text
    assert all(text[c.span.start:c.span.end] == c.quote for v in facts for c in v.citations)


@pytest.mark.parametrize("ruled", [True, False])
def test_the_two_readings_across_the_columns_in_the_order_the_header_names_them(tmp_path: Path, ruled: bool):
    """h75: 「指标 | 近一年总量」 over 「2023年（自然年） | 截至填表日前一年（2023年7月—2024年6月）」, then
    「平台订单数量（个） | 148,620 | 156,304」; the order of the header decides which is which."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.order_periods import read_order_periods

    for k, (first, second, expected) in enumerate((
            ("2023年（自然年）", "截至填表日前一年（2023年7月—2024年6月）", [("2023年自然年", 148620), ("截至填表日前一年", 156304)]),
            ("近12个月（2023.07-2024.06）", "2023年全年", [("2023年自然年", 156304), ("截至填表日前一年", 148620)]))):
        page = [Line("一、平台订单数量（近一年总量）"),
                Grid([["指标", first, second], ["平台订单数量（个）", "148,620", "156,304"],
                      ["平台交易额（万元）", "18,325.19", "19,113.17"]], widths=[160, 150, 200], ruled=ruled)]
        document = read_pdf(flow_pdf(tmp_path / f"订单{k}.pdf", [page]))
        facts = read_order_periods(document, load_catalog())
        assert sorted((v.period, v.normalized) for v in facts) == expected
        text = document.pages[0].text
        assert all(text[c.span.start:c.span.end] == c.quote for v in facts for c in v.citations)


def test_a_year_to_dates_prior_column_is_the_year_before(tmp_path: Path):
    """h47: a 管理报表 for December prints 「本月数 | 本年累计 | 上年同期」: the year's column and the year before's
    (a 上年同期 of the month, before the 本年累计, is no year)."""
    from assistant.evidence.period_tables import period_table_figures

    page = [Line("平台业务管理报表 2023年12月"), Line("单位：千元"),
            Grid([["项目", "本月数", "上年同期", "本年累计", "上年同期"], ["营业收入", "213.07", "201.50", "186,427.31", "158,319.64"],
                  ["研发费用", "20.11", "18.40", "21,608.77", "11,132.96"]], widths=[100, 70, 70, 80, 80])]
    figures = period_table_figures(read_pdf(flow_pdf(tmp_path / "管理报表.pdf", [page])))
    assert sorted((f.item, f.year, f.cell.text.strip()) for f in figures) == [
        ("rd", 2022, "11,132.96"), ("rd", 2023, "21,608.77"), ("revenue", 2022, "158,319.64"), ("revenue", 2023, "186,427.31")]
