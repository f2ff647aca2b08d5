"""Workbooks as operators export them (h25 and h26's clean packages, first met 2026-12-05): a table
by 省市区域 whose 序号 starts again for the overseas rows after 「小计（境内）」, closed by 「小计（海外）」
and 「总计」; a list on a sheet named as an excerpt (「名录（节选）」). Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import app_workbook, rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from extractors.reader import read_file

HEADER = ["序号", "省市区域", "接入设备数", "其中：公有云接入"]


def _facts(path: Path) -> dict:
    return {(f.field_id, f.component): f for f in read_lists(read_file(path), load_catalog())}


def test_a_serial_that_restarts_after_a_subtotal_is_the_same_tables_next_group(tmp_path: Path):
    rows = [["平台接入设备统计表（单位：台/套）"], HEADER,
            [1, "上海", 1230, 705], [2, "江苏", 583, 333], [3, "湖北", 536, 301], ["小计（境内）", None, 2349, 1339],
            [1, "越南Vietnam", 126, 73], [2, "马来西亚Malaysia", 82, 47], ["小计（海外）", None, 208, 120],
            ["总计", None, 2557, 1459]]
    facts = _facts(rows_xlsx(tmp_path / "设备统计.xlsx", {"汇总": rows}))
    assert facts["devices_total", ""].normalized == 2557 and facts["devices_total", ""].confident
    overseas = facts["devices_overseas", ""]
    assert overseas.normalized == 208 and overseas.confident  # the 小计（海外） row, not a sum with a doubt
    assert facts["devices_public_cloud_by_region", "马来西亚Malaysia"].normalized == 47
    assert facts["devices_by_region", "上海"].normalized == 1230


def test_a_list_on_a_sheet_named_as_an_excerpt_is_a_part(tmp_path: Path):
    names = [["序号", "企业名称", "所属行业", "注册地", "是否付费"],
             *[[i, f"示例企业{i}有限公司", "机械", "上海", "是"] for i in range(1, 6)]]
    facts = _facts(rows_xlsx(tmp_path / "服务企业名录及统计.xlsx", {"统计": [["统计口径", "数量（家）"]],
                                                                  "名录（节选）": names}))
    served = facts["enterprises_served", ""]
    assert served.normalized == 5 and served.scope == "segment"  # five names of an excerpt: no count of all


def test_a_register_of_enterprises_counts_each_credit_code_once(tmp_path: Path):
    """h25: a 服务企业名录 with each enterprise's 合同编号 (a register, not a list of contracts), 37 of
    whose rows repeat a 统一社会信用代码; its statistics sheet prints 合计 beside a 占比 column."""
    register = [["序号", "企业名称", "统一社会信用代码", "所属行业", "注册地", "企业规模", "合同编号"]]
    for i in range(1, 13):
        code = f"91310000MA1K{(i if i <= 10 else i - 10):06d}"  # rows 11 and 12 repeat rows 1 and 2
        register.append([i, f"示例企业{i}有限公司", code, "机械", "上海" if i % 2 else "江苏", "小型", f"HT-2024-{i:04d}"])
    stats = [["所属行业（附录C）", "服务企业数", "占比"], ["机械", 9, "75.0%"], ["电子", 3, "25.0%"], ["合计", 12, "100.0%"]]
    facts = [f for f in read_lists(read_file(rows_xlsx(tmp_path / "名录.xlsx", {"统计": stats, "名录": register})),
                                   load_catalog()) if f.field_id == "enterprises_served"]
    by_page = {f.citations[0].page: f for f in facts}
    assert by_page[2].normalized == 10 and any("重复" in r for r in by_page[2].reasons)
    assert by_page[1].normalized == 12  # the statistics' 合计, read past its 占比 column
    assert all(f.status == "ambiguous" and not f.confident for f in facts)  # the file disagrees with itself


def test_months_written_as_the_first_day_of_each_month_are_months(tmp_path: Path):
    """h25: a monthly orders sheet whose 月份 cells are Excel dates (2023-01-01 …), closed by 「2023年合计」."""
    from datetime import datetime

    from assistant.evidence.period_totals import read_period_totals

    rows = [["月份", "订单数量", "订单金额（万元）"], *[[datetime(2023, m, 1), 3000 + m, 120.5] for m in range(1, 13)],
            ["2023年合计", sum(3000 + m for m in range(1, 13)), 1446.0]]
    document = read_file(rows_xlsx(tmp_path / "订单月度统计.xlsx", {"订单": rows}))
    assert document.tables[0].rows[1][0] == "2023-01-01"
    (orders,) = [f for f in read_period_totals(document, load_catalog()) if f.field_id == "orders_last_year"]
    assert orders.normalized == 36078 and orders.confident


def test_a_trades_words_in_brackets_after_a_category_are_that_category(tmp_path: Path):
    """h26: 「工程机械」 and 「工程机械(水泥/混凝土设备)」 rows are one 附录A category, summed."""
    rows = [["序号", "设备二级分类（附录A）", "接入设备数", "其中：公有云接入"],
            [1, "工程机械", 552, 260], [2, "工程机械(水泥/混凝土设备)", 800, 390], [3, "仪器仪表", 5832, 2830],
            ["合计", None, 7184, 3480]]
    facts = _facts(rows_xlsx(tmp_path / "设备接入统计.xlsx", {"汇总": rows}))
    assert facts["devices_by_category", "工程机械"].normalized == 1352
    assert facts["devices_public_cloud_by_category", "工程机械"].normalized == 650
    assert not [k for k in facts if "水泥" in k[1]]


def test_rows_a_status_column_says_are_withdrawn_are_not_counted(tmp_path: Path):
    """h25's clean package: 277 rows, 9 of them 已下架 「仅供追溯」, 268 APPs."""
    facts = [f for f in read_lists(read_file(app_workbook(tmp_path / "APP清单.xlsx", 20, 3, 20)), load_catalog())
             if f.field_id == "apps_total" and f.method == "list_count" and f.period != "合计"]
    assert [f.normalized for f in facts] == [20]
    assert any("不计入" in r and "3 行" in r for r in facts[0].reasons)



