"""A device workbook whose sheets carry no title of their own (2026-12-08, h91): 「平台接入设备统计导出.xlsx」 with a sheet
by 附录A category, one by region (countries among the provinces) and one of the countries alone closed by 「海外合计」.
The workbook's name says what its sheets count; a workbook named otherwise leaves region and country tables unread
(numbers of something, nothing says devices). Fixtures are our own."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from extractors.reader import read_file

SHEETS = {
    "按地区": [["地区", "接入数量", "公有云接入"], ["上海", 1900, 800], ["江苏", 850, 300], ["德国Germany", 40, 18],
            ["越南Vietnam", 30, 12], ["合计", 2820, 1130]],
    "海外设备": [["国家", "接入数量"], ["德国Germany", 40], ["越南Vietnam", 30], ["海外合计", 70]],
}


def _read(name: str) -> dict[str, set]:
    facts = read_lists(read_file(rows_xlsx(Path(name), SHEETS)), load_catalog())
    out: dict[str, set] = {}
    for f in facts:
        if not f.component:
            out.setdefault(f.field_id, set()).add(f.normalized)
    return out


def test_a_device_workbooks_name_says_what_its_untitled_sheets_count(tmp_path: Path):
    found = _read(str(tmp_path / "平台接入设备统计导出.xlsx"))
    assert found["devices_total"] == {2820} and found["devices_public_cloud"] == {1130}
    assert found["devices_overseas"] == {70}
    assert "devices_total" not in _read(str(tmp_path / "统计导出.xlsx"))
    assert _read(str(tmp_path / "附件3-2_设备导出.xlsx"))["devices_overseas"] == {70}  # h91: an export of the devices


def test_a_platforms_long_name_with_a_machine_word_makes_no_device_list(tmp_path: Path):
    """h96: a team roster's 汇总 sheet titled 「船舶动力系统设备全生命周期运行维护平台 平台团队人员汇总」 — 设备 is in the
    platform's name, the table counts people: its 合计 141 had been read as 141 devices."""
    from assistant.evidence.lists.headings import kinds_named

    assert kinds_named("船舶动力系统设备全生命周期运行维护平台 平台团队人员汇总（截至2024年6月30日）") == frozenset()
    assert kinds_named("平台接入设备清单") == frozenset({"device"})
    path = rows_xlsx(tmp_path / "3-4 平台团队花名册.xlsx", {"汇总": [
        ["船舶动力系统设备全生命周期运行维护平台 平台团队人员汇总（截至2024年6月30日）"], ["岗位类别", "人数（人）"],
        ["运维人员", 84], ["运营人员", 57], ["合计", 141]]})
    assert not any(f.field_id.startswith("devices") for f in read_lists(read_file(path), load_catalog()))


def test_an_overseas_row_marked_for_its_footnote_is_the_overseas_total(tmp_path: Path):
    """h91: a table by region whose 「海外* 312」 row sends its countries to a footnote under the table (「*注：海外312台/套，
    其中新加坡Singapore 182台/套、希腊Greece 96台/套、挪威Norway 34台/套」): 312 overseas, not the footnote's last 34."""
    from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

    lines = [Line("平台接入设备统计表"), Line("表2 按区域统计"), Line("所属地区 接入数量（台/套）"), Line("上海 577"),
             Line("江苏 423"), Line("海外* 312"), Line("合计 1,312"),
             Line("*注：海外312台/套，其中新加坡Singapore 182台/套、希腊Greece 96台/套、挪威Norway 34台/套。")]
    facts = read_lists(read_pdf(flow_pdf(tmp_path / "接入设备统计表.pdf", [lines])), load_catalog())
    assert {f.normalized for f in facts if f.field_id == "devices_overseas" and not f.component} == {312}
