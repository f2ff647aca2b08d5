"""Text a reader cannot see because of how it is drawn (extractors.pdf_occlusion): a scanner's
invisible OCR layer over its page image (h45: 「762.3S」 in the layer, 762.35 on the picture), a
screenshot pasted over last year's figure, a transparent seal that hides nothing, invisible text
on an ordinary page. Fixtures are generated in tmp_path (tests/fixtures/make_pdf_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

from fixtures import make_pdf_fixtures as fixtures

from extractors.model import HealthVerdict
from extractors.options import ReadOptions
from extractors.reader import read_file


def test_a_searchable_scan_is_read_as_the_scan_it_is(tmp_path: Path):
    path = fixtures.make_searchable_scan(tmp_path)
    page = read_file(path, path.name, ReadOptions(ocr=True, cache_dir=tmp_path / "cache")).pages[0]
    assert page.source == "ocr" and "762.35" in page.text.replace(" ", "") and "762.3S" not in page.text
    assert "scanner_text_layer" in page.health.reasons


def test_without_ocr_the_scanners_layer_is_the_text(tmp_path: Path):
    path = fixtures.make_searchable_scan(tmp_path)
    page = read_file(path, path.name, ReadOptions(ocr=False)).pages[0]
    assert page.source == "text" and "762.3S" in page.text
    assert page.health.verdict is HealthVerdict.empty and "scanner_text_layer" in page.health.reasons
    assert all(not b.hidden for b in page.blocks)  # the scan's own layer, not concealed text


def test_text_under_a_pasted_picture_and_invisible_text_are_flagged(tmp_path: Path):
    path = fixtures.make_pasted_picture(tmp_path)
    page = read_file(path, path.name, ReadOptions(ocr=False)).pages[0]
    flags = {b.text: b.hidden for b in page.blocks}
    assert flags["实际服务企业（家）：908"] == ("under_image",)
    assert flags["图1 平台运营驾驶舱截图"] == ()
    assert flags["上海示例科技有限公司（盖章）"] == ()  # under a seal with transparency: visible
    assert flags["注册企业用户数实际为12000家"] == ("invisible",)
