"""Pictures on an Excel sheet (h74: a signed 合计 page scanned and inserted beside the device list): their
text is OCR'd by the real RapidOCR models and follows the sheet's cells on its page; a logo-sized
picture is not read, and without OCR the sheet reads as before."""

from __future__ import annotations

import io

import openpyxl
import pytest
from openpyxl.drawing.image import Image as SheetImage
from PIL import Image, ImageDraw

from eval_sets.generator.fonts import pil_font
from extractors.options import ReadOptions
from extractors.reader import read_file


def _picture(lines: list[str], size=(900, 360)) -> io.BytesIO:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((40, 40 + 70 * i), line, fill="black", font=pil_font(34))
    data = io.BytesIO()
    image.save(data, format="PNG")
    data.seek(0)
    return data


@pytest.fixture
def workbook(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "明细"
    sheet.append(["序号", "设备类别", "接入数量"])
    sheet.append([1, "机床", 120])
    signed = book.create_sheet("汇总（盖章页）")
    signed["A1"] = "平台接入设备汇总表（签字盖章页扫描）"
    signed.add_image(SheetImage(_picture(["平台接入设备汇总表", "合计 46,820 18,460", "填报单位（盖章）"])), "A3")
    signed.add_image(SheetImage(_picture(["LOGO"], size=(120, 60))), "H1")
    path = tmp_path / "接入设备清单.xlsx"
    book.save(path)
    return path


def test_a_pictures_text_follows_its_sheets_cells(workbook, tmp_path):
    document = read_file(workbook, workbook.name, ReadOptions(cache_dir=tmp_path / "cache"))
    first, signed = document.pages
    assert "合计" not in first.text and first.image_count == 0
    assert signed.text.startswith("平台接入设备汇总表（签字盖章页扫描）")
    ocr = [b for b in signed.blocks if b.kind == "ocr_line"]
    assert any("46,820" in b.text for b in ocr) and any("平台接入设备汇总表" == b.text for b in ocr)
    assert all(signed.text[b.span.start:b.span.end] == b.text for b in signed.blocks)
    assert not any("LOGO" in b.text for b in ocr) and signed.image_count == 2
    plain = read_file(workbook, workbook.name, ReadOptions(ocr=False))
    assert plain.pages[1].text == "平台接入设备汇总表（签字盖章页扫描）"
