"""Shapes of big packages (h46, first met 2026-12-06): a device list printed as text lines whose
通信协议 cells hold a space (「Modbus TCP」, 「OPC UA」), and a 服务企业名单 kept a worksheet per region
beside a 汇总 sheet. Fixtures are written here, not by the blind set."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_list_fixtures import rows_xlsx
from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from extractors.reader import read_file

DEVICES = [("1", "ZG-268301", "高炉热风炉", "冶炼设备", "天津茂博金属制品有限公司", "天津", "私有云", "OPC UA", "3"),
           ("2", "ZG-675685", "连铸机结晶器", "冶炼设备", "江阴博鑫钢材股份有限公司", "江苏", "私有云", "Profinet", "1"),
           ("3", "ZG-708154", "数控折弯机", "机床", "邯郸嘉信建设工程有限公司", "河北", "公有云", "Modbus TCP", "4"),
           ("4", "ZG-647255", "立体仓库堆垛机", "物流设备", "上海瑞信装备有限公司", "上海", "公有云", "MQTT", "6")]


def test_latin_cells_with_a_space_keep_the_columns_in_place(tmp_path: Path):
    header = "序号 设备编号 设备名称 设备类别（附录A） 所属企业 所在地区 接入方式 通信协议 数量"
    lines = [Line("平台接入工业设备明细清单（数量单位：台/套）"), Line(header)]
    lines += [Line(" ".join(row)) for row in DEVICES] + [Line("合计：14 台/套")]
    facts = read_lists(read_pdf(flow_pdf(tmp_path / "设备清单.pdf", [lines])), load_catalog())
    regions = {f.component: f.normalized for f in facts if f.field_id == "devices_by_region"}
    assert regions == {"天津": 3, "江苏": 1, "河北": 4, "上海": 6}  # not 「公有云」 or 「私有云」 as regions
    categories = {f.component: f.normalized for f in facts if f.field_id == "devices_by_category"}
    assert categories == {"冶炼设备": 4, "机床": 4, "物流设备": 6}
    assert [f.normalized for f in facts if f.field_id == "devices_total"] == [14]


HEADER = ["序号", "企业名称", "统一社会信用代码", "所属行业", "所在地区", "企业规模", "是否付费"]


def _sheet(region: str, n: int, paying: int) -> list[list]:
    return [HEADER, *([i, f"{region}示例{i}科技有限公司", f"91310000MA1K{i:06d}", "机械", region,
                       "小型" if i % 2 else "大型", "是" if i <= paying else "否"] for i in range(1, n + 1))]


def _book(path: Path, sheets: dict[str, list[list]]) -> list:
    summary = [["平台服务企业名单汇总（截至2024年6月30日）"], ["项目", "数量（家）"], ["实际服务企业合计", 25],
               ["其中：付费企业", 11]]
    return read_lists(read_file(rows_xlsx(path, {"汇总": summary, **sheets})), load_catalog())


def test_a_list_kept_a_sheet_per_region_is_one_list(tmp_path: Path):
    facts = _book(tmp_path / "服务企业名单.xlsx", {"上海": _sheet("上海", 12, 5), "江苏": _sheet("江苏", 8, 4),
                                                   "其他地区": _sheet("浙江", 5, 2)})
    served = [f for f in facts if f.field_id == "enterprises_served" and f.method == "list_count"]
    whole = [f for f in served if f.scope == "platform"]
    assert [f.normalized for f in whole] == [25] and "3 个分表" in whole[0].reasons[0]
    assert sorted(f.normalized for f in served if f.scope == "segment") == [5, 8, 12]
    assert [f.normalized for f in facts if f.field_id == "enterprises_paying" and f.scope == "platform"
            and f.method == "list_count"] == [11]


def test_sheets_named_for_other_lists_stay_apart(tmp_path: Path):
    """「服务企业」 and 「重点客户」 sheets are two lists, not two parts of one."""
    facts = _book(tmp_path / "企业名单.xlsx", {"服务企业": _sheet("上海", 12, 5), "重点客户": _sheet("上海", 4, 4)})
    served = [f for f in facts if f.field_id == "enterprises_served" and f.method == "list_count"]
    assert all(f.scope == "platform" for f in served) and sorted(f.normalized for f in served) == [4, 12]


def _killer_page(path: Path) -> Path:
    return flow_pdf(path, [[
        Line("杀手锏工业APP运营数据说明", size=14),
        Line("杀手锏工业APP指平台上订阅用户数最多的5个工业APP。统计期2023年7月至2024年6月，杀手锏APP日活次数"),
        Line("近一年平均52,760次，杀手锏APP月平均收入96.42万元。"),
        Grid([["排名", "APP名称", "订阅数量（个）", "日均在线用户（个）"], ["1", "智能排产助手", "1,617", "1,339"],
              ["2", "能耗监测", "1,200", "993"], ["3", "质量追溯", "939", "777"], ["合计", "", "3,756", "3,109"]],
             widths=[60, 150, 110, 110])]])


def test_a_killer_apps_table_is_read_as_the_killer_apps(tmp_path: Path):
    """h46: the columns of a table under 「杀手锏工业APP运营数据说明」 are the killer APPs' figures, not
    all APPs' subscriptions; a typed page that only says 在线 is no screenshot."""
    from assistant.evidence.column_totals import read_column_totals
    from assistant.package.classify import classify
    from assistant.package.model import FileRole

    document = read_pdf(_killer_page(tmp_path / "3.4.2 杀手锏工业APP运营数据说明.pdf"))
    facts = {f.field_id: f.normalized for f in read_column_totals(document, load_catalog())}
    assert facts == {"killer_app_subscriptions": 3756, "killer_apps_public_cloud_daily_users": 3109}
    assert classify(document).role == FileRole.other_evidence


