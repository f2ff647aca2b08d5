"""Shapes of audit reports met in a fourth blind holdout (2026-12-03), rebuilt on fixtures of our own
(tests/fixtures/make_unseen_fixtures.py, make_list_fixtures.py; not the eval-set generator):

- statements under 「附表1 公司资产负债表及利润表（摘要）」: a numbered 附表 title;
- a scanned 专项审计表 with years down the side and indicators across, one of them (营业成本) not
  an indicator of the notice: the value columns still line up;
- parts that write no year: a 「项目 | 金额」 table after a 「项目 | 2023年度」 one in the same
  part, a 社会贡献 table closed by a bare 合计 row, an assets sentence — read with a doubt that
  says where the year came from (the part's other table, the report's period), never with
  confidence;
- and from a fifth blind holdout: a platform table after the statements, 「平台资产 | 2023年度」,
  one list of patents then software numbered P01…/S001… closed by a 合计 row per kind.
"""

from __future__ import annotations

import pytest
from fixtures.make_list_fixtures import ocr_document
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.vocabulary import (
    ASSETS_END_COMPONENT,
    ASSETS_START_COMPONENT,
    AVERAGE_ASSETS_COMPONENT,
    SOCIAL_CONTRIBUTION_COMPONENT,
)
from assistant.core.evidence import CONFIDENT
from assistant.evidence.financial import read_statements
from assistant.evidence.lists import read_lists
from assistant.evidence.platform import read_platform_figures
from assistant.evidence.prose import read_prose_figures


def test_statements_under_a_numbered_schedule_title(tmp_path):
    page = [Line("附表1公司资产负债表及利润表（摘要）", 12), Line("单位：元", 9),
            Grid([["项目", "2023年12月31日", "2022年12月31日"], ["货币资金", "12,262,615,568.53", "11,216,805,053.06"],
                  ["资产总计", "68,125,641,978.83", "65,981,206,415.36"]], widths=[170, 160, 160]),
            Grid([["项目", "2023年度", "2022年度"], ["营业收入", "42,387,135,528.13", "43,752,205,785.66"],
                  ["利润总额", "1,623,384,092.49", "1,477,279,560.02"]], widths=[170, 160, 160])]
    company = cited_facts(read_pdf(flow_pdf(tmp_path / "05.pdf", [page])), read_statements)
    assert company[("total_assets", "")].normalized == pytest.approx(6812564.197883)
    assert company[("total_profit", "")].normalized == pytest.approx(162338.409249)
    assert {f.scope for f in company.values()} == {"company"}


SPECIAL_AUDIT = [[  # an image-only page: OCR boxes, one visual line each
    [("附表2 平台业务专项审计表", 200)], [("单位：元", 60)],
    [("年度", 60), ("营业收入", 140), ("营业成本", 230), ("研发费用", 320), ("利润总额", 410), ("净利润", 500)],
    [("2022年度", 60), ("58,932,705.26", 130), ("36,538,249.56", 220), ("9,429,225.86", 310),
     ("7,661,295.16", 400), ("6,435,457.46", 490)],
    [("2023年度", 60), ("69,173,962.79", 130), ("42,887,892.09", 220), ("10,863,482.39", 310),
     ("10,376,132.69", 400), ("8,715,926.99", 490)],
]]


def test_a_scanned_table_of_years_down_the_side_keeps_its_columns_past_one_not_read():
    found = cited_facts(ocr_document("05.pdf", SPECIAL_AUDIT), read_platform_figures)
    values = {key: fact.normalized for key, fact in found.items()}
    assert values[("revenue", "")] == pytest.approx(6917.396279)
    assert values[("rd_investment", "")] == pytest.approx(1086.348239)  # 研发费用, not the 营业成本 beside it
    assert values[("platform_revenue_2022", "2022年平台营收（万元）")] == pytest.approx(5893.270526)
    profit = found[("profit_margin", "平台利润总额（万元）")]
    assert profit.normalized == pytest.approx(1037.613269) and profit.citations[0].quote.endswith("10,376,132.69")
    assert all(f.scope == "platform" and f.confidence >= CONFIDENT for f in found.values())


