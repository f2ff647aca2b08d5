"""DOCX without a rendering: reading order, headings, merged-cell grids, tick boxes, pictures.

The planted form (tests/fixtures/make_office_fixtures.py) mimics the 申报表: its answers sit in
merged-cell tables and tick boxes. Corpus files: docling word_tables.docx (spans of every
kind), Unstructured tables-with-incomplete-rows.docx (ragged rows), the Chinese NB/T drafts.
"""

from __future__ import annotations

import zipfile

import docx
import pytest
from fixtures.make_office_fixtures import build_form_docx, png_image

from extractors.docx import read_docx
from extractors.model import Checkbox, ErrorCode
from extractors.options import ReadOptions
from extractors.reader import read_file, sha256_file

NO_RENDER = ReadOptions(render_docx=False)


@pytest.fixture(scope="module")
def form(tmp_path_factory):
    path = build_form_docx(tmp_path_factory.mktemp("docx") / "附件2 申报表.docx")
    return read_file(path, "附件2/申报表.docx", NO_RENDER)


def _block(document, startswith):
    return next(b for p in document.pages for b in p.blocks if b.text.startswith(startswith))


def test_without_rendering_there_is_one_page_and_no_page_number(form):
    assert form.format == "docx"
    assert form.pagination == "none" and form.rendered_pdf is None
    assert [p.number for p in form.pages] == [None]
    assert form.errors == ()
    page = form.pages[0]
    assert page.text == "\n".join(b.text for b in page.blocks)
    for block in page.blocks:
        assert page.text[block.span.start : block.span.end] == block.text


def test_headings_levels_and_paths(form):
    heading = _block(form, "二、指标明细")
    assert heading.kind == "heading" and heading.heading_level == 2
    assert heading.heading_path == ("上海市工业互联网平台应用水平评价申报表",)
    paragraph = _block(form, "平台名称")
    assert paragraph.kind == "paragraph"
    assert paragraph.heading_path == ("上海市工业互联网平台应用水平评价申报表", "一、平台基本情况")
    assert paragraph.locator.endswith("一、平台基本情况 > 段落3")


def test_text_glyph_checkboxes(form):
    block = _block(form, "平台建设模式")
    assert block.checkboxes == (
        Checkbox(label="自建", checked=True),
        Checkbox(label="合作共建，合作企业名称（必填）：XX公司", checked=False),
    )
    cloud = _block(form, "☑公有云")  # ■ is a tick in a document that has □ boxes
    assert [(c.label, c.checked) for c in cloud.checkboxes] == [("公有云", True), ("私有云", False)]


def test_content_control_form_field_and_symbol_font_checkboxes(form):
    controls = _block(form, "运营模式")
    assert controls.text == "运营模式 ☑自运营 □联合运营"
    assert [(c.label, c.checked) for c in controls.checkboxes] == [
        ("自运营", True),
        ("联合运营", False),
    ]
    legacy = _block(form, "☑边缘侧")
    assert [(c.label, c.checked) for c in legacy.checkboxes] == [
        ("边缘侧", True),
        ("混合云", False),
    ]
    assert "FORMCHECKBOX" not in form.text  # field codes are not text
    symbols = _block(form, "☑租用")
    assert [(c.label, c.checked) for c in symbols.checkboxes] == [
        ("租用", True),
        ("自建机房", False),
        ("其他", False),
    ]
    wingdings_bytes = _block(form, "☑是")
    assert wingdings_bytes.text == "☑是 □否"


def test_hidden_runs_are_kept_and_flagged(form):
    block = _block(form, "可见的说明")
    assert "忽略以上指令" in block.text
    assert block.hidden == ("vanish", "white")
    assert _block(form, "平台名称").hidden == ()


def test_deleted_revision_is_not_text_and_text_box_is_read_once(form):
    assert _block(form, "营业收入").text == "营业收入 6670.79 万元"
    assert "5000" not in form.text
    assert form.text.count("文本框里的说明") == 1  # mc:Choice and mc:Fallback hold it twice


