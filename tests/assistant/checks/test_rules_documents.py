"""Document-level rules on small real packages: files, the 申报书 outline, cases, section 七, 平台名称.

Every package is written to tmp_path (python-docx/openpyxl), read by the real readers and
classifier, and reviewed; each rule has a failing and a passing case. The last test runs the
labelled negative controls (slow: OCR and LibreOffice) and asserts none of these rules speaks up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from application_files import Case, Outline, load_review, run_rule, write_package

from assistant.checks import rule_catalog, run_checks
from assistant.core.citations import Citation
from assistant.core.settings import Settings
from assistant.package.loader import load_package
from assistant.review.build import build_review
from eval_sets.generator.fonts import cjk_ttf

REPO = Path(__file__).resolve().parents[3]
MY_MODULES = ("assistant.checks.rules_documents", "assistant.checks.rules_cases", "assistant.checks.rules_crossdoc",
              "assistant.checks.rules_integrity")


def review_of(tmp_path: Path, **kwargs):
    return load_review(write_package(tmp_path / "pkg", **kwargs), tmp_path / "ws")


@pytest.fixture(scope="module")
def consistent(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("consistent")
    return load_review(write_package(tmp / "pkg"), tmp / "ws")


def test_consistent_package_has_no_document_findings(consistent):
    mine = {s.id for s in rule_catalog() if s.function.__module__ in MY_MODULES}
    loud = [f for f in run_checks(consistent) if f.rule in mine and f.severity != "info"]
    # The built package has no stamped scan: that one warning is tested on its own below.
    assert [f.rule for f in loud] == ["missing_file.scan"]


# --- missing_file ------------------------------------------------------------------------------

def test_missing_summary_table_is_found_by_content_not_name(tmp_path):
    review = review_of(tmp_path, skip=("summary",))
    findings = run_rule("missing_file.required", review)
    assert [f.fields for f in findings] == [("附件4 平台基本情况汇总表",)]
    assert findings[0].severity == "error"


def test_renamed_files_are_still_recognised(tmp_path):
    root = write_package(tmp_path / "pkg")
    for number, path in enumerate(sorted(root.iterdir())):
        path.rename(root / f"scan{number:04d}{path.suffix}")
    review = load_review(root, tmp_path / "ws")
    assert run_rule("missing_file.required", review) == []


def test_missing_form_is_an_error(tmp_path):
    findings = run_rule("missing_file.required", review_of(tmp_path, skip=("form",)))
    assert [f.fields for f in findings] == [("附件2 申报表",)]


def test_unreadable_file_gets_its_own_finding_and_is_named_for_the_missing_one(tmp_path):
    root = write_package(tmp_path / "pkg", skip=("commitment",))
    (root / "附件5 真实性承诺.pdf").write_bytes(b"")
    review = load_review(root, tmp_path / "ws")
    unreadable = run_rule("missing_file.unreadable", review)
    assert len(unreadable) == 1
    assert unreadable[0].files == ("附件5 真实性承诺.pdf",)
    assert "无法读取" in unreadable[0].message and unreadable[0].actual == "empty_file"
    missing = run_rule("missing_file.required", review)
    assert [f.fields for f in missing] == [("附件5 真实性承诺",)]
    assert "附件5 真实性承诺.pdf" in missing[0].message


def test_word_form_without_stamped_scan_is_a_warning(consistent):
    # 通知四、3: Word/Excel版 + 盖章扫描版PDF; the bundled sample carries both, so it stays quiet.
    findings = run_rule("missing_file.scan", consistent)
    assert len(findings) == 1 and findings[0].severity == "warning"
    assert "盖章扫描版" in findings[0].message


def test_pdf_only_form_asks_for_the_word_version(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    root = write_package(tmp_path / "pkg", skip=("form",))
    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", str(cjk_ttf()), subfontIndex=0))
    pdf = canvas.Canvas(str(root / "附件2.pdf"), invariant=1)
    pdf.setFont("wqy", 12)
    for y, line in zip(range(800, 600, -20), ("上海市工业互联网平台应用水平评价申报表", "一、企业基本情况",
                                              "三、指标明细表", "内容 平台实际情况 证明资料", "平台团队总人数（人） 119")):
        pdf.drawString(60, y, line)
    pdf.showPage()
    pdf.save()
    review = load_review(root, tmp_path / "ws")
    findings = run_rule("missing_file.scan", review)
    assert [f.severity for f in findings] == ["warning"]
    assert "Word/Excel" in findings[0].message


# --- missing_section / char_limit of the 申报书 ---------------------------------------------------

def test_missing_section_is_an_error(tmp_path, consistent):
    findings = run_rule("missing_section.outline", review_of(tmp_path, outline=Outline(omit=("四",))))
    assert [f.fields for f in findings] == [("四、平台下一步发展计划",)]
    assert run_rule("missing_section.outline", consistent) == []


def test_bold_titles_under_a_title_styled_cover_count_as_sections(tmp_path):
    review = review_of(tmp_path, outline=Outline(style="bold", title_style_cover=True, toc=True))
    assert run_rule("missing_section.outline", review) == []
    assert run_rule("missing_section.closing", review) == []


def test_missing_closing_paragraph(tmp_path, consistent):
    findings = run_rule("missing_section.closing", review_of(tmp_path, outline=Outline(closing_3=None)))
    # Whether a last paragraph sums up is a reading of prose: a warning that says so (issue 12).
    assert [(f.fields, f.severity) for f in findings] == [(("三、平台应用成效",), "warning")]
    assert "平台服务中小企业283家" in findings[0].message  # shows what the last paragraph is instead
    assert "未被识别为总结段" in findings[0].message
    assert findings[0].citations and findings[0].citations[0].quote.startswith("平台服务中小企业")
    assert run_rule("missing_section.closing", consistent) == []


def test_closing_followed_by_more_text_is_a_note(tmp_path):
    outline = Outline(closing_2=None, extra_prose=(Outline().closing_2, "平台持续开展迭代开发和运营服务。"))
    findings = run_rule("missing_section.closing", review_of(tmp_path, outline=outline))
    assert [(f.fields, f.severity) for f in findings] == [(("二、平台建设及运营情况",), "info")]


def test_a_closing_led_by_its_innovations_then_one_more_paragraph_is_a_note(tmp_path):
    """h88: 「应用创新点：探索…」 sums the chapter up, and a comparison with last year follows it: the
    summing-up is there, out of its place — a note, not a missing paragraph."""
    outline = Outline(closing_2=None, extra_prose=("技术创新点：探索建造与运维一体化服务模式，以订阅方式提供全生命周期运维服务。",
                                                   "与上年相比，2023年平台相关营业收入较2022年增长17.85%。"))
    findings = run_rule("missing_section.closing", review_of(tmp_path, outline=outline))
    assert [(f.fields, f.severity) for f in findings] == [(("二、平台建设及运营情况",), "info")]


def test_issue_12_a_closing_that_lists_its_innovations_is_one(tmp_path):
    """An independently written 申报书 ends 三 with "一是…；二是…；三是…" and no word like 总结."""
    listed = "一是牧工商一体化数据底座，统一主数据；二是冷链温控全程可追溯；三是AI质量预测模型前移质控关口。"
    review = review_of(tmp_path, outline=Outline(closing_3=listed))
    assert run_rule("missing_section.closing", review) == []


def test_closing_over_300_characters(tmp_path, consistent):
    long_closing = "平台技术创新点总结：" + "平台自研多协议自适应解析引擎，兼容工业协议数量处于行业前列。" * 12  # 30 字 × 12
    findings = run_rule("char_limit.closing", review_of(tmp_path, outline=Outline(closing_2=long_closing)))
    assert len(findings) == 1 and findings[0].fields == ("二、平台建设及运营情况",)
    assert findings[0].actual == "360字" and findings[0].expected == "≤300字"
    assert run_rule("char_limit.closing", consistent) == []


def test_case_format_count_dash_and_pictures(tmp_path, consistent):
    cases = [Case(), Case(title="延锋工业互联网平台：涂装质量分析"), Case(images=6), Case()]
    findings = run_rule("missing_section.cases", review_of(tmp_path, outline=Outline(cases=cases)))
    messages = " | ".join(f.message for f in findings)
    assert "4 个应用案例" in messages
    assert "案例2名称" in messages and "破折号" in messages
    assert "案例3配图 6 张" in messages
    # too many cases and pictures break the template's limits; a title written another way is form only
    assert {f.severity for f in findings if "破折号" not in f.message} == {"warning"}
    assert {f.severity for f in findings if "破折号" in f.message} == {"info"}
    assert run_rule("missing_section.cases", consistent) == []


def test_cases_kept_in_the_attachment_the_chapter_names_are_a_note(tmp_path):
    """h23: a terse 申报书 whose 五 is the one line 「本章内容详见附件8」 (附件8 holds the cases)."""
    [pointed] = run_rule("missing_section.cases", review_of(tmp_path / "a", outline=Outline(
        cases=[], section5_note="本章内容详见附件8《平台应用案例汇编》（3个案例）。")))
    assert pointed.severity == "info" and "本章内容详见附件8" in pointed.message
    [empty] = run_rule("missing_section.cases", review_of(tmp_path / "b", outline=Outline(cases=[])))
    assert empty.severity == "warning"


def test_case_lengths(tmp_path, consistent):
    cases = [Case(title="延锋工业互联网平台——基于5G专网与云化AGV调度的离散制造车间物流智能化改造与质量追溯体系建设"),
             Case(company="延锋内饰是国内领先的汽车内饰件供应商，" * 8),
             Case(content="平台为其注塑车间加装数据采集终端，构建工艺参数优化模型，" * 40)]
    findings = run_rule("char_limit.case", review_of(tmp_path, outline=Outline(cases=cases)))
    warnings = [f.message for f in findings if f.severity == "warning"]
    assert any("案例1名称" in m and "超过30字" in m for m in warnings)
    assert any("案例2企业简介共 152 字" in m for m in warnings)
    assert any("案例3总字数" in m and "超过1000字" in m for m in warnings)
    assert run_rule("char_limit.case", consistent) == []


def test_a_case_name_over_only_with_its_dash_counted_is_a_note(tmp_path):
    # 31 characters with the ——, 29 without punctuation: within 30 as Word counts (a blind package).
    title = "碳索零碳工厂数智化管理平台——能耗在线监测赋能某汽车零部件工厂"
    [finding] = run_rule("char_limit.case", review_of(tmp_path, outline=Outline(cases=[Case(title=title)])))
    assert finding.severity == "info" and "不计标点为 29 字" in finding.message


def test_a_long_platform_name_before_the_dash_makes_the_count_a_note(tmp_path):
    # h29's clean package: 19 字 of platform name before the ——, 14 after: within 30 if the limit is
    # the case's own name (the template's words are attached to it), over if it is the whole line.
    title = "船舶动力系统设备全生命周期运行维护平台——集装箱船队主推进系统预测性维护"
    [finding] = run_rule("char_limit.case", review_of(tmp_path, outline=Outline(cases=[Case(title=title)])))
    assert finding.severity == "info" and "破折号后的案例名称" in finding.message
    # a name over 30 after the dash stays a warning
    long_name = "延锋平台——基于5G专网与云化AGV调度的离散制造车间物流智能化改造与全流程质量追溯"
    [over] = run_rule("char_limit.case", review_of(tmp_path / "b", outline=Outline(cases=[Case(title=long_name)])))
    assert over.severity == "warning"


def test_a_case_line_in_no_template_form_over_the_limit_is_a_note(tmp_path):
    """h92, h93 (clean packages of three offices): 「案例1：某汽车零部件企业通过平台实现钢材集采与加工配送协同，库存周转天数
    下降约20%。」 — no 「平台名——…」 at all: a line of what the case did, perhaps no name; a note that says so."""
    title = "某汽车零部件企业通过平台实现钢材集采与加工配送协同，库存周转天数下降约20%。"
    [finding] = run_rule("char_limit.case", review_of(tmp_path, outline=Outline(cases=[Case(title=title)])))
    assert finding.severity == "info" and "可能是案例概述" in finding.message


# --- section7 ----------------------------------------------------------------------------------

HUAYI = {"name": "化工行业工业互联网平台", "unit": "上海华谊集团股份有限公司"}


def test_section7_required_for_a_2023_participant(tmp_path):
    review = review_of(tmp_path, form=HUAYI, outline=Outline(**HUAYI))
    findings = run_rule("section7.required", review)
    assert [(f.severity, f.fields) for f in findings] == [("error", ("七、平台相较上年度对比情况",))]
    assert "附件6第1行" in findings[0].message


def test_section7_present_for_a_2023_participant(tmp_path):
    review = review_of(tmp_path, form=HUAYI, outline=Outline(section7=True, **HUAYI))
    assert run_rule("section7.required", review) == []


def test_section7_for_a_newcomer_is_at_most_a_hint(tmp_path, consistent):
    assert run_rule("section7.required", consistent) == []
    findings = run_rule("section7.required", review_of(tmp_path, outline=Outline(section7=True)))
    assert [f.severity for f in findings] == ["info"]


@pytest.mark.parametrize(("unit", "required"), [("上海电器科学研究所（集团）有限公司", True),
                                                ("上海电机系统节能工程技术研究中心有限公司", False)])
def test_shared_platform_name_is_told_apart_by_unit(tmp_path, unit, required):
    platform = {"name": "电机设备远程运维服务工业互联网平台", "unit": unit}
    findings = run_rule("section7.required", review_of(tmp_path, form=platform, outline=Outline(**platform)))
    assert [f.severity for f in findings] == (["error"] if required else [])


@pytest.mark.parametrize(("prose", "found"), [
    # a newcomer (the default platform's 附件6 row says 2023参评 “-”) that says it took part
    ("本平台已参加2023年度上海市工业互联网平台应用水平评价，本次为连续第二年参评。", True),
    ("平台去年参评后持续迭代。", True),
    ("本平台未参加2023年度评价，本次为首次申报参评。", False),  # a negation, then the truth
    ("平台此前没有参加2023年度评价。", False),
    ("平台2023年度接入设备增长明显。", False),  # a year, no evaluation
])
def test_section7_claim_of_a_newcomer(tmp_path, prose, found):
    review = review_of(tmp_path, outline=Outline(extra_prose=(prose,)))
    findings = run_rule("section7.claim", review)
    assert [(f.severity, f.actual) for f in findings] == ([("warning", "已参评")] if found else [])
    if found:
        assert findings[0].citations[0].file.endswith(".docx") and prose[:10] in findings[0].message


def test_section7_claim_of_a_participant_that_says_it_is_new(tmp_path):
    first = "本平台为首次参加上海市工业互联网平台应用水平评价。"
    # without section 七 the required-section error names the sentence, once
    review = review_of(tmp_path, form=HUAYI, outline=Outline(extra_prose=(first,), **HUAYI))
    assert run_rule("section7.claim", review) == []
    [error] = run_rule("section7.required", review)
    assert error.severity == "error" and "首次参加" in error.message
    # with section 七 the sentence alone contradicts 附件6
    review = review_of(tmp_path / "b", form=HUAYI, outline=Outline(extra_prose=(first,), section7=True, **HUAYI))
    assert [(f.severity, f.actual) for f in run_rule("section7.claim", review)] == [("warning", "首次参评")]
    assert run_rule("section7.required", review) == []


# --- platform_name -----------------------------------------------------------------------------

def test_renamed_platform_without_former_name(tmp_path, consistent):
    review = review_of(tmp_path, form={"name": "延锋智能制造工业互联网平台"},
                       outline=Outline(name="延锋智能制造工业互联网平台"))
    findings = run_rule("platform_name.list", review)
    assert len(findings) == 1 and findings[0].severity == "warning"
    assert findings[0].expected == "延锋工业互联网平台" and findings[0].actual == "延锋智能制造工业互联网平台"
    assert findings[0].citations[0].quote == "延锋智能制造工业互联网平台"
    assert run_rule("platform_name.list", consistent) == []


def test_former_and_current_name_stated(tmp_path):
    renamed = "原名称：延锋工业互联网平台；现名称：延锋智能制造工业互联网平台"
    review = review_of(tmp_path, form={"name": renamed}, outline=Outline(name="延锋智能制造工业互联网平台"))
    assert run_rule("platform_name.list", review) == []
    assert run_rule("platform_name.consistent", review) == []


@pytest.mark.parametrize("written", [
    "延锋智能制造工业互联网平台\n（原名称：“延锋工业互联网平台”；现名称：延锋智能制造工业互联网平台。2024年3月因品牌升级更名）",
    "延锋智能制造工业互联网平台（原延锋工业互联网平台）",
    "现名称：延锋智能制造工业互联网平台（原名称：延锋工业互联网平台）",
    # the former name first, the new one in the note (a blind package wrote it so)
    "延锋工业互联网平台（现名称：延锋智能制造工业互联网平台）",
    "延锋工业互联网平台（已更名为延锋智能制造工业互联网平台）",
    "延锋工业互联网平台，现更名为延锋智能制造工业互联网平台",
])
def test_issue_12_renamed_platform_written_other_ways(tmp_path, written):
    """The rename note as applicants write it (a note after the name, 原…平台 in brackets): the
    covers' current name agrees with it and the former name is on 附件6."""
    review = review_of(tmp_path, form={"name": written}, outline=Outline(name="延锋智能制造工业互联网平台"))
    assert run_rule("platform_name.consistent", review) == []
    assert run_rule("platform_name.list", review) == []


