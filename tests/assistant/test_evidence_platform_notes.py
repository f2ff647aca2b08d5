"""An audit report's platform note as auditors word it (missed in h12, h19 and h20, 2026-12-05):
a heading numbered 「附注十二：」, a sentence ending 「明细如下（单位：元）：」 above the table, the
platform's one 收入 row, a sentence whose year stands after the item and prior years in a bracket
that runs over a line break. Fixtures are our own (`fixtures.make_unseen_fixtures`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.platform import read_platform_figures
from assistant.evidence.rows import unmarked

YEARS = ["项目", "2023年度", "2022年度", "2021年度"]


def _note(path: Path, heading: str, rows: list[list[str]], after: list[str] = ()) -> dict:
    page = [Line("财务报表附注（节选）"), Line(heading),
            Line("本公司对工业互联网平台为制造企业提供的订阅服务和数据服务收入单独核算，"),
            Line("明细如下（单位：元）："),
            Grid([YEARS, *rows], widths=[170, 100, 100, 100]), *(Line(t) for t in after)]
    return cited_facts(read_pdf(flow_pdf(path, [[Line("上海示例科技有限公司 2023年度审计报告")], page])),
                       read_platform_figures)


def test_a_numbered_note_totals_the_platform_revenue_its_heading_names(tmp_path: Path):
    """「附注十二：工业互联网平台相关业务收入」 … 「总计」: the numbering before the colon hid what the
    heading names, and the sentence 「…明细如下（单位：元）：」 was taken for a heading of its own (no
    platform in it), so the 总计 row totalled nothing."""
    facts = _note(tmp_path / "audit.pdf", "附注十二：工业互联网平台相关业务收入", [
        ["SaaS订阅服务", "18,620,400.00", "14,806,215.30", "11,528,902.66"],
        ["质检数据服务", "9,812,660.45", "7,602,118.90", "5,918,440.12"],
        ["小计（订阅类）", "28,433,060.45", "22,408,334.20", "17,447,342.78"],
        ["柔性生产对接服务", "11,430,939.55", "8,877,165.80", "6,614,457.22"],
        ["总计", "39,864,000.00", "31,285,500.00", "24,061,800.00"],
    ], after=["平台相关研发费用2023年度为5,123,600.00元；平台业务利润总额2023年度为4,021,800.00元。"])
    revenue = facts["revenue", ""]
    assert revenue.normalized == pytest.approx(3986.4) and revenue.confident and revenue.citations[0].page == 2
    assert facts["platform_revenue_2021", "2021年平台营收（万元）"].normalized == pytest.approx(2406.18)
    # the year after the item (「研发费用2023年度为」) names the period, not another item
    assert facts["rd_investment", ""].normalized == pytest.approx(512.36)
    assert facts["profit_margin", "平台利润总额（万元）"].normalized == pytest.approx(402.18)


def test_the_one_revenue_row_of_a_platform_note_is_its_revenue_with_a_doubt(tmp_path: Path):
    facts = _note(tmp_path / "audit.pdf", "附注十五、平台业务收入明细（按业务合同归属拆分）", [
        ["平台订阅及计算服务收入", "32,451,806.27", "27,306,552.10", "21,880,430.55"],
        ["平台相关研发投入", "8,126,330.40", "6,806,115.32", "5,620,330.18"],
    ])
    revenue = facts["revenue", ""]
    assert revenue.normalized == pytest.approx(3245.180627) and revenue.year == 2023
    assert not revenue.confident and any("一行收入" in r for r in revenue.reasons)
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == pytest.approx(2730.65521)


def test_two_revenue_rows_without_a_total_are_parts_not_the_revenue(tmp_path: Path):
    facts = _note(tmp_path / "audit.pdf", "附注十五、平台业务收入明细", [
        ["平台订阅服务收入", "22,451,806.27", "17,306,552.10", "11,880,430.55"],
        ["平台计算服务收入", "10,000,000.00", "10,000,000.00", "10,000,000.00"],
    ])
    assert ("revenue", "") not in facts


def test_prior_years_in_a_bracket_across_a_line_break_are_read(tmp_path: Path):
    """「…为7,246.15万元（2022年度：」 | 「6,018.74万元；2021年度：5,012.30万元）…」: a line ending in a colon
    ended the sentence, so the bracket's years were lost."""
    page = [Line("十四、其他重要事项——工业互联网平台业务情况"),
            Line("经核查平台业务合同及收入确认凭证，2023年度，平台相关营业收入为7,246.15万元（2022年度："),
            Line("6,018.74万元；2021年度：5,012.30万元），收入主要来源于平台订阅服务。"),
            Line("平台相关营业收入的明细如下："), Line("（一）订阅服务收入4,000.00万元；")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "audit.pdf", [[Line("2023年度审计报告")], page])),
                        read_platform_figures)
    assert facts["revenue", ""].normalized == pytest.approx(7246.15)
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == pytest.approx(6018.74)
    assert facts["platform_revenue_2021", "2021年平台营收（万元）"].normalized == pytest.approx(5012.30)