def test_a_printed_total_that_counted_a_renamed_firm_twice_gives_way_to_the_count_without_repeats(tmp_path: Path):
    """h29: 35 rows, the 1st and 10th one firm under its old and new names (one 统一社会信用代码), and
    「合计：35家，其中…上海企业11家」 under them: 34 enterprises (10 in Shanghai), doubted — the printed
    35 had been taken and matched the form's 35."""
    rows = [["序号", "客户名称", "统一社会信用代码", "所属行业", "所在区域"]]
    for i in range(1, 36):
        code = "9131011590RMNXDG4J" if i in (1, 10) else f"91310000MA1K{i:06d}"
        rows.append([i, f"示例企业{i}有限公司", code, "轻工", "上海" if i <= 11 else "江苏"])
    rows += [[], ["合计：35家，其中上海企业11家。"]]
    facts = _facts(rows_xlsx(tmp_path / "服务企业名单.xlsx", {"名单": rows}))
    served, local = facts["enterprises_served", ""], facts["enterprises_served_shanghai", ""]
    assert (served.normalized, served.status) == (34, "ambiguous") and any("重复" in r for r in served.reasons)
    assert (local.normalized, local.status) == (10, "ambiguous")


def test_a_list_of_served_firms_of_one_kind_is_a_part(tmp_path: Path):
    """h30: 「服务专精特新企业名单」 of 3 firms had been compared with the 2,418 enterprises served (an error)."""
    rows = [["平台服务专精特新企业名单"], ["平台服务客户中获专精特新认定的企业如下："],
            ["序号", "客户名称", "所在区", "认定级别", "认定文号"],
            *[[i, f"上海示例精密{i}有限公司", "松江区", "上海市专精特新", f"沪经信企〔2023〕{400 + i}号"] for i in range(1, 4)],
            ["合计3家。"]]
    served = _facts(rows_xlsx(tmp_path / "3-10 服务专精特新企业名单.xlsx", {"名单": rows}))["enterprises_served", ""]
    assert served.normalized == 3 and served.scope == "segment"


def test_one_name_twice_with_other_particulars_is_two_firms_the_same_row_twice_is_one(tmp_path: Path):
    """h89's clean list: 「上海泰达工业有限公司」 twice, one in 电力、热力和燃气 and one in 机械 — the list tells them apart
    (no credit code to say otherwise), so 12 rows are 12 firms, as its own 统计 sheet and the form say; the same
    firm listed twice with the same particulars is still one."""
    def listed(second_industry: str):
        rows = [["序号", "企业名称", "所属行业", "注册地", "是否付费"]]
        for i in range(1, 13):
            name = "上海泰达工业有限公司" if i in (3, 9) else f"示例企业{i}有限公司"
            rows.append([i, name, second_industry if i == 9 else "电力、热力和燃气", "上海", "否"])
        return rows
    facts = _facts(rows_xlsx(tmp_path / "服务企业名单.xlsx", {"明细": listed("机械")}))
    told_apart = facts["enterprises_served", ""]
    assert told_apart.normalized == 12 and not any("重复" in r for r in told_apart.reasons)
    assert facts["enterprises_served_shanghai", ""].normalized == 12  # its parts count them apart too
    twice = _facts(rows_xlsx(tmp_path / "名单2.xlsx", {"明细": listed("电力、热力和燃气")}))["enterprises_served", ""]
    assert twice.normalized == 11 and any("重复" in r for r in twice.reasons)
