"""Certificates and test reports that do not prove the answer resting on them (h61): lapsed before the
填表日, held by another company, or a single test long before an answer of regular testing — each a
warning; a current certificate of the applicant's and a recent report say nothing."""

from __future__ import annotations

from assistant.catalog.notice import load_catalog
from assistant.core.citations import Citation
from assistant.core.evidence import HELD_BY, TESTED_ON, VALID_UNTIL, EvidenceValue
from extractors.model import Span


def _proof(field_id: str, *reasons: str, note: str = "证书") -> EvidenceValue:
    quote = "信息安全管理体系认证证书"
    return EvidenceValue(field_id=field_id, label=load_catalog().field(field_id).label, value=quote, unit="",
                         normalized=None, scope="platform", method="text", reasons=reasons, note=note,
                         citations=(Citation(file="证书.pdf", page=1, quote=quote, span=Span(start=0, end=len(quote))),))


def _review(make_review, evidence, **answers):
    review = make_review(**answers)
    review.declarations = review.declarations.model_copy(update={"form_date": "2024.07.10"})
    review.evidence = evidence
    return review


def test_a_lapsed_certificate_and_another_companys(make_review, findings_of):
    applicant = "上海延锋金桥饰件系统有限公司"
    lapsed = _review(make_review, [_proof("security_policies", f"{VALID_UNTIL}2024年3月14日", f"{HELD_BY}{applicant}")])
    (finding,) = findings_of("declared_vs_evidence.certificate", lapsed)
    assert finding.severity == "warning" and "2024年3月14日" in finding.message and "已过期" in finding.message
    sister = _review(make_review, [_proof("security_policies", f"{VALID_UNTIL}2026年5月19日", f"{HELD_BY}延锋数字科技有限公司")])
    (finding,) = findings_of("declared_vs_evidence.certificate", sister)
    assert "延锋数字科技有限公司" in finding.message and applicant in finding.message
    current = _review(make_review, [_proof("security_policies", f"{VALID_UNTIL}2026年5月19日", f"{HELD_BY}{applicant}")])
    assert findings_of("declared_vs_evidence.certificate", current) == []


def test_one_old_report_under_an_answer_of_regular_testing(make_review, findings_of):
    old = [_proof("third_party_security_testing", f"{TESTED_ON}2021年11月22日", note="安全测评报告的结论")]
    regular = _review(make_review, old, third_party_security_testing="是，每年开展一次等保测评")
    (finding,) = findings_of("declared_vs_evidence.certificate", regular)
    assert "2021年11月22日" in finding.message and finding.fields[0] == "有否定期开展第三方安全测试/测评"
    recent = [_proof("third_party_security_testing", f"{TESTED_ON}2023年11月10日")]
    assert findings_of("declared_vs_evidence.certificate", _review(make_review, recent,
                                                                   third_party_security_testing="是，每年开展")) == []


def test_a_dcmm_certificate_below_the_level_claimed(make_review, findings_of):
    """h61: 「通过DCMM稳健级（3级）评估」 against a certificate of 2级（受管理级）."""
    from assistant.core.evidence import LEVEL_STATED

    cert = [_proof("data_governance", f"{LEVEL_STATED}2", note="数据管理能力成熟度等级证书")]
    (finding,) = findings_of("declared_vs_evidence.certificate",
                             _review(make_review, cert, data_governance="已通过DCMM稳健级（3级）评估"))
    assert "2级" in finding.message and "3级" in finding.message
    assert findings_of("declared_vs_evidence.certificate",
                       _review(make_review, cert, data_governance="已通过DCMM受管理级（2级）评估")) == []


def test_a_lapsed_certificate_filed_beside_its_renewal_is_history(make_review, findings_of):
    """h87/h88: the old certificate kept in the package next to the renewed one — the same kind, still valid
    on the 填表日 — proves nothing wrong; alone, it lapsed."""
    applicant = "上海延锋金桥饰件系统有限公司"
    old = _proof("security_policies", f"{VALID_UNTIL}2024年3月14日", f"{HELD_BY}{applicant}", note="信息安全管理体系认证证书")
    new = _proof("security_policies", f"{VALID_UNTIL}2027年3月7日", f"{HELD_BY}{applicant}", note="信息安全管理体系认证证书")
    assert findings_of("declared_vs_evidence.certificate", _review(make_review, [old, new])) == []
    other_kind = _proof("security_policies", f"{VALID_UNTIL}2027年3月7日", note="数据管理能力成熟度等级证书")
    (finding,) = findings_of("declared_vs_evidence.certificate", _review(make_review, [old, other_kind]))
    assert "2024年3月14日" in finding.message
