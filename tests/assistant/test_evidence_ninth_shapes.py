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


def test_an_exported_device_register_is_read_by_its_summary_lines(tmp_path: Path):
    """h9: a device register exported from an IoT console and printed (one line per device, comma
    separated) ends with 「合计,1248」 「公有云,736」 「海外(新西兰New Zealand),36」; a grid export ends
    with 「总计：8,642 台/套（64 个站点）」 and 「其中境外站点（越南Vietnam）：74」. In a device list the part
    alone names the devices; a table's own 「合计 9,860」 row (no 「：」 or 「,」) is not such a line."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.figures import read_figures

    lines = [Line("设备编号,设备名称,设备类型,所属区域,接入方式,接入时间")]
    lines += [Line(f"GM-{n:05d},均质机,轻工设备,上海,公有云,2021-0{n % 9 + 1}-12", gap=4) for n in range(1, 12)]
    lines += [Line("合计,1248"), Line("公有云,736"), Line("私有云,512"), Line("公有云日均在线,689"),
              Line("海外(新西兰New Zealand),36"), Line("IoT device_export_20240708.csv 导出时间：2024-07-08 18:20:55")]
    grid = [Line("公有云设备按类型统计"), Grid([["设备类型", "数量（台/套）"], ["轻工设备", "6,200"], ["动力设备", "3,660"],
                                                ["合计", "9,860"]], ruled=False),
            Line("总计：18,642 台/套（64 个站点）"), Line("其中境外站点（越南Vietnam、印度尼西亚Indonesia）：74")]
    catalog = load_catalog()
    register = read_pdf(flow_pdf(tmp_path / "IoT设备清单导出.pdf", [lines]))
    found = {v.field_id: v for v in read_figures(register, catalog, devices=True)}
    assert {f: v.normalized for f, v in found.items()} == {
        "devices_total": 1248, "devices_public_cloud": 736, "devices_public_cloud_daily_running": 689,
        "devices_overseas": 36}
    assert found["devices_overseas"].citations[0].quote == "海外(新西兰New Zealand),36"
    assert {v.field_id for v in read_figures(register, catalog)} == {"devices_public_cloud_daily_running"}
    sites = read_pdf(flow_pdf(tmp_path / "站点清单.pdf", [grid]))
    found = {v.field_id: v.normalized for v in read_figures(sites, catalog, devices=True)}
    assert found == {"devices_total": 18642, "devices_overseas": 74}  # not the 公有云 table's 合计 9,860


def test_a_consolidated_and_parent_statement_is_read_in_its_consolidated_columns(tmp_path: Path):
    """h10: 「合并及母公司利润表」 with 本期合并 | 本期母公司 | 上期合并 | 上期母公司 gave the parent's
    利润总额 and 营业收入 (three false errors on a clean package)."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.financial import read_statements

    income = [["项目", "本期合并", "本期母公司", "上期合并", "上期母公司"],
              ["一、营业总收入", "863,124,507.36", "738,260,915.48", "790,118,662.05", "684,507,330.19"],
              ["其中：营业收入", "863,124,507.36", "738,260,915.48", "790,118,662.05", "684,507,330.19"],
              ["四、利润总额", "79,261,552.62", "62,832,406.06", "71,487,499.29", "55,572,718.20"]]
    balance = [["项目", "期末余额（合并）", "期末余额（母公司）", "期初余额（合并）", "期初余额（母公司）"],
               ["资产总计", "1,486,523,718.64", "1,302,784,165.27", "1,372,056,394.18", "1,208,335,716.80"]]
    widths = [130.0, 95.0, 95.0, 95.0, 95.0]
    path = flow_pdf(tmp_path / "审计报告.pdf", [
        [Line("合并及母公司资产负债表", centred=True), Line("编制单位：上海某某科技有限公司 2023年12月31日 单位：人民币元"),
         Grid(balance, widths=widths)],
        [Line("合并及母公司利润表", centred=True), Line("编制单位：上海某某科技有限公司 2023年度 单位：人民币元"),
         Grid(income, widths=widths)]])
    from assistant.core.evidence import PARENT_READING

    values = read_statements(read_pdf(path), load_catalog())
    facts = {(v.field_id, v.component): v for v in values if PARENT_READING not in v.reasons}
    assert facts["total_profit", ""].value == "79,261,552.62"
    assert facts["total_assets", ""].value == "1,486,523,718.64"
    assert facts["main_business_revenue", "营业收入（万元）"].value == "863,124,507.36"
    assert all(v.scope == "company" for v in facts.values())
    # h92: the parent's 本期 is kept beside them as the parent's own reading of the company's fields (never the
    # bound of the platform's revenue, never a 上期)
    parent = {(v.field_id, v.component): v.value for v in values if PARENT_READING in v.reasons}
    assert parent == {("total_profit", ""): "62,832,406.06", ("total_assets", ""): "1,302,784,165.27"}


