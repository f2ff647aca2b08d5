"""Evidence laid out as the twelfth to fourteenth blind holdouts laid it out (2026-12-04, first
contact): a device table whose 二级分类 cell is merged over its rows, each group closed by a 小计, …
Fixtures are our own (`fixtures.make_unseen_fixtures`), never the holdouts' files."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.lists import read_lists

MERGED = [
    ["设备二级分类", "设备名称", "数量/台", "其中公有云/台", "占比%"],
    ["动力设备", "三相异步电动机", "4,100", "2050", ""],
    ["", "离心泵", "1210", "605", ""],
    ["", "风机", "690", "345", ""],
    ["小计", "", "6,000", "3,000", "60.00"],
    ["电力设备", "配电变压器", "1,500", "700", ""],
    ["", "低压配电柜", "500", "300", ""],
    ["小计", "", "2000", "1,000", "20.00"],
    ["机床", "数控机床", "2,000", "1,000", "20.00"],
    ["总计", "", "10,000", "5,000", "100.00"],
]


@pytest.mark.parametrize("ruled", [True, False])
def test_rows_under_a_merged_category_cell_belong_to_it_until_its_subtotal(tmp_path: Path, ruled: bool):
    """h12: 「动力设备」 printed once over 三相异步电动机, 离心泵, 风机 and their 小计: the rows without a
    key were unread, so 动力设备 was 4,100 against 6,000 declared (three false warnings on a clean
    package) and the 总计 could not be checked."""
    page = [Line("平台接入设备统计表", centred=True), Line("分类依据附录A"),
            Grid(MERGED, widths=[90, 110, 80, 90, 60], ruled=ruled)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "设备统计.pdf", [page])), read_lists)
    categories = {c: v.normalized for (f, c), v in facts.items() if f == "devices_by_category"}
    assert categories == {"动力设备": 6000, "电力设备": 2000, "机床": 2000}
    public = {c: v.normalized for (f, c), v in facts.items() if f == "devices_public_cloud_by_category"}
    assert public == {"动力设备": 3000, "电力设备": 1000, "机床": 1000}
    total = facts["devices_total", ""]
    assert total.normalized == 10000 and total.confidence >= 0.9  # the rows add up to the 总计 now
    assert "小计" not in categories


def test_a_test_reports_results_table_gives_its_results_with_the_doubt_of_their_date(tmp_path: Path):
    """h13: a third-party 检测报告 「序号 | 检测项目 | 技术要求 | 检测结果 | 结论」: the row was skipped because
    its 技术要求 (「≥5,000台/套」) is a figure too. The result is read, doubted as a count of when the lab
    tested (a difference from the form is a warning, not an error); the requirement never is."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.indicator_table import read_indicator_tables

    grid = [["序号", "检测项目", "技术要求", "检测结果", "结论"],
            ["1", "连接工业设备数量", "≥5,000台/套", "8,426台/套", "符合"],
            ["2", "工业APP数量", "≥100个", "158个", "符合"],
            ["3", "平均响应时间", "≤500ms", "186ms", "符合"]]
    page = [Line("检测结果"), Grid(grid, widths=[40, 140, 100, 100, 60])]
    values = read_indicator_tables(read_pdf(flow_pdf(tmp_path / "检测报告.pdf", [page])), load_catalog())
    assert {v.field_id: v.normalized for v in values} == {"devices_total": 8426, "apps_total": 158}
    assert all(v.confidence < 0.8 and any("检测" in r for r in v.doubts()) for v in values)


