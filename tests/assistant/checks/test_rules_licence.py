"""declared_vs_evidence.licence: the 营业执照 in the package against the 申报表's 企业名称 and 单位（企业）代码
(h69: the applicant's code under 「光明乳品」 for 「光明乳业」, no 名称变更 stated). Packages and licences are
written here."""

from __future__ import annotations

from pathlib import Path

from application_files import UNIT, Outline, run_rule, write_package
from fixtures.make_pdf_fixtures import _canvas, _register_font

from assistant.core.settings import Settings
from assistant.package.loader import load_package
from assistant.review.build import build_review

CODE = "91310115607358442D"
NAME = "单位（企业）名称"


def _licence(path: Path, name: str, code: str = CODE, *, scan: bool = False) -> Path:
    """A licence copy, as a PDF with its text or (`scan`) as a picture of the same page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    font, target = _register_font(), path.with_suffix(".text.pdf") if scan else path
    pdf = _canvas(target)
    pdf.setFont(font, 20)
    pdf.drawString(250, 760, "营 业 执 照")
    pdf.setFont(font, 12)
    for k, (label, value) in enumerate((("统一社会信用代码", code), ("名称", name), ("类型", "有限责任公司"),
                                        ("法定代表人", "张海波"), ("成立日期", "1994年06月30日"))):
        pdf.drawString(80, 700 - 28 * k, label)
        pdf.drawString(220, 700 - 28 * k, value)
    pdf.drawString(330, 520, "登记机关：上海市市场监督管理局")
    pdf.save()
    if scan:
        import pypdfium2
        from reportlab.lib.utils import ImageReader

        image = pypdfium2.PdfDocument(str(target))[0].render(scale=200 / 72).to_pil().convert("RGB")
        pdf = _canvas(path)
        pdf.drawImage(ImageReader(image), 0, 0, 595, 842)
        pdf.save()
        target.unlink()
    return path


def _findings(tmp_path: Path, licensed: str, *, code: str = CODE, declared_code: str = CODE, scan: bool = False,
              prose: str = "平台于2020年上线。", tag: str = "a") -> list:
    root = write_package(tmp_path / f"pkg{tag}", outline=Outline(section2_prose=prose),
                         form={"basic": {"单位（企业）代码": declared_code}})
    _licence(root / "证明材料" / "证明1-营业执照（复印件）.pdf", licensed, code, scan=scan)
    settings = Settings(workspace=tmp_path / f"ws{tag}", render_docx=False, ocr=scan, workers=0)
    return run_rule("declared_vs_evidence.licence", build_review(load_package(root, settings)))


def test_the_applicants_code_under_another_name_is_a_warning(tmp_path: Path):
    [finding] = _findings(tmp_path, "上海延锋金桥汽车饰件有限公司")
    assert finding.severity == "warning" and NAME in finding.fields
    assert "上海延锋金桥汽车饰件有限公司" in finding.message and UNIT in finding.message and CODE in finding.message
    assert "未见名称变更" in finding.message
    assert any(c.file == "证明材料/证明1-营业执照（复印件）.pdf" and c.page == 1 for c in finding.citations)


def test_the_applicants_own_licence_and_a_stated_former_name_say_nothing(tmp_path: Path):
    assert _findings(tmp_path, UNIT, tag="own") == []
    assert _findings(tmp_path, "上海延锋金桥饰件系统有限公司嘉定分公司", tag="branch") == []  # a branch: the same legal person
    # h69: a branch's licence carries a code of its own
    assert _findings(tmp_path, "上海延锋金桥饰件系统有限公司嘉定分公司", code="91310114MA7BQ4N2C0", tag="branchcode") == []
    renamed = "名称说明：本公司原名称为“上海延锋金桥汽车饰件有限公司”，于2024年4月18日核准变更为现名称。"
    assert _findings(tmp_path, "上海延锋金桥汽车饰件有限公司", prose=renamed, tag="renamed") == []


def test_another_companys_licence_is_not_the_applicants_to_judge(tmp_path: Path):
    """A subsidiary that runs the platform, with its own code: the package may mean to include it."""
    assert _findings(tmp_path, "上海延锋金桥数字科技有限公司", code="91310112MA1H6R5W8P", tag="other") == []


def test_the_applicants_name_under_another_code_is_a_warning_on_the_code(tmp_path: Path):
    [finding] = _findings(tmp_path, UNIT, code="91310115607358443X", tag="code")
    assert finding.severity == "warning" and "单位（企业）代码" in finding.fields
    assert "91310115607358443X" in finding.message and CODE in finding.message


def test_one_character_apart_on_a_scan_is_a_note_to_look_at_the_original(tmp_path: Path):
    """OCR may have misread one character: the reviewer is asked to look, no warning is raised; in a
    text layer the same difference is what the licence says."""
    [scanned] = _findings(tmp_path, "上海延锋金桥饰品系统有限公司", scan=True, tag="scan1")
    assert scanned.severity == "info" and "核对原件" in scanned.message and "饰品" in scanned.message
    [typed] = _findings(tmp_path, "上海延锋金桥饰品系统有限公司", tag="text1")
    assert typed.severity == "warning"