REPORT_COVER = [Line("上海某某能源服务股份有限公司", 14), Line("2023年度审计报告及平台业务专项说明", 14)]
SOCIAL_WITHOUT_YEAR = [
    Line("二、平台社会贡献情况", 11),
    Grid([["项目", "金额（万元）"], ["工资（含奖金、津贴等工资性收入）", "868.44"], ["净利润", "336.11"],
          ["合计", "1,557.21"]], widths=[260, 160]),
    Line("平台业务资产期初4,120.66万元、期末5,088.30万元，平均资产总额4,604.48万元。", 10)]


def test_a_part_without_a_year_takes_the_reports_period_with_a_doubt(tmp_path):
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "audit.pdf", [REPORT_COVER, SOCIAL_WITHOUT_YEAR])),
                        read_platform_figures)
    social = found[("social_contribution_rate", SOCIAL_CONTRIBUTION_COMPONENT)]  # the bare 合计 row
    assert social.normalized == pytest.approx(1557.21) and social.year == 2023
    assert {key[1]: f.normalized for key, f in found.items() if key[0] == "social_contribution_rate"} == {
        SOCIAL_CONTRIBUTION_COMPONENT: 1557.21, ASSETS_START_COMPONENT: 4120.66, ASSETS_END_COMPONENT: 5088.30,
        AVERAGE_ASSETS_COMPONENT: 4604.48}
    for fact in found.values():
        assert fact.confidence < CONFIDENT and any("按报告期（2023年度）" in r for r in fact.reasons)
    # with no period anywhere, nothing is dated by guess
    assert cited_facts(read_pdf(flow_pdf(tmp_path / "bare.pdf", [SOCIAL_WITHOUT_YEAR])), read_platform_figures) == {}


def test_an_amount_table_takes_the_one_year_of_its_parts_other_table_with_a_doubt(tmp_path):
    page = [Line("附表3 平台社会贡献总额及平均资产", 12), Line("单位：万元", 9),
            Grid([["项目", "2023年度"], ["工资（含奖金、津贴等工资性收入）", "2,016.30"], ["社会贡献总额合计", "3,967.19"]],
                 widths=[260, 160]),
            Grid([["项目", "金额"], ["平台资产年初余额", "12,860.44"], ["平台资产年末余额", "14,325.92"],
                  ["平均资产总额", "13,593.18"]], widths=[260, 160])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "05.pdf", [page])), read_platform_figures)
    average = found[("social_contribution_rate", AVERAGE_ASSETS_COMPONENT)]
    assert average.normalized == pytest.approx(13593.18) and average.year == 2023
    assert average.confidence < CONFIDENT and any("沿用本部分上表的2023年度" in r for r in average.reasons)
    total = found[("social_contribution_rate", SOCIAL_CONTRIBUTION_COMPONENT)]
    assert total.normalized == pytest.approx(3967.19) and total.confidence >= CONFIDENT  # its own table's year


def test_a_platform_table_after_the_statements_neither_joins_nor_rescopes_them(tmp_path):
    # A fifth blind package: 合并利润表 on one page, then 「附注十五、平台业务专项审计表」 and a table
    # headed 「平台资产 | 2023年度」. Taken as the 利润表's continuation, its 平台 made the company's
    # 营业收入 the platform's: two false errors on a clean package.
    statements = [Line("合并利润表（摘要）", 12), Line("单位：元", 9),
                  Grid([["项目", "附注", "2023年度", "2022年度"], ["营业收入", "五、32", "3,386,402,665.06", "3,043,617,291.00"],
                        ["利润总额", "", "214,368,502.59", "192,931,673.18"]], widths=[170, 60, 130, 130])]
    note = [Line("附注十六、平台社会贡献总额及平台资产", 12), Line("单位：元", 9),
            Grid([["社会贡献项目", "2023年度"], ["社会贡献总额", "106,854,066.95"]], widths=[260, 160]),
            Grid([["平台资产", "2023年度"], ["年初资产总额", "386,201,391.40"], ["年末资产总额", "442,765,228.93"],
                  ["平均资产总额", "414,483,303.48"]], widths=[260, 160])]
    document = read_pdf(flow_pdf(tmp_path / "ZM01.pdf", [statements, note]))
    company = cited_facts(document, read_statements)
    assert {f.scope for f in company.values()} == {"company"}
    assert company[("total_profit", "")].normalized == pytest.approx(21436.850259)
    platform = cited_facts(document, read_platform_figures)
    assert platform[("social_contribution_rate", AVERAGE_ASSETS_COMPONENT)].normalized == pytest.approx(41448.330348)
    assert platform[("social_contribution_rate", ASSETS_START_COMPONENT)].normalized == pytest.approx(38620.13914)
    assert all(f.confidence >= CONFIDENT for f in platform.values())  # the header states the year