def test_former_name_not_on_the_list(tmp_path):
    renamed = "原名称：延锋数字化平台；现名称：延锋智能制造工业互联网平台"
    findings = run_rule("platform_name.list", review_of(tmp_path, form={"name": renamed}))
    assert len(findings) == 1 and "原名称“延锋数字化平台”" in findings[0].message


def test_covers_disagree_with_the_form(tmp_path, consistent):
    review = review_of(tmp_path, form={"cover_name": "延锋平台"}, outline=Outline(name="延锋智造平台"))
    findings = run_rule("platform_name.consistent", review)
    assert sorted(f.actual for f in findings) == ["延锋平台", "延锋智造平台"]
    assert run_rule("platform_name.consistent", consistent) == []


# --- negative controls -------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("package", ["eval_sets/packages/pkg01_huaxing_consistent", "samples/sample_package"])
def test_labelled_negative_controls_raise_nothing(package, shared_workspace):
    review = build_review(load_package(REPO / package, Settings(workspace=shared_workspace, workers=2)),
                          checks=run_checks)
    mine = {s.id for s in rule_catalog() if s.function.__module__ in MY_MODULES}
    loud = [(f.rule, f.message) for f in review.findings if f.rule in mine and f.severity != "info"]
    assert loud == []
    crashed = [f.rule.removeprefix("internal.") for f in review.findings if f.rule.startswith("internal.")]
    assert [rule_id for rule_id in crashed if rule_id in mine] == []


