"""Screenshots pasted into a Word file are read: on the LibreOffice rendering, the OCR lines inside
a picture become `ocr_line` blocks of the rendered page it sits on, with boxes in that page's frame;
a small logo is not read, and text outside pictures is not read twice. Real soffice and RapidOCR."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Cm
from PIL import Image, ImageDraw, ImageFont

from eval_sets.generator.fonts import cjk_ttf
from extractors.options import ReadOptions
from extractors.reader import read_file

pytestmark = pytest.mark.requires_soffice


def dashboard(path, tiles):
    """A light dashboard capture: one tile per (caption, figure)."""
    image = Image.new("RGB", (1200, 260), (244, 247, 252))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(cjk_ttf()), 30)
    big = ImageFont.truetype(str(cjk_ttf()), 44)
    for k, (caption, figure) in enumerate(tiles):
        left = 30 + k * 390
        draw.rectangle((left, 30, left + 360, 230), fill="white", outline=(200, 210, 225), width=2)
        draw.text((left + 24, 50), caption, font=font, fill=(90, 100, 120))
        draw.text((left + 24, 120), figure, font=big, fill=(20, 30, 60))
    image.save(path)


def test_a_screenshot_pasted_into_word_is_read_on_its_rendered_page(tmp_path):
    shot = tmp_path / "shot.png"
    dashboard(shot, [("注册企业", "31,560"), ("接入设备(台套)", "45,678"), ("工业APP", "1,203")])
    logo = tmp_path / "logo.png"
    dashboard(logo, [("标识", "99,999")])
    document = docx.Document()
    document.add_paragraph("证明材料：平台运营截图汇编")
    document.add_picture(str(logo), width=Cm(1.5))  # a logo-sized picture: not read
    document.add_page_break()
    document.add_paragraph("图1 平台运营数据大屏（截至2024年6月30日）")
    document.add_picture(str(shot), width=Cm(16))
    path = tmp_path / "截图汇编.docx"
    document.save(path)

    read = read_file(path, options=ReadOptions(cache_dir=tmp_path / "cache"))
    assert read.pagination == "rendered"
    ocr = [(page.number, block) for page in read.pages for block in page.blocks if block.kind == "ocr_line"]
    texts = [block.text for _, block in ocr]
    assert {"注册企业", "31,560", "45,678", "1,203"} <= set(texts)
    assert {number for number, _ in ocr} == {2}  # the page the screenshot was pasted on
    assert "99,999" not in "".join(texts)  # the logo is too small to be a proof
    assert not any("证明材料" in text or "图1" in text for text in texts)  # the Word text is not read twice
    page = next(page for page in read.pages if page.number == 2)
    figure = next(block for _, block in ocr if block.text == "31,560")
    caption = next(block for _, block in ocr if block.text == "注册企业")
    assert 0 < figure.bbox.x0 < page.width and 0 < figure.bbox.top < page.height
    assert caption.bbox.bottom <= figure.bbox.top + 2  # caption above its figure, as drawn
    assert page.text[figure.span.start:figure.span.end] == "31,560"


def test_without_a_rendering_pictures_stay_unread_but_counted(tmp_path):
    shot = tmp_path / "shot.png"
    dashboard(shot, [("注册企业", "31,560")])
    document = docx.Document()
    document.add_paragraph("截图")
    document.add_picture(str(shot), width=Cm(16))
    path = tmp_path / "a.docx"
    document.save(path)
    read = read_file(path, options=ReadOptions(cache_dir=tmp_path / "cache", render_docx=False))
    assert len(read.images) == 1
    assert not any(block.kind == "ocr_line" for page in read.pages for block in page.blocks)


def test_a_dashboard_pasted_into_word_gives_cited_figures(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from fixtures.make_unseen_fixtures import cited_facts

    from assistant.evidence.figures import read_figures

    shot = tmp_path / "shot.png"
    dashboard(shot, [("注册企业用户", "31,560"), ("连接工业设备", "45,678"), ("工业APP", "1,203")])
    document = docx.Document()
    document.add_paragraph("附件5 平台运营截图")
    document.add_page_break()
    document.add_picture(str(shot), width=Cm(16))
    path = tmp_path / "运营截图.docx"
    document.save(path)
    read = read_file(path, options=ReadOptions(cache_dir=tmp_path / "cache"))
    found = {key[0]: value for key, value in cited_facts(read, read_figures).items()}
    assert found["enterprise_users_registered"].normalized == 31560
    citation = found["enterprise_users_registered"].citations[0]
    assert citation.page == 2 and citation.bbox is not None and citation.quote == "31,560"


def test_a_diagram_among_a_pages_paragraphs_is_not_read(tmp_path):
    shot = tmp_path / "shot.png"
    dashboard(shot, [("注册企业", "31,560")])
    document = docx.Document()
    document.add_paragraph("平台总体架构如下。" + "平台以工业数据为核心，面向钢铁行业提供设备运维、质量追溯与供应链协同服务。" * 10)
    document.add_picture(str(shot), width=Cm(16))
    path = tmp_path / "申报书.docx"
    document.save(path)
    read = read_file(path, options=ReadOptions(cache_dir=tmp_path / "cache"))
    assert read.pages[0].image_count == 1
    assert not any(block.kind == "ocr_line" for page in read.pages for block in page.blocks)


def test_the_words_in_a_word_proposals_pictures_are_not_its_paragraphs():
    from assistant.forms.proposal import _paragraphs
    from extractors.model import Block, Document, Page, Span

    def document(file_format):
        text = "一、平台基本情况\n注册企业 31,560"
        blocks = (Block(id="d:p1:b0", kind="paragraph" if file_format == "docx" else "ocr_line",
                        text="一、平台基本情况", span=Span(start=0, end=8), locator="段落1"),
                  Block(id="d:p1:o0", kind="ocr_line", text="注册企业 31,560", span=Span(start=9, end=22)))
        return Document(id="d" * 64, path="申报书", format=file_format, pagination="physical",
                        pages=(Page(number=1, text=text, blocks=blocks),))

    assert [p.text for p in _paragraphs(document("docx"))] == ["一、平台基本情况"]
    assert "注册企业 31,560" in [p.text for p in _paragraphs(document("pdf"))]  # a scanned 申报书 is its OCR