def test_the_killer_apps_averages_said_in_prose(tmp_path: Path):
    """「杀手锏APP日活次数近一年平均52,760次，杀手锏APP月平均收入96.42万元」: averages are these
    indicators' own words, and 「近一年」 is no figure."""
    from assistant.evidence.prose import read_prose_figures

    facts = {f.field_id: f.normalized for f in read_prose_figures(read_pdf(_killer_page(tmp_path / "k.pdf")), load_catalog())}
    assert facts.get("killer_apps_daily_active_times") == 52760
    assert facts.get("killer_apps_monthly_revenue") == 96.42


def test_a_years_months_of_daily_running_closed_by_their_mean(tmp_path: Path):
    """「统计月份 | 公有云设备日均运行数量（台/套）」, twelve months, 「近12个月日均 | 5209」: the mean is the
    indicator, confident when the months make it; a registered-users caption with 「（含未开通服务）」 too."""
    from assistant.catalog.vocabulary import caption_field
    from assistant.evidence.monthly_average import read_monthly_average

    months = [5479, 5268, 5324, 5246, 5420, 5185, 5436, 5062, 5234, 5288, 5457, 4109]
    rows = [["统计月份", "公有云设备日均运行数量（台/套）"]]
    rows += [[f"{2023 + (6 + i) // 12}年{(6 + i) % 12 + 1}月", v] for i, v in enumerate(months)] + [["近12个月日均", 5209]]
    [fact] = read_monthly_average(read_file(rows_xlsx(tmp_path / "日均运行统计.xlsx", {"月度": rows})), load_catalog())
    assert (fact.field_id, fact.normalized) == ("devices_public_cloud_daily_running", 5209) and fact.confident
    assert caption_field("平台注册企业用户（含未开通服务）") == "enterprise_users_registered"


def test_an_amount_whose_unit_opens_the_labels_bracket(tmp_path: Path):
    """「工业APP订阅总金额（万元，自运营以来累计） | 4186.35」: the unit and a note share the bracket."""
    from assistant.evidence.indicator_table import read_indicator_tables

    rows = [["项目", "数值"], ["工业APP订阅总数量（个）", 12684], ["工业APP订阅总金额（万元，自运营以来累计）", 4186.35]]
    facts = {f.field_id: f.normalized for f in read_indicator_tables(read_file(rows_xlsx(tmp_path / "订阅统计.xlsx",
                                                                                           {"APP订阅": rows})), load_catalog())}
    assert facts == {"app_subscriptions": 12684, "app_subscription_amount": 4186.35}


