"""A third-party test report commissioned by another company, of another product, proves nothing of this
platform (h37: 「委托单位 上海碳衡智能科技有限公司」, 「样品名称 碳衡能源物联网云平台V3.2」, its 核查 figures
read as the form's devices and APPs)."""

from __future__ import annotations

from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from assistant.package.model import Classification, FileRole, Package, PackageFile
from extractors.model import Span
from extractors.reader import read_file

RULE = "missing_proof.other_entity_report"
REPORT = "附件3-2 第三方检测报告.txt"


def _review(make_review, tmp_path, commissioned: str, sample: str):
    (tmp_path / REPORT).write_text(f"检测报告\n样品名称\n{sample}\n委托单位\n{commissioned}\n检测类别 委托检测\n"
                                   "平台设备管理模块登记的接入设备总数为9,364台/套", encoding="utf-8")
    member = PackageFile(path=REPORT, document=read_file(tmp_path / REPORT), cached=False, parse_seconds=0.0,
                         classification=Classification(role=FileRole.test_report, confidence=0.9, reasons=()))
    review = make_review()
    review.package = Package(id="p", source="t", root=str(tmp_path), files=(member,))
    quote = "9,364台/套"
    review.evidence = [EvidenceValue(field_id="devices_total", label="连接的工业设备/产品/产线种类及数量（台/套）",
                                     value="9,364", unit="台/套", normalized=9364, method="text", scope="platform",
                                     citations=(Citation(file=REPORT, page=1, quote=quote,
                                                         span=Span(start=0, end=len(quote))),))]
    return review


def test_a_report_of_another_companys_product(make_review, findings_of, tmp_path):
    review = _review(make_review, tmp_path, "上海碳衡智能科技有限公司", "碳衡能源物联网云平台V3.2")
    [finding] = findings_of(RULE, review)
    assert finding.severity == "warning" and finding.fields == ("连接的工业设备/产品/产线种类及数量（台/套）",)
    assert "上海碳衡智能科技有限公司" in finding.message


def test_the_applicants_own_report_or_its_platform_tested_for_another(make_review, findings_of, tmp_path):
    own = _review(make_review, tmp_path, "上海延锋金桥饰件系统有限公司", "设备监测系统V2.0")
    assert findings_of(RULE, own) == []
    # the parent commissioned the test of this very platform: the sample is named for it
    tested = _review(make_review, tmp_path, "延锋国际汽车技术有限公司", "延锋工业互联网平台V3.2")
    assert findings_of(RULE, tested) == []
