"""Screenshot figures: captions paired with numbers by OCR box geometry, built from synthetic boxes."""

from __future__ import annotations

import pytest

from assistant.catalog.notice import load_catalog
from assistant.evidence.figures import caption_field, read_figures
from extractors.model import BBox, Block, Document, Page, Span


def page_of(boxes: list[tuple[str, float, float, float, float]], source: str = "ocr") -> Page:
    """A page whose text is the boxes' texts, one per line, each box an OCR line block."""
    text, blocks = "", []
    for index, (words, x0, top, x1, bottom) in enumerate(boxes):
        start = len(text)
        text += words + "\n"
        blocks.append(Block(id=f"t:p1:b{index}", kind="ocr_line" if source == "ocr" else "line", text=words,
                            span=Span(start=start, end=start + len(words)),
                            bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom)))
    return Page(number=1, text=text, blocks=tuple(blocks), source=source, width=842, height=595)


def figures(boxes, source: str = "ocr") -> dict[str, object]:
    page = page_of(boxes, source)
    document = Document(id="0" * 64, path="证明材料/截图.pdf", format="pdf", pagination="physical", pages=(page,))
    values = read_figures(document, load_catalog())
    for value in values:
        for citation in value.citations:
            assert page.text[citation.span.start:citation.span.end] == citation.quote
    return {v.field_id: v for v in values}


DASHBOARD = [
    ("XX平台运行监测中心", 18, 12, 528, 44), ("数据更新时间：2024-06-30 10:00", 592, 22, 768, 40),
    ("接入设备", 30, 91, 100, 118), ("注册企业", 232, 91, 303, 118), ("工业APP", 435, 91, 502, 117),
    ("工业机理模型", 638, 92, 738, 116),
    ("32,000", 26, 132, 146, 182), ("960家", 226, 126, 327, 187), ("264个", 431, 130, 524, 182),
    ("223个", 633, 129, 728, 183),
    ("近12个月设备在线趋势", 29, 246, 172, 266), ("各行业服务企业分布", 535, 246, 662, 266), ("1200", 540, 300, 580, 316),
]


def test_dashboard_numbers_below_their_captions():
    found = figures(DASHBOARD)
    assert {k: v.normalized for k, v in found.items()} == {
        "devices_total": 32000, "enterprise_users_registered": 960, "apps_total": 264, "models_total": 223}
    device = found["devices_total"]
    assert [c.quote for c in device.citations] == ["32,000", "接入设备"]
    assert device.method == "ocr_figure"
    assert device.citations[0].bbox.x0 == 26


def test_an_app_stores_killer_panel_speaks_of_its_killer_apps():
    """h14: under the 杀手锏APP table, 「日均在线用户3,412」 and 「日活次数 41,860」 are the killer APPs'; the
    same words on a page without 杀手锏 name nothing."""
    boxes = [("杀手锏APP", 40, 60, 140, 80), ("TOP5合计", 40, 100, 120, 120), ("5,264", 300, 100, 360, 120),
             ("日均在线用户3,412", 40, 160, 200, 180), ("日活次数 41,860", 40, 200, 200, 220)]
    found = figures(boxes)
    assert found["killer_apps_public_cloud_daily_users"].normalized == 3412
    assert found["killer_apps_daily_active_times"].normalized == 41860
    assert figures(boxes[3:]) == {}
    # an amount after its caption in one box (「月均收入 58.64万元」): the killer APPs' monthly revenue, in 万元;
    # in 元 it is converted; an amount is never taken for a count
    revenue = figures([*boxes, ("月均收入 58.64万元", 40, 240, 200, 260)])["killer_apps_monthly_revenue"]
    assert revenue.normalized == pytest.approx(58.64) and revenue.citations[0].quote == "月均收入 58.64万元"
    assert figures([*boxes, ("月均收入 586,400元", 40, 240, 200, 260)])["killer_apps_monthly_revenue"].normalized \
        == pytest.approx(58.64)
    assert "apps_total" not in figures([("工业APP收入 320万元", 40, 60, 240, 80)])


def test_number_right_of_its_caption_and_nearest_pairing():
    boxes = [("注册开发者", 40, 100, 120, 120), ("6,323", 140, 98, 200, 122),
             ("微服务", 40, 160, 90, 180), ("1174", 300, 158, 340, 182), ("889", 110, 158, 140, 182)]
    found = figures(boxes)
    assert found["developers_registered"].normalized == 6323
    assert found["microservices_total"].normalized == 889  # the nearer of the two numbers


def test_caption_and_number_in_one_box():
    found = figures([("注册企业 1,250 家", 30, 90, 200, 110), ("工业APP：320个", 30, 130, 200, 150)])
    assert found["enterprise_users_registered"].normalized == 1250
    assert found["enterprise_users_registered"].citations[0].quote == "注册企业 1,250 家"
    assert found["apps_total"].normalized == 320


def test_rounded_display_keeps_what_was_printed():
    found = figures([("接入设备", 30, 91, 100, 118), ("1.5万台", 26, 128, 147, 186)])
    assert (found["devices_total"].normalized, found["devices_total"].value) == (15000, "1.5万台")


def test_storage_converted_to_tb():
    found = figures([("存储容量", 30, 91, 100, 118), ("1.5PB", 26, 128, 147, 186)])
    assert found["storage_capacity"].normalized == pytest.approx(1536.0)