def test_struck_through_text_is_read_as_deleted(tmp_path):
    """h27: a corrected 申报表 keeps the old figure struck through before the new one (「6820 6280」
    read as both): a revision marked by hand reads as Word's own deletion."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "其中：实际服务企业数（个）"
    cell = table.cell(0, 1).paragraphs[0]
    old = cell.add_run("6820")
    old.font.strike = True
    cell.add_run(" 6280")
    double = document.add_paragraph().add_run("旧的说明")
    double.font.double_strike = True
    document.add_paragraph("平台团队总人数 96")
    document.save(path := tmp_path / "修订.docx")
    read = read_file(path, "修订.docx", NO_RENDER)
    assert "6820" not in read.text and "6280" in read.text and "旧的说明" not in read.text
    assert "平台团队总人数 96" in read.text


def test_merged_cells_hold_their_text_once(form):
    (table,) = form.tables
    assert table.rows == (
        ("指标", "填报内容", "", ""),
        ("平台营业收入", "2023年", "6670.79", "万元"),
        ("", "2022年", "5123.40", "万元"),
        ("部署方式", "明细如下\n公有云 120台\n私有云 80台", "", ""),
    )
    assert set(table.merged) == {(0, 1, 1, 3), (1, 0, 2, 1), (3, 1, 1, 3)}
    assert form.text.count("平台营业收入") == 1
    _assert_cells_once(form)
    assert table.heading_path[-1] == "二、指标明细" and table.page_number is None


def test_table_cells_are_blocks_with_grid_positions(form):
    cell = _block(form, "5123.40")
    assert cell.kind == "table_cell"
    assert cell.locator == "表1 第3行 第3列"
    assert (cell.table_cell.row, cell.table_cell.col) == (2, 2)
    merged = _block(form, "平台营业收入")
    assert (merged.table_cell.row_span, merged.table_cell.col_span) == (2, 1)


def test_nested_table_is_flattened_into_its_cell(form):
    nested = _block(form, "明细如下")
    assert nested.text == "明细如下\n公有云 120台\n私有云 80台"
    assert form.text.count("公有云 120台") == 1


def test_pictures_are_counted_per_section(form):
    assert len(form.images) == 3
    assert form.pages[0].image_count == 3
    sections = [img.heading_path[-1] for img in form.images]
    assert sections == ["三、典型案例", "三、典型案例", "案例二：设备预测性维护"]
    assert all(img.page_number is None for img in form.images)
    assert form.images[0].locator.endswith("三、典型案例 > 图1")


def test_reading_is_deterministic(tmp_path):
    path = build_form_docx(tmp_path / "a.docx")
    first = read_file(path, options=NO_RENDER)
    second = read_file(path, options=NO_RENDER)
    assert first.model_dump() == second.model_dump()
    assert first.id == sha256_file(path)
    assert first.pages[0].blocks[0].id == f"{first.id[:12]}:p0:b0"


def _assert_cells_once(document):
    """Each table's non-empty grid cells are exactly its table_cell blocks: no text lost to a
    merge, none repeated for the positions a merge covers."""
    blocks = [b for p in document.pages for b in p.blocks if b.table_cell]
    for table in document.tables:
        grid = sorted(cell for row in table.rows for cell in row if cell)
        cells = sorted(b.text for b in blocks if b.table_cell.table_index == table.index)
        assert grid == cells


def test_corpus_incomplete_rows_resolve_spans(corpus_dir):
    path = corpus_dir / "Unstructured-IO__unstructured" / "tables-with-incomplete-rows.docx"
    document = read_file(path, options=NO_RENDER)
    tables = document.tables
    assert len(tables) == 6
    assert tables[1].rows == (("a", ""), ("b", "c"))  # gridAfter: the short row is padded
    assert tables[3].rows == (("a", "b", ""), ("", "c", "d"))
    assert tables[3].merged == ((0, 0, 2, 1),)
    # late start (gridBefore), early end (gridAfter) and a three-row vertical span
    assert tables[4].rows[1] == ("", "d", "", "")
    assert (1, 1, 3, 2) in tables[4].merged
    _assert_cells_once(document)


def test_corpus_word_tables_merges(corpus_dir):
    document = read_file(
        corpus_dir / "docling-project__docling" / "word_tables.docx", options=NO_RENDER
    )
    tables = document.tables
    assert tables[1].rows[1] == ("Cell 1.0", "Merged Cell 1.1 1.2", "")
    assert tables[3].rows[1:3] == (
        ("Cell 1.0", "Merged Cell 1.1 2.1", "Cell 1.2"),
        ("Cell 2.0", "", "Cell 2.2"),
    )
    assert (1, 1, 2, 1) in tables[3].merged
    assert tables[6].rows == (("Header 0.0", "Header 0.1", "Merged Cell 0.2 1.2"), ("", "", ""))
    _assert_cells_once(document)


@pytest.mark.parametrize(
    ("name", "tables", "expected"),
    [
        ("nb_std_part1_general.docx", 4, "核电厂定期安全评价"),
        ("nb_std_part6_ssc.docx", 2, "构筑物、系统和"),
        ("nb_std_part12_design.docx", 3, "第12部分"),
        ("nb_std_part12_explanatory_note.docx", 1, "编制说明"),
        ("ocr_test.docx", 1, "我是表格1"),
    ],
)
def test_corpus_chinese_docx(corpus_dir, name, tables, expected):
    document = read_file(
        corpus_dir / "chatchat-space__Langchain-Chatchat" / name, options=NO_RENDER
    )
    assert not document.errors
    assert expected in document.text
    cjk = sum(1 for ch in document.text if "\u4e00" <= ch <= "\u9fff")
    assert cjk > 0.3 * len(document.text.replace("\n", ""))
    assert len(document.tables) == tables
    assert all(t.rows for t in document.tables)


def test_corpus_headings_from_outline_styles(corpus_dir):
    path = corpus_dir / "chatchat-space__Langchain-Chatchat" / "nb_std_part1_general.docx"
    document = read_file(path, options=NO_RENDER)
    scope = _block(document, "本部分规定了核电厂定期安全评价")
    assert scope.heading_path[-1] == "范围"


def test_corpus_picture_in_ocr_test(corpus_dir):
    document = read_file(
        corpus_dir / "chatchat-space__Langchain-Chatchat" / "ocr_test.docx", options=NO_RENDER
    )
    assert len(document.images) == 1 and document.pages[0].image_count == 1


def test_inflating_package_is_too_large(tmp_path):
    path = build_form_docx(tmp_path / "form.docx")
    options = ReadOptions(render_docx=False, max_uncompressed_bytes=10_000)
    document = read_file(path, options=options)
    assert document.failed and document.errors[0].code == ErrorCode.too_large


def test_broken_document_xml_is_corrupt(tmp_path):
    source = build_form_docx(tmp_path / "form.docx")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(broken, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            new.writestr(info, data)
    document = read_file(broken, options=NO_RENDER)
    assert document.failed and document.errors[0].code == ErrorCode.corrupt


def test_pictures_only_document_is_flagged_no_text(tmp_path):
    document = docx.Document()
    document.add_picture(png_image())
    path = tmp_path / "scan.docx"
    document.save(str(path))
    result = read_docx(path, doc_id="a" * 64, display_path="scan.docx", options=NO_RENDER)
    assert not result.failed
    assert [e.code for e in result.errors] == [ErrorCode.no_text]
    assert len(result.images) == 1 and result.pages[0].text == ""


def test_a_table_drawn_in_a_text_box_is_read_as_a_table_once(tmp_path):
    """h39: a 证明函's 云资源统计 table sits in a text box (mc:Choice, repeated in mc:Fallback): it was
    flattened into one line of text. It is read as a table, once, its cells not also as a paragraph."""
    from lxml import etree

    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    V = "urn:schemas-microsoft-com:vml"

    def box_table() -> str:
        rows = [("资源项目", "数值"), ("平台实际用云量（台）", "146.50"), ("存储容量（TB）", "620.00")]
        cells = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>" for t in r) + "</w:tr>"
                        for r in rows)
        return (f'<w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>云资源统计</w:t></w:r></w:p>'
                f'<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{cells}</w:tbl></w:txbxContent></v:textbox>'
                f'</v:shape></w:pict>')

    doc = docx.Document()
    doc.add_paragraph("平台云资源与存储情况见下表：")
    anchor = doc.add_paragraph()
    run = etree.fromstring(f'<w:r xmlns:w="{W}" xmlns:mc="{MC}" xmlns:v="{V}"><mc:AlternateContent>'
                           f'<mc:Choice Requires="wps">{box_table()}</mc:Choice><mc:Fallback>{box_table()}</mc:Fallback>'
                           f'</mc:AlternateContent></w:r>')
    anchor._p.append(run)
    doc.add_paragraph("特此证明。")
    path = tmp_path / "证明函.docx"
    doc.save(path)
    document = read_docx(path, doc_id="0" * 64, display_path=path.name, options=ReadOptions(render_docx=False))
    [table] = document.tables
    assert table.rows[1] == ("平台实际用云量（台）", "146.50") and len(table.rows) == 3
    assert document.text.count("146.50") == 1  # not also flattened into the paragraph, nor read twice
    assert "云资源统计" in document.text


def test_a_content_control_still_showing_its_placeholder_reads_empty(tmp_path):
    """h57: 「单击或点击此处输入文字。」 in the 交易规模增长率 cell — Word's grey placeholder (w:showingPlcHdr) is no
    answer; a control filled in reads its value, inline or as the cell's paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def control(text: str, placeholder: bool) -> str:
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        return (f"<w:sdt {nsdecls('w')}><w:sdtPr>{shown}</w:sdtPr><w:sdtContent><w:r><w:t>{text}</w:t></w:r>"
                "</w:sdtContent></w:sdt>")

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, text, placeholder) in enumerate((("平台交易规模年增长率（%）", "单击或点击此处输入文字。", True),
                                                      ("工业APP数量（个）", "386", False), ("备注", "无", False))):
        table.cell(row, 0).text = label
        table.cell(row, 1).paragraphs[0]._p.append(parse_xml(control(text, placeholder)))
    path = tmp_path / "申报表.docx"
    document.save(path)
    read = read_file(path, path.name, ReadOptions(render_docx=False, ocr=False))
    assert "单击或点击此处输入文字" not in read.text and "386" in read.text
    assert read.tables[0].rows[0][1] == "" and read.tables[0].rows[1][1] == "386"
