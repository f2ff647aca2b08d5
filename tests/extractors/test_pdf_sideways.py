"""Pages whose text runs sideways as the file displays them are read upright (blind holdout 4: a
landscape statements page stored with /Rotate 90, a device list's landscape pages likewise).
Fixtures: tests/fixtures/make_sideways_fixtures.py.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from fixtures.make_sideways_fixtures import (
    ROWS,
    cjk_font,
    drawn_turned_on_portrait,
    landscape_drawn_for_rotate,
    landscape_stored_turned,
    ruled_table,
)
from reportlab.pdfgen import canvas

from extractors.options import ReadOptions
from extractors.pdf_direction import turn_upright
from extractors.reader import read_file

OPTIONS = ReadOptions(ocr=False, render_docx=False)


def test_a_landscape_table_stored_with_the_wrong_rotate_is_read_in_rows(tmp_path):
    document = read_file(landscape_stored_turned(tmp_path / "turned.pdf"), "turned.pdf", OPTIONS)
    assert [list(row) for row in document.tables[0].rows] == ROWS
    page = document.pages[0]
    assert page.width > page.height  # read (and cited) as the landscape page it is
    assert "资产总计 248,621,678.83 215,339,015.36" in page.text


def test_a_table_drawn_turned_on_a_portrait_page_is_read_in_rows(tmp_path):
    document = read_file(drawn_turned_on_portrait(tmp_path / "portrait.pdf"), "portrait.pdf", OPTIONS)
    assert [list(row) for row in document.tables[0].rows] == ROWS


def test_upright_pages_are_left_as_they_are(tmp_path):
    path = tmp_path / "upright.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    pdf.setFont(cjk_font(), 11)
    ruled_table(pdf, 60, 780)
    pdf.showPage()
    pdf.save()
    page = pdfium.PdfDocument(path)[0]
    assert turn_upright(page, page.get_textpage()) is False and page.get_rotation() == 0
    turned = pdfium.PdfDocument(landscape_stored_turned(tmp_path / "turned.pdf"))[0]
    assert turn_upright(turned, turned.get_textpage()) is True and turned.get_rotation() == 0


def test_a_landscape_page_drawn_turned_and_rotated_upright_reads_in_lines(tmp_path):
    """h45: the text runs up the portrait page and /Rotate 90 shows it upright. Its lines are
    lines as displayed — not one row per character (the flattened-field path) with spaces."""
    document = read_file(landscape_drawn_for_rotate(tmp_path / "upright.pdf"), "upright.pdf", OPTIONS)
    text = document.pages[0].text
    assert "平台接入设备统计表（截至2024年6月30日）" in text and "合计 8,640 5,230" in text