def test_one_list_of_patents_then_software_numbered_by_letter_closed_by_two_totals(tmp_path):
    # A fifth blind package: 编号 P01… then S001… in one list under one header, a 类别 column, a
    # 「某某设备接入软件」 item (not a device table's header), and the totals only at the end:
    # 「合计 | 专利 | 3项」, 「合计 | 软件著作权 | 4项」.
    header = ["编号", "类别", "名称", "专利号/登记号", "授权/登记日"]
    patents = [["P01", "发明专利", "一种轴承剩余寿命预测方法", "ZL202011007919.1", "2021-02-06"],
               ["P02", "实用新型", "一种设备点检路径规划方法", "ZL202211023757.3", "2023-04-08"],
               ["P03", "发明专利", "一种电机故障识别方法", "ZL201911039595.5", "2021-06-10"]]
    software = [["S001", "软件著作权", "某某设备接入软件V1.0", "2020SR100000", "2020-01-03"],
                ["S002", "软件著作权", "某某数据中台软件V2.0", "2021SR146423", "2021-02-16"],
                ["S003", "软件著作权", "某某工单管理软件V3.0", "2022SR135710", "2022-11-13"]]
    widths = [50, 70, 190, 120, 80]
    pages = [[Line("知识产权清单（平台核心软硬件技术）", 12), Grid([header, *patents, *software], widths=widths)],
             [Grid([header, ["S004", "软件著作权", "某某备件管理软件V4.0", "2023SR139281", "2023-12-14"],
                    ["合计", "专利", "3项", "", ""], ["合计", "软件著作权", "4项", "", ""]], widths=widths)]]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "ZM04.pdf", pages)), read_lists)
    assert {key[0]: f.normalized for key, f in found.items()} == {"patents": 3, "software_copyrights": 4}
    for fact in found.values():  # counted and printed agree: cited on the 合计 row first
        assert fact.citations[0].page == 2 and "合计" in fact.citations[0].quote
        assert fact.confidence >= CONFIDENT


def test_a_heading_with_its_unit_beside_it_and_a_report_year_stated_after_the_cover(tmp_path):
    # A fifth blind package: 「（三）平台社会贡献总额      金额单位：万元」 on one line over 项目 | 2023年度,
    # then an assets sentence with no year; the cover names no year, the opinion after it does.
    cover = [Line("上海某某造船有限公司", 14), Line("审计报告", 14)]
    opinion = [Line("我们审计了后附的2023年度财务报表，认为其公允反映了贵公司的经营成果。", 10)]
    social = [Grid([["（三）平台社会贡献总额", "金额单位：万元"]], widths=[300, 190], ruled=False),
              Grid([["项目", "2023年度"], ["工资（含奖金、津贴等工资性收入）", "2,148.62"], ["社会贡献总额", "3,783.26"]],
                   widths=[300, 190]),
              Line("平台年初资产总额为15,862.30万元，年末资产总额为17,436.18万元，平均资产总额为16,649.24万元。", 9)]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "audit.pdf", [cover, opinion, social])), read_platform_figures)
    total = found[("social_contribution_rate", SOCIAL_CONTRIBUTION_COMPONENT)]
    assert total.normalized == pytest.approx(3783.26) and total.confidence >= CONFIDENT  # its table states the year
    average = found[("social_contribution_rate", AVERAGE_ASSETS_COMPONENT)]
    assert average.normalized == pytest.approx(16649.24) and any("按报告期（2023年度）" in r for r in average.reasons)


def test_statements_titled_with_both_consolidated_names(tmp_path):
    # A fifth blind package (a scan): 「合并资产负债表及合并利润表（摘要）」 over both parts.
    page = [Line("合并资产负债表及合并利润表（摘要）", 12), Line("单位：元", 9),
            Grid([["项目", "附注", "2023年12月31日", "2022年12月31日"], ["资产总计", "", "586,324,008.53", "551,402,676.45"]],
                 widths=[170, 60, 130, 130]),
            Grid([["项目", "附注", "2023年度", "2022年度"], ["营业收入", "五、32", "4,125,806,565.06", "3,934,560,291.00"],
                  ["利润总额", "", "22,163,502.59", "19,947,173.18"]], widths=[170, 60, 130, 130])]
    company = cited_facts(read_pdf(flow_pdf(tmp_path / "A1.pdf", [page])), read_statements)
    assert company[("total_assets", "")].normalized == pytest.approx(58632.400853)
    assert company[("total_profit", "")].normalized == pytest.approx(2216.350259)
    assert {f.scope for f in company.values()} == {"company"}