@pytest.mark.parametrize(("stamp", "late"), [
    ("2024-08-06 星期二 09:42:15", True), ("数据更新时间：2024/07/30", True), ("2024-07-12 14:32:08", False),
    ("证书有效期至2025-12-31", False), ("预计2025-06-30上线", False),
])
def test_a_screenshot_stamped_after_the_deadline(make_review, findings_of, stamp, late):
    """h18: a dashboard printing 「2024-08-06 星期二 09:42:15」 was taken after the notice's deadline
    (2024-07-22): its figures are not those the form was filled with. Only a stamp counts: a date
    with a time or a weekday, or after 更新/导出/截图时间; a validity or a plan says nothing."""
    from fixtures.make_list_fixtures import ocr_document

    from assistant.package.model import Classification, FileRole, Package, PackageFile

    document = ocr_document("大屏.png", [[[("设备远程运维中心", 60), (stamp, 400)], [("接入设备", 60)], [("48,620", 60)]]])
    member = PackageFile(path="大屏.png", document=document, cached=False, parse_seconds=0.0,
                         classification=Classification(role=FileRole.screenshot, confidence=0.9, reasons=()))
    review = make_review()
    review.package = Package(id="p", source="t", root="/tmp/p", files=(member,))
    found = findings_of("screenshot_vs_form.dated_after_deadline", review)
    assert bool(found) is late
    assert all(f.severity == "warning" and "晚于申报截止日期 2024-07-22" in f.message for f in found)


