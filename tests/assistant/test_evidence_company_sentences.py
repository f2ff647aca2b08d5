"""The company's own figures stated in sentences (h8: the company's revenue only in 「…营业收入3.27亿元」):
read as company-scoped facts of the declared year, with less certainty than a statement, never from
a customer's, a group's or a changed figure, and never over a statement of the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.catalog.vocabulary import COMPANY_REVENUE_COMPONENT
from assistant.evidence.company_sentences import read_company_sentences
from assistant.evidence.prose import PROSE_CONFIDENCE

LETTER = [
    Line("关于2023年度经营情况的说明", centred=True, size=14),
    Line("上海示例智造科技有限公司成立于2015年，是一家专注于工业互联网的高新技术企业。"),
    Line("2023年，公司全年实现营业收入3.27亿元，同比增长12.6%，利润总额2,890.5万元。"),
    Line("其中平台相关营业收入5,236.48万元，平台相关研发投入1,120.30万元。"),
    Line("2023年末，公司资产总额为5.61亿元，较上年末增加0.8亿元。"),
    Line("特此说明。"),
]


def test_company_figures_in_sentences_are_company_facts_of_the_year(tmp_path: Path):
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "说明.pdf", [LETTER])), read_company_sentences)
    assert set(facts) == {("main_business_revenue", COMPANY_REVENUE_COMPONENT), ("total_profit", ""),
                          ("total_assets", "")}
    revenue = facts["main_business_revenue", COMPANY_REVENUE_COMPONENT]
    assert revenue.normalized == 32700.0 and revenue.unit == "亿元" and revenue.scope == "company"
    assert revenue.year == 2023 and revenue.confidence == PROSE_CONFIDENCE
    assert revenue.citations[0].quote == "公司全年实现营业收入3.27亿元"
    assert facts["total_profit", ""].normalized == 2890.5
    assert facts["total_profit", ""].citations[0].quote == "利润总额2,890.5万元"  # not 「.6%，利润总额…」
    assets = facts["total_assets", ""]
    assert assets.normalized == 56100.0
    assert not any("年末" in r for r in assets.reasons if r.startswith("存疑：句中"))  # 「2023年末」 says the moment


@pytest.mark.parametrize("sentence", [
    "2023年，平台帮助客户企业营业收入提升1.2亿元。",  # the customers' figure
    "2023年，集团公司实现营业收入120.5亿元。",  # the group's
    "2023年，母公司营业收入8.6亿元。",  # the parent's
    "2023年，公司营业收入较上年增长0.42亿元。",  # a change
    "2022年，公司实现营业收入2.91亿元。",  # not the declared year
    "2024年，公司计划实现营业收入4亿元。",  # a plan
    "2023年，公司工业互联网平台实现营业收入5,236.48万元。",  # the platform's
])
def test_other_scopes_changes_and_years_give_nothing(tmp_path: Path, sentence: str):
    document = read_pdf(flow_pdf(tmp_path / "说明.pdf", [[Line("情况说明", centred=True), Line(sentence)]]))
    assert read_company_sentences(document, load_catalog()) == []


def test_a_statement_in_the_same_file_wins_over_its_sentence(tmp_path: Path):
    from assistant.core.settings import Settings
    from assistant.evidence.extractor import OfflineExtractor
    from assistant.package.loader import load_package
    from assistant.package.model import FileRole
    from assistant.review.build import build_review

    audit = flow_pdf(tmp_path / "package" / "审计报告.pdf", [
        [Line("审计报告", centred=True, size=14),
         Line("我们审计了公司2023年度财务报表。2023年，公司实现营业收入3.27亿元，利润总额2,890.5万元。")],
        [Line("合并利润表", centred=True), Line("2023年度  单位：元"),
         Grid([["项目", "本期金额", "上期金额"], ["一、营业收入", "327,154,300.00", "290,880,100.00"],
               ["三、利润总额", "28,905,120.00", "24,100,300.00"]])],
    ])
    package = load_package(audit.parent, Settings(workspace=tmp_path / "ws", render_docx=False))
    assert [m.role for m in package.files] == [FileRole.audit_report]
    values = build_review(package, evidence=OfflineExtractor().extract).evidence
    company = [v for v in values if v.scope == "company" and v.field_id in ("main_business_revenue", "total_profit")]
    assert sorted((v.field_id, v.value) for v in company) == [
        ("main_business_revenue", "327,154,300.00"), ("total_profit", "28,905,120.00")]


def test_a_title_naming_the_platform_does_not_make_the_companys_sentence_the_platforms(tmp_path: Path):
    """h10: the title 「…工业互联网平台经营情况说明」 glued to 「2023年，公司实现营业收入159.64亿元，其中主营业务
    收入158.72亿元」 made the company's 主营业务收入 the platform's revenue (an error of 99.5%). Whose
    amount it is, is what the words before it named last; 「平台对外实现营业收入」 is the platform's."""
    from assistant.evidence.platform import read_platform_figures

    document = read_pdf(flow_pdf(tmp_path / "说明.pdf", [[
        Line("示例工业互联网平台经营情况说明", centred=True, size=14, gap=2),
        Line("2023年，公司实现营业收入159.64亿元，其中主营业务收入158.72亿元。公司内部生产基地全部接入平台。"),
        Line("平台对外实现营业收入7,264.83万元，同比增长18.99%。平台实现利润总额912.66万元。")]]))
    platform = {(v.field_id, v.component): v.normalized for v in read_platform_figures(document, load_catalog())}
    assert platform["revenue", ""] == 7264.83
    assert 15872000.0 not in platform.values() and 1596400.0 not in platform.values()
    company = {(v.field_id, v.component): v.normalized for v in read_company_sentences(document, load_catalog())}
    assert company == {("main_business_revenue", COMPANY_REVENUE_COMPONENT): 1596400.0,
                       ("main_business_revenue", ""): 1587200.0}


def test_an_amount_in_brackets_in_prose_is_an_aside_never_a_negative(tmp_path: Path):
    """h13: 「…占本公司营业收入（55.6108亿元）的2.49%」 was read as a company revenue of −556,108 万元, and
    both the platform's revenue and the 主营业务收入 were warned to exceed it."""
    document = read_pdf(flow_pdf(tmp_path / "说明.pdf", [[Line("关于平台业务财务数据的专项说明", centred=True),
                                                       Line("2023年度公司实现营业收入（55.6108亿元），同比增长8%。")]]))
    values = read_company_sentences(document, load_catalog())
    assert values and all(v.normalized > 0 for v in values)
    assert {v.normalized for v in values if v.field_id == "main_business_revenue"} == {556108.0}
