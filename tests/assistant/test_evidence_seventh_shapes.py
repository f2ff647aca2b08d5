"""Shapes met in the sixth and seventh blind holdouts (2026-12-03), rebuilt on fixtures of our own
(tests/fixtures/make_unseen_fixtures.py, make_list_fixtures.py; not the eval-set generator):

- a scanned letter that lists its figures as numbered 「label：value」 lines (「1. 注册企业用户数：
  4,728家」), with full-width digits (「７，５０８家」, read by OCR as 「7，508家」) and a reviewer's
  handwritten note after a figure (「已核 约4.4千」), and that words its purpose as 「…说明如下」;
- a 分部信息 note titled 「（1）2023年度报告分部的财务信息（单位：元）」 — the year and the unit in one
  line, set in two fonts so that 1 and 2023 come as pieces of their own — with a 平台业务分部 column;
- a 社会贡献 build-up whose 净利润 row is a part of it, not the platform's profit;
- 研发支出 given only as 费用化支出 and 资本化支出 (two columns with a 本期发生额 row, two rows of a
  years table, or two rows of a two-level 金额 | 占比 header): 研发投入 is their sum;
- a 专项审计 statement with a 行次 column and 本年累计 / 上年同期 headers, as text and as a scan where
  the 行次 and a 同比增长 rate stand in the line among the amounts.
"""

from __future__ import annotations

import pytest
from fixtures.make_list_fixtures import ocr_document
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.vocabulary import (
    AVERAGE_ASSETS_COMPONENT,
    PROFIT_COMPONENT,
    RD_CAPITALIZED_COMPONENT,
    RD_EXPENSED_COMPONENT,
    SOCIAL_CONTRIBUTION_COMPONENT,
)
from assistant.evidence.extractor import _is_letter
from assistant.evidence.financial import read_statements
from assistant.evidence.indicator_table import read_indicator_tables
from assistant.evidence.lists import read_lists
from assistant.evidence.platform import read_platform_figures
from assistant.evidence.platform_items import amount_cells
from assistant.evidence.prose import read_prose_figures
from assistant.evidence.rows import RowCell, document_rows

LETTER = [[
    [("关于平台运营数据的情况说明", 180)],
    [("上海市经济和信息化委员会：", 60)],
    [("现将平台截至2024年6月30日（统计区间2023-07-01至", 60)],
    [("2024-06-30)的用户运营数据说明如下，数据来源于平台运营管理后台：", 60)],
    [("1.", 60), ("注册企业用户数：7，508家", 90), ("已核约4.4千7/8", 330)],
    [("2.其中:实际服务企业数:5，216家", 60)],
    [("3.其中：付费企业数：2,067家", 60)],
    [("4.其中:服务本市企业:1,301家", 60)],
    [("5.其中:服务中小企业:4,006家", 60)],
    [("付费企业指报告期内使用平台付费服务的企业。上述数据真实有效，如有不实，本单位承担相应责任", 60)],
]]


def test_a_letter_of_numbered_label_value_lines_with_full_width_commas_and_a_note():
    document = ocr_document("运营数据说明.pdf", LETTER)
    assert _is_letter(document)  # 「说明如下」, 「如有不实」: read as a letter, not as a dashboard
    found = cited_facts(document, read_prose_figures)
    values = {key[0]: f.normalized for key, f in found.items()}
    assert values == {"enterprise_users_registered": 7508, "enterprises_served": 5216, "enterprises_paying": 2067,
                      "enterprises_served_shanghai": 1301, "enterprises_served_sme": 4006}
    assert found[("enterprise_users_registered", "")].citations[0].quote == "注册企业用户数：7，508家"


SEGMENTS = [Line("财务报表附注（节选）", 12), Line("十二、分部信息", 11),
            Line("（1）2023年度报告分部的财务信息（单位：元）", 10),
            Grid([["项目", "平台业务分部", "电网运维分部", "抵销", "合计"],
                  ["营业收入", "148,334,210.68", "257,028,448.54", "(15,405,286.65)", "389,957,372.57"],
                  ["利润总额", "15,937,432.39", "18,388,581.65", "—", "34,326,014.04"]], widths=[90, 90, 90, 90, 90]),
            Line("（2）2022年度报告分部的财务信息（单位：元）", 10),
            Grid([["项目", "平台业务分部", "电网运维分部", "抵销", "合计"],
                  ["营业收入", "125,951,403.40", "250,611,177.65", "(18,849,450.89)", "357,713,130.16"]],
                 widths=[90, 90, 90, 90, 90])]