def _scanned(lines: list[str], rows: list[list[str]], columns: list[float]) -> dict:
    """A scanned page as OCR gives it: one box per printed cell (a blank cell has none)."""
    from extractors.model import BBox, Block, Document, Page, Span

    text, blocks, top = "", [], 60.0
    boxes = [[(line, 50.0)] for line in lines] + [[(c, x) for c, x in zip(row, columns, strict=True) if c] for row in rows]
    for line in boxes:
        for words, x0 in line:
            start = len(text)
            text += words + "\n"
            blocks.append(Block(id=f"s:p1:b{len(blocks)}", kind="ocr_line", text=words,
                                span=Span(start=start, end=start + len(words)),
                                bbox=BBox(x0=x0, top=top, x1=x0 + 6.5 * len(words), bottom=top + 14)))
        top += 22
    page = Page(number=1, text=text, blocks=tuple(blocks), source="ocr")
    return cited_facts(Document(id="2" * 64, path="审计报告（扫描件）.pdf", format="pdf", pagination="physical",
                                pages=(page,)), read_platform_figures)


def test_a_scanned_row_with_blank_cells_is_read_under_its_header():
    """A scan's row leaves cells blank (h11: 「平台研发投入 | 23,185,194.67」 under three years) and a
    change column follows the years (h17: 「2023年比2022年增减额 | 增减率」): the values were aligned in
    order — the 2023 revenue was read as the 增减额, the R&D not at all."""
    facts = _scanned(["2023年度审计报告", "平台经营情况专项说明", "金额单位：万元"], [
        ["项目", "2021年度", "2022年度", "2023年度", "2023年比2022年增减额", "增减率"],
        ["平台相关营业收入", "2,896.40", "3,391.17", "3,862.45", "471.28", "13.90%"],
        ["平台相关研发投入", "", "", "512.36", "", ""],
        ["平台利润总额", "(58.26)", "216.40", "408.12", "191.72", "88.59%"],
    ], columns=[50, 170, 240, 310, 380, 500])
    assert facts["revenue", ""].normalized == pytest.approx(3862.45)
    assert facts["platform_revenue_2021", "2021年平台营收（万元）"].normalized == pytest.approx(2896.40)
    assert facts["rd_investment", ""].normalized == pytest.approx(512.36)
    assert facts["profit_margin", "平台利润总额（万元）"].normalized == pytest.approx(408.12)


