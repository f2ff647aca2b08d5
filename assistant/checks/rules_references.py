"""An answer that only points elsewhere (family blank): 「详见附件7」, 「见佐证材料P12」, 「同上」.

The 申报表 asks for the value in its own cell (三、指标明细表: 平台实际情况, 证明资料 beside it); a terse
applicant writes where the value is instead. Whether that is an answer depends on the place it
points to: a 附件 the package holds, from which the evidence readers took this indicator's figure,
gives it (a note, with the figure and its page); a 附件 that is not in the package, or one where no
figure of the indicator was read, leaves the cell without a value (a warning that says which —
the reader may have missed the figure; a note for an enterprise detail such as 注册资本 or a text
answer, which the evidence readers do not look for); a pointer without a file (「同上」「见佐证材料P7」) is a note for
the reviewer to follow.

Must not: read a value out of the pointer (the 7 of 附件7 is no figure: `values.answers.is_reference`).
"""

from __future__ import annotations

import re

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.rules_completeness import required_fields
from assistant.core.text_keys import fold
from assistant.package.model import FileRole
from assistant.values.answers import is_reference, referenced_attachment
from assistant.values.numerals import parse_chinese_number

_FORMS = {FileRole.contact_form, FileRole.application_form, FileRole.application_form_scan, FileRole.proposal,
          FileRole.summary_table, FileRole.commitment}
# the kinds of answer whose figures the evidence readers look for (not a text's, not 是/否's detail)
_FIGURES = {"count", "compound_total_private", "percent", "breakdown", "money_wan", "region_breakdown",
            "number_with_unit", "count_with_list", "country_breakdown"}


def _files_named(review, attachment: str) -> list[str]:
    """The package's files numbered as the attachment (「附件7.pdf」, 「附件7-平台运营数据.xlsx」), not 附件17."""
    number = attachment[2:]
    number = number if number.isdigit() else str(int(parse_chinese_number(number) or 0))
    pattern = re.compile(rf"附件\s*{number}(?![0-9])(?!\s*[-－—_.．]\s*[0-9])")
    return [f.path for f in review.package.files  # the notice's own 附件1–6 (「附件2_申报表.docx」) are no proofs
            if f.role not in _FORMS and pattern.search(fold(f.path.rsplit("/", 1)[-1]))]


@rule("blank.reference_only", title="申报表栏目只写了“详见附件”，未填报数值", severity="warning",
      basis="申报表 三、指标明细表：平台实际情况一栏填写实际情况，证明资料另栏注明附件序号、名称及页码")
def answered_by_reference(review):
    for spec in required_fields(review):
        declared = review.primary_form.get(spec.id)
        if declared is None or not is_reference(declared.raw):
            continue
        answer = declared.raw.strip()
        attachment = referenced_attachment(answer)
        files = _files_named(review, attachment) if attachment else []
        read = [e for e in review.evidence_for(spec.id) if e.citations and e.citations[0].file in files]
        where = f"“{spec.label}”只写了“{answer}”，未在本栏填报数值"
        if read:
            shown = "；".join(f"{e.value}（{e.citations[0].file} {e.citations[0].place}）" for e in read[:2])
            yield make_finding(review, "blank.reference_only", "info", [spec.id],
                               f"{where}；{attachment}中读到：{shown}，请以此核对并在本栏填写",
                               expected="填写实际数值", actual=answer)
        elif attachment and not files:
            yield make_finding(review, "blank.reference_only", "warning", [spec.id],
                               f"{where}，且申报材料中没有编号为{attachment}的文件", expected="填写实际数值", actual=answer)
        elif attachment:
            # the evidence readers look for the indicators' figures, not for a licence's 注册资本:
            # an enterprise detail not read there says little
            figure = spec.section == "indicators" and spec.value_type in _FIGURES
            yield make_finding(review, "blank.reference_only", "warning" if figure else "info", [spec.id],
                               f"{where}；{attachment}（{'、'.join(files[:2])}）中未读到该项数值", expected="填写实际数值",
                               actual=answer, doubts=("该附件中的数值可能未被识别，请人工核对",))
        else:
            yield make_finding(review, "blank.reference_only", "info", [spec.id],
                               f"{where}，请按所指位置人工核对", expected="填写实际数值", actual=answer)
