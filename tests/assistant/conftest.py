"""A tiny application package built at test time: small real DOCX/PDF/.doc files, not mocks;
nothing is taken from ../shared/corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_ole_fixtures import compound_file

from eval_sets.generator.fonts import cjk_ttf


def write_docx(path: Path, title: str, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    from docx import Document as Docx

    doc = Docx()
    doc.add_heading(title, level=1)
    for text in paragraphs:
        doc.add_paragraph(text)
    if table:
        grid = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", str(cjk_ttf()), subfontIndex=0))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), invariant=1)
    for lines in pages:
        pdf.setFont("wqy", 12)
        y = 800
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 20
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def mini_package(tmp_path) -> Path:
    root = tmp_path / "申报材料"
    write_docx(
        root / "附件2 申报表（示例）.docx",
        "上海市工业互联网平台应用水平评价申报表",
        ["一、企业基本情况", "三、上海市工业互联网平台应用水平评价指标明细表"],
        [["内容", "平台实际情况", "证明资料"], ["平台团队总人数（人）", "157", "附件3-1 第2页"]],
    )
    write_docx(
        root / "02 申报书.docx",
        "上海市工业互联网平台应用水平评价申报书",
        ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划"],
    )
    write_pdf(
        root / "证明材料" / "scan0001.pdf",
        [["审计报告", "XX会计师事务所 注册会计师", "我们审计了后附的财务报表"],
         ["利润表", "单位：元", "营业收入 66,707,912.35"]],
    )
    # A PowerPoint 97 compound file: neither Word nor Excel, so no machine can read it (legacy_format)
    compound_file(root / "旧版汇报.ppt", {"PowerPoint Document": bytes(64)})
    (root / "empty.pdf").write_bytes(b"")
    (root / "~$锁文件.docx").write_bytes(b"lock")
    (root / ".DS_Store").write_bytes(b"junk")
    return root