def test_a_scanned_segment_note_gives_the_platform_column():
    """h10: a scanned 分部信息 whose 抵销 cell is blank, rows 「对外交易收入」 「分部利润总额」 and
    「上年：对外交易收入」: unread (a line's segment row needed every cell)."""
    rows = [["项目", "生态运营平台分部", "钢材交易分部", "分部间抵销", "合计"],
            ["对外交易收入", "368,524,016.37", "32,799,730,019.81", "", "33,168,254,036.18"],
            ["分部间交易收入", "", "41,205,600.00", "(41,205,600.00)", ""],
            ["分部利润总额", "33,180,612.48", "379,180,191.67", "", "412,360,804.15"],
            ["上年：对外交易收入", "318,846,207.91", "35,124,770,997.72", "", "35,443,617,205.63"]]
    facts = _scanned(["2023年度审计报告", "2023年度报告分部的财务信息（金额单位：元）"], rows, columns=[50, 170, 290, 410, 500])
    assert facts["revenue", ""].normalized == pytest.approx(36852.401637)
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == pytest.approx(31884.620791)
    assert facts["profit_margin", "平台利润总额（万元）"].normalized == pytest.approx(3318.061248)
    # h12: the note photographed alone, 「2023年度财务报表附注」 over 「十五、分部报告」 and 「1. 报告分部的财务信息
    # （单位：人民币元）」: no heading over the table names a year, so the platform's column was never read. The
    # report's year is taken, and the doubt said.
    facts = _scanned(["2023年度财务报表附注", "十五、分部报告", "1. 报告分部的财务信息（单位：人民币元）"], rows[:4],
                     columns=[50, 170, 290, 410, 500])
    revenue = facts["revenue", ""]
    assert revenue.normalized == pytest.approx(36852.401637) and revenue.confidence < 0.9
    assert revenue.year == 2023 and any("按报告期（2023年度）" in r for r in revenue.reasons)


def test_a_scanned_header_whose_label_cell_ocr_misread_is_still_a_header():
    """h76: a scanned 专项说明 whose 「项目」 over the labels OCR read as 「Ⅲ」: the years across were no header
    any more, and the platform's revenue, R&D and profit on the page were never read."""
    facts = _scanned(["附表一：某某平台业务专项说明", "编制单位：某某股份有限公司 金额单位：人民币万元"], [
        ["Ⅲ", "2020年度", "2021年度", "2022年度", "2023年度"],
        ["一、平台相关营业收入", "2,286.35", "3,010.40", "3,452.80", "3,926.20"],
        ["四、平台利润总额", "166.01", "261.06", "332.86", "436.58"],
    ], columns=[50, 170, 240, 310, 380])
    assert facts["revenue", ""].normalized == pytest.approx(3926.20)
    assert facts["profit_margin", "平台利润总额（万元）"].normalized == pytest.approx(436.58)


def test_the_platforms_cumulative_build_investment_by_year_gives_its_build_amount_doubted():
    """h76: 「五、平台累计建设投入（截至年末）」 in the platform note's table by year: its 2023 column is the
    平台建设金额 as at the end of 2023 — doubted, as the form's is up to the day it is filled in."""
    facts = _scanned(["附表一：某某平台业务专项说明", "金额单位：人民币元"], [
        ["项目", "2022年度", "2023年度"],
        ["一、平台相关营业收入", "45,287,000.00", "53,479,200.00"],
        ["五、平台累计建设投入（截至年末）", "44,352,000.00", "52,800,000.00"],
    ], columns=[50, 260, 360])
    build = facts["platform_build_amount", ""]
    assert build.normalized == pytest.approx(5280.0) and build.confidence < 0.9
    assert any("2023年末" in r for r in build.reasons)
    # h96: 「平台建设累计投入」, the same said in another order
    worded = _scanned(["附表一：某某平台业务专项说明", "金额单位：人民币元"], [
        ["项目", "2022年度", "2023年度"], ["平台建设累计投入", "44,352,000.00", "52,800,000.00"]], columns=[50, 260, 360])
    assert worded["platform_build_amount", ""].normalized == pytest.approx(5280.0)