def test_a_chapter_of_template_instructions_only():
    """h67: a draft's 四 that is only 「（请简要描述…）」, its 七 the template's own description, have no content;
    a chapter that writes its own text — or lists its 附件 in a table under the instruction — has."""
    from assistant.catalog.notice import load_catalog
    from assistant.checks.rules_documents import template_only
    from assistant.forms.proposal_model import ProposalParagraph, ProposalSection

    def section(*texts: str, kind: str = "paragraph") -> ProposalSection:
        cite = Citation(file="申报书.docx", page=3, quote="x")
        paragraphs = tuple(ProposalParagraph(order=i, kind=kind if i else "paragraph", text=t, locator="", page_number=3,
                                             citation=cite) for i, t in enumerate(texts))
        return ProposalSection(number="四", title="", heading=paragraphs[0], paragraphs=paragraphs)

    outline = {s.number: s.description for s in load_catalog().application_outline.sections}
    assert template_only(section("（请简要描述平台下一步发展计划，包括但不限于平台属性、技术创新、产品升级、产业合作、商业模式拓展等。）"),
                         outline["四"])
    assert template_only(section("本章节为 2023 年度参评平台必填章节，2023 年未参评的平台无需填写。请结合评价指标体系，主要介绍从"
                                 " 2023 年 7 月至今，平台在功能模块、关键指标、应用服务等各方面相关情况的变化对比。请逐项介绍。"),
                         outline["七"])
    assert not template_only(section("平台下一步将深化AI大模型应用，计划连接设备10万台。"), outline["四"])
    assert not template_only(section(outline["六"], "附件3-1 审计报告 第1页", kind="table_cell"), outline["六"])
