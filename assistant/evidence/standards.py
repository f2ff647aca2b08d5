"""Standards' covers and lists → evidence of 平台牵头/参与标准制定情况（国家标准、行业标准）.

Applicants prove the standards they drafted with each standard's cover and 前言 page — 「中华人民共和国通信行业
标准 / YD/T 4521—2023 / 5G工业互联网 企业内网络 设备上云接入技术要求 / … 本文件起草单位：中移（上海）…、华东信息
通信研究院…」 — and often a list of them closed by 「共3项」 (h83). A cover gives its code, cited where it stands
on a line of its own under the 「…标准」 heading (not a code quoted in the 前言, 「按照GB/T 1.1—2020…」), with the
standard's name and, when the page prints it, its 起草单位 as reasons; a page titled as a list of standards gives
the count it prints.

The answer is a text, so nothing is compared here: the reviewer reads the codes and the drafters beside the
form's answer (whether the applicant is among a standard's drafters is said in the reasons).

Must not: count codes itself (a list's 共N项 is what the applicant states) or judge the answer.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.citations import cite_text
from assistant.core.evidence import DRAFTED_BY, OCR_REASON, EvidenceFact
from extractors.model import Document

_CODE = re.compile(r"^(?:GB(?:/[TZ])?|[A-Z]{2,4}/T|[A-Z]{2,4})\s*\d{1,6}(?:\.\d{1,3})?\s*[—–\-－]\s*(?:19|20)\d{2}$")
_HEADING = re.compile(r"(?:国家|行业|地方|团体|企业)标准|中华人民共和国.{0,8}标准")
_DRAFTERS = re.compile(r"起草单位[:：]\s*(?P<who>[^。]{4,300})(?P<end>。)?")
_LIST_TITLE = re.compile(r"标准.{0,12}(?:清单|情况|一览|汇总)")
_LISTED = re.compile(r"共\s*(?P<n>\d{1,3})\s*项")
_CONFIDENCE = 0.85


def read_standards(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    spec = catalog.field("standards")
    facts: list[EvidenceFact] = []
    for page in document.pages:
        lines = [line.strip() for line in page.text.splitlines()]
        head = "".join(lines[:6])
        if _LIST_TITLE.search(head) and (listed := _LISTED.search(page.text)) is not None:
            citation = cite_text(document, page, listed.start(), listed.end())
            facts.append(_fact(spec, listed.group(0), int(listed["n"]), citation,
                               (f"标准清单所印“{listed.group(0)}”",), page.source == "ocr"))
        if not _HEADING.search(head):
            continue
        code_at = next((i for i, line in enumerate(lines[:8]) if _CODE.fullmatch(line)), None)
        if code_at is None:
            continue
        code = lines[code_at]
        start = page.text.find(code)
        reasons = [f"标准封面：“{' '.join(x for x in lines[code_at:code_at + 2] if x)}”"]
        drafters = _DRAFTERS.search(page.text.replace("\n", ""))
        if drafters is not None:  # (the whole list only when its 「。」 closes it on the page)
            reasons.append(f"{DRAFTED_BY}{drafters['who'].strip()}{drafters['end'] or '…'}")
        facts.append(_fact(spec, code, None, cite_text(document, page, start, start + len(code)), tuple(reasons),
                           page.source == "ocr"))
    return facts


def _fact(spec, value: str, normalized: int | None, citation, reasons: tuple[str, ...], ocr: bool) -> EvidenceFact:
    return EvidenceFact(field_id=spec.id, label=spec.label, value=value, unit="项" if normalized is not None else "",
                        normalized=normalized, scope="platform", confidence=_CONFIDENCE,
                        reasons=(*reasons, *((OCR_REASON,) if ocr else ())), method="ocr_figure" if ocr else "text",
                        citations=(citation,), note="标准清单" if normalized is not None else "标准封面")
