"""A table of the platform's team by post (h86: 「人员类别 | 人数（人）」 over 运维, 运营, 合计 and 其中 职称 rows) gives
平台团队总人数 and its parts; a table of another headcount (参保, 研发人员) or a row naming both posts says nothing.
Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.staff_table import read_staff_tables
from extractors.reader import read_file


def _read(path: Path) -> dict[str, int]:
    return {f.field_id: f.normalized for f in read_staff_tables(read_file(path), load_catalog())}


def test_the_team_by_post(tmp_path: Path):
    rows = [["人员类别", "人数（人）"], ["平台运维（含基础运维、迭代开发、优化升级）", 96], ["平台运营（含日常运营、销售、管理）", 58],
            ["合计", 154], ["其中：具有相关技术职称/从业资格", 121], ["资源项", "数量"], ["存储容量（TB）", 1800]]
    assert _read(rows_xlsx(tmp_path / "人员说明.xlsx", {"s": rows})) == {
        "staff_ops_maintenance": 96, "staff_operations": 58, "staff_total": 154, "staff_qualified": 121}


def test_other_headcounts_say_nothing(tmp_path: Path):
    rows = [["岗位类别", "人数"], ["运维运营人员", 40], ["研发人员", 30], ["新增参保人员合计", 70]]
    assert _read(rows_xlsx(tmp_path / "a.xlsx", {"s": rows})) == {}
    months = [["缴费月份", "新增参保人数（人）"], ["2023年7月", 14], ["合计", 214]]
    assert _read(rows_xlsx(tmp_path / "b.xlsx", {"s": months})) == {}
