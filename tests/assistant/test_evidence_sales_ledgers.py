"""A sales ledger or an invoice list printing amounts before and after tax (h64, first met 2026-12-06): the
platform's subtotal before tax is the platform's revenue as that record states it — doubted (a contract
signed, an invoice issued, is not revenue recognised), never the 含税 or 价税合计 column, never the 合计 of
all kinds; a subtotal its rows do not reach keeps both numbers. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import TOTAL_MISMATCH
from assistant.evidence.sales_ledgers import read_sales_ledgers

HEAD = ["序号", "合同编号", "客户名称", "合同金额(含税)", "不含税金额", "业务类型"]


def _ledger(tmp_path: Path, subtotal: str) -> list:
    rows = [HEAD, ["1", "HT-001", "上海甲公司", "474,504.83", "447,646.07", "平台服务"],
            ["2", "HT-002", "上海乙公司", "397,668.59", "375,159.05", "平台服务"],
            ["", "小计：平台服务", "2份", "872,173.42", subtotal, "平台服务"],
            ["3", "HT-003", "上海丙公司", "246,081.07", "217,770.86", "硬件销售"],
            ["", "小计：硬件销售", "1份", "246,081.07", "217,770.86", "硬件销售"],
            ["", "合计", "3份", "1,118,254.49", "1,040,575.98", ""]]
    pdf = flow_pdf(tmp_path / subtotal / "2023年度销售合同台账.pdf", [[
        Line("示例科技有限公司2023年度销售合同台账（单位：元）"), Grid(rows, widths=[30, 70, 90, 90, 90, 60], size=8)]])
    return read_sales_ledgers(read_pdf(pdf), load_catalog())


def test_the_platforms_subtotal_before_tax(tmp_path: Path):
    values = _ledger(tmp_path, "822,805.12")
    assert {(v.field_id, v.normalized) for v in values} == {("revenue", 82.280512), ("platform_revenue_2023", 82.280512)}
    revenue = next(v for v in values if v.field_id == "revenue")
    assert revenue.scope == "platform" and revenue.confidence < 0.8 and revenue.status == "found"
    assert "签约口径" in revenue.reasons[0] and "822,805.12" in revenue.citations[0].quote


def test_a_subtotal_its_rows_do_not_reach(tmp_path: Path):
    revenue = next(v for v in _ledger(tmp_path, "919,105.12") if v.field_id == "revenue")
    assert revenue.status == "ambiguous" and revenue.note.startswith(TOTAL_MISMATCH) and "822,805.12" in revenue.note


def test_an_invoice_lists_text_lines(tmp_path: Path):
    pdf = flow_pdf(tmp_path / "开票明细.pdf", [[
        Line("增值税专用发票开票明细表（2023年1月1日—2023年12月31日）"), Line("销售方：示例科技有限公司 单位：元"),
        Line("序号 发票号码 开票日期 购买方名称 服务名称 税率 金额 税额 价税合计"),
        Line("1 31640101 2023-01-19 上海甲公司 *信息技术服务*平台订阅服务费 6% 447,646.07 26,858.76 474,504.83"),
        Line("平台服务小计 1张 447,646.07 26,858.76 474,504.83"),
        Line("2023年度合计 1张 447,646.07 26,858.76 474,504.83")]])
    values = read_sales_ledgers(read_pdf(pdf), load_catalog())
    assert {(v.field_id, v.normalized) for v in values} == {("revenue", 44.764607), ("platform_revenue_2023", 44.764607)}
    assert "开票口径" in values[0].reasons[0]


def test_a_platform_subtotal_over_two_platform_kinds(tmp_path: Path):
    """The rows of 平台订阅 and 平台运维 together make 「小计：平台服务」: no mismatch."""
    rows = [HEAD, ["1", "HT-001", "上海甲公司", "474,504.83", "447,646.07", "平台订阅"],
            ["2", "HT-002", "上海乙公司", "397,668.59", "375,159.05", "平台运维"],
            ["", "小计：平台服务", "2份", "872,173.42", "822,805.12", ""],
            ["", "合计", "2份", "872,173.42", "822,805.12", ""]]
    pdf = flow_pdf(tmp_path / "2023年度销售合同台账.pdf", [[
        Line("示例科技有限公司2023年度销售合同台账（单位：元）"), Grid(rows, widths=[30, 70, 90, 90, 90, 60], size=8)]])
    revenue = next(v for v in read_sales_ledgers(read_pdf(pdf), load_catalog()) if v.field_id == "revenue")
    assert revenue.status == "found" and revenue.normalized == 82.280512 and not revenue.note
