"""A standard the form counts whose 前言 names other drafters (h83: YD/T 4602—2024 listed as 参与, its 起草单位
without the applicant): a warning. The applicant under a shorter name, a list cut at the page's end, or a
standard the answer does not name say nothing."""

from __future__ import annotations

from assistant.catalog.notice import load_catalog
from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from extractors.model import Span

ANSWER = ("1. GB/T 51234—2023《智能工厂 数据采集要求》（国家标准，参与）；"
          "2. JB/T 14012—2024《机床远程运维 接口规范》（行业标准，牵头）")


def _cover(code: str, drafters: str) -> EvidenceValue:
    return EvidenceValue(field_id="standards", label=load_catalog().field("standards").label, value=code, unit="",
                         normalized=None, scope="platform", method="text", reasons=(f"标准封面：“{code}”", f"起草单位：{drafters}"),
                         citations=(Citation(file="标准封面.pdf", page=2, quote=code, span=Span(start=0, end=len(code))),))


def test_a_listed_standard_without_the_applicant_among_its_drafters(make_review, findings_of):
    review = make_review(standards=ANSWER, enterprise_name="上海某某智能装备股份有限公司")
    review.evidence = [_cover("GB/T 51234—2023", "中国电子技术标准化研究院、某某智能装备股份有限公司、甲乙科技有限公司。"),
                       _cover("JB/T 14012-2024", "机械工业仪器仪表综合技术经济研究所、丙丁数控有限公司。")]
    [finding] = findings_of("declared_vs_evidence.standard_drafters", review)
    assert finding.severity == "warning" and "JB/T 14012-2024" in finding.message and "丙丁数控" in finding.message
    review.evidence = [_cover("JB/T 14012-2024", "机械工业仪器仪表综合技术经济研究所、丙丁数控有限公司、…")]  # cut short
    assert findings_of("declared_vs_evidence.standard_drafters", review) == []
    review.evidence = [_cover("GB/T 99999—2022", "机械工业仪器仪表综合技术经济研究所。")]  # not in the answer
    assert findings_of("declared_vs_evidence.standard_drafters", review) == []
