"""Issue 12, class 1: an audit report holds the company's statements and, pages later, a platform
part. Platform figures come from the platform part (cited on its page); the company statements
feed only the enterprise's own fields and are marked `company`.

The documents are made by tests/fixtures/make_unseen_fixtures.py (not the eval-set generator).
"""

from __future__ import annotations

import pytest
from fixtures.make_unseen_fixtures import (
    Grid,
    Line,
    cited_facts,
    company_audit_with_platform_note,
    flow_pdf,
    read_pdf,
)

from assistant.catalog.notice import load_catalog
from assistant.evidence.financial import read_statements
from assistant.evidence.platform import item_of, read_platform_figures
from extractors.options import ReadOptions
from extractors.reader import read_file

read, facts = read_pdf, cited_facts  # the helpers these tests share


@pytest.mark.parametrize("label, item", [
    ("平台相关营业收入", "revenue"), ("平台业务收入（元）", "revenue"), ("营业收入合计", "revenue"),
    ("1、平台营收", "revenue"), ("平台相关研发投入", "rd"), ("研发费用", "rd"), ("平台利润总额", "profit"),
    ("平台净利润", "profit"), ("其中：平台订阅服务收入", None), ("营业收入增长率", None), ("平台利润率", None),
    ("营业成本", None), ("研发投入强度", None), ("二、营业利润（亏损以“－”号填列）", None),
    ("平台项目研发投入", "rd"), ("平台项目实施收入", None),  # h76: the platform's project is the platform
    ("五、平台累计建设投入（截至年末）", "build"), ("平台建设投入预算", None),
])
def test_item_is_named_by_the_whole_label(label, item):
    assert item_of(label) == item


def test_company_statements_and_platform_note_in_one_report(tmp_path):
    document = read(company_audit_with_platform_note(tmp_path / "audit.pdf"))
    company = facts(document, read_statements)
    assert {f.scope for f in company.values()} == {"company"}
    assert not any(field in company for field in [("revenue", ""), ("rd_investment", "")])
    assert company[("total_assets", "")].normalized == pytest.approx(129124.64)

    platform = facts(document, read_platform_figures)
    revenue = platform[("revenue", "")]
    assert revenue.scope == "platform" and revenue.year == 2023 and revenue.confident
    assert revenue.normalized == pytest.approx(6122.045088)
    assert revenue.citations[0].page == 5
    assert revenue.citations[0].quote.startswith("平台相关营业收入")
    assert platform[("platform_revenue_2021", "2021年平台营收（万元）")].normalized == pytest.approx(4510.233012)
    assert platform[("platform_revenue_2022", "2022年平台营收（万元）")].normalized == pytest.approx(5241.077635)
    assert platform[("rd_investment", "")].normalized == pytest.approx(1130.56)
    assert platform[("profit_margin", "平台利润总额（万元）")].normalized == pytest.approx(701.322065)
    # the part of revenue (其中：订阅服务收入) is no reading of revenue
    assert all(f.normalized != pytest.approx(2850.0) for f in platform.values())


def test_years_down_the_side_unruled_in_wan(tmp_path):
    note = [Line("平台业务收入明细表", 12, centred=True), Line("金额单位：人民币万元", 9, indent=420),
            Grid([["年度", "平台业务收入", "平台研发投入", "平台利润"],
                  ["2021年", "4,510.23", "988.01", "512.00"],
                  ["2022年", "5,241.08", "1,042.03", "600.21"],
                  ["2023年", "6,122.05", "1,130.56", "701.32"]], ruled=False, widths=[100, 130, 130, 130])]
    document = read(flow_pdf(tmp_path / "note.pdf", [[Line("上海示例智造科技有限公司", 12)], note]))
    platform = facts(document, read_platform_figures)
    assert platform[("revenue", "")].normalized == pytest.approx(6122.05)
    assert platform[("rd_investment", "")].normalized == pytest.approx(1130.56)
    assert platform[("platform_revenue_2021", "2021年平台营收（万元）")].citations[0].page == 2


def test_platform_sentence_is_read_with_its_year_and_unit(tmp_path):
    lines = [Line("三、平台业务经营情况"),
             Line("2023年度，公司工业互联网平台相关营业收入为6,122.05万元，平台相关研发投入1,130.56万元。"),
             Line("公司2023年度营业收入81,245.00万元，同比增长9.04%。")]
    document = read(flow_pdf(tmp_path / "prose.pdf", [lines]))
    platform = facts(document, read_platform_figures)
    assert platform[("revenue", "")].normalized == pytest.approx(6122.05)
    assert platform[("rd_investment", "")].normalized == pytest.approx(1130.56)
    assert not platform[("revenue", "")].confidence > 0.9  # prose: read, but below a table's certainty
    assert all(f.normalized != pytest.approx(81245.0) for f in platform.values())


