"""A 社保 proof's headcount by month (h41, first met 2026-12-06): its first and last months listed as the
inputs of 带动新增就业人数, never as the new jobs; a table of new insured staff by year closed by 合计
gives the new jobs."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from fixtures.make_list_fixtures import ocr_document

from assistant.catalog.notice import load_catalog
from assistant.evidence.column_totals import read_column_totals
from assistant.evidence.social_insurance import read_insured_series
from extractors.options import ReadOptions
from extractors.reader import read_file


def rows(*cells):
    return [[(text, 60 + 200 * i) for i, text in enumerate(row)] for row in cells]


def test_the_first_and_last_months_are_the_inputs():
    page = rows(("上海市社会保险单位参保证明",), ("月份", "参保人数（人）"), ("2020年12月", "1,268"), ("2022年12月", "1,438"),
                ("2024年06月", "1,608"), ("说明：参保人数为当月末在职参保职工人数。",))
    facts = read_insured_series(ocr_document("参保证明.pdf", [page]), load_catalog())
    assert [(f.component, f.normalized) for f in facts] == [("2020年12月参保人数（人）", 1268),
                                                           ("2024年06月参保人数（人）", 1608)]
    assert all(f.field_id == "jobs_created" and not f.confident for f in facts)
    assert read_insured_series(ocr_document("x.pdf", [rows(("月份", "参保人数（人）"), ("2024年06月", "1,608"))]),
                               load_catalog()) == []  # one month is no span


def test_new_insured_staff_by_year_closed_by_their_total(tmp_path: Path):
    book = openpyxl.Workbook()
    for row in (["年度", "新增平台建设运营岗位参保人数（人）", "说明"], ["2021年", 74, "研发"], ["2022年", 96, "运维"],
                ["2023年", 118, "运营"], ["合计", 288, "合计：288人"]):
        book.active.append(row)
    book.save(tmp_path / "新增就业统计.xlsx")
    document = read_file(tmp_path / "新增就业统计.xlsx", display_path="新增就业统计.xlsx",
                         options=ReadOptions(ocr=False, render_docx=False))
    facts = [f for f in read_column_totals(document, load_catalog()) if f.field_id == "jobs_created"]
    assert [f.normalized for f in facts] == [288]
