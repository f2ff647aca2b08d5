"""Evidence as back offices and finance departments export it (2026-12-04, the shapes the ninth blind
set showed and the product had not read): a served-enterprise list as XLSX with its totals in a cell,
a month-by-month order export closed by 「2023年合计」 and 「近12个月合计」 lines, an APP market page
printed without 序号, and ledgers printed from an ERP (科目余额表 with the platform in a sub-account,
a 部门辅助核算 利润表 kept for the platform). Fixtures are our own, never the blind sets' files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import OTHER_PERIOD
from assistant.evidence.lists import read_lists
from assistant.evidence.period_totals import read_period_totals
from assistant.evidence.platform import read_platform_figures

REGIONS = ["上海", "江苏", "上海", "浙江", "上海"]
SIZES = ["中小企业", "大型企业", "小型", "微型企业", "中型"]


def _enterprise_book(path: Path, rows: int, *, total: int, parts: str, title: str = "平台服务企业名单") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(["序号", "企业名称", "所属行业", "所在地区", "是否付费", "企业规模"])
    for n in range(1, rows + 1):
        sheet.append([n, f"某某制造有限公司{n:03d}", "机械", REGIONS[n % 5], "是" if n % 3 == 0 else "否", SIZES[n % 5]])
    sheet.append([None, f"合计：{total}家"])
    sheet.append([None, parts])
    book.save(path)
    return path


def _read_xlsx(path: Path):
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def test_a_served_enterprise_list_is_counted_and_its_parts_read_twice(tmp_path: Path):
    """40 rows, 「合计：40家」 in a cell, 「其中付费企业：13家；中小企业：32家」 below: the count agrees with
    the 合计, and each part is counted in its column and read from the line — both agree."""
    path = _enterprise_book(tmp_path / "服务企业名单.xlsx", 40, total=40, parts="其中付费企业：13家；中小企业：32家")
    facts = cited_facts(_read_xlsx(path), read_lists)
    served = facts["enterprises_served", ""]
    assert served.normalized == 40 and served.status == "found" and served.confidence >= 0.9
    assert served.citations[0].quote == "合计：40家"
    assert facts["enterprises_paying", ""].normalized == 13 and facts["enterprises_paying", ""].confidence >= 0.9
    assert facts["enterprises_served_sme", ""].normalized == 32  # 中小/小型/微型/中型, not 大型
    shanghai = facts["enterprises_served_shanghai", ""]
    assert shanghai.normalized == 24 and shanghai.confidence < 0.9  # the column alone: one reading
    assert {f.scope for f in facts.values()} == {"platform"}


def test_a_list_of_registered_users_with_a_service_status(tmp_path: Path):
    """h38: a back office's 企业用户导出 — every registered user, 「服务状态：服务中 / 仅注册」. All rows are
    the registered users; the served and their parts (付费, 本市, 中小) are counted among those in service."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "企业用户列表"
    sheet.append(["导出时间：2024-07-08 10:40:02 导出人：admin"])
    sheet.append(["序号", "企业名称", "所在地区", "企业规模", "服务状态", "是否付费"])
    for n in range(1, 41):
        served = n % 4 != 0  # 30 in service, 10 only registered
        sheet.append([n, f"某某制造有限公司{n:03d}", REGIONS[n % 5], SIZES[n % 5], "服务中" if served else "仅注册",
                      "是" if served and n % 3 == 0 else "否"])
    book.save(tmp_path / "企业用户导出.xlsx")
    facts = cited_facts(_read_xlsx(tmp_path / "企业用户导出.xlsx"), read_lists)
    assert facts["enterprise_users_registered", ""].normalized == 40
    assert facts["enterprises_served", ""].normalized == 30
    assert facts["enterprises_paying", ""].normalized == sum(1 for n in range(1, 41) if n % 4 and n % 3 == 0)
    in_shanghai = sum(1 for n in range(1, 41) if n % 4 and REGIONS[n % 5] == "上海")
    assert facts["enterprises_served_shanghai", ""].normalized == in_shanghai


def test_an_enterprise_list_whose_lines_disagree_with_its_rows_is_ambiguous_and_a_part_is_a_segment(tmp_path: Path):
    path = _enterprise_book(tmp_path / "名单.xlsx", 40, total=41, parts="其中付费企业：15家")
    facts = cited_facts(_read_xlsx(path), read_lists)
    served, paying = facts["enterprises_served", ""], facts["enterprises_paying", ""]
    assert (served.status, served.normalized) == ("ambiguous", 41) and any("40" in r for r in served.reasons)
    assert (paying.status, paying.normalized) == ("ambiguous", 15)
    part = _enterprise_book(tmp_path / "典型.xlsx", 12, total=12, parts="", title="典型客户名单")
    book = openpyxl.load_workbook(part)
    book.active.insert_rows(1)
    book.active["A1"] = "主要服务企业名单（部分）"
    book.save(part)
    facts = cited_facts(_read_xlsx(part), read_lists)
    assert facts["enterprises_served", ""].scope == "segment"


