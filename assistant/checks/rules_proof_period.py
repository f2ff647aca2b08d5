"""A figure of 2023 whose only proof is an earlier year's document (family missing_proof).

平台相关营业收入, 平台相关研发投入, 平台利润率 and 2023年平台营收 are the platform's figures of 2023
(填报指引: 「需填写平台（注意不是企业）2023年研发投入」). A 证明资料 cell that names documents of earlier
years only (「佐证2 2022年度平台研发费用专项审计报告」, 「2022年度审计报告第6页」) cites a proof of another
year: last year's report cannot show this year's figure (h40, h42). So does a package whose every
audit report or statement is of an earlier year (「2022年度审计报告」, 审计期间 2022年) whatever its
cells say. Unless the package's evidence states the figure's 2023 value somewhere, read with
confidence — then the cell is only mislabelled and nothing is said.

A warning: the figure may well be right; the reviewer asks for the year's proof.

Must not: compare figures (`rules_evidence` does) or judge a document's own dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import is_blank, make_finding
from assistant.core.findings import Finding
from assistant.package.model import FileRole
from assistant.review.model import Review

_OF_THE_YEAR = ("revenue", "rd_investment", "profit_margin", "platform_revenue_2023")
_YEAR = 2023
# a year a document is of: 「2022年度」, 「2022年审计报告」, 「2022年报」; not a date (「2022年6月」)
_DOCUMENT_YEAR = re.compile(r"(20\d\d)\s*(?:年度|年(?!\s*\d{1,2}\s*月)|年报)")
# the fiscal year an audit report's first pages name: 「2022年度审计报告」, 「审计期间：2022年1月1日至…」
_FISCAL_YEAR = re.compile(r"(20\d\d)\s*年度|审计期间[:：]?\s*(?:自)?\s*(20\d\d)\s*年")


def _audit_years(review: Review) -> set[int] | None:
    """The fiscal years the package's audit reports and statements name on their first pages; None
    when there is none, or one names no year."""
    audits = [m for m in review.package.members() if m.role in (FileRole.audit_report, FileRole.financial_statement)]
    years: set[int] = set()
    for member in audits:
        head = "\n".join(p.text for p in member.document.pages[:2])
        named = {int(m[1] or m[2]) for m in _FISCAL_YEAR.finditer(head)}
        if not named:
            return None
        years |= named
    return years or None


@rule("missing_proof.earlier_year", title="2023年数据的证明资料为以前年度材料", severity="warning",
      basis="申报表 三、指标明细表 填报指引：平台相关营业收入、研发投入等填写平台2023年数据；注2：证明资料逐项对应")
def proofs_of_the_year(review: Review) -> Iterator[Finding]:
    audits = _audit_years(review)
    unproved = [f for f in _OF_THE_YEAR if not any(v.field_id == f and v.year == _YEAR and v.confident
                                                   for v in review.evidence)]
    of_reports = []  # fields whose cells name no earlier year, in a package of earlier reports only
    for field_id in unproved:
        value = review.primary_form.get(field_id)
        if value is None or is_blank(value.raw):
            continue
        years = {int(y) for y in _DOCUMENT_YEAR.findall(value.proof or "")}
        if years and max(years) < _YEAR:
            spec = review.catalog.field(field_id)
            yield make_finding(
                review, "missing_proof.earlier_year", "warning", [field_id],
                f"“{spec.label}”应填报{_YEAR}年数据（{value.raw.strip()[:20]}），但证明资料“{value.proof.strip()[:60]}”"
                f"所指为{_years(years)}材料，申报材料中也未读到该指标{_YEAR}年度的数据；请补充{_YEAR}年度的证明材料",
                expected=f"{_YEAR}年度证明材料", actual=value.proof.strip()[:60])
        elif not years and audits is not None and max(audits) < _YEAR:
            of_reports.append(field_id)
    if of_reports:
        labels = "、".join(review.catalog.field(f).label for f in of_reports)
        yield make_finding(
            review, "missing_proof.earlier_year", "warning", of_reports,
            f"申报材料中的审计报告/财务报表最晚为{max(audits)}年度（未见{_YEAR}年度），以下应填报{_YEAR}年数据的指标"
            f"未读到{_YEAR}年度的证明：{labels}；请补充{_YEAR}年度的审计报告或专项说明",
            expected=f"{_YEAR}年度审计报告", actual=f"{max(audits)}年度")


def _years(years: set[int]) -> str:
    return "、".join(f"{y}年度" for y in sorted(years))
