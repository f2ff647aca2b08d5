"""XLSX: cells as Excel shows them, merges resolved, sheets as unnumbered pages, hidden content."""

from __future__ import annotations

import zipfile
from decimal import Decimal

import openpyxl
import pytest
from fixtures.make_office_fixtures import build_workbook
from hypothesis import given
from hypothesis import strategies as st

from extractors.model import ErrorCode
from extractors.options import ReadOptions
from extractors.reader import read_file
from extractors.xlsx_format import format_cell, format_number


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    path = build_workbook(tmp_path_factory.mktemp("xlsx") / "附件4 汇总表.xlsx")
    return read_file(path, "附件4/汇总表.xlsx")


def _cells(document) -> dict[str, str]:
    return {b.locator: b.text for p in document.pages for b in p.blocks}


def test_each_sheet_is_a_numbered_page_and_a_table(workbook):
    """A worksheet is the workbook's page, numbered by its place in the workbook (hidden ones
    too), so a citation names file + sheet + cell (issue 12: evidence lists delivered as XLSX)."""
    assert workbook.format == "xlsx" and workbook.pagination == "sheets"
    assert workbook.errors == ()
    assert [p.number for p in workbook.pages] == [1, 2, 3]
    assert [t.page_number for t in workbook.tables] == [1, 2, 3]
    assert [t.locator for t in workbook.tables] == ["汇总表", "备注", "空表"]
    assert workbook.tables[2].rows == () and workbook.pages[2].text == ""
    for page in workbook.pages:
        assert page.source == "xlsx"
        for block in page.blocks:
            assert page.text[block.span.start : block.span.end] == block.text


def test_cells_read_as_excel_shows_them(workbook):
    cells = _cells(workbook)
    assert cells["汇总表!B2"] == "6,670.79"
    assert cells["汇总表!B3"] == "12.34%"
    assert cells["汇总表!B4"] == "12,345"
    assert cells["汇总表!B5"] == "0.3"  # 0.1 + 0.2 without binary noise
    assert cells["汇总表!B6"] == "(1,234.50)"  # the negative section of the format
    assert cells["汇总表!B7"] == "2.68万元"  # 2.675 rounds half up as in Excel
    assert cells["汇总表!B8"] == "42"
    assert cells["汇总表!B9"] == "123456789012"
    assert cells["汇总表!B10"] == "2024-07-22"
    assert cells["汇总表!B11"] == "2024-07-22 16:00"
    assert cells["汇总表!B12"] == "12387"  # the cached value of =B4+B8, not the formula


def test_merged_ranges_hold_their_text_once(workbook):
    table = workbook.tables[0]
    assert table.rows[0] == ("平台基本情况汇总表", "", "", "")
    assert set(table.merged) == {(0, 0, 1, 4), (13, 0, 2, 1)}
    title = next(b for b in workbook.pages[0].blocks if b.locator == "汇总表!A1")
    assert (title.table_cell.row_span, title.table_cell.col_span) == (1, 4)
    assert workbook.pages[0].text.count("纵向合并") == 1
    assert table.rows[14][0] == ""


def test_grid_positions_match_locators(workbook):
    table = workbook.tables[0]
    for block in workbook.pages[0].blocks:
        cell = block.table_cell
        assert cell.table_index == 0
        assert table.rows[cell.row][cell.col] == block.text


def test_hidden_sheet_and_row_are_read_and_flagged(workbook):
    assert workbook.metadata["hidden_sheets"] == "备注"
    note = workbook.pages[1].blocks[0]
    assert note.text == "隐藏工作表内容" and note.hidden == ("hidden_sheet",)
    hidden_row = next(b for b in workbook.pages[0].blocks if b.locator == "汇总表!A16")
    assert hidden_row.hidden == ("hidden_row",)
    assert next(b for b in workbook.pages[0].blocks if b.locator == "汇总表!A2").hidden == ()


def test_checkbox_glyphs_in_cells(workbook):
    block = next(b for b in workbook.pages[0].blocks if b.locator == "汇总表!B13")
    assert block.text == "☑公有云 □私有云"
    assert [(c.label, c.checked) for c in block.checkboxes] == [("公有云", True), ("私有云", False)]


def test_block_ids_are_unique_across_sheets(workbook):
    ids = [b.id for p in workbook.pages for b in p.blocks]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (1234.5, "#,##0.00", "1,234.50"),
        (0.05, "0%", "5%"),
        (0.12345, "0.00%", "12.35%"),
        (-0.5, "0.0", "-0.5"),
        (-1234.5, "#,##0", "-1,235"),
        (1234567, '#,##0,"千"', "1,235千"),
        (3.14159, "0.##", "3.14"),
        (3.0, "0.##", "3"),
        (12345.678, "0.00E+00", "1.23E+04"),
        (5, '"¥"#,##0.00', "¥5.00"),
        (5, "[$¥-804]#,##0.00", "¥5.00"),
        (0, '#,##0.00;(#,##0.00);"-"', "-"),
        (1e-7, "General", "0.0000001"),
        (0.1 + 0.7, "General", "0.8"),
        (7, "@", "7"),
        (100, "0.00_);[Red]\\(0.00\\)", "100.00"),
    ],
)
def test_format_number(value, number_format, shown):
    assert format_number(value, number_format) == shown


def test_format_cell_non_numbers():
    assert format_cell(None, "General") == ""
    assert format_cell(True, "General") == "TRUE"
    assert format_cell("  平台名称 ", "@") == "平台名称"


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_general_is_the_value_to_15_significant_digits(value):
    assert Decimal(format_number(value, "General")) == Decimal(f"{value:.15g}")


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2))
def test_thousands_format_round_trips(value):
    shown = format_number(value, "#,##0.00")
    assert Decimal(shown.replace(",", "")) == value


def test_inflating_workbook_is_too_large(tmp_path):
    path = build_workbook(tmp_path / "w.xlsx")
    document = read_file(path, options=ReadOptions(max_uncompressed_bytes=5_000))
    assert document.failed and document.errors[0].code == ErrorCode.too_large


def test_broken_workbook_is_corrupt(tmp_path):
    source = build_workbook(tmp_path / "w.xlsx")
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(broken, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/workbook.xml":
                data = b"<workbook"
            new.writestr(info, data)
    document = read_file(broken)
    assert document.failed and document.errors[0].code == ErrorCode.corrupt


def test_empty_workbook_says_so(tmp_path):
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(str(path))
    document = read_file(path)
    assert not document.failed
    assert [e.code for e in document.errors] == [ErrorCode.no_text]


def test_streaming_read_of_large_workbooks_keeps_text_once(tmp_path):
    # The path read_xlsx takes beyond 50 MB of XML: merges are unknown, their text still once.
    from extractors.xlsx import _read_workbook

    path = build_workbook(tmp_path / "w.xlsx")
    streamed = openpyxl.load_workbook(path, data_only=True, read_only=True)
    document = _read_workbook(streamed, "a" * 64, "w.xlsx", ReadOptions(), True)
    cells = _cells(document)
    assert cells["汇总表!B3"] == "12.34%" and cells["备注!A1"] == "隐藏工作表内容"
    assert document.pages[0].text.count("纵向合并") == 1
    assert document.tables[0].merged == ()
    assert "merged_ranges" in document.metadata