def test_unknown_captions_and_sentences_give_nothing():
    boxes = [("在线设备", 30, 91, 100, 118), ("12,000", 26, 128, 147, 186),
             ("本月新增接入设备约200台", 300, 91, 500, 118)]
    assert figures(boxes) == {}


def test_text_layer_captions_over_numbers():
    boxes = [("接入设备 注册企业 工业APP", 30, 90, 500, 110), ("45,500 1,800 289个", 30, 130, 500, 150)]
    found = figures(boxes, source="text")
    assert {k: v.normalized for k, v in found.items()} == {
        "devices_total": 45500, "enterprise_users_registered": 1800, "apps_total": 289}
    assert found["enterprise_users_registered"].citations[0].quote == "1,800"
    assert found["enterprise_users_registered"].method == "text"


@pytest.mark.parametrize(("caption", "field_id"), [
    ("接入设备", "devices_total"), ("接入设备数（台）", "devices_total"), ("累计注册企业数", "enterprise_users_registered"),
    ("工业App总数", "apps_total"), ("工业机理模型数量", "models_total"), ("各行业服务企业分布", None),
    ("活跃开发者", "developers_active"), ("在线设备", None),
    # Issue 12, class 11: captions worded by other dashboards, not in any list we kept
    ("设备接入总量", "devices_total"), ("入驻企业", "enterprise_users_registered"), ("人驻企业", "enterprise_users_registered"), ("上架工业APP", "apps_total"),
    ("机理模型库", "models_total"), ("平台注册企业（家）", "enterprise_users_registered"),
    ("联网设备总数", "devices_total"), ("累计服务企业", "enterprises_served"), ("公有云接入设备", "devices_public_cloud"),
    ("付费客户数", "enterprises_paying"), ("开发者总数", "developers_registered"), ("合作平台：", "partner_platforms"),
    ("工业应用总数", "apps_total"), ("工业APP订阅量", "app_subscriptions"),
    ("今日新增设备", None), ("设备在线率", None), ("设备类型", None), ("企业", None), ("APP下载量", None),
    ("服务企业分布", None), ("AI算法模型", None), ("订单总数", None), ("月活跃APP", "apps_monthly_active"),
    ("今日活跃APP", None), ("APP日活次数", None), ("活跃微服务", "microservices_active"), ("特色指数", "featured_indices"),
    ("公有云设备日均运行", "devices_public_cloud_daily_running"), ("设备日运行", None),
    ("注册用户（企业）", "enterprise_users_registered"), ("注册用户", None), ("接入机台", "devices_total"),
    ("接入设备（台/套）", "devices_total"), ("服务企业(家)", "enterprises_served"),
    ("应用数量", "apps_total"), ("模型数量", "models_total"), ("设备数量", "devices_total"), ("工艺模型", "models_total"),
    ("链上企业", "enterprise_users_registered"), ("企业数量", None), ("设备", None), ("应用", None),
    # seen on a blind package: the notice's 近一年 order count, a ranking, a breakdown chart's title
    ("近12个月订单", "orders_last_year"), ("月度订单量（单）", None), ("2023年自然年订单合计", "orders_last_year"), ("杀手锏APP订阅排行", None),
    ("接入设备二级分类 (台/套)", None), ("公有云日均运行", "devices_public_cloud_daily_running"),
    # a second blind set: a device online on a day is a device running; online alone is a moment
    ("公有云设备日均在线(台/套)", "devices_public_cloud_daily_running"), ("公有云设备在线", None),
    ("近30日公有云设备在线趋势", None), ("其中海外设备合计", "devices_overseas"),
    # h20: a devices' dashboard's 「日均在线 (台)」 is the daily average, as 日均运行 is (在线 alone stays a moment)
    ("日均在线设备", "devices_public_cloud_daily_running"), ("日均在线 (台)", "devices_public_cloud_daily_running"),
    ("日均在线用户", None), ("日均在线时长", None), ("设备在线", None),
    # nine blind builders' dashboards: a tile of the models by their kind, or 「模型」 alone
    ("诊断模型", "models_total"), ("诊断模型 Models", "models_total"), ("材料模型", "models_total"),
    ("碳核算模型", "models_total"), ("设备模型", "models_total"), ("模型", "models_total"),
    ("模型训练任务", None), ("数据模型", None), ("大模型", None), ("模型调用次数", None),
    # h21: an English console (a foreign-invested applicant's)
    ("Registered enterprises", "enterprise_users_registered"), ("Connected devices", "devices_total"),
    ("Monthly active apps", "apps_monthly_active"), ("Developers", "developers_registered"),
    ("Microservices", "microservices_total"), ("Paying enterprises", "enterprises_paying"),
    ("Registered accounts", None), ("Active users (MAU)", None), ("Apps", None),
    # h38: the notice's 活跃开发者 is 「每月至少登录1次」 — a month's active developers are them
    ("本月活跃开发者", "developers_active"), ("活跃开发者（近30日）", "developers_active"),
    ("本月新增开发者", None), ("本月活跃企业", None), ("近30日订单", None),
    # h30: the new jobs the platform brings, as a 社保 proof counts them; a table's title is no caption
    ("新增参保人数", "jobs_created"), ("带动新增就业人数", "jobs_created"), ("平台新增就业人数统计表", None),
    ("期末在职参保人数", None), ("杀手锏APP月均收入", "killer_apps_monthly_revenue"),
    ("服务园区总数", "industrial_parks_served"), ("园区企业数", None),  # h41's park map
    # h62: an industry cockpit's APPs by their work and its microservices online (offered, not a moment)
    ("运维APP", "apps_total"), ("质检APP（个）", "apps_total"), ("在线工业微服务", "microservices_total"),
    ("手机APP", None), ("在线APP", None), ("运行APP", None), ("今日新增APP", None), ("故障机理模型", "models_total"),
    # h44: an English console's models of two kinds and its top-five APPs' daily users
    ("Models (AI/Mechanism)", "models_total"), ("Top5 SaaS Apps DAU", "killer_apps_public_cloud_daily_users"),
    ("Top10 Apps DAU", None), ("AI Models", None),
    # h74: the window a daily average is taken over (「近30日」, before or after it); 「日均运行」 alone names devices
    # only on a devices' page (`test_a_bare_daily_running_tile_on_a_devices_page`)
    ("近7天日均运行设备", "devices_public_cloud_daily_running"), ("公有云日均运行（近30日）", "devices_public_cloud_daily_running"),
    ("近30日日均运行", "devices_public_cloud_daily_running"), ("日均运行（近30日）", "devices_public_cloud_daily_running"),
    ("日均运行", None), ("日均运行时长", None), ("近30日新增设备", None),
    ("近30日日均活跃用户", None), ("近30日日均调用次数", None), ("接入设备（近30日）", None), ("订单（近30日）", None),
    # h89: a year's orders written as its months, 「1-12月」, are the natural year's; a part of it stays none
    ("平台订单（2023年1-12月）", "orders_last_year"), ("订单（2023年1—12月）", "orders_last_year"), ("2023年11-12月订单", None),
    # the notice's active (一周调用5次以上) in a bracket of the thing's caption, over 7 days as consoles count it
    ("机理模型（近7日调用≥5次）", "models_active"), ("微服务（近一周调用5次以上）", "microservices_active"),
    ("活跃微服务（近7日调用≥5次）", "microservices_active"), ("机理模型（累计）", "models_total"),
])
def test_caption_synonyms(caption, field_id):
    assert caption_field(caption) == field_id


