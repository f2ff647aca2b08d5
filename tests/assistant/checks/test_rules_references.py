"""A terse applicant's answers that only point elsewhere (h23, 2026-12-05, first contact: 13 false
findings on its clean package): 「详见附件7」 was read as the number 7 — a region breakdown
{详见附件: 7} summed to 7, a 主营业务收入 of 2 万元 — and 「☑是 □否」 was no 是/否 answer. Real
packages built in tmp_path (python-docx), read by the real readers and evidence extractor."""

from __future__ import annotations

from pathlib import Path

import pytest
from application_files import (
    INDICATORS,
    load_review,
    run_rule,
    write_package,
    write_simple,
)

from assistant.checks import run_checks
from assistant.evidence.extractor import OfflineExtractor
from assistant.review.build import build_review
from assistant.values.answers import (
    is_reference,
    parse_yes_no,
    referenced_attachment,
    ticked_answer,
)
from assistant.values.typed import interpret


@pytest.mark.parametrize(("text", "reference", "attachment"), [
    ("详见附件7", True, "附件7"), ("见佐证材料P12", True, None), ("具体数据见附件9第3页", True, "附件9"),
    ("同上", True, None), ("（详见附件5）", True, "附件5"), ("见附件十二", True, "附件十二"),
    ("1,286（详见附件3）", False, None), ("附件7", False, None), ("是，详见附件3", False, None), ("128", False, None),
])
def test_an_answer_that_only_points_elsewhere(text, reference, attachment):
    assert is_reference(text) is reference and referenced_attachment(text) == attachment


def test_a_reference_is_no_value_of_any_kind():
    for value_type, unit in (("money_wan", "万元"), ("percent", "%"), ("count", "个"), ("region_breakdown", "个")):
        typed = interpret(value_type, unit, "详见附件2")
        assert typed.normalized is None and "详见附件2" in typed.note


@pytest.mark.parametrize(("text", "answer", "written"), [
    ("☑是 □否", True, "是"), ("□是 ☑否", False, "否"), ("☐ 是  ☑ 否", False, "否"),
    ("☑是 □否  已获得多轮VC/PE投资", True, "是 已获得多轮VC/PE投资"), ("是，制度", True, "是，制度"),
])
def test_the_forms_ticked_boxes_are_the_word_written(text, answer, written):
    assert parse_yes_no(text).answer is answer and ticked_answer(text) == written


def _review(tmp_path: Path, indicators: dict[str, str], proofs: dict[str, list[str]]):
    root = write_package(tmp_path / "pkg", form={"indicators": {**INDICATORS, **indicators}})
    for name, paragraphs in proofs.items():
        write_simple(root / "佐证材料" / name, paragraphs)
    package = load_review(root, tmp_path / "ws").package
    return build_review(package, evidence=OfflineExtractor().extract, checks=run_checks)


def test_a_reference_to_an_attachment_that_holds_the_figure_is_a_note(tmp_path: Path):
    review = _review(tmp_path, {"平台相关营业收入（万元）": "详见附件2"},
                     {"附件2.docx": ["平台经营情况说明", "2023年度，平台相关营业收入为3,215.33万元。"]})
    [finding] = run_rule("blank.reference_only", review)
    assert finding.severity == "info" and "3,215.33" in finding.message and "附件2.docx" in finding.message
    # and the 7 of 附件7 / 2 of 附件2 is never compared as the declared revenue
    assert not [f for f in review.findings if f.rule.startswith("subset.") and f.severity != "info"]


def test_a_reference_to_an_attachment_without_the_figure_or_missing_is_a_warning(tmp_path: Path):
    review = _review(tmp_path, {"平台相关营业收入（万元）": "详见附件2", "工业APP数量（个）": "见附件9"},
                     {"附件2.docx": ["平台经营情况说明", "平台服务覆盖汽车零部件行业。"]})
    found = {f.fields[0]: f for f in run_rule("blank.reference_only", review)}
    revenue, apps = found["平台相关营业收入（万元）"], found["工业APP数量（个）"]
    assert revenue.severity == "warning" and "未读到" in revenue.message
    # the notice's own 附件2 (the 申报表 itself, 「附件2 申报表.docx」) is no proof of it
    assert "申报表" not in revenue.message
    assert apps.severity == "warning" and "没有编号为附件9的文件" in apps.message


def test_the_summary_row_of_a_referenced_answer_is_the_applicants_own_or_left_empty(tmp_path: Path):
    """「详见附件4」 in the 申报表: the 附件4 row takes the applicant's 汇总表 figure (h23's clean package);
    without one it stays empty, saying why — never the 4 of 附件4."""
    form = {"indicators": {**INDICATORS, "工业APP数量（个）": "详见附件4"}}
    summary = {"平台名称": "延锋工业互联网平台", "工业APP数量（个）": "234"}
    rows = {r.label: r for r in load_review(write_package(tmp_path / "a", form=form, summary=summary), tmp_path / "wa").rows}
    assert rows["工业APP数量（个）"].normalized == 234 and rows["工业APP数量（个）"].status == "found"
    rows = {r.label: r for r in load_review(write_package(tmp_path / "b", form=form, summary={"平台名称": "延锋工业互联网平台"}),
                                            tmp_path / "wb").rows}
    assert rows["工业APP数量（个）"].status == "missing" and rows["工业APP数量（个）"].normalized is None


def test_the_stamped_scan_of_a_referenced_answer_is_not_its_value():
    """h23: 「详见附件2」 in the 申报表, OCR'd as 「详见刚件2」 on its stamped scan, gave 付费用户占比 2.00."""
    from conftest import declared_value

    from assistant.catalog.notice import load_catalog
    from assistant.forms.model import Declarations
    from assistant.forms.prefill import prefill
    from assistant.package.model import Package

    office = declared_value("paying_user_share", "详见附件2", file="申报表.xlsx")
    scan = declared_value("paying_user_share", "详见刚件2", file="申报表（盖章扫描）.pdf")
    declarations = Declarations(forms=(("申报表", "申报表.xlsx", (office,)), ("申报表扫描件", "申报表（盖章扫描）.pdf", (scan,))),
                                summary_tables=(), contact_forms=())
    rows = prefill(Package(id="p", source="p", root="/tmp/p", files=()), declarations, load_catalog())
    [row] = [r for r in rows if r.label.startswith("付费用户占比")]
    assert row.status == "missing" and row.normalized is None


def test_a_name_followed_by_its_english_name_is_the_name():
    """h21: 「上海外高桥造船有限公司（Shanghai Waigaoqiao Shipbuilding Co., Ltd.）」 in the 申报表 against the
    plain name in the 汇总表 made the 企业名称 row ambiguous."""
    from conftest import declared_value

    from assistant.catalog.notice import load_catalog
    from assistant.forms.model import Declarations
    from assistant.forms.prefill import prefill
    from assistant.package.model import Package

    named = declared_value("enterprise_name", "上海外高桥造船有限公司（Shanghai Waigaoqiao Shipbuilding Co., Ltd.）")
    declarations = Declarations(forms=(("申报表", "申报表.docx", (named,)),), summary_tables=(), contact_forms=())
    rows = prefill(Package(id="p", source="p", root="/tmp/p", files=()), declarations, load_catalog())
    [row] = [r for r in rows if r.label == "企业名称"]
    assert row.value == "上海外高桥造船有限公司"