ORDER_HEADER = "统计月份,订单数,交易额(元),已完成订单"


def _orders_pdf(path: Path, months: list[tuple[str, int]], totals: list[str]) -> Path:
    lines = [Line("mall-admin > 报表中心 > 订单月度统计 导出时间：2024-07-10 09:12:03", size=8), Line(ORDER_HEADER)]
    lines += [Line(f"{month},{count},{count * 1520}.00,{count - 300}", gap=3) for month, count in months]
    lines += [Line(text) for text in totals] + [Line("# 口径：仅统计平台直接订阅产生费用的订单", size=8)]
    return flow_pdf(path, [lines])


@pytest.mark.parametrize("natural_label", ["2023年合计", "2023年自然年合计"])
def test_monthly_orders_closed_by_the_two_readings_the_guidance_names(tmp_path: Path, natural_label: str):
    months = [(f"2023-{m:02d}", 1000 + m) for m in range(1, 13)] + [(f"2024-{m:02d}", 2000 + m) for m in range(1, 7)]
    natural = sum(c for _m, c in months[:12])
    last_twelve = sum(c for _m, c in months[6:])
    path = _orders_pdf(tmp_path / "订单统计.pdf", months,
                       [f"{natural_label},{natural},,", f"近12个月合计(2023-07~2024-06),{last_twelve + 5},,", "2022年合计,9000,,"])
    facts = read_period_totals(read_pdf(path), load_catalog())
    by_period = {f.period: f for f in facts}
    assert set(by_period) == {"2023年自然年", "截至填表日前一年"}  # 2022年合计 is neither
    assert by_period["2023年自然年"].normalized == natural and by_period["2023年自然年"].confidence >= 0.9
    wrong = by_period["截至填表日前一年"]
    assert wrong.normalized == last_twelve + 5 and wrong.confidence < 0.9
    assert any(str(last_twelve) in r for r in wrong.reasons)  # the months do not add up to it: said
    assert wrong.citations[0].quote.startswith("近12个月合计")


def test_a_plain_total_under_one_years_months_is_that_year_and_under_others_nothing(tmp_path: Path):
    months = [(f"2023年{m}月", 500 + m) for m in range(1, 13)]
    path = _orders_pdf(tmp_path / "a.pdf", months, [f"合计,{sum(c for _m, c in months)}"])
    [fact] = read_period_totals(read_pdf(path), load_catalog())
    assert fact.period == "2023年自然年" and fact.normalized == 6078
    path = _orders_pdf(tmp_path / "b.pdf", months[:6], [f"合计,{sum(c for _m, c in months[:6])}"])
    assert read_period_totals(read_pdf(path), load_catalog()) == []  # half a year is no reading


def test_a_plain_total_under_twelve_months_across_two_years(tmp_path: Path):
    """2023-07…2024-06 ends before the deadline's month: the year before the form's date. 2022-07…
    2023-06 (h42's export of 2023-07-03) is neither reading: kept, and said to be so."""
    late = [(f"2023-{m:02d}", 700 + m) for m in range(7, 13)] + [(f"2024-{m:02d}", 800 + m) for m in range(1, 7)]
    path = _orders_pdf(tmp_path / "a.pdf", late, [f"合计,{sum(c for _m, c in late)}"])
    [fact] = read_period_totals(read_pdf(path), load_catalog())
    assert fact.period == "截至填表日前一年" and OTHER_PERIOD not in fact.reasons and fact.confident
    early = [(f"2022-{m:02d}", 600 + m) for m in range(7, 13)] + [(f"2023-{m:02d}", 900 + m) for m in range(1, 7)]
    path = _orders_pdf(tmp_path / "b.pdf", early, [f"合计,{sum(c for _m, c in early)}"])
    [fact] = read_period_totals(read_pdf(path), load_catalog())
    assert fact.period == "2022年7月至2023年6月" and OTHER_PERIOD in fact.reasons
    assert fact.normalized == sum(c for _m, c in early)


