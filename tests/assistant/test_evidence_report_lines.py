"""A listed group's annual report (h60, first met 2026-12-06): the row of its 营业收入构成 and the column of
its 分部信息 that name the platform give the platform's revenue by year and its 利润总额, in 万元, doubted and
named as the group's; a row that does not name the platform, a 合计 or a share gives nothing; the figure
bounds the declared one (a line may hold more than the platform). Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import GROUP_LINE, PREPARED_BY
from assistant.evidence.report_lines import read_report_lines

HEAD = Line("示例集团股份有限公司2023年年度报告", 8)
COMPOSITION = [["", "2023年金额", "占营业收入比重", "2022年金额", "占营业收入比重", "同比增减(%)"],
               ["营业收入合计", "1,286,453,972.18", "100%", "1,174,209,563.21", "100%", "9.56"],
               ["分产品", "", "", "", "", ""],
               ["航运物流数字化", "411,665,271.09", "32.00%", "364,004,964.59", "31.00%", "13.09"],
               ["工业互联网平台及解决方案", "186,532,408.66", "14.50%", "152,318,775.40", "12.97%", "22.46"]]
SEGMENTS = [["项目", "航运物流数字化", "工业互联网平台及解决方案", "分部间抵销", "合计"],
            ["营业收入（本期）", "619,069,054.10", "186,532,408.66", "-20,000,000.00", "1,286,453,972.18"],
            ["营业收入（上期）", "570,949,058.16", "152,318,775.40", "-18,000,000.00", "1,174,209,563.21"],
            ["利润总额（本期）", "65,000,000.00", "28,450,776.31", "-1,145,195.11", "162,305,581.20"]]
WIDTHS = [130, 80, 70, 80, 70, 60]


def _report(tmp_path: Path) -> list:
    pdf = flow_pdf(tmp_path / "2023年年度报告（节选）.pdf", [
        [HEAD, Line("2023年年度报告", 16)],
        [HEAD, Line("（1）营业收入构成 单位：元"), Grid(COMPOSITION, widths=WIDTHS)],
        [HEAD, Line("分部信息"), Line("报告分部的财务信息 单位：元"), Grid(SEGMENTS, widths=[100, 90, 100, 90, 100])]])
    return read_report_lines(read_pdf(pdf), load_catalog())


def test_the_platforms_line_and_column_of_a_groups_report(tmp_path: Path):
    values = _report(tmp_path)
    found = {(v.field_id, v.component, v.citations[0].page): v.normalized for v in values}
    assert found == {
        ("revenue", "", 2): 18653.240866, ("platform_revenue_2023", "2023年平台营收（万元）", 2): 18653.240866,
        ("platform_revenue_2022", "2022年平台营收（万元）", 2): 15231.87754,
        ("revenue", "", 3): 18653.240866, ("platform_revenue_2023", "2023年平台营收（万元）", 3): 18653.240866,
        ("platform_revenue_2022", "2022年平台营收（万元）", 3): 15231.87754,
        ("profit_margin", "平台利润总额（万元）", 3): 2845.077631, ("roi", "平台年利润（万元）", 3): 2845.077631}
    revenue = next(v for v in values if v.field_id == "revenue")
    assert revenue.scope == "platform" and revenue.confidence < 0.8
    assert revenue.reasons[0].startswith(GROUP_LINE) and f"{PREPARED_BY}示例集团股份有限公司" in revenue.reasons
    assert "186,532,408.66" in revenue.citations[0].quote and "工业互联网平台及解决方案" in revenue.citations[0].quote
