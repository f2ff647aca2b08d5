"""A table of overseas devices printed with its 合计 alone (h66, first met 2026-12-06): 「表3 海外设备」 over
「海外国家 | 接入数量（台/套）」 and one row 「海外合计 | 0」 says there are none abroad. A count above 0 with no
country under it is doubted; a bare 「合计」 names nothing abroad. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from assistant.evidence.lists.confidence import DOUBTFUL


def _overseas(tmp_path: Path, name: str, total_row: list[str]) -> list:
    by_category = [["设备二级分类（附录A）", "接入数量（台/套）"], ["动力设备", "7,581"], ["电力设备", "1,978"],
                   ["合计", "9,559"]]
    pdf = flow_pdf(tmp_path / name, [[
        Line("平台连接工业设备统计表"), Line("表1 按设备二级分类统计"), Grid(by_category, widths=[200, 120]),
        Line("表3 海外设备"), Grid([["海外国家", "接入数量（台/套）"], total_row], widths=[200, 120])]])
    facts = read_lists(read_pdf(pdf), load_catalog())
    assert any(f.field_id == "devices_total" and f.normalized == 9559 for f in facts)
    return [f for f in facts if f.field_id == "devices_overseas"]


def test_none_abroad_printed_as_the_total_alone(tmp_path: Path):
    [found] = _overseas(tmp_path, "a.pdf", ["海外合计", "0"])
    assert found.normalized == 0 and found.confidence > DOUBTFUL and found.citations[0].page == 1


def test_a_count_abroad_without_its_countries_is_doubted(tmp_path: Path):
    [found] = _overseas(tmp_path, "b.pdf", ["境外小计", "120"])
    assert found.normalized == 120 and found.confidence <= DOUBTFUL and "核对" in " ".join(found.reasons)


def test_a_bare_total_names_nothing_abroad(tmp_path: Path):
    assert _overseas(tmp_path, "c.pdf", ["合计", "0"]) == []


def test_a_region_table_by_the_owners_registered_place(tmp_path: Path):
    """h68: 「表2 按设备所属企业注册地统计」 printed as text lines under the table by category, its key column
    「设备所属企业注册地」 (a region, not an owner) and its overseas part 「其中：海外小计」 under the countries."""
    lines = ["平台接入设备统计表", "表1 按设备二级分类统计", "设备二级分类 接入数量（台/套） 其中：公有云接入（台/套）",
             "轻工设备 6,033 4,467", "物流设备 3,697 2,739", "合计 9,730 7,206",
             "表2 按设备所属企业注册地统计", "设备所属企业注册地 接入数量（台/套） 其中：公有云接入（台/套）",
             "上海 5,938 4,398", "浙江 3,724 2,758", "越南Vietnam 68 50", "其中：海外小计 68 50", "合计 9,730 7,206"]
    pdf = flow_pdf(tmp_path / "平台接入设备统计表.pdf", [[Line(text) for text in lines]])
    facts = read_lists(read_pdf(pdf), load_catalog())
    regions = {f.component: f.normalized for f in facts if f.field_id == "devices_by_region"}
    assert regions.get("上海") == 5938 and regions.get("浙江") == 3724
    [abroad] = [f for f in facts if f.field_id == "devices_overseas"]
    assert abroad.normalized == 68 and abroad.confidence > DOUBTFUL  # the 海外小计 row, not the countries added up


def test_a_country_table_ends_at_its_overseas_subtotal(tmp_path: Path):
    """h85: 「海外国家 | 接入（台/套）」 closed by 「海外小计 64」, then a section 「云资源与存储」 of 「项目 | 数值」 rows:
    those rows are no countries (they were once added into a 1,517.22 overseas total)."""
    lines = ["平台设备接入统计", "设备类别 接入（台/套） 公有云接入", "轻工设备 4493 3182", "动力设备 691 490", "总计 5184 3672",
             "海外国家 接入（台/套）", "柬埔寨Cambodia 40", "越南Vietnam 24", "海外小计 64", "云资源与存储", "项目 数值",
             "云服务器（台） 86.00", "存储容量（TB） 640.00", "存储工业数据量（TB） 358.42"]
    facts = read_lists(read_pdf(flow_pdf(tmp_path / "设备接入与云资源统计.pdf", [[Line(t) for t in lines]])), load_catalog())
    countries = {f.component: f.normalized for f in facts if f.field_id == "devices_overseas_by_country"}
    assert countries == {"柬埔寨Cambodia": 40, "越南Vietnam": 24}
    assert [f.normalized for f in facts if f.field_id == "devices_overseas"] == [64]


def test_a_resource_tables_units_are_no_countries(tmp_path: Path):
    """h86: 「资源项 | 数量」 with 「存储容量（TB） 1800.00」 in a file about devices: 「TB」 is a unit, not a country's English
    name, so the rows are no 海外 breakdown (their 3,323.20 stood as a mismatched overseas count)."""
    from assistant.catalog.regions import classify_region

    assert classify_region("存储容量（TB）").kind == "unknown" and classify_region("新加坡Singapore").kind == "overseas"
    lines = ["平台接入设备与资源说明", "设备类别 接入数量（台/套）", "动力设备 4,210", "电力设备 1,100", "合计 5,310",
             "资源项 数量", "平台实际用云量（台，折算） 212.00", "其中：公有云服务器（台） 48", "存储容量（TB） 1800.00",
             "存储工业数据量（TB） 1026.40", "其中：公有云数据（TB） 236.80"]
    facts = read_lists(read_pdf(flow_pdf(tmp_path / "设备与资源.pdf", [[Line(t) for t in lines]])), load_catalog())
    assert not [f for f in facts if f.field_id.startswith("devices_overseas")]
    assert [f.normalized for f in facts if f.field_id == "devices_total"] == [5310]


def test_a_country_table_captioned_by_its_key_column(tmp_path: Path):
    """h87: on a summary sheet, under the table by category, 「境外设备（台/套） | 数量」 heads rows of countries closed
    by 「境外合计」: the key column's caption names what the bare 数量 counts, as a heading over the table would."""
    from fixtures.make_list_fixtures import rows_xlsx

    from extractors.reader import read_file

    book = rows_xlsx(tmp_path / "接入设备汇总.xlsx", {"汇总": [
        ["设备类别", "接入数量", "其中：公有云接入"], ["数控机床", 5210, 3100], ["机器人", 1790, 1200],
        ["合计", 7000, 4300], [], ["境外设备（台/套）", "数量"], ["德国Germany", 150], ["日本Japan", 90],
        ["境外合计", 240]]})
    facts = read_lists(read_file(book), load_catalog())
    assert any(f.field_id == "devices_total" and f.normalized == 7000 for f in facts)
    [abroad] = [f for f in facts if f.field_id == "devices_overseas"]
    assert abroad.normalized == 240 and abroad.confidence > DOUBTFUL
    assert {c.locator for c in abroad.citations} >= {"汇总!B9"}
