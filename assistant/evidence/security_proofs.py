"""Proofs of status rather than counts → evidence of the security and 标识 answers (h61, h15).

The 申报表 answers 有否定期开展第三方安全测试/测评, 有否定期进行安全扫描, 平台是否建立安全管理体系 and
平台是否融合使用国家标识解析系统 in words; a package proves them with a document whose one page says so:
- a 等保/安全测评 report's conclusion (「测评结论：基本符合」, 「安全保护等级 第三级」, 「定级结果 S3A3G3」), cited
  where the conclusion is printed, with the level and the test's date when the report states them;
- a scan record's latest month (「平台月度漏洞扫描记录（2024年1—6月）」 … 「2024-06」);
- an ISMS certificate (「信息安全管理体系认证证书」, ISO/IEC 27001), with its validity;
- a 工业互联网标识 certificate's prefix (「企业前缀：88.216.1903」);
- a DCMM certificate's level (「数据管理能力成熟度等级达到：2级（受管理级）」), for 数据基础管理能力.
Each is a statement found in a proof, not a figure: nothing to compare numerically; the value says
what the page states, and whose system or company it names is left to the reader and the checks.

Must not: judge the answer (the checks do) or read the level a form claims.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.citations import Citation, cite_text
from assistant.core.evidence import (
    HELD_BY,
    LEVEL_STATED,
    OCR_REASON,
    TESTED_ON,
    VALID_UNTIL,
    EvidenceValue,
)
from assistant.values.dates import date_key
from extractors.model import Document, Page

_REPORT = re.compile(r"(?:等级)?测评报告|安全测试报告|渗透测试报告|安全评估报告|等级保护测评")
_VERDICT = re.compile(r"(?:等级)?测评结论\s*(?:为)?\s*[:：]?\s*[“\"]?(?P<verdict>基本符合|不符合|符合|优|良|中|差)")
_LEVEL = re.compile(r"安全保护等级\s*(?:为)?\s*[:：]?\s*(?P<level>第[一二三四五]级)|(?P<code>S[1-5]A[1-5]G[1-5])")
_WHEN = re.compile(r"(?:测评(?:日期|时间)|报告(?:日期|时间)|出具日期)\s*[:：]?\s*(?P<date>20\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)")
_SCAN_RECORD = re.compile(r"漏洞扫描(?:记录|报告)|安全扫描(?:记录|报告)")
_MONTH = re.compile(r"(?P<year>20\d{2})\s*[-年./]\s*(?P<month>\d{1,2})(?!\d)")
_ISMS = re.compile(r"信息安全管理体系(?:认证)?证书|ISO\s*/?\s*IEC\s*27001")
_VALID = re.compile(r"有效期(?:至|到)\s*[:：]?\s*(?P<date>20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d{2}[-./]\d{1,2}[-./]\d{1,2})")
_IDENTIFIER = re.compile(r"(?:企业前缀|标识前缀|前缀)\s*[:：]?\s*(?P<prefix>88\.\d{3}\.\d{1,8})")
_IDENTIFIER_CERT = re.compile(r"标识(?:注册|解析)")
_DCMM = re.compile(r"数据管理能力成熟度(?:等级)?(?:评估)?证书|DCMM")
_DCMM_LEVEL = re.compile(r"(?:等级|达到)\s*[:：]?\s*(?:为\s*)?(?P<n>[1-5一二三四五])\s*级")


def read_security_proofs(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    values: list[EvidenceValue] = []
    head = "\n".join(p.text for p in document.pages[:2])
    for page in document.pages:
        if _REPORT.search(head) and (verdict := _VERDICT.search(page.text)) is not None:
            level = _LEVEL.search(page.text)
            when = _WHEN.search(page.text) or _WHEN.search(document.text)
            said = "；".join(x for x in (level and (level["level"] or level["code"]), f"测评结论：{verdict['verdict']}",
                                         when and re.sub(r"\s+", "", when["date"])) if x)
            dated = (TESTED_ON + _compact(when["date"]),) if when else ()
            values.append(_value(document, page, catalog, "third_party_security_testing", said, verdict.start(),
                                 verdict.end(), "安全测评报告的结论", dated))
            break
    for page in document.pages:
        if _SCAN_RECORD.search(page.text) and (months := list(_MONTH.finditer(page.text))):
            latest = max(months, key=lambda m: (int(m["year"]), int(m["month"])))
            values.append(_value(document, page, catalog, "security_scanning", f"扫描记录至{latest.group(0)}",
                                 latest.start(), latest.end(), "安全扫描记录的最近一期"))
            break
    # a lapsed certificate bound beside its renewal (「上一认证周期证书，已换证，见第2页」): the one valid longest
    certified = [(page, isms) for page in document.pages
                 if (isms := _ISMS.search(page.text)) is not None and re.search(r"证书|认证", page.text)]
    if certified:
        page, isms = max(certified, key=lambda found: _until(found[0].text))
        valid = _VALID.search(page.text)
        until = re.sub(r"\s+", "", valid["date"]) if valid else ""
        said = "信息安全管理体系认证证书" + (f"（有效期至{until}）" if until else "")
        values.append(_value(document, page, catalog, "security_policies", said, isms.start(), isms.end(),
                             "信息安全管理体系认证证书", _certificate(page.text)))
    for page in document.pages:
        if _IDENTIFIER_CERT.search(page.text) and (prefix := _IDENTIFIER.search(page.text)) is not None:
            values.append(_value(document, page, catalog, "identifier_resolution", f"标识企业前缀 {prefix['prefix']}",
                                 prefix.start(), prefix.end(), "工业互联网标识注册证书的企业前缀", _certificate(page.text)))
            break
    for page in document.pages:
        if _DCMM.search(page.text) and (level := _DCMM_LEVEL.search(page.text)) is not None:
            number = "一二三四五".find(level["n"]) + 1 or int(level["n"])
            values.append(_value(document, page, catalog, "data_governance", f"DCMM {number}级", level.start(), level.end(),
                                 "数据管理能力成熟度等级证书", (f"{LEVEL_STATED}{number}", *_certificate(page.text))))
            break
    return values


_HOLDER = re.compile(r"(?:兹证明|持证单位|证书持有人|获证单位|获证组织|组织名称|注册单位|申请单位)\s*[:：]?\s*"
                     r"(?P<name>[\u4e00-\u9fff（）()]{4,40}?(?:公司|研究所|研究院))")
_NAME_LINE = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff（）()]{4,40}?(?:有限公司|研究所|研究院))\s*$")


def _until(text: str) -> tuple[int, ...]:
    """A certificate page's 有效期至 as a sortable key; () when it states none (the first such page wins)."""
    valid = _VALID.search(text)
    return date_key(_compact(valid["date"])) or () if valid else ()


def _compact(date: str) -> str:
    return re.sub(r"\s+", "", date)


def _certificate(text: str) -> tuple[str, ...]:
    """The validity and the holder a certificate page states."""
    valid, holder = _VALID.search(text), _HOLDER.search(text)
    # else a name alone on a line near the top (「示例科技有限公司」 under the title; not a seal's at the foot)
    name = holder["name"] if holder else next((m["name"] for line in text.splitlines()[:4]
                                                if (m := _NAME_LINE.match(line))), "")
    return (*((VALID_UNTIL + _compact(valid["date"]),) if valid else ()), *((f"{HELD_BY}{name}",) if name else ()))


def _value(document: Document, page: Page, catalog: Catalog, field_id: str, said: str, start: int, end: int,
           what: str, said_of_itself: tuple[str, ...] = ()) -> EvidenceValue:
    citation: Citation = cite_text(document, page, start, end)
    spec = catalog.field(field_id)
    return EvidenceValue(field_id=field_id, label=spec.label, value=said, unit="", normalized=None, scope="platform",
                         method="ocr_figure" if page.source == "ocr" else "text", citations=(citation,),
                         reasons=(*((OCR_REASON,) if page.source == "ocr" else ()), *said_of_itself), note=what)
