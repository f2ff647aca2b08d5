"""A public cloud's monthly bill as a proof (h69, first met 2026-12-06): 「公有云资源账单」 prints the customer's
统一社会信用代码 (no business licence for that), 「在用云服务器实例合计：96台」 and 「对象存储已用容量：204.50TB」 (the
platform's public-cloud servers and data, not all its servers and data), and a table of two ECS rows (its parts,
neither of them the total). Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.catalog.vocabulary import caption_field
from assistant.evidence.cloud_scope import public_cloud_scope
from assistant.evidence.indicator_table import read_indicator_tables
from assistant.evidence.prose import read_prose_figures
from assistant.package.classify import classify
from assistant.package.model import FileRole


def _bill(tmp_path: Path, name: str, extra: str = "") -> object:
    rows = [["资源类型", "规格", "数量", "金额（元）"], ["云服务器ECS", "16核64G", "76", "318,240.00"],
            ["云服务器ECS（GPU）", "8核32G+T4", "20", "126,800.00"], ["对象存储OSS", "标准型", "204.50TB", "41,310.00"]]
    return read_pdf(flow_pdf(tmp_path / name, [[
        Line("云服务费用账单"), Line("客户统一社会信用代码：91310114MA1GT2K6XG"),
        Line("计费周期：2024年6月1日至2024年6月30日"), Line("在用云服务器实例合计：96台"),
        Line("对象存储已用容量：204.50TB"), *([Line(extra)] if extra else []), Grid(rows, widths=[140, 100, 80, 100])]]))


def test_a_public_cloud_bill(tmp_path: Path):
    catalog = load_catalog()
    bill = _bill(tmp_path, "3-7 公有云资源账单（2024年6月）.pdf")
    assert classify(bill).role is not FileRole.business_license
    assert [v for v in read_indicator_tables(bill, catalog) if v.field_id == "cloud_servers_used"] == []
    read = read_prose_figures(bill, catalog)
    assert {(v.field_id, v.normalized) for v in read} >= {("cloud_servers_used", 96), ("stored_industrial_data", 204.5)}
    scoped = {(v.field_id, v.normalized) for v in public_cloud_scope(bill, read, catalog)}
    assert {("cloud_servers_public", 96), ("public_cloud_data", 204.5)} <= scoped
    assert not {f for f, _v in scoped} & {"cloud_servers_used", "stored_industrial_data"}


def test_a_bill_of_several_clouds_is_left_as_read(tmp_path: Path):
    catalog = load_catalog()
    bill = _bill(tmp_path, "3-7 公有云资源账单.pdf", extra="含私有云专属宿主机资源")
    read = read_prose_figures(bill, catalog)
    assert public_cloud_scope(bill, read, catalog) == read


def test_used_capacity_is_what_is_stored():
    assert caption_field("对象存储已用容量") == "stored_industrial_data"
    assert caption_field("存储容量") == "storage_capacity" and caption_field("可用容量") is None


def test_a_total_over_its_parts_said_so_stays(tmp_path: Path):
    """h26: 「工业机理模型合计（个） | 392」 then 「其中：行业机理模型 | 157」 in one table: the parts say they are parts, the
    total stays the figure (unlike two ECS rows, neither of which says so)."""
    rows = [["项目", "数量"], ["工业机理模型合计（个）", "392"], ["其中：行业机理模型", "157"], ["其中：数据算法模型", "102"]]
    sheet = read_pdf(flow_pdf(tmp_path / "模型统计.pdf", [[Line("工业机理模型统计"), Grid(rows, widths=[200, 100])]]))
    assert [v.normalized for v in read_indicator_tables(sheet, load_catalog()) if v.field_id == "models_total"] == [392]