def test_issue_12_dashboard_with_its_own_captions():
    """A dashboard worded by another platform: captions over numbers, one rounded (1.3万)."""
    boxes = [("设备接入总量", 30, 91, 130, 118), ("入驻企业", 232, 91, 303, 118), ("上架工业APP", 435, 91, 535, 117),
             ("机理模型库", 638, 92, 728, 116), ("今日新增设备", 840, 92, 940, 116),
             ("1.3万", 26, 132, 146, 182), ("2,456家", 226, 126, 327, 187), ("318", 431, 130, 524, 182),
             ("207个", 633, 129, 728, 183), ("35", 840, 129, 900, 183)]
    found = figures(boxes)
    assert {k: v.normalized for k, v in found.items()} == {
        "devices_total": 13000, "enterprise_users_registered": 2456, "apps_total": 318, "models_total": 207}
    assert found["devices_total"].value == "1.3万" and found["devices_total"].scope == "platform"


def test_issue_12_trend_marks_after_a_figure():
    found = figures([("微服务", 432, 72, 469, 92), ("1,148↑", 429, 98, 510, 136),
                     ("机理模型", 640, 72, 687, 92), ("176▲", 638, 100, 699, 131)])
    assert {k: v.normalized for k, v in found.items()} == {"microservices_total": 1148, "models_total": 176}
    assert found["microservices_total"].citations[0].quote == "1,148"


@pytest.mark.slow
def test_issue_12_screenshot_pasted_under_a_caption_is_read(tmp_path):
    """A Word page exported to PDF: a heading and a caption in the text layer, the dashboard as a
    picture. The text layer is healthy, so only the picture's own OCR finds the figures."""
    from fixtures.make_unseen_fixtures import captioned_screenshot_pdf

    from extractors.options import ReadOptions
    from extractors.reader import read_file

    path = captioned_screenshot_pdf(tmp_path / "截图.pdf", [("设备接入总量", "8,640"), ("入驻企业", "1,920家"),
                                                           ("上架工业APP", "236个")], "图1 平台数据总览页面")
    document = read_file(path, display_path="证明材料/截图.pdf", options=ReadOptions(ocr=True, render_docx=False))
    page = document.pages[0]
    assert page.source == "text" and "图1 平台数据总览页面" in page.text
    assert any(b.kind == "ocr_line" for b in page.blocks)
    for block in page.blocks:
        assert page.text[block.span.start:block.span.end] == block.text
    values = {v.field_id: v for v in read_figures(document, load_catalog())}
    assert {k: v.normalized for k, v in values.items()} == {
        "devices_total": 8640, "enterprise_users_registered": 1920, "apps_total": 236}
    assert values["devices_total"].method == "ocr_figure" and values["devices_total"].citations[0].page == 1


def test_issue_12_unit_printed_beside_the_figure():
    """Seen on a blind package: "存储工业数据" over "1,376.26" with "TB" in a box of its own."""
    found = figures([("存储工业数据", 30, 91, 130, 118), ("1,376.26", 26, 128, 120, 160), ("TB", 116, 138, 150, 156)])  # OCR boxes overlap
    assert found["stored_industrial_data"].normalized == pytest.approx(1376.26)


