"""Summary tables closed by totals (2026-12-04, the shapes the fourteenth blind set showed): a team
table summed by 「平台团队合计」 and 「运维人员小计」, a cloud's server list summed in 折合标准台 by
resource pool, a storage sheet whose headers name no object (「容量(TB)」) and a table of
indicators with a 合计 column (「资源类型 | 私有云 | 公有云区 | 合计」). Fixtures are our own."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.column_totals import read_column_totals


def _read_xlsx(path: Path):
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def _book(path: Path, sheets: dict[str, list[list]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


TEAM = [["部门", "在岗人数", "其中具备中高级职称或从业资格", "归属"],
        ["研发一部", 31, 22, "运维"], ["基础设施组", 18, 11, "运维"], ["行业运营部", 25, 9, "运营"],
        ["销售与商务", 16, 4, "运营"],
        ["运维人员小计", 49, 33, "运维"], ["运营人员小计", 41, 13, "运营"], ["平台团队合计", 90, 46, None]]


def test_a_team_table_gives_the_team_its_parts_and_the_qualified(tmp_path: Path):
    facts = cited_facts(_read_xlsx(_book(tmp_path / "人员.xlsx", {"平台人员": TEAM})), read_column_totals)
    got = {field: fact.normalized for (field, _c), fact in facts.items()}
    assert got == {"staff_total": 90, "staff_ops_maintenance": 49, "staff_operations": 41, "staff_qualified": 46}
    assert facts["staff_total", ""].citations[0].quote == "90"
    assert all(f.scope == "platform" and f.confidence >= 0.8 for f in facts.values())


def test_a_team_table_by_the_notices_two_roles_gives_each_roles_head_count(tmp_path: Path):
    """h75: 「岗位类别 | 人数 | 其中：有技术职称/从业资格」 with a row per role, 「运维（含日常基础运维、迭代开发、
    优化升级） | 138 | 97」 and 「运营（含日常运营、销售、管理） | 76 | 54」, closed by 「合计 | 214 | 151」: the roles'
    rows are the 运维 and 运营 head counts; their 其中 column is a part of a part, no reading."""
    team = [["平台团队人员构成（截至2024年6月30日）"], ["岗位类别", "人数", "其中：有技术职称/从业资格"],
            ["运维（含日常基础运维、迭代开发、优化升级）", 138, 97], ["运营（含日常运营、销售、管理）", 76, 54],
            ["合计", 214, 151]]
    facts = cited_facts(_read_xlsx(_book(tmp_path / "团队.xlsx", {"团队": team})), read_column_totals)
    got = {field: fact.normalized for (field, _c), fact in facts.items()}
    assert got == {"staff_total": 214, "staff_ops_maintenance": 138, "staff_operations": 76, "staff_qualified": 151}
    servers = [["设备类别", "人数"], ["运维设备", 12]]  # a row named 运维设备 is none of the roles
    assert cited_facts(_read_xlsx(_book(tmp_path / "其他.xlsx", {"表": servers})), read_column_totals) == {}


def test_a_server_list_sums_its_pools_and_a_private_part_is_no_reading(tmp_path: Path):
    servers = [["序号", "实例名称", "资源池", "规格", "vCPU", "折合标准台"]]
    servers += [[n, f"ecs-{n:03d}", "公有云" if n % 2 else "私有云", "ecs.g7.2xlarge", 8, 1] for n in range(1, 9)]
    servers += [[None, "公有云小计", "公有云", None, None, 60], [None, "私有云小计", "私有云", None, None, 36.5],
                [None, "合计", None, None, None, 96.5]]
    storage = [["存储类型", "容量(TB)", "已用(TB)", "其中公有云已用(TB)"],
               ["对象存储", 300, 120.5, 100], ["块存储", 212, 90, 12.25], ["合计", 512, 210.5, 112.25]]
    path = _book(tmp_path / "云资源.xlsx", {"云服务器清单": servers, "存储": storage})
    facts = cited_facts(_read_xlsx(path), read_column_totals)
    got = {field: fact.normalized for (field, _c), fact in facts.items()}
    assert got == {"cloud_servers_public": 60, "cloud_servers_used": 96.5, "storage_capacity": 512.0,
                   "stored_industrial_data": 210.5, "public_cloud_data": 112.25}
    # 「容量(TB)」 names no object: read with the sheet's 存储类型, and it says so
    capacity = facts["storage_capacity", ""]
    assert capacity.confidence < 0.85 and any("存储" in r and "未写明对象" in r for r in capacity.reasons)
    assert facts["cloud_servers_public", ""].citations[0].page == 1 and capacity.citations[0].page == 2


def test_storage_in_a_column_without_its_unit_is_no_reading(tmp_path: Path):
    storage = [["存储类型", "容量", "已用"], ["对象存储", 300, 120], ["合计", 300, 120]]
    assert read_column_totals(_read_xlsx(_book(tmp_path / "s.xlsx", {"存储": storage})), _catalog()) == []


def test_a_table_with_a_total_column_reads_each_indicator_row(tmp_path: Path):
    rows = [["资源类型", "私有云", "公有云区", "合计"],
            ["云服务器（折合标准台）", "40.50", "88", "128.50"],
            ["存储容量（TB）", "300.00", "200.00", "500.00"],
            ["已存储数据量（TB）", "150.25", "120.75", "271.00"]]
    page = [Line("附件5 云资源及存储情况"), Grid(rows, widths=[170, 90, 90, 90]),
            Line("注：服务器按8核32G折算标准台。", size=8)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "申报书附件.pdf", [page])), read_column_totals)
    got = {field: fact.normalized for (field, _c), fact in facts.items()}
    # the 公有云区 column gives the public parts; the 私有云 one no storage_capacity of 300
    assert got == {"cloud_servers_used": 128.5, "cloud_servers_public": 88, "storage_capacity": 500.0,
                   "stored_industrial_data": 271.0, "public_cloud_data": 120.75}


def test_an_untabled_team_table_under_its_title_reads_by_position(tmp_path: Path):
    rows = [["岗位类别", "人数", "其中：中高级职称/从业资格"],
            ["运维（含迭代开发）", "60", "41"], ["运营（含销售、管理）", "35", "12"], ["合计", "95", "53"]]
    page = [Line("附件8 平台团队人员情况"), Grid(rows, widths=[200, 80, 160], ruled=False),
            Line("平台建设运营带动新增就业120人。")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "团队.pdf", [page])), read_column_totals)
    assert facts["staff_total", ""].normalized == 95 and facts["staff_qualified", ""].normalized == 53
    assert facts["staff_ops_maintenance", ""].normalized == 60 and facts["staff_operations", ""].normalized == 35
    assert len(facts) == 4  # 新增就业 is no count of the team


def test_totals_of_other_things_say_nothing(tmp_path: Path):
    """A revenue table's 合计, a region table's 上海小计 of enterprises, a bare 小计: none of the
    team's or the cloud's figures."""
    sheets = {"收入": [["业务", "2023年收入（万元）", "人数"], ["订阅", 1200, 10], ["合计", 1200, 10]],
              "区域": [["区域", "服务企业数"], ["浦东", 30], ["上海小计", 30], ["小计", 30]]}
    facts = read_column_totals(_read_xlsx(_book(tmp_path / "x.xlsx", sheets)), _catalog())
    assert facts == []


def _catalog():
    from assistant.catalog.notice import load_catalog

    return load_catalog()


@pytest.mark.parametrize(("caption", "field"), [
    ("其中持证/职称", "staff_qualified"), ("有相关技术职称/从业资格的人数", "staff_qualified"),
    ("中高级职称/从业资格", "staff_qualified"), ("高级工程师及以上职称", None), ("博士学历", None),
    ("公有云折合标准台", "cloud_servers_public"), ("云服务器折合标准台", "cloud_servers_used"),
    ("存储已用", "stored_industrial_data"), ("存储其中公有云已用", "public_cloud_data")])
def test_what_a_summary_tables_headers_name(caption: str, field: str | None):
    """h10: 「高级工程师及以上职称38人」 in a clean package's letter is a part of the qualified staff,
    not their number (read so, it was a false warning)."""
    from assistant.catalog.vocabulary import caption_field

    assert caption_field(caption) == field


def test_an_it_note_with_a_value_column_among_notes(tmp_path: Path):
    """h15: 「资源类别 | 规格/口径 | 数量 | 备注」 — the figures stand in the 数量 column between notes,
    some rows with blank notes — and 「协议族 | 已适配数量（种）」 closed by 「合计 96」."""
    from assistant.evidence.indicator_table import read_indicator_tables

    rows = [["资源类别", "规格/口径", "数量", "备注"],
            ["私有云服务器（折算台）", "按vCPU 32核折算", "30.50", "自有机房"],
            ["公有云云服务器（台）", "ECS 通用型", "18", "政务云"],
            ["平台实际用云量合计（台）", "", "48.50", ""],
            ["存储总容量（TB）", "对象存储+块存储", "800.00", ""],
            ["其中公有云存储数据（TB）", "", "120.40", ""]]
    protocols = [["协议族", "已适配数量（种）", "示例"], ["现场总线", "20", "CANopen"], ["工业以太网", "25", "Modbus TCP"],
                 ["合计", "45", ""]]
    page = [Line("平台云资源情况说明"), Grid(rows, widths=[150, 130, 60, 80]), Line("工业协议适配清单（汇总）"),
            Grid(protocols, widths=[150, 100, 170])]
    document = read_pdf(flow_pdf(tmp_path / "云资源说明.pdf", [page]))
    facts = cited_facts(document, read_indicator_tables)
    got = {field: fact.normalized for (field, _c), fact in facts.items()}
    assert got == {"cloud_servers_public": 18, "cloud_servers_used": 48.5, "storage_capacity": 800.0,
                   "public_cloud_data": 120.4}
    totals = cited_facts(document, read_column_totals)
    assert {k[0]: v.normalized for k, v in totals.items()} == {"protocols_supported": 45}


def test_subscriptions_by_period_closed_by_a_cumulative_row(tmp_path: Path):
    """h17: an APP store's 「期间 | 订阅数量（个） | 订阅金额（元） | 其中：杀手锏APP订阅（个）」 under a title
    row and 「金额单位：元」, closed by 「累计」; a second sheet lists the killer APPs with their own 合计."""
    sheets = {"订阅汇总": [["某某工业互联网平台 工业APP订阅统计（2021.1–2024.6）"], ["金额单位：元"],
                           ["期间", "订阅数量（个）", "订阅金额（元）", "其中：杀手锏APP订阅（个）"],
                           ["2022年", 1500, 3000000, 700], ["2023年", 1800, 4200000, 800],
                           ["累计", 3300, 7200000, 1500]],
              "杀手锏APP": [["排名", "APP名称", "订阅数量（个）"], [1, "质量追溯", 900], [2, "能耗看板", 600],
                            ["合计", None, 1500]]}
    facts = cited_facts(_read_xlsx(_book(tmp_path / "订阅.xlsx", sheets)), read_column_totals)
    got = {(field, fact.citations[0].page): fact.normalized for (field, _c), fact in facts.items()}
    assert got[("app_subscriptions", 1)] == 3300 and got[("app_subscription_amount", 1)] == 720.0
    assert got[("killer_app_subscriptions", 1)] == 1500
    assert ("app_subscriptions", 2) not in got  # the killer APPs' list is no count of all subscriptions


def test_an_app_ledger_ranked_with_its_killer_subtotal_and_its_amount(tmp_path: Path):
    """h82: 「排名 | 工业APP名称 | 累计订阅数量（个） | 累计订阅金额（元） | 是否杀手锏APP」 closed by 「其中：杀手锏APP
    小计」 and 「合计」: 排名 is the ledger's serial, so 工业APP名称 names what the amounts are of; the 其中 row's
    subtotal is the killer APPs' subscriptions, not their amount."""
    rows = [["排名", "工业APP名称", "累计订阅数量（个）", "累计订阅金额（元）", "是否杀手锏APP"],
            [1, "BIM模型轻量化浏览", 1287, 3801701.44, "是"], [2, "设备预测性维护", 1029, 3039588.73, "是"],
            [3, "隐蔽工程影像", 494, 1459238.90, None],
            [None, "其中：杀手锏APP小计", 2316, 6841290.17, None], [None, "合计", 2810, 8300529.07, None]]
    facts = cited_facts(_read_xlsx(_book(tmp_path / "订阅台账.xlsx", {"订阅台账": rows})), read_column_totals)
    got = {field: fact.normalized for (field, _c), fact in facts.items()}
    assert got == {"app_subscriptions": 2810, "killer_app_subscriptions": 2316, "app_subscription_amount": 830.05}


def test_a_killer_apps_sheet_whose_heads_name_a_moment_and_a_year(tmp_path: Path):
    """h92: a 「杀手锏APP」 sheet headed 「APP名称 | 订阅数量（个，截至2024-06-30） | 其中2023年新增订阅」 closed by 合计 — the
    heads were taken for no header (a year in one, a date in the other's bracket): the killer APPs' 3,680 subscriptions."""
    path = _book(tmp_path / "运营数据导出.xlsx", {"杀手锏APP": [
        ["APP名称", "订阅数量（个，截至2024-06-30）", "其中2023年新增订阅"], ["泵站能效优化", 986, 295],
        ["曝气智能控制", 842, 252], ["设备预测性维护", 736, 220], ["合计", 2564, 767]]})
    facts = cited_facts(_read_xlsx(path), read_column_totals)
    assert {k: f.normalized for k, f in facts.items()} == {("killer_app_subscriptions", ""): 2564}