def test_a_bilingual_note_is_read_by_its_chinese(tmp_path: Path):
    """h21: a Big-4 style report prints each label, heading and year twice (「平台营业收入 Segment
    revenue」, 「2023年度 2023」, 「五、23 营业收入和营业成本 Note 23 …」): no header, label or heading
    was recognised. A revenue note by 业务类别 names the platform's line; the segment note its figures."""
    by_line = [Line("五、23 营业收入和营业成本 Note 23 Revenue and cost of sales"),
               Line("单位：人民币元 Expressed in Renminbi Yuan"),
               Grid([["业务类别 Business line", "2023年度 2023", "2022年度 2022"],
                     ["船舶建造及修理 Shipbuilding and repair", "18,713,635,800.00", "15,278,031,400.00"],
                     ["工业互联网平台服务 Platform services", "50,867,400.00", "43,156,200.00"],
                     ["合计 Total", "18,764,503,200.00", "15,321,187,600.00"]], widths=[200, 110, 110])]
    segment = [Line("十四、分部信息（工业互联网平台业务） Note 45 Segment information"),
               Line("单位：人民币元 Expressed in Renminbi Yuan"),
               Grid([["项目 Item", "2023年度 2023", "2022年度 2022", "2021年度 2021"],
                     ["平台研发投入 Segment R&D expenditure", "12,683,500.00", "10,864,700.00", "9,051,200.00"],
                     ["平台利润总额 Segment total profit", "7,421,800.00", "5,613,000.00", "4,026,600.00"]],
                    widths=[200, 90, 90, 90])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "audit.pdf", [[Line("2023年度审计报告")], by_line, segment])),
                        read_platform_figures)
    revenue = facts["revenue", ""]
    assert revenue.normalized == pytest.approx(5086.74) and revenue.citations[0].page == 2
    assert not revenue.confident  # a 业务类别 line taken for the platform's revenue: stated as a doubt
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == pytest.approx(4315.62)
    assert facts["rd_investment", ""].normalized == pytest.approx(1268.35) and facts["rd_investment", ""].confident
    assert facts["profit_margin", "平台利润总额（万元）"].normalized == pytest.approx(742.18)


def test_footnote_marks_and_a_unit_column(tmp_path: Path):
    """h22: a header ending in a 单位 column (each row's unit in its own cell) was no header, and a
    figure with its footnote mark (「11,026.74¹」 「612.35注」 「1,906.40*」) was no amount."""
    page = [Line("表1 平台业务财务数据（2021-2023年度）"),
            Grid([["项目", "2021年度", "2022年度", "2023年度", "单位"],
                  ["平台相关营业收入", "8,164.52", "9,438.06", "11,026.74¹", "万元"],
                  ["平台研发投入", "1,532.18", "1,906.40*", "612.35注", "万元"],
                  ["付费企业数", "2,106", "2,684", "3,218", "家"]], widths=[130, 80, 80, 80, 50]),
            Line("¹ 不含撮合交易代收货款。* 研发投入口径参照R&D统计制度。")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "note.pdf", [[Line("平台财务数据专项说明")], page])),
                        read_platform_figures)
    revenue = facts["revenue", ""]
    assert revenue.normalized == pytest.approx(11026.74) and revenue.unit == "万元"
    assert "11,026.74" in revenue.citations[0].quote
    assert facts["rd_investment", ""].normalized == pytest.approx(612.35)
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == pytest.approx(9438.06)


def test_a_figure_stated_twice_is_cited_twice_the_sure_statement_first(tmp_path: Path):
    """h21: the revenue by 业务类别 (a doubted reading) on one page and the segment note's 平台营业收入 on
    the next, one figure: cited on both pages, the segment note's (no doubt) first. A 「2023 vs 2022」
    column beside the years is a change, not a year."""
    by_line = [Line("五、23 营业收入和营业成本"), Line("单位：人民币元"),
               Grid([["业务类别", "2023年度", "2022年度"], ["船舶建造及修理", "18,713,635,800.00", "15,278,031,400.00"],
                     ["工业互联网平台服务", "63,157,800.00", "57,241,600.00"]], widths=[160, 110, 110])]
    segment = [Line("十二、分部信息（工业互联网平台业务）"), Line("单位：人民币元"),
               Grid([["项目", "2023年度", "2022年度", "2023 vs 2022"],
                     ["平台营业收入", "63,157,800.00", "57,241,600.00", "10.34%"]], widths=[160, 100, 100, 80])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "audit.pdf", [[Line("2023年度审计报告")], by_line, segment])),
                        read_platform_figures)
    revenue = facts["revenue", ""]
    assert revenue.normalized == pytest.approx(6315.78) and revenue.confident
    assert [c.page for c in revenue.citations[:1]] == [3] and 2 in {c.page for c in revenue.citations}


