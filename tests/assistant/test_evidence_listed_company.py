"""A listed company's disclosures as evidence (h24's shapes, first met 2026-12-05): an ESG report's
关键绩效表 (指标 | 单位 | 2023年 | 2022年, the company's total beside the platform's part), a 问询函回复's
revenue by 业务分部 with 占比 columns, and an annual report's 分产品 note that states the platform's
revenue for the 报告期. Fixtures are our own (`fixtures.make_unseen_fixtures`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.financial import read_statements
from assistant.evidence.indicator_table import read_indicator_tables
from assistant.evidence.platform import read_platform_figures


def test_an_esg_kpi_table_gives_the_declared_years_column_and_not_the_company_total(tmp_path: Path):
    page = [Line("2023年度环境、社会及公司治理（ESG）报告"), Line("关键绩效表"),
            Grid([["指标", "单位", "2023年", "2022年"], ["研发人员", "人", "486", "452"],
                  ["授权专利（公司合计）", "项", "612", "575"], ["其中：工业互联网平台相关授权专利", "项", "38", "31"],
                  ["平台相关软件著作权", "个", "52", "44"], ["工业互联网平台实际服务企业", "家", "1,236", "1,018"]],
                 widths=[200, 50, 70, 70])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "esg.pdf", [page])), read_indicator_tables)
    assert facts["patents", ""].normalized == 38  # the platform's, not the company's 612
    assert facts["software_copyrights", ""].normalized == 52
    assert facts["enterprises_served", ""].normalized == 1236


def test_a_kpi_table_with_no_declared_year_says_nothing(tmp_path: Path):
    page = [Grid([["指标", "2022年", "2021年"], ["平台相关软件著作权（个）", "44", "39"]], widths=[200, 70, 70])]
    assert cited_facts(read_pdf(flow_pdf(tmp_path / "old.pdf", [page])), read_indicator_tables) == {}


def test_revenue_by_business_segment_with_share_columns_gives_the_platform_line(tmp_path: Path):
    page = [Line("问题2 关于业务分部"), Line("（一）报告期内各业务分部收入构成 单位：万元"),
            Grid([["业务分部", "2023年度金额", "占比", "2022年度金额", "占比"],
                  ["环境装备制造", "28,416.30", "61.28%", "26,018.77", "62.90%"],
                  ["数字化环境装备服务平台", "6,204.77", "13.38%", "5,318.42", "12.86%"],
                  ["合计", "34,621.07", "100.00%", "31,337.19", "100.00%"]], widths=[150, 80, 60, 80, 60])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "reply.pdf", [page])), read_platform_figures)
    assert facts["revenue", ""].normalized == pytest.approx(6204.77)
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == pytest.approx(5318.42)
    assert not facts["revenue", ""].confident  # a line by its name: doubted


def test_an_annual_reports_product_note_states_the_platform_revenue_of_the_report_period(tmp_path: Path):
    page = [Line("光明示例股份有限公司2023年年度报告"), Line("主营业务分产品情况 单位：元 币种：人民币"),
            Line("分产品情况说明：“数字化供应链服务”系公司依托示例工业互联网平台向牧场、供应商提供的平台服务收入，"),
            Line("报告期内实现收入4,688.72万元。")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "annual.pdf", [page])), read_platform_figures)
    assert facts["revenue", ""].normalized == pytest.approx(4688.72) and facts["revenue", ""].year == 2023


def test_a_special_audit_with_platform_rows_leaves_its_plain_income_statement_the_companys(tmp_path: Path):
    """h26: 「佐证1 平台业务专项审计报告.pdf」 holds the company's 利润表 (编制单位 the applicant) and, on
    the next page, 「平台业务利润表」; the file's name had made the company's 348亿 the platform's revenue."""
    pages = [[Line("平台业务专项审计报告")],
             [Line("利 润 表"), Line("编制单位：上海示例建工集团有限公司 2023年度 单位：元"),
              Grid([["项目", "本期金额", "上期金额"], ["一、营业收入", "34,862,206,015.33", "32,851,440,118.62"],
                    ["三、利润总额", "521,184,015.20", "488,026,331.45"]], widths=[150, 130, 130])],
             [Line("平台业务专项审计：平台业务利润表"), Line("单位：元"),
              Grid([["项目", "2023年度", "2022年度"], ["平台相关营业收入", "49,826,624.27", "42,158,002.27"],
                    ["平台利润总额", "5,480,912.27", "4,439,561.27"]], widths=[150, 110, 110])]]
    document = read_pdf(flow_pdf(tmp_path / "佐证1 平台业务专项审计报告.pdf", pages))
    statements = read_statements(document, load_catalog())
    assert {v.scope for v in statements} == {"company"}
    assert not [v for v in statements if v.field_id == "revenue"]
    platform = cited_facts(document, read_platform_figures)
    assert platform["revenue", ""].normalized == pytest.approx(4982.6624)


def test_a_listed_parents_statement_says_whose_it_is(tmp_path: Path):
    page = [Line("甬沪示例科技股份有限公司2023年年度报告"), Line("96 / 168"), Line("合并利润表"), Line("单位：元"),
            Grid([["项目", "本期发生额", "上期发生额"], ["一、营业总收入", "1,286,413,502.18", "1,174,026,338.65"],
                  ["三、利润总额", "101,336,208.45", "87,552,104.26"]], widths=[150, 130, 130])]
    statements = read_statements(read_pdf(flow_pdf(tmp_path / "年报.pdf", [page])), load_catalog())
    profit = next(v for v in statements if v.field_id == "total_profit")
    assert profit.scope == "company" and "编制单位：甬沪示例科技股份有限公司" in profit.reasons