def test_a_note_in_brackets_after_an_inline_figure():
    """「其中海外设备合计：8,200台/套（越南Vietnam 8,200）」 under a device table (a blind package): the
    figure is the one before the bracket; the bracket's own numbers are its detail."""
    found = figures([("其中海外设备合计：8,200台/套（越南Vietnam 8,200）", 30, 90, 500, 110)], source="text")
    assert found["devices_overseas"].normalized == 8200
    assert found["devices_overseas"].citations[0].quote == "其中海外设备合计：8,200台/套"
    assert figures([("其中海外设备合计：8,200台/套，另有200台", 30, 90, 500, 110)], source="text") == {}
    # h43: 「其中：」 with its colon before the part, the bracket cut by the OCR box's end
    found = figures([("其中：海外设备610台/套(泰国Thailand", 30, 90, 400, 110), ("362，印度尼西亚Indonesia248)", 410, 90, 700, 110)])
    assert found["devices_overseas"].normalized == 610


def test_dashboard_tiles_in_ten_thousands_and_captions_under_their_figures():
    """h18: 「接入设备（万台）」 over 「3.52」, 「注册企业」 over 「2.36」 with 「万家」 in a box of its own,
    and a second row of tiles whose caption sits under the figure (「212」 「个」 over 「工业APP」)."""
    from fixtures.make_list_fixtures import ocr_document

    from assistant.catalog.notice import load_catalog
    from assistant.evidence.figures import read_figures

    tiles = [[
        [("接入设备（万台）", 60), ("注册企业", 400), ("今日活跃企业", 700)],
        [("3.52", 80), ("2.36", 400), ("万家", 428), ("1,208", 700), ("家", 732)],
        [("212", 80), ("个", 100), ("318", 400), ("个", 420)],
        [("工业APP", 70), ("机理模型", 395), ("今日模型调用", 700)],
    ]]
    values = {v.field_id: v for v in read_figures(ocr_document("驾驶舱.png", tiles, line_height=30), load_catalog())}
    assert {k: v.normalized for k, v in values.items()} == {
        "devices_total": 35200, "enterprise_users_registered": 23600, "apps_total": 212, "models_total": 318}
    assert values["enterprise_users_registered"].citations[0].quote == "2.36"  # the number box, as printed


def test_a_timelines_dates_are_no_figures_of_its_milestones():
    from fixtures.make_list_fixtures import ocr_document

    timeline = [[[("2021.06", 60), ("2022.09", 300)], [("平台上线", 60), ("诊断模型库/应用市场", 280)]]]
    assert read_figures(ocr_document("发展历程.png", timeline, line_height=30), load_catalog()) == []


def test_a_charts_value_axis_is_no_figure_and_a_caption_in_ten_thousand_devices_counts_devices():
    """h18: 「公有云设备日均运行数（台/套)」 titles a line chart whose value axis (13,877 / 12,532 / 11,187 …)
    sits under it: no tick is its figure. 「公有云接入（万台）」 over 「1.52」 counts devices in 万."""
    from fixtures.make_list_fixtures import ocr_document

    screen = [[
        [("公有云接入（万台）", 300)],
        [("1.52", 320)],
        [("公有云设备日均运行数（台/套）", 40)],
        [("13,877", 40)], [("12,532", 40)], [("11,187", 40)], [("9,842", 46)],
    ]]
    values = {v.field_id: v.normalized for v in read_figures(ocr_document("大屏.png", screen, line_height=30), load_catalog())}
    assert values == {"devices_public_cloud": 15200}


def test_a_display_figure_set_far_below_its_caption():
    """h68: a console's tiles print a 34 px caption and, 142 px below, a figure 77 px high (「公有云存储（GB）」 over
    「242,125」); the figure's size is the tile's gap. A caption's neighbour tile's figure stays its own."""
    found = figures([("四建智建云平台·存储资源监控", 28, 16, 473, 52),
                     ("使用率", 51, 521, 146, 560), ("公有云存储（GB）", 836, 524, 1065, 558),
                     ("50.01%", 49, 704, 270, 770), ("242,125", 829, 700, 1071, 777)])
    assert found["public_cloud_data"].citations[0].quote == "242,125"
    assert round(found["public_cloud_data"].normalized, 2) == 236.45  # GB → TB
    assert found["storage_utilization"].normalized == 50.01


def test_a_part_connected_on_a_devices_console():
    """h71: 「环境装备云·设备接入」 titles tiles 「接入设备 | 公有云接入 | 日均在线运行」: on a devices' page 「公有云接入」 is
    the public cloud's devices; the same word on a page of something else names nothing."""
    tiles = [("接入设备", 60, 120, 160, 150), ("公有云接入", 360, 120, 480, 150),
             ("18,640", 60, 190, 200, 240), ("8,756", 360, 190, 480, 240)]
    found = figures([("环境装备云·设备接入", 40, 20, 400, 60), *tiles])
    assert found["devices_total"].normalized == 18640 and found["devices_public_cloud"].normalized == 8756
    other = [("注册企业", 60, 120, 160, 150), *tiles[1:]]
    assert "devices_public_cloud" not in figures([("环境装备云·用户与应用", 40, 20, 400, 60), *other])


def test_a_daily_running_tile_with_its_window_on_a_devices_page():
    """h74: a device console pasted into a 申报书, 「公有云接入设备 | 近30日日均运行」 (or 「日均运行（近30日）」): the
    window the average is taken over is no other figure."""
    for caption in ("近30日日均运行", "日均运行（近30日）"):
        tiles = [("公有云接入设备", 159, 127, 195, 136), (caption, 248, 128, 284, 134),
                 ("18,460", 158, 138, 192, 152), ("12,935", 248, 138, 282, 152)]
        found = figures([("设备远程运维平台·接入管理", 92, 94, 177, 104), *tiles])
        assert found["devices_public_cloud_daily_running"].normalized == 12935, caption
        assert found["devices_public_cloud"].normalized == 18460


