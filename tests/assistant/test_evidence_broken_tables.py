"""Long lists as they print over pages (h53, first met 2026-12-06): a running page header 「公司 平台接入设备
清单」 above each page's repeated table header is no list header (it cut a 74-row list after its first page
and made 3,943 of 13,473 devices: nine false warnings on a clean package); 本页小计 and category 小计 rows
are no items; a page of the list pasted as a picture of Excel carries the sheet's row numbers before the
序号; a category cell merged over its rows prints once. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.lists import read_lists

HEAD = ["序号", "二级分类", "设备名称及型号", "所在地区", "接入方式", "接入数量（台/套）"]


def _device_pages() -> list[list]:
    pages, serial = [], 1
    plan = [[("冶炼设备", 4, 100)], [("动力设备", 3, 50), ("机床", 3, 20)]]
    for p, groups in enumerate(plan, start=1):
        rows, page_sum = [HEAD], 0
        for name, count, each in groups:
            for k in range(count):
                rows.append([str(serial), name if k == 0 else "", f"{name}{k + 1}号", "上海", "公有云", str(each)])
                serial += 1
            rows.append(["", f"{name} 小计", "", "", "", str(count * each)])
            page_sum += count * each
        rows.append(["", "本页小计", "", "", "", str(page_sum)])
        if p == len(plan):
            rows.append(["", "合计", "", "", "", "610"])
        pages.append([Line("上海某某装备科技有限公司 平台接入设备清单", 9), Grid(rows, widths=[30, 70, 110, 50, 50, 80])])
    return pages


def test_a_list_over_pages_under_a_running_page_header(tmp_path: Path):
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "平台接入设备清单.pdf", _device_pages())), read_lists)
    total = facts["devices_total", ""]
    assert total.normalized == 610 and total.confidence >= 0.9  # 10 rows, their 小计 and 本页小计 set aside
    categories = {c: v.normalized for (f, c), v in facts.items() if f == "devices_by_category"}
    assert categories == {"冶炼设备": 400, "动力设备": 150, "机床": 60}


def test_a_page_pasted_as_a_picture_of_excel_continues_the_list(tmp_path: Path):
    """Page 2 is a screenshot of the sheet: its lines begin with Excel's row numbers (41, 42 …) before the
    序号 (29, 30 …), and the 类别 cell merged over its rows prints on the first of them only."""
    head = ["序号", "APP类别", "APP名称", "所属行业", "部署方式", "开发方式"]
    first = [head] + [[str(n), "运维服务" if n == 1 else "", f"点检工具{n}", "机械", "公有云", "平台原生开发"]
                      for n in range(1, 29)]
    second = [Line("续表", 9), Line("A B C D E F", 8), Line("40 序号 APP类别 APP名称 所属行业 部署方式 开发方式", 8)]
    for n in range(29, 41):
        category = "安全生产 " if n == 29 else ""
        second.append(Line(f"{n + 12} {n} {category}巡检助手{n} 汽车 私有化 云化改造", 8, gap=4))
    second.append(Line("合计 工业APP合计：40个", 8))
    document = read_pdf(flow_pdf(tmp_path / "工业APP清单.pdf", [[Line("工业APP清单", 12), Grid(first)], second]))
    facts = cited_facts(document, read_lists)
    assert facts["apps_total", ""].normalized == 40
    assert facts["apps_public_cloud", ""].normalized == 28 and facts["apps_cloudified_software", ""].normalized == 12
