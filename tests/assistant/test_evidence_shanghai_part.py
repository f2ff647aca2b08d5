"""服务本市企业数量 as served-enterprise workbooks write it (2026-12-08, h88): a 统计 sheet beside the list
whose row under the 合计 names the Shanghai part by place alone (「其中：注册地在上海市」), a list column
asking 「是否本市企业」, and an address column where 上海 may be a street of another city. Fixtures are our
own, never the blind sets' files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from fixtures.make_unseen_fixtures import cited_facts

from assistant.catalog.notice import load_catalog
from assistant.evidence.indicator_table import read_indicator_tables
from assistant.evidence.lists import read_lists

PLACES = ["上海市浦东新区锦绣路8号", "江苏省苏州市上海路18号", "上海市闵行区虹梅路2号", "浙江省宁波市海曙区", "中国·上海市嘉定区"]


def _read_xlsx(path: Path):
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def _statistics(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "服务企业名录"
    sheet.append(["序号", "企业名称", "所属行业", "注册地址"])
    for n in range(1, 31):
        sheet.append([n, f"某某精工有限公司{n:02d}", "机械", PLACES[n % 5]])
    summary = book.create_sheet("汇总")
    summary.append(["统计项", "数量（家）"])
    for row in rows:
        summary.append(row)
    book.save(path)
    return path


def test_a_place_row_under_the_served_total_is_the_shanghai_part(tmp_path: Path):
    """「其中：注册地在上海市 | 18」 under 「实际服务企业合计」 on the 汇总 sheet: 服务本市企业数量, cited there."""
    path = _statistics(tmp_path / "服务企业名录.xlsx", [["实际服务企业合计", 30], ["其中：付费企业", 9],
                                                   ["其中：注册地在上海市", 18], ["统计截止日", "2024-06-30"]])
    facts = cited_facts(_read_xlsx(path), read_indicator_tables)
    shanghai = facts["enterprises_served_shanghai", ""]
    assert shanghai.normalized == 18 and shanghai.citations[0].page == 2


def test_a_place_row_under_another_count_or_outside_shanghai_says_nothing(tmp_path: Path):
    """The same words under registered users (or a group's customers) are theirs; 「上海市以外」 is the rest."""
    for rows in ([["注册企业用户", 300], ["其中：注册地在上海市", 120]],
                 [["实际服务企业合计", 30], ["注册企业用户", 300], ["其中：上海市", 120]],
                 [["集团服务客户合计", 900], ["其中：上海", 120]],
                 [["实际服务企业合计", 30], ["其中：上海市以外", 12]]):
        path = _statistics(tmp_path / "服务企业名录.xlsx", rows)
        assert "enterprises_served_shanghai" not in {v.field_id for v in read_indicator_tables(
            _read_xlsx(path), load_catalog())}


def test_an_address_column_counts_shanghai_by_the_place_it_names_first(tmp_path: Path):
    """「江苏省苏州市上海路18号」 is not in Shanghai; 「中国·上海市嘉定区」 is: 18 of the 30 (not 24)."""
    path = _statistics(tmp_path / "服务企业名录.xlsx", [])
    facts = cited_facts(_read_xlsx(path), read_lists)
    assert facts["enterprises_served_shanghai", ""].normalized == sum(
        1 for n in range(1, 31) if not PLACES[n % 5].startswith(("江苏", "浙江")))


def test_a_yes_no_column_of_shanghai_enterprises(tmp_path: Path):
    """「是否本市企业 | 是/否」: the yes rows; 「是否上海市专精特新」 beside it is an honour, not the place."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "企业名称", "所属行业", "是否上海市专精特新", "是否本市企业"])
    for n in range(1, 31):
        sheet.append([n, f"某某精工有限公司{n:02d}", "机械", "是" if n % 2 else "否", "是" if n % 3 else "否"])
    book.save(tmp_path / "服务企业名单.xlsx")
    facts = cited_facts(_read_xlsx(tmp_path / "服务企业名单.xlsx"), read_lists)
    assert facts["enterprises_served_shanghai", ""].normalized == sum(1 for n in range(1, 31) if n % 3)
