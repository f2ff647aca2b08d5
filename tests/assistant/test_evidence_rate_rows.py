"""Rates printed in a table of the platform's figures by year (`evidence.rate_rows`): h24's platform note
with its R&D intensity beside the amounts, h14's 社会贡献测算 with its rate under the total. Fixtures are
written here, in layouts of the blind packages' kind, never by the generator."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.rate_rows import read_rate_rows


def _rates(tmp_path: Path, name: str, page: list) -> dict:
    return {field: fact for (field, _c), fact in cited_facts(read_pdf(flow_pdf(tmp_path / name, [page])),
                                                              read_rate_rows).items()}


def test_a_platform_notes_rate_row_gives_the_years_rate(tmp_path: Path):
    page = [Line("关于某某工业互联网平台经营数据的专项说明"),
            Grid([["项目（单位：万元）", "2023年度", "2022年度", "2021年度"],
                  ["平台相关营业收入", "4688.72", "3902.15", "3126.40"],
                  ["平台相关研发投入", "612.35", "540.28", "466.07"],
                  ["平台相关研发投入强度（%）", "13.06", "13.85", "14.91"]], widths=[170, 90, 90, 90])]
    rate = _rates(tmp_path, "专项说明.pdf", page)["rd_intensity"]
    assert rate.normalized == pytest.approx(13.06) and rate.unit == "%" and rate.year == 2023
    assert rate.citations[0].quote == "13.06"
    # the same rows without the form's year say nothing
    page[1] = Grid([["项目（单位：万元）", "2022年度", "2021年度"], ["平台相关研发投入强度（%）", "13.85", "14.91"]],
                   widths=[170, 90, 90])
    assert _rates(tmp_path, "上年.pdf", page) == {}


def test_a_social_contribution_table_gives_its_rate_only_where_it_is_the_platforms(tmp_path: Path):
    rows = [["项目", "2023年度"], ["社会贡献总额", "3,246.80"], ["平台平均资产总额", "14,820.60"], ["社会贡献率", "21.91%"]]
    page = [Line("平台社会贡献测算（单位：万元）："), Grid(rows, widths=[200, 120])]
    assert _rates(tmp_path, "平台.pdf", page)["social_contribution_rate"].normalized == pytest.approx(21.91)
    # the company's own table, 平台 said nowhere: the company's rate, not the platform's
    company = [Line("公司社会贡献测算（单位：万元）："), Grid([row if row[0] != "平台平均资产总额" else ["平均资产总额", row[1]]
                                                   for row in rows], widths=[200, 120])]
    assert _rates(tmp_path, "公司.pdf", company) == {}