def test_two_statements_printed_side_by_side_in_one_table(tmp_path):
    # holdout 4: 「公司资产负债表及利润表（单位：元）」 over one table: 资产负债表项目 | 期末数 | 期初数 |
    # 利润表项目 | 本年数 | 上年数 — each half is its statement.
    page = [Line("公司资产负债表及利润表（单位：元）", 12),
            Grid([["资产负债表项目", "期末数", "期初数", "利润表项目", "本年数", "上年数"],
                  ["货币资金", "44,751,914.53", "36,607,595.06", "营业收入", "184,365,228.13", "151,803,285.66"],
                  ["资产总计", "248,621,678.83", "215,339,015.36", "利润总额", "18,622,992.49", "16,946,959.02"]],
                 widths=[90, 80, 80, 80, 80, 80])]
    company = cited_facts(read_pdf(flow_pdf(tmp_path / "audit.pdf", [page])), read_statements)
    assert company[("total_assets", "")].normalized == pytest.approx(24862.167883)
    assert company[("total_profit", "")].normalized == pytest.approx(1862.299249)
    assert company[("total_profit", "")].citations[0].quote.endswith("18,622,992.49")


def test_platform_assets_under_their_own_amount_header(tmp_path):
    # holdout 4: 「平台资产 | 金额」 under the 社会贡献 table of 「三、平台社会贡献总额及资产情况」.
    page = [Line("三、平台社会贡献总额及资产情况", 12), Line("金额单位：人民币万元", 9),
            Grid([["社会贡献项目", "2023年度"], ["社会贡献总额", "5,986.2004"]], widths=[260, 160]),
            Grid([["平台资产", "金额"], ["年初资产总额", "28,360.5500"], ["年末资产总额", "35,218.7300"],
                  ["平均资产总额", "31,789.6400"]], widths=[260, 160])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "E1.pdf", [page])), read_platform_figures)
    average = found[("social_contribution_rate", AVERAGE_ASSETS_COMPONENT)]
    assert average.normalized == pytest.approx(31789.64) and average.year == 2023 and average.confidence < CONFIDENT


def test_a_letter_with_the_date_before_the_words_and_the_regions_after_the_served(tmp_path):
    # holdout 4: 「…平台截至2024年6月30日累计注册企业用户2,860家，实际服务企业1,735家。实际服务企业中，
    # 上海市642家…」 — the date led the words, and 上海市 stood alone after 「服务企业中，」.
    letter = [Line("平台运营数据说明函", 12),
              Line("我公司联擎5G全链接工厂平台截至2024年6月30日累计注册企业用户2,860家", 10),
              Line("，实际服务企业1,735家。", 10),
              Line("实际服务企业中，上海市642家，中小企业1,402家，付费企业905家。注册企业中，上海市900家。", 10)]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "E6.pdf", [letter])), read_prose_figures)
    values = {key[0]: f.normalized for key, f in found.items()}
    assert values == {"enterprise_users_registered": 2860, "enterprises_served": 1735, "enterprises_served_shanghai": 642,
                      "enterprises_served_sme": 1402, "enterprises_paying": 905}  # 900 is of the registered, not read


def test_a_letter_naming_the_team_and_the_shanghai_part_after_its_total(tmp_path):
    # holdout 4: 「平台团队现有人员156人，其中运维人员92人、运营人员64人」 and 「平台实际服务企业688家，
    # 其中上海市402家、江苏省143家」 — the team had no words of its own; 上海市 followed 其中.
    letter = [Line("平台运营数据证明", 12),
              Line("平台实际服务企业688家，其中上海市402家、江苏省143家。注册企业1,000家，其中上海市300家。", 10),
              Line("平台团队现有人员156人，其中运维人员92人、运营人员64人。研发团队48人。", 10)]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "letter.pdf", [letter])), read_prose_figures)
    values = {key[0]: f.normalized for key, f in found.items()}
    assert values == {"enterprises_served": 688, "enterprises_served_shanghai": 402, "enterprise_users_registered": 1000,
                      "staff_total": 156, "staff_ops_maintenance": 92, "staff_operations": 64}


