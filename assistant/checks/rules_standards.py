"""A standard the form counts whose own 前言 does not name the applicant among its drafters (family
declared_vs_evidence, h83).

平台牵头/参与标准制定情况 is proved by each standard's cover and 前言 (`evidence.standards`); the 前言 prints
「本文件起草单位：…」. A standard the answer names by its code whose drafters, read whole (closed by 「。」 on
the page), hold no company that is the applicant (`different_companies`: a shorter name or one without its
legal form is the applicant, a subsidiary named after it is not) is not one the applicant drafted. A
warning: the applicant may have taken part under its group's name, and a reviewer reads the 前言.

Must not: read the files, or judge who led (the order of the drafters is a convention, not a rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.evidence_judgement import different_companies
from assistant.checks.rules_evidence import with_evidence
from assistant.core.evidence import DRAFTED_BY
from assistant.core.findings import Finding


def _code_key(code: str) -> str:
    return re.sub(r"\s+", "", re.sub(r"[—–－\-]+", "-", code)).upper()


@rule("declared_vs_evidence.standard_drafters", title="所列标准的起草单位中没有申报单位", severity="warning",
      basis="填报指引：平台牵头/参与标准制定情况（国家标准、行业标准），以标准文本（封面及前言）为证明")
def standards_not_drafted_by_the_applicant(review) -> Iterator[Finding]:
    answer = review.declared("standards")
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    if answer is None or applicant is None or not applicant.raw.strip():
        return
    named = _code_key(answer.raw or "")
    own = applicant.raw.strip()
    for fact in review.evidence:
        drafters = fact.stated(DRAFTED_BY)
        if fact.field_id != "standards" or not fact.citations or not drafters.endswith("。") \
                or _code_key(fact.value) not in named:
            continue
        names = [n.strip() for n in re.split(r"[、，,；;]", drafters.rstrip("。")) if n.strip()]
        if not names or any(not different_companies(name, own) for name in names):
            continue
        message = (f"申报表所列标准 {fact.value}，其《{fact.citations[0].file}》第{fact.citations[0].page}页前言所列起草单位"
                   f"（{drafters.rstrip('。')}）中没有申报单位“{own}”，该标准不能说明为本单位牵头或参与制定，请核对")
        finding = make_finding(review, "declared_vs_evidence.standard_drafters", "warning", ["standards"], message,
                               expected=f"起草单位含{own}", actual=drafters.rstrip("。"),
                               doubts=["申报单位可能以集团或关联单位名义参与起草"])
        yield with_evidence(finding, [fact])
