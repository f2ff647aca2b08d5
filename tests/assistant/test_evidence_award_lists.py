"""A certificate or honours list whose rows the text layer reads out of order (2026-12-08, h96): a wrapped name moves
its 序号 off the line's start. Fixtures are our own."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists


def test_a_lists_row_whose_serial_a_wrapped_name_moved_is_counted_by_the_printed_total(tmp_path: Path):
    """h96: an honours list whose third name wraps, so its text layer reads 「上海市科技进步奖二等奖（…） 3 上海市人民政府 …」 —
    the row was not read (4 rows beside 「合计：5项」): the printed total is the last 序号, counted so, doubted."""
    lines = [Line("省部级及以上奖项/荣誉清单"), Line("序号 奖项/荣誉名称 授予单位 获奖主体 年份"),
             Line("1 上海市工业互联网创新发展应用示范平台 上海市经济和信息化委员会 七一一研究所 2021"),
             Line("2 工业互联网平台创新领航应用案例 工业和信息化部 七一一研究所 2022"),
             Line("上海市科技进步奖二等奖（船舶动力装备智能运维关键技术） 3 上海市人民政府 七一一研究所 2022"),
             Line("4 上海市数字化转型优秀案例 上海市经济和信息化委员会 七一一研究所 2023"),
             Line("5 中国船舶工业科学技术奖一等奖 中国船舶工业行业协会 七一一研究所 2023"), Line("平台相关荣誉合计：5项")]
    [awards] = [f for f in read_lists(read_pdf(flow_pdf(tmp_path / "荣誉清单.pdf", [lines])), load_catalog())
                if f.field_id == "awards"]
    assert (awards.normalized, awards.status) == (5, "found") and any("第3号" in r for r in awards.reasons)