def test_a_region_table_listing_its_countries_gives_the_overseas_total_with_a_doubt(tmp_path):
    # holdout 4: no 「海外」 row, the country 「印度尼西亚Indonesia | 860」 among the provinces.
    page = [Line("二、按设备所属企业注册地区域", 12),
            Grid([["区域", "接入数量（台/套）", "其中：公有云"], ["上海", "8,206", "1,477"], ["江苏", "8,206", "1,477"],
                  ["印度尼西亚Indonesia", "860", "155"], ["越南Vietnam", "40", "5"], ["合计", "17,312", "3,114"]],
                 widths=[200, 150, 150])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "3-4.pdf", [page])), read_lists)
    overseas = found[("devices_overseas", "")]
    assert overseas.normalized == 900 and overseas.confidence < CONFIDENT
    assert any("按国家行相加" in r for r in overseas.reasons)
    assert found[("devices_total", "")].normalized == 17312


def test_a_country_table_captioned_in_two_languages_gives_the_overseas_devices(tmp_path):
    """h13: a partner's statement in English and Chinese, its table captioned 「Table 1 Industrial equipment
    connected to the platform, by country / 表1 按国家统计接入设备」 (a caption, not a heading) over
    「Country / 国家 | Sites | Devices connected (units) | of which: public cloud | Note 备注」: the table's
    numbers were left unnamed, so the overseas devices it totals were never cited."""
    caption = "Table 1 Industrial equipment connected to the platform, by country / 表1 按国家统计接入设备"
    page = [Line("关于通过平台接入的海外设备情况的说明", 12), Line(caption, 9),
            Grid([["Country / 国家", "Sites", "Devices connected (units)", "of which: public cloud", "Note 备注"],
                  ["越南Vietnam", "9", "126", "81", "剪切线、行车"], ["泰国Thailand", "6", "88", "52", "开平线"],
                  ["印度尼西亚Indonesia", "4", "64", "39", "纵剪线"], ["Total 合计", "19", "278", "172", ""]],
                 widths=[130, 50, 110, 110, 100])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "Overseas Statement.pdf", [page])), read_lists)
    assert found[("devices_overseas", "")].normalized == 278
    assert found[("devices_overseas_by_country", "越南Vietnam")].normalized == 126
    # captioned by what it is not (the sites' staff), the same table names no devices
    page[0], page[1] = Line("关于海外驻场情况的说明", 12), Line("Table 1 Staff on site, by country / 表1 按国家统计驻场人员", 9)
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "Staff.pdf", [page])), read_lists)
    assert ("devices_overseas", "") not in found


def test_a_region_table_closed_by_its_overseas_total_is_not_totalled_by_it(tmp_path):
    """h77: 「区域 | 接入数量 | 其中：公有云 | 公有云日均运行」 by province and country, closed by 「海外合计 | 420 |
    318 | 226」 and no 合计 of its own: the overseas subtotal was read as the table's total (420 devices)."""
    rows = [["区域", "接入数量", "其中：公有云", "公有云日均运行"], ["上海", "1,972", "1,375", "1,007"],
            ["江苏", "3,450", "2,560", "1,909"], ["印度尼西亚Indonesia", "176", "133", "95"],
            ["越南Vietnam", "132", "100", "71"], ["海外合计", "308", "233", "166"]]
    page = [Line("按设备所属企业注册地统计", 12), Grid(rows, widths=[160, 100, 100, 120])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "设备统计.pdf", [page])), read_lists)
    assert found[("devices_overseas", "")].normalized == 308
    assert found[("devices_total", "")].normalized == 1972 + 3450 + 176 + 132


def test_a_table_of_countries_is_totalled_by_its_overseas_total(tmp_path):
    """h15: 「国家 | 接入数量（台/套）」 closed by 「海外合计 | 318」 is a table of the overseas devices: its 海外合计
    is its total, read and checked against the rows (a region table's 海外合计 is not, h77)."""
    page = [Line("表3 海外设备", 12), Grid([["国家", "接入数量（台/套）"], ["新加坡Singapore", "142"], ["希腊Greece", "96"],
                                          ["挪威Norway", "80"], ["海外合计", "318"]], widths=[160, 120])]
    found = cited_facts(read_pdf(flow_pdf(tmp_path / "海外设备.pdf", [page])), read_lists)
    overseas = found[("devices_overseas", "")]
    assert overseas.normalized == 318 and overseas.confidence >= 0.9 and overseas.status == "found"
