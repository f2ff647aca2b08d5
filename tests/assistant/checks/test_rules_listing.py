"""企业已上市 answered 否 against the applicant's own annual report (h60): an error when the report with a stock
code is the applicant's own, a warning for a 新三板 code, nothing for a parent's report or an answer 是."""

from __future__ import annotations

from assistant.catalog.notice import load_catalog
from assistant.core.citations import Citation
from assistant.core.evidence import NEEQ_DOUBT, PREPARED_BY, EvidenceValue
from extractors.model import Span


def _code(company: str, *doubts: str) -> EvidenceValue:
    quote = "证券代码：609288"
    return EvidenceValue(field_id="listed_or_vc_funded", label=load_catalog().field("listed_or_vc_funded").label,
                         value=quote, unit="", normalized=None, scope="company", method="text",
                         reasons=(f"{PREPARED_BY}{company}", *doubts),
                         citations=(Citation(file="年度报告.pdf", page=1, quote=quote, span=Span(start=0, end=len(quote))),))


def test_the_applicants_own_stock_code_under_an_answer_no(make_review, findings_of):
    review = make_review()
    review.evidence = [_code("上海延锋金桥饰件系统有限公司")]
    [finding] = findings_of("declared_vs_evidence.listed", review)
    assert finding.severity == "error" and "证券代码：609288" in finding.message and "应填“是”" in finding.message
    assert any(c.file == "年度报告.pdf" and c.page == 1 for c in finding.citations)
    review.evidence = [_code("上海延锋金桥饰件系统有限公司", NEEQ_DOUBT)]
    [neeq] = findings_of("declared_vs_evidence.listed", review)
    assert neeq.severity == "warning" and "新三板" in neeq.message


def test_a_parents_code_or_an_answer_yes_says_nothing(make_review, findings_of):
    review = make_review()
    review.evidence = [_code("浦江汽车系统股份有限公司")]
    assert findings_of("declared_vs_evidence.listed", review) == []
    review = make_review(listed_or_vc_funded="是，2021年于上海证券交易所主板上市")
    review.evidence = [_code("上海延锋金桥饰件系统有限公司")]
    assert findings_of("declared_vs_evidence.listed", review) == []
