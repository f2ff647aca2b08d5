"""OCR's second look for large text (extractors.ocr_large): the real RapidOCR models on a drawn
dashboard, and the merge rules on scripted detector outputs."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from eval_sets.generator.fonts import cjk_ttf
from extractors.ocr import recognize
from extractors.ocr_large import added_lines


def _dashboard(figures: dict[str, str], size: int):
    """Dark tiles, a 32 px caption above a figure drawn at `size` px (a 大屏 screenshot)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1600, 900), (16, 32, 60))
    draw = ImageDraw.Draw(image)
    caption, big = ImageFont.truetype(str(cjk_ttf()), 32), ImageFont.truetype(str(cjk_ttf()), size)
    for k, (label, figure) in enumerate(figures.items()):
        x = 50 + 520 * k
        draw.rounded_rectangle((x, 130, x + 480, 430), 12, outline=(70, 140, 230), width=2, fill=(28, 56, 98))
        draw.text((x + 30, 170), label, fill=(180, 200, 230), font=caption)
        draw.text((x + 30, 260), figure, fill=(250, 210, 90), font=big)
    draw.text((40, 820), "数据截至 2024-06-30", fill=(180, 200, 230), font=caption)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def test_figures_drawn_far_larger_than_their_captions_are_read():
    figures = {"接入设备总数（台/套）": "12,640", "注册企业（家）": "1,142", "实际服务企业（家）": "1,017"}
    result = recognize(_dashboard(figures, 110), scale=1.0)
    texts = [line.text for line in result.lines]
    for label, figure in figures.items():
        assert figure in texts, texts
        assert texts.index(label) < texts.index(figure)  # captions read first: the figures are in reading order
    box = result.lines[texts.index("1,142")].bbox
    assert 570 <= box.x0 < box.x1 <= 1050 and 250 <= box.top < box.bottom <= 430  # its own tile


class _Scripted:
    """Stands in for RapidOCR's two calls: the detector's boxes, and what a crop reads as."""

    def __init__(self, boxes=(), reading=("", 0.0)):
        self.boxes, self.reading, self.crops = boxes, reading, 0

    def __call__(self, image, *, use_det, use_cls, use_rec):
        if use_det:
            return SimpleNamespace(boxes=np.asarray(self.boxes, dtype=float) if self.boxes else None)
        self.crops += 1
        return SimpleNamespace(txts=(self.reading[0],), scores=(self.reading[1],))


