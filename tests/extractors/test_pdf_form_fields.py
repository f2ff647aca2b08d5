"""A fillable PDF form whose figures live only in its fields (2026-12-04, the sixteenth blind set):
「注册企业用户数（家）」 printed on the page, 1326 typed into a text field beside it. The fields are
read (flattened in memory) and each value joins the label on its row."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_evidence_fixtures import _font

ROWS = [("注册企业用户数（家）", "1326"), ("付费企业数（家）", "412"), ("微服务数量（个）", "560")]


def _form(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setFont(_font(), 11)
    pdf.drawString(60, 780, "平台运营数据确认表")
    for k, (label, value) in enumerate(ROWS):
        y = 730 - 30 * k
        pdf.drawString(60, y, label)
        pdf.acroForm.textfield(name=f"f{k}", value=value, x=260, y=y - 6, width=120, height=20,
                               borderWidth=0, fontSize=11, fontName="Helvetica")
    pdf.save()
    return path


def test_values_typed_into_form_fields_are_read_beside_their_labels(tmp_path: Path):
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    path = _form(tmp_path / "确认表.pdf")
    before = path.read_bytes()
    document = read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))
    lines = document.pages[0].text.split("\n")
    for label, value in ROWS:
        assert f"{label} {value}" in lines
    assert path.read_bytes() == before  # flattened in memory: the file itself is untouched