def test_the_notices_active_as_a_caption_on_a_models_page():
    """h89: 「模型中台·模型资产」 tiles 「机理模型总数 | 近7日调用≥5次」: on a page of models the definition alone is
    the active models; on a page of something else it names nothing."""
    tiles = [("机理模型总数", 55, 114, 184, 143), ("近7日调用≥5次", 464, 116, 604, 142),
             ("1,436", 53, 161, 182, 218), ("902", 461, 162, 551, 215)]
    found = figures([("模型中台·模型资产", 37, 24, 306, 59), *tiles])
    assert found["models_active"].normalized == 902 and found["models_total"].normalized == 1436
    other = [("注册企业", 55, 114, 184, 143), ("近7日调用≥5次", 464, 116, 604, 142), ("1,436", 53, 161, 182, 218),
             ("902", 461, 162, 551, 215)]
    assert "models_active" not in figures([("运营总览", 37, 24, 306, 59), *other])


def test_a_bare_daily_running_tile_on_a_devices_page():
    """h82: 「远程运维平台·设备总览」 tiles 「接入设备 | 公有云接入 | 日均运行 | 今日预警」: on a devices' page 「日均运行」 is
    the devices running each day (the notice counts them on the public cloud only); on a page of something
    else it names nothing."""
    tiles = [("接入设备", 58, 134, 90, 146), ("公有云接入", 182, 134, 220, 146), ("日均运行", 304, 133, 336, 145),
             ("36,250", 59, 151, 105, 167), ("14,820", 182, 150, 228, 166), ("11,376", 305, 148, 352, 166)]
    found = figures([("远程运维平台·设备总览", 52, 100, 193, 116), *tiles])
    assert found["devices_public_cloud_daily_running"].normalized == 11376
    assert found["devices_public_cloud"].normalized == 14820 and found["devices_total"].normalized == 36250
    other = [("注册企业", 58, 134, 90, 146), ("日均运行", 304, 133, 336, 145), ("1,246", 59, 151, 105, 167),
             ("11,376", 305, 148, 352, 166)]
    assert "devices_public_cloud_daily_running" not in figures([("远程运维平台·用户与应用", 52, 100, 193, 116), *other])


def test_a_part_connected_counted_in_devices_units():
    """h9: a cockpit titled by its platform alone tiles 「设备接入 Devices | 公有云接入 Public Cloud」 over
    「1,248」 and 「736台/套」: 台/套 says the 公有云接入 are devices. Without a devices' unit the same
    caption names nothing (「公有云接入 Public Cloud」 over 「52家」: enterprises, not devices)."""
    tiles = [("光明乳业 工业互联网平台驾驶舱", 318, 52, 1019, 96),
             ("设备接入 Devices", 61, 135, 226, 165), ("公有云接入 Public Cloud", 443, 136, 670, 163),
             ("1,248", 58, 178, 201, 238)]
    found = figures([*tiles, ("736台/套", 438, 178, 590, 234)])
    assert found["devices_total"].normalized == 1248 and found["devices_public_cloud"].normalized == 736
    assert found["devices_public_cloud"].citations[0].quote == "736台/套"
    assert "devices_public_cloud" not in figures([*tiles, ("52家", 438, 178, 590, 234)])


def test_a_narrow_table_closed_by_its_total_is_no_tiles():
    """h79: a scanned statistics table's 「国家（地区） | 接入数量（台/套）」 over one country and 「海外合计」: the
    head is a column's, not a tile's caption over the first row's 126 (read as all devices). Two
    tiles over their figures, with no 合计 row closing them, stay tiles."""
    table = [("三、海外设备", 60, 542, 124, 557), ("国家（地区）", 74, 560, 128, 574), ("接入数量（台/套）", 302, 560, 374, 574),
             ("新西兰New Zealand", 75, 578, 154, 590), ("126", 301, 576, 322, 592),
             ("海外合计", 72, 593, 113, 608), ("126", 300, 594, 322, 608)]
    assert "devices_total" not in figures(table)
    tiles = [("接入设备", 60, 120, 160, 150), ("服务企业", 360, 120, 480, 150),
             ("18,640", 60, 170, 200, 200), ("1,204家", 360, 170, 480, 200)]
    assert {k: v.normalized for k, v in figures(tiles).items()} == {"devices_total": 18640, "enterprises_served": 1204}


def test_a_data_consoles_units_after_its_captions_and_a_models_tile_of_two_kinds():
    """h79: 「存储总容量 TB」 and 「已存数据 TB」 over 「2,400.00」 and 「1,537.92」: the unit after the caption is
    the figures' (no bracket); 「算法/机理模型」 counts the mechanism models (「算法模型」 alone does not)."""
    tiles = [("数据中台资源概览", 27, 18, 305, 54), ("存储总容量 TB", 46, 106, 194, 137), ("已存数据 TB", 565, 106, 692, 137),
             ("算法/机理模型", 1086, 106, 1233, 137),
             ("2,400.00", 45, 148, 229, 200), ("1,537.92", 568, 147, 750, 202), ("280", 1083, 148, 1172, 201)]
    found = figures(tiles)
    assert {k: v.normalized for k, v in found.items()} == {
        "storage_capacity": 2400, "stored_industrial_data": 1537.92, "models_total": 280}
    assert "models_total" not in figures([*tiles[:3], ("算法模型", 1086, 106, 1233, 137), *tiles[4:]])