def test_a_load_tests_row_is_no_count_of_connected_devices(tmp_path: Path):
    """h28's clean package: 「接入设备数（负载测试） | 模拟终端并发上报 | ≥20000台 | 20000台」 is what the
    platform bore in a test, not what it connects (38,460 declared): it had been a warning."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.indicator_table import read_indicator_tables

    grid = [["序号", "检测项目", "测试场景", "技术要求", "检测结果", "结论"],
            ["1", "接入设备数（负载测试）", "模拟终端并发上报", "≥20000台", "20000台", "通过"],
            ["2", "工业APP数量", "应用市场统计", "≥100个", "158个", "通过"]]
    page = [Line("性能测试结果"), Grid(grid, widths=[30, 120, 100, 70, 70, 40])]
    values = read_indicator_tables(read_pdf(flow_pdf(tmp_path / "检测报告.pdf", [page])), load_catalog())
    assert {v.field_id: v.normalized for v in values} == {"apps_total": 158}


@pytest.mark.parametrize(("caption", "field"), [
    ("DAU（公有云APP）", "apps_public_cloud_daily_active"), ("公有云APP日活", "apps_public_cloud_daily_active"),
    ("MAU（工业APP）", "apps_monthly_active"), ("APP月活MAU", "apps_monthly_active"), ("公有云APP日活次数", None)])
def test_dashboard_english_for_daily_and_monthly_activity(caption: str, field: str | None):
    """h14: 「DAU（公有云APP） 104个」 was read as 公有云工业APP数量 (a false warning on a clean package)."""
    from assistant.catalog.vocabulary import caption_field

    assert caption_field(caption) == field


@pytest.mark.parametrize(("caption", "field"), [
    ("含私有云与公有云存储池", None),  # h32: a pool of both is no figure of the public cloud's data
    ("公有云存储池", "public_cloud_data"), ("公有云数据总量", "public_cloud_data")])
def test_a_caption_naming_both_clouds_is_not_the_public_part(caption: str, field: str | None):
    from assistant.catalog.vocabulary import caption_field

    assert caption_field(caption) == field


def test_a_unit_in_the_upper_row_of_a_two_row_header_is_the_tables(tmp_path: Path):
    """h14: 「项目 | 金额（万元） | 同比增长」 over 「2021年度 | 2022年度 | 2023年度 | 2022年 | 2023年」: the
    unit was carried from the company statements above (元), so every platform figure was 10,000
    times too small — four warnings on a clean package."""
    from fixtures.make_unseen_fixtures import company_audit_with_platform_note

    from assistant.evidence.platform import read_platform_figures

    note = [Line("附注十二 平台业务收入及成本专项说明"), Line("项目 金额（万元） 同比增长"),
            Grid([["", "2021年度", "2022年度", "2023年度", "2022年", "2023年"],
                  ["平台业务营业收入", "6,034.18", "7,265.40", "8,427.93", "20.40%", "16.00%"],
                  ["平台研发支出", "878.57", "1,013.73", "1,126.37", "—", "—"]],
                 widths=[120, 70, 70, 70, 50, 50], ruled=False)]
    path = company_audit_with_platform_note(tmp_path / "审计报告.pdf", note)
    facts = cited_facts(read_pdf(path), read_platform_figures)
    assert facts["revenue", ""].normalized == 8427.93 and facts["revenue", ""].unit == "万元"
    assert facts["rd_investment", ""].normalized == 1126.37
    assert not any("沿用" in r for v in facts.values() for r in v.reasons)


def test_a_proposal_carrying_its_proofs_is_read_from_its_first_annex_chapter(tmp_path: Path):
    """h14: a 22-page 申报书 whose evidence sits in its own 附件1–9 chapters gave no evidence at all
    (0 of 53 facts): 申报书 were never read for proofs. The chapters are read from the first page
    that opens with 「附件N …」; the body before it, the list of annexes and the TOC are not."""
    from assistant.evidence.extractor import annex_pages

    pages = [[Line("申 报 书", centred=True)], [Line("目 录"), Line("附件1 平台业务财务专项说明 ........ 9")],
             [Line("一、申报单位简介"), Line("公司2023年营业收入52亿元。")],
             [Line("六、附件及其他说明材料"), Line("附件1 平台业务财务专项说明 第9页")],
             [Line("附件1 平台业务财务专项说明"), Line("单位：万元"),
              Grid([["项目", "2022年度", "2023年度"], ["平台业务营业收入", "7,265.40", "8,427.93"]])],
             [Line("附件2 知识产权清单"), Line("续")]]
    document = read_pdf(flow_pdf(tmp_path / "申报书.pdf", pages))
    annexes = annex_pages(document)
    assert [p.number for p in annexes.pages] == [5, 6]
    from assistant.evidence.platform import read_platform_figures
    facts = cited_facts(annexes, read_platform_figures)
    assert facts["revenue", ""].normalized == 8427.93 and facts["revenue", ""].citations[0].page == 5
    assert annex_pages(read_pdf(flow_pdf(tmp_path / "b.pdf", pages[:4]))) is None


def test_dashboard_tiles_and_label_value_lines_are_no_device_table(tmp_path: Path):
    """h14: a tile row 「开发者（人） MAU-活跃应用 接入设备（台/套） 本年订单（个）」 opened a device table that
    swallowed the next page's 「工业APP： 326」 lines as rows (and read them as countries)."""
    pages = [[Line("开发者（人） MAU-活跃应用 接入设备（台/套） 本年订单（个）"), Line("8,642 241 18,640 14,260")],
             [Line("一、工业软件及APP"), Line("工业软件总量： 372"), Line("工业APP： 326"), Line("订阅数合计： 2,215")]]
    assert read_lists(read_pdf(flow_pdf(tmp_path / "看板.pdf", pages)), __import__(
        "assistant.catalog.notice", fromlist=["load_catalog"]).load_catalog()) == []
    table = [Line("接入设备统计"), Grid([["区域", "接入数量（台/套）"], ["上海", "1,200"], ["江苏", "800"]], ruled=False),
             Line("工业APP： 326")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "表.pdf", [table])), read_lists)
    assert {c: v.normalized for (f, c), v in facts.items() if f == "devices_by_region"} == {"上海": 1200, "江苏": 800}


