"""Screenshots pasted into the 申报书's own chapters (h74): a dashboard's tiles are evidence, cited on the
申报书's page; a picture of a table is not read as tiles (its header is no caption of the first row's
figure); the prose around them stays the narrative rule's. Packages are written here; OCR is real."""

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
def test_a_dashboard_pasted_into_the_proposal_is_read_and_a_table_picture_is_not(tmp_path: Path):
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
