"""Bar charts drawn as pictures (`evidence.charts`) read as the table they were drawn from, and the
platform's revenue and R&D by year read off them (`evidence.platform`), on charts of our own: OCR
boxes laid out as a chart (fast, every geometry), and one chart drawn with PIL and read by real OCR."""

from __future__ import annotations

import pytest
from fixtures.make_list_fixtures import ocr_document

from assistant.catalog.notice import load_catalog
from assistant.evidence.charts import chart_rows
from assistant.evidence.platform import read_platform_figures

# A grouped bar chart: ticks down the left, two bars a year with their numbers, the legend below.
GROUPED = [[
    [("平台营收与研发投入（2021—2023）", 200)],
    [("单位：万元", 40)],
    [("6,000", 30)],
    [("4,812.30", 420), ("5,906.55", 620)],
    [("4,000", 30), ("3,120.08", 220)],
    [("2,000", 30)],
    [("702.16", 270), ("866.40", 470), ("1,050.12", 672)],
    [("0", 30)],
    [("2021年", 230), ("2022年", 430), ("2023年", 630)],
    [("平台营收", 250), ("研发投入", 400), ("数据来源：财务部", 600)],
]]


def _table(document) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in chart_rows(document)]


def test_a_grouped_bar_chart_is_the_table_it_was_drawn_from():
    rows = _table(ocr_document("营收图.png", GROUPED))
    assert rows == [["平台营收与研发投入（2021—2023）"], ["单位：万元"], ["项目", "2021年", "2022年", "2023年"],
                    ["平台营收", "3,120.08", "4,812.30", "5,906.55"], ["研发投入", "702.16", "866.40", "1,050.12"]]


def test_the_platforms_figures_by_year_off_a_chart_carry_the_doubt_of_ocr():
    facts = read_platform_figures(ocr_document("营收图.png", GROUPED), load_catalog(), charts_only=True)
    values = {(f.field_id, f.year): f.normalized for f in facts}
    assert values == {("platform_revenue_2021", 2021): 3120.08, ("platform_revenue_2022", 2022): 4812.3,
                      ("platform_revenue_2023", 2023): 5906.55, ("revenue", 2023): 5906.55,
                      ("rd_investment", 2023): 1050.12}
    revenue = next(f for f in facts if f.field_id == "revenue")
    assert revenue.citations[0].quote == "5,906.55"
    assert any("识别误差" in d for d in revenue.doubts("platform"))  # never an error on its own


def test_a_bar_with_a_growth_line_and_a_label_lost_to_ocr():
    chart = [[
        [("平台营业收入（万元）", 200)],
        [("9,000", 30), ("8,204.10", 620)],
        [("7,010.55", 420), ("17.03%", 640)],
        [("20.11%", 440)],
        [("3,000", 30)],
        [("2021年", 230), ("2022年", 430), ("2023年", 630)],
        [("平台营收", 250), ("同比", 400)],
    ]]
    rows = _table(ocr_document("营收.png", chart))
    assert rows[1:] == [["项目", "2021年", "2022年", "2023年"], ["平台营收", "", "7,010.55", "8,204.10"],
                        ["同比", "", "20.11%", "17.03%"]]


@pytest.mark.parametrize("name,chart", [
    ("stacked", [[[("平台收入构成", 200)], [("1,200", 230), ("2,100", 430)], [("3,400", 230), ("3,900", 430)],
                  [("2022年", 230), ("2023年", 430)], [("订阅", 250), ("项目", 400)]]]),
    ("legend of another count", [[[("平台收入", 200)], [("1,200", 220), ("1,300", 260), ("2,100", 420), ("2,300", 460)],
                                  [("2022年", 230), ("2023年", 430)], [("平台营收", 250)]]]),
    ("one period", [[[("平台收入", 200)], [("1,200", 230)], [("2023年", 230)], [("平台营收", 250)]]]),
])
def test_charts_whose_series_are_in_doubt_give_nothing(name, chart):
    # stacked numbers one above another, two bars a year but one legend entry, a single column
    assert chart_rows(ocr_document(f"{name}.png", chart)) == []


@pytest.mark.slow
def test_a_chart_drawn_and_read_by_ocr(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    from eval_sets.generator.fonts import cjk_ttf
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    image = Image.new("RGB", (1000, 560), "white")
    draw = ImageDraw.Draw(image)
    font, small = ImageFont.truetype(str(cjk_ttf()), 30), ImageFont.truetype(str(cjk_ttf()), 22)
    draw.text((250, 20), "平台营业收入（2021-2023）", fill="black", font=font)
    draw.text((40, 70), "单位：万元", fill="gray", font=small)
    draw.line((100, 470, 960, 470), fill="black", width=2)
    for tick, y in (("0", 460), ("3,000", 320), ("6,000", 180)):
        draw.text((30, y), tick, fill="gray", font=small)
    for k, (year, value, height) in enumerate((("2021", "2,684.15", 160), ("2022", "3,362.80", 210),
                                               ("2023", "4,051.26", 260))):
        x = 200 + k * 260
        draw.rectangle((x, 470 - height, x + 110, 470), fill=(46, 125, 230))
        draw.text((x - 5, 470 - height - 40), value, fill="black", font=small)
        draw.text((x + 25, 485), year, fill="black", font=small)
    draw.rectangle((380, 525, 400, 545), fill=(46, 125, 230))
    draw.text((410, 520), "平台营收", fill="black", font=small)
    path = tmp_path / "平台营收趋势.png"
    image.save(path)
    document = read_file(path, display_path=path.name, options=ReadOptions())
    facts = read_platform_figures(document, load_catalog(), charts_only=True)
    assert {f.field_id: f.value for f in facts} == {"platform_revenue_2021": "2,684.15",
                                                     "platform_revenue_2022": "3,362.80",
                                                     "platform_revenue_2023": "4,051.26", "revenue": "4,051.26"}


def test_a_csv_export_has_no_chart_and_no_page_number_to_trip_on(tmp_path):
    """h15: an API gateway's CSV (pages without a number) made the chart reader fail the whole file."""
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    path = tmp_path / "api_gateway_weekly.csv"
    path.write_text("week_start,calls,active_services_ge5\n2024-06-17,1461061,583\n2024-06-24,1547005,586\n",
                    encoding="utf-8")
    document = read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))
    assert chart_rows(document) == []
    assert read_platform_figures(document, load_catalog()) == []
