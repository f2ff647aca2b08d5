"""Page geometry (h58, first met 2026-12-06): a diagonal watermark 「仅供申报使用」 drawn across a platform
table joins no cell and splits no table; an audit note that lists its figures under a sentence ending
「（单位：万元）为：」 (「2021年度 2,563.80」, 「研发投入 642.18」, often set in two columns) gives each figure,
in the unit the sentence states. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import (
    PAGE_HEIGHT,
    Grid,
    Line,
    _font,
    flow_pdf,
    read_pdf,
)

from assistant.catalog.notice import load_catalog
from assistant.evidence.platform import read_platform_figures
from assistant.evidence.platform_sentences import stated_figures

ROWS = [["项目", "2021年度", "2022年度", "2023年度"], ["平台相关营业收入", "7,018.36", "8,125.90", "9,342.18"],
        ["平台营业成本", "4,983.04", "5,769.39", "6,632.95"], ["平台相关研发投入", "1,453.35", "1,658.31", "1,863.27"],
        ["平台利润总额", "952.79", "1,107.29", "1,287.55"]]


def _watermarked(path: Path) -> Path:
    """The platform table, then the watermark drawn at 35° over its lower rows."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    table = flow_pdf(path.with_suffix(".table.pdf"), [[Line("工业互联网平台业务财务数据专项说明"),
                                                       Line("平台业务主要财务数据如下（单位：万元）："), Grid(ROWS)]])
    stamp = path.with_suffix(".mark.pdf")
    mark = canvas.Canvas(str(stamp), invariant=1)
    mark.setFont(_font(), 40)
    mark.saveState()
    mark.translate(150, PAGE_HEIGHT - 215)
    mark.rotate(35)
    mark.drawString(0, 0, "仅供申报使用")
    mark.restoreState()
    mark.showPage()
    mark.save()
    writer = PdfWriter(clone_from=table)
    writer.pages[0].merge_page(PdfReader(stamp).pages[0])
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_a_diagonal_watermark_joins_no_cell_and_splits_no_table(tmp_path: Path):
    document = read_pdf(_watermarked(tmp_path / "审计报告.pdf"))
    [table] = document.tables
    assert [list(row[1:]) for row in table.rows[3:]] == [["1,453.35", "1,658.31", "1,863.27"], ["952.79", "1,107.29", "1,287.55"]]
    assert "仅供申报使用" not in document.pages[0].text
    facts = {(v.field_id, v.year): v.normalized for v in read_platform_figures(document, load_catalog())}
    assert facts[("rd_investment", 2023)] == 1863.27 and facts[("roi", 2023)] == 1287.55


def test_figures_listed_under_a_sentence_that_states_their_unit(tmp_path: Path):
    lines = [Line("十四、示例平台业务专项说明"), Line("平台业务收入按平台服务合同单独核算，不含设备销售收入。经审计，平"),
             Line("台相关营业收入（单位：万元）为："), Line("2021年度 2,563.80"), Line("2022年度 2,896.35"),
             Line("2023年度 3,318.62"), Line("收入确认方法与公司其他业务一致。"),
             Line("2023年度平台相关研发投入（单位：万元）为："), Line("研发投入 642.18"),
             Line("2023年度平台业务利润总额（单位："), Line("万元）为："), Line("利润总额 398.24"), Line("上述数据已经本所审计确认。")]
    stated = stated_figures(read_pdf(flow_pdf(tmp_path / "附注.pdf", [lines])))
    assert [(s.words, s.year, s.value_text, s.unit) for s in stated] == [
        ("平台相关营业收入", 2021, "2,563.80", "万元"), ("平台相关营业收入", 2022, "2,896.35", "万元"),
        ("平台相关营业收入", 2023, "3,318.62", "万元"), ("研发投入", 2023, "642.18", "万元"), ("利润总额", 2023, "398.24", "万元")]
    assert stated[0].citation.quote == "2021年度 2,563.80" and stated[0].citation.page == 1


def test_bare_amounts_without_a_stated_unit_stay_unread(tmp_path: Path):
    lines = [Line("经审计，平台相关营业收入为："), Line("2021年度 2,563.80"), Line("2022年度 2,896.35")]
    assert stated_figures(read_pdf(flow_pdf(tmp_path / "附注.pdf", [lines]))) == []


