"""A file of several proofs named for one kind (「5 荣誉及制度.pdf」, h67, first met 2026-12-06): its 荣誉清单 is
counted as awards; a later numbered list under a heading of its own that names another thing
(「二、平台安全管理制度清单」) is no award list, whatever the file's name says. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists


def test_a_list_under_its_own_heading_is_not_the_files_kind(tmp_path: Path):
    pdf = flow_pdf(tmp_path / "5 荣誉及制度.pdf", [
        [Line("附件3-5 其他证明材料汇编"), Line("一、平台获得省部级及以上奖项/荣誉清单"),
         Line("序号 奖项/荣誉名称 获奖时间 颁发单位"),
         Line("1 上海市工业互联网平台 2020年12月 上海市经济和信息化委员会"),
         Line("2 上海市服务型制造示范平台 2022年10月 上海市经济和信息化委员会"),
         Line("3 全国供应链创新与应用示范企业 2021年3月 商务部等8部门"), Line("合计：3项")],
        [Line("二、平台安全管理制度清单"), Line("序号 制度文件名 文件编号 制订时间"),
         Line("1 示例平台安全管理办法 AQ-2022-01 2022年3月"), Line("2 数据分类分级管理规定 AQ-2022-04 2022年6月")]])
    awards = [v for v in read_lists(read_pdf(pdf), load_catalog()) if v.field_id == "awards"]
    assert [(v.value, v.citations[0].page) for v in awards] == [("3", 1)]
    assert not any("分 2 个清单" in r for r in awards[0].reasons)
