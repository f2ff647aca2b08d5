"""A social-insurance office's certificate of the platform's people → 平台团队总人数 (h85).

「兹证明该单位工业互联网平台项目人员2024年6月在本市参加社会保险并正常缴费，共84人」 states the team's headcount, or
one company's part of it: read only where the sentence names the platform's (or the project's) people and their
insurance. (A table of the team by post — 运维, 运营, 合计, 职称 — is `column_totals`'.)

Must not: read a headcount of another kind (研发人员, 新增就业, a month's 新增参保), or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.citations import cite_text
from assistant.core.evidence import OCR_REASON, EvidenceValue
from extractors.model import Document

_INSURED_STAFF = re.compile(r"(?:平台|项目)[^。；;，,]{0,16}?人员[^。；;]{0,40}?(?:参加社会保险|参保|缴纳社会保险)[^。；;]{0,24}?"
                            r"共\s*(?P<n>\d[\d,]*)\s*(?:人|名)")
_INSURED_CONFIDENCE = 0.75  # a certificate's sentence: the people insured, not the posts the form asks


def read_insured_staff(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    if not any(f.id == "staff_total" for f in catalog.fields):
        return []
    spec = catalog.field("staff_total")
    for page in document.pages:
        found = _INSURED_STAFF.search(re.sub(r"\s", " ", page.text))
        if found is None or re.search(r"新增", found.group(0)):
            continue
        start, end = found.start("n"), found.end()
        citation = cite_text(document, page, start, end)
        reasons = (f"社保缴费证明：“{found.group(0)[-40:]}”", "存疑：参保人数按证明所载，可能只是申报单位（或其一家子公司）的部分人员",
                   *((OCR_REASON,) if page.source == "ocr" else ()))
        number = int(found["n"].replace(",", ""))
        return [EvidenceValue(field_id=spec.id, label=spec.label, value=found["n"], unit="人", normalized=number,
                              scope="platform", confidence=_INSURED_CONFIDENCE, method="text", citations=(citation,),
                              note=reasons[0], reasons=reasons)]
    return []