def test_a_card_tilted_for_design_is_still_read(tmp_path: Path):
    """h49: a brochure prints its big figures on cards tilted by 12°: they are content, not a watermark."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "宣传册.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setFont(_font(), 12)
    pdf.drawString(50, PAGE_HEIGHT - 60, "平台产品宣传册")
    for angle, text, y in ((-12, "1,204 服务企业", 400), (35, "仅供申报使用", 200)):
        pdf.saveState()
        pdf.translate(120, y)
        pdf.rotate(angle)
        pdf.setFont(_font(), 28)
        pdf.drawString(0, 0, text)
        pdf.restoreState()
    pdf.showPage()
    pdf.save()
    text = read_pdf(path).pages[0].text
    assert "1,204" in text and "服务企业" in text and "仅供申报使用" not in text


def test_a_row_left_below_the_crop_box_is_no_row_of_the_list(tmp_path: Path):
    """h58: the 26th patent of a list 「共25项」 sits below the page's crop box: a viewer never shows it, so the
    list the evidence readers see ends at the 25th; the parsed file keeps it (the integrity rule reports it)."""
    from pypdf import PdfWriter
    from pypdf.generic import RectangleObject

    from assistant.evidence.visible import cut_pages, visible

    rows = [["序号", "专利名称", "专利号"]] + [[str(n), f"一种示例方法{n}", f"ZL2023{n:07d}.1"] for n in range(1, 27)]
    drawn = flow_pdf(tmp_path / "清单.full.pdf", [[Line("专利清单（共25项）"), Grid(rows, widths=[40, 200, 140])]])
    writer = PdfWriter(clone_from=drawn)
    bottom = PAGE_HEIGHT - (50 + 10 + 10 + 18 * 26)  # the crop's lower edge: the 25th row's bottom rule
    writer.pages[0].cropbox = RectangleObject([0, bottom, 595, PAGE_HEIGHT])
    with (tmp_path / "清单.pdf").open("wb") as out:
        writer.write(out)
    document = read_pdf(tmp_path / "清单.pdf")
    assert document.tables[0].rows[-1][0] == "26"
    shown = visible(document)
    assert shown.tables[0].rows[-1][0] == "25" and len(shown.tables[0].rows) == 26
    assert all(b.table_cell is None or b.table_cell.row < 26 for b in shown.pages[0].blocks)
    assert cut_pages(document, shown) == {1} and cut_pages(shown, shown) == set()
    # a count of the page's visible rows is doubted: the file draws more than a viewer shows
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.extractor import _partial_list
    from assistant.evidence.lists import read_lists

    counted = [v for v in read_lists(shown, load_catalog(), []) if v.field_id == "patents"]
    assert counted and all(v.normalized == 25 for v in counted)
    doubted = _partial_list(counted, None, cut_pages(document, shown))
    assert all(v.confidence < 0.8 and any("可见区域之外" in r for r in v.reasons) for v in doubted if v.method == "list_count")


def _page(boxes):
    from test_evidence_figures import page_of

    return page_of(boxes).model_copy(update={"width": 842.0, "height": 595.0})


def test_a_two_up_sheet_whose_halves_print_their_page_numbers():
    """h58: a scanned sheet of two A5 pages — a table of figures left, notes in words right — splits where each
    half prints its own 「第3页」 | 「第4页」 at its foot, though the right half holds no figure."""
    from assistant.evidence.ocr_layout import two_up

    left = [("项目", 39, 128, 67, 145), ("金额", 353, 130, 381, 147)]
    left += [(f"{2021 + i}年度平台营业收入", 40, 152 + 24 * i, 156, 168 + 24 * i) for i in range(3)]
    left += [(f"{1862 + i},45", 334, 154 + 24 * i, 380, 170 + 24 * i) for i in range(3)]
    right = [(f"{i + 1}.编制说明第{i + 1}条内容", 458, 78 + 22 * i, 640, 96 + 22 * i) for i in range(8)]
    numbers = [("第3页", 192, 552, 226, 570), ("第4页", 612, 556, 647, 572)]
    page = _page(left + right + numbers)
    halves = two_up(page, list(page.blocks))
    assert len(halves) == 2 and {b.text for b in halves[1]} >= {"第4页", "1.编制说明第1条内容"}
    unnumbered = _page(left + right + [("第3页", 192, 552, 226, 570)])
    assert len(two_up(unnumbered, list(unnumbered.blocks))) == 1  # one page number: one page, laid out wide
