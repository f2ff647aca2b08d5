"""An annual report's stock code → evidence of 企业已上市或已获得VC/PE投资 (h60).

A listed company's 年度报告 prints its 证券代码 and 证券简称 on its cover and 公司简介 (「证券代码：609288
证券简称：海运科技」). Whose report it is comes from its running head or cover (「中远海运科技股份有限公司
2023年年度报告」): the company is listed, and the fact is named as that company's (`PREPARED_BY`), so the
checks compare it with the applicant only when the two are the same company — a parent's report says nothing
of a subsidiary's own listing. A code on the 全国中小企业股份转让系统 (新三板) is a 挂牌, not a 上市, and says so.

Must not: judge the answer (`checks.rules_listing` does) or read files.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.citations import cite_text
from assistant.core.evidence import NEEQ_DOUBT, PREPARED_BY, EvidenceValue
from assistant.evidence.financial import PREPARER
from extractors.model import Document

_CODE = re.compile(r"(?:证券|股票)代码\s*[:：]\s*(?P<code>\d{6})")
_REPORT = re.compile(r"年度报告|年报|招股说明书")
_NEEQ = re.compile(r"全国中小企业股份转让系统|新三板|挂牌公司")
_EXCHANGE = re.compile(r"(?:上海|深圳|北京|香港)证券交易所|上交所|深交所|北交所|科创板|创业板|主板")


def read_listing(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    """The stock code an annual report's first pages print, with whose report it is; [] for any other file."""
    if not any(f.id == "listed_or_vc_funded" for f in catalog.fields):
        return []
    for page in document.pages[:3]:
        code, whose = _CODE.search(page.text), PREPARER.search(page.text)
        if code is None or whose is None or not _REPORT.search(page.text):
            continue
        text = " ".join(p.text for p in document.pages[:6])
        reasons = (f"{PREPARED_BY}{whose['name'] or whose['head']}", f"年度报告载明证券代码 {code['code']}",
                   *((f"证券交易所：{found.group(0)}",) if (found := _EXCHANGE.search(text)) else ()),
                   *((NEEQ_DOUBT,) if _NEEQ.search(text) else ()))
        return [EvidenceValue(field_id="listed_or_vc_funded", label=catalog.field("listed_or_vc_funded").label,
                              value=code.group(0), unit="", normalized=None, scope="company", method="text",
                              citations=(cite_text(document, page, code.start(), code.end()),), reasons=reasons,
                              confidence=0.7 if _NEEQ.search(text) else 0.95, note="上市公司年度报告的证券代码")]
    return []
