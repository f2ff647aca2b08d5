"""The 申报书 read into its outline, from real DOCX files built here and read by the real reader."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document as Docx
from docx.shared import Pt

from assistant.forms.proposal import closing_text, count_chars, read_proposal
from eval_sets.generator.fonts import cjk_ttf
from extractors.options import ReadOptions
from extractors.reader import read_file

OPTIONS = ReadOptions(render_docx=False, ocr=False)
TITLES = ("一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划",
          "五、平台应用案例", "六、附件及其他说明材料")


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 90, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


def _bold(doc, text: str) -> None:
    run = doc.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(16)


def _write(path: Path, *, style: str = "word", title_cover: bool = False, toc: str = "",
           numbered: bool = True, closing_last: bool = True, cases: int = 2, images: int = 1,
           revised: bool = False) -> Path:
    doc = Docx()
    if title_cover:
        doc.add_heading("上海市工业互联网平台应用水平评价申报书", level=0)
    else:
        doc.add_paragraph("申报书")
    doc.add_paragraph("平台名称：延锋工业互联网平台")
    doc.add_paragraph("申报单位：上海延锋金桥饰件系统有限公司（公章）")
    if revised:  # a 修订说明 listing the chapters it changed (blind h27)
        for line in ("修订说明", "序号 章节 修改内容 页码", "二、平台建设及运营情况",
                     "平台相关研发投入原填报1,286.40万元更正为1,268.40万元 第4页", "六、附件及其他说明材料",
                     "增列补正材料“更正说明” 第8页"):
            doc.add_paragraph(line)
    if toc:
        doc.add_paragraph("目录")
        for title in TITLES:
            doc.add_paragraph(f"{title}\t3" if toc == "pages" else title)
    for title in TITLES:
        text = title if numbered else title.split("、", 1)[1]
        if style == "word":
            doc.add_heading(text, level=1)
        else:
            _bold(doc, text)
        if title.startswith("二"):
            doc.add_paragraph("平台累计连接工业设备约3.2万台（套），注册企业用户570家。")
            closing = doc.add_paragraph("平台技术创新点总结：一是自研协议解析引擎；二是底层技术自主可控。")
            if not closing_last:
                doc.add_paragraph("平台运营团队持续迭代产品。")
            del closing
        elif title.startswith("三"):
            doc.add_paragraph("平台服务中小企业283家。")
            doc.add_paragraph("综上所述，平台形成了可复制推广的商业模式。")
        elif title.startswith("五"):
            for k in range(1, cases + 1):
                head = f"案例{k}：延锋工业互联网平台——场景{k}"
                if style == "word":
                    doc.add_heading(head, level=2)
                else:
                    _bold(doc, head)
                doc.add_paragraph("企业简介：某汽车内饰件企业。")
                doc.add_paragraph("平台简介（300字左右）")
                doc.add_paragraph("平台提供设备接入与数据分析。")
                doc.add_paragraph("案例实际内容简介：平台为其加装终端，良品率提升3%。")
                doc.add_paragraph("配图：")
                for _ in range(images):
                    doc.add_picture(io.BytesIO(_png()))
                doc.add_paragraph(f"图{k} 架构")
        else:
            doc.add_paragraph("正文。")
    doc.save(path)
    return path


def _read(path: Path):
    return read_proposal(read_file(path, path.name, OPTIONS))


def test_word_headings_give_sections_closings_cases_and_pictures(tmp_path):
    proposal = _read(_write(tmp_path / "a.docx", cases=2, images=2))
    assert [s.number for s in proposal.sections] == ["一", "二", "三", "四", "五", "六"]
    assert proposal.section("七") is None
    two, three = proposal.section("二"), proposal.section("三")
    assert two.closing is not None and two.closing.text.startswith("平台技术创新点总结")
    assert closing_text(two.closing) == "一是自研协议解析引擎；二是底层技术自主可控。"
    assert three.closing is not None and three.closing.text.startswith("综上所述")
    assert [c.title for c in proposal.cases] == ["延锋工业互联网平台——场景1", "延锋工业互联网平台——场景2"]
    case = proposal.cases[0]
    assert case.part("企业简介").text == "某汽车内饰件企业。"
    # A label on its own line ("平台简介（300字左右）") takes the paragraphs after it.
    assert case.part("平台简介").text == "平台提供设备接入与数据分析。"
    assert case.part("案例实际内容简介").text.startswith("平台为其加装终端")
    assert case.images_certain == 2 and case.images_possible == 2
    expected = sum(count_chars(t) for t in ("延锋工业互联网平台——场景1", "某汽车内饰件企业。", "平台提供设备接入与数据分析。",
                                            "平台为其加装终端，良品率提升3%。"))
    assert case.chars == expected  # the 配图 part and its caption do not count
    assert proposal.cover_value("平台名称").value == "延锋工业互联网平台"
    assert proposal.cover_value("申报单位").value == "上海延锋金桥饰件系统有限公司"
    assert proposal.cover_value("平台名称").citation.quote == "平台名称：延锋工业互联网平台"


def test_bold_titles_are_found_even_when_the_document_has_heading_styles(tmp_path):
    # A Title-styled cover makes the reader trust styles only: "一、…" in bold is a plain paragraph.
    proposal = _read(_write(tmp_path / "b.docx", style="bold", title_cover=True))
    assert [s.number for s in proposal.sections] == ["一", "二", "三", "四", "五", "六"]
    assert proposal.section("五").heading.kind == "paragraph"
    assert len(proposal.cases) == 2


def test_bold_layout_pictures_fall_to_the_section_when_cases_are_not_headings(tmp_path):
    proposal = _read(_write(tmp_path / "c.docx", style="bold", cases=2, images=3))
    # No pages (no rendering) and no case headings: pictures cannot be placed in a case ...
    assert all(c.images_certain == 0 for c in proposal.cases)
    # ... but the section still knows how many it holds.
    assert proposal.section5_images == 6


@pytest.mark.parametrize("toc", ["pages", "plain"])
def test_table_of_contents_is_not_taken_for_the_sections(tmp_path, toc):
    proposal = _read(_write(tmp_path / "d.docx", toc=toc))
    assert [s.number for s in proposal.sections] == ["一", "二", "三", "四", "五", "六"]
    first = proposal.section("一")
    assert first.heading.kind == "heading"
    assert first.paragraphs and first.paragraphs[0].text == "正文。"


def test_chapters_listed_by_a_revision_note_before_chapter_one_are_mentions(tmp_path):
    proposal = _read(_write(tmp_path / "r.docx", revised=True))
    assert [s.number for s in proposal.sections] == ["一", "二", "三", "四", "五", "六"]
    assert all(s.heading.kind == "heading" for s in proposal.sections)
    assert proposal.section("二").closing is not None


def test_titles_without_numerals_from_automatic_numbering(tmp_path):
    proposal = _read(_write(tmp_path / "e.docx", numbered=False))
    assert [s.number for s in proposal.sections] == ["一", "二", "三", "四", "五", "六"]


def test_closing_that_is_not_last_is_reported_elsewhere(tmp_path):
    proposal = _read(_write(tmp_path / "f.docx", closing_last=False))
    two = proposal.section("二")
    assert two.closing is None
    assert two.closing_elsewhere is not None and two.closing_elsewhere.text.startswith("平台技术创新点总结")


def test_a_summing_up_sentence_inside_an_earlier_paragraph_is_found_elsewhere(tmp_path):
    # holdout 7: the summary followed a sentence in one paragraph, and filler paragraphs came after it.
    doc = Docx()
    for title in TITLES:
        doc.add_heading(title, level=1)
        doc.add_paragraph("平台帮助用户企业缩短交付周期、提升良品率，订单准时交货率提升约6个百分点。应用创新点总结：新技术融合应用、新场景拓展。")
        doc.add_paragraph("平台持续为用户企业创造价值，在行业内形成了示范带动效应。")
    path = tmp_path / "h.docx"
    doc.save(path)
    three = _read(path).section("三")
    assert three.closing is None and "应用创新点总结" in three.closing_elsewhere.text


def test_last_paragraph_without_summing_up_is_no_closing(tmp_path):
    doc = Docx()
    for title in TITLES:
        doc.add_heading(title, level=1)
        doc.add_paragraph("平台服务中小企业283家，带动新增就业436人。")
    path = tmp_path / "g.docx"
    doc.save(path)
    proposal = _read(path)
    assert proposal.section("三").closing is None and proposal.section("三").closing_elsewhere is None


def test_count_chars_counts_every_non_blank_character():
    assert count_chars("平台 APP，3.2万台\n") == 11
    assert count_chars("") == 0


def _lines_pdf(path: Path, lines: list[str], step: float = 20) -> Path:
    """One text-PDF page, a line every `step` points from the top (a 申报书 as a PDF)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", str(cjk_ttf()), subfontIndex=0))
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setFont("wqy", 11)
    for k, line in enumerate(lines):
        pdf.drawString(50, 800 - step * k, line)
    pdf.showPage()
    pdf.save()
    return path