def test_a_wrong_page_subtotal_carried_into_the_total(tmp_path: Path):
    """h46: 「本页小计」 on each page, one printed 240 too high and carried into the 合计: the list's rows
    are read too, as a second reading that says which page disagrees."""
    header = "序号 设备编号 设备名称 设备类别（附录A） 所属企业 所在地区 接入方式 通信协议 数量"
    pages, serial = [], 0
    for page_rows, printed in ((3, 13), (3, 253), (3, 13)):  # the second page's rows make 13, its subtotal says 253
        lines = [Line(f"示例科技有限公司 截至2024年6月30日 第 {len(pages) + 1} 页"), Line(header)]
        if not pages:
            lines.insert(1, Line("平台接入工业设备明细清单（数量单位：台/套）"))
        for _ in range(page_rows):
            serial += 1
            n = 4 if serial % 3 else 5
            lines.append(Line(f"{serial} ZG-{100000 + serial} 数控折弯机 机床 示例重工有限公司 上海 私有云 MQTT {n}"))
        lines.append(Line(f"本页小计：{printed} 台/套"))
        pages.append(lines)
    pages[-1].append(Line("合计：279 台/套"))
    facts = [f for f in read_lists(read_pdf(flow_pdf(tmp_path / "设备清单.pdf", pages)), load_catalog())
             if f.field_id == "devices_total"]
    assert sorted(f.normalized for f in facts) == [39, 279]
    rows = next(f for f in facts if f.normalized == 39)
    assert rows.status == "ambiguous" and any("第2页“本页小计”印 253" in r for r in rows.reasons)


def test_a_consoles_caption_whose_unit_says_devices():
    """h46's 设备监控中心: 「公有云接入（台/套）」 counts devices, as its unit says; without the unit it
    names nothing."""
    from assistant.catalog.vocabulary import caption_field

    assert caption_field("公有云接入（台/套）") == "devices_public_cloud"
    assert caption_field("公有云接入") is None
    assert caption_field("在线（台/套）") is None  # a moment, not a count the notice asks


def test_an_app_lists_development_column_gives_its_two_parts(tmp_path: Path):
    """h46: 「序号 | APP名称 | 分类 | 开发方式 | 部署方式」 closed by 「合计：7 个」 and the line 「其中：基于平台开发的
    工业APP 4 个；云化工业软件 3 个；公有云部署 5 个」: each part counted in its column, the line cited when it
    prints the same count."""
    header = ["序号", "APP名称", "分类（附录B）", "开发方式", "部署方式"]
    kinds = ["基于平台开发", "云化工业软件", "基于平台开发", "基于平台开发", "云化工业软件", "基于平台开发", "云化工业软件"]
    clouds = ["公有云", "公有云", "私有化部署", "公有云", "公有云", "私有化部署", "公有云"]
    apps = [[str(n + 1), f"设备巡检APP{n + 1}", "运维服务", kinds[n], clouds[n]] for n in range(7)]
    widths = [30.0, 150.0, 80.0, 90.0, 80.0]
    summary = "其中：基于平台开发的工业APP 4 个；云化工业软件 3 个；公有云部署 5 个"
    document = read_pdf(flow_pdf(tmp_path / "平台工业APP清单.pdf", [
        [Line("某某工业互联网平台工业APP清单"), Grid([header, *apps], widths=widths, ruled=False),
         Line("合计：7 个"), Line(summary)]]))
    facts = {v.field_id: v for v in read_lists(document, load_catalog())}
    assert {f: facts[f].normalized for f in ("apps_total", "apps_platform_native", "apps_cloudified_software",
                                             "apps_public_cloud")} == {"apps_total": 7, "apps_platform_native": 4,
                                                                       "apps_cloudified_software": 3, "apps_public_cloud": 5}
    assert facts["apps_platform_native"].citations[0].quote.startswith("其中：基于平台开发")

    apps[2][3] = "云化工业软件"  # the column now says 3 and 4: the line no longer matches, the rows are cited
    document = read_pdf(flow_pdf(tmp_path / "b.pdf", [
        [Line("某某工业互联网平台工业APP清单"), Grid([header, *apps], widths=widths, ruled=False),
         Line("合计：7 个"), Line(summary)]]))
    facts = {v.field_id: v for v in read_lists(document, load_catalog())}
    assert facts["apps_platform_native"].normalized == 3 and facts["apps_cloudified_software"].normalized == 4
    assert not facts["apps_platform_native"].citations[0].quote.startswith("其中")