def test_an_app_market_page_printed_without_serials_is_counted_against_its_heading(tmp_path: Path):
    header = ["应用", "类别", "订阅数", "上线时间"]
    rows = [[f"排产助手 V{n}.2", "生产制造", f"{100 + n:,}", "2023-03-01"] for n in range(1, 15)]
    subscriptions = sum(100 + n for n in range(1, 15))
    page = [Line("智造云 · 应用中心"), Line("全部应用（14） 已订阅企业可在“我的应用”中查看"),
            Grid([header, *rows, ["合计", "", f"{subscriptions:,}", ""]], ruled=False)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "应用中心.pdf", [page])), read_lists)
    apps = facts["apps_total", ""]
    assert apps.normalized == 14 and apps.confidence >= 0.9 and apps.status == "found"
    assert facts["app_subscriptions", ""].normalized == subscriptions
    # h12: the page's tabs beside the count (「全部应用（84） 公有云部署 私有化部署 最近更新」) read as a
    # header of no rows, and the count it prints was missed; it is read, and cited on its page
    page[1] = Line("全部应用（14） 公有云部署 私有化部署 最近更新")
    apps = cited_facts(read_pdf(flow_pdf(tmp_path / "tabs.pdf", [page])), read_lists)["apps_total", ""]
    assert apps.normalized == 14 and apps.confidence >= 0.9 and "全部应用（14）" in apps.citations[0].quote
    page[1] = Line("热门应用推荐")  # no printed count: the rows alone, doubted
    apps = cited_facts(read_pdf(flow_pdf(tmp_path / "b.pdf", [page])), read_lists)["apps_total", ""]
    assert apps.normalized == 14 and apps.confidence < 0.9 and any("序号" in r for r in apps.reasons)


def test_a_company_ledger_gives_the_platform_sub_accounts_and_nothing_else(tmp_path: Path):
    ledger = [["科目编码", "科目名称", "期初余额", "本期发生额", "本年累计", "期末余额"],
              ["6001", "主营业务收入", "0.00", "5,120,300.00", "61,004,500.00", "0.00"],
              ["6001.01", "设备销售收入", "0.00", "3,000,000.00", "38,204,500.00", "0.00"],
              ["6001.02", "工业互联网平台服务收入", "0.00", "2,120,300.00", "22,800,000.00", "0.00"],
              ["6001.02.01", "平台订阅费", "0.00", "1,000,000.00", "12,000,000.00", "0.00"],
              ["5301.01", "研发支出-平台研发项目", "0.00", "410,000.00", "4,960,000.00", "0.00"],
              ["6401", "主营业务成本", "0.00", "3,880,000.00", "44,100,000.00", "0.00"]]
    page = [Grid(ledger, widths=[60, 130, 75, 75, 80, 75], ruled=False),
            Line("科 目 余 额 表", centred=True),
            Line("核算单位：上海某某科技有限公司 期间：2023年第12期 金额单位：元", size=8)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "科目余额表.pdf", [page])), read_platform_figures)
    assert facts["revenue", ""].normalized == 2280.0 and facts["revenue", ""].confidence >= 0.9
    assert facts["rd_investment", ""].normalized == 496.0
    assert "主营业务收入" not in facts["revenue", ""].citations[0].quote
    half = [page[0], page[1], Line("核算单位：上海某某科技有限公司 期间：2023年第6期 金额单位：元", size=8)]
    assert read_platform_figures(read_pdf(flow_pdf(tmp_path / "半年.pdf", [half])), load_catalog()) == []


def test_a_ledger_kept_for_the_platform_gives_its_revenue_rd_and_profit(tmp_path: Path):
    ledger = [["科目编码", "科目名称", "本期发生额", "本年累计"],
              ["6001", "主营业务收入", "4,200,000.00", "48,000,000.00"],
              ["6051", "其他业务收入", "100,000.00", "1,200,000.00"],
              ["6602.08", "管理费用-研发费用", "800,000.00", "9,100,000.00"],
              ["", "利润总额", "500,000.00", "5,600,000.00"]]
    page = [Grid(ledger, widths=[60, 150, 120, 120], ruled=False), Line("利 润 表（部门辅助核算）", centred=True),
            Line("核算单位：上海某某科技有限公司 部门：平台事业部 期间：2023年12月 金额单位：元", size=8)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "部门利润表.pdf", [page])), read_platform_figures)
    revenue = facts["revenue", ""]
    assert revenue.normalized == 4800.0 and revenue.confidence < 0.9  # 主营业务收入, 其他业务收入 beside it: said
    assert any("其他业务收入" in r for r in revenue.reasons)
    assert facts["rd_investment", ""].normalized == 910.0
    assert {c: v.normalized for (f, c), v in facts.items() if f in ("profit_margin", "roi")} \
        == {"平台利润总额（万元）": 560.0, "平台年利润（万元）": 560.0}
    company = [page[0], page[1], Line("核算单位：上海某某科技有限公司 部门：销售部 期间：2023年12月 金额单位：元", size=8)]
    assert read_platform_figures(read_pdf(flow_pdf(tmp_path / "销售部.pdf", [company])), load_catalog()) == []


