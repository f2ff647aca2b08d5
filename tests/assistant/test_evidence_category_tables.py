"""A library's summary by category — models (h31's second sheet, first met 2026-12-06), APPs (h43's
scanned 应用统计表): one fact a category, confident when the 合计 adds up, and the 合计 as the total;
no 模型/APP said, a row of something else or a single row give nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from assistant.catalog.notice import load_catalog
from assistant.evidence.category_tables import read_category_tables
from extractors.options import ReadOptions
from extractors.reader import read_file


def _book(tmp_path: Path, header: list[str], rows: list[list], title: str | None = None):
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    ws.append(header)
    for r in rows:
        ws.append(r)
    path = tmp_path / "模型清单.xlsx"
    wb.save(path)
    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


ROWS = [["行业机理模型", 38], ["数据算法模型", 28], ["设备运维模型", 14], ["合计", 80]]


def read_model_categories(document, catalog):
    return [f for f in read_category_tables(document, catalog) if f.dimension == "category"]


def test_each_category_with_its_count(tmp_path: Path):
    facts = read_model_categories(_book(tmp_path, ["模型分类", "数量（个）"], ROWS), load_catalog())
    assert {f.component: f.normalized for f in facts} == {"行业机理模型": 38, "数据算法模型": 28, "设备运维模型": 14}
    assert all(f.confident and f.dimension == "category" and f.citations[0].quote == str(f.normalized) for f in facts)
    [total] = [f for f in read_category_tables(_book(tmp_path, ["模型分类", "数量（个）"], ROWS), load_catalog())
               if f.dimension == "total"]
    assert (total.field_id, total.normalized, total.confident) == ("models_total", 80, True)


def test_a_total_the_rows_do_not_make_leaves_them_doubted(tmp_path: Path):
    facts = read_model_categories(_book(tmp_path, ["分类", "数量"], [*ROWS[:3], ["合计", 81]], title="工业模型分类统计"),
                                  load_catalog())
    assert len(facts) == 3 and not any(f.confident for f in facts) and "80" in facts[0].reasons[1]


def test_other_tables_give_nothing(tmp_path: Path):
    assert read_model_categories(_book(tmp_path, ["分类", "数量"], ROWS), load_catalog()) == []  # 模型 unsaid
    apps = [["研发设计类", 12], ["生产制造类", 30], ["合计", 42]]
    assert read_model_categories(_book(tmp_path, ["模型分类", "数量"], apps), load_catalog()) == []


def test_a_scanned_app_table_beside_a_model_table_and_its_lost_total_label():
    """h43: 「表1 工业APP按分类统计（附录B）」 then 「表2 工业模型按分类统计（附录D）」 under one title naming
    both; the APP table's 合计 label was lost under a seal (read 「1」) but its figure is the rows' sum."""
    from fixtures.make_list_fixtures import ocr_document

    lines = [[("工业APP与工业机理模型统计表", 200)], [("表1工业APP按分类统计（附录B）", 100)], [("分类", 100), ("数量（个）", 300)],
             [("运维服务", 100), ("71", 320)], [("质量管控", 100), ("46", 320)], [("生产制造", 100), ("39", 320)],
             [("1", 100), ("156", 320)], [("表2工业模型按分类统计（附录D）", 100)], [("分类", 100), ("数量（个）", 300)],
             [("数据算法模型", 100), ("46", 320)], [("行业机理模型", 100), ("49", 320)], [("合计", 100), ("95", 320)]]
    facts = read_category_tables(ocr_document("应用统计表.pdf", [lines]), load_catalog())
    totals = {f.field_id: f for f in facts if f.dimension == "total"}
    assert totals["apps_total"].normalized == 156 and not totals["apps_total"].confident
    assert totals["models_total"].normalized == 95
    assert {f.component for f in facts if f.field_id == "apps_by_category"} == {"运维服务", "质量管控", "生产制造"}
    assert {f.component for f in facts if f.field_id == "models_by_category"} == {"数据算法模型", "行业机理模型"}


def test_solutions_by_the_new_modes_of_appendix_e(tmp_path: Path):
    """h15: 「新模式（附录E） | 解决方案数量（个） | 代表方案」 with one row a mode and 「合计 42」: the breakdown and the total;
    a row that is no 附录E mode ends the table."""
    rows = [["数字化管理", 8, "电机资产数字化管理"], ["平台化设计", 5, "电机选型与能效仿真设计"],
            ["服务化延伸", 9, "电机检测+运维托管"], ["合计", 22, ""]]
    facts = read_category_tables(_book(tmp_path, ["新模式（附录E）", "解决方案数量（个）", "代表方案"], rows,
                                       title="平台解决方案目录（汇总）"), load_catalog())
    assert {f.component: f.normalized for f in facts if f.field_id == "solutions_by_mode"} == {
        "数字化管理": 8, "平台化设计": 5, "服务化延伸": 9}
    assert [f.normalized for f in facts if f.field_id == "solutions_total"] == [22]
    other = [["数字化管理", 8, ""], ["电机运维", 5, ""], ["合计", 13, ""]]
    (tmp_path / "b").mkdir()
    facts = read_category_tables(_book(tmp_path / "b", ["新模式（附录E）", "解决方案数量（个）", "代表方案"], other), load_catalog())
    assert [f for f in facts if f.field_id == "solutions_total"] == []