def test_a_device_statistics_table_headed_in_english(tmp_path: Path):
    """h52: 「设备类别 | Connected (units) | Public cloud (units) | Daily running (units)」 closed by 「总计 Total」,
    thousands set off by apostrophes: the three counts, each from its column."""
    rows = [["设备类别", "Connected (units)", "Public cloud (units)", "Daily running (units)"],
            ["动力设备", "2’854", "1’866", "1’338"], ["机床", "930", "607", "435"], ["总计 Total", "3’784", "2’473", "1’773"]]
    document = read_pdf(flow_pdf(tmp_path / "接入设备清单.pdf", [[Line("某某平台 接入设备清单"), Grid(rows, widths=[90, 120, 120, 120])]]))
    facts = {v.field_id: v.normalized for v in read_lists(document, load_catalog()) if not v.component}
    assert facts == {"devices_total": 3784, "devices_public_cloud": 2473, "devices_public_cloud_daily_running": 1773}


@pytest.mark.parametrize("width", [130, 60, 75, 85])  # narrower: the header overflows the edge, its cell clipped
def test_a_killer_apps_table_sums_their_monthly_revenue(tmp_path: Path, width: int):
    """h15: 「排名 | 名称 | 简介 | 订阅数量 | 日均在线用户 | 近一年月均收入（万元）」 closed by 「合计 | 3,046 |
    3,412 | 46.85」 under 「杀手锏工业APP说明（订阅用户数前5）」: the revenue column's total is the killer APPs'
    monthly revenue — also when the header cell, printed past the table's edge, is read clipped
    (「近一年月均收入（」) and its unit stands only in the page's line."""
    from assistant.evidence.column_totals import read_column_totals

    rows = [["1", "电机能效在线评估", "986", "1,124", "15.62"], ["2", "智能点检", "742", "856", "9.84"],
            ["合计", "", "1,728", "1,980", "25.46"]]
    path = flow_pdf(tmp_path / f"杀手锏{width}.pdf", [[Line("杀手锏工业APP说明（订阅用户数前5）", size=14),
                                                    Grid([["排名", "名称", "订阅数量", "日均在线用户", "近一年月均收入（万元）"], *rows],
                                                         widths=[40, 120, 70, 80, width])]])
    facts = {f.field_id: f for f in read_column_totals(read_pdf(path), load_catalog())}
    assert facts["killer_app_subscriptions"].normalized == 1728
    assert facts["killer_apps_monthly_revenue"].normalized == pytest.approx(25.46)


def test_a_part_said_to_be_inside_the_total_is_no_total(tmp_path: Path):
    """h74: 「说明：海外设备为…；私有化部署设备9,320台/套已计入接入数量。」 states a part inside the devices connected,
    not their number."""
    from assistant.evidence.prose import read_prose_figures

    page = [Line("说明：海外设备为马来西亚Malaysia158台/套、越南Vietnam118台/套；私有化部署设备9,320台/套已计入接入"),
            Line("数量。")]
    facts = read_prose_figures(read_pdf(flow_pdf(tmp_path / "注.pdf", [page])), load_catalog())
    assert [f for f in facts if f.field_id == "devices_total"] == []
    # 「合计：计入合作平台8个」 is the count itself, a total the list prints
    page = [Line("合计：计入合作平台8个。")]
    facts = read_prose_figures(read_pdf(flow_pdf(tmp_path / "合计.pdf", [page])), load_catalog())
    assert [(f.field_id, f.normalized) for f in facts] == [("partner_platforms", 8)]


def test_a_pages_subtotal_under_a_list_is_no_total(tmp_path: Path):
    """h46: 「本页小计：331 台/套（其中公有云 118 台/套）」 under a device list's page: a page's part of the list, not the
    devices on public cloud."""
    from assistant.evidence.prose import read_prose_figures

    page = [Line("本页小计：331 台/套（其中公有云 118 台/套）")]
    facts = read_prose_figures(read_pdf(flow_pdf(tmp_path / "清单.pdf", [page])), load_catalog())
    assert [f for f in facts if f.field_id.startswith("devices")] == []
