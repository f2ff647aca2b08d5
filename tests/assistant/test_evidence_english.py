"""A foreign-invested applicant's English evidence (h65, first met 2026-12-06): an English console's tiles
name the indicators (Apps published, Mechanism models, Public-cloud devices, Avg. daily running, Overseas
devices, Protocols supported) and print thousands rounded (「14.9k」, its precision kept); an English
report's platform summary prints bare years over its figures and states its unit in words
(「Amounts in RMB'000.」). A nav item's bare word (「Apps」, 「Data」) names nothing. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.catalog.vocabulary import caption_field
from assistant.evidence.figure_pieces import Piece, number_of
from assistant.evidence.platform import read_platform_figures
from extractors.model import Block, Span


def test_an_english_consoles_captions():
    assert {caption: caption_field(caption) for caption in (
        "Apps published", "Mechanism models", "Public-cloud devices", "Avg. daily running (public cloud)",
        "Overseas devices", "Protocols supported", "Apps", "Data", "Active users (MAU)")} == {
        "Apps published": "apps_total", "Mechanism models": "models_total",
        "Public-cloud devices": "devices_public_cloud",
        "Avg. daily running (public cloud)": "devices_public_cloud_daily_running",
        "Overseas devices": "devices_overseas", "Protocols supported": "protocols_supported",
        "Apps": None, "Data": None, "Active users (MAU)": None}


def test_thousands_printed_rounded():
    def number(text: str):
        block = Block(id="s:p1:b0", kind="ocr_line", text=text, span=Span(start=0, end=len(text)))
        return number_of(Piece(block, 0, len(text)))

    found = number("14.9k")
    assert found is not None and found.quantity.value == 14900 and found.quantity.raw == "14.9k"
    assert number("1.2 million") is None and number("k") is None


def test_an_english_reports_platform_summary(tmp_path: Path):
    pdf = flow_pdf(tmp_path / "Audited Financial Statements 2023.pdf", [[
        Line("SUPPLEMENTARY INFORMATION 补充资料"),
        Line("Industrial internet platform segment - four-year summary"),
        Line("Prepared by management from the segment reporting records. Amounts in RMB'000."),
        Line("2020    2021    2022    2023", indent=260),
        Line("Platform revenue 平台营业收入    31,208    36,514    41,873    48,236")]])
    found = {(v.field_id, v.normalized, v.unit) for v in read_platform_figures(read_pdf(pdf), load_catalog())}
    assert found == {("platform_revenue_2021", 3651.4, "千元"), ("platform_revenue_2022", 4187.3, "千元"),
                     ("platform_revenue_2023", 4823.6, "千元"), ("revenue", 4823.6, "千元"),
                     ("platform_revenue_growth_2021", 3120.8, "千元")}  # 2020: the 2021 rate's base (h68)


def test_a_sentence_of_plans_says_nothing_now(tmp_path: Path):
    """h63: 「到2026年，平台计划连接工业设备10万台（套），服务企业1万家」 — the 服务企业 clause is a target too."""
    from assistant.evidence.prose import read_prose_figures

    def facts(name: str, line: str) -> list:
        pdf = flow_pdf(tmp_path / name, [[Line("第三章 平台能力"), Line(line)]])
        return [(f.field_id, f.normalized) for f in read_prose_figures(read_pdf(pdf), load_catalog())]

    assert facts("a.pdf", "到2026年，平台计划连接工业设备10万台（套），服务企业1万家，培育杀手锏APP 10款以上。") == []
    assert facts("b.pdf", "平台已连接工业设备10万台（套），服务企业1万家。") == [
        ("devices_total", 100000), ("enterprises_served", 10000)]


def _segment_note(tmp_path: Path, head: str, more: str = "") -> list:
    from assistant.evidence.segment_lines import read_segment_lines

    pdf = flow_pdf(tmp_path / "Audit Report FY2023 (EN).pdf", [[
        Line("45. Segment information 分部信息"),
        Line("Year ended 31 December 2023 (RMB'000)"),
        Line(head, indent=260), Line("platform", indent=420),
        Line(f"Segment revenue (external customers) 分部收入   2,817,194{more}   48,236   2,865,430"),
        Line(f"Research and development expenses 研发费用   88,808{more}   9,842   98,650"),
        Line(f"Segment profit before tax 分部利润总额   180,305{more}   6,115   186,420")]])
    return read_segment_lines(read_pdf(pdf), load_catalog())


def test_an_english_segment_note_in_text_lines(tmp_path: Path):
    """h65: the platform segment's column told by order (the last before Total, its 「platform」 wrapped)."""
    found = {(v.field_id, v.component, v.normalized) for v in _segment_note(tmp_path, "Interior components   Industrial internet   Total")}
    assert found == {("revenue", "", 4823.6), ("platform_revenue_2023", "2023年平台营收（万元）", 4823.6),
                     ("rd_investment", "", 984.2), ("profit_margin", "平台利润总额（万元）", 611.5),
                     ("roi", "平台年利润（万元）", 611.5)}
    # three segments and a total, four amounts a row: the words cannot say where each column begins
    assert _segment_note(tmp_path / "b", "Interior components   Seating   Industrial internet   Total", "   1,000") == []