def test_a_platform_revenue_kept_month_by_month_gives_the_years_total(tmp_path: Path):
    """「…平台2023年收入统计表」, 单位：元, months down the side by business line with a 小计 column and
    a 合计 row: the 合计 of 小计 is the year's 平台相关营业收入 when the twelve months add up to it."""
    monthly = [[f"2023-{m:02d}", f"{100_000 * m:,}.00", f"{50_000:,}.00", f"{100_000 * m + 50_000:,}.00"]
               for m in range(1, 13)]
    total = sum(100_000 * m + 50_000 for m in range(1, 13))
    grid = [["月份", "平台订阅服务", "远程运维服务", "小计"], *monthly,
            ["合计", f"{7_800_000:,}.00", f"{600_000:,}.00", f"{total:,}.00"]]
    page = [Line("某某工业互联网平台2023年收入统计表", centred=True), Line("单位：元 编制：财务部", size=8),
            Grid(grid, widths=[80, 120, 120, 120], ruled=False)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "收入统计表.pdf", [page])), read_platform_figures)
    revenue = facts["revenue", ""]
    assert revenue.normalized == total / 10_000 and revenue.confidence >= 0.9
    assert revenue.citations[0].quote.startswith("合计")
    grid[-1][-1] = f"{total + 1000:,}.00"  # the months no longer add up: the total, doubted
    page[2] = Grid(grid, widths=[80, 120, 120, 120], ruled=False)
    doubted = cited_facts(read_pdf(flow_pdf(tmp_path / "b.pdf", [page])), read_platform_figures)["revenue", ""]
    assert doubted.confidence < 0.9 and any("不一致" in r for r in doubted.reasons)
    page[0] = Line("某某公司2023年收入统计表", centred=True)  # the company's: not the platform's
    assert read_platform_figures(read_pdf(flow_pdf(tmp_path / "c.pdf", [page])), load_catalog()) == []


def _management_report(path: Path, title: str, months: list[str], this: list[int], prior: list[int],
                       column: str = "本月平台收入") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([title])
    sheet.append(["单位：元"])
    sheet.append(["月份", column, "本年累计", "上年同期累计（重述后）"])
    for index, month in enumerate(months):
        sheet.append([month, f"{this[index]:,}.00", f"{sum(this[:index + 1]):,}.00", f"{sum(prior[:index + 1]):,}.00"])
    sheet.append(["合计", f"{sum(this):,}.00", f"{sum(this):,}.00", f"{sum(prior):,}.00"])
    book.save(path)
    return path


def test_a_monthly_management_report_gives_the_year_and_the_year_before(tmp_path: Path):
    """h47: 「…平台 2023年度月度收入管理报表」, months written 「1月」…「12月」 (the year in the title),
    「本月平台收入 | 本年累计 | 上年同期累计（重述后）」 closed by 合计: the year's 平台相关营业收入 and the
    year before's (its 上年同期累计), each checked against December's running totals."""
    this, prior = [310_000 + 1_000 * m for m in range(12)], [250_000 + 500 * m for m in range(12)]
    months = [f"{m}月" for m in range(1, 13)]
    title = "某某工业互联网平台 2023年度月度收入管理报表"
    facts = cited_facts(_read_xlsx(_management_report(tmp_path / "a.xlsx", title, months, this, prior)),
                        read_platform_figures)
    assert facts["revenue", ""].normalized == sum(this) / 10_000 and facts["revenue", ""].confidence >= 0.9
    assert facts["platform_revenue_2023", "2023年平台营收（万元）"].normalized == sum(this) / 10_000
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].normalized == sum(prior) / 10_000
    assert facts["platform_revenue_2022", "2022年平台营收（万元）"].period.startswith("上年同期累计")
    assert not any(f.startswith("platform_revenue_2021") for f, _c in facts)

    months[11] = "12月份"
    this_wrong = [*this[:11], this[11] + 5_000]  # the 合计 row still says the old total
    path = _management_report(tmp_path / "b.xlsx", title, months, this_wrong, prior)
    book = openpyxl.load_workbook(path)
    book.active.cell(row=16, column=2).value = f"{sum(this):,}.00"
    book.active.cell(row=16, column=3).value = f"{sum(this):,}.00"
    book.save(path)
    doubted = cited_facts(_read_xlsx(path), read_platform_figures)["revenue", ""]
    assert doubted.confidence < 0.9 and any("不一致" in r for r in doubted.reasons)

    company = _management_report(tmp_path / "c.xlsx", "某某科技有限公司 2023年度月度收入管理报表", months, this, prior,
                                 column="本月收入")
    assert read_platform_figures(_read_xlsx(company), load_catalog()) == []  # the company's, not the platform's


