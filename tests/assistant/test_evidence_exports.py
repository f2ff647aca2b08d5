"""Workbooks as operators export them (h25 and h26's clean packages, first met 2026-12-05): a table
by 省市区域 whose 序号 starts again for the overseas rows after 「小计（境内）」, closed by 「小计（海外）」
and 「总计」; a list on a sheet named as an excerpt (「名录（节选）」). Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from extractors.reader import read_file

HEADER = ["序号", "省市区域", "接入设备数", "其中：公有云接入"]


def _workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _facts(path: Path) -> dict:
    return {(f.field_id, f.component): f for f in read_lists(read_file(path), load_catalog())}


def test_a_serial_that_restarts_after_a_subtotal_is_the_same_tables_next_group(tmp_path: Path):
    rows = [["平台接入设备统计表（单位：台/套）"], HEADER,
            [1, "上海", 1230, 705], [2, "江苏", 583, 333], [3, "湖北", 536, 301], ["小计（境内）", None, 2349, 1339],
            [1, "越南Vietnam", 126, 73], [2, "马来西亚Malaysia", 82, 47], ["小计（海外）", None, 208, 120],
            ["总计", None, 2557, 1459]]
    facts = _facts(_workbook(tmp_path / "设备统计.xlsx", {"汇总": rows}))
    assert facts["devices_total", ""].normalized == 2557 and facts["devices_total", ""].confident
    overseas = facts["devices_overseas", ""]
    assert overseas.normalized == 208 and overseas.confident  # the 小计（海外） row, not a sum with a doubt
    assert facts["devices_public_cloud_by_region", "马来西亚Malaysia"].normalized == 47
    assert facts["devices_by_region", "上海"].normalized == 1230


def test_a_list_on_a_sheet_named_as_an_excerpt_is_a_part(tmp_path: Path):
    names = [["序号", "企业名称", "所属行业", "注册地", "是否付费"],
             *[[i, f"示例企业{i}有限公司", "机械", "上海", "是"] for i in range(1, 6)]]
    facts = _facts(_workbook(tmp_path / "服务企业名录及统计.xlsx", {"统计": [["统计口径", "数量（家）"]],
                                                                  "名录（节选）": names}))
    served = facts["enterprises_served", ""]
    assert served.normalized == 5 and served.scope == "segment"  # five names of an excerpt: no count of all