def test_platform_revenue_by_year_after_a_colon_and_under_a_business_line_header(tmp_path: Path):
    """h9: a finance letter's 「二、平台相关营业收入：2021年3,862.15万元，2022年4,015.72万元，2023年…」 (the item
    before the colon, each year after it) and a statistics sheet 「业务线 | 2021年 | 2022年 | 2023年」 with
    its 「平台相关营业收入合计」 row were read as nothing."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.platform import read_platform_figures

    letter = read_pdf(flow_pdf(tmp_path / "说明.pdf", [[
        Line("关于平台营业收入及研发投入情况的说明", centred=True),
        Line("二、平台相关营业收入：2021年3,862.15万元，2022年4,015.72万元，2023年4,318.56万元。")]]))
    facts = {(v.field_id, v.component): v for v in read_platform_figures(letter, load_catalog())}
    assert {k: v.normalized for k, v in facts.items() if k[0].startswith("platform_revenue")} == {
        ("platform_revenue_2021", "2021年平台营收（万元）"): 3862.15,
        ("platform_revenue_2022", "2022年平台营收（万元）"): 4015.72,
        ("platform_revenue_2023", "2023年平台营收（万元）"): 4318.56}
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].citations[0].quote == "2022年4,015.72万元"
    sheet = read_pdf(flow_pdf(tmp_path / "统计表.pdf", [[
        Line("某某平台近三年收入统计表", centred=True), Line("金额单位：万元"),
        Grid([["业务线", "2021年", "2022年", "2023年"], ["平台订阅服务", "1,968.41", "2,121.67", "2,363.95"],
              ["远程运维服务", "2,826.92", "3,039.17", "3,264.51"],
              ["平台相关营业收入合计", "4,795.33", "5,160.84", "5,628.46"]])]]))
    facts = {(v.field_id, v.component): v.normalized for v in read_platform_figures(sheet, load_catalog())}
    assert facts[("revenue", "")] == 5628.46 and facts[("platform_revenue_2021", "2021年平台营收（万元）")] == 4795.33


def test_an_equipment_register_exported_as_sites_is_a_device_list(tmp_path: Path):
    """h9: 「环境装备接入清单（系统导出）」, a register of sites with 接入设备数 and a footer 「设备接入台账」,
    was 其他 evidence, so its summary lines were never read as devices."""
    from assistant.package.classify import classify
    from assistant.package.model import FileRole

    rows = [["站点编号", "站点名称", "所属区域", "接入方式", "接入设备数"],
            ["ST0001", "白龙港污水处理厂", "上海", "公有云", "221"], ["ST0002", "宜昌污水处理厂", "湖北", "边缘专网", "99"]]
    document = read_pdf(flow_pdf(tmp_path / "附件3 环境装备接入清单（系统导出）.pdf", [[
        Grid(rows, ruled=False), Line("总计：320 台/套（2 个站点）"), Line("XPA-IoT 设备接入台账 导出时间：2024-07-09")]]))
    assert classify(document).role == FileRole.device_list


def test_a_platform_table_of_this_and_last_period_takes_its_years_from_the_heading(tmp_path: Path):
    """h10: a special audit's 「联擎平台经营数据表 / 2023年度 单位：万元 / 项目 | 本期金额 | 上期金额」 of a loss-making
    platform (「二、平台利润总额 (1,856.42)」) was read as nothing."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.platform import read_platform_figures

    table = [["项目", "本期金额", "上期金额"], ["一、平台营业收入", "8,214.66", "6,037.18"],
             ["其中：5G专网平台订阅服务", "4,906.12", "3,418.50"], ["平台研发投入（全部费用化）", "2,906.38", "2,418.05"],
             ["二、平台利润总额", "(1,856.42)", "(2,203.44)"], ["平台利润率（%）", "(22.60)", "(36.50)"]]
    document = read_pdf(flow_pdf(tmp_path / "专项审计报告.pdf", [[
        Line("示例平台经营数据表", centred=True), Line("2023年度 单位：万元"), Grid(table, widths=[200.0, 120.0, 120.0])]]))
    facts = {(v.field_id, v.component): v for v in read_platform_figures(document, load_catalog())}
    assert facts["revenue", ""].normalized == 8214.66 and facts["revenue", ""].year == 2023
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == 6037.18
    assert facts["rd_investment", ""].normalized == 2906.38
    assert facts["profit_margin", "平台利润总额（万元）"].normalized == -1856.42
    assert all(v.scope == "platform" for v in facts.values())


