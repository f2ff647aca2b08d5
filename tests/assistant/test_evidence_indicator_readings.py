"""A KPI sheet printing each indicator in several readings side by side (2026-12-08, h92): 「指标 | 2022年 | 2023年 |
截至填表日前一年（2023.07-2024.06） | 自上线累计」. The 2023 column is the one a form is held to; each other reading is
kept as a fact that may back the form and never holds it. Fixtures are our own, never the blind set's files."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import ANOTHER_READING
from assistant.evidence.indicator_table import read_indicator_tables
from extractors.options import ReadOptions
from extractors.reader import read_file


def _sheet(path: Path, head: list[str]) -> list:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(head)
    sheet.append(["平台订单数量（个）", 7812, 9126, 9684, 38650][: len(head)])
    sheet.append(["工业APP订阅数量（个）", 1611, 1942, 2058, 6318][: len(head)])
    book.save(path)
    return read_indicator_tables(read_file(path, display_path=path.name, options=ReadOptions(ocr=False)), load_catalog())


def test_each_reading_of_a_kpi_row_is_kept_and_the_years_says_they_stand_beside_it(tmp_path: Path):
    facts = _sheet(tmp_path / "导出.xlsx", ["指标", "2022年", "2023年", "截至填表日前一年（2023.07-2024.06）", "自上线累计"])
    subscriptions = [f for f in facts if f.field_id == "app_subscriptions"]
    held = [f for f in subscriptions if ANOTHER_READING not in f.reasons]
    assert [f.normalized for f in held] == [1942] and "自上线累计" in held[0].reasons[-1] and not held[0].confident
    others = {f.period: f.normalized for f in subscriptions if ANOTHER_READING in f.reasons}
    assert others == {"截至填表日前一年（2023.07-2024.06）": 2058, "自上线累计": 6318}
    orders = {f.period: f.normalized for f in facts if f.field_id == "orders_last_year"}
    # the orders are asked of a year (近一年总量): the year before the form is a reading, all since launch is not
    assert orders["截至填表日前一年（2023.07-2024.06）"] == 9684 and "自上线累计" not in orders


def test_a_table_of_years_alone_gives_the_years_figure_without_doubt(tmp_path: Path):
    facts = _sheet(tmp_path / "导出.xlsx", ["指标", "2022年", "2023年"])
    [subscriptions] = [f for f in facts if f.field_id == "app_subscriptions"]
    assert subscriptions.normalized == 1942 and subscriptions.confident and ANOTHER_READING not in subscriptions.reasons


def test_a_sheet_of_wholes_beside_their_shanghai_part_and_the_years_new_ones(tmp_path: Path):
    """「指标（截至2024-06-30） | 全部 | 其中：上海 | 2023年新增」: the whole is each indicator's value, the served
    enterprises' Shanghai column is 服务本市企业数量, the year's new ones are nothing the form asks."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["指标（截至2024-06-30）", "全部", "其中：上海", "2023年新增"])
    sheet.append(["注册企业用户数", 2864, 1059, 412])
    sheet.append(["实际服务企业数（累计到达）", 1736, 842, 236])
    book.save(path := tmp_path / "企业用户.xlsx")
    facts = read_indicator_tables(read_file(path, display_path=path.name, options=ReadOptions(ocr=False)), load_catalog())
    assert {f.field_id: f.normalized for f in facts} == {
        "enterprise_users_registered": 2864, "enterprises_served": 1736, "enterprises_served_shanghai": 842}
    shanghai = next(f for f in facts if f.field_id == "enterprises_served_shanghai")
    assert shanghai.citations[0].quote == "842" and ANOTHER_READING not in shanghai.reasons


def test_an_earlier_moments_column_is_no_reading_of_the_present_figure(tmp_path: Path):
    """h40: 「统计项 | 上年（截至2023年6月30日） | 本年（截至2024年6月30日）」: the present column is read; last year's figure is
    no other reading of it — a form declaring last year's figure is held to this year's."""
    facts = _sheet(tmp_path / "资源.xlsx", ["统计项", "上年（截至2023年6月30日）", "本年（截至2024年6月30日）"])
    assert all(ANOTHER_READING not in f.reasons for f in facts) and {f.normalized for f in facts} == {9126, 1942}
    facts = _sheet(tmp_path / "资源2.xlsx", ["统计项", "截至2023年6月30日", "截至2024年6月30日"])
    assert all(ANOTHER_READING not in f.reasons for f in facts) and facts
