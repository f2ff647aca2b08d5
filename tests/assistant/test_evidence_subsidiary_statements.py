"""A subsidiary's own statements as the platform's proof (h52, first met 2026-12-06): a cover that is a
company's name over 「二〇二三年度财务报表（附属公司 · 平台业务）」 makes its statements the platform's (doubted),
names whose figures they are, gives each of the three years' revenue, and reads a Hong Kong 税前利润 as
the 利润总额. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import PREPARED_BY
from assistant.evidence.financial import read_statements

ROWS = [["项目", "二〇二一年度", "二〇二二年度", "二〇二三年度"],
        ["营业收入（平台服务）", "1,236.18", "1,874.52", "2,286.40"], ["研发费用", "—", "—", "512.36"],
        ["税前利润", "—", "—", "286.24"]]


def _statements(tmp_path: Path, subtitle: str) -> list:
    pdf = flow_pdf(tmp_path / "财务报表.pdf", [
        [Line("示例数智（香港）有限公司", 16), Line("二〇二三年度财务报表", 14), Line(subtitle, 12)],
        [Line("损益表", 12), Line("截至二〇二三年十二月三十一日止年度 单位：人民币万元", 8), Grid(ROWS, widths=[160, 100, 100, 100])]])
    return read_statements(read_pdf(pdf), load_catalog())


def test_a_subsidiarys_platform_statements_give_three_years_and_whose_they_are(tmp_path: Path):
    facts = {(v.field_id, v.component): v for v in _statements(tmp_path, "（附属公司 · 平台业务）")}
    assert {k[0]: v.normalized for k, v in facts.items() if k[0] not in ("profit_margin", "roi")} == {
        "revenue": 2286.4, "platform_revenue_2021": 1236.18, "platform_revenue_2022": 1874.52,
        "platform_revenue_2023": 2286.4, "rd_investment": 512.36}
    assert {v.normalized for k, v in facts.items() if k[0] in ("profit_margin", "roi")} == {286.24}
    revenue = facts[("revenue", "")]
    assert revenue.scope == "platform" and revenue.confidence < 0.8
    assert f"{PREPARED_BY}示例数智（香港）有限公司" in revenue.reasons


def test_without_the_platform_subtitle_they_are_the_companys(tmp_path: Path):
    facts = _statements(tmp_path, "（经审计）")
    assert {(v.field_id, v.normalized) for v in facts} == {("main_business_revenue", 2286.4), ("total_profit", 286.24)}
    assert all(v.scope == "company" for v in facts)


def test_the_auditors_name_on_the_cover_is_not_whose_statements_they_are(tmp_path: Path):
    pdf = flow_pdf(tmp_path / "财务报表.pdf", [
        [Line("上海示例会计师事务所有限公司", 12), Line("示例数智（香港）有限公司", 16), Line("二〇二三年度财务报表", 14),
         Line("（附属公司 · 平台业务）", 12)],
        [Line("损益表", 12), Line("截至二〇二三年十二月三十一日止年度 单位：人民币万元", 8), Grid(ROWS, widths=[160, 100, 100, 100])]])
    revenue = next(v for v in read_statements(read_pdf(pdf), load_catalog()) if v.field_id == "revenue")
    assert f"{PREPARED_BY}示例数智（香港）有限公司" in revenue.reasons
