"""The figures inside the open-data and 标识解析 answers against their proofs (h41 tansuo: 开放API接口142个
declared, the gateway export 118个), by the one judgement; a 否 against a proof of identifiers in use
(h23 hegong) is a warning that says what it doubts."""

from __future__ import annotations

from assistant.catalog.notice import load_catalog
from assistant.checks.evidence_judgement import compare_fact
from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from assistant.values.open_data import API_COMPONENT, REGISTRATIONS_COMPONENT
from extractors.model import Span

EXPORT = "3-14 API网关开放数据统计及标识解析.pdf"


def part(field_id: str, component: str, value: str, normalized, *, confidence: float = 0.85) -> EvidenceValue:
    quote = f"已发布开放API {value}"
    return EvidenceValue(field_id=field_id, label=load_catalog().field(field_id).label, component=component,
                         value=value, unit="个", normalized=normalized, scope="platform", confidence=confidence,
                         method="text", note=quote,
                         citations=(Citation(file=EXPORT, page=1, quote=quote, span=Span(start=0, end=len(quote))),))


def test_an_open_api_count_that_differs_from_the_gateway_export(make_review, findings_of):
    review = make_review(open_data_forms="以开放API和数据集形式开放：开放API接口142个（2023年累计调用426.8万次）、能碳数据集9个")
    review.evidence = [part("open_data_forms", API_COMPONENT, "118个", 118)]
    [finding] = findings_of("declared_vs_evidence.value", review)
    assert finding.severity == "error" and "118" in finding.message and "142" in finding.message
    assert EXPORT in finding.files
    # read in a sentence: the same difference, doubted
    review.evidence = [part("open_data_forms", API_COMPONENT, "118个", 118, confidence=0.75)]
    assert [f.severity for f in findings_of("declared_vs_evidence.value", review)] == ["warning"]
    # the export agrees: consistent, as the prefill row says too
    review = make_review(open_data_forms="开放API接口118个、能碳数据集9个")
    review.evidence = [part("open_data_forms", API_COMPONENT, "118个", 118)]
    assert findings_of("declared_vs_evidence.value", review) == []
    assert compare_fact(review, review.evidence[0]).status == "consistent"
    # an answer without the count: nothing to compare
    review = make_review(open_data_forms="以API接口和行业数据集形式开放")
    review.evidence = [part("open_data_forms", API_COMPONENT, "118个", 118)]
    assert compare_fact(review, review.evidence[0]) is None


def test_registrations_declared_in_the_sibling_answer(make_review, findings_of):
    """h41 ouye: 「钢材标识注册量1,284.6万条」 written in the open-data answer backs the 标识解析 proof."""
    review = make_review(identifier_resolution="是",
                         open_data_forms="开放API接口186个、行业数据集24个、钢材标识注册量1,284.6万条")
    fact = part("identifier_resolution", REGISTRATIONS_COMPONENT, "1,284.6万条", 1284.6)
    review.evidence = [fact]
    assert compare_fact(review, fact).status == "consistent"
    review.evidence = [fact.model_copy(update={"value": "1,248.6万条", "normalized": 1248.6})]
    assert len(findings_of("declared_vs_evidence.value", review)) == 1


def test_identifiers_in_use_while_the_form_says_no(make_review, findings_of):
    fact = part("identifier_resolution", REGISTRATIONS_COMPONENT, "126万条", 126, confidence=0.75)
    review = make_review(identifier_resolution="否")
    review.evidence = [fact]
    [finding] = findings_of("declared_vs_evidence.identifier_use", review)
    assert finding.severity == "warning" and finding.doubts and EXPORT in finding.message
    review = make_review(identifier_resolution="是，接入能源行业二级节点")
    review.evidence = [fact]
    assert findings_of("declared_vs_evidence.identifier_use", review) == []
