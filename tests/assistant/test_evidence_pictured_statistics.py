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


def _page(boxes: list[tuple[str, BBox]], path: str) -> Document:
    """A scanned page of these OCR boxes, in this order."""
    texts, blocks, offset = [], [], 0
    for text, box in boxes:
        blocks.append(Block(id=f"d:p1:b{len(blocks)}", kind="ocr_line", text=text,
                            span=Span(start=offset, end=offset + len(text)), bbox=box))
        texts.append(text)
        offset += len(text) + 1
    page = Page(number=1, text="\n".join(texts), blocks=tuple(blocks), source="ocr", width=900, height=800)
    return Document(id="d" * 64, path=path, format="pdf", pagination="physical", pages=(page,))


def _scan(rows) -> Document:
    """Each cell its own OCR box, rows 36 pt apart, columns 200 pt apart."""
    return _page([(text, BBox(x0=70 + 200 * c, top=150 + 36 * r, x1=70 + 200 * c + 14 * len(text), bottom=178 + 36 * r))
                  for r, row in enumerate(rows) for c, text in enumerate(row)], "接入设备汇总表（扫描）.pdf")


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


def _lines(lines) -> Document:
    """Each line of (x0, text) pairs at its own height, 20 pt apart."""
    return _page([(text, BBox(x0=x, top=100 + 20 * r, x1=x + 10 * len(text), bottom=114 + 20 * r))
                  for r, line in enumerate(lines) for x, text in line], "证明材料汇编.pdf")


EXCEL = [[(90, "文件"), (120, "开始"), (150, "插入"), (185, "页面布局"), (235, "公式"), (265, "数据")],
         [(90, "D2"), (140, "fx =SUM(D3:D5)")], [(180, "A"), (290, "B"), (380, "C"), (465, "D")],
         [(97, "1"), (210, "平台业务收入拆分表（单位：万元）")],
         [(97, "2"), (170, "项目"), (275, "2021年"), (362, "2022年"), (450, "2023年")],
         [(97, "3"), (117, "平台营业收入"), (292, "4,812.36"), (380, "5,563.41"), (469, "6,392.80")],
         [(97, "4"), (117, "平台研发投入"), (301, "706.42"), (389, "864.17"), (470, "1,022.85")]]


def test_a_spreadsheet_captured_with_its_window_reads_as_its_cells():
    """h74: an Excel range pasted into a Word 证明材料汇编 as a screenshot — the ribbon, the formula bar, the
    column letters and a row number before each row are the window's, not the table's."""
    from assistant.evidence.platform import read_platform_figures
    from assistant.evidence.rows import document_rows

    document = _lines(EXCEL)
    assert [[c.text for c in row.cells] for row in document_rows(document)][:3] == [
        ["平台业务收入拆分表（单位：万元）"], ["项目", "2021年", "2022年", "2023年"],
        ["平台营业收入", "4,812.36", "5,563.41", "6,392.80"]]
    read = {(f.field_id, f.year): f.value for f in read_platform_figures(document, load_catalog())}
    assert read[("platform_revenue_2023", 2023)] == "6,392.80" and read[("rd_investment", 2023)] == "1,022.85"
    # a list's own 序号 column, no column letters over it, stays
    listed = _lines([[(97, "序号"), (150, "专利名称")], [(97, "1"), (150, "一种设备诊断方法")],
                     [(97, "2"), (150, "一种远程运维系统")], [(97, "3"), (150, "一种工况识别方法")]])
    assert [row.cells[0].text for row in document_rows(listed)] == ["序号", "1", "2", "3"]


def test_a_captured_spreadsheets_heads_are_no_tiles_either():
    """h74's 表2-1: 「服务企业数（家）」 over the first row's 「1,262」 behind Excel's row numbers read as a tile of 实际服务企业数."""
    sheet = [[(180, "A"), (290, "B"), (380, "C")], [(97, "2"), (130, "行业（附录C）"), (280, "服务企业数（家）"), (400, "其中：中小企业（家）")],
             [(97, "3"), (130, "电力、热力和燃气"), (290, "1,262"), (410, "507")], [(97, "4"), (130, "机械"), (290, "386"), (410, "241")],
             [(97, "5"), (130, "汽车"), (290, "214"), (410, "134")], [(97, "6"), (130, "合计"), (290, "1,862"), (410, "882")]]
    assert [f for f in read_figures(_lines(sheet), load_catalog()) if f.field_id.startswith("enterprises")] == []
