"""Statements laid out as different firms lay them out → the right number, column, unit and page.

Each case is a small PDF made in tmp_path (tests/fixtures/make_evidence_fixtures.py) and read
with the real reader (no OCR), then `read_statements`; every citation must quote its page exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_evidence_fixtures import (
    BALANCE_ROWS,
    INCOME_ROWS,
    Statement,
    statement_pdf,
    text_pdf,
)

from assistant.catalog.notice import load_catalog
from assistant.evidence.financial import read_statements, statement_label
from extractors.model import Document
from extractors.options import ReadOptions
from extractors.reader import read_file

PLATFORM_UNIT = "编制单位：上海示例科技有限公司（工业互联网平台业务） 2023年度 单位：元"
INCOME_HEADER = ["项目", "本期金额", "上期金额"]


def read(path: Path) -> Document:
    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def values_of(document: Document) -> dict[tuple[str, str], object]:
    values = read_statements(document, load_catalog())
    pages = {p.number: p for p in document.pages}
    for value in values:
        for citation in value.citations:
            page = pages[citation.page]
            assert page.text[citation.span.start:citation.span.end] == citation.quote
            assert citation.file == document.path
    return {(v.field_id, v.component): v for v in values}


def wan_rows(rows: list[list[str]]) -> list[list[str]]:
    """The same statement in 万元 (2 decimals), as firms print it when the header says 万元."""
    def convert(text: str) -> str:
        if not any(ch.isdigit() for ch in text):
            return text
        return f"{float(text.replace(',', '')) / 10000:.2f}"
    return [[row[0], *(convert(c) for c in row[1:])] for row in rows]


CASES = [
    pytest.param(Statement("利润表", [PLATFORM_UNIT], INCOME_HEADER, INCOME_ROWS), 6861.7, 5804.3, "本期金额",
                 id="ruled-yuan-benqi"),
    pytest.param(Statement("利润表", [PLATFORM_UNIT], INCOME_HEADER, INCOME_ROWS, ruled=False), 6861.7, 5804.3,
                 "本期金额", id="unruled-yuan-benqi"),
    pytest.param(Statement("利润表", ["编制单位：示例公司工业互联网平台业务", "单位：万元"], ["项目", "2023年度", "2022年度"],
                           wan_rows(INCOME_ROWS)), 6861.7, 5804.3, "2023年度", id="ruled-wan-years"),
    pytest.param(Statement("利润表", ["编制单位：示例公司（平台业务）", "2023年1-12月", "金额单位：人民币万元"],
                           ["项目", "本年累计数", "上年同期数"], wan_rows(INCOME_ROWS), ruled=False),
                 6861.7, 5804.3, "本年累计数", id="unruled-wan-cumulative"),
    pytest.param(Statement("合并利润表", [PLATFORM_UNIT], ["项目", "附注", "本期金额", "上期金额"],
                           [[r[0], "五、30" if i % 2 == 0 else "", *r[1:]] for i, r in enumerate(INCOME_ROWS)],
                           ruled=False), 6861.7, 5804.3, "本期金额", id="unruled-note-column"),
    pytest.param(Statement("利润表", [PLATFORM_UNIT], ["项目", "附注", "本期金额", "上期金额"],
                           [[r[0], str(i + 1), *r[1:]] for i, r in enumerate(INCOME_ROWS)]),
                 6861.7, 5804.3, "本期金额", id="ruled-numbered-notes"),
    pytest.param(Statement("利润表", [PLATFORM_UNIT], ["项目", "行次", "本月数", "本年累计数"],
                           [[r[0], str(i + 1), "1,000.00", r[1]] for i, r in enumerate(INCOME_ROWS)], ruled=False),
                 6861.7, None, "本年累计数", id="unruled-month-column"),
]


@pytest.mark.parametrize(("statement", "revenue", "revenue_2022", "period"), CASES)
def test_income_statement_layouts(tmp_path, statement, revenue, revenue_2022, period):
    found = values_of(read(statement_pdf(tmp_path / "audit.pdf", [statement])))
    assert found[("revenue", "")].normalized == pytest.approx(revenue, abs=1e-6)
    assert found[("revenue", "")].period == period
    assert found[("rd_investment", "")].normalized == pytest.approx(1329.31, abs=1e-6)
    assert found[("profit_margin", "平台利润总额（万元）")].normalized == pytest.approx(1162.37, abs=1e-6)
    assert found[("roi", "平台年利润（万元）")].normalized == pytest.approx(1162.37, abs=1e-6)
    assert found[("social_contribution_rate", "税金及附加（万元）")].normalized == pytest.approx(56.75, abs=0.005)
    if revenue_2022 is None:
        assert ("platform_revenue_2022", "2022年平台营收（万元）") not in found
    else:
        assert found[("platform_revenue_2022", "2022年平台营收（万元）")].normalized == pytest.approx(revenue_2022, abs=1e-6)
    assert found[("revenue", "")].citations[0].page == 1
    assert "营业收入" in found[("revenue", "")].citations[0].quote


def test_unit_trap_yuan_and_exact_value(tmp_path):
    rows = [["一、营业收入", "66,707,912.35", "58,043,000.00"]]
    found = values_of(read(statement_pdf(tmp_path / "a.pdf", [Statement("利润表", [PLATFORM_UNIT], INCOME_HEADER, rows)])))
    revenue = found[("revenue", "")]
    assert (revenue.value, revenue.unit) == ("66,707,912.35", "元")
    assert revenue.normalized == pytest.approx(6670.791235, abs=1e-9)
    assert revenue.citations[0].bbox is not None


@pytest.mark.parametrize("ruled", [True, False])
def test_balance_sheet_end_and_start_of_year(tmp_path, ruled):
    statement = Statement("资产负债表", ["编制单位：示例公司（工业互联网平台业务） 2023年12月31日 单位：元"],
                          ["项目", "期末余额", "期初余额"], BALANCE_ROWS, ruled=ruled)
    found = values_of(read(statement_pdf(tmp_path / "b.pdf", [statement])))
    end = found[("social_contribution_rate", "资产总计期末（万元）")]
    start = found[("social_contribution_rate", "资产总计期初（万元）")]
    assert (end.normalized, start.normalized) == (pytest.approx(9124.64), pytest.approx(8406.88))
    assert (end.period, start.period) == ("期末余额", "期初余额")
    assert end.citations[0].quote.startswith("资产总计")  # not 负债和所有者权益总计, same number


def test_two_sided_balance_sheet(tmp_path):
    header = ["资产", "期末余额", "期初余额", "负债和所有者权益", "期末余额", "期初余额"]
    rows = [["货币资金", "20,074,208.00", "18,495,136.00", "应付账款", "16,424,352.00", "15,132,384.00"],
            ["资产总计", "91,246,400.00", "84,068,800.00", "负债和所有者权益总计", "91,246,400.00", "84,068,800.00"]]
    statement = Statement("资产负债表", ["编制单位：示例公司平台业务 2023年12月31日 单位：元"], header, rows, ruled=False)
    found = values_of(read(statement_pdf(tmp_path / "c.pdf", [statement])))
    assert found[("social_contribution_rate", "资产总计期末（万元）")].normalized == pytest.approx(9124.64)
    assert found[("social_contribution_rate", "资产总计期初（万元）")].normalized == pytest.approx(8406.88)


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("label", ["三、利润总额（亏损总额以“－”号\n填列）", "三、利润总额（亏损总额以“－”号\n填列）\n"])
def test_wrapped_label_with_amounts_on_its_last_line(tmp_path, ruled, label):
    # The second label leaves the amounts alone on a third line (东北电气 2018 Q1, corpus issue-67).
    rows = [INCOME_ROWS[0], [label, "11,623,700.00", "8,947,545.38"]]
    statement = Statement("利润表", [PLATFORM_UNIT], INCOME_HEADER, rows, ruled=ruled, amounts_low=True)
    found = values_of(read(statement_pdf(tmp_path / "d.pdf", [statement])))
    assert found[("profit_margin", "平台利润总额（万元）")].normalized == pytest.approx(1162.37)


def test_statement_continued_on_next_page_keeps_its_columns(tmp_path):
    filler = [[f"其他项目{i}", "1.00", "2.00"] for i in range(8)]
    statement = Statement("利润表", [PLATFORM_UNIT], INCOME_HEADER, filler + INCOME_ROWS, ruled=False)
    document = read(statement_pdf(tmp_path / "e.pdf", [statement], rows_per_page=6))
    found = values_of(document)
    revenue = found[("revenue", "")]
    assert revenue.citations[0].page == 2
    assert revenue.normalized == pytest.approx(6861.7)
    assert found[("platform_revenue_2022", "2022年平台营收（万元）")].period == "上期金额"


def test_consolidated_statement_preferred_to_parent_company(tmp_path):
    parent = Statement("母公司利润表", [PLATFORM_UNIT], INCOME_HEADER, [["一、营业收入", "1,000.00", "900.00"]])
    group = Statement("合并利润表", [PLATFORM_UNIT], INCOME_HEADER, INCOME_ROWS)
    document = read(statement_pdf(tmp_path / "f.pdf", [parent, group]))
    revenue = values_of(document)[("revenue", "")]
    assert revenue.normalized == pytest.approx(6861.7)
    assert revenue.citations[0].page == 2


def test_a_statement_titled_with_its_scope_after_it(tmp_path):
    """h23: 「利润表（合并）」 — the scope in a bracket after the title — was no statement's title."""
    statements = [Statement("利润表（母公司）", ["编制单位：上海示例科技有限公司 2023年度 单位：元"], INCOME_HEADER,
                            [["一、营业收入", "1,000.00", "900.00"]]),
                  Statement("利润表（合并）", ["编制单位：上海示例科技有限公司 2023年度 单位：元"], INCOME_HEADER, INCOME_ROWS)]
    found = values_of(read(statement_pdf(tmp_path / "s.pdf", statements, cover=["上海示例科技有限公司", "2023年度审计报告"])))
    revenue = found[("main_business_revenue", "营业收入（万元）")]
    assert revenue.normalized == pytest.approx(6861.7) and revenue.scope == "company"


