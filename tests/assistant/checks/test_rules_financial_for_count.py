"""A count whose 证明资料 cites nothing but the audit report has no proof (h71: 「工业APP数量 134 | 附件3-1 审计报告第6页」,
the report's page 6 its 合并利润表). A count the cell proves otherwise too, or one read anywhere, is not judged."""

from __future__ import annotations

from assistant.package.model import Classification, FileRole, Package, PackageFile
from extractors.reader import read_file

RULE = "missing_proof.financial_for_count"


def _package(tmp_path, role: FileRole) -> Package:
    (path := tmp_path / "附件3-6 审计报告（2023年度）.txt").write_text("合并利润表 营业收入 41,286,000.00", encoding="utf-8")
    member = PackageFile(path=path.name, document=read_file(path), cached=False, parse_seconds=0.0,
                         classification=Classification(role=role, confidence=0.9, reasons=()))
    return Package(id="p", source="t", root=str(tmp_path), files=(member,))


def test_a_count_proved_only_by_the_audit_report(make_review, findings_of, tmp_path):
    review = make_review(proofs={"apps_total": "附件3-6 审计报告第6页", "revenue": "附件3-6 审计报告第6页"})
    review.package = _package(tmp_path, FileRole.audit_report)
    [finding] = findings_of(RULE, review)
    assert finding.fields == ("工业APP数量（个）",) and finding.severity == "warning"  # the revenue is the report's to prove


def test_a_count_the_cell_proves_otherwise_too_or_a_file_of_another_kind(make_review, findings_of, tmp_path):
    review = make_review(proofs={"apps_total": "附件3-6 审计报告第6页；附件3-4 平台截图"})
    review.package = _package(tmp_path, FileRole.audit_report)
    assert findings_of(RULE, review) == []
    review = make_review(proofs={"apps_total": "附件3-6 审计报告第6页"})
    review.package = _package(tmp_path, FileRole.screenshot)  # named for the report, a screenshot by its content
    assert findings_of(RULE, review) == []