RD_COLUMNS = [Line("十三、研发支出（平台业务分部）", 11),
              Grid([["项目", "费用化支出", "资本化支出"], ["人员人工费用", "11,823,112.83", "5,347,256.53"],
                    ["其他相关费用", "7,246,424.00", "2,291,681.37"],
                    ["本期发生额", "19,069,536.83", "7,638,937.90"]], widths=[150, 120, 120]),
              Line("十五、平台业务社会贡献情况", 11),
              Grid([["项目", "金额"], ["工资、奖金、津贴等工资性收入", "20,857,655.52"], ["净利润", "6,067,681.61"],
                    ["社会贡献总额", "26,925,337.13"]], widths=[200, 120])]


def test_a_segment_note_titled_with_its_year_and_unit_and_rd_in_two_columns(tmp_path):
    opinion = [Line("审计报告", 14), Line("我们审计了贵公司2023年12月31日的资产负债表，2023年度的利润表。", 10)]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "audit.pdf", [opinion, SEGMENTS, RD_COLUMNS])),
                        read_platform_figures)
    values = {key: f.normalized for key, f in found.items()}
    assert values[("revenue", "")] == pytest.approx(14833.421068)  # the 平台业务分部 column, not 合计
    assert values[("platform_revenue_2022", "2022年平台营收（万元）")] == pytest.approx(12595.14034)
    assert values[("profit_margin", PROFIT_COMPONENT)] == pytest.approx(1593.743239)  # not the 净利润 of 社会贡献
    assert values[("rd_investment", RD_EXPENSED_COMPONENT)] == pytest.approx(1906.953683)
    assert values[("rd_investment", RD_CAPITALIZED_COMPONENT)] == pytest.approx(763.89379)
    rd = found[("rd_investment", "")]
    assert rd.normalized == pytest.approx(2670.847473)  # 研发投入 = 费用化 + 资本化
    assert {c.page for c in rd.citations} == {3} and len(rd.citations) >= 2
    assert not rd.confident and any("未写年度" in r for r in rd.reasons)  # the year is the report's: doubted


def test_rd_parts_as_rows_of_a_years_table_and_under_a_two_level_header(tmp_path):
    rows = [Line("2.平台业务研发支出、资产及社会贡献（单位：元）", 10),
            Grid([["项目", "2022年度", "2023年度"], ["研发支出—费用化支出", "17,653,683.60", "20,769,039.53"],
                  ["研发支出—资本化支出", "2,859,660.11", "4,766,100.18"]], widths=[170, 120, 120])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "a.pdf", [rows])), read_platform_figures)
    assert found[("rd_investment", "")].normalized == pytest.approx(2553.513971)
    assert found[("rd_investment", "")].confident  # both parts under their year column
    two_level = [Line("表1 平台业务经营数据（单位：万元）", 10),
                 Grid([["项目", "2023年度", "", "2022年度", ""], ["", "金额", "占比", "金额", "占比"],
                       ["平台营业收入", "7,310.79", "25.12%", "5,551.35", "19.86%"],
                       ["平台研发费用化支出", "675.49", "9.24%", "594.43", ""],
                       ["平台研发资本化支出", "362.94", "4.96%", "326.65", ""]], widths=[130, 70, 60, 70, 60])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "b.pdf", [two_level])), read_platform_figures)
    assert found[("rd_investment", "")].normalized == pytest.approx(1038.43)
    assert found[("revenue", "")].normalized == pytest.approx(7310.79)


