"""Revenue proven by a contract ledger (h29, first met 2026-12-05): 「合同编号 | 客户名称 | 合同金额(元)
| 2023年确认收入(元) | 开票金额(元)」 closed by 合计 — the 确认收入 column's 合计 is the platform's revenue
of the year, never the 合同金额 or the 开票金额; a 合计 its rows do not reach is doubted and reported.
Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.contracts import read_contract_ledgers
from extractors.reader import read_file

HEADER = ["序号", "合同编号", "客户名称", "合同名称", "签订日期", "合同金额(元)", "2023年确认收入(元)", "开票金额(元)"]
ROWS = [[1, "PT-2022-031", "示例航运有限公司", "远程运维服务合同", "2022-06-28", 3826600, 1203333.33, 1275533.33],
        [2, "PT-2023-006", "示例能源有限公司", "智能运维平台服务合同", "2023-02-20", 4461540, 1753750, 2230770],
        [3, "PT-2023-058", "示例物流有限公司", "平台年度服务合同", "2023-12-20", 318000, 0, 95400]]


def _ledger(tmp_path: Path, total: float, title: str = "示例平台 2023年度业务合同台账", name: str = "合同台账.xlsx"):
    rows = [[title], ["单位：元（合同金额、开票金额为含税金额，确认收入为不含税金额）"], HEADER, *ROWS,
            ["合计", None, None, None, None, 8606140, total, 3601703.33]]
    return read_contract_ledgers(read_file(rows_xlsx(tmp_path / name, {"台账": rows})), load_catalog())


def test_the_recognised_revenue_columns_total_is_the_platforms_revenue(tmp_path: Path):
    [fact] = _ledger(tmp_path, 2957083.33)
    assert (fact.field_id, fact.normalized, fact.scope, fact.year) == ("revenue", 295.708333, "platform", 2023)
    assert fact.confident and any("3 份合同" in r for r in fact.reasons)
    assert fact.citations[0].page == 1


def test_a_total_the_rows_do_not_reach_is_doubted_and_says_both(tmp_path: Path):
    [fact] = _ledger(tmp_path, 3657083.33)  # 700,000 more than its rows
    assert fact.status == "ambiguous" and not fact.confident
    assert "3,657,083.33" in fact.note or "3657083.33" in fact.note
    assert "2,957,083.33" in fact.note


def test_a_ledger_not_said_to_be_the_platforms_has_no_scope(tmp_path: Path):
    [fact] = _ledger(tmp_path, 2957083.33, title="2023年度销售合同台账", name="台账.xlsx")
    assert fact.scope == "unknown" and any("未写明为平台" in r for r in fact.reasons)


def test_a_list_of_contracts_without_recognised_revenue_says_nothing(tmp_path: Path):
    rows = [["示例平台合同清单（2023年度）"], HEADER[:6], *[r[:6] for r in ROWS],
            ["合计", None, None, None, None, 8606140]]
    assert read_contract_ledgers(read_file(rows_xlsx(tmp_path / "合同.xlsx", {"清单": rows})), load_catalog()) == []


def test_a_users_letter_speaks_of_its_own_part(tmp_path: Path):
    """h29: 「我公司自2022年11月起使用…平台加工中心设备联网服务，共接入剪切线、激光切割机等设备214台（套）」
    on a customer's letterhead was read as the platform's device total (a warning against 38,460)."""
    from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

    from assistant.evidence.prose import read_prose_figures

    user = [[Line("上海示例钢材加工配送有限公司", 12, centred=True), Line("用户使用证明", 14, centred=True),
             Line("我公司自2022年11月起使用示例生态运营平台加工中心设备联网服务，共接入剪切线、激光切割机等设备214台（套）。"),
             Line("特此证明。")]]
    [fact] = read_prose_figures(read_pdf(flow_pdf(tmp_path / "用户使用证明.pdf", user)), load_catalog())
    assert (fact.field_id, fact.normalized, fact.scope) == ("devices_total", 214, "segment")
    own = [[Line("平台运营情况说明", 14, centred=True),
            Line("截至2024年6月30日，我公司平台累计接入工业设备38,460台（套）。"), Line("特此说明。")]]
    [platform] = read_prose_figures(read_pdf(flow_pdf(tmp_path / "情况说明.pdf", own)), load_catalog())
    assert (platform.normalized, platform.scope) == (38460, "platform")



def test_a_developer_communitys_kinds_and_a_long_lead_in(tmp_path: Path):
    """h31's clean package: 「个人开发者3998个，企业开发者1128个，注册开发者总数：5,126个」 — the person
    developers had been read as all registered developers (a warning); 「近30日…登录平台并调用开发工具或
    环境的活跃开发者：1,388个」 was not read at all."""
    from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

    from assistant.evidence.prose import read_prose_figures

    page = [[Line("开发者社区运营数据", 14, centred=True),
             Line("截至2024年6月30日，个人开发者3998个，企业开发者1128个，注册开发者总数：5,126个。"),
             Line("近30日登录平台并调用开发工具或环境的活跃开发者：1,388个。")]]
    facts = {f.field_id: f.normalized for f in read_prose_figures(read_pdf(flow_pdf(tmp_path / "社区.pdf", page)),
                                                                     load_catalog())}
    assert facts == {"developers_registered": 5126, "developers_active": 1388}


def test_a_years_plain_revenue_column_is_read_doubted(tmp_path: Path):
    """h13: 「合同编号 | 客户名称 | 合同金额（万元） | 2023年度收入（万元）」 closed by 合计 — the year's revenue
    from the platform's contracts, read with the doubt that the column does not say it was recognised."""
    header = ["序号", "合同编号", "客户名称", "签订日期", "合同金额（万元）", "2023年度收入（万元）"]
    rows = [[1, "HT-2023-988", "示例食品有限公司", "2023-09-19", 212.00, 177.43],
            [2, "HT-2022-332", "示例烘焙有限公司", "2022-10-15", 102.62, 99.13]]
    sheet = [["示例平台服务合同清单（2023年度）"], header, *rows, ["合计", None, None, None, 314.62, 276.56]]
    [fact] = read_contract_ledgers(read_file(rows_xlsx(tmp_path / "合同清单.xlsx", {"清单": sheet})), load_catalog())
    assert (fact.normalized, fact.scope, fact.year, fact.confident) == (276.56, "platform", 2023, False)
    assert any("未写明为确认收入" in r for r in fact.reasons)
    invoiced = [["示例平台服务合同清单（2023年度）"], [*header[:5], "2023年度开票收入（万元）"], *rows,
                ["合计", None, None, None, 314.62, 276.56]]
    assert read_contract_ledgers(read_file(rows_xlsx(tmp_path / "开票.xlsx", {"清单": invoiced})), load_catalog()) == []