def test_summary_lines_above_a_device_table_are_no_heading(tmp_path: Path):
    """h65: 「Overseas 海外设备: 696 台/套」 printed above the table by category states a figure; it does not make
    the table's 接入 column the overseas devices."""
    from fixtures.make_unseen_fixtures import Grid

    from assistant.evidence.lists import read_lists

    rows = [["Category 设备类型（附录A）", "Connected 接入", "Public cloud 公有云"], ["机器人", "3245", "1363"],
            ["机床", "1747", "734"], ["化工设备", "2746", "1153"], ["Total 合计", "7738", "3250"]]
    pdf = flow_pdf(tmp_path / "Connected Device Register 接入设备清单.pdf", [[
        Line("Connected Device Register 平台接入设备清单"), Line("Total connected devices 接入设备合计: 7,738 台/套"),
        Line("Overseas 海外设备: 696 台/套"), Grid(rows, widths=[150, 100, 100])]])
    totals = {(v.field_id, v.normalized) for v in read_lists(read_pdf(pdf), load_catalog()) if v.dimension == "total"}
    assert ("devices_total", 7738) in totals and ("devices_public_cloud", 3250) in totals
    assert ("devices_overseas", 7738) not in totals


def test_an_english_only_platform_summary(tmp_path: Path):
    """h65: the same summary in English alone — 「Platform revenue 15,240 19,876 …」 under bare years."""
    from assistant.core.evidence import CONFIDENT
    from assistant.evidence.english_years import read_english_years

    def facts(name: str, lines: list[Line]) -> set:
        pdf = flow_pdf(tmp_path / name, [lines])
        return {(v.field_id, v.normalized, v.confidence >= CONFIDENT)
                for v in read_english_years(read_pdf(pdf), load_catalog())}

    summary = [Line("SUPPLEMENTARY INFORMATION"),
               Line("Industrial internet platform segment - four-year summary (ZeroCarbon OS)"),
               Line("Prepared by management; 2022 and 2023 agree to Note 45. Amounts in RMB'000."),
               Line("2020    2021    2022    2023", indent=260)]
    assert facts("a.pdf", summary + [Line("Platform revenue    15,240    19,876    25,401    29,124"),
                                     Line("Year-on-year growth    -    30.42%    27.80%    14.66%")]) == {
        ("platform_revenue_2021", 1987.6, True), ("platform_revenue_2022", 2540.1, True),
        ("platform_revenue_2023", 2912.4, True), ("revenue", 2912.4, True),
        ("platform_revenue_growth_2021", 1524.0, True)}  # 2020: the base of the 2021 growth rate (h68)
    # the bare item under the platform's heading is the platform's, doubted
    assert ("revenue", 2912.4, False) in facts("b.pdf", summary + [Line("Revenue    15,240    19,876    25,401    29,124")])
    # the company's statement under its own heading, a summary with no unit, amounts short of the years: nothing
    assert facts("c.pdf", summary + [Line("CONSOLIDATED STATEMENT OF PROFIT OR LOSS"), Line("Amounts in RMB'000."),
                                     Line("2022    2023", indent=260), Line("Revenue    376,150    412,680")]) == set()
    assert facts("d.pdf", [summary[1], summary[3], Line("Platform revenue    15,240    19,876    25,401    29,124")]) == set()
    assert facts("e.pdf", summary + [Line("Platform revenue    19,876    25,401    29,124")]) == set()