def test_bilingual_captions_in_one_box_are_read_by_their_chinese_and_the_thing_the_english_names():
    """h9: OCR boxes 「工业APP Apps」 (compacted to 「工业APPAPPS」, its APP lost with the English) and
    「接入总数 Total Devices」 (the Chinese leaves the devices out) named nothing."""
    from assistant.catalog.vocabulary import caption_field

    assert caption_field("工业APP Apps") == "apps_total"
    assert caption_field("接入总数 Total Devices") == "devices_total"
    assert caption_field("注册企业 Enterprises") == "enterprise_users_registered"
    assert caption_field("在线电机 Online Motors") is None  # a moment's figure, whatever the English
    assert caption_field("今日告警 Alarms") is None


def test_the_platform_subtotal_of_an_rd_project_list(tmp_path: Path):
    """h10: a 加计扣除鉴证报告 lists R&D projects (项目编号 | 项目名称 | 费用化 | 资本化 | 合计 | 属平台项目) with a row
    「其中：工业互联网平台相关项目小计」: the platform's R&D; the 全部合计 row is the company's."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.platform import read_platform_figures

    table = [["项目编号", "研发项目名称", "费用化金额", "资本化金额", "合计", "属平台项目"],
             ["RD2023-01", "机组运行寻优引擎", "4,206,118.52", "3,335,466.22", "7,541,584.74", "是"],
             ["RD2023-02", "远程诊断模型库", "7,321,927.66", "—", "7,321,927.66", "是"],
             ["RD2023-04", "安全级控制器研制", "26,518,204.66", "—", "26,518,204.66", "否"],
             ["其中：工业互联网平台相关项目小计", "", "11,528,046.18", "3,335,466.22", "14,863,512.40", ""],
             ["全部研发项目合计", "", "38,046,250.84", "3,335,466.22", "41,381,717.06", ""]]
    document = read_pdf(flow_pdf(tmp_path / "加计扣除鉴证报告.pdf", [[
        Line("2023年度研发费用加计扣除专项鉴证报告", centred=True), Line("研发项目支出归集明细表（2023年度）"),
        Line("金额单位：元"), Grid(table, widths=[110.0, 90.0, 80.0, 80.0, 80.0, 50.0])]]))
    rd = [v for v in read_platform_figures(document, load_catalog()) if v.field_id == "rd_investment"]
    total = next(v for v in rd if v.component == "")
    assert abs(total.normalized - 1486.351240) < 1e-6 and total.year == 2023
    assert all("全部研发项目合计" not in c.quote for v in rd for c in v.citations)


def test_the_platform_line_of_an_audit_notes_revenue_by_business(tmp_path: Path):
    """h10: an audit report's 附注 「2. 主营业务收入按业务类别列示」 (业务类别 | 本期发生额 | 上期发生额) has a row
    「工业互联网平台业务」: the platform's revenue of the report's year and the one before. Its other lines
    and the 合计 are the company's."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.platform import read_platform_figures

    table = [["业务类别", "本期发生额", "上期发生额"], ["控制系统及工程服务", "652,417,306.22", "603,215,884.90"],
             ["工业互联网平台业务", "113,568,219.47", "98,472,986.10"], ["主营业务收入合计", "765,985,525.69", "701,688,871.00"]]
    document = read_pdf(flow_pdf(tmp_path / "审计报告.pdf", [
        [Line("上海某某科技有限公司2023年度审计报告", centred=True)],
        [Line("财务报表附注（节选）  金额单位：人民币元"), Line("（三十二）营业收入和营业成本"), Line("2. 主营业务收入按业务类别列示"),
         Grid(table, widths=[180.0, 130.0, 130.0])]]))
    facts = {(v.field_id, v.component): v for v in read_platform_figures(document, load_catalog())}
    assert facts["revenue", ""].normalized == 11356.821947 and facts["revenue", ""].citations[0].page == 2
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == 9847.298610
    assert len(facts) == 3  # 控制系统及工程服务 and 合计 give nothing


