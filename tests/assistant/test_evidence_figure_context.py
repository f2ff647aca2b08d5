"""A screenshot's figures read with what its page says of all of them (h18): the thing the title counts
completes a bare total's caption (「接入总数」, 「合计」, 「累计订阅」, 「实例总数」), a tile's figure set flush
right is still its own, a chart's title carries its total, a storage console is known by its 云盘总容量."""

from __future__ import annotations

from test_evidence_figures import figures

from assistant.catalog.vocabulary import caption_field
from assistant.evidence.figure_pieces import Context, caption_of


def test_a_pie_charts_total_takes_the_thing_its_title_counts():
    boxes = [("平台接入工业设备按二级分类统计（单位：台/套）", 40, 20, 520, 44),
             ("电力设备14,426", 60, 120, 200, 140), ("仪器仪表8,093", 60, 160, 200, 180),
             ("接入总数", 300, 200, 380, 222), ("35,186", 300, 226, 380, 250)]
    found = figures(boxes)
    assert found["devices_total"].normalized == 35186
    assert [c.quote for c in found["devices_total"].citations] == ["35,186", "接入总数"]


def test_the_same_bare_total_names_nothing_without_a_title_that_counts_one_thing():
    """No title, or a title of two things: 「接入总数」 and 「合计」 say nothing by themselves."""
    tiles = [("接入总数", 300, 200, 380, 222), ("35,186", 300, 226, 380, 250)]
    assert "devices_total" not in figures(tiles)
    two = [("设备与工业APP总览", 40, 20, 300, 44), *tiles]
    assert figures(two) == {}


def test_a_part_in_the_title_narrows_its_total():
    """「公有云设备按类别统计」: its 合计 counts the public cloud's devices, not all of them."""
    boxes = [("公有云接入设备按类别统计（台/套）", 40, 20, 400, 44), ("合计", 300, 200, 340, 222),
             ("8,204", 300, 226, 380, 250)]
    found = figures(boxes)
    assert set(found) == {"devices_public_cloud"}
    assert found["devices_public_cloud"].normalized == 8204


def test_a_legend_or_a_flow_is_no_bare_total():
    context = Context(thing="设备")
    assert caption_of("接入数量", context) is None  # a chart's legend under its bars
    assert caption_of("今日新增", context) is None
    assert caption_of("在线总数", context) is None
    assert caption_of("接入总数", context) == "devices_total"
    assert caption_of("累计订阅 (次)", Context(thing="工业APP")) == "app_subscriptions"
    assert caption_of("实例总数", Context(thing="云服务器")) == "cloud_servers_used"


def test_an_app_stores_header_row_of_tiles():
    """「上架应用总数 累计订阅 (次) 本月新增订阅」 over 「212 9,860 318」 on an APP store's back end."""
    boxes = [("电力工业APP应用商店·运营后台", 20, 10, 320, 34),
             ("上架应用总数", 200, 100, 300, 120), ("累计订阅 (次)", 400, 100, 500, 120), ("本月新增订阅", 600, 100, 700, 120),
             ("212", 200, 130, 240, 156), ("9,860", 400, 130, 470, 156), ("318", 600, 130, 640, 156)]
    found = figures(boxes)
    assert {k: v.normalized for k, v in found.items()} == {"apps_total": 212, "app_subscriptions": 9860}


def test_a_charts_title_carries_its_years_total():
    boxes = [("2023年平台订单数量（单位：个） 全年合计26,340", 20, 10, 520, 34), ("2,971", 60, 100, 100, 120),
             ("1月", 60, 300, 80, 320)]
    found = figures(boxes)
    assert found["orders_last_year"].normalized == 26340
    assert found["orders_last_year"].citations[0].quote == "2023年平台订单数量（单位：个） 全年合计26,340"


def test_a_tiles_figure_flush_right_is_its_own_unless_something_stands_between():
    """A tile prints 「特色指数」 at its left and 「5」 at its right, ten line heights off."""
    tile = [("平台数据驾驶舱", 20, 10, 200, 34), ("特色指数", 1299, 352, 1417, 393), ("5", 1776, 335, 1829, 398)]
    assert figures(tile)["featured_indices"].normalized == 5
    blocked = [*tile, ("塑米PP价格指数", 1500, 355, 1700, 390)]
    assert "featured_indices" not in figures(blocked)