def test_enterprise_statement_feeds_only_enterprise_fields(tmp_path):
    unit = "编制单位：上海示例科技有限公司 2023年12月31日 单位：元"
    statements = [Statement("资产负债表", [unit], ["项目", "期末余额", "期初余额"], BALANCE_ROWS),
                  Statement("利润表", ["编制单位：上海示例科技有限公司 2023年度 单位：元"], INCOME_HEADER, INCOME_ROWS)]
    found = values_of(read(statement_pdf(tmp_path / "g.pdf", statements, cover=["上海示例科技有限公司", "2023年度审计报告"])))
    revenue = ("main_business_revenue", "营业收入（万元）")  # the upper bound of 主营业务收入
    assert set(found) == {("total_assets", ""), ("total_profit", ""), revenue}
    assert found[("total_assets", "")].normalized == pytest.approx(9124.64)
    assert {f.scope for f in found.values()} == {"company"}
    assert found[("total_assets", "")].confident


def test_quarterly_report_gives_nothing(tmp_path):
    statement = Statement("合并利润表", ["单位：元"], INCOME_HEADER, INCOME_ROWS)
    document = read(statement_pdf(tmp_path / "h.pdf", [statement], cover=["示例股份有限公司", "2024年第一季度报告全文"]))
    assert values_of(document) == {}


