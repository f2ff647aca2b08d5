"""Scans fed turned (a landscape table scanned in portrait, a page upside down) are read upright:
the page's turn is judged from RapidOCR's line classifier on the page's own lines, the boxes move
into the upright frame, so a table's rows are rows again, and the thumbnail is drawn the same way.
Real RapidOCR models from the wheel (offline); the pages are drawn here."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from eval_sets.generator.fonts import cjk_ttf
from extractors.ocr import recognize
from extractors.ocr_turn import turn_point
from extractors.options import ReadOptions
from extractors.reader import read_file

ROWS = (
    ("项目", "2023年度", "2022年度"),
    ("平台相关营业收入", "12,345.67", "9,876.54"),
    ("平台研发投入", "1,234.00", "987.00"),
    ("平台利润总额", "2,222.22", "1,111.11"),
    ("接入设备数量", "45,678", "34,567"),
)


def table_page() -> Image.Image:
    """An A4 page at 150 dpi: a title and a three-column table, upright."""
    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(cjk_ttf()), 28)
    draw.text((150, 120), "平台经营情况专项说明（单位：万元）", font=font, fill="black")
    for r, row in enumerate(ROWS):
        for c, cell in enumerate(row):
            draw.text((150 + c * 350, 200 + r * 70), cell, font=font, fill="black")
    return image


def rows_of(page) -> list[list[str]]:
    """The page's lines grouped into rows by their upright boxes (what the evidence readers do)."""
    rows: list[list] = []
    for block in sorted(page.blocks, key=lambda b: b.bbox.top):
        if rows and abs(block.bbox.top - rows[-1][0].bbox.top) < 12:
            rows[-1].append(block)
        else:
            rows.append([block])
    return [[b.text for b in sorted(row, key=lambda b: b.bbox.x0)] for row in rows]


@pytest.mark.parametrize("anticlockwise", [0, 90, 180, 270])
def test_an_image_fed_turned_is_read_upright_in_rows(tmp_path, anticlockwise):
    path = tmp_path / f"scan{anticlockwise}.png"
    table_page().rotate(anticlockwise, expand=True).save(path)
    page = read_file(path, options=ReadOptions(cache_dir=tmp_path / "cache")).pages[0]
    assert page.turn == anticlockwise  # PIL turned it anticlockwise; the reader turns it back clockwise
    assert (page.width, page.height) == (1240.0, 1754.0)
    rows = rows_of(page)
    assert rows[0] == ["平台经营情况专项说明（单位：万元）"]
    assert rows[1:] == [list(row) for row in ROWS]


def test_a_scanned_pdf_page_fed_sideways_is_read_upright_and_its_thumbnail_turned(tmp_path):
    from assistant.reports.thumbnails import _render

    path = tmp_path / "sideways.pdf"
    table_page().rotate(90, expand=True).save(path, resolution=150)
    document = read_file(path, options=ReadOptions(cache_dir=tmp_path / "cache"))
    page = document.pages[0]
    assert page.source == "ocr" and page.turn == 90
    assert page.width < page.height  # the portrait frame the table reads in, not the landscape scan
    assert rows_of(page)[2] == ["平台相关营业收入", "12,345.67", "9,876.54"]
    drawn = _render(path, "pdf", 1, 0.5, page.width, None, None, page.turn)
    assert drawn.width < drawn.height  # drawn the way it was read: the cited boxes fall on their words
    shown = _render(path, "pdf", 1, 0.5, page.width, None, None, 0)
    assert shown.width > shown.height


def test_a_page_with_few_lines_or_upright_text_is_not_turned(tmp_path):
    few = Image.new("RGB", (900, 300), "white")
    draw = ImageDraw.Draw(few)
    font = ImageFont.truetype(str(cjk_ttf()), 36)
    draw.text((40, 40), "营业收入6670.79万元", font=font, fill="black")
    draw.text((40, 120), "服务企业1234家", font=font, fill="black")
    result = recognize(_bgr(few.rotate(180, expand=True)), scale=1.0)
    assert result.turn == 0  # two lines are too few to turn a page on
    assert recognize(_bgr(table_page()), scale=1.0).turn == 0


def test_the_turn_is_cached_with_the_lines(tmp_path):
    bitmap = _bgr(table_page().rotate(270, expand=True))
    first = recognize(bitmap, scale=1.0, cache_dir=tmp_path)
    again = recognize(bitmap, scale=1.0, cache_dir=tmp_path)
    assert (first.cached, again.cached) == (False, True)
    assert first.turn == again.turn == 270
    assert [line.bbox for line in first.upright()] == [line.bbox for line in again.upright()]


@pytest.mark.parametrize("turn", [0, 90, 180, 270])
def test_turning_a_point_keeps_it_inside_the_turned_bitmap(turn):
    width, height = 300.0, 100.0
    corners = [turn_point(x, y, width, height, turn) for x, y in ((0, 0), (width, 0), (width, height), (0, height))]
    turned_width, turned_height = (height, width) if turn in (90, 270) else (width, height)
    assert sorted({round(x) for x, _ in corners}) == [0, round(turned_width)]
    assert sorted({round(y) for _, y in corners}) == [0, round(turned_height)]
    # the top-left corner of the shown bitmap goes where a clockwise turn puts it
    assert turn_point(0, 0, width, height, turn) == {0: (0, 0), 90: (height, 0), 180: (width, height),
                                                     270: (0, width)}[turn]


def _bgr(image: Image.Image):
    import numpy as np

    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    rgb = np.asarray(Image.open(buffer).convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])

