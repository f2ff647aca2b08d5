"""A model library's summary by category (h31's second sheet, first met 2026-12-06): one fact a
category, confident when the 合计 adds up; no 模型 said, a row of something else or a single row
give nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from assistant.catalog.notice import load_catalog
from assistant.evidence.model_categories import read_model_categories
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


def test_each_category_with_its_count(tmp_path: Path):
    facts = read_model_categories(_book(tmp_path, ["模型分类", "数量（个）"], ROWS), load_catalog())
    assert {f.component: f.normalized for f in facts} == {"行业机理模型": 38, "数据算法模型": 28, "设备运维模型": 14}
    assert all(f.confident and f.dimension == "category" and f.citations[0].quote == str(f.normalized) for f in facts)


def test_a_total_the_rows_do_not_make_leaves_them_doubted(tmp_path: Path):
    facts = read_model_categories(_book(tmp_path, ["分类", "数量"], [*ROWS[:3], ["合计", 81]], title="工业模型分类统计"),
                                  load_catalog())
    assert len(facts) == 3 and not any(f.confident for f in facts) and "80" in facts[0].reasons[1]


def test_other_tables_give_nothing(tmp_path: Path):
    assert read_model_categories(_book(tmp_path, ["分类", "数量"], ROWS), load_catalog()) == []  # 模型 unsaid
    apps = [["研发设计类", 12], ["生产制造类", 30], ["合计", 42]]
    assert read_model_categories(_book(tmp_path, ["模型分类", "数量"], apps), load_catalog()) == []
