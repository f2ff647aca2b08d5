"""Form-side rules on packages laid out as other applicants lay them out (issue 12).

Each failure class measured on independently prepared packages has a case here on files built by
`tests/fixtures/make_form_fixtures_unseen.py` (python-docx / openpyxl, never the eval generator),
read by the real readers: narrative numbers about a part, answers with two readings, 字数 under
"左右" and the 私有化部署 note, a 汇总表 laid out across, chapters numbered another way, and the
doubts a reader's gaps put on blank and conditional findings.
"""

from __future__ import annotations

import pytest
from fixtures.make_form_fixtures_unseen import (
    BASIC,
    INDICATORS,
    SUMMARY,
    Narrative,
    PackageSpec,
    write_package,
)

from assistant.checks import run_checks, run_rule
from assistant.core.settings import Settings
from assistant.package.loader import load_package
from assistant.review.build import build_review
from assistant.review.model import Review


def load(tmp_path, spec: PackageSpec) -> Review:
    root = write_package(tmp_path / "pkg", spec)
    settings = Settings(workspace=tmp_path / "ws", render_docx=False, ocr=False, workers=0)
    return build_review(load_package(root, settings))


# --- class 5: a narrative number about a part is not the indicator -----------------------------

PARTS = (
    "平台服务企业主要分布在上海（1,204家）、江苏（356家）和浙江（298家）。",
    "平台核心软件国产化率93%，硬件国产化率78%。",
    "平台连接设备中，其中公有云设备连接数1.6万台，海外设备连接数量1,200台。",
    "本市服务企业1,860家。",
)


def test_numbers_about_a_part_are_not_compared_with_the_total(tmp_path):
    narrative = Narrative(platform_intro=(*PARTS, "平台累计连接工业设备约3.2万台（套）。"))
    review = load(tmp_path, PackageSpec(narrative=narrative))
    assert run_rule("narrative_vs_form.number", review) == []


@pytest.mark.parametrize("sentence, flagged", [
    # the notice's own subset (杀手锏工业APP) and a selection (前三): a blind package's 申报书
    ("注：杀手锏工业APP订阅数量合计2,415个。", False),
    ("订阅量排名前三的工业APP订阅数量合计1,020个。", False),
    ("平台工业APP订阅数量合计2,415个。", True),  # the whole: still compared
])
def test_a_selection_of_apps_is_a_part(tmp_path, sentence, flagged):
    spec = PackageSpec(indicators={**INDICATORS, "工业APP订阅总数量（个）": "6930"},
                       narrative=Narrative(platform_intro=(sentence,)))
    findings = run_rule("narrative_vs_form.number", load(tmp_path, spec))
    assert [f.actual for f in findings] == (["2,415个"] if flagged else [])


@pytest.mark.parametrize("sentence, flagged", [
    ("平台目前服务园区企业2150家。", False),  # the parks' firms, not the parks (h62)
    ("平台目前服务园区15个。", True),
])
def test_the_firms_of_the_parks_are_no_count_of_parks(tmp_path, sentence, flagged):
    spec = PackageSpec(indicators={**INDICATORS, "平台服务园区总数（个）": "11"}, narrative=Narrative(platform_intro=(sentence,)))
    findings = [f for f in run_rule("narrative_vs_form.number", load(tmp_path, spec)) if "园区" in " ".join(f.fields)]
    assert [f.actual for f in findings] == (["15个"] if flagged else [])


def test_real_restatements_are_still_found(tmp_path):
    narrative = Narrative(platform_intro=(*PARTS, "平台累计连接工业设备超过5万台。", "平台注册企业用户5,300家。"))
    findings = run_rule("narrative_vs_form.number", load(tmp_path, PackageSpec(narrative=narrative)))
    assert sorted((f.fields[0], f.actual) for f in findings) == [
        ("注册企业用户数（个）", "5,300家"), ("连接的工业设备/产品/产线种类及数量（台/套）", "超过5万台")]
    # Prose is never unambiguous: even the exact figure is a warning that says why.
    assert all(f.severity == "warning" for f in findings)
    exact = next(f for f in findings if f.actual == "5,300家")
    assert "存疑" in exact.message and "统计口径" in exact.message