def test_text_pdf_lines_are_joined_into_paragraphs(tmp_path):
    lines = ["申报书", "平台名称：延锋工业互联网平台", "一、申报单位简介", "公司成立于1994年。",
             "二、平台建设及运营情况", "平台累计连接工业设备约3.2万台（套），注册企业用户570家，实际服务",
             "企业383家。", "平台技术创新点总结：一是自研协议解析引擎，二是底层技术自主可控，三是平台",
             "独特性突出。", "- 2 -", "三、平台应用成效", "平台服务中小企业283家。", "四、平台下一步发展计划", "深化应用。",
             "五、平台应用案例", "案例1：延锋工业互联网平台——注塑工艺优化", "企业简介：某企业。", "六、附件及其他说明材料", "附件清单。"]
    path = _lines_pdf(tmp_path / "申报书.pdf", lines)
    proposal = read_proposal(read_file(path, path.name, OPTIONS))
    assert [s.number for s in proposal.sections] == ["一", "二", "三", "四", "五", "六"]
    two = proposal.section("二")
    assert [p.text for p in two.body][0].endswith("实际服务企业383家。")  # two lines, one paragraph
    assert two.closing is not None and two.closing.text.endswith("三是平台独特性突出。")
    assert proposal.section("三").closing is None
    assert [c.title for c in proposal.cases] == ["延锋工业互联网平台——注塑工艺优化"]


