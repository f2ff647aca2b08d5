"""Lists as operators' systems print and export them over many pages (h78, first met 2026-12-07):

- a device list whose columns say how and when each device was connected (接入协议, 接入方式, 首次接入)
  beside its 数量: those columns count nothing, and three columns claiming the count had left the list
  without a total;
- the list's tail 「其中：公有云接入 6,597 台/套；私有云接入 …」: the 公有云 part in the notice's own unit;
- a served-enterprise export: a summary block atop sheet 1 (「共 642 条记录」, 「注册地上海 215 家」), one
  sheet per 200 rows, and a title naming the operator's own system rather than the form's platform name.

Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from assistant.evidence.lists.headers import measure_of
from assistant.evidence.prose import read_prose_figures

HEAD = ["序号", "设备编码", "设备名称", "接入协议", "接入方式", "首次接入", "数量（台/套）", "公有云日均运行（台/套）"]


def _device_pages(wrong_subtotal: bool) -> list[list]:
    pages, serial, total, cloud = [], 1, 0, 0
    for page in range(2):
        rows, page_sum = [HEAD] if page == 0 else [], 0
        for k in range(8):
            on_cloud = k % 4 != 3
            count = 10 + k
            rows.append([str(serial), f"SB-{serial:04d}", f"{k + 1}#数控机床", "MQTT" if k % 2 else "OPC UA",
                         "公有云" if on_cloud else "私有云", "2023-05", str(count), str(count - 3) if on_cloud else "—"])
            serial, page_sum, total, cloud = serial + 1, page_sum + count, total + count, cloud + count * on_cloud
        printed = page_sum + 100 if wrong_subtotal and page == 0 else page_sum
        rows.append(["本页小计", "", "", "", "", "", str(printed), ""])
        if page == 1:
            rows.append(["合计", "", "", "", "", "", f"{total + (100 if wrong_subtotal else 0):,}", ""])
        content = [Line("平台接入设备明细表（统计日期：2024年6月30日）", 10)] if page == 0 else []
        pages.append(content + [Grid(rows, widths=[30, 60, 80, 50, 50, 50, 60, 80])])
    pages[-1].append(Line(f"其中：公有云接入 {cloud:,} 台/套；私有云接入 {total - cloud:,} 台/套。", 9))
    return pages


def test_columns_of_how_and_when_a_device_was_connected_count_nothing():
    assert [measure_of(t) for t in ("接入协议", "接入方式", "首次接入", "接入时间", "设备编号", "近30日在线率")] == [None] * 6
    assert [measure_of(t) for t in ("数量（台/套）", "接入设备数量", "公有云接入数")] == ["total", "total", "public_cloud"]
    # h86: 「接入单位/站点」 names where the devices are — the list's only count is its 「接入数量（台/套）」
    assert [measure_of(t) for t in ("接入单位/站点", "接入企业名称", "接入数量（台/套）")] == [None, None, "total"]
    # h92: an APP sheet in a device workbook counts subscriptions, calls or users — no devices
    assert [measure_of(t) for t in ("订阅数量（个，截至2024-06-30）", "调用次数", "活跃用户数")] == [None, None, None]
    # h92: 「累计接入 | 其中：公有云接入 | 当前在线 | 公有云日均运行 | 公有云日峰值运行」 — a moment's and a peak's count are none
    assert [measure_of(t) for t in ("当前在线（台/套）", "公有云日峰值运行（台/套）", "公有云日均运行（台/套）")] == [
        None, None, "daily_running"]


def test_a_device_list_with_connection_columns_and_its_cloud_part_under_the_total(tmp_path: Path):
    document = read_pdf(flow_pdf(tmp_path / "接入设备明细表.pdf", _device_pages(wrong_subtotal=False)))
    facts = cited_facts(document, read_lists)
    assert facts["devices_total", ""].normalized == 216 and facts["devices_total", ""].status == "found"
    prose = cited_facts(document, read_prose_figures)
    assert prose["devices_public_cloud", ""].normalized == 156  # 「公有云接入 156 台/套」: the notice's unit says devices


def test_a_page_subtotal_its_rows_do_not_make_is_said_with_the_rows_count(tmp_path: Path):
    """Page 1's 本页小计 is printed 100 too high and carried into the 合计: the rows' own sum is a reading
    too, saying which page disagrees."""
    document = read_pdf(flow_pdf(tmp_path / "接入设备明细表.pdf", _device_pages(wrong_subtotal=True)))
    values = [f for f in read_lists(document, load_catalog()) if f.field_id == "devices_total"]
    assert sorted(f.normalized for f in values) == [216, 316] and {f.status for f in values} == {"ambiguous"}
    rows = next(f for f in values if f.normalized == 216)
    assert any("第1页“本页小计”印 " in r and "该页各行之和为 " in r for r in rows.reasons)


def _export(path: Path, title: str, served: int, paying: set[int], shanghai: set[int]) -> Path:
    book = openpyxl.Workbook()
    for sheet_no, start in enumerate(range(1, served + 1, 20), start=1):
        sheet = book.active if sheet_no == 1 else book.create_sheet()
        sheet.title = f"第{sheet_no}页"
        if sheet_no == 1:
            sheet.append([title])
            sheet.append(["导出时间：2024-07-09 16:20:05　筛选条件：服务状态=有效"])
            sheet.append([f"共 {served:,} 条记录"])
            sheet.append([f"其中：付费企业 {len(paying)} 家；注册地上海 {len(shanghai)} 家"])
        else:
            sheet.append([f"{title}（续）"])
        sheet.append([f"每页 20 条　第 {sheet_no} 页 / 共 {(served + 19) // 20} 页"])
        sheet.append([])
        sheet.append(["序号", "企业名称", "所属行业", "注册地", "是否付费"])
        for n in range(start, min(start + 20, served + 1)):
            sheet.append([n, f"某某精密制造有限公司{n:03d}", "机械", "上海" if n in shanghai else "江苏",
                          "是" if n in paying else "否"])
    book.save(path)
    return path


def test_an_export_with_its_summary_atop_sheet_one_named_by_the_operators_system(tmp_path: Path):
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    path = _export(tmp_path / "服务企业清单（系统导出）.xlsx", "星海重工设备远程运维平台运营管理系统 — 服务企业清单", 47,
                   paying={n for n in range(1, 48) if n % 3 == 0}, shanghai={n for n in range(1, 48) if n % 5 == 0})
    workbook = read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))
    names = ("面向机械行业的设备智能运维平台",)  # the form's name for it: not the system's
    facts = {f.field_id: f for f in read_lists(workbook, load_catalog(), names)}
    assert {k: facts[k].normalized for k in ("enterprises_served", "enterprises_paying", "enterprises_served_shanghai")} \
        == {"enterprises_served": 47, "enterprises_paying": 15, "enterprises_served_shanghai": 9}
    for field_id in ("enterprises_served", "enterprises_served_shanghai"):  # the summary agrees: cited where it says so
        assert 1 in {c.page for c in facts[field_id].citations}, field_id
        assert facts[field_id].status == "found"


def test_an_invoice_lists_money_columns_count_no_devices():
    """h64: a 增值税发票开票明细 beside the devices read its 「价税合计」 as the devices connected (21,081,601.17台/套)."""
    assert [measure_of(t) for t in ("价税合计", "金额（元）", "税额", "不含税金额", "合同金额（万元）", "服务费用")] == [None] * 6
    assert measure_of("设备数量合计") == "total"