def test_rd_given_whole_is_not_replaced_by_its_parts(tmp_path):
    rows = [Line("平台业务经营情况（单位：万元）", 10),
            Grid([["项目", "2023年度"], ["平台研发投入", "1,100.00"], ["其中：费用化支出", "700.00"],
                  ["其中：资本化支出", "400.00"]], widths=[170, 120])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "a.pdf", [rows])), read_platform_figures)
    direct = [f for (field, component), f in found.items() if field == "rd_investment" and not component]
    assert [f.normalized for f in direct] == [pytest.approx(1100.0)]


def test_a_number_and_a_year_set_apart_in_a_title_are_no_amounts():
    cells = [(k, RowCell(text, None)) for k, text in enumerate(["（", "1", "）", "2023", "年度报告分部的财务信息（单位：元）"])]
    assert amount_cells(cells) == []
    row = [(k, RowCell(text, None)) for k, text in enumerate(["营业收入", "148,334,210.68", "2023"])]
    assert [c.text for _k, c in amount_cells(row)] == ["148,334,210.68", "2023"]


def test_a_special_audit_statement_with_a_line_number_column_and_year_to_date_headers(tmp_path):
    page = [Line("平台业务收入、成本及利润情况表", 12), Line("编制单位：某公司    金额单位：万元", 9),
            Grid([["项目", "行次", "本年累计（2023年度）", "上年同期（2022年度）"],
                  ["一、平台业务收入", "1", "13,906.52", "11,247.18"], ["四、平台研发投入", "8", "2,684.39", "2,308.58"],
                  ["五、平台利润总额", "11", "1,927.16", "1,618.81"]], widths=[150, 50, 120, 120])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "鉴证.pdf", [page])), read_platform_figures)
    values = {key: f.normalized for key, f in found.items()}
    assert values[("revenue", "")] == pytest.approx(13906.52)
    assert values[("platform_revenue_2022", "2022年平台营收（万元）")] == pytest.approx(11247.18)
    assert values[("rd_investment", "")] == pytest.approx(2684.39)
    assert values[("profit_margin", PROFIT_COMPONENT)] == pytest.approx(1927.16)


SCANNED_SPECIAL_AUDIT = [[
    [("平台业务收入、成本及利润情况表", 200)], [("金额单位：万元", 60)],
    [("项目", 80), ("行次", 220), ("本年累计（2023年度）", 300), ("上年同期（2022年度）", 440)],
    [("一、平台业务收入", 60), ("1", 225), ("52,318.64", 330), ("44,906.85", 470)],
    [("四、平台研发投入", 60), ("8", 225), ("8,615.32", 335), ("7,409.18", 475)],
    [("附表：平台业务收入历年情况", 200)],
    [("年度", 97), ("平台业务收入", 218), ("同比增长", 377)],
    [("2021年度", 98), ("38,415.27", 332), ("20.70%", 460)],
    [("2020年度", 98), ("31,826.40", 331)],
]]


def test_a_scanned_statement_whose_lines_hold_a_line_number_and_a_rate_among_the_amounts():
    found = cited_facts(ocr_document("专项审计（扫描）.pdf", SCANNED_SPECIAL_AUDIT), read_platform_figures)
    values = {key: f.normalized for key, f in found.items()}
    assert values[("revenue", "")] == pytest.approx(52318.64)  # not the 行次 1
    assert values[("platform_revenue_2022", "2022年平台营收（万元）")] == pytest.approx(44906.85)
    assert values[("rd_investment", "")] == pytest.approx(8615.32)
    assert values[("platform_revenue_2021", "2021年平台营收（万元）")] == pytest.approx(38415.27)  # not the rate


def test_main_business_revenue_printed_under_the_total_revenue(tmp_path):
    page = [Line("利润表（简表）", 12), Line("编制单位：某公司    2023年度    单位：元", 9),
            Grid([["项目", "本期金额", "上期金额"], ["一、营业总收入", "989,690,419.16", "942,472,544.67"],
                  ["其中：主营业务收入", "951,625,403.04", "906,223,600.65"], ["二、利润总额", "77,232,704.56", "69,509,434.10"]],
                 widths=[170, 130, 130])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "audit.pdf", [page])), read_statements)
    main = found[("main_business_revenue", "")]
    assert main.normalized == pytest.approx(95162.540304) and main.scope == "company"
    assert not main.confident  # the form may mean 营业收入 by it
    assert found[("main_business_revenue", "营业收入（万元）")].normalized == pytest.approx(98969.041916)


