"""Letters left undated (h27's unstamped 更正说明 and h23's unsigned 承诺 draft, first met
2026-12-05): a blank date line is the template's 「日期：　年　月　日」; a date in figures or in
Chinese numerals is a date; a dated copy beside the draft answers for it. Packages are written here."""

from __future__ import annotations

import pytest
from application_files import load_review, run_rule, write_package, write_simple

CORRECTION = ["更正说明", "经核对审计报告，现更正如下：",
              "“平台相关营业收入（万元）”原填报6,182.40万元，现更正为5,863.20万元；",
              "“平台利润率（%）”由7.86%更正为8.29%。", "上海示例科技股份有限公司（盖章）"]


@pytest.mark.parametrize(("date", "flagged"), [("日期：　　年　　月　　日", True), ("____年__月__日", True),
                                                ("日期：2024年7月29日", False), ("二〇二四年七月二十九日", False)])
def test_a_correction_letter_left_undated(tmp_path, date, flagged):
    root = write_package(tmp_path / "pkg")
    write_simple(root / "06 更正说明.docx", [*CORRECTION, date])
    findings = run_rule("missing_proof.correction_undated", load_review(root, tmp_path / "ws"))
    assert [(f.severity, f.fields) for f in findings] == (
        [("warning", ("平台相关营业收入（万元）", "平台利润率（%）"))] if flagged else [])


def test_a_blank_in_a_sentence_is_no_date_line(tmp_path):
    root = write_package(tmp_path / "pkg")
    write_simple(root / "06 更正说明.docx", [*CORRECTION[:3], "请于　年　月　日前补交原件。", "日期：2024年7月29日"])
    assert run_rule("missing_proof.correction_undated", load_review(root, tmp_path / "ws")) == []


def test_an_undated_commitment_without_a_signed_copy(tmp_path):
    text = ["真实性承诺", "我单位此次提交的所有申报材料内容均真实、准确、完整，如有不实，愿承担相应的法律责任。",
            "法定代表人（签字）：", "日期：　　年　　月　　日"]
    root = write_package(tmp_path / "draft", skip=("commitment",))
    write_simple(root / "附件5 真实性承诺.docx", text)
    [finding] = run_rule("missing_file.commitment_undated", load_review(root, tmp_path / "ws"))
    assert finding.severity == "warning" and finding.fields == ("附件5 真实性承诺",)
    # the signed copy beside the draft answers for it
    signed = write_package(tmp_path / "signed", skip=("commitment",))
    write_simple(signed / "附件5 真实性承诺.docx", text)
    write_simple(signed / "附件5 真实性承诺（签署）.docx", [*text[:3], "日期：2024年7月10日"])
    assert run_rule("missing_file.commitment_undated", load_review(signed, tmp_path / "ws2")) == []


# A 承诺 is given for one round (h88: last year's 「2023年度…评价工作」 承诺, dated 2023年7月12日, reused).
PLEDGE = "我单位此次提交的关于{}上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整。"


@pytest.mark.parametrize(("named", "dated", "expected"), [
    ("2022年度", "2022年7月8日", ["error"]),  # both the round and the date say an earlier round
    ("", "2023年6月30日", ["warning"]),  # the template's words (no year): the date alone, doubted
    ("2022年度", "二〇二二年七月八日", ["warning"]),  # a date in Chinese numerals is not read: the year alone
    ("2024年度", "2024年7月15日", []),  # this round's
    ("", "2024.7.12", []),
    ("2023年度", "2024年7月15日", []),  # the two disagree: silent
    ("", "2024年6月", []),  # the notice's own month: not before it
    ("", "2024年6月10日", []),  # ten days before the notice was issued (h57's clean package): written early, not reused
    ("", "日期：　　年　　月　　日", []),  # a draft: the undated rule's
])
def test_a_commitment_of_an_earlier_round(tmp_path, named, dated, expected):
    root = write_package(tmp_path / "pkg", skip=("commitment",))
    write_simple(root / "附件5 真实性承诺.docx", ["真实性承诺", PLEDGE.format(named), "特此承诺。",
                                                "申报单位：上海示例科技股份有限公司（盖章）", dated])
    findings = run_rule("missing_file.commitment_stale", load_review(root, tmp_path / "ws"))
    assert [f.severity for f in findings] == expected
    assert all(f.fields == ("附件5 真实性承诺",) for f in findings)


def test_this_rounds_commitment_beside_last_years_answers_for_it(tmp_path):
    root = write_package(tmp_path / "pkg", skip=("commitment",))
    write_simple(root / "附件5 真实性承诺（2023）.docx", ["真实性承诺", PLEDGE.format("2023年度"), "2023年7月12日"])
    write_simple(root / "附件5 真实性承诺.docx", ["真实性承诺", PLEDGE.format("2024年度"), "2024年7月16日"])
    assert run_rule("missing_file.commitment_stale", load_review(root, tmp_path / "ws")) == []
