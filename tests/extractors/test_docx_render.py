"""DOCX page numbers from a LibreOffice rendering, and what happens when soffice is absent,
fails or hangs.

The alignment oracle: paragraphs planted after hard page breaks must land on the page the break
forces, whatever fonts LibreOffice substitutes; with natural page ends, every block (or the part
of a paragraph on one page) must be found on the rendered page it was given.
"""

from __future__ import annotations

import os
import stat
import time

import pypdfium2 as pdfium
import pytest
from fixtures.make_office_fixtures import (
    build_form_docx,
    build_long_docx,
    build_paged_docx,
    paged_marker,
)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractors.docx_align import map_blocks, normalise
from extractors.docx_render import render_pdf
from extractors.model import ErrorCode
from extractors.options import ReadOptions
from extractors.reader import read_file

needs_soffice = pytest.mark.requires_soffice  # skips with the reason (tests/system_deps.py)


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def paged_path(tmp_path_factory):
    return build_paged_docx(tmp_path_factory.mktemp("paged") / "申报书.docx", pages=6)


@pytest.fixture(scope="module")
def paged(paged_path, cache):
    return read_file(paged_path, options=ReadOptions(cache_dir=cache))


def _rendered_page_texts(document) -> list[str]:
    pdf = pdfium.PdfDocument(document.rendered_pdf)
    try:
        return [normalise(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    finally:
        pdf.close()


@needs_soffice
@pytest.mark.slow
def test_paragraphs_after_hard_page_breaks_land_on_their_pages(paged):
    assert paged.pagination == "rendered"
    assert [p.number for p in paged.pages] == [1, 2, 3, 4, 5, 6]
    for page in paged.pages:
        markers = [b.text[:8] for b in page.blocks if b.text.startswith("标记P")]
        assert markers == [paged_marker(page.number, i) for i in range(1, 5)]
        # the short cells "是"/"1"/"否" repeat on every page: each stays on its own page
        cells = [b.text for b in page.blocks if b.kind == "table_cell"]
        assert cells == ["是", "1", f"第{page.number}页表格", "否"]
        assert page.width and page.height and page.source == "docx"
        for block in page.blocks:
            assert page.text[block.span.start : block.span.end] == block.text
    assert [t.page_number for t in paged.tables] == [1, 2, 3, 4, 5, 6]
    assert paged.metadata["render_matched"] == "54/54"


@needs_soffice
@pytest.mark.slow
def test_rendering_is_cached_by_content_hash(paged, paged_path, cache, tmp_path):
    pdf = cache / "render" / f"{paged.id}.pdf"
    assert paged.rendered_pdf == str(pdf) and pdf.is_file()
    before = pdf.stat().st_mtime_ns
    # A soffice that always fails proves the second read never ran it.
    broken = _fake_soffice(tmp_path, "exit 1")
    again = read_file(paged_path, "renamed.docx", ReadOptions(cache_dir=cache, soffice=broken))
    assert again.errors == () and again.pagination == "rendered"
    assert pdf.stat().st_mtime_ns == before
    assert [p.text for p in again.pages] == [p.text for p in paged.pages]
    assert not [f for f in (cache / "render").iterdir() if f.suffix == ".partial"]


@needs_soffice
@pytest.mark.slow
def test_first_line_bbox_covers_the_block_start(paged):
    pdf = pdfium.PdfDocument(paged.rendered_pdf)
    try:
        page = paged.pages[2]
        block = next(b for b in page.blocks if b.text.startswith("标记P03N02"))
        box = block.bbox
        assert box is not None and box.x0 < box.x1 and box.top < box.bottom
        textpage = pdf[2].get_textpage()
        inside = textpage.get_text_bounded(
            left=box.x0 - 1,
            bottom=page.height - box.bottom - 1,
            right=box.x1 + 1,
            top=page.height - box.top + 1,
        )
        assert normalise(inside).startswith("标记P03N02")
    finally:
        pdf.close()


@needs_soffice
@pytest.mark.slow
def test_natural_page_ends_split_paragraphs_by_page(tmp_path, cache):
    document = read_file(
        build_long_docx(tmp_path / "long.docx"), options=ReadOptions(cache_dir=cache)
    )
    assert document.pagination == "rendered" and len(document.pages) > 3
    rendered = _rendered_page_texts(document)
    locators = [b.locator for p in document.pages for b in p.blocks]
    split = {loc for loc in locators if locators.count(loc) > 1}
    assert split, "some paragraph should run over a page end"
    for page in document.pages:
        for block in page.blocks:
            assert normalise(block.text) in rendered[page.number - 1]
    # the parts of a split paragraph, in order, are the paragraph
    first = sorted(split)[0]
    parts = [b.text for p in document.pages for b in p.blocks if b.locator == first]
    assert "".join(parts).startswith(parts[0]) and len(parts) == 2


@needs_soffice
@pytest.mark.slow
def test_form_rendering_keeps_boxes_and_places_pictures(tmp_path):
    document = read_file(build_form_docx(tmp_path / "form.docx"), options=ReadOptions())
    assert document.pagination == "rendered"
    assert document.rendered_pdf is None  # no cache_dir: pages numbered, rendering not kept
    assert {img.page_number for img in document.images} <= {p.number for p in document.pages}
    assert sum(p.image_count for p in document.pages) == 3
    block = next(b for p in document.pages for b in p.blocks if b.text.startswith("运营模式"))
    assert [c.checked for c in block.checkboxes] == [True, False]


@needs_soffice
@pytest.mark.slow
def test_corpus_chinese_standard_pages(corpus_dir, cache):
    path = corpus_dir / "chatchat-space__Langchain-Chatchat" / "nb_std_part1_general.docx"
    document = read_file(path, options=ReadOptions(cache_dir=cache))
    assert document.pagination == "rendered"
    assert len(document.pages) >= 10
    rendered = _rendered_page_texts(document)
    blocks = [
        (p.number, b) for p in document.pages for b in p.blocks if len(normalise(b.text)) >= 6
    ]
    on_page = sum(1 for number, b in blocks if normalise(b.text)[:24] in rendered[number - 1])
    assert on_page / len(blocks) > 0.97
    scope = next(b for p in document.pages for b in p.blocks if b.text == "范围")
    assert scope.kind == "heading"


def test_absent_soffice_gives_locators_and_no_error(tmp_path):
    options = ReadOptions(soffice=str(tmp_path / "no-such-soffice"))
    document = read_file(build_paged_docx(tmp_path / "a.docx", pages=2), options=options)
    assert document.pagination == "none" and document.errors == ()
    assert [p.number for p in document.pages] == [None]


def _fake_soffice(tmp_path, body: str):
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_failing_soffice_is_a_non_fatal_render_error(tmp_path):
    options = ReadOptions(
        soffice=_fake_soffice(tmp_path, "echo boom >&2; exit 3"), cache_dir=tmp_path
    )
    document = read_file(build_paged_docx(tmp_path / "a.docx", pages=2), options=options)
    assert document.pagination == "none" and not document.failed
    (error,) = document.errors
    assert error.code == ErrorCode.render_failed and not error.fatal
    assert "3" in error.message_zh
    assert [p.number for p in document.pages] == [None]


@pytest.mark.skipif(os.name != "posix", reason="process groups")
def test_hanging_soffice_is_killed_at_the_timeout(tmp_path):
    options = ReadOptions(
        soffice=_fake_soffice(tmp_path, "sleep 30"), cache_dir=tmp_path, timeout_s=1
    )
    started = time.perf_counter()
    document = read_file(build_paged_docx(tmp_path / "a.docx", pages=2), options=options)
    assert time.perf_counter() - started < 10
    (error,) = document.errors
    assert error.code == ErrorCode.render_failed and "超时" in error.message_zh
    assert document.pagination == "none"


def _pdf(path, pages: list[list[str]]):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    drawing = canvas.Canvas(str(path))
    for lines in pages:
        drawing.setFont("STSong-Light", 11)
        for i, line in enumerate(lines):
            drawing.drawString(60, 780 - 18 * i, line)
        drawing.showPage()
    drawing.save()
    return path


def test_alignment_skips_table_of_contents_and_page_furniture(tmp_path):
    pdf = _pdf(
        tmp_path / "r.pdf",
        [
            ["目  次", "第一章 平台基本情况概述……………1", "第二章 平台关键技术能力……………2"],
            ["第一章 平台基本情况概述", "是", "平台汇聚工业设备十二万台，服务企业", "- 2 -"],
            ["申报书（页眉）", "三千家，覆盖长三角地区。", "第二章 平台关键技术能力", "是"],
        ],
    )
    texts = [
        "目\u3000\u3000次",
        "第一章 平台基本情况概述\t1",
        "第二章 平台关键技术能力\t2",
        "第一章 平台基本情况概述",
        "是",
        "平台汇聚工业设备十二万台，服务企业三千家，覆盖长三角地区。",
        "第二章 平台关键技术能力",
        "是",
    ]
    alignment = map_blocks(pdf, texts)
    assert [p.page_index for p in alignment.placements] == [0, 0, 0, 1, 1, 1, 2, 2]
    assert all(p.matched for p in alignment.placements)
    long = alignment.placements[5]
    (continued,) = long.continued
    assert continued.page_index == 2
    assert texts[5][continued.offset :] == "三千家，覆盖长三角地区。"


def test_unfound_block_inherits_the_previous_page(tmp_path):
    pdf = _pdf(
        tmp_path / "r.pdf",
        [["第一段文字在第一页上"], ["第二段文字在第二页上", "第三段文字在第二页上"]],
    )
    texts = [
        "第一段文字在第一页上",
        "第二段文字在第二页上",
        "这一段被隐藏了没有渲染",
        "第三段文字在第二页上",
    ]
    placements = map_blocks(pdf, texts).placements
    assert [p.page_index for p in placements] == [0, 1, 1, 1]
    assert [p.matched for p in placements] == [True, True, False, True]


@needs_soffice
@pytest.mark.slow
def test_render_pdf_returns_the_cached_rendering(paged, paged_path, cache):
    options = ReadOptions(cache_dir=cache)
    assert (
        render_pdf(paged_path, doc_id=paged.id, options=options)
        == cache / "render" / f"{paged.id}.pdf"
    )


def test_render_pdf_is_none_without_soffice_or_when_it_fails(tmp_path):
    path = build_paged_docx(tmp_path / "a.docx", pages=1)
    missing = ReadOptions(soffice=str(tmp_path / "none"), cache_dir=tmp_path)
    assert render_pdf(path, doc_id="b" * 64, options=missing) is None
    failing = ReadOptions(soffice=_fake_soffice(tmp_path, "exit 1"), cache_dir=tmp_path)
    assert render_pdf(path, doc_id="b" * 64, options=failing) is None
    assert not (tmp_path / "render" / f"{'b' * 64}.pdf").exists()


_WRITES_JUNK_PDF = """
while [ $# -gt 0 ]; do [ "$1" = "--outdir" ] && out="$2"; last="$1"; shift; done
mkdir -p "$out" && echo "not a pdf" > "$out/$(basename "$last" .docx).pdf"
"""


def test_unwritable_cache_is_a_non_fatal_render_error(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    options = ReadOptions(soffice=_fake_soffice(tmp_path, _WRITES_JUNK_PDF), cache_dir=blocker)
    document = read_file(build_paged_docx(tmp_path / "a.docx", pages=1), options=options)
    assert not document.failed and document.pagination == "none"
    (error,) = document.errors
    assert error.code == ErrorCode.render_failed and "NotADirectoryError" in error.message_en


def test_unreadable_rendering_is_dropped_from_the_cache(tmp_path):
    options = ReadOptions(
        soffice=_fake_soffice(tmp_path, _WRITES_JUNK_PDF), cache_dir=tmp_path / "c"
    )
    document = read_file(build_paged_docx(tmp_path / "a.docx", pages=1), options=options)
    assert not document.failed and document.pagination == "none"
    assert [e.code for e in document.errors] == [ErrorCode.render_failed]
    assert list((tmp_path / "c" / "render").iterdir()) == []  # the next read renders again
