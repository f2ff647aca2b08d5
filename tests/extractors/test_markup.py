"""Saved web pages (HTML, MHT) and RTF notes (extractors.markup), read by content."""

from __future__ import annotations

import quopri

import pytest

from extractors.model import ErrorCode
from extractors.options import ReadOptions
from extractors.reader import read_file

NO_OFFICE = ReadOptions(soffice="no-such-soffice")

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>平台运营驾驶舱</title>
<style>.card {{ color: red }}</style><script>var total = 99999;</script></head>
<body><h1>平台运营概览</h1>
<div class="card"><span>接入设备</span><b>23,456</b><span>台/套</span></div>
<!-- 旧版数据 88,888 -->
<p>注册企业用户 <em>1,876</em> 家</p>
<h2>设备分类</h2>
<table><tr><th rowspan="2">类别</th><th colspan="2">数量（台/套）</th></tr>
<tr><td>接入</td><td>公有云</td></tr>
<tr><td>数控机床</td><td>1,200</td><td>300</td></tr>
<tr><td>合计</td><td>1,200</td><td>300</td></tr></table>
</body></html>"""


def _check_page(document):
    assert not document.errors and [p.number for p in document.pages] == [1]
    text = document.text
    assert "平台运营概览" in text and "接入设备23,456台/套" in text and "注册企业用户 1,876 家" in text
    assert "99999" not in text and "88,888" not in text and ".card" not in text  # script, comment, style
    table = document.tables[0]
    assert table.rows == (("类别", "数量（台/套）", ""), ("", "接入", "公有云"), ("数控机床", "1,200", "300"),
                          ("合计", "1,200", "300"))
    assert (0, 0, 2, 1) in table.merged and (0, 1, 1, 2) in table.merged
    cell = next(b for b in document.pages[0].blocks if b.text == "公有云")
    assert cell.kind == "table_cell" and (cell.table_cell.row, cell.table_cell.col) == (1, 2)
    assert cell.heading_path == ("平台运营概览", "设备分类")
    for block in document.pages[0].blocks:
        assert text[block.span.start:block.span.end] == block.text


def test_saved_html_page_in_gbk_reads_text_and_tables(tmp_path):
    path = tmp_path / "驾驶舱.html"
    path.write_bytes(PAGE.format(charset="gbk").encode("gbk"))
    document = read_file(path)
    _check_page(document)
    assert document.metadata == {"markup": "html", "title": "平台运营驾驶舱"}


def test_html_without_its_extension_is_found_by_content(tmp_path):
    path = tmp_path / "export"
    path.write_bytes(PAGE.format(charset="utf-8").encode("utf-8"))
    _check_page(read_file(path))


def test_mht_archive_reads_its_quoted_printable_page(tmp_path):
    html = PAGE.format(charset="utf-8").encode("utf-8")
    path = tmp_path / "驾驶舱.mht"
    path.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"; type="text/html"\r\n\r\n'
        b'--B\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
        + quopri.encodestring(html) + b'\r\n--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        b'iVBORw0KGgo=\r\n--B--\r\n')
    document = read_file(path)
    _check_page(document)
    assert document.metadata["markup"] == "mht"


def test_mht_without_a_page_is_corrupt(tmp_path):
    path = tmp_path / "空.mht"
    path.write_bytes(b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
                     b"Content-Type: image/png\r\n\r\nxx\r\n--B--\r\n")
    document = read_file(path)
    assert document.failed and document.errors[0].code == ErrorCode.corrupt


def _rtf(path):
    def escaped(text: str) -> str:
        return "".join(f"\\'{b:02x}" for b in text.encode("gbk"))

    body = (r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}\f0\fs24 "
            + escaped("情况说明") + r"\par " + escaped("平台2023年营业收入") + " 12,345.67 " + escaped("万元")
            + r"\par \u25215?\u35834?" + escaped("单位") + r"\par }")
    path.write_text(body, encoding="latin-1")
    return path


def test_rtf_without_libreoffice_reads_its_code_page(tmp_path):
    document = read_file(_rtf(tmp_path / "情况说明.rtf"), options=NO_OFFICE)
    assert not document.errors and document.metadata["encoding"] == "cp936"
    assert [b.text for b in document.pages[0].blocks] == ["情况说明", "平台2023年营业收入 12,345.67 万元", "承诺单位"]
    assert document.pages[0].number == 1


@pytest.mark.slow
@pytest.mark.requires_soffice
def test_rtf_with_libreoffice_is_read_as_word_with_pages(tmp_path):
    document = read_file(_rtf(tmp_path / "情况说明.rtf"), options=ReadOptions(cache_dir=tmp_path / "cache"))
    assert not document.failed and document.metadata["converted_from"] == "rtf"
    assert document.pagination == "rendered" and "12,345.67 万元" in document.text


def test_plain_text_and_csv_are_not_taken_for_markup(tmp_path):
    note = tmp_path / "说明.txt"
    note.write_text("<b>不是网页</b> 平台说明\n第二行", encoding="utf-8")
    assert read_file(note).format == "text" and read_file(note).pages[0].number == 1
    table = tmp_path / "清单.csv"
    table.write_text("序号,名称\n1,数控机床\n", encoding="utf-8")
    assert read_file(table).format == "csv"
