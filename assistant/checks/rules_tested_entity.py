"""A test report of another company's product proves nothing of this platform (family missing_proof, h37).

A third-party 检测报告 names on its cover whom it tested for and what (「委托单位 上海碳衡智能科技有限公司」,
「样品名称 碳衡能源物联网云平台V3.2」). Its 核查 figures (接入设备 9,364台/套, 工业APP 318个) are that product's:
where the commissioning company is not the applicant (nor a company the 申报表 or 申报书 names, a subsidiary
that runs the platform) and the sample shares no name with the declared platform, the figures read from the
report are no proof of the form's indicators, whatever they say. A warning: the reviewer asks whose report it is.

Must not: compare the report's figures with the form (`rules_evidence` does), or judge a report whose cover
names no commissioning company or no sample.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.evidence_judgement import different_companies
from assistant.checks.rules_entity import named_in, narrative
from assistant.core.findings import Finding
from assistant.package.model import FileRole

_COMPANY = r"[\u4e00-\u9fffA-Za-z0-9（）()]{2,40}?(?:有限公司|有限责任公司|公司|集团|研究院|研究所)"
_COMMISSIONED = re.compile(rf"委托(?:单位|方)(?:名称)?\s*[:：]?\s*(?P<name>{_COMPANY})")
_SAMPLE = re.compile(r"(?:样品|产品|被测(?:系统|软件|对象))名称\s*[:：]?\s*(?P<name>[^\n]{2,40})")
# the words every platform's name is made of: what is left names this one (「碳衡」 of 「碳衡能源物联网云平台V3.2」)
_GENERIC = re.compile(r"工业互联网|物联网|互联网|云平台|平台|系统|软件|管理|综合|智能|智慧|数字化|数智化|服务|工业|能源|"
                      r"[VＶv]\s*\d+(?:\.\d+)*|版本?|[\s（）()]")
_COVER_PAGES = 3


@rule("missing_proof.other_entity_report", title="检测报告的委托单位和样品不是申报单位及申报平台", severity="warning",
      basis="附件3 六：第三方/内部检测/测试/扫描等报告须为申报平台的证明材料")
def reports_of_another_product(review) -> Iterator[Finding]:
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    platform = review.declared("platform_name") or review.declared("cover_platform_name")
    if applicant is None or platform is None or not applicant.raw.strip() or not platform.raw.strip():
        return
    text = None
    for member in review.package.by_role(FileRole.test_report):
        if member.document.failed:
            continue
        cover = "\n".join(p.text for p in member.document.pages[:_COVER_PAGES])
        commissioned, sample = _COMMISSIONED.search(cover), _SAMPLE.search(cover)
        if commissioned is None or sample is None:
            continue
        entity, product = commissioned["name"], sample["name"].strip()
        if not different_companies(entity, applicant.raw) or _same_platform(product, platform.raw):
            continue
        text = narrative(review) if text is None else text
        if named_in(entity, text):
            continue  # the applicant names the company (a subsidiary that runs the platform): its report may be the platform's
        fields = list(dict.fromkeys(v.field_id for v in review.evidence
                                    if v.citations and v.citations[0].file == member.path and review.declared(v.field_id)))
        if not fields:
            continue
        shown = "、".join(review.catalog.field(f).label for f in fields[:8]) + ("等" if len(fields) > 8 else "")
        yield make_finding(review, "missing_proof.other_entity_report", "warning", fields,
                           f"《{member.path}》的委托单位为“{entity}”、样品为“{product}”，不是申报单位“{applicant.raw.strip()}”"
                           f"及申报平台“{platform.raw.strip()}”，其核查数据不能作为{shown}的证明",
                           expected=f"{applicant.raw.strip()}／{platform.raw.strip()}", actual=f"{entity}／{product}",
                           doubts=("检测报告也可能由集团内其他公司委托、以产品名称称呼本平台，请人工核对",))


def _same_platform(product: str, platform: str) -> bool:
    """The sample's own words (its name without the words every platform's has) share two characters in a row with
    the platform's, or either has nothing of its own left."""
    mine, theirs = _GENERIC.sub("", product), _GENERIC.sub("", platform)
    if len(mine) < 2 or len(theirs) < 2:
        return True
    return any(mine[i:i + 2] in theirs for i in range(len(mine) - 1))