def test_statistics_of_the_enterprises_served_give_totals_parts_and_the_breakdown(tmp_path: Path):
    """「行业（附录C） | 服务企业数（家） | 其中付费（家）」 and 「省市 | 服务企业数（家）」 sheets, each closed by
    a 合计 row (one written as text with a separator): the totals, the paying part, the breakdown by
    the keys' appendix, and the 上海 row as 服务本市企业数量. A 合计 the rows do not add up to is doubted."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["行业（附录C）", "服务企业数（家）", "其中付费（家）"])
    for row in (["机械", 500, 120], ["汽车", 300, 80], ["轻工", 200, 40]):
        sheet.append(row)
    sheet.append(["合计", "1,000", 240])
    regions = book.create_sheet("按区域")
    regions.append(["省市", "服务企业数（家）"])
    for row in (["上海", 700], ["江苏", 200], ["浙江", 100]):
        regions.append(row)
    regions.append(["合计", 1000])
    path = tmp_path / "服务企业统计表.xlsx"
    book.save(path)
    values = read_lists(_read_xlsx(path), load_catalog())
    totals = {(v.field_id, v.citations[0].page): v for v in values if v.dimension == "total"}
    assert totals["enterprises_served", 1].normalized == 1000 and totals["enterprises_served", 1].confidence >= 0.9
    assert totals["enterprises_paying", 1].normalized == 240
    assert totals["enterprises_served_shanghai", 2].normalized == 700
    assert {v.component: v.normalized for v in values if v.field_id == "enterprises_served_by_region"} \
        == {"上海": 700, "江苏": 200, "浙江": 100}
    assert {v.component for v in values if v.field_id == "enterprises_served_by_industry"} == {"机械", "汽车", "轻工"}
    regions.cell(row=5, column=2).value = 1100
    book.save(path)
    served = [v for v in read_lists(_read_xlsx(path), load_catalog())
              if v.field_id == "enterprises_served" and v.citations[0].page == 2]
    assert [(v.status, v.normalized) for v in served] == [("ambiguous", 1100)]


def test_an_exports_summary_sheet_of_parts_and_its_list_with_yes_no_columns(tmp_path: Path):
    """h79: an operations export's first sheet 「行业 | 服务企业数 | 其中：付费企业 | 其中：中小企业 | 其中：上海」
    closed by 合计, then the list with 「是否付费」 and 「是否中小企业」 columns of 是/否: every part is read
    from the summary's 合计 row and counted again in the list. A 「其中：上海」 column no row adds up to
    is doubted."""
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "汇总"
    summary.append(["行业", "服务企业数", "其中：付费企业", "其中：中小企业", "其中：上海"])
    for row in (["黑色金属", 6, 3, 5, 2], ["机械", 4, 1, 3, 1]):
        summary.append(row)
    summary.append(["合计", 10, 4, 8, 3])
    listing = book.create_sheet("明细")
    listing.append(["序号", "企业名称", "注册地", "行业", "是否付费", "是否中小企业"])
    for n in range(1, 11):
        listing.append([n, f"某某钢材有限公司{n:02d}", "上海" if n <= 3 else "江苏", "机械" if n > 6 else "黑色金属",
                        "是" if n % 3 == 0 or n == 10 else "否", "否" if n in (1, 2) else "是"])
    path = tmp_path / "服务企业台账导出.xlsx"
    book.save(path)
    values = read_lists(_read_xlsx(path), load_catalog())
    by_page = {(v.field_id, v.citations[0].page): v.normalized for v in values if v.dimension == "total"}
    parts = ("enterprises_served", "enterprises_paying", "enterprises_served_sme", "enterprises_served_shanghai")
    assert {f: by_page.get((f, 1)) for f in parts} == dict(zip(parts, (10, 4, 8, 3), strict=True))
    assert {f: by_page.get((f, 2)) for f in parts} == dict(zip(parts, (10, 4, 8, 3), strict=True))
    summary.cell(row=4, column=5).value = 4
    book.save(path)
    [shanghai] = [v for v in read_lists(_read_xlsx(path), load_catalog())
                  if v.field_id == "enterprises_served_shanghai" and v.citations[0].page == 1]
    assert (shanghai.status, shanghai.normalized) == ("ambiguous", 4)


def test_a_ledgers_cell_stating_the_distinct_paying_customers(tmp_path: Path):
    """h80: a contract ledger exported to Excel ends with a cell 「付费客户（去重）：418家」: the paying
    enterprises as the system counts them. A cell with no unit (「版本：2」) or naming nothing is no figure."""
    from assistant.evidence.figures import read_stated_cells

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["合同编号", "客户名称", "合同金额（元）"])
    for n in range(1, 6):
        sheet.append([f"HT-2023-{n:05d}", f"某某电力有限公司{n}", 1000.5 * n])
    sheet.append(["合计", None, 15007.5])
    sheet.append(["付费客户（去重）：418家"])
    sheet.append(["版本：2"])
    sheet.append(["导出人：张三"])
    path = tmp_path / "平台付费服务合同台账.xlsx"
    book.save(path)
    facts = read_stated_cells(_read_xlsx(path), load_catalog())
    assert [(v.field_id, v.normalized, v.citations[0].quote) for v in facts] == [
        ("enterprises_paying", 418, "付费客户（去重）：418家")]


def test_one_statistics_sheet_by_region_then_by_size_gives_the_total_shanghai_and_the_sme_line(tmp_path: Path):
    """One 统计 sheet of three tables headed 「按区域统计 | 企业数（家）」 (closed by 合计), 「上海市内按区统计」
    (closed by 上海小计: no total of the platform) and 「按企业规模统计（…）」 closed by 「其中：中小微企业合计」:
    the 合计, the 上海 row and the SME line, each checked against its rows; an SME line its rows miss is doubted."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["平台服务企业统计（截至2024年6月30日）"])
    for row in (["按区域统计", "企业数（家）"], ["上海", 610], ["江苏", 250], ["浙江", 140], ["合计", 1000],
                ["上海市内按区统计", "企业数（家）"], ["浦东新区", 400], ["闵行区", 210], ["上海小计", 610],
                ["按企业规模统计（工信部联企业〔2011〕300号）", "企业数（家）"], ["大型", 180], ["中型", 320],
                ["小型", 380], ["微型", 120], ["其中：中小微企业合计", 820]):
        sheet.append(row)
    path = tmp_path / "服务企业统计.xlsx"
    book.save(path)
    totals = {v.field_id: v for v in read_lists(_read_xlsx(path), load_catalog()) if v.dimension == "total"}
    assert {k: (v.normalized, v.status) for k, v in totals.items()} == {
        "enterprises_served": (1000, "found"), "enterprises_served_shanghai": (610, "found"),
        "enterprises_served_sme": (820, "found")}
    assert totals["enterprises_served_sme"].citations[0].quote == "其中：中小微企业合计"
    assert "按企业规模的统计表" in totals["enterprises_served_sme"].reasons[0]
    sheet.cell(row=16, column=2).value = 880
    book.save(path)
    sme = [v for v in read_lists(_read_xlsx(path), load_catalog()) if v.field_id == "enterprises_served_sme"]
    assert [(v.normalized, v.status) for v in sme] == [(880, "ambiguous")]