def test_a_figure_said_to_be_an_average_goes_with_an_averages_caption_only():
    average = [("公有云设备日均运行数（台/套）", 40, 100, 300, 124), ("近一年日均11,380", 40, 130, 220, 154)]
    assert figures(average)["devices_public_cloud_daily_running"].normalized == 11380
    total = [("接入设备", 40, 100, 120, 124), ("日均11,380", 40, 130, 160, 154)]
    assert "devices_total" not in figures(total)


def test_a_cloud_disk_console_is_a_storage_console():
    boxes = [("云服务器 ECS 管理控制台", 17, 15, 294, 45), ("ECS实例（台）", 261, 165, 394, 200),
             ("云盘总容量", 715, 169, 821, 198), ("已使用", 1165, 167, 1235, 200), ("132", 262, 203, 362, 250),
             ("720.00 TB", 714, 202, 969, 249), ("436.80 TB", 1167, 204, 1420, 248)]
    found = figures(boxes)
    assert {k: v.normalized for k, v in found.items()} == {
        "cloud_servers_used": 132, "storage_capacity": 720.0, "stored_industrial_data": 436.8}


def test_industry_words_for_the_notices_captions():
    assert caption_field("服务钢企") == "enterprises_served"
    assert caption_field("月活开发者") == "developers_active"
    assert caption_field("ECS实例（台）") == "cloud_servers_used"
    assert caption_field("国企") is None


def test_a_captions_year_in_brackets_is_its_period():
    """「年度订单(2023)」 over 「4,862」: the year's orders; a year elsewhere in a caption still makes it no caption."""
    assert caption_field("年度订单(2023)") == "orders_last_year"
    assert caption_field("年度订单（2023）") == "orders_last_year"
    assert caption_field("注册企业12023") is None


def test_a_calendar_years_orders_and_an_english_abbreviation_with_its_chinese():
    assert caption_field("订单（2023）") == "orders_last_year"  # the natural year's orders
    assert caption_field("2023年订单金额") is None
    assert caption_field("MAU（活跃APP）") == "apps_monthly_active"  # the bracket says 活跃, MAU the month
    assert caption_field("活跃APP") is None


def test_a_killer_apps_daily_figure_with_its_period_said_again_and_a_hyphened_abbreviation():
    assert caption_field("杀手锏APP日活次数（近一年平均）") == "killer_apps_daily_active_times"
    assert caption_field("杀手锏APP日活次数增长率") is None
    assert caption_field("MAU-活跃应用") == "apps_monthly_active"


def test_a_dashboards_saas_apps_and_mini_programs_are_its_apps():
    """h62: 「SaaS应用/小程序」 on a park's dashboard counts its APPs; 云化（SaaS化）工业软件 stays its own."""
    assert caption_field("SaaS应用/小程序") == "apps_total"
    assert caption_field("航运SaaS应用") == "apps_total"
    assert caption_field("SaaS化工业软件") == "apps_cloudified_software"
    assert caption_field("云化工业软件") == "apps_cloudified_software"



def test_a_quarters_orders_and_a_revenue_line_that_holds_more_are_no_indicator():
    assert caption_field("2024年第一季度订单数（个）") is None  # a part of a year (h19)
    assert caption_field("2023年上半年订单") is None
    assert caption_field("平台SaaS订阅及技术服务收入") is None  # more than the APPs' subscriptions (ind02)


def test_a_table_rows_label_far_from_its_amount_is_no_tile():
    """A scanned statement's row 「平台SaaS订阅收入」 … 「37,218,840.11」, ten line heights apart: a long label is a
    table's row, not a tile's caption set flush left (only a short caption reaches that far)."""
    row = [("平台明细表", 20, 10, 200, 34), ("平台工业APP订阅收入合计金额", 40, 352, 340, 393),
           ("37,218,840.11", 760, 352, 900, 393)]
    assert "app_subscription_amount" not in figures(row)


def test_a_money_figure_in_the_unit_its_page_states():
    """「单位：元」 over a screenshot's 「工业APP订阅金额」 tile: the figure is in 元, the indicator in 万元."""
    boxes = [("平台运营看板 单位：元", 20, 10, 300, 34), ("工业APP订阅金额", 40, 100, 200, 124), ("37,218,840.11", 40, 130, 200, 154)]
    value = figures(boxes)["app_subscription_amount"]
    assert value.normalized == 3721.884011 and value.unit == "元"