def test_a_kind_of_data_over_a_volume_is_the_data_stored():
    """h13: a back office tiles 「工业APP | 开发者 | 材料数据」 over 「148 个」, 「8,650人」 and 「412.5TB」: a kind of
    data over a volume is what the platform stores. Over a count (「材料数据 362条」), or naming a flow
    (「今日采集数据」), it is none."""
    tiles = [("MatData 材料大数据平台管理后台", 27, 15, 580, 55), ("工业APP", 44, 281, 138, 316),
             ("材料数据", 976, 281, 1075, 315), ("148", 43, 339, 141, 394), ("个", 126, 346, 167, 384)]
    found = figures([*tiles, ("412.5TB", 976, 340, 1148, 392)])
    assert found["stored_industrial_data"].normalized == 412.5 and found["apps_total"].normalized == 148
    assert found["stored_industrial_data"].citations[0].quote == "412.5TB"
    assert "stored_industrial_data" not in figures([*tiles, ("362条", 976, 340, 1148, 392)])
    flow = [*tiles[:2], ("今日采集数据", 976, 281, 1110, 315), *tiles[3:], ("412.5TB", 976, 340, 1148, 392)]
    assert "stored_industrial_data" not in figures(flow)


def test_an_app_centres_subscription_amount_and_its_top_five():
    """h79: 「应用中心·运营概览」 tiles 「累计订阅（次）」, 「TOP5应用订阅」 and 「累计订阅金额（万元）」: the APPs'
    subscriptions, the killer APPs' (the notice's 杀手锏工业APP are the five most subscribed) and the
    APPs' subscription amount. 「TOP10应用订阅」 is no notice figure."""
    tiles = [("应用中心·运营概览", 28, 17, 296, 53), ("累计订阅（次）", 825, 103, 982, 140),
             ("TOP5应用订阅", 1215, 105, 1364, 137), ("3,126", 821, 147, 951, 204), ("1,684", 1215, 147, 1341, 204),
             ("累计订阅金额（万元）", 46, 274, 266, 307), ("986.20", 45, 319, 194, 369)]
    found = figures(tiles)
    assert {k: v.normalized for k, v in found.items()} == {
        "app_subscriptions": 3126, "killer_app_subscriptions": 1684, "app_subscription_amount": 986.2}
    assert "killer_app_subscriptions" not in figures([*tiles[:2], ("TOP10应用订阅", 1215, 105, 1364, 137), *tiles[3:]])


def test_a_part_connected_beside_the_device_count_and_a_row_of_tiles_is_no_title():
    """h80: 「新华能源云·运行监测大屏」 tiles 「接入设备总数 | 公有云接入」 over bare figures: 公有云接入 beside the
    device count is the public cloud's devices. On 「…·应用市场」, 「累计订阅」 is the APPs' though 「注册开发者」 —
    a tile's caption on the row under the title — names another thing: a row of tiles is no title."""
    devices = figures([("新华能源云·运行监测大屏", 40, 10, 420, 50), ("接入设备总数", 40, 100, 180, 130),
                       ("公有云接入", 300, 97, 420, 128), ("日均在线设备", 560, 100, 700, 130),
                       ("27,350", 40, 150, 180, 200), ("9,860", 300, 150, 420, 200), ("7,214", 560, 150, 680, 200)])
    assert devices["devices_total"].normalized == 27350 and devices["devices_public_cloud"].normalized == 9860
    market = figures([("新华能源云·应用市场", 40, 10, 420, 50), ("工业APP", 40, 100, 160, 130), ("累计订阅", 300, 100, 400, 130),
                      ("注册开发者", 560, 97, 700, 128),
                      ("224", 40, 150, 120, 200), ("6,240", 300, 150, 420, 200), ("2,760", 560, 150, 680, 200)])
    assert {k: v.normalized for k, v in market.items()} == {
        "apps_total": 224, "app_subscriptions": 6240, "developers_registered": 2760}


def test_a_bare_subscriptions_tile_counts_the_apps_subscriptions():
    """h80: 「识装智造云·开发者中心」 tiles 「开发者 | 累计订阅 | 今日新增订单」: the notice counts subscriptions
    of its APPs only, so 「累计订阅」 is theirs; today's orders are a moment, and 「订阅用户」 names users."""
    found = figures([("识装智造云·开发者中心", 64, 80, 174, 94), ("开发者", 186, 112, 214, 124), ("累计订阅", 306, 112, 340, 124),
                     ("今日新增订单", 425, 112, 474, 124), ("2,430", 185, 126, 233, 148), ("11,260", 306, 128, 360, 147),
                     ("186", 424, 128, 456, 146)])
    assert {k: v.normalized for k, v in found.items()} == {"developers_registered": 2430, "app_subscriptions": 11260}
    from assistant.catalog.vocabulary import caption_field

    assert caption_field("订阅用户") is None and caption_field("订阅金额") is None
    assert caption_field("订阅数量") is None  # a column of a table of the killer APPs, say


