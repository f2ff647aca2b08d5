"""A statistics table read from a picture (h74: a signed 汇总表 page scanned onto an Excel sheet): one OCR box a
cell, so its 合计 row is four boxes on four lines of page text. The 合计 is read column by column and checks the
rows; the table's heads over its first row are no dashboard tiles."""

from __future__ import annotations

from assistant.catalog.notice import load_catalog
from assistant.evidence.figures import read_figures
from assistant.evidence.lists import read_lists
from extractors.model import BBox, Block, Document, Page, Span

ROWS = [("设备类别（附录A）", "接入数量", "其中：公有云接入", "公有云日均运行"),
        ("冶炼设备", "18,420", "7,284", "5,088"), ("动力设备", "9,866", "4,050", "2,786"),
        ("机床", "6,104", "2,369", "1,717"), ("合计", "34,390", "13,703", "9,591")]


def _scan(rows) -> Document:
    """A scanned page: each cell its own OCR box, rows 36 pt apart, columns 200 pt apart."""
    texts, blocks, offset = [], [], 0
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            box = BBox(x0=70 + 200 * c, top=150 + 36 * r, x1=70 + 200 * c + 14 * len(text), bottom=178 + 36 * r)
            blocks.append(Block(id=f"d:p1:b{len(blocks)}", kind="ocr_line", text=text,
                                span=Span(start=offset, end=offset + len(text)), bbox=box))
            texts.append(text)
            offset += len(text) + 1
    page = Page(number=1, text="\n".join(texts), blocks=tuple(blocks), source="ocr", width=900, height=600)
    return Document(id="d" * 64, path="接入设备汇总表（扫描）.pdf", format="pdf", pagination="physical", pages=(page,))


def test_a_scanned_total_row_of_one_box_a_cell_checks_the_rows():
    facts = {(f.field_id, f.component): f for f in read_lists(_scan(ROWS), load_catalog())}
    total = facts[("devices_total", "")]
    assert total.value == "34,390" and any("合计行印 34,390" in r for r in total.reasons)
    assert "34,390" in [c.quote for c in total.citations]
    assert facts[("devices_public_cloud", "")].value == "13,703"
    wrong = [*ROWS[:-1], ("合计", "34,390", "13,703", "9,999")]
    daily = {f.field_id: f for f in read_lists(_scan(wrong), load_catalog())}["devices_public_cloud_daily_running"]
    assert daily.status == "ambiguous" and "各行之和为 9,591" in daily.note


def test_a_statistics_tables_heads_are_no_dashboard_tiles():
    assert [f for f in read_figures(_scan(ROWS), load_catalog()) if f.field_id.startswith("devices")] == []
    tiles = _scan([("接入设备总数", "公有云接入"), ("34,390", "13,703")])
    assert {f.field_id: f.value for f in read_figures(tiles, load_catalog())} == \
        {"devices_total": "34,390", "devices_public_cloud": "13,703"}
