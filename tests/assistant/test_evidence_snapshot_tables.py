"""A table of indicators at moments (h19): 「统计时点 | 注册企业用户（家） | 付费企业（家） | 付费用户占比（%）」 over a
row per date. Counts are read at the latest moment (截至填表日), 付费用户占比 at the year-end (截至2023年底); a
column no indicator names and a row without a date say nothing. Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.snapshot_tables import read_snapshot_tables
from extractors.reader import read_file

HEADER = ["统计时点", "注册企业用户（家）", "付费企业（家）", "付费用户占比（%）", "备注"]


def _read(path: Path) -> dict[str, tuple]:
    return {f.field_id: (f.normalized, f.as_of) for f in read_snapshot_tables(read_file(path), load_catalog())}


def test_each_indicator_at_the_moment_the_notice_asks(tmp_path: Path):
    rows = [HEADER, ["2023年12月31日", 10920, 3406, 31.19, "年末"], ["2024年5月31日", 11200, 4312, 38.5, "填表前"]]
    found = _read(rows_xlsx(tmp_path / "用户统计.xlsx", {"用户统计": rows}))
    assert found == {"enterprise_users_registered": (11200, "截至2024年5月31日"),
                     "enterprises_paying": (4312, "截至2024年5月31日"),
                     "paying_user_share": (31.19, "截至2023年12月31日")}


def test_without_a_year_end_row_the_rate_is_the_latest_and_a_table_of_years_is_none(tmp_path: Path):
    rows = [HEADER, ["2024年3月31日", 10980, 3500, 31.88, ""], ["2024年5月31日", 11200, 4312, 38.5, ""]]
    assert _read(rows_xlsx(tmp_path / "a.xlsx", {"s": rows}))["paying_user_share"] == (38.5, "截至2024年5月31日")
    years = [["年度", "平台撮合交易额（万元）", "同比增长（%）"], ["2022年", 402115.36, 26.29], ["2023年", 486320.55, 20.94]]
    assert _read(rows_xlsx(tmp_path / "b.xlsx", {"s": years})) == {}
    undated = [HEADER, ["年末", 10920, 3406, 31.19, ""]]
    assert _read(rows_xlsx(tmp_path / "c.xlsx", {"s": undated})) == {}


def test_a_team_table_by_scope_is_read_in_the_applicants_row(tmp_path: Path):
    """h92: 「统计口径 | 平台团队合计（人） | 运维人员（人） | …」 over the applicant's platform team and its group's: the
    applicant's row is the team; with two rows of the applicant (or none), nothing is said."""
    from assistant.evidence.snapshot_tables import read_scope_tables

    head = ["统计口径", "平台团队合计（人）", "运维人员（人）", "运营人员（人）", "有技术职称/从业资格（人）"]
    ours, group = ["申报主体平台团队", 112, 64, 48, 89], ["集团平台相关人员（含子公司）", 167, 96, 71, 132]

    def read(rows):
        path = rows_xlsx(tmp_path / f"团队{len(rows)}{rows[1][0][:2]}.xlsx", {"团队": rows})
        return {f.field_id: f.normalized for f in read_scope_tables(read_file(path), load_catalog())}

    assert read([head, ours, group]) == {"staff_total": 112, "staff_ops_maintenance": 64, "staff_operations": 48,
                                         "staff_qualified": 89}
    assert read([head, group]) == {}
    assert read([head, ours, ["本公司平台团队（2023年末）", 100, 60, 40, 80]]) == {}
