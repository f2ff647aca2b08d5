"""Screenshots pasted into the 申报书's own chapters (h74): a dashboard's tiles are evidence, cited on the
申报书's page; a picture of a table is read as a table (h74's 表2-1, an Excel range pasted as a picture, held
the figures the form disagreed with), never as tiles (its header is no caption of the first row's figure); the
prose around them stays the narrative rule's. Packages are written here; OCR is real."""

from __future__ import annotations

from pathlib import Path

import pytest
from application_files import write_package
from docx import Document as Docx
from docx.shared import Cm
from PIL import Image, ImageDraw, ImageFont

from assistant.core.settings import Settings
from assistant.evidence.extractor import OfflineExtractor
from assistant.package.loader import load_package
from assistant.review.build import build_review
from eval_sets.generator.fonts import cjk_ttf


def _picture(path: Path, rows: list[tuple[str, str]], *, table: bool = False) -> Path:
    image = Image.new("RGB", (1200, 520), (18, 36, 66) if not table else "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(cjk_ttf()), 30)
    ink = (235, 240, 250) if not table else "black"
    if table:
        for r, row in enumerate([("设备类别", "接入数量（台/套）", "其中：公有云"), *rows]):
            for c, text in enumerate(row):
                draw.text((60 + 380 * c, 40 + 70 * r), text, fill=ink, font=font)
    else:
        for k, (caption, figure) in enumerate(rows):
            draw.text((60 + 560 * k, 120), caption, fill=ink, font=font)
            draw.text((60 + 560 * k, 200), figure, fill=(250, 210, 90), font=ImageFont.truetype(str(cjk_ttf()), 56))
    image.save(path)
    return path


def _facts(root: Path, tmp_path: Path) -> list:
    settings = Settings(workspace=tmp_path / "ws", render_docx=True, ocr=True, workers=0)
    review = build_review(load_package(root, settings))
    return [f for f in OfflineExtractor().extract(review) if f.citations and "申报书" in f.citations[0].file]


@pytest.mark.requires_soffice
def test_a_dashboard_and_a_table_pasted_into_the_proposal_are_read_as_what_they_are(tmp_path: Path):
    root = write_package(tmp_path / "pkg")
    proposal = root / "附件3 申报书.docx"
    doc = Docx(proposal)
    doc.add_paragraph("平台运营驾驶舱截图如下：")
    doc.add_picture(str(_picture(tmp_path / "dash.png", [("注册企业（家）", "570"), ("工业APP（个）", "234")])), width=Cm(15))
    doc.add_paragraph("接入设备分类统计（Excel截图）：")
    doc.add_picture(str(_picture(tmp_path / "table.png", [("冶炼设备", "18,420", "7,284"), ("动力设备", "9,866", "4,050"),
                                                          ("机床", "6,104", "2,369")], table=True)), width=Cm(15))
    doc.save(proposal)
    found = {(f.field_id, f.normalized) for f in _facts(root, tmp_path)}
    assert ("enterprise_users_registered", 570) in found and ("apps_total", 234) in found
    assert not any(field == "devices_total" and value == 18420 for field, value in found)
    assert ("devices_total", 34390) in found and ("devices_public_cloud", 13703) in found  # its rows summed


def test_a_scanned_reports_money_row_is_no_count_of_enterprises(tmp_path: Path):
    """h75: a scanned audit note's 「其中：上海地区客户 | 654.31」 (万元 of revenue) was read as a tile, 服务本市企业数量
    654.31 — a false warning on a clean package. A whole figure under a count's caption is still read."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    root = write_package(tmp_path / "pkg")
    image = Image.new("RGB", (1654, 2339), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(cjk_ttf()), 40)
    for k, (label, value) in enumerate((("营业收入（万元）", "3,215.33"), ("其中：上海地区客户", "654.31"),
                                        ("注册企业（家）", "570"))):
        draw.text((160 + 500 * k, 300), label, fill="black", font=font)
        draw.text((160 + 500 * k, 370), value, fill="black", font=font)
    pdf = canvas.Canvas(str(root / "附件3-1 审计报告（扫描件）.pdf"), pagesize=(595, 842), invariant=1)
    pdf.drawImage(ImageReader(image), 0, 0, 595, 842)
    pdf.save()
    settings = Settings(workspace=tmp_path / "ws", render_docx=False, ocr=True, workers=0)
    facts = OfflineExtractor().extract(build_review(load_package(root, settings)))
    assert not any(f.field_id == "enterprises_served_shanghai" for f in facts)
    assert any(f.field_id == "enterprise_users_registered" and f.normalized == 570 for f in facts)