def test_a_statement_in_a_file_named_a_platform_special_audit_is_doubted_the_platforms(tmp_path: Path):
    """h14: 「附件3-1 平台业务专项审计报告.pdf」, whose cover and 利润表 name only the company: its 利润总额
    was taken for the company's and raised a false error against the company's declared 利润总额."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.financial import read_statements

    income = [["项目", "行次", "本年金额", "上年金额"], ["一、营业收入", "1", "512,306,441.27", "452,906,330.18"],
              ["三、利润总额", "13", "117,926,110.07", "89,804,226.38"]]
    pages = [[Line("上海某某研究设计院股份有限公司"), Line("审计报告")],
             [Line("利 润 表", centred=True), Line("编制单位：上海某某研究设计院股份有限公司 2023年度 单位：元"), Grid(income)]]
    for name, scope in (("附件3-1 平台业务专项审计报告.pdf", "platform"), ("审计报告.pdf", "company"),
                        ("2023年度审计报告（含平台业务专项说明）.pdf", "company")):  # h14: a report holding a note
        values = read_statements(read_pdf(flow_pdf(tmp_path / name, pages)), load_catalog())
        assert values and {v.scope for v in values} == {scope}, name
        assert all(v.confidence < 0.8 for v in values) == (scope == "platform")


def test_indicator_lines_under_a_numbered_section_are_read_with_its_subject(tmp_path: Path):
    """h14: a 申报书's 附件 chapter 「一、工业软件及APP」 「二、杀手锏APP（订阅前五）」 with lines such as
    「订阅数合计： 2,215」 — whose subscriptions only the section says — and labels in the operator's
    words (「其中平台原生开发APP」, 「云化（SaaS化）工业软件」, 「活跃模型（周调用≥5次）」)."""
    from assistant.evidence.indicator_table import read_indicator_tables

    page = [Line("附件4 工业APP、模型及微服务统计"), Line("一、工业软件及APP"),
            Line("工业软件总量： 410"), Line("工业APP： 350"), Line("其中平台原生开发APP： 201"),
            Line("云化（SaaS化）工业软件： 97"), Line("二、杀手锏APP（订阅前五）"),
            Line("订阅数合计： 1,980"), Line("日均在线用户： 1,204"), Line("日活次数： 18,300"),
            Line("月均收入（万元）： 36.85"),  # the killer APPs' revenue, by the section (h14)
            Line("三、订阅与模型"), Line("APP订阅总数： 4,002"), Line("活跃模型（周调用≥5次）： 120"),
            Line("订阅累计金额（万元）： 2,864.30")]  # the APPs' subscriptions, on a page of the APPs (h14)
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "附件4.pdf", [page])), read_indicator_tables)
    got = {field: fact.normalized for (field, _c), fact in facts.items()}
    assert got == {"software_total": 410, "apps_total": 350, "apps_platform_native": 201,
                   "apps_cloudified_software": 97, "killer_app_subscriptions": 1980,
                   "killer_apps_public_cloud_daily_users": 1204, "killer_apps_daily_active_times": 18300,
                   "killer_apps_monthly_revenue": 36.85, "app_subscriptions": 4002, "models_active": 120,
                   "app_subscription_amount": 2864.30}
    # without the section, 「订阅数合计」 names no one's subscriptions
    bare = [Line("订阅数合计： 1,980"), Line("日均在线用户： 1,204"), Line("订阅累计金额（万元）： 2,864.30")]
    assert cited_facts(read_pdf(flow_pdf(tmp_path / "无标题.pdf", [bare])), read_indicator_tables) == {}


@pytest.mark.parametrize(("caption", "field"), [
    ("基于平台开发的工业APP", "apps_platform_native"), ("SaaS化工业软件", "apps_cloudified_software"),
    ("活跃微服务（周调用≥5次）", "microservices_active"), ("公有云设备日均在线", "devices_public_cloud_daily_running"),
    ("公有云杀手锏APP日均在线用户", "killer_apps_public_cloud_daily_users"), ("软件著作权", "software_copyrights"),  # the certificates, not 工业软件
    ("杀手锏APP订阅数", "killer_app_subscriptions"), ("APP订阅总数", "app_subscriptions")])
def test_captions_of_the_app_indicators(caption: str, field: str | None):
    """h14: 「基于平台开发的工业APP」 was read as the APPs' total; a killer APP's online users as devices."""
    from assistant.catalog.vocabulary import caption_field

    assert caption_field(caption) == field


def test_a_scanned_results_table_with_units_split_off_reads_on(tmp_path: Path):
    """h37: a scanned 检测报告 splits 「≤500 ms | 232 ms」 and 「960.00 | TB」 into tokens of their own: the row
    of another shape ended the table (工业协议兼容适配 unread) and 存储容量 was taken for a load test."""
    from fixtures.make_list_fixtures import ocr_document

    from assistant.catalog.notice import load_catalog
    from assistant.evidence.indicator_table import read_indicator_tables

    def line(*cells):
        return [(text, 40 + 110 * i) for i, text in enumerate(cells)]

    page = [line("序号", "检测项目", "技术要求", "检测结果", "单项结论"),
            line("1", "接入设备总数核查", "核查设备管理模块登记数", "26,418台/套", "符合"),
            line("2", "数据上报平均响应时间", "≤500", "ms", "232", "ms", "符合"),
            line("3", "工业协议兼容适配", "核查协议驱动库", "267种", "符合"),
            line("4", "存储容量核查", "核查存储资源配置", "960.00", "TB", "符合")]
    values = read_indicator_tables(ocr_document("检测报告.pdf", [page]), load_catalog())
    assert {v.field_id: v.normalized for v in values} == {
        "devices_total": 26418, "protocols_supported": 267, "storage_capacity": 960.0}
    assert next(v for v in values if v.field_id == "storage_capacity").citations[0].quote.startswith("960.00")


def test_a_years_saas_subscription_revenue_is_no_app_subscription_amount(tmp_path: Path):
    """h50: 「平台SaaS订阅服务收入」 in a platform revenue table by year is a part of the year's revenue, not
    the 工业APP订阅总金额 the form asks — read as that, a clean package got two false errors."""
    from assistant.evidence.indicator_table import read_indicator_tables

    page = [Line("四建BIM平台业务收入明细表"), Line("编制单位：上海某某有限公司 单位：元"),
            Grid([["项目", "2021年度", "2022年度", "2023年度"],
                  ["平台SaaS订阅服务收入", "16,234,518.37", "19,023,064.55", "22,368,104.72"],
                  ["平台相关营业收入小计", "34,411,952.15", "39,435,644.30", "45,111,659.28"]], widths=[170, 100, 100, 100])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "拆分说明.pdf", [page])), read_indicator_tables)
    assert ("app_subscription_amount", "") not in facts


def test_a_test_reports_results_table_states_counts_in_its_sentences(tmp_path: Path):
    """h28: a third-party test report's 「序号 | 功能模块 | 测试内容 | 结果」, the counts said in its cells
    (「…协议解析，支持工业协议46种」, 「服务注册中心共注册微服务1,236个」): unread, as prose is read outside
    tables only. A test report's cells are read as sentences — never a load test's (模拟, 并发)."""
    from assistant.evidence.prose import read_prose_figures

    rows = [["序号", "功能模块", "测试内容", "结果"], ["1", "设备接入", "NMEA 0183、Modbus等协议解析，支持工业协议46种", "通过"],
            ["2", "微服务治理", "服务注册中心共注册微服务1,236个，抽测120个", "通过"],
            ["3", "性能", "模拟接入设备50,000台并发上报", "通过"]]
    page = [Line("附表2 功能测试结果"), Grid(rows, widths=[40, 80, 300, 60])]
    document = read_pdf(flow_pdf(tmp_path / "检测报告.pdf", [page]))
    facts = cited_facts(document, lambda d, c: read_prose_figures(d, c, cells=True))
    assert {field: f.normalized for (field, _c), f in facts.items()} == {"protocols_supported": 46,
                                                                          "microservices_total": 1236}
    assert "通过" not in facts["protocols_supported", ""].note
    assert cited_facts(document, read_prose_figures) == {}  # other proofs: a table's cells are no prose


def test_a_scanned_table_of_item_period_and_value_reads_each_row_with_its_period():
    """h77: a stamped 补充说明 scanned, 「项目 | 统计期间 | 数值」 over 「平台订单数量 | 2023年1月1日—2023年12月31日 |
    6,284个」, the other reading's row, and 「平台交易规模年增长率 | 2023年较2022年 | 14.36%」: nothing was read
    (the period stood where the value was looked for)."""
    from fixtures.make_list_fixtures import ocr_document

    from assistant.catalog.notice import load_catalog
    from assistant.evidence.indicator_table import read_indicator_tables

    rows = [[("项目", 60), ("统计期间", 220), ("数值", 460)],
            [("平台订单数量", 60), ("2023年1月1日—2023年12月31日", 220), ("6,284个", 460)],
            [("平台订单数量", 60), ("2023年7月1日—2024年6月30日", 220), ("6,617个", 460)],
            [("平台交易额", 60), ("2022年度", 220), ("8,426.50万元", 460)],
            [("平台交易规模年增长率", 60), ("2023年较2022年", 220), ("14.36%", 460)]]
    values = read_indicator_tables(ocr_document("补充材料1.pdf", [rows]), load_catalog())
    got = sorted((v.field_id, v.normalized, v.period) for v in values)
    assert got == [("orders_last_year", 6284, "2023年1月1日—2023年12月31日"),
                   ("orders_last_year", 6617, "2023年7月1日—2024年6月30日"),
                   ("transaction_growth", 14.36, "2023年较2022年")]
