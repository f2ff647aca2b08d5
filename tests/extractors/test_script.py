"""Pages in traditional characters (a Hong Kong affiliate's certificate list, blind set h44) are read
as simplified, character by character, so spans and citations stay put; a simplified page quoting
a few traditional characters is left as it is."""

from __future__ import annotations

from extractors.options import ReadOptions
from extractors.reader import read_file


def _read(path):
    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def test_a_traditional_list_is_read_in_simplified_characters(tmp_path):
    path = tmp_path / "知識產權清單.txt"
    path.write_text("平台核心軟硬件技術知識產權證書清單\n一、專利證書（共18項）\n序號 專利名稱 類別 專利號 專利權人\n"
                    "1 一種設備狀態監測方法及系統 發明 ZL2018215941036.4 上海找鋼網信息科技股份有限公司\n",
                    encoding="utf-8")
    document = _read(path)
    [page] = document.pages
    assert "一、专利证书（共18项）" in page.text and "专利权人" in page.text
    assert all(page.text[b.span.start:b.span.end] == b.text for b in page.blocks)
    assert "繁体" in document.metadata["script"]


def test_a_simplified_page_quoting_a_traditional_name_is_left_alone(tmp_path):
    path = tmp_path / "说明.txt"
    text = "平台服务企业1,182家，其中本市402家。合作方为香港關聯公司，负责海外设备接入与运维服务。\n"
    path.write_text(text, encoding="utf-8")
    document = _read(path)
    assert "香港關聯公司" in document.pages[0].text
    assert "script" not in document.metadata