def test_a_contract_list_naming_its_customers_is_no_list_of_the_enterprises_served(tmp_path: Path):
    """h13: a 合同清单 「序号 | 合同编号 | 客户名称 | 服务内容 | 合同金额（万元）」 of 46 rows was counted as
    46 served enterprises against 8,935 declared: a false error on a clean package."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "合同编号", "客户名称", "服务内容", "所在地区", "合同金额（万元）"])
    for n in range(1, 21):
        sheet.append([n, f"HT-2023-{n:03d}", f"某某钢铁有限公司{n}", "SaaS订阅", "上海", 12.5])
    path = tmp_path / "合同清单.xlsx"
    book.save(path)
    assert not [v for v in read_lists(_read_xlsx(path), load_catalog()) if v.field_id.startswith("enterprises")]


def test_an_unnumbered_list_of_shanghais_enterprises_counts_the_shanghai_part(tmp_path: Path):
    """h12: 「服务本市企业名单.xlsx」 without 序号 (企业名称 | 所属行业 | 所在区 | 是否付费 | 企业规模) and only
    「合计：30家」 under it: its rows are the 服务本市企业数量, and its paying rows no platform figure."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["企业名称", "所属行业", "所在区", "是否付费", "企业规模"])
    for n in range(1, 31):
        sheet.append([f"上海某某塑料有限公司{n}", "轻工", "松江区", "是" if n % 2 else "否", "小型"])
    sheet.append(["合计：30家"])
    path = tmp_path / "服务本市企业名单.xlsx"
    book.save(path)
    values = read_lists(_read_xlsx(path), load_catalog())
    assert [(v.field_id, v.normalized) for v in values] == [("enterprises_served_shanghai", 30)]
    assert values[0].confidence >= 0.9  # the rows and the 合计 agree
    local = tmp_path / "服务企业名单.xlsx"
    book.save(local)
    served = {v.field_id: v for v in read_lists(_read_xlsx(local), load_catalog())}
    assert served["enterprises_served"].normalized == 30 and served["enterprises_paying"].normalized == 15