# --- class 6: two readings the 填报指引 asks for -------------------------------------------------

def test_summary_holding_one_of_two_readings_agrees(tmp_path):
    # 申报表: "2023年自然年：12,560个；截至填表日前一年：13,880个"; the 汇总表 carries one of them.
    for one in ("13880", "12,560"):
        review = load(tmp_path / one, PackageSpec(summary={**SUMMARY, "平台订单数量(近一年总量)（个）": one},
                                                  summary_layout="notice_docx"))
        assert run_rule("summary_vs_form.row", review) == []
        row = next(r for r in review.rows if r.label.startswith("平台订单数量"))
        assert row.status == "found" and [x.source for x in row.readings] == ["申报表", "汇总表"]


def test_summary_holding_neither_reading_differs(tmp_path):
    review = load(tmp_path, PackageSpec(summary={**SUMMARY, "平台订单数量(近一年总量)（个）": "15000"}))
    findings = run_rule("summary_vs_form.row", review)
    assert [(f.severity, f.fields, f.actual) for f in findings] == [("error", ("平台订单数量(近一年总量)（个）",), "15000")]


# --- class 10: an applicant's 汇总表 laid out across ---------------------------------------------

@pytest.mark.parametrize("layout", ["across_xlsx", "across_docx"])
def test_summary_laid_out_across_is_read_and_its_one_difference_found(tmp_path, layout):
    summary = {**SUMMARY, "工业APP数量（个）": "248"}
    review = load(tmp_path, PackageSpec(summary=summary, summary_layout=layout))
    findings = run_rule("summary_vs_form.row", review)
    assert [(f.severity, f.fields, f.expected, f.actual) for f in findings] == [
        ("error", ("工业APP数量（个）",), "234", "248")]
    # Every row of the 汇总表 was read from the cell below its label.
    read = {r.label: x.value for r in review.rows for x in r.readings if x.source == "汇总表"}
    assert read["序号"] == "33" and read["平台性质"] == "企业级工业互联网平台"
    assert read["平台核心软硬件技术获得的专利数量（项）"] == "15"  # the last band holds one label
    assert len(read) == len(summary)


@pytest.mark.parametrize("layout", ["across_xlsx", "notice_docx"])
def test_consistent_package_laid_out_another_way_has_no_form_finding(tmp_path, layout):
    review = load(tmp_path, PackageSpec(summary_layout=layout))
    assert sum(1 for r in review.rows for x in r.readings if x.source == "汇总表") == len(SUMMARY)
    form_rules = ("summary_vs_form", "narrative_vs_form", "blank", "conditional", "char_limit", "missing_section",
                  "identity", "subset", "formula")
    noisy = [(f.rule, f.message) for f in run_checks(review)
             if f.severity in ("error", "warning") and f.rule.split(".")[0] in form_rules
             and f.rule != "blank.required_field"]  # the fixture fills a dozen indicators only
    assert noisy == []


def test_breakdown_names_written_another_way_agree(tmp_path):
    indicators = {**INDICATORS, "按省市区域统计服务企业数（个）": "上海：1204、江苏：356"}
    summary = {**SUMMARY, "按省市区域统计服务企业数（个）": "上海市1204家，江苏省356家"}
    review = load(tmp_path, PackageSpec(indicators=indicators, summary=summary, summary_layout="notice_docx"))
    row = next(r for r in review.rows if r.label == "按省市区域统计服务企业数（个）")
    assert [x.source for x in row.readings] == ["申报表", "汇总表"]
    assert run_rule("summary_vs_form.row", review) == []


# --- missing_section: chapters numbered another way ---------------------------------------------

@pytest.mark.parametrize("numbering", ["chapter", "arabic", "arabic_dun", "fullwidth_stop"])
def test_chapters_numbered_another_way_are_found(tmp_path, numbering):
    review = load(tmp_path, PackageSpec(narrative=Narrative(numbering=numbering)))
    assert run_rule("missing_section.outline", review) == []
    assert run_rule("missing_section.closing", review) == []


# --- blank and conditional: what the reader missed is a doubt, not an error --------------------