def test_note_without_unit_is_ambiguous(tmp_path):
    note = [Line("平台业务专项说明", 12), Grid([["项目", "2023年度"], ["平台相关营业收入", "61,220,450.88"]])]
    platform = facts(read(flow_pdf(tmp_path / "nounit.pdf", [note])), read_platform_figures)
    assert platform[("revenue", "")].status == "ambiguous"
    assert platform[("revenue", "")].normalized is None


def test_company_table_without_platform_words_gives_nothing(tmp_path):
    table = [Line("主要财务数据", 12), Line("单位：元"), Grid([["项目", "2022年度", "2023年度"],
                                                          ["营业收入", "745,120,300.00", "812,450,000.00"]])]
    assert read_platform_figures(read(flow_pdf(tmp_path / "c.pdf", [table])), load_catalog()) == []


@pytest.mark.slow
def test_scanned_audit_report_gives_platform_facts_with_an_ocr_doubt(tmp_path):
    """An audit report delivered as a scan (page images): the same facts, read by OCR, each
    carrying the doubt that makes a difference a warning, never an error."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(company_audit_with_platform_note(tmp_path / "audit.pdf")))
    images = [source[i].render(scale=150 / 72).to_pil().convert("L") for i in (3, 4)]  # 合并利润表, the note
    scan = tmp_path / "scan.pdf"
    images[0].save(scan, save_all=True, append_images=images[1:], resolution=150)
    document = read_file(scan, display_path=scan.name, options=ReadOptions(ocr=True, render_docx=False))
    assert [p.source for p in document.pages] == ["ocr", "ocr"]
    platform = facts(document, read_platform_figures)
    revenue = platform[("revenue", "")]
    assert revenue.normalized == pytest.approx(6122.045088) and revenue.citations[0].page == 2
    assert any("OCR" in d for d in revenue.doubts())
    company = facts(document, read_statements)
    assert company[("total_profit", "")].scope == "company"


def test_segment_note_gives_the_platform_column(tmp_path):
    note = [Line("（四十二）分部信息", 12), Line("2023年度报告分部的财务信息  单位：元", 9),
            Grid([["项目", "工业互联网平台", "智能装备", "分部间抵销", "合计"],
                  ["营业收入", "61,220,450.88", "760,110,200.00", "-8,880,650.88", "812,450,000.00"],
                  ["利润总额", "7,013,220.65", "66,010,000.00", "-2,019,000.55", "71,004,220.10"]],
                 widths=[90, 100, 110, 100, 100])]
    platform = facts(read(flow_pdf(tmp_path / "segments.pdf", [note])), read_platform_figures)
    assert platform[("revenue", "")].normalized == pytest.approx(6122.045088)
    assert platform[("profit_margin", "平台利润总额（万元）")].normalized == pytest.approx(701.322065)
    assert all(f.normalized != pytest.approx(81245.0) for f in platform.values())


def test_segment_notes_of_two_years_each_under_its_own_year_line(tmp_path):
    header = ["项目", "船舶制造分部", "工业互联网平台分部", "合计"]
    note = [Line("十二、分部信息", 12),
            Line("（1）2023年度  单位：元", 9),
            Grid([header, ["营业收入", "14,023,655,120.18", "46,218,530.42", "14,069,873,650.60"]],
                 widths=[90, 130, 130, 130]),
            Line("（2）2022年度  单位：元", 9),
            Grid([header, ["营业收入", "12,160,420,018.33", "38,905,112.76", "12,199,325,131.09"]],
                 widths=[90, 130, 130, 130])]
    platform = facts(read(flow_pdf(tmp_path / "two.pdf", [note])), read_platform_figures)
    assert platform[("revenue", "")].normalized == pytest.approx(4621.853042)
    assert platform[("platform_revenue_2022", "2022年平台营收（万元）")].normalized == pytest.approx(3890.511276)


def test_platform_social_contribution_table_under_a_year_heading(tmp_path):
    """社会贡献率 = 社会贡献总额 ÷ 平均资产总额 (填报指引 3.1.3): applicants print the platform's
    社会贡献 items in a 项目 | 金额 table under a heading that names the year."""
    note = [Line("（二）平台业务社会贡献相关数据（2023年度）", 11),
            Grid([["项目", "金额（元）"], ["职工薪酬", "23,148,559.25"], ["净利润", "23,769,191.69"],
                  ["社会贡献总额", "71,117,165.66"], ["平台业务资产总额（年初）", "239,156,004.35"],
                  ["平台业务资产总额（年末）", "264,801,167.45"]], widths=[200, 150])]
    platform = facts(read(flow_pdf(tmp_path / "social.pdf", [note])), read_platform_figures)
    assert platform[("social_contribution_rate", "社会贡献总额（万元）")].normalized == pytest.approx(7111.716566)
    assert platform[("social_contribution_rate", "资产总计期初（万元）")].normalized == pytest.approx(23915.600435)
    assert platform[("social_contribution_rate", "资产总计期末（万元）")].normalized == pytest.approx(26480.116745)
    assert platform[("social_contribution_rate", "社会贡献总额（万元）")].year == 2023


@pytest.mark.parametrize("label, item", [("平台业务资产总额（年初）", "assets_start"), ("平台业务平均资产总额", "assets_average"),
                                         ("资产总计（期末）", "assets_end"), ("社会贡献总额合计", "social")])
def test_assets_and_social_contribution_labels(label, item):
    assert item_of(label) == item


def test_periods_beside_the_years_a_unit_across_a_line_break_and_a_segments_rows_by_period(tmp_path):
    """h19: a note whose years table also has 「2023年7月—2024年6月」 and 「2024年1—3月」 columns (the
    other periods skipped, not taken for years); a unit stated across a line break (「明细表（单」 /
    「位：元）」); a segment note whose rows say their period (本年 / 上年 / 前年营业收入)."""
    from fixtures.make_unseen_fixtures import (
        Grid,
        Line,
        cited_facts,
        flow_pdf,
        read_pdf,
    )

    from assistant.evidence.platform import read_platform_figures

    note = [[Line("平台业务财务数据专项说明", 12),
             Grid([["项目（万元）", "2021年度", "2022年度", "2023年度", "2023年7月—2024年6月", "2024年1—3月"],
                   ["平台相关营业收入", "40,215.77", "46,902.13", "52,318.46", "54,106.30", "12,604.18"],
                   ["平台相关研发投入", "4,630.18", "5,406.90", "6,182.35", "6,355.02", "1,488.40"]],
                  widths=[110, 60, 60, 60, 100, 70])]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "专项说明.pdf", note)), read_platform_figures)
    assert {k: f.normalized for k, f in found.items() if k[0] in ("revenue", "rd_investment", "platform_revenue_2021")} \
        == {("revenue", ""): 52318.46, ("rd_investment", ""): 6182.35,
            ("platform_revenue_2021", "2021年平台营收（万元）"): 40215.77}
    wrapped = [[Line("我们审计了其2021—2023年度平台业务收入、成本及研发投入明细表（单", 10),
                Line("位：元）。母公司报表未包含该子公司的平台收入。", 10),
                Grid([["项目", "2023年度", "2022年度"], ["平台业务收入", "48,623,011.52", "41,065,220.36"]])]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "专项审计.pdf", wrapped)), read_platform_figures)
    assert found[("revenue", "")].normalized == pytest.approx(4862.301152)
    segments = [[Line("欧冶工业品股份有限公司 2023年度审计报告", 10), Line("附注十二、分部信息", 11),
                 Line("本公司确定了两个报告分部。单位：元", 10),
                 Grid([["项目", "欧贝平台服务分部", "工业品供应链分部", "合计"],
                       ["本年营业收入", "214,603,825.40", "2,922,003,910.45", "3,136,607,735.85"],
                       ["上年营业收入", "186,220,416.08", "2,626,235,028.52", "2,812,455,444.60"]],
                      widths=[90, 110, 110, 110])]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "审计报告.pdf", segments)), read_platform_figures)
    assert found[("revenue", "")].normalized == pytest.approx(21460.38254)
    assert found[("platform_revenue_2022", "2022年平台营收（万元）")].normalized == pytest.approx(18622.041608)
    assert not found[("revenue", "")].confident  # the year is the report's, not the table's


def test_a_segment_note_whose_columns_name_the_year(tmp_path):
    """h73c: 「项目 | 环境装备制造分部（2023年度） | 工业互联网平台分部（2023年度）」 — two segments of one year, not two
    columns of years; the platform segment's 研发投入 and 利润总额 are read, of the year its column names."""
    from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

    items = [Line("财务报表附注（节选）：分部信息", 12), Line("本公司按业务划分为环境装备制造分部与工业互联网平台分部。单位：元"),
             Grid([["项目", "环境装备制造分部（2023年度）", "工业互联网平台分部（2023年度）"],
                   ["营业收入", "320,158,223.20", "48,263,467.40"], ["研发投入", "15,105,305.55", "9,186,223.14"],
                   ["利润总额", "23,608,909.18", "5,874,372.28"]], ruled=False)]
    found = {(f.field_id, f.year): f for f in read_platform_figures(read_pdf(flow_pdf(tmp_path / "审计报告.pdf", [items])),
                                                                    load_catalog())}
    assert found[("rd_investment", 2023)].value == "9,186,223.14"
    assert found[("revenue", 2023)].value == "48,263,467.40"
    assert found[("profit_margin", 2023)].value == "5,874,372.28"
    assert not any(f.value.startswith(("320,158", "15,105", "23,608")) for f in found.values())