def test_statement_without_unit_is_ambiguous_not_guessed(tmp_path):
    statement = Statement("利润表", ["编制单位：示例公司工业互联网平台业务 2023年度"], INCOME_HEADER, INCOME_ROWS)
    revenue = values_of(read(statement_pdf(tmp_path / "i.pdf", [statement])))[("revenue", "")]
    assert (revenue.status, revenue.normalized) == ("ambiguous", None)
    assert "单位" in revenue.note


def test_prose_mentioning_the_statements_is_not_a_statement(tmp_path):
    path = text_pdf(tmp_path / "opinion.pdf", ["我们审计了平台业务2023年度的利润表以及相关财务报表附注。",
                                             "营业收入 68,617,000.00 58,043,000.00"])
    assert values_of(read(path)) == {}


@pytest.mark.parametrize(("label", "key"), [
    ("一、营业收入", "营业收入"), ("其中：营业收入", "营业收入"), ("减：税金及附加", "税金及附加"),
    ("三、利润总额（亏损总额以“－”号填列）", "利润总额"), ("四、利润总额（亏损总额以“－”号", "利润总额"),
    ("（一）研发费用", "研发费用"), ("资产总计", "资产总计"), ("负债和所有者权益总计", "负债和所有者权益总计"),
])
def test_statement_labels(label, key):
    assert statement_label(label) == key