def test_a_list_of_paying_enterprises_counts_the_paying_part_only(tmp_path: Path):
    """h12: a 「平台付费企业清单.xlsx」 (218 rows) was counted as 实际服务企业数, and its 企业规模 and 所在地区
    columns as the platform's 中小企业 and 本市企业 (two false errors)."""
    path = _enterprise_book(tmp_path / "平台付费企业清单.xlsx", 40, total=40, parts="")
    values = read_lists(_read_xlsx(path), load_catalog())
    assert [(v.field_id, v.normalized) for v in values] == [("enterprises_paying", 40)]


def test_a_column_where_no_row_says_so_gives_no_part(tmp_path: Path):
    """A 所在地区 column of districts (松江区, 闵行区) names no 上海 in any row: that is no count of 0
    Shanghai enterprises, which would be a false error against the declared 服务本市企业数量."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "企业名称", "所在地区", "是否付费", "企业规模"])
    for n in range(1, 11):
        sheet.append([n, f"某某制造有限公司{n}", "松江区", "是", "大型企业"])
    path = tmp_path / "服务企业名单.xlsx"
    book.save(path)
    values = {v.field_id: v.normalized for v in read_lists(_read_xlsx(path), load_catalog())}
    assert values == {"enterprises_served": 10, "enterprises_paying": 10}


def test_a_table_of_firms_one_activity_reached_is_no_count_of_the_served(tmp_path: Path):
    """h30: a 数字化诊断报告's 「企业规模 | 诊断企业数（家）」 closed by 合计 64 had become 实际服务企业数 64 (an error
    against 530): the firms diagnosed are not all the firms served, and a table by 企业规模 gives its SME line only."""
    book = openpyxl.Workbook()
    for row in (["企业规模", "诊断企业数（家）"], ["中型", 22], ["小型", 31], ["微型", 11], ["合计", 64]):
        book.active.append(row)
    book.save(path := tmp_path / "诊断报告.xlsx")
    assert [f for f in read_lists(_read_xlsx(path), load_catalog()) if f.field_id == "enterprises_served"] == []


def test_a_table_nested_in_a_word_cell_is_read_row_by_row(tmp_path: Path):
    """h39: a 运营数据证明 in Word whose 「云资源统计（2024年6月）」 cell holds a table of its own (资源项目 |
    数值, then 平台实际用云量（台） | 1286.00 …): the nested table comes flattened into the cell and its
    figures were never read. A cell of ordinary wrapped lines stays one cell."""
    import docx

    from assistant.evidence.indicator_table import read_indicator_tables
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    document = docx.Document()
    document.add_paragraph("平台运营数据证明")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "云资源统计（2024年6月）"
    inner = outer.cell(0, 1).add_table(rows=4, cols=2)
    for r, (label, value) in enumerate([("资源项目", "数值"), ("平台实际用云量（台）", "1286.00"),
                                         ("存储容量（TB）", "4200.00"), ("存储工业数据量（TB）", "2738.40")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = label, value
    plain = document.add_table(rows=1, cols=2)
    plain.cell(0, 0).text = "说明"
    plain.cell(0, 1).text = "平台于2021年上线\n现有运维人员 112\n运营人员 58"  # wrapped words, no header over them
    path = tmp_path / "运营数据证明.docx"
    document.save(str(path))
    read = read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))
    facts = cited_facts(read, read_indicator_tables)
    got = {field: fact.normalized for (field, _c), fact in facts.items()}
    assert got == {"cloud_servers_used": 1286, "storage_capacity": 4200.0, "stored_industrial_data": 2738.4}
    assert facts["storage_capacity", ""].citations[0].quote == "4200.00"


def test_a_list_grouped_by_a_merged_column_before_its_serials(tmp_path: Path):
    """h53: 「所属行业 | 序号 | 企业名称 | 所在地区 | 企业规模」, the industry merged down each group, a 「石化化工
    小计：3家」 row after it and 「合计：5家」 at the end: no list was read (the 序号 was not the first column)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["平台实际服务企业清单（截至2024年6月30日）"])
    sheet.append(["所属行业", "序号", "企业名称", "所在地区", "企业规模"])
    groups = [("石化化工", ["上海甲化工有限公司", "江苏乙化工有限公司", "上海丙化工有限公司"]),
              ("机械", ["上海丁机械有限公司", "浙江戊机械有限公司"])]
    serial = 0
    for industry, names in groups:
        first = sheet.max_row + 1
        for name in names:
            serial += 1
            sheet.append([industry if serial == 1 or name == names[0] else None, serial, name,
                          name[:2], "中小企业" if serial % 2 else "大型企业"])
        sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row, end_column=1)
        sheet.append([f"{industry} 小计：{len(names)}家"])
    sheet.append(["合计：5家"])
    sheet.append(["注：其中上海市企业3家，中小企业3家。"])
    path = tmp_path / "服务企业清单.xlsx"
    book.save(path)
    facts = cited_facts(_read_xlsx(path), read_lists)
    served = facts["enterprises_served", ""]
    assert served.normalized == 5 and served.confidence >= 0.9
    assert facts["enterprises_served_shanghai", ""].normalized == 3
    assert facts["enterprises_served_sme", ""].normalized == 3