def _quad(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def _line(text, x0, y0, x1, y1):
    return {"text": text, "score": 1.0, "quad": _quad(x0, y0, x1, y1)}


PAGE = np.zeros((900, 1600, 3), dtype=np.uint8)
FIRST = [_line("注册企业（家）", 100, 170, 300, 205), _line("实际服务企业（家）", 600, 170, 850, 205),
         _line("数据截至 2024-06-30", 40, 820, 400, 850)]


def test_a_tall_box_the_first_pass_missed_is_read_and_placed_after_its_caption():
    engine = _Scripted(reading=("1,142", 0.99))
    lines = added_lines(engine, _Scripted(boxes=[_quad(100, 260, 330, 360)]), PAGE, FIRST)
    assert [line["text"] for line in lines] == ["注册企业（家）", "实际服务企业（家）", "1,142", "数据截至 2024-06-30"]
    assert lines[2]["quad"] == _quad(100, 260, 330, 360) and engine.crops == 1


def test_boxes_already_read_short_boxes_and_unsure_readings_add_nothing():
    engine = _Scripted(reading=("1,142", 0.99))
    covered = _Scripted(boxes=[_quad(95, 168, 310, 207)])  # the caption the first pass read
    short = _Scripted(boxes=[_quad(100, 260, 330, 280)])  # shorter than the page's lines
    assert added_lines(engine, covered, PAGE, FIRST) is FIRST
    assert added_lines(engine, short, PAGE, FIRST) is FIRST
    assert engine.crops == 0
    unsure = _Scripted(reading=("1,l42", 0.6))
    assert added_lines(unsure, _Scripted(boxes=[_quad(100, 260, 330, 360)]), PAGE, FIRST) is FIRST


def test_a_bitmap_no_larger_than_the_second_look_is_not_looked_at_again():
    looker = _Scripted(boxes=[_quad(10, 10, 200, 120)])
    small = np.zeros((600, 800, 3), dtype=np.uint8)
    assert added_lines(_Scripted(reading=("94", 1.0)), looker, small, []) == []


def test_a_figure_read_in_pieces_is_replaced_by_the_whole_reading_only_when_it_holds_them():
    pieces = FIRST + [_line("142", 175, 263, 330, 355), _line("1", 110, 284, 125, 350), _line("_", 140, 300, 150, 340)]
    looker = _Scripted(boxes=[_quad(100, 255, 335, 360)])
    lines = added_lines(_Scripted(reading=("1,142", 0.99)), looker, PAGE, pieces)
    assert [line["text"] for line in lines] == ["注册企业（家）", "实际服务企业（家）", "1,142", "数据截至 2024-06-30"]
    assert added_lines(_Scripted(reading=("1,742", 0.99)), looker, PAGE, pieces) is pieces  # not what was read
    assert added_lines(_Scripted(reading=("142", 0.99)), looker, PAGE, pieces) is pieces  # no more than was read


def test_a_box_straddling_a_line_it_does_not_hold_is_left_alone():
    wide = _Scripted(boxes=[_quad(90, 160, 700, 260)])  # half over each caption, taller than both
    assert added_lines(_Scripted(reading=("注册企业（家）实际服务", 0.99)), wide, PAGE, FIRST) is FIRST


def test_of_the_pages_own_size_a_figure_is_added_and_a_word_or_a_stray_glyph_is_not():
    """A donut's centre 「864家」 at the size of the legend beside it; a seal's 「公」 or a 「★」, tall or not."""
    same_size = _Scripted(boxes=[_quad(100, 260, 200, 296)])
    assert [line["text"] for line in added_lines(_Scripted(reading=("864家", 0.99)), same_size, PAGE, FIRST)] == [
        "注册企业（家）", "实际服务企业（家）", "864家", "数据截至 2024-06-30"]
    assert added_lines(_Scripted(reading=("服务企业", 0.99)), same_size, PAGE, FIRST) is FIRST
    tall = _Scripted(boxes=[_quad(100, 260, 160, 360)])
    for glyph in ("公", "★", "6"):
        assert added_lines(_Scripted(reading=(glyph, 0.99)), tall, PAGE, FIRST) is FIRST


def test_a_donuts_centre_figure_is_read():
    """A ring chart with its total in the hole (「服务企业 864家」), the legend's size: the detector saw
    the caption and not the figure under it (a blind package's 行业分布 chart)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1400, 900), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(cjk_ttf()), 34)
    colours = ["#2f6dc0", "#ee7f33", "#72ad48", "#ffc000", "#5b9bd5", "#a5a5a5", "#9c4a0f", "#652570"]
    shares = [24.77, 15.97, 11.11, 12.96, 10.19, 14.58, 6.71, 3.70]
    start = -90.0
    for colour, share in zip(colours, shares, strict=True):
        end = start + 360 * share / 100
        draw.pieslice((100, 170, 760, 830), start, end, fill=colour, outline="white", width=3)
        start = end
    draw.ellipse((260, 330, 600, 670), fill="white")
    draw.text((430, 475), "服务企业", fill="#222222", font=font, anchor="mm")
    draw.text((430, 525), "864家", fill="#222222", font=font, anchor="mm")
    for k, (colour, share) in enumerate(zip(colours, shares, strict=True)):
        draw.rectangle((860, 155 + 56 * k, 890, 185 + 56 * k), fill=colour)
        draw.text((905, 152 + 56 * k), f"行业{k + 1}  {share:.2f}%", fill="#222222", font=font)
    texts = [line.text for line in recognize(np.ascontiguousarray(np.asarray(image)[:, :, ::-1]), scale=1.0).lines]
    assert "864家" in texts and texts.index("服务企业") < texts.index("864家"), texts