def test_cover_lines_joined_into_one_paragraph_are_split_at_each_label(tmp_path):
    """h9: a PDF 申报书 cover whose lines the reader joined (「平台名称：…平台申报单位：…（公章）联 系 人：…」)
    gave the 平台名称 with the applicant and the contact person in it, and a false name warning."""
    lines = ["上海市工业互联网平台应用水平评价", "申报书", "申报年度：2024年度", "平台名称：电机设备远程运维服务工业互联网平台",
             "申报单位：上海电机系统节能工程技术研究中心有限公司（公章）", "联 系 人：邵振宇", "联系人电话：13916058823",
             "一、申报单位简介", "公司成立于2005年。"]
    path = _lines_pdf(tmp_path / "申报书.pdf", lines, step=16)
    proposal = read_proposal(read_file(path, path.name, OPTIONS))
    assert proposal.cover_value("平台名称").value == "电机设备远程运维服务工业互联网平台"
    assert proposal.cover_value("申报单位").value == "上海电机系统节能工程技术研究中心有限公司"
    assert proposal.cover_value("联系人").value == "邵振宇"
    assert proposal.cover_value("联系人电话").value == "13916058823"


def test_a_case_whose_name_and_content_share_one_paragraph(tmp_path):
    # holdout 6: 「案例1：平台——设备预测性维护。用户企业运维成本下降19.56%…」 — the whole paragraph was taken
    # for the name and a clean package was told its names ran over 30 字.
    doc = Docx()
    for title in TITLES:
        doc.add_heading(title, level=1)
        if title.startswith("五"):
            doc.add_paragraph("案例1：数字化环境装备服务工业互联网平台——设备预测性维护。用户企业运维成本下降19.56%，能耗下降11.67%。")
    path = tmp_path / "i.docx"
    doc.save(path)
    [case] = _read(path).cases
    assert case.title == "数字化环境装备服务工业互联网平台——设备预测性维护"
    assert case.chars > len(case.title) + 20  # the content still counts in the case's 字数


