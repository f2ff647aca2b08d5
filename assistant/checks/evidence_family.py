"""Which family a difference between the form and one evidence fact belongs to: the list's
(count_vs_list), a screenshot's (screenshot_vs_form) or a proof's stated figure
(declared_vs_evidence) — by how the fact was read and what the file is.

A list's rows counted, or its printed total, are the list's; a statistics table's total is a figure
its proof states. Anything filed as a screenshot (an image, a console printed or saved as a web page)
is a screenshot, and so is a picture pasted into another proof; a figure OCR'd off a scanned page
of a report (评议报告, 检测报告, 审计报告) is the report's figure (h37).

Parts of a list's count the notice asks on their own (公有云, 日均运行, 海外, 付费) and the totals of its other
columns (订阅数, 订阅金额) are figures the list states (`STATED_PARTS`); a list short of the declared total
doubts them (`short_lists`).

Must not: judge the difference (`evidence_judgement` does) or word findings.
"""

from __future__ import annotations

import re

from assistant.checks.evidence_judgement import compare_fact
from assistant.checks.ocr_misreads import ocr_slip
from assistant.core.evidence import (
    ALTERNATIVE_READINGS,
    PROSE_STATEMENT,
    REPEATED_ROWS,
    EvidenceValue,
    from_statistics,
    is_unchecked_sum,
)
from assistant.package.classify import SCREEN_WORDS, paper_titled
from assistant.package.model import FileRole

_LIST_ROLES = {FileRole.device_list, FileRole.certificate_list, FileRole.award_list}
_REPORT_ROLES = {FileRole.audit_report, FileRole.financial_statement, FileRole.test_report, FileRole.certificate_list}


# Parts of a list's count the notice asks on their own — the devices' 公有云, its 日均运行 and 海外, the
# paying enterprises — and the totals of a list's columns (the APPs' 订阅数 and 订阅金额): a list counts
# devices, enterprises or APPs; what it gives of a part (「其中：公有云接入 6,597 台/套」, a 日均运行 column's
# 合计, the rows marked 付费) or of another column is a figure it states, as every labeller of the blind
# sets filed it (ten of ten devices' parts, two of two paying counts, three of three subscriptions, h9–h78).
STATED_PARTS = frozenset({"devices_public_cloud", "devices_public_cloud_daily_running", "devices_overseas",
                          "enterprises_paying", "app_subscriptions", "app_subscription_amount"})


def family_of(review, value: EvidenceValue) -> str:
    if value.method == "list_count":
        # A statistics table's total (「合计 26,850」 of devices by category, its 上海 row) is a
        # figure a proof states; a list's rows counted, or a breakdown against it, is the list's.
        statistics = from_statistics(value) and value.dimension == "total" and not value.component
        return "declared_vs_evidence" if statistics or listed_part(value) else "count_vs_list"
    member = review.package.file(value.citations[0].file) if value.citations else None
    role = member.role if member is not None else None
    if role is FileRole.screenshot or value.method == "ocr_figure" and not _scanned_report(member, value):
        return "screenshot_vs_form"
    if role is FileRole.certificate_list and value.reasons and value.reasons[0].startswith(PROSE_STATEMENT):
        return "declared_vs_evidence"  # a letter's sentence (「…共获得授权发明专利47项」, h63), not a list's total
    if (role in _LIST_ROLES and value.method not in ("table_row", "ocr_figure") and value.field_id not in STATED_PARTS
            and review.catalog.field(value.field_id).unit != "%"):
        # a list's printed total; a table of figures in it states them (h34), and a rate is no count of
        # rows: 「设备利用率为66.99%」 in a device report's prose is a figure it states (h32)
        return "count_vs_list"
    return "declared_vs_evidence"


def listed_part(value: EvidenceValue) -> bool:
    """A part of a list's count (公有云, 日均运行, 海外, 付费) or another column's total (订阅数) as the list
    gives it: a stated figure."""
    return value.field_id in STATED_PARTS and value.dimension == "total" and not value.component


def _scanned_report(member, value) -> bool:
    """The figure was OCR'd off a scanned page of a report (h37's 评议报告), not off a picture pasted
    into a text page (h16: 「四、平台运行截图」 in a 佐证材料汇编)."""
    if member is None or not value.citations:
        return False
    page = next((p for p in member.document.pages if p.number == value.citations[0].page), None)
    if member.role not in _REPORT_ROLES and not (member.role is FileRole.other_evidence and page is not None
                                                 and paper_titled(page.text)):
        return False  # a scanned 「…参保缴费情况证明」 with its seal is a paper proof too (h83)
    # a console's page bound into the same scan says what it is (「环境装备云·设备接入 数据截至2024-06-30」, h71's
    # 「审计报告节选与平台截图（合并扫描）」): a screenshot's
    return page is not None and page.source == "ocr" and _CONSOLE_WORDS.search(page.text) is None


_CONSOLE_WORDS = re.compile(SCREEN_WORDS + r"|数据截至|数据更新|更新时间|实时")


def usable(review, family: str) -> list[EvidenceValue]:
    """The evidence a family compares with the form: grounded, with a value, read that family's way — not a
    statement's parent columns beside its consolidated ones, nor a table's column of another reading
    (`ALTERNATIVE_READINGS`: they may back the form; the figure it is held to is the other)."""
    return [v for v in review.evidence if v.status != "ungrounded" and v.normalized is not None
            and family_of(review, v) == family and not any(r in v.reasons for r in ALTERNATIVE_READINGS)]


def short_lists(review, family: str, gaps: list) -> set[tuple[str, str]]:
    """(field, file) of the readings that fall short of the form (`gaps`: a family's differences): a list
    short of the declared total makes its count of a part (公有云 rows among them) no sure count — nor a
    part it states (「其中：公有云接入…」 under the 合计), filed declared_vs_evidence above."""
    if family == "count_vs_list":
        listed = gaps
    else:
        parts = [g for g in gaps if listed_part(g.fact)]
        wholes = {review.catalog.field(g.field_id).parent for g in parts}
        listed = parts + [c for v in usable(review, "count_vs_list") if v.field_id in wholes
                          and (c := compare_fact(review, v)) is not None and not c.consistent]
    return {(g.field_id, g.fact.citations[0].file) for g in listed}


def noted(comparison) -> bool:
    """A difference the reviewer is told of in a note, not warned of: a sum of rows printing no 合计 (maybe a part
    of the table's subject), an OCR slip (`ocr_misreads.ocr_slip`), or a list whose rows are exactly the declared
    count and whose repeated rows alone make the difference (h91: 18 of 2,874 names twice — the applicant counted
    the rows; whether a firm was counted twice is the reviewer's to see)."""
    fact = comparison.fact
    rows = next((int(m.group(1)) for r in fact.reasons if (m := re.fullmatch(rf"{REPEATED_ROWS}(\d+)", r))), None)
    return is_unchecked_sum(fact) or ocr_slip(comparison) or rows is not None and rows == comparison.declared.value