def test_a_region_table_of_the_enterprises_served_without_a_total_gives_its_shanghai_row_doubted(tmp_path: Path):
    """h77: 「按区域统计（其中上海即服务本市企业数）」 over 「区域 | 家」 and six rows, no 合计: the table was dropped
    (nothing to check the rows against), and with it the Shanghai count. Each row is read now, doubted."""
    page = [Line("按区域统计（其中上海即服务本市企业数）"),
            Grid([["区域", "家"], ["上海", "440"], ["江苏", "152"], ["浙江", "110"], ["安徽", "59"]], widths=[150, 80])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "服务企业统计.pdf", [page])), read_lists)
    shanghai = facts["enterprises_served_shanghai", ""]
    assert shanghai.normalized == 440 and shanghai.confidence < 0.9
    assert any("未印合计" in r for r in shanghai.reasons)
    assert facts["enterprises_served_by_region", "江苏"].normalized == 152
    assert ("enterprises_served", "") not in facts  # no total is made up from the rows


def test_a_region_table_listing_the_citys_districts_then_its_subtotal(tmp_path: Path):
    """h87: 「省市/区 | 服务企业数（家） | 其中付费（家）」 lists 上海's districts (「上海-浦东新区」), then 「上海小计」, then the
    other provinces and 合计: the subtotal is no row of the 合计's sum (it was summed twice, and every total doubted)
    and it is 服务本市企业数量, checked against the district rows. A subtotal they do not make is doubted."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["省市/区", "服务企业数（家）", "其中付费（家）"], ["上海-浦东新区", 300, 100], ["上海-闵行区", 120, 30],
                ["上海小计", 420, 130], ["江苏", 250, 60], ["浙江", 130, 10], ["合计", 800, 200]):
        sheet.append(row)
    path = tmp_path / "服务企业分布.xlsx"
    book.save(path)
    totals = {v.field_id: v for v in read_lists(_read_xlsx(path), load_catalog()) if v.dimension == "total"}
    assert {k: (v.normalized, v.status) for k, v in totals.items()} == {
        "enterprises_served": (800, "found"), "enterprises_paying": (200, "found"),
        "enterprises_served_shanghai": (420, "found")}
    sheet.cell(row=4, column=2).value = 450
    sheet.cell(row=7, column=2).value = 830
    book.save(path)
    shanghai = [v for v in read_lists(_read_xlsx(path), load_catalog()) if v.field_id == "enterprises_served_shanghai"]
    assert [(v.normalized, v.status) for v in shanghai] == [(450, "ambiguous")]


def test_a_table_by_greater_region_with_a_column_naming_what_each_takes_in(tmp_path: Path):
    """h87: 「大区 | 包含省市 | 服务企业数（家）」 closed by 合计: the words column says what each key takes in and is
    passed over; the 合计 checked against the rows is 实际服务企业数. 华北/华南 are no 附录F regions: no breakdown."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["大区", "包含省市", "服务企业数（家）"], ["华北", "北京、天津、河北", 410], ["华南", "广东、广西", 190],
                ["合计", "", 600]):
        sheet.append(row)
    path = tmp_path / "服务企业分区统计.xlsx"
    book.save(path)
    values = read_lists(_read_xlsx(path), load_catalog())
    assert [(v.field_id, v.normalized, v.status) for v in values] == [("enterprises_served", 600, "found")]
