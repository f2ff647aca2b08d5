"""A device table grouped under the company's own 一级分类 (h70, first met 2026-12-06): 「整机装备 | 整机装备小计 |
11,862」 closes each group in the 二级分类 column. Those rows are subtotals: the categories and the 合计 are the 二级
rows'. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists


def test_group_subtotals_under_a_merged_first_column(tmp_path: Path):
    rows = [["一级分类", "二级分类（附录A）", "主要设备", "接入数量（台/套）"],
            ["整机装备", "工程机械", "挖掘机、装载机", "9,842"], ["整机装备", "采矿设备", "凿岩台车", "1,408"],
            ["整机装备", "整机装备小计", "", "11,250"],
            ["动力与电气装备", "动力设备", "柴油发动机", "3,126"], ["动力与电气装备", "电力设备", "柴油发电机组", "1,254"],
            ["动力与电气装备", "动力与电气装备小计", "", "4,380"], ["合计", "", "", "15,630"]]
    pdf = flow_pdf(tmp_path / "平台接入设备统计表.pdf", [[Line("平台接入设备统计表（按设备分类）"),
                                                            Grid(rows, widths=[110, 120, 120, 90])]])
    facts = read_lists(read_pdf(pdf), load_catalog())
    [total] = [f for f in facts if f.field_id == "devices_total"]
    assert total.normalized == 15630 and total.status == "found"
    categories = {f.component: f.normalized for f in facts if f.field_id == "devices_by_category"}
    assert categories == {"工程机械": 9842, "采矿设备": 1408, "动力设备": 3126, "电力设备": 1254}
