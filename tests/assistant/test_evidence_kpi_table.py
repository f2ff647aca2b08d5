"""An operations report's KPI table (2026-12-04, the shape the fifteenth blind set showed): the
operator's indicators down the side with their 口径 in brackets, quarters or months across, and a
年度 / 近一年 / 2023全年 column. Fixtures are our own."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.kpi_table import read_kpi_tables

QUARTERS = [
    ["运营指标", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "年度"],
    ["新增接入水泵（台）", "300", "310", "320", "330", "1,260"],
    ["在网水泵（台，期末）", "9,000", "9,310", "9,630", "9,960", "9,960"],
    ["在线水泵（公有云，日均）", "4,000", "4,100", "4,300", "4,400", "4,200"],
    ["能效模型月调用用户（家，月均）", "120", "130", "140", "150", "135"],
    ["杀手锏应用日活次数（次，日均）", "5,000", "5,200", "5,400", "5,600", "5,300"],
    ["平台订单（单）", "700", "720", "760", "820", "3,000"],
    ["付费企业（家，期末）", "210", "220", "230", "240", "900"],
]


def test_a_quarterly_kpi_table_gives_each_indicator_its_aggregate(tmp_path: Path):
    page = [Line("平台运营年报（2023.07-2024.06）"), Line("一、核心运营指标"),
            Grid(QUARTERS, widths=[170, 62, 62, 62, 62, 62])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "年报.pdf", [page])), read_kpi_tables)
    got = {field: (fact.normalized, fact.period) for (field, _c), fact in facts.items()}
    assert got == {"devices_total": (9960, "近一年"), "devices_public_cloud_daily_running": (4200, "近一年"),
                   "core_models_monthly_users": (135, "近一年"), "killer_apps_daily_active_times": (5300, "近一年"),
                   "orders_last_year": (3000, "近一年")}
    # 付费企业 900 is a 合计 of quarter-end stocks, not a count; 新增 is a flow of another figure
    assert "enterprises_paying" not in got
    assert facts["devices_total", ""].citations[0].quote == "9,960"


def test_a_kpi_sheet_of_one_year_names_the_natural_year(tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "KPI"
    for row in [["指标", "2023Q1", "2023Q2", "2023Q3", "2023Q4", "2023全年", "2022全年", "同比"],
                ["年度订单（2023）/单", 1000, 1100, 1200, 1300, 4600, 4000, "15.00%"],
                ["FY2023 订单额/万元", 100.5, 110, 120, 130, 460.5, 400, "15.13%"]]:
        sheet.append(row)
    book.save(tmp_path / "kpi.xlsx")
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    document = read_file(tmp_path / "kpi.xlsx", display_path="kpi.xlsx", options=ReadOptions(ocr=False, render_docx=False))
    facts = cited_facts(document, read_kpi_tables)
    assert {k[0]: (v.normalized, v.period) for k, v in facts.items()} == {"orders_last_year": (4600, "2023全年")}


def test_a_table_of_months_without_an_aggregate_says_nothing(tmp_path: Path):
    rows = [["指标", "1月", "2月", "3月", "4月"], ["在网水泵（台）", "10", "11", "12", "13"]]
    assert cited_facts(read_pdf(flow_pdf(tmp_path / "m.pdf", [[Grid(rows)]])), read_kpi_tables) == {}


@pytest.mark.parametrize(("caption", "field"), [
    ("在网电机", "devices_total"), ("接入机组", "devices_total"), ("联网织机", "devices_total"),
    ("接入产线", None), ("接入主机数", None), ("公有云接入电机", "devices_public_cloud"),
    ("诊断模型月调用用户", "core_models_monthly_users"), ("模型调用次数", None)])
def test_an_operators_own_words_for_its_devices_and_model_users(caption: str, field: str | None):
    """h15: a dashboard's 「接入产线 14条」 was read as the devices connected (a false warning on a clean
    package) while 「在网电机 21,480」, the devices, said nothing."""
    from assistant.catalog.vocabulary import caption_field

    assert caption_field(caption) == field


def test_machines_on_the_network_are_the_device_total_and_cloud_access_is_not(tmp_path: Path):
    """h15: 「设备类别 | 在网电机（台） | 云端接入（台） | 日均在线（台）」 closed by 合计 — the 云端接入
    column was read as the devices connected, a false error against the declared total."""
    from assistant.evidence.lists import read_lists
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "按设备类别"
    for row in [["设备类别", "在网电机（台）", "云端接入（台）", "日均在线（台）"], ["动力设备", 6000, 3500, 2500],
                ["机床", 4000, 2500, 1500], ["合计", 10000, 6000, 4000]]:
        sheet.append(row)
    book.save(tmp_path / "电机.xlsx")
    document = read_file(tmp_path / "电机.xlsx", display_path="电机.xlsx", options=ReadOptions(ocr=False, render_docx=False))
    totals = {f.normalized for (field, component), f in cited_facts(document, read_lists).items()
              if field == "devices_total" and not component}
    assert totals == {10000}
