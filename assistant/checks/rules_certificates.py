"""Certificates and test reports that do not prove what the form rests on them (family declared_vs_evidence, h61).

A status answer (平台是否建立安全管理体系, 平台是否融合使用国家标识解析系统, 有否定期开展第三方安全测试/测评) is
proved by a certificate or a report (`evidence.security_proofs`), and the proof may say why it cannot:
- a certificate whose 有效期至 is before the 申报表's 填表日: it lapsed before the form was filled (unless
  the package holds the same kind of certificate still valid: the old one filed beside its renewal);
- a certificate held by another company than the applicant (a sister company's 标识 prefix);
- a test report dated more than a year before the 填表日 under an answer that says the tests are
  regular (定期, 每年): the one report shows no regular testing;
- a DCMM certificate of a lower level than the answer claims (「稳健级（3级）」 against a 2级 certificate).
Each a warning that names the proof, its page and what it says.

Must not: judge the answer's words (`rules_completeness` does) or read the files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.evidence_judgement import different_companies
from assistant.checks.rules_evidence import with_evidence
from assistant.core.evidence import HELD_BY, LEVEL_STATED, TESTED_ON, VALID_UNTIL
from assistant.core.findings import Finding
from assistant.values.dates import date_key

_REGULAR = re.compile(r"定期|每年|每半年|每季度|年度|常态化")


_DCMM_NAMES = {"初始级": 1, "受管理级": 2, "稳健级": 3, "量化管理级": 4, "优化级": 5}
_DCMM_CLAIM = re.compile(r"DCMM[^。；;]{0,16}?(?P<n>[1-5一二三四五])\s*级|(?P<name>初始级|受管理级|稳健级|量化管理级|优化级)")


def _claimed_level(answer: str) -> int | None:
    """The DCMM level an answer claims (「通过DCMM稳健级（3级）评估」 → 3)."""
    found = _DCMM_CLAIM.search(answer) if "DCMM" in answer or "数据管理能力成熟度" in answer else None
    if found is None:
        return None
    if found["name"]:
        return _DCMM_NAMES[found["name"]]
    return "一二三四五".find(found["n"]) + 1 or int(found["n"])


@rule("declared_vs_evidence.certificate", title="证书或测评报告不能证明申报内容（已过期、非申报单位或非近期）",
      severity="warning", basis="通知四、相关要求：申报材料应真实有效；证明材料应为申报单位的现行有效证明")
def certificates_that_do_not_prove(review) -> Iterator[Finding]:
    filled = date_key(review.declarations.form_date or "")
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    own = applicant.raw if applicant is not None else ""
    # a lapsed certificate filed beside its renewal (another file, the same kind still valid): history, no lapse
    renewed = {(fact.field_id, fact.note) for fact in review.evidence
               if filled and (end := date_key(fact.stated(VALID_UNTIL))) is not None and end >= filled}
    for fact in review.evidence:
        if not fact.citations or review.declared(fact.field_id) is None:
            continue
        where = f"《{fact.citations[0].file}》第{fact.citations[0].page}页"
        until, holder, tested = fact.stated(VALID_UNTIL), fact.stated(HELD_BY), fact.stated(TESTED_ON)
        problems = []
        if filled and (end := date_key(until)) is not None and end < filled \
                and (fact.field_id, fact.note) not in renewed:
            problems.append(f"有效期至{until}，早于填表日期{review.declarations.form_date}，证书已过期")
        if holder and own and different_companies(holder, own):
            problems.append(f"持证单位为“{holder}”，不是申报单位“{applicant.raw.strip()}”")
        answer = review.declared(fact.field_id).raw or ""
        if filled and (done := date_key(tested)) is not None and _REGULAR.search(answer) \
                and (filled[0] - done[0]) * 12 + filled[1] - done[1] > 12:
            problems.append(f"测评日期为{tested}，距填表日期已超过一年，不能说明“{answer.strip()[:30]}”所称的定期测评")
        claimed = _claimed_level(answer) if fact.field_id == "data_governance" else None
        if claimed and (shown := fact.stated(LEVEL_STATED)).isdigit() and claimed > int(shown):
            problems.append(f"证书等级为{shown}级，低于申报表所称的{claimed}级")
        if not problems:
            continue
        message = f"{where}{fact.note or '证明材料'}：" + "；".join(problems) + "，请核对或补充现行有效的证明"
        finding = make_finding(review, "declared_vs_evidence.certificate", "warning", [fact.field_id], message,
                               actual=fact.value)
        yield with_evidence(finding, [fact])
