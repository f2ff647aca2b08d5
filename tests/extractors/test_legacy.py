"""Legacy Office files (extractors.legacy): .xls/.et read through xlrd on any machine, .doc/.wps
converted by LibreOffice where installed and reported with the way out where not."""

from __future__ import annotations

import datetime
import shutil
import subprocess

import pytest
import xlwt
from docx import Document as WordDocument
from fixtures.make_ole_fixtures import build_legacy_doc, compound_file

from extractors.model import ErrorCode
from extractors.options import ReadOptions
from extractors.reader import read_file


def _workbook(path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("设备清单")
    thousands = xlwt.easyxf(num_format_str="#,##0")
    percent = xlwt.easyxf(num_format_str="0.00%")
    for col, title in enumerate(("序号", "设备类别", "接入数量（台/套）", "在线率", "统计日期")):
        sheet.write(0, col, title)
    rows = (("数控机床", 12345, 0.9612), ("工业机器人", 678, 0.875))
    for number, (name, count, rate) in enumerate(rows, start=1):
        sheet.write(number, 0, number)
        sheet.write(number, 1, name)
        sheet.write(number, 2, count, thousands)
        sheet.write(number, 3, rate, percent)
        sheet.write(number, 4, datetime.datetime(2023, 12, 31), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    sheet.write_merge(3, 3, 0, 1, "合计")
    sheet.write(3, 2, 13023, thousands)
    sheet.row(4).hidden = True
    sheet.write(4, 1, "作废行")
    notes = book.add_sheet("说明")
    notes.write(0, 0, "内部备注")
    notes.visibility = 1  # hidden
    book.save(str(path))
    return path


def test_xls_reads_like_the_xlsx_excel_would_show(tmp_path):
    document = read_file(_workbook(tmp_path / "设备清单.xls"), options=ReadOptions(cache_dir=tmp_path / "cache"))
    assert not document.errors
    assert (document.format, document.pagination, document.metadata["converted_from"]) == ("xlsx", "sheets", "xls")
    assert document.path == "设备清单.xls" and len(document.pages) == 2
    rows = document.tables[0].rows
    assert rows[1] == ("1", "数控机床", "12,345", "96.12%", "2023-12-31")
    assert rows[3][:3] == ("合计", "", "13,023")  # a merged range: its text once, top-left
    assert document.metadata["hidden_sheets"] == "说明"
    hidden_row = next(b for b in document.pages[0].blocks if "作废行" in b.text)
    assert "hidden_row" in hidden_row.hidden


def test_et_named_biff_workbook_is_read_by_content(tmp_path):
    path = _workbook(tmp_path / "x.xls").rename(tmp_path / "平台数据.et")
    document = read_file(path)
    assert not document.failed and "12,345" in document.pages[0].text


def test_compound_file_that_is_neither_word_nor_excel_is_legacy_with_its_hint(tmp_path):
    path = compound_file(tmp_path / "演示.ppt", {"PowerPoint Document": b"\0" * 64})
    document = read_file(path)
    assert document.failed and document.errors[0].code == ErrorCode.legacy_format
    assert "另存为" in document.errors[0].message_zh


def test_truncated_xls_fails_cleanly(tmp_path):
    path = _workbook(tmp_path / "设备清单.xls")
    path.write_bytes(path.read_bytes()[:1500])
    document = read_file(path)
    assert document.failed and document.errors[0].code == ErrorCode.legacy_format


def _word97(tmp_path):
    source = tmp_path / "情况说明.docx"
    word = WordDocument()
    word.add_heading("平台运营情况说明", level=1)
    word.add_paragraph("截至2023年12月31日，平台接入工业设备 23,456 台/套。")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "注册企业用户", "1,876 家"
    table.cell(1, 0).text, table.cell(1, 1).text = "工业APP", "312 个"
    word.add_paragraph("以上数据来自平台运营后台。")  # Word's format ends a document in a paragraph, not a table
    word.save(str(source))
    out = tmp_path / "doc"
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(out), str(source)], check=True, capture_output=True,
                   timeout=120)
    return out / "情况说明.doc"


@pytest.mark.slow
@pytest.mark.requires_soffice
def test_word97_doc_is_converted_and_read_with_pages(tmp_path):
    path = _word97(tmp_path)
    assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    document = read_file(path, "证明材料/情况说明.doc", ReadOptions(cache_dir=tmp_path / "cache"))
    assert not document.failed, document.errors
    assert document.metadata["converted_from"] == "doc" and document.pagination == "rendered"
    assert document.path == "证明材料/情况说明.doc" and document.pages[0].number == 1
    assert "23,456" in document.text
    assert ("注册企业用户", "1,876 家") in document.tables[0].rows
    again = read_file(path, "证明材料/情况说明.doc", ReadOptions(cache_dir=tmp_path / "cache"))
    assert again.text == document.text  # the cached conversion is reused


@pytest.mark.slow
@pytest.mark.requires_soffice
def test_word97_without_libreoffice_says_how_to_resubmit(tmp_path):
    path = _word97(tmp_path)
    document = read_file(path, options=ReadOptions(soffice="no-such-soffice"))
    assert document.failed and document.errors[0].code == ErrorCode.legacy_format
    assert "LibreOffice" in document.errors[0].message_zh and "另存为 .docx" in document.errors[0].message_zh


def test_word_stream_without_libreoffice_is_legacy_on_any_machine(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    path = compound_file(tmp_path / "说明.doc", {"WordDocument": b"\xec\xa5" + b"\0" * 62})
    document = read_file(path)
    assert document.failed and document.errors[0].code == ErrorCode.legacy_format
    assert "未安装 LibreOffice" in document.errors[0].message_zh


@pytest.mark.slow
@pytest.mark.requires_soffice
def test_word97_file_without_text_reads_as_empty_not_broken(tmp_path):
    document = read_file(build_legacy_doc(tmp_path / "旧版说明.doc"), options=ReadOptions(render_docx=False))
    assert [e.code for e in document.errors] == [ErrorCode.no_text] and not document.failed
