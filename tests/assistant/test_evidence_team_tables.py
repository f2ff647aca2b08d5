"""A table of the platform's team by post (h86: 「人员类别 | 人数（人）」 over 运维, 运营, 合计 and 其中 职称 rows) gives
平台团队总人数 and its parts (`column_totals`); a table of another headcount (参保, 研发人员) or a row naming both
posts says nothing of the team. Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.column_totals import read_column_totals
from extractors.reader import read_file


def _read(path: Path) -> dict[str, int]:
    """The team's head counts the file gives (its other sums, such as a 新增参保 合计's new jobs, are not the team's)."""
    return {f.field_id: f.normalized for f in read_column_totals(read_file(path), load_catalog())
            if f.field_id.startswith("staff_")}


def test_the_team_by_post(tmp_path: Path):
    rows = [["人员类别", "人数（人）"], ["平台运维（含基础运维、迭代开发、优化升级）", 96], ["平台运营（含日常运营、销售、管理）", 58],
            ["合计", 154], ["其中：具有相关技术职称/从业资格", 121], ["资源项", "数量"], ["存储容量（TB）", 1800]]
    assert _read(rows_xlsx(tmp_path / "人员说明.xlsx", {"s": rows})) == {
        "staff_ops_maintenance": 96, "staff_operations": 58, "staff_total": 154, "staff_qualified": 121}


def test_a_roles_posts_are_its_parts_and_its_subtotal_its_count(tmp_path: Path):
    """h73: 「类别 | 岗位 | 人数」 with 运维 on four rows (研发与迭代 68, 基础运维 32 …) and 「运维小计 148」: the posts are no
    count of the role (they were four mismatches beside the right one); the 小计 and the 合计 are."""
    rows = [["平台团队人员构成统计表（截至2024年6月30日）"], ["类别", "岗位", "人数", "其中：有技术职称/从业资格"],
            ["运维", "平台研发与迭代开发", 68, 49], ["运维", "基础运维", 32, 23],
            ["运维小计", None, 100, 72], ["运营", "平台运营", 35, 25], ["运营", "综合管理", 22, 16], ["运营小计", None, 57, 41],
            ["合计", None, 157, 113]]
    found = [(f.field_id, f.normalized) for f in read_column_totals(read_file(rows_xlsx(tmp_path / "团队.xlsx", {"s": rows})),
                                                                    load_catalog()) if f.field_id.startswith("staff_")]
    assert sorted(found) == [("staff_operations", 57), ("staff_ops_maintenance", 100), ("staff_qualified", 113), ("staff_total", 157)]


def test_other_headcounts_say_nothing(tmp_path: Path):
    rows = [["岗位类别", "人数"], ["运维运营人员", 40], ["研发人员", 30], ["新增参保人员合计", 70]]
    assert _read(rows_xlsx(tmp_path / "a.xlsx", {"s": rows})) == {}
    months = [["缴费月份", "新增参保人数（人）"], ["2023年7月", 14], ["合计", 214]]
    assert _read(rows_xlsx(tmp_path / "b.xlsx", {"s": months})) == {}


def test_a_social_insurance_certificate_of_the_platforms_people(tmp_path: Path):
    """h85: 「兹证明该单位工业互联网平台项目人员2024年6月在本市参加社会保险并正常缴费，共84人」 — the team's headcount
    (or one company's part of it), doubted; a certificate of 新增 insured people says nothing of the team."""
    from fixtures.make_evidence_fixtures import text_pdf

    from assistant.evidence.insured_staff import read_insured_staff

    def read(line: str) -> list:
        path = text_pdf(tmp_path / f"社保{len(line)}.pdf", ["上海市社会保险单位参保缴费证明", "单位名称：示例科技有限公司", line])
        return [(f.field_id, f.normalized, f.confident) for f in read_insured_staff(read_file(path), load_catalog())]

    assert read("兹证明该单位工业互联网平台项目人员2024年6月在本市参加社会保险并正常缴费，共84人，名单如下：") == [
        ("staff_total", 84, False)]
    assert read("兹证明该单位平台项目新增人员2024年在本市参加社会保险，共42人。") == []
