"""Platform figures proven by another company's statements (h52): a warning naming the entity, never an
error; the applicant's own statements, or another entity's company-wide figures, say nothing here."""

from __future__ import annotations

from assistant.catalog.notice import load_catalog
from assistant.core.citations import Citation
from assistant.core.evidence import PREPARED_BY, EvidenceValue
from extractors.model import Span


def _revenue(entity: str, scope: str = "platform", value: str = "3,215.33") -> EvidenceValue:
    quote = f"营业收入（平台服务） {value}"
    return EvidenceValue(field_id="revenue", label=load_catalog().field("revenue").label, value=value, unit="万元",
                         normalized=float(value.replace(",", "")), scope=scope, year=2023, method="table_row",
                         reasons=(f"{PREPARED_BY}{entity}",),
                         citations=(Citation(file="附件3-2 财务报表.pdf", page=2, quote=quote, span=Span(start=0, end=len(quote))),))


def test_a_subsidiarys_statement_behind_the_platform_revenue(make_review, findings_of):
    review = make_review()
    review.evidence = [_revenue("延锋数智（香港）有限公司")]
    [finding] = findings_of("declared_vs_evidence.entity", review)
    assert finding.severity == "warning"
    assert "延锋数智（香港）有限公司" in finding.message and "上海延锋金桥饰件系统有限公司" in finding.message
    assert finding.fields[0] == "平台相关营业收入（万元）"
    assert any(c.file == "附件3-2 财务报表.pdf" and c.page == 2 for c in finding.citations)


def test_the_applicants_own_statement_or_company_figures_say_nothing(make_review, findings_of):
    review = make_review()
    review.evidence = [_revenue("上海延锋金桥饰件系统有限公司"), _revenue("延锋金桥饰件系统"),
                       _revenue("延锋国际汽车技术有限公司", scope="company")]
    assert findings_of("declared_vs_evidence.entity", review) == []
