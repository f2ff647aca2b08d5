"""企业已上市 answered 否 by a company whose own annual report prints its stock code (family
declared_vs_evidence, h60).

The 申报表 asks 企业已上市或已获得VC/PE投资 and, if so, 具体上市情况. A listed applicant proves its finances
with its own 年度报告, whose cover prints 「证券代码：609288」 (`evidence.listing`). When that report is the
applicant's own — the company it names is the applicant, not a parent or a sister company — an answer 否
contradicts it: an error, both sides being plain. A 新三板 code (挂牌, not 上市) is a warning that says so; a
parent's report is nothing (a subsidiary of a listed group is not itself listed).

Must not: judge the 是 answers' descriptions (`rules_completeness` does) or read files.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.evidence_judgement import different_companies
from assistant.checks.rules_evidence import with_evidence
from assistant.core.evidence import NEEQ_DOUBT, PREPARED_BY
from assistant.core.findings import Finding
from assistant.core.text_keys import squash


@rule("declared_vs_evidence.listed", title="申报“未上市”，但申报单位自身的年度报告载明证券代码", severity="error",
      basis="附件2 填报指引：企业已上市或已获得VC/PE投资，若是，填写“是”并简述具体上市情况")
def listed_answered_no(review) -> Iterator[Finding]:
    declared = review.declared("listed_or_vc_funded")
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    if declared is None or applicant is None or not squash(declared.raw).startswith("否"):
        return
    name = squash(applicant.raw)
    for fact in review.evidence:
        whose = fact.stated(PREPARED_BY)
        if fact.field_id != "listed_or_vc_funded" or not fact.citations or not whose \
                or different_companies(whose, name) or len(whose) < len(name) - 4:
            continue  # another company's report (a parent's), or a name too short to be the applicant's own
        doubted = NEEQ_DOUBT in fact.reasons
        where = fact.citations[0]
        message = (f"企业已上市或已获得VC/PE投资填报“{declared.raw.strip()}”，但《{where.file}》第{where.page}页为"
                   f"“{whose}”的年度报告，载明“{fact.value}”：申报单位本身为"
                   + ("新三板挂牌公司，请核实是否已获得投资并如实填写" if doubted else "上市公司，应填“是”并简述上市情况"))
        yield with_evidence(make_finding(review, "declared_vs_evidence.listed", "warning" if doubted else "error",
                                         ["listed_or_vc_funded"], message, expected="是", actual=declared.raw.strip(),
                                         doubts=(NEEQ_DOUBT,) if doubted else ()), [fact])
        return
