"""A device-list workbook that is one volume of several states the totals of all of them on a sheet 「说明」 in
sentences (h85, first met 2026-12-07): those sentences are read as a letter's prose is, and a sentence in a
remark cell of the list itself is not. The workbook is built here."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from assistant.catalog.notice import load_catalog
from assistant.evidence.list_notes import read_note_sheets


def _book(path: Path, notes: list[str], heading: str = "说明") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "设备清单（第1册）"
    sheet.append(["序号", "设备名称", "设备类别", "接入方式", "备注"])
    for n in range(1, 6):
        sheet.append([n, f"空压机{n:02d}", "动力设备", "公有云", "本站接入设备12台，运行正常。"])
    sheet.append([None, "本册合计", None, None, "5"])
    note = book.create_sheet("说明")
    note.append([heading])
    for line in notes:
        note.append([line])
    book.save(path)
    return path


def _read(path: Path) -> dict:
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    document = read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))
    return {v.field_id: (v.normalized, v.citations[0].page) for v in read_note_sheets(document, load_catalog())}


def test_the_note_sheet_states_the_totals_of_all_volumes(tmp_path: Path):
    path = _book(tmp_path / "接入设备清单.xlsx", ["本清单分两册导出，本册为第1册。",
                                                 "两册合计接入设备9,310台（套），其中公有云接入5,742台（套）。"])
    assert _read(path) == {"devices_total": (9310, 2), "devices_public_cloud": (5742, 2)}


def test_no_note_sheet_no_reading_and_a_remark_cell_is_the_lists(tmp_path: Path):
    path = _book(tmp_path / "接入设备清单.xlsx", ["两册合计接入设备9,310台（套）。"], heading="附表")
    assert _read(path) == {}