@pytest.mark.parametrize(("header", "preamble"), [
    (["项目", "2023年12月31日", "2022年12月31日"], ["编制单位：示例公司（工业互联网平台业务） 单位：元"]),
    (["项目", "年末余额（元）", "年初余额（元）"], ["编制单位：示例公司（工业互联网平台业务） 2023年12月31日"]),
])
def test_balance_sheet_dated_columns_and_units_in_header_cells(tmp_path, header, preamble):
    statement = Statement("资产负债表", preamble, header, BALANCE_ROWS)
    found = values_of(read(statement_pdf(tmp_path / "b.pdf", [statement])))
    assert found[("social_contribution_rate", "资产总计期末（万元）")].normalized == pytest.approx(9124.64)
    assert found[("social_contribution_rate", "资产总计期初（万元）")].period == header[2]


def test_operating_revenue_preferred_to_total_operating_revenue(tmp_path):
    rows = [["一、营业总收入", "70,000,000.00", "60,000,000.00"], ["其中：营业收入", "68,617,000.00", "58,043,000.00"]]
    found = values_of(read(statement_pdf(tmp_path / "j.pdf", [Statement("利润表", [PLATFORM_UNIT], INCOME_HEADER, rows)])))
    assert found[("revenue", "")].normalized == pytest.approx(6861.7)


def test_scanned_statement_read_from_ocr_boxes():
    from extractors.model import BBox, Block, Page, Span

    boxes = [("利润表", 260, 60, 320, 76), ("编制单位：示例公司（工业互联网平台业务）2023年度", 50, 90, 330, 104),
             ("单位：元", 450, 90, 500, 104), ("项目", 60, 120, 90, 134), ("本期金额", 300, 120, 360, 134),
             ("上期金额", 440, 120, 500, 134), ("一、营业收入", 60, 140, 130, 154), ("68,617,000.00", 290, 140, 370, 154),
             ("58,043,000.00", 430, 140, 510, 154)]
    text, blocks = "", []
    for index, (words, x0, top, x1, bottom) in enumerate(boxes):
        start = len(text)
        text += words + "\n"
        blocks.append(Block(id=f"s:p1:b{index}", kind="ocr_line", text=words, span=Span(start=start, end=start + len(words)),
                            bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom)))
    page = Page(number=1, text=text, blocks=tuple(blocks), source="ocr")
    document = Document(id="1" * 64, path="审计报告扫描件.pdf", format="pdf", pagination="physical", pages=(page,))
    found = values_of(document)
    revenue = found[("revenue", "")]
    assert revenue.normalized == pytest.approx(6861.7)
    assert revenue.citations[0].quote == "68,617,000.00" and revenue.citations[0].bbox.x0 == 290
    assert found[("platform_revenue_2022", "2022年平台营收（万元）")].normalized == pytest.approx(5804.3)


def test_docx_statement(tmp_path):
    from docx import Document as Docx

    doc = Docx()
    doc.add_paragraph("利润表")
    doc.add_paragraph("编制单位：示例公司工业互联网平台业务　2023年度　单位：万元")
    table = doc.add_table(rows=3, cols=4)
    for r, row in enumerate([["项目", "附注", "本期金额", "上期金额"], ["一、营业收入", "五、1", "6861.70", "5804.30"],
                             ["研发费用", "", "1329.31", "1056.99"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.save(tmp_path / "财务报表.docx")
    found = values_of(read(tmp_path / "财务报表.docx"))
    assert found[("revenue", "")].normalized == pytest.approx(6861.7)
    assert found[("rd_investment", "")].normalized == pytest.approx(1329.31)
    assert found[("revenue", "")].method == "table_row"


def test_issue_12_prior_year_end_column_is_prior(tmp_path):
    """"上年年末余额" holds 年末 but is the prior year's end: 期末余额 is the current column."""
    unit = "编制单位：上海示例科技有限公司 2023年12月31日 单位：元"
    statement = Statement("合并资产负债表", [unit], ["项目", "期末余额", "上年年末余额"], BALANCE_ROWS)
    found = values_of(read(statement_pdf(tmp_path / "b.pdf", [statement])))
    assert found[("total_assets", "")].normalized == pytest.approx(9124.64)
    assert found[("total_assets", "")].period == "期末余额"
