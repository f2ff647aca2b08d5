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
