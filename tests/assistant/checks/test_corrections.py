"""A stamped letter correcting one answer of the 申报表 (h54, first met 2026-12-06): 「“工业协议兼容适配数量（个）”
因重复计入…，现由186更正为168」 — the corrected answer is what the applicant declares: the 汇总表 that follows it
agrees, one that kept the old figure differs, and the letter is cited first. Packages are written here."""

from __future__ import annotations

from pathlib import Path

from application_files import INDICATORS, PLATFORM, UNIT, load_review, run_rule, write_package, write_simple

APPS = "工业APP数量（个）"


def _letter(root: Path, sentence: str) -> None:
    write_simple(root / "情况说明（数据更正）.docx", ["情况说明", "上海市经济和信息化委员会：",
                                                   f"我单位《申报表》三、指标明细表中{sentence}", "其余内容不变，以本说明为准。",
                                                   "特此说明。", UNIT])


def test_a_letter_corrects_the_answer_the_summary_follows(tmp_path: Path):
    root = write_package(tmp_path / "pkg", summary={"平台名称": PLATFORM, "企业名称": UNIT, **INDICATORS, APPS: "243"})
    _letter(root, f"“{APPS}”因重复统计，现由234更正为243。")
    review = load_review(root, tmp_path / "ws")
    declared = review.declared("apps_total")
    assert declared.raw == "243" and declared.citations[0].file == "情况说明（数据更正）.docx"
    assert "234" in declared.corrected
    row = next(r for r in review.rows if r.label == APPS)
    assert row.normalized == 243 and row.note.startswith("按说明函更正")
    assert run_rule("summary_vs_form.row", review) == []  # the 汇总表 follows the letter


def test_a_summary_that_kept_the_corrected_figure_differs(tmp_path: Path):
    root = write_package(tmp_path / "pkg")  # the 汇总表 says 234, as the form did before the letter
    _letter(root, f"“{APPS}”因重复统计，现由234更正为243。")
    [finding] = [f for f in run_rule("summary_vs_form.row", load_review(root, tmp_path / "ws")) if APPS in f.fields]
    assert finding.expected == "243" and finding.actual == "234"


def test_a_letter_about_another_figure_changes_nothing(tmp_path: Path):
    root = write_package(tmp_path / "pkg")
    _letter(root, f"“{APPS}”现由260更正为243。")  # the form says 234: not the figure the letter corrects
    review = load_review(root, tmp_path / "ws")
    assert review.declared("apps_total").raw == "234" and not review.declared("apps_total").corrected


def test_the_final_proposal_and_a_drafts_figures():
    """h54: 「申报书_v2.docx」 beside 「附件3 申报书（终稿）.docx」 — the final one is the 申报书 the checks read
    (four false narrative warnings came from the draft); an audit report 「（征求意见稿）」 beside its 「（正式版）」
    is a draft whose figures are doubted, as a replaced report's are."""
    from fakes.documents import document, package

    from assistant.evidence.superseded import drafts
    from assistant.forms.proposal import proposal_file
    from assistant.package.model import FileRole

    long_draft = document("申报书_v2.docx", [["一、企业基本情况", "二、平台建设及运营情况"] * 20], fmt="docx")
    final = document("附件3 申报书（终稿）.docx", [["一、企业基本情况", "二、平台建设及运营情况"]], fmt="docx")
    audit_draft = document("审计报告（征求意见稿）.pdf", [["审计报告"]])
    audit = document("审计报告（正式版）.pdf", [["审计报告"]])
    held = package(Path("/tmp/p"), [(long_draft, FileRole.proposal), (final, FileRole.proposal),
                                    (audit_draft, FileRole.audit_report), (audit, FileRole.audit_report)])
    assert proposal_file(held).path == "附件3 申报书（终稿）.docx"
    assert drafts(held.files) == {"审计报告（征求意见稿）.pdf": ("审计报告（正式版）.pdf", "文件名标明为征求意见稿")}


def test_a_letter_whose_item_was_not_read_explains_the_summarys_figure(tmp_path: Path):
    """h54: OCR lost the line of a 更正说明 that names the item; 「现由234更正为243」 is read, and the 汇总表's 243
    against the form's 234 is a note that says so, not an error."""
    root = write_package(tmp_path / "pkg", summary={"平台名称": PLATFORM, "企业名称": UNIT, **INDICATORS, APPS: "243"})
    write_simple(root / "更正说明.docx", ["更正说明", "经复核，我单位《申报表》三、指标明细表", "现由234更正为243。",
                                        "平台基本情况汇总表已按243填写。以本说明为准。", "特此说明。", UNIT])
    [finding] = [f for f in run_rule("summary_vs_form.row", load_review(root, tmp_path / "ws")) if APPS in f.fields]
    assert finding.severity == "info" and any("由234更正为243" in d for d in finding.doubts)


def test_a_drafts_figure_that_differs_from_its_finals(make_review, findings_of):
    """h54: 「审计报告（征求意见稿）」 prints 平台利润总额 1,528.30, its 「（正式版）」 1,412.85: one warning naming both."""
    from assistant.catalog.notice import load_catalog
    from assistant.catalog.vocabulary import ANNUAL_PROFIT_COMPONENT, PROFIT_COMPONENT
    from assistant.core.citations import Citation
    from assistant.core.evidence import EvidenceValue
    from assistant.evidence.superseded import SUPERSEDED_DOUBT
    from extractors.model import Span

    def profit(field_id, component, value, file, reasons=()):
        quote = f"平台利润总额 {value}"
        return EvidenceValue(field_id=field_id, label=load_catalog().field(field_id).label, component=component,
                             value=value, unit="万元", normalized=float(value.replace(",", "")), scope="platform",
                             year=2023, method="table_row", reasons=reasons,
                             citations=(Citation(file=file, page=5, quote=quote, span=Span(start=0, end=len(quote))),))
    draft = SUPERSEDED_DOUBT.format(by="3-1 审计报告（正式版）.pdf", quote="文件名标明为征求意见稿")
    review = make_review()
    review.evidence = [profit(f, c, v, n, r) for f, c in (("profit_margin", PROFIT_COMPONENT), ("roi", ANNUAL_PROFIT_COMPONENT))
                       for v, n, r in (("1,528.30", "3-1 审计报告（征求意见稿）.pdf", (draft,)), ("1,412.85", "3-1 审计报告（正式版）.pdf", ()))]
    [finding] = findings_of("declared_vs_evidence.draft", review)
    assert finding.severity == "warning" and "1,528.30" in finding.message and "1,412.85" in finding.message
    assert len(finding.fields) == 2
    for value in review.evidence:  # the same figure in both: nothing to say
        if "征求意见稿" in value.citations[0].file:
            review.evidence = [v if v is not value else v.model_copy(update={"value": "1,412.85", "normalized": 1412.85})
                               for v in review.evidence]
    assert findings_of("declared_vs_evidence.draft", review) == []