@pytest.mark.parametrize(("cell", "read"), [
    ("1,2\n64", "1,264"), ("3,1\n20", "3,120"),  # h22: a narrow cell wrapped the number inside a group
    ("120\n35", "120\n35"), ("12\n64", "12\n64"), ("1,264\n35", "1,264\n35"),  # two numbers, or no telling
    ("82,365,676.1\n0", "82,365,676.10"), ("45,164,530.3\n7", "45,164,530.37"),  # h75: cut inside the fen
    ("1,264.5\n35", "1,264.5\n35"), ("9,386,184.70\n16", "9,386,184.70\n16"),  # a second number
    ("11,026.74\n¹", "11,026.74"), ("612.35注", "612.35"), ("(58.26)*", "(58.26)"), ("合计*", "合计*"),
])
def test_a_cell_read_as_printed(cell, read):
    assert unmarked(cell) == read



def test_a_scanned_bilingual_row_with_a_blank_cell_is_read_under_its_header():
    """The two together: a bilingual header OCR'd box by box (「2023年度 2023」 read as 2023年度) over a
    row whose 2023 cell is blank — each amount still stands under its own year."""
    facts = _scanned(["2023年度审计报告", "十二、分部信息（工业互联网平台业务） Note 40", "单位：人民币元"], [
        ["项目 Item", "2023年度 2023", "2022年度 2022", "2021年度 2021"],
        ["平台营业收入 Segment revenue", "", "57,241,600.00", "49,865,200.00"],
    ], columns=[50, 230, 330, 430])
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == pytest.approx(5724.16)
    assert facts["platform_revenue_2021", "2021年平台营收（万元）"].normalized == pytest.approx(4986.52)
    assert ("revenue", "") not in facts


def test_the_total_of_a_platform_revenue_composition_is_its_revenue(tmp_path: Path):
    """h76: 「附表二：某某工业互联网平台业务收入构成」 over 「收入类别 | 2022年度 | 2023年度 | 2023年占比（%）」 closed by
    「合计 | 4,528.70 | 5,347.92 | 100.00」: the heading names the platform's revenue only after its name and
    before 构成, so the 合计 was no one's."""
    page = [Line("附表二：某某环境装备服务工业互联网平台业务收入构成"), Line("单位：人民币万元"),
            Grid([["收入类别", "2022年度", "2023年度", "2023年占比（%）"], ["设备远程运维服务", "1,865.82", "2,128.47", "39.80"],
                  ["工业APP订阅", "2,662.88", "3,219.45", "60.20"], ["合计", "4,528.70", "5,347.92", "100.00"]],
                 widths=[150, 100, 100, 110])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "附表二.pdf", [page])), read_platform_figures)
    assert facts["revenue", ""].normalized == pytest.approx(5347.92)
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == pytest.approx(4528.70)


def test_an_rd_note_listing_projects_by_number_gives_the_platforms_subtotal(tmp_path: Path):
    """h91: 「（三十二）研发费用 按研发项目列示」 — 「序号 | 研发项目 | 2023年度发生额（元） | 是否平台相关」, its row
    「其中：工业互联网平台相关项目小计 5,124,600.00」: the platform's R&D, 512.46 万元 (the header had been no header: a 序号
    first, a year's 发生额)."""
    from assistant.catalog.notice import load_catalog

    rows = [["序号", "研发项目", "2023年度发生额（元）", "是否平台相关"],
            ["1", "共创平台质量追溯系统", "2,361,800.00", "是"], ["2", "供应商协同模块", "2,762,800.00", "是"],
            ["3", "坚果炒制工艺改良", "13,267,000.00", "否"], ["", "其中：工业互联网平台相关项目小计", "5,124,600.00", ""],
            ["", "研发费用合计", "18,391,600.00", ""]]
    path = flow_pdf(tmp_path / "审计报告（节选）.pdf", [[Line("2023年度财务报表附注（节选）"), Line("（三十二）研发费用"),
                                                       Line("按研发项目列示："), Grid(rows, widths=[40, 200, 120, 80])]])
    rd = [f for f in read_platform_figures(read_pdf(path), load_catalog()) if f.field_id == "rd_investment" and not f.component]
    assert [f.normalized for f in rd] == [512.46]