def test_a_back_office_export_of_coded_indicators(tmp_path):
    # holdout 7: 「指标编码 | 指标名称 | 数值 | 单位 | 口径说明」 exported from the platform's back office.
    page = [Line("平台运营后台 数据导出    导出时间：2024-07-06 14:22:08", 10),
            Grid([["指标编码", "指标名称", "数值", "单位", "口径说明"],
                  ["DEV_PUB_TOTAL", "公有云接入设备数", "29340", "台(套)", "截至2024-06-30，状态=已激活"],
                  ["DEV_UTIL", "设备利用率", "83.88%", "比率", "0~1之间，导出为小数"],
                  ["APP_SUB_AMT", "APP订阅累计金额", "2588.00", "万元", "自上线以来累计（含税）"]],
                 widths=[90, 110, 60, 50, 160])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "export.pdf", [page])), read_indicator_tables)
    values = {key[0]: f.normalized for key, f in found.items()}
    assert values == {"devices_public_cloud": 29340, "app_subscription_amount": 2588.0, "device_utilization": 83.88}
    assert not found[("device_utilization", "")].confident  # 设备利用率 in the operator's words: its 口径 in doubt


def test_a_social_contribution_build_up_by_year_and_a_numbered_table_title(tmp_path):
    # holdout 7: 「表2 平台业务资产及社会贡献（2023年度，单位：万元）」 drawn in pieces (表 | 2 | …), then
    # 「社会贡献构成 | 工资性收入 | … | 净利润 | 社会贡献总额」 over a row 「2023年度 | … | 2,952.47」.
    page = [Line("表2 平台业务资产及社会贡献（2023年度，单位：万元）", 10),
            Grid([["项目", "期初", "期末", "平均"], ["平台业务资产总额", "10,069.05", "11,350.92", "10,709.99"]],
                 widths=[150, 90, 90, 90]),
            Grid([["社会贡献构成", "工资性收入", "利息净额", "净利润", "社会贡献总额"],
                  ["2023年度", "1,476.24", "59.05", "590.49", "2,952.47"]], widths=[100, 80, 80, 80, 90])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "b.pdf", [page])), read_platform_figures)
    values = {key: f.normalized for key, f in found.items()}
    assert values[("social_contribution_rate", SOCIAL_CONTRIBUTION_COMPONENT)] == pytest.approx(2952.47)
    assert values[("social_contribution_rate", AVERAGE_ASSETS_COMPONENT)] == pytest.approx(10709.99)
    assert ("profit_margin", PROFIT_COMPONENT) not in values  # the 净利润 of the build-up is no platform profit
    cells = [(k, RowCell(text, None)) for k, text in enumerate(["表", "2", "平台业务资产及社会贡献（", "2023", "年度"])]
    assert amount_cells(cells) == []


def test_a_phone_photo_taken_askew_is_read_along_its_lines(tmp_path):
    # holdout 6: a photo of a printed 「指标 | 数值 | 单位」 table turned 3.5°: a value stood lower than its
    # caption by more than half a line, so no row held both.
    from PIL import Image, ImageDraw, ImageFont

    from eval_sets.generator.fonts import cjk_ttf
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    image = Image.new("RGB", (1400, 800), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(cjk_ttf()), 34)
    rows = [("指标", "数值", "单位"), ("微服务总数", "1,582", "个"), ("工业机理模型", "236", "个"),
            ("平台连接工业设备总数", "52,480", "台/套"), ("存储工业数据量", "2,184.60", "TB")]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            draw.text((80 + c * 520, 120 + r * 110), text, font=font, fill="black")
    path = tmp_path / "IMG_0936.jpg"
    image.rotate(3.5, expand=True, fillcolor="white").save(path, quality=92)
    document = read_file(path, options=ReadOptions(cache_dir=tmp_path / "cache"))
    assert document.pages[0].skew < -2  # lines rise to the right, as PIL's anticlockwise turn leaves them
    lines = [[c.text for c in row.cells] for row in document_rows(document)]
    assert ["微服务总数", "1,582", "个"] in lines and ["工业机理模型", "236", "个"] in lines
    found = cited_facts(document, read_indicator_tables)
    assert {key[0]: f.normalized for key, f in found.items()} == {
        "microservices_total": 1582, "models_total": 236, "devices_total": 52480,
        "stored_industrial_data": 2184.6}  # a storage figure with its TB in a unit cell


