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


def test_a_note_under_a_list_that_its_total_holds_items_not_counted(tmp_path: Path):
    """「注：合计数含已下线设备126台/套」, 「合计含已下架APP 9个」, 「第141—163项共23家为平台用户的配套供应商」: how
    many, for the count they are in; a note that they were taken out already says nothing."""
    from assistant.core.evidence import COUNTED_BUT_EXCLUDED
    from assistant.evidence.list_notes import read_list_notes

    notes = {"devices_total": "注：合计数含已下线设备126台/套（已停机拆除，保留历史数据）。",
             "apps_total": "注：合计含已下架APP 9个（2024年上半年停止服务，尚无在用企业用户）。",
             "enterprises_served": "注：第141—163项共23家为平台用户的配套供应商，仅接收订单协同信息，未直接使用平台服务。"}
    for n, (field, note) in enumerate(notes.items()):
        document = read_pdf(flow_pdf(tmp_path / f"清单{n}.pdf", [[Line("清单", 12), Grid([["序号", "名称"], ["1", "甲"]]),
                                                                Line(note, 9)]]))
        facts = cited_facts(document, read_list_notes)
        assert list(facts) == [(field, COUNTED_BUT_EXCLUDED)], note
        assert facts[field, COUNTED_BUT_EXCLUDED].normalized == {"devices_total": 126, "apps_total": 9,
                                                                 "enterprises_served": 23}[field]
    done = read_pdf(flow_pdf(tmp_path / "已剔除.pdf", [[Line("注：本表已剔除已下线设备37台/套；合计不含本页小计行。", 9)]]))
    assert cited_facts(done, read_list_notes) == {}


def test_a_picture_of_a_spreadsheets_rows_gives_no_dashboard_figure(tmp_path: Path):
    """h53: a device list's last page pasted as a picture of Excel — its header cell 「设备数量合计其中：接入」 over
    the first row's 「116」 read as a tile said the list counted 116 devices."""
    from PIL import Image, ImageDraw, ImageFont

    from assistant.evidence.figures import read_figures
    from eval_sets.generator.fonts import cjk_ttf

    font = ImageFont.truetype(str(cjk_ttf()), 26)
    image = Image.new("RGB", (1400, 500), "white")
    draw = ImageDraw.Draw(image)
    for x, text in ((40, "序号"), (180, "二级分类"), (420, "设备名称"), (760, "接入设备数量")):
        draw.text((x, 60), text, fill="black", font=font)
    for y, row in ((140, ("58", "物流设备", "过跨车 A580", "116")), (220, ("59", "物流设备", "行车 B120", "34"))):
        for x, text in zip((40, 180, 420, 760), row, strict=True):
            draw.text((x, y), text, fill="black", font=font)
    path = tmp_path / "设备清单截图.png"
    image.save(path)
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    document = read_file(path, display_path=path.name, options=ReadOptions(ocr=True, render_docx=False))
    assert any("116" in p.text for p in document.pages)  # OCR read the rows
    assert [v for v in cited_facts(document, read_figures).values() if v.field_id == "devices_total"] == []


def test_a_storage_consoles_tiles_with_the_unit_in_their_captions(tmp_path: Path):
    """h54: 「总容量(TB) | 已用容量(TB) | 公有云OSS(TB)」 over 「600.00 | 368.20 | 96.40」 — the unit is the caption's."""
    from PIL import Image, ImageDraw, ImageFont

    from assistant.evidence.figures import read_figures
    from eval_sets.generator.fonts import cjk_ttf
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    font = ImageFont.truetype(str(cjk_ttf()), 28)
    image = Image.new("RGB", (1300, 420), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), "存储资源控制台", fill="black", font=font)
    for x, caption, value in ((40, "总容量(TB)", "600.00"), (440, "已用容量(TB)", "368.20"), (840, "公有云OSS(TB)", "96.40")):
        draw.text((x, 150), caption, fill="black", font=font)
        draw.text((x, 230), value, fill="black", font=font)
    path = tmp_path / "存储控制台截图.png"
    image.save(path)
    document = read_file(path, display_path=path.name, options=ReadOptions(ocr=True, render_docx=False))
    facts = {k[0]: v.normalized for k, v in cited_facts(document, read_figures).items()}
    assert facts == {"storage_capacity": 600.0, "stored_industrial_data": 368.2, "public_cloud_data": 96.4}


def test_a_count_with_decimals_under_a_charts_unit_line(tmp_path: Path):
    """h56: a dashboard's chart 「单位：万台」 over 「设备接入总量 | 3.12」: 31,200 devices; a tile in 家 beside it keeps
    its own count."""
    from PIL import Image, ImageDraw, ImageFont

    from assistant.evidence.figures import read_figures
    from eval_sets.generator.fonts import cjk_ttf
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    font = ImageFont.truetype(str(cjk_ttf()), 28)
    image = Image.new("RGB", (1200, 520), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), "设备接入看板", fill="black", font=font)
    draw.text((40, 120), "服务企业（家）", fill="black", font=font)
    draw.text((40, 190), "842", fill="black", font=font)
    draw.text((600, 120), "单位：万台", fill="black", font=font)
    draw.text((600, 260), "设备接入总量", fill="black", font=font)
    draw.text((600, 330), "3.12", fill="black", font=font)
    path = tmp_path / "设备接入看板.png"
    image.save(path)
    document = read_file(path, display_path=path.name, options=ReadOptions(ocr=True, render_docx=False))
    facts = {k[0]: v.normalized for k, v in cited_facts(document, read_figures).items()}
    assert facts.get("devices_total") == 31200 and facts.get("enterprises_served") == 842