def test_an_app_market_printed_from_the_browser(tmp_path: Path):
    """h9: 「应用市场 > 全部应用」 printed over pages (# | 应用名称 | 分类 | 部署 | 订阅数 | 上架日期, the header
    repeated), 「共 6 个应用（公有云部署 4 个，私有化部署 2 个）」 above and 「合计 1,540」 under 订阅数: the APP
    count, its public-cloud part and the subscriptions, none of which any reader took."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.lists import read_lists

    header = ["#", "应用名称", "分类", "部署", "订阅数", "上架日期"]
    apps = [["1", "泵站远程运维 V4.1", "运维服务", "私有化", "510", "2021-07-07"],
            ["2", "润滑管理 V3.7", "运维服务", "公有云", "432", "2022-11-26"],
            ["3", "碳排放核算 V1.4", "节能减排", "公有云", "383", "2023-11-10"],
            ["4", "运维工单 V3.5", "运维服务", "私有化", "115", "2022-04-02"],
            ["5", "污泥脱水优化 V4.4", "生产制造", "公有云", "61", "2024-12-24"],
            ["6", "水厂运营报表 V4.3", "运营管理", "公有云", "39", "2021-05-17"]]
    widths = [30.0, 150.0, 80.0, 60.0, 60.0, 90.0]
    document = read_pdf(flow_pdf(tmp_path / "工业APP应用市场列表（浏览器打印）.pdf", [
        [Line("应用市场 > 全部应用"), Line("共 6 个应用（公有云部署 4 个，私有化部署 2 个） 排序：订阅数 ↓"),
         Grid([header, *apps[:3]], widths=widths, ruled=False), Line("https://apps.example.com/market 1/2")],
        [Grid([header, *apps[3:], ["合计", "", "", "", "1,540", ""]], widths=widths, ruled=False),
         Line("https://apps.example.com/market 2/2")]]))
    facts = {v.field_id: v for v in read_lists(document, load_catalog())}
    assert facts["apps_total"].normalized == 6 and facts["apps_total"].confidence >= 0.9
    assert facts["apps_public_cloud"].normalized == 4
    assert facts["apps_public_cloud"].citations[0].quote.startswith("共 6 个应用")
    assert facts["app_subscriptions"].normalized == 1540 and facts["app_subscriptions"].citations[0].page == 2


def test_honours_listed_as_numbered_paragraphs_without_a_table(tmp_path: Path):
    """h9/h11: a scanned page 「…荣誉清单（共3项）」 then 「1.2020年…」 「颁发单位：…」 「2.…」 「3.…」, or a
    list closed by 「共5项」: no table, so no list was read and the honours count had no proof."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.lists import read_lists

    items = ["1.2020年工业互联网试点示范项目", "颁发单位：工业和信息化部 时间：2020年12月", "2.2022年上海市工业互联网标杆平台",
             "颁发单位：上海市经济和信息化委员会 时间：2022年9月", "3. 上海市科技进步奖二等奖（能效提升关键技术）"]
    headed = read_pdf(flow_pdf(tmp_path / "荣誉证书.pdf", [[Line("平台省部级及以上奖项/荣誉清单（共3项）"),
                                                            *map(Line, items)]]))
    [fact] = read_lists(headed, load_catalog())
    assert (fact.field_id, fact.normalized, fact.status) == ("awards", 3, "found")
    assert fact.citations[0].quote.startswith("平台省部级及以上奖项") and fact.confidence >= 0.85
    closed = read_pdf(flow_pdf(tmp_path / "获奖清单.pdf", [[Line("平台获奖及荣誉证书清单"), *map(Line, items), Line("共4项")]]))
    [fact] = read_lists(closed, load_catalog())
    assert fact.normalized == 4 and fact.status == "found" and any("不一致" in r for r in fact.reasons)
    assert fact.confidence < 0.85  # three numbered items under 「共4项」: a doubt


def test_storage_and_server_tiles_of_a_resource_monitor():
    """h9: a 资源监控 screenshot's tiles 「已用存储Used」 「公有云存储Public」 「云服务器VMs」 「公有云实例 Public VMs」
    name 存储工业数据量, 公有云数据总量, 平台实际用云量 and 平台公有云实际使用数量; a rate or capacity does not."""
    from assistant.catalog.vocabulary import caption_field

    assert caption_field("已用存储Used") == "stored_industrial_data"
    assert caption_field("公有云存储Public") == "public_cloud_data"
    assert caption_field("云服务器VMs") == "cloud_servers_used"
    assert caption_field("公有云实例 Public VMs") == "cloud_servers_public"
    assert caption_field("存储总容量Capacity") == "storage_capacity"
    for other in ("使用率 Usage", "用户存储", "私有云服务器", "服务器算力"):
        assert caption_field(other) is None, other