def test_a_certificate_list_printed_without_serial_numbers(tmp_path):
    # holdout 6: 类型 | 名称 | 类别 | 专利号/登记号 | 权利人, no 序号, over two pages under a repeated
    # header, totals as lines under it — unread, a planted count error (46 declared, 41 listed) went unseen.
    header = ["类型", "名称", "类别", "专利号/登记号", "权利人"]
    patents = [["专利", f"一种设备状态的监测方法{k}", "发明专利", f"ZL2019100{k:05d}.0", "上海某某科技有限公司"]
               for k in range(7)]
    software = [["软件著作权", f"设备接入平台软件V{k}.0", "软件著作权", f"2021SR{100000 + k}", "上海某某科技有限公司"]
                for k in range(5)]
    first = [Line("平台核心软硬件技术知识产权清单", 12), Grid([header, *patents[:5]], widths=[60, 150, 60, 110, 120])]
    second = [Line("平台核心软硬件技术知识产权清单（续）", 12),
              Grid([header, *patents[5:], *software], widths=[60, 150, 60, 110, 120]),
              Line("专利合计：7项", 10), Line("软件著作权合计：5项", 10)]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "ip.pdf", [first, second])), read_lists)
    patents_fact, software_fact = found[("patents", "")], found[("software_copyrights", "")]
    assert (patents_fact.normalized, software_fact.normalized) == (7, 5)
    assert patents_fact.confident and "专利号/登记号" in patents_fact.reasons[0]  # counted by number, total agrees
    unnumbered = [Line("知识产权清单", 12), Grid([header, *patents[:3]], widths=[60, 150, 60, 110, 120])]
    alone = cited_facts(read_pdf(flow_pdf(tmp_path / "ip2.pdf", [unnumbered])), read_lists)[("patents", "")]
    assert alone.normalized == 3 and not alone.confident  # no 序号 and no total: nothing to check it by


def test_a_letter_in_long_sentences_with_periods_and_an_approximate_figure(tmp_path):
    # holdout 8: 「平台注册企业用户超过1,600家，统计期内(2023年1月1日至2023年12月31日）实际产生服务记录的企业
    # 共计1,048家…上述服务企业中位于本市的有252家…近90天内…」 — a long lead-in, 本市 as 「位于本市的有」, and
    # 「近90天内」 (a period, not an approximation) before a figure.
    letter = [Line("关于平台服务企业及开发者情况的说明", 12),
              Line("截至2023年12月31日，平台注册企业用户超过1,600家，统计期内(2023年1月1日至2023年12月31日）", 9),
              Line("实际产生服务记录的企业共计1,048家，其中签订付费合同并完成结算的付费企业437家。", 9),
              Line("按注册地统计，上述服务企业中位于本市的有252家；近90天内新增的服务中小企业共计38家。特此说明。", 9)]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "letter.pdf", [letter])), read_prose_figures)
    values = {key[0]: f.normalized for key, f in found.items()}
    assert values == {"enterprises_served": 1048, "enterprises_paying": 437, "enterprises_served_shanghai": 252}
    # 超过1,600 is no exact count, and 「新增」 38 is a flow: neither is read


