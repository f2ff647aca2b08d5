"""Plain-text files: encodings of Chinese editors, one unnumbered page, exact spans."""

from __future__ import annotations

from extractors.model import ErrorCode
from extractors.options import ReadOptions
from extractors.plaintext import read_text
from extractors.reader import read_file

TEXT = "平台名称：华兴平台\r\n\r\n  营业收入 6670.79 万元  \r\n最后一行"


def _read(path):
    return read_text(path, doc_id="f" * 64, display_path=path.name, options=ReadOptions())


def test_utf8_lines_become_blocks_with_exact_spans(tmp_path):
    path = tmp_path / "说明.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    document = _read(path)
    (page,) = document.pages
    assert document.pagination == "physical" and page.number == 1  # one unit, page 1 (h38: a TXT export cited 第1页)
    assert [b.text for b in page.blocks] == [
        "平台名称：华兴平台",
        "营业收入 6670.79 万元",
        "最后一行",
    ]
    assert [b.locator for b in page.blocks] == ["第1行", "第3行", "第4行"]
    for block in page.blocks:
        assert page.text[block.span.start : block.span.end] == block.text
    assert document.metadata["encoding"] == "utf-8"


def test_gb18030_and_utf16_are_decoded(tmp_path):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(TEXT.encode("gb18030"))
    assert _read(gbk).pages[0].blocks[0].text == "平台名称：华兴平台"
    assert _read(gbk).metadata["encoding"] == "gb18030"
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(TEXT.encode("utf-16"))
    assert _read(utf16).pages[0].blocks[1].text == "营业收入 6670.79 万元"


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff第一行".encode())
    assert _read(path).pages[0].text == "第一行"


def test_whitespace_only_file_is_an_empty_file_error(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\n ")
    document = read_file(path)
    assert document.failed
    assert document.errors[0].code == ErrorCode.empty_file
