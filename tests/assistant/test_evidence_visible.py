"""What no reader of a file sees proves nothing (assistant.evidence.visible): text under a pasted
screenshot, invisible or white text is dropped before any evidence reader runs, and the rest of the
page keeps its spans (h45's 「实际服务企业（家）：908」 under the picture showing 1,094)."""

from __future__ import annotations

from pathlib import Path

from fixtures import make_pdf_fixtures as fixtures

from assistant.evidence.visible import visible
from extractors.options import ReadOptions
from extractors.reader import read_file


def test_hidden_text_is_gone_and_the_rest_keeps_its_place(tmp_path: Path):
    path = fixtures.make_pasted_picture(tmp_path)
    document = read_file(path, path.name, ReadOptions(ocr=False))
    assert "908" in document.pages[0].text  # the reader keeps it, flagged, for the integrity report
    seen = visible(document).pages[0]
    assert "908" not in seen.text and "12000" not in seen.text
    assert {b.text for b in seen.blocks} == {"图1 平台运营驾驶舱截图", "上海示例科技有限公司（盖章）"}
    assert all(seen.text[b.span.start:b.span.end] == b.text for b in seen.blocks)
    # a document with nothing hidden is itself
    plain = read_file(fixtures.make_chinese_text(tmp_path), "text.pdf", ReadOptions(ocr=False))
    assert visible(plain) is plain
