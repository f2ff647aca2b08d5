"""Evidence laid out as the ninth to eleventh blind holdouts laid it out (2026-12-04): device tables
with 境内小计/海外小计 rows between provinces and countries under a heading 「（含…海外）」, device
registers exported from a system with their summary lines, … Fixtures are our own
(`fixtures.make_unseen_fixtures`), never the holdouts' files."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.lists import read_lists

REGION_TABLE = [
    ["区域（附录F）", "接入数量（台/套）", "其中：公有云接入", "公有云日均运行"],
    ["上海", "8,942", "3,394", "2,318"], ["江苏", "5,318", "2,019", "1,379"], ["大连", "1,286", "488", "333"],
    ["境内小计", "15,546", "5,901", "4,030"],
    ["新加坡Singapore", "318", "121", "83"], ["挪威Norway", "104", "40", "27"],
    ["海外小计", "422", "161", "110"],
    ["合计", "15,968", "6,062", "4,140"],
]


def test_subtotal_rows_are_neither_keys_nor_terms_and_a_heading_that_includes_haiwai_names_no_part(tmp_path: Path):
    """h11: 「表2 按省市区域统计（含计划单列市及海外）」 made the 接入数量 column a count of overseas
    devices (25,974 海外 against 648 declared), and 境内小计/海外小计 were read as regions, each
    sum twice its 合计."""
    path = flow_pdf(tmp_path / "设备统计.pdf", [[Line("平台接入工业设备统计表", centred=True),
                                                 Line("表2 按省市区域统计（含计划单列市及海外）"), Grid(REGION_TABLE)]])
    facts = cited_facts(read_pdf(path), read_lists)
    regions = {c: v.normalized for (f, c), v in facts.items() if f == "devices_by_region"}
    assert regions == {"上海": 8942, "江苏": 5318, "大连": 1286, "新加坡Singapore": 318, "挪威Norway": 104}
    assert facts["devices_total", ""].normalized == 15968 and facts["devices_total", ""].status == "found"
    overseas = facts["devices_overseas", ""]
    assert overseas.normalized == 422 and overseas.citations[0].quote.startswith("海外小计")
    assert facts["devices_public_cloud", ""].normalized == 6062
    assert facts["devices_public_cloud", ""].confidence >= 0.9  # rows and 合计 agree: no doubt
    assert "境内小计" not in {c for _f, c in facts}