def test_a_listed_companys_revenue_by_product_with_a_share_column(tmp_path: Path):
    """h11: an annual report's 「营业收入构成（分产品） 单位：元 / 产品 | 2023年 | 占营业收入比重 | 2022年」 with a
    row 「其中：船视宝平台服务」: the platform's revenue, with the doubt that a product line was taken for it."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.platform import read_platform_figures

    table = [["产品", "2023年", "占营业收入比重", "2022年"],
             ["智能交通与智慧城市", "752,067,526.77", "41.20%", "732,868,630.42"],
             ["其中：船视宝平台服务", "65,481,705.33", "3.59%", "48,623,044.71"],
             ["营业收入合计", "1,825,406,618.37", "100.00%", "1,712,309,884.16"]]
    document = read_pdf(flow_pdf(tmp_path / "年度报告（摘录）.pdf", [[
        Line("某某科技股份有限公司 2023年年度报告（摘录）"), Line("营业收入构成（分产品）  单位：元"),
        Grid(table, widths=[150.0, 110.0, 90.0, 110.0])]]))
    facts = {(v.field_id, v.component): v for v in read_platform_figures(document, load_catalog())}
    revenue = facts["revenue", ""]
    assert revenue.normalized == 6548.170533 and revenue.confidence < 0.85
    assert any("视为平台收入" in r for r in revenue.reasons)
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == 4862.304471
    assert len(facts) == 3  # 合计 and the other product lines are the company's


def test_a_rate_in_another_clause_does_not_silence_the_sentences_figure(tmp_path: Path):
    """h10: 「全年平台研发投入1,486.35万元，其中费用化…，研发投入强度13.09%」 and 「平台全年实现利润总额1,684.24万元，
    利润率14.83%」 were dropped whole for naming a rate; the rate's own clause is what says nothing."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.platform import read_platform_figures

    document = read_pdf(flow_pdf(tmp_path / "经营情况说明.pdf", [[
        Line("2023年度工业互联网平台经营情况说明", centred=True),
        Line("二、平台研发投入。全年平台研发投入1,486.35万元，研发投入强度13.09%。"),
        Line("四、平台盈利情况。平台全年实现利润总额1,684.24万元，利润率14.83%。"),
        Line("平台收入占公司营业收入比例为13.16%。")]]))
    facts = {(v.field_id, v.component): v.normalized for v in read_platform_figures(document, load_catalog())}
    assert facts[("rd_investment", "")] == 1486.35
    assert facts[("profit_margin", "平台利润总额（万元）")] == 1684.24
    assert not any(f == "revenue" for f, _c in facts)  # a share is no revenue


def test_a_statement_ends_where_a_table_of_other_heads_begins(tmp_path: Path):
    """h99: 「利润表（简表） | 项目 | 本期金额 | 上期金额」 then, on the next page, a platform note 「项目 | 2020年度 | … | 2023年度」
    with no title of its own — the note's heads had re-headed the 利润表, dated it 2020, and its 利润总额 was read as
    nothing. The statement ends at the other table."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.financial import read_statements

    income = [["项目", "本期金额", "上期金额"], ["营业收入", "1,445,620,500.00", "1,351,923,800.00"],
              ["利润总额", "125,677,400.00", "82,178,000.00"]]
    note = [["项目", "2020年度", "2021年度", "2022年度", "2023年度"], ["营业收入合计", "9,100.00", "9,800.00", "10,300.00", "11,057.70"]]
    path = flow_pdf(tmp_path / "2023年度审计报告（节选）.pdf", [
        [Line("某某股份有限公司"), Line("2023年度审计报告（节选）")],
        [Line("利润表（简表） 单位：元"), Grid(income, widths=[160, 130, 130])],
        [Line("平台业务专项说明 单位：万元"), Grid(note, widths=[110, 80, 80, 80, 80])]])
    facts = {(v.field_id, v.component): v for v in read_statements(read_pdf(path), load_catalog())}
    assert facts["total_profit", ""].value == "125,677,400.00" and facts["total_profit", ""].year == 2023