def test_answer_in_a_column_without_a_role_makes_a_blank_a_warning(tmp_path):
    # A 备注 column the template does not have; the applicant wrote the count there.
    spec = PackageSpec(indicators={**INDICATORS, "平台团队总人数（人）": ""}, extra_column="备注")
    root = write_package(tmp_path / "pkg", spec)
    from docx import Document as Docx

    path = root / "附件2-上海市工业互联网平台应用水平评价申报表.docx"
    doc = Docx(path)
    table = doc.tables[-1]
    table.cell(1, 5).text = "119人"
    doc.save(path)
    review = build_review(load_package(root, Settings(workspace=tmp_path / "ws", render_docx=False, ocr=False,
                                                      workers=0)))
    [finding] = [f for f in run_rule("blank.required_field", review) if f.fields == ("平台团队总人数（人）",)]
    assert finding.severity == "warning" and "119人" in finding.message and "存疑" in finding.message


def test_partner_named_outside_the_blank_makes_conditional_a_warning(tmp_path):
    basic = {**BASIC, "平台建设方式": "□ 自建\n☑ 合作共建，合作企业名称（必填）：________\n合作单位：上海宝信软件股份有限公司"}
    review = load(tmp_path, PackageSpec(basic=basic))
    [finding] = run_rule("conditional.partner_enterprise", review)
    assert finding.severity == "warning" and "上海宝信软件股份有限公司" in finding.message


def test_partner_blank_left_empty_is_still_an_error(tmp_path):
    basic = {**BASIC, "平台建设方式": "□ 自建\n☑ 合作共建，合作企业名称（必填）：________"}
    [finding] = run_rule("conditional.partner_enterprise", load(tmp_path, PackageSpec(basic=basic)))
    assert finding.severity == "error"


# --- identity on labels written another way ----------------------------------------------------------

def _staff(total_label: str) -> dict[str, str]:
    rows = {k: v for k, v in INDICATORS.items() if k != "平台团队总人数（人）"}
    return {total_label: "119", **rows, "运营人数（人）": "60"}  # 57 + 60 ≠ 119


def test_identity_on_a_label_read_approximately_is_a_warning_that_says_so(tmp_path):
    [finding] = run_rule("identity.staff_total", load(tmp_path, PackageSpec(indicators=_staff("平台团队人数（人）"))))
    assert finding.severity == "warning" and "近似名称" in finding.message


def test_identity_on_the_notice_label_is_an_error(tmp_path):
    [finding] = run_rule("identity.staff_total", load(tmp_path, PackageSpec(indicators=_staff("平台团队总人数（人）"))))
    assert finding.severity == "error"


def test_summary_figure_written_rounded_agrees_within_its_precision(tmp_path):
    # 申报表 3215.33 万元, 32000 台/套; the 汇总表 rounds them as applicants do.
    summary = {**SUMMARY, "平台相关营业收入（万元）": "0.32亿元", "连接的工业设备/产品/产线种类及数量（台/套）": "3.2万"}
    assert run_rule("summary_vs_form.row", load(tmp_path, PackageSpec(summary=summary))) == []
    summary = {**SUMMARY, "平台相关营业收入（万元）": "0.30亿元"}
    [finding] = run_rule("summary_vs_form.row", load(tmp_path / "off", PackageSpec(summary=summary)))
    assert finding.severity == "error" and finding.fields == ("平台相关营业收入（万元）",)


# --- column titles of the 指标明细表 written another way -------------------------------------------

def test_renamed_column_titles_are_understood(tmp_path):
    review = load(tmp_path, PackageSpec(header=("编号", "三级指标", "指标名称", "佐证材料", "填报数据")))
    assert review.declared("staff_total").raw == "119" and review.declared("staff_total").proof == "附件3-1 第2页"
    assert run_rule("identity.staff_total", review) == []


def test_unknown_column_titles_give_doubts_not_errors(tmp_path):
    # No title the reader knows: the cell right of the label is the 证明资料, not the answer.
    review = load(tmp_path, PackageSpec(header=("编号", "类别", "项", "依据", "数")))
    assert review.declared("staff_total").doubts
    errors = [(f.rule, f.message) for f in run_checks(review) if f.severity == "error"
              and f.rule.split(".")[0] in ("identity", "formula", "subset", "breakdown_sum", "growth_rate")]
    assert errors == []
