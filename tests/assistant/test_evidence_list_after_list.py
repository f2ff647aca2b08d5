"""A list that follows another under a heading of its own (h87): a 软著 list over two pages, then
「荣誉清单（省部级及以上）」 whose 序号 starts again at 1 under columns the scan does not know (「年份」) —
the honours are a list of awards, not more 软著 (which had read 47 against the printed 共41项: a false
error on a clean package). Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists


def _software(first: int, last: int) -> list[Line]:
    return [Line(f"{n} 示例环境云诊断软件V{n % 3 + 1}.0 2020SR11{n:05d}") for n in range(first, last + 1)]


def test_honours_after_a_software_list_are_no_more_software(tmp_path: Path):
    pages = [[Line("表2 软件著作权（共12项）"), Line("序号 名称 登记号"), *_software(1, 8), Line("第 1 页 共 2 页")],
             [Line("序号 名称 登记号"), *_software(9, 12), Line("荣誉清单（省部级及以上）"), Line("序号 名称 年份"),
              Line("1 上海市工业互联网平台创新应用示范 2021年"), Line("2 工业互联网APP优秀解决方案 2021年"),
              Line("3 上海市科技进步奖三等奖 2022年"), Line("合计 3项"), Line("第 2 页 共 2 页")]]
    document = read_pdf(flow_pdf(tmp_path / "知识产权及荣誉清单.pdf", pages))
    found = {v.field_id: (v.normalized, v.citations[0].page) for v in read_lists(document, load_catalog())}
    assert found["software_copyrights"] == (12, 1)
    assert found["awards"][0] == 3
