"""Evidence that says the notice's things in other words (blind set h44): 主营业务收入 beside the whole
营业收入, 研究开发支出 for 研发投入, 设备上云 for the public-cloud part, 客户企业 / 用户单位 / 微应用 on
dashboards, an English console's 「MAU Apps」 and 「3,412 units」. Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.catalog.vocabulary import caption_field
from assistant.evidence.lists import read_lists
from assistant.evidence.platform import read_platform_figures
from extractors.options import ReadOptions
from extractors.reader import read_file


def _platform(tmp_path: Path, rows: list[str]) -> dict[str, object]:
    page = [Line("关于平台业务收入、研发费用及利润的专项说明", size=12), Line("单位：万元"),
            Line("项目 2021年度 2022年度 2023年度"), *[Line(r) for r in rows]]
    document = read_pdf(flow_pdf(tmp_path / "专项说明.pdf", [page]))
    return {f.field_id: f for f in read_platform_figures(document, load_catalog())}


def test_main_business_revenue_beside_the_whole_is_a_part_of_it(tmp_path: Path):
    found = _platform(tmp_path, ["平台主营业务收入（交易服务） 10,402.15 12,880.62 15,318.90",
                                 "平台其他业务收入（数据服务） 834.65 1,024.65 1,163.75",
                                 "平台营业收入合计 11,236.80 13,905.27 16,482.65",
                                 "研究开发支出 1,240.10 1,538.77 1,876.32"])
    assert found["revenue"].normalized == pytest.approx(16482.65) and found["revenue"].confident
    assert found["platform_revenue_2021"].normalized == pytest.approx(11236.80)
    assert found["rd_investment"].normalized == pytest.approx(1876.32)  # 研究开发支出 is the R&D


def test_main_business_revenue_alone_is_the_platforms_doubted(tmp_path: Path):
    revenue = _platform(tmp_path, ["平台主营业务收入 4,702.35 6,012.44 7,512.85"])["revenue"]
    assert revenue.normalized == pytest.approx(7512.85) and not revenue.confident
    assert any("主营业务收入" in r for r in revenue.reasons)


def test_devices_on_the_cloud_beside_those_connected_are_the_public_cloud_part_doubted(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["设备类别", "联网设备台数（台/套）", "其中：设备上云数量（台/套）", "上云设备日均在线数（台/套）"])
    for row in (["物流设备", 4751, 2824, 1838], ["冶炼设备", 2217, 1318, 858], ["机床", 1900, 1129, 735]):
        sheet.append(row)
    sheet.append(["合计", 8868, 5271, 3431])
    path = tmp_path / "联网设备台账.xlsx"
    book.save(path)
    document = read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))
    totals = {v.field_id: v for v in read_lists(document, load_catalog()) if v.dimension == "total"}
    assert totals["devices_total"].normalized == 8868 and totals["devices_total"].confident
    cloud = totals["devices_public_cloud"]
    assert cloud.normalized == 5271 and not cloud.confident and any("公有云" in r for r in cloud.reasons)
    assert totals["devices_public_cloud_daily_running"].normalized == 3431


@pytest.mark.parametrize("caption, field", [
    ("客户企业", "enterprises_served"), ("签约客户数", "enterprises_served"), ("付费客户", "enterprises_paying"),
    ("用户单位", "enterprise_users_registered"), ("工业微应用", "apps_total"), ("联网设备台数", "devices_total"),
    ("其中：上海本地客户", "enterprises_served_shanghai"), ("上海市外客户", None), ("MAU Apps", "apps_monthly_active"), ("IaaS Cloud Servers", "cloud_servers_used"),
    ("Storage Used", "stored_industrial_data"), ("客户满意度", None), ("客户订单", None),
    ("其中：公有云实际使用", "cloud_servers_public"), ("公有云实际使用率", None),  # h96: the notice's own words
    ("在线机台（日均）", "devices_public_cloud_daily_running"), ("活跃终端（日均）", "devices_public_cloud_daily_running"),
    ("在线机台", None), ("日均活跃用户", None),  # h95: the daily average in a bracket after the thing
])
def test_a_dashboards_other_words_name_the_notices_figures(caption, field):
    assert caption_field(caption) == field


def test_an_english_consoles_counting_word_is_no_part_of_the_number():
    from fixtures.make_list_fixtures import ocr_document

    from assistant.evidence.figures import read_figures

    page = [[("Operations Dashboard", 60)], [("Connected Devices", 60), ("MAU Apps", 300)],
            [("3,412 units", 60), ("86", 300)]]
    found = {v.field_id: v.normalized for v in read_figures(ocr_document("dashboard.png", [page]), load_catalog())}
    assert found == {"devices_total": 3412, "apps_monthly_active": 86}


def test_two_pages_scanned_side_by_side_are_read_as_two(tmp_path: Path):
    """h43: a landscape sheet holding a table of devices by category beside a table of enterprises by
    region: each table's rows are its own (not 「轻工设备 2,706 上海 700」), each 合计 its table's."""
    from fixtures.make_list_fixtures import ocr_document

    left = [("设备类别", 60), ("接入数量（台/套）", 260)]
    right = [("区域", 700), ("服务企业数（家）", 900)]
    categories = [("轻工设备", "2,706"), ("动力设备", "1,250"), ("仪器仪表", "1,046"), ("物流设备", "908"),
                  ("其他", "374"), ("合计", "6,284")]
    regions = [("上海", "700"), ("江苏", "200"), ("浙江", "50"), ("安徽", "30"), ("湖北", "20"), ("合计", "1,000")]
    lines = [[("平台接入设备统计表", 150), ("平台服务企业统计表", 780)], left + right]
    lines += [[(c, 60), (n, 280), (r, 700), (m, 920)] for (c, n), (r, m) in zip(categories, regions)]
    document = ocr_document("统计表扫描.pdf", [lines])
    sheet = document.pages[0].model_copy(update={"width": 1248.0, "height": 880.0})
    document = document.model_copy(update={"pages": (sheet,)})
    totals = {v.field_id: v.normalized for v in read_lists(document, load_catalog()) if v.dimension == "total"}
    assert totals["devices_total"] == 6284 and totals["enterprises_served"] == 1000
    assert totals["enterprises_served_shanghai"] == 700


def test_a_scanned_tables_title_is_no_dashboard_caption():
    assert caption_field("平台接入工业设备统计表") is None and caption_field("工业APP清单") is None
    assert caption_field("接入仪表") == "devices_total"  # 仪表 is a machine, not a table


def test_a_watermark_across_a_scanned_table_is_no_part_of_its_rows():
    """h43: 「仅供申报使用」 stamped across a scanned device table; OCR read the phrase once and pieces of
    it (「仅」, 「报使用」) between the cells — the rows are the table's without them."""
    from fixtures.make_list_fixtures import ocr_document

    from assistant.evidence.rows import document_rows

    lines = [[("设备类别", 60), ("接入数量（台/套）", 260)], [("机床", 60), ("1,056", 280), ("用", 420)],
             [("仅", 20), ("动力设备", 60), ("967", 280)], [("合计", 60), ("2,023", 280), ("报使用", 400)],
             [("仅供申报使用", 200)]]
    rows = [[c.text for c in r.cells] for r in document_rows(ocr_document("设备统计扫描.pdf", [lines]))]
    assert rows == [["设备类别", "接入数量（台/套）"], ["机床", "1,056"], ["动力设备", "967"], ["合计", "2,023"]]
