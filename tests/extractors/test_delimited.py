"""CSV / TSV exports of a platform's back end: one sheet, one table, cells as written."""

from __future__ import annotations

from extractors.model import ErrorCode
from extractors.reader import read_file

EXPORT = 'device_id,设备名称,所属租户,online_status\r\nD-0012,"数控车床,1号线",上海甲公司,在线\r\nD-0013,"注塑机\n（二期）",上海乙公司,离线\r\n'


def test_a_utf8_bom_export_is_one_sheet_with_every_cell_located(tmp_path):
    path = tmp_path / "device_registry.csv"
    path.write_bytes(b"\xef\xbb\xbf" + EXPORT.encode("utf-8"))
    document = read_file(path)
    assert (document.format, document.pagination, document.metadata["encoding"]) == ("csv", "sheets", "utf-8")
    (page,) = document.pages
    (table,) = document.tables
    assert page.number == 1 and table.page_number == 1
    assert table.rows[0] == ("device_id", "设备名称", "所属租户", "online_status")  # the BOM is not in the header
    assert table.rows[1] == ("D-0012", "数控车床,1号线", "上海甲公司", "在线")  # a quoted comma stays in its cell
    assert table.rows[2][1] == "注塑机\n（二期）"  # so does a quoted line break
    cell = next(b for b in page.blocks if b.text == "上海乙公司")
    assert cell.locator == "device_registry!C3" and page.text[cell.span.start:cell.span.end] == "上海乙公司"


def test_gbk_semicolons_and_tsv_are_read_alike(tmp_path):
    gbk = tmp_path / "用户清单.csv"
    gbk.write_bytes("企业名称;所在地区;是否付费\n上海甲公司;上海;是\n江苏乙公司;江苏;否\n".encode("gbk"))
    document = read_file(gbk)
    assert document.metadata["encoding"] == "gb18030" and document.metadata["delimiter"] == ";"
    assert document.tables[0].rows[2] == ("江苏乙公司", "江苏", "否")
    tsv = tmp_path / "calls.tsv"
    tsv.write_text("month\tcalls\n2024-01\t8,694,832\n", encoding="utf-8")
    assert read_file(tsv).tables[0].rows[1] == ("2024-01", "8,694,832")  # a grouped number stays one cell


def test_a_ragged_export_is_padded_and_an_empty_one_fails_cleanly(tmp_path):
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("a,b,c\n1,2\n\n3,4,5,6\n", encoding="utf-8")
    rows = read_file(ragged).tables[0].rows
    assert [len(r) for r in rows] == [4, 4, 4] and rows[1] == ("1", "2", "", "")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\xef\xbb\xbf\r\n \r\n")
    document = read_file(empty)
    assert document.errors and document.errors[0].code == ErrorCode.empty_file


def test_a_txt_file_is_still_prose(tmp_path):
    note = tmp_path / "说明.txt"
    note.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    assert read_file(note).format == "text"