def test_a_case_title_line_in_a_pdf_ends_where_the_indented_body_begins(tmp_path):
    """h15: 「案例2：平台——机舱能效优化」 over an indented one-line body 「某公司31艘船舶应用…。」: the two
    lines were joined into a 62-character case name (a false 30字 warning on a clean package)."""
    from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

    from assistant.forms.proposal import read_proposal

    body = "某散货运输有限公司31艘船舶应用机舱能效助手，能耗下降5.85%。"
    page = [Line("五、平台应用案例", size=12),
            Line("案例1：船舶动力系统设备全生命周期运维平台——主机健康托管", size=11),
            Line("企业简介：上海某船务有限公司，运营散货船24艘。平台简介：见前文。案例内容：通过主机健康管家", indent=72),
            Line("实现燃烧异常提前预警，运维成本下降18.20%。"),
            Line("案例2：船舶动力系统设备全生命周期运维平台——机舱能效优化", size=11),
            Line(body, indent=72),
            Line("案例3：某平台在某企业的应用，覆盖设备健康管理、能效优化和备件协同的全部场景与流程"),
            Line("以及配套服务。")]
    cases = read_proposal(read_pdf(flow_pdf(tmp_path / "申报书.pdf", [page]))).cases
    assert [c.title for c in cases] == ["船舶动力系统设备全生命周期运维平台——主机健康托管", "船舶动力系统设备全生命周期运维平台——机舱能效优化",
                                        "某平台在某企业的应用，覆盖设备健康管理、能效优化和备件协同的全部场景与流程以及配套服务。"]  # a wrapped title stays one


def test_the_annex_list_under_chapter_six_names_files_not_chapters(tmp_path):
    """h56: 「六、附件及其他说明材料」 over 「1. 证明材料/01_审计报告_2023_人民币千元.pdf」 … — five numbered lines that
    name 证明材料 were taken for a table of contents, and chapter 六 for missing (an error on three packages)."""
    doc = Docx()
    for title in TITLES:
        doc.add_heading(title, level=2)
        if not title.startswith("六"):
            doc.add_paragraph("正文。")
        else:  # the list right under the title
            for n, name in enumerate(["01_审计报告_2023_人民币千元.pdf", "02_接入设备清单.xlsx", "03_平台运营截图.pdf"], 1):
                doc.add_paragraph(f"{n}. 证明材料/{name}")
    path = tmp_path / "附件3_申报书.docx"
    doc.save(path)
    assert [s.number for s in _read(path).sections] == ["一", "二", "三", "四", "五", "六"]


def test_a_pdfs_running_head_is_no_paragraph_of_a_chapter(tmp_path):
    """h98: 「基于BIM的公共建筑智慧建造与运维工业互联网平台 申报书」 at the top of every page had been chapter 二's last
    paragraph (a false 「缺少最后一段」 warning) and had joined the sub-heading under it."""
    from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

    head = Line("基于BIM的公共建筑智慧建造与运维工业互联网平台 申报书")
    pages = [[head, Line("一、申报单位简介", size=12), Line("上海某建设集团有限公司成立于1990年。")],
             [head, Line("二、平台建设及运营情况", size=12), Line("平台连接设备12,000台（套），服务企业1,300家。"),
              Line("平台技术创新点总结：一是以BIM模型贯通设计、施工和运维数据；二是自研边缘采集终端。")],
             [head, Line("三、平台应用成效", size=12), Line("应用创新点总结：平台帮助企业降低运维成本。")]]
    proposal = read_proposal(read_pdf(flow_pdf(tmp_path / "申报书.pdf", pages)))
    assert all("申报书" not in p.text for s in ("二", "三") for p in proposal.section(s).paragraphs)
    assert proposal.section("二").closing is not None and proposal.section("二").closing.text.startswith("平台技术创新点总结")
