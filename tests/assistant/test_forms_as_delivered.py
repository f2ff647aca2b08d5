"""申报表 files as the sixteenth blind set delivered them (2026-12-04): an earlier and a final version
side by side, answers typed after the label inside the answer cell (「平台团队总人数（人）：468」), a
value typed in the label's own cell (「联系人手机：139…」), and a cover line followed by 「申报单位：…」.
Fixtures are written with python-docx (`fixtures.make_form_fixtures_unseen`), read by the real readers."""

from __future__ import annotations

import pytest
from fixtures.make_form_fixtures_unseen import (
    BASIC,
    INDICATORS,
    PackageSpec,
    write_form,
    write_package,
)

from assistant.checks import run_checks, run_rule
from assistant.core.settings import Settings
from assistant.package.versions import version_rank
from assistant.package.loader import load_package
from assistant.review.build import build_review


def _review(root, tmp_path):
    settings = Settings(workspace=tmp_path / "ws", render_docx=False, ocr=False, workers=0)
    return build_review(load_package(root, settings))


@pytest.mark.parametrize(("name", "rank"), [
    ("申报表_终版.docx", 100), ("附件2-申报表-final.docx", 100), ("申报表_v1.docx", 2), ("申报表v2.xlsx", 3),
    ("申报表第二版.docx", 3), ("申报表（草稿）.docx", -1), ("OnePower申报表.docx", 0), ("申报表.docx", 0),
    ("申报表_old.docx", -1), ("golden申报表.docx", 0), ("finally申报表.docx", 0),
    # h27: a package revised after the pre-review keeps its earlier version in a folder of its own
    ("附件2-申报表（补正后）.docx", 100), ("附件2 申报表（修订稿）.docx", 100), ("原报送版本/附件2-申报表_v1.xlsx", -1),
    ("历史版本（作废）/附件2 申报表_v1（作废）.docx", -1)])
def test_what_a_file_name_says_of_its_version(name, rank):
    assert version_rank(name) == rank


def test_an_earlier_version_of_the_form_is_set_aside_and_said_so(tmp_path):
    """h16: 「申报表_v1.docx」 beside 「申报表_终版.docx」 — the v1 was read as the form: ten wrong 附件4
    rows and 27 false findings on a clean package."""
    root = write_package(tmp_path / "pkg", PackageSpec(summary=None))
    form = next(root.glob("附件2-*.docx"))
    form.rename(root / "附件2-申报表_终版.docx")
    write_form(root / "附件2-申报表_v1.docx", indicators={**INDICATORS, "平台团队总人数（人）": "98"})
    review = _review(root, tmp_path)
    assert review.declared("staff_total").raw == "119"
    assert review.declarations.superseded == (("附件2-申报表_v1.docx", "附件2-申报表_终版.docx"),)
    [note] = run_rule("missing_file.superseded", review)
    assert note.severity == "info" and "附件2-申报表_终版.docx" in note.message
    assert not [f for f in run_checks(review) if f.severity == "error" and f.rule != "missing_file.required"]


def test_answers_typed_after_their_label(tmp_path):
    indicators = {label: f"{label}：{value}" for label, value in INDICATORS.items()}
    indicators["其中：运维人数（人）"] = "其中：运维人数（人）：57"
    basic = {**BASIC, "联系人手机": ""}
    root = write_package(tmp_path / "pkg", PackageSpec(basic=basic, indicators=indicators, summary=None))
    review = _review(root, tmp_path)
    assert review.declared("staff_total").raw == "119"
    assert review.declared("staff_ops_maintenance").raw == "57"  # the label's own colon is no answer's
    assert review.declared("revenue").raw == INDICATORS["平台相关营业收入（万元）"]


def test_a_value_in_the_labels_own_cell_and_a_key_line_after_a_cover_line(tmp_path):
    from docx import Document as Docx

    doc = Docx()
    for text in ("上海市工业互联网平台应用水平评价", "申报表", "申报年度：2024年度", "平台名称：延锋工业互联网平台",
                 "申报单位：延锋国际汽车技术有限公司（公章）"):
        doc.add_paragraph(text)
    table = doc.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate([("单位（企业）名称：延锋国际汽车技术有限公司", "联系人：林思远"),
                                 ("职务：总监", "联系人手机：13818457702")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    root = tmp_path / "pkg"
    root.mkdir()
    doc.save(root / "附件2-申报表.docx")
    review = _review(root, tmp_path)
    assert review.declared("contact_mobile").raw == "13818457702"
    assert review.declared("cover_platform_name").raw == "延锋工业互联网平台"
    assert review.declared("platform_name").raw == "延锋工业互联网平台"  # not run on into 申报单位


def test_a_paragraph_answer_runs_on_through_an_example_but_not_into_a_new_key(tmp_path):
    from docx import Document as Docx

    doc = Docx()
    for text in ("上海市工业互联网平台应用水平评价", "申报表", "二、平台基本情况",
                 "平台建设成效：平台帮助企业降本增效，服务企业三千余家", "例如：某企业能耗下降10%，运维成本下降12%。",
                 "申报单位：延锋国际汽车技术有限公司（公章）"):
        doc.add_paragraph(text)
    root = tmp_path / "pkg"
    root.mkdir()
    doc.save(root / "附件2-申报表.docx")
    raw = _review(root, tmp_path).declared("platform_outcomes").raw
    assert "例如：某企业能耗下降10%" in raw and "申报单位" not in raw