def test_a_tiles_part_named_by_its_qualifier_alone():
    """h14: 「服务企业（累计）」 then 「其中上海」 and 「其中 中小企业」 on one row of tiles: the Shanghai part
    was never read (「其中上海」 names no thing). It is the part of the tile left of it."""
    boxes = [("注册企业", 43, 131, 131, 162), ("服务企业（累计）", 436, 133, 590, 160), ("其中上海", 824, 130, 917, 162),
             ("其中 中小企业", 1215, 131, 1344, 161), ("21,368", 42, 176, 190, 229), ("6,842", 434, 175, 556, 229),
             ("2,960", 819, 173, 950, 233), ("5,894家", 1205, 165, 1369, 235)]
    found = figures(boxes)
    assert found["enterprises_served"].normalized == 6842
    assert found["enterprises_served_shanghai"].normalized == 2960
    assert found["enterprises_served_sme"].normalized == 5894
    # beside a tile whose thing it cannot qualify (上海 + 注册企业 names no field of its own), nothing
    alone = [("注册企业", 43, 131, 131, 162), ("其中上海", 824, 130, 917, 162), ("21,368", 42, 176, 190, 229),
             ("2,960", 819, 173, 950, 233)]
    assert "enterprises_served_shanghai" not in figures(alone)


def test_a_scanned_tables_head_over_rows_whose_names_were_lost_is_no_row_of_tiles():
    """h76: a scanned region table crossed by a watermark, its first rows' names unread (「15,860 4,630
    3,471」): the head 「接入数量（台/套）」 paired with the first row's figure as a dashboard tile, and
    15,860 (Shanghai's) stood as all connected devices."""
    head = [("区域（附录F）", 60, 100, 150, 120), ("接入数量（台/套）", 200, 100, 320, 120),
            ("公有云接入（台/套）", 340, 100, 460, 120), ("公有云日均运行（台/套）", 480, 100, 620, 120)]
    rows = [[("15,860", 240, 130, 300, 148), ("4,630", 380, 130, 430, 148), ("3,471", 520, 130, 570, 148)],
            [("5,420", 240, 156, 300, 174), ("1,582", 380, 156, 430, 174), ("1,186", 520, 156, 570, 174)],
            [("湖北", 60, 182, 100, 200), ("6,240", 240, 182, 300, 200), ("1,822", 380, 182, 430, 200),
             ("1,366", 520, 182, 570, 200)]]
    assert figures(head + [box for row in rows for box in row]) == {}


def test_a_figure_ocr_cut_into_touching_pieces_is_read_joined_with_a_doubt():
    """h85: the tile 「服务园区 | 11」 OCR'd as two touching boxes 「1」 「1」 was read as 1 park (a false warning against the
    11 declared): the pieces are one figure, read joined and cited by both, with the doubt said. Read whole, no doubt."""
    from fixtures.make_list_fixtures import ocr_document

    from assistant.core.evidence import PIECES_JOINED

    def read(numbers):
        tiles = [[[("服务园区", 60), ("开发者", 400)], [*numbers, ("1,426", 400)]]]
        return {v.field_id: v for v in read_figures(ocr_document("大屏.png", tiles, line_height=30), load_catalog())}

    parks = read([("1", 80), ("1", 86)])["industrial_parks_served"]
    assert parks.normalized == 11 and PIECES_JOINED in parks.reasons and len(parks.citations) == 3
    whole = read([("11", 80)])
    assert whole["industrial_parks_served"].normalized == 11 and PIECES_JOINED not in whole["industrial_parks_served"].reasons
    assert whole["developers_registered"].normalized == 1426


# h52's 欧贝 dashboard as OCR read it: ９，３７２ | ２１４ | ４，８６２ in a display font, wide digits spaced out,
# the big comma taken for 「7」 (a short box at the line's foot), a digit lost here and there
_FULLWIDTH_TILES = [
    ("接入设备（台/套）", 63, 166, 317, 208), ("上架工业APP", 578, 169, 759, 206), ("注册开发者", 1085, 169, 1244, 207),
    ("9", 78, 266, 129, 338), ("7", 148, 311, 171, 341), ("3 7 2", 215, 256, 427, 347),
    ("2", 589, 266, 642, 337), ("7", 1168, 312, 1191, 341), ("8 6 2", 1237, 259, 1444, 345),
    ("微服务", 64, 506, 164, 549), ("7", 84, 611, 125, 674), ("7", 158, 612, 197, 673), ("2", 220, 610, 276, 676),
]


def test_a_display_figure_ocr_read_in_pieces_is_joined_and_its_comma_is_no_digit():
    from assistant.core.evidence import PIECES_JOINED

    found = figures(_FULLWIDTH_TILES)
    values = {k: v.normalized for k, v in found.items()}
    # 9 , 372 → 9,372; the comma before 862 (whose 4 OCR lost) is no figure of its own: 862, said to be pieced
    assert values == {"devices_total": 9372, "apps_total": 2, "developers_registered": 862, "microservices_total": 772}
    assert [c.quote for c in found["devices_total"].citations] == ["3 7 2", "接入设备（台/套）", "9", "7"]
    assert PIECES_JOINED in found["developers_registered"].reasons and PIECES_JOINED not in found["apps_total"].reasons


def test_two_figures_read_whole_side_by_side_are_not_joined():
    """Two compact boxes close on a line (a scanned table's columns 「12」 「35」) are two figures, not one."""
    from assistant.evidence.figure_geometry import joined_figures

    boxes = page_of([("12", 100, 100, 130, 120), ("35", 138, 100, 168, 120), ("3 5", 300, 100, 340, 120)]).blocks
    joined, taken = joined_figures(list(boxes))
    assert [n.quantity.value for n in joined] == [35] and len(taken) == 1
    # a scanned row of small cells read as one box (「5 3 2」 over 300 px at 20 px high) is three cells, not 532
    assert joined_figures(list(page_of([("5 3 2", 100, 100, 400, 120)]).blocks)) == ([], set())