def test_a_bilingual_dashboard_caption_names_its_figure():
    # holdout 8: KPI cards captioned 「Devices Connected 接入设备」, 「Registered Enterprises 注册企业」 over
    # 「12.648万」 and a change 「+3.2%」 — as one OCR box (too long for a caption) or as two.
    from assistant.catalog.notice import load_catalog
    from assistant.catalog.vocabulary import caption_field
    from assistant.evidence.figures import read_figures

    assert caption_field("Devices Connected 接入设备") == "devices_total"
    assert caption_field("Industrial Apps 工业APP") == "apps_total"  # APP is no English word to drop
    assert caption_field("Devices Connected") == "devices_total"  # an English console (h21) names it too
    cards = [[
        [("Devices Connected", 60), ("接入设备", 175), ("Registered Enterprises 注册企业", 400)],
        [("12.648万", 60), ("1,639", 400)],
        [("+3.2%", 60), ("较上月+120", 400)],
    ]]
    values = read_figures(ocr_document("大屏.png", cards, line_height=30), load_catalog())
    found = {v.field_id: v.normalized for v in values}
    assert found == {"devices_total": 126480, "enterprise_users_registered": 1639}


def test_a_note_paragraph_with_last_years_figure_in_an_aside(tmp_path):
    # holdout 8: 「…平台”2023年度实现平台相关营业收入人民币284,179,272.12元（2022年度：人民币226,041,785.29元），
    # 相应发生研发支出人民币56,182,538.17元，实现平台利润总额人民币45,144,182.80元。」 — R&D and profit were
    # dated 2022 by the aside, and 「相应发生研发支出」 named nothing.
    page = [Line("财务报表附注（节选）", 12), Line("（二）分部信息及工业互联网平台业务", 10),
            Line("本公司运营的“某某工业互联网平台”2023年度实现平台相关营业收入人民币284,179,272.12元（2022年", 9),
            Line("度：人民币226,041,785.29元），相应发生研发支出人民币56,182,538.17元，实现平台利润总额人民币", 9),
            Line("45,144,182.80元。上述平台收入已包含在利润表“营业收入”项目中。", 9)]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "note.pdf", [page])), read_platform_figures)
    values = {key: f.normalized for key, f in found.items()}
    assert values[("revenue", "")] == pytest.approx(28417.927212)
    assert values[("platform_revenue_2022", "2022年平台营收（万元）")] == pytest.approx(22604.178529)
    assert values[("rd_investment", "")] == pytest.approx(5618.253817)
    assert values[("profit_margin", PROFIT_COMPONENT)] == pytest.approx(4514.41828)


def test_a_storage_figure_with_its_unit_in_the_label(tmp_path):
    # holdout 8: 「指标 | 数值 | 统计口径」 with 「存储容量(TB) | 1225.00 | 集群总容量」.
    page = [Grid([["指标", "数值", "统计口径"], ["存储容量(TB)", "1225.00", "集群总容量"],
                  ["微服务数量", "919", "2023-12-31快照"]], widths=[150, 80, 150])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "export.pdf", [page])), read_indicator_tables)
    assert {key[0]: f.normalized for key, f in found.items()} == {"storage_capacity": 1225.0, "microservices_total": 919}


def test_a_device_list_counted_in_thousands_with_a_batch_column(tmp_path):
    # holdout 8: 「单位：千台」 above an unruled 接入批次 | 所在省市 | 设备二级分类 | 接入数量 table, 「合计 126.480」.
    # The batch codes (「上海-011」) begin with a place but are no places, and 接入批次 is no count.
    rows = [["接入批次", "所在省市", "设备二级分类", "接入数量"],
            ["上海-011", "上海", "机床", "1.117"], ["上海-012", "上海", "动力设备", "0.782"],
            ["江苏-011", "江苏", "机床", "2.001"], ["合计", "", "", "3.900"]]
    page = [Line("某某工业互联网平台连接工业设备明细（截至2023年12月31日）", 11),
            Line("数据来源：平台设备管理中心导出    单位：千台", 9), Grid(rows, widths=[90, 80, 100, 80], ruled=False)]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "devices.pdf", [page])), read_lists)
    assert found[("devices_total", "")].normalized == 3900
    assert any("千台" in r for r in found[("devices_total", "")].reasons)
    assert found[("devices_by_region", "上海")].normalized == 1899 and found[("devices_by_region", "江苏")].normalized == 2001
    assert found[("devices_by_category", "机床")].normalized == 3118
    assert not any(component.startswith("上海-") for _field, component in found)
