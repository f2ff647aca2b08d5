"""The platform's team against the applicant's whole staff (family declared_vs_evidence, h60).

平台团队总人数 counts the applicant's people who build and run the platform (运维 + 运营): at most everyone the
company employs. A group's annual report that lists the applicant among its subsidiaries with its 在职员工
(`evidence.insured_staff.read_company_staff`: 「上海华兴数字科技有限公司 | 236」) bounds the team: a team of 268 is
more people than the company had. A warning, never an error: the report counts the staff on 31 December and the
form on its own date, and a team may count people seconded from the group.

Must not: compare with another company's row (a sister subsidiary's staff says nothing of the applicant's), or
take the company's staff for the team (a team smaller than the company is no difference).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding, read_amount
from assistant.checks.evidence_judgement import different_companies
from assistant.checks.rules_evidence import with_evidence
from assistant.core.evidence import PREPARED_BY
from assistant.core.findings import Finding
from assistant.evidence.insured_staff import COMPANY_STAFF, INSURED_UNIT


@rule("declared_vs_evidence.staff_bound", title="平台团队总人数超过申报单位的在职员工总数", severity="warning",
      basis="填报指引 1.1.2：平台团队总人数为申报单位从事平台运维、运营的人员，不应超过申报单位的员工总数")
def team_within_company_staff(review) -> Iterator[Finding]:
    declared = read_amount(review, "staff_total")
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    if declared is None or applicant is None or not applicant.raw.strip():
        return
    for fact in review.evidence_for("staff_total"):
        company = fact.stated(PREPARED_BY)
        if not {COMPANY_STAFF, INSURED_UNIT} & set(fact.reasons) or not company or fact.normalized is None \
                or different_companies(company, applicant.raw):
            continue
        staff = Decimal(str(fact.normalized))
        if declared.value <= staff:
            continue
        cited = fact.citations[0]
        what = "社会保险参保人数" if INSURED_UNIT in fact.reasons else "期末在职员工"
        message = (f"平台团队总人数填报 {declared.show()} 人，《{cited.file}》第{cited.page}页所列“{company}”{what}为 "
                   f"{fact.value} 人，平台团队多于申报单位的全部员工 {declared.value - staff} 人")
        finding = make_finding(review, "declared_vs_evidence.staff_bound", "warning", ["staff_total"], message,
                               expected=f"≤ {fact.value}", actual=declared.show(),
                               doubts=(("社保证明为当月参保人数" if INSURED_UNIT in fact.reasons else "年度报告为年末在职人数")
                                       + "，填表日人数可能不同；平台团队也可能含集团派驻人员",))
        yield with_evidence(finding, [fact])
        return