def test_a_consoles_table_column_is_no_tile_and_a_kind_of_developer_no_total():
    """h74: a console prints tiles (「公有云接入设备 18,460」) over a table 「接入方式 | 设备数（台/套） | 在线率 | 说明」 whose
    column head stands over 21,604 / 9,872 / 9,320 / 6,024 — no tile of the devices connected; 「个人开发者」 is one kind."""
    found = figures([
        ("公有云接入设备", 159, 127, 195, 136), ("个人开发者", 336, 127, 370, 136),
        ("18,460", 158, 138, 192, 152), ("3,316", 336, 138, 358, 152),
        ("接入方式", 162, 170, 183, 178), ("设备数（台/套）", 247, 170, 282, 178), ("在线率", 332, 170, 349, 178),
        ("说明", 417, 170, 430, 178),
        ("边缘网关", 162, 182, 183, 190), ("21,604", 246, 182, 264, 190), ("96.1%", 332, 182, 348, 190),
        ("含5G网关", 418, 182, 440, 190),
        ("OPC UA直连", 162, 194, 190, 202), ("9,872", 246, 194, 262, 203), ("97.8%", 332, 194, 348, 202),
        ("私有化节点", 162, 206, 188, 215), ("9,320", 246, 206, 262, 215), ("厂内私有云", 417, 206, 443, 215),
        ("其他协议转换", 162, 220, 191, 226), ("6,024", 246, 218, 262, 228), ("93.5%", 331, 218, 348, 228)])
    assert found["devices_public_cloud"].normalized == 18460
    assert "devices_total" not in found and "developers_registered" not in found


def test_an_unruled_table_printed_column_by_column_is_no_tiles():
    """h58: a device table by region whose text layer runs column by column (「公有云日均运行」 then 3,950 / 1,778 / 987 …
    under it): its head over its first row is no tile (3,950 was the daily running of all devices)."""
    boxes = [("接入设备区域分布表", 160, 41, 434, 55), ("区域", 74, 89, 94, 100), ("上海", 74, 113, 94, 124),
             ("江苏", 74, 137, 94, 148), ("浙江", 74, 161, 94, 172), ("合计", 74, 185, 94, 196),
             ("公有云日均运行", 461, 89, 531, 100), ("3,950", 506, 114, 531, 124), ("1,778", 506, 138, 531, 148),
             ("987", 514, 162, 531, 172), ("6,715", 506, 186, 531, 196)]
    assert figures(boxes, source="text") == {}


def test_a_tiles_figure_over_a_charts_labels_far_below_is_still_a_tile():
    """h18: 「公有云接入 (万台)」 over 「1.52」, and far below in its span a trend chart's 11,310 and 11,248: no column of a
    table (its rows lie right under one another), so the tile is read."""
    found = figures([("公有云接入 (万台)", 605, 135, 832, 172), ("1.52", 646, 179, 809, 246),
                     ("11,310", 743, 764, 816, 792), ("11,248", 601, 767, 676, 795), ("10,884", 700, 800, 760, 826)])
    assert found["devices_public_cloud"].normalized == 15200


def test_a_charts_title_stating_its_total_in_brackets():
    """h15: 「工业APP行业分布（截至2024年6月，合计612个）」 over a bar chart: the APPs' total is 612, cited on the title;
    a title without a total in its bracket, or a total of no indicator's thing, says nothing."""
    found = figures([("工业APP行业分布（截至2024年6月，合计612个）", 406, 23, 1075, 65), ("单位：个", 42, 65, 129, 101),
                     ("198", 64, 100, 104, 126), ("装备制造", 345, 603, 445, 636)])
    assert {k: v.normalized for k, v in found.items()} == {"apps_total": 612}
    assert found["apps_total"].citations[0].quote == "工业APP行业分布（截至2024年6月，合计612个"
    assert figures([("工业APP行业分布（截至2024年6月）", 406, 23, 1075, 65)]) == {}
    assert figures([("订单行业分布（合计612个）", 406, 23, 1075, 65)]) == {}


def test_a_softwares_version_is_no_figure():
    """h94: a scanned IP list's 「延锋金桥设备联网平台V2.0」 was read as 2 devices connected (a false warning)."""
    assert figures([("延锋金桥设备联网平台V2.0", 40, 100, 300, 120)]) == {}
    assert figures([("接入设备 2,236", 40, 100, 300, 120)])["devices_total"].normalized == 2236


def test_devices_on_the_cloud_are_the_public_clouds_doubted():
    """h95, h44: 「上云设备 9,870」 beside 「接入终端 21,304」 — every labeller reads the devices on the cloud as the public
    cloud's; read so, with the doubt said (it had been read as all the devices: a false warning)."""
    found = figures([("接入终端", 40, 40, 120, 60), ("上云设备", 300, 40, 380, 60),
                     ("21,304", 40, 70, 140, 100), ("9,870", 300, 70, 390, 100)])
    assert {k: v.normalized for k, v in found.items()} == {"devices_total": 21304, "devices_public_cloud": 9870}
    assert any("上云" in r for r in found["devices_public_cloud"].reasons)
