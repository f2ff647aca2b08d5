"""A proof's statement of the paying users' share's two inputs → the inputs of 付费用户占比.

The 填报指引 computes 付费用户占比 as 付费用户数 ÷ 平台用户总数 on the data 「截至2023年底」, while the
form's counts (付费企业数, 注册企业用户数) are those at the form's date. A proof states the rate's own
inputs apart (「付费用户占比（截至2023年12月31日）：付费企业812家，注册企业3,065家」, 「付费企业数583家÷注册
企业用户数2,410家」): a sentence that names the share (or divides the paying by the registered) gives
them as the rate's components 「付费用户数（个）」 and 「平台用户总数（个）」 — never as the form's counts.

Must not: compute the share, or read a sentence that names neither the share nor the division.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.evidence.prose import PROSE_CONFIDENCE, cite_from, page_text
from extractors.model import Document

PAYING_INPUT = "付费用户数（个）"
USERS_INPUT = "平台用户总数（个）"
_SHARE = re.compile(r"付费用户占比|付费企业占比|付费用户比例|付费.{0,10}[÷/／].{0,6}注册")
_PARTS = ((PAYING_INPUT, re.compile(r"付费(?:企业|用户|客户)(?:用户)?(?:数|数量|总数)?(?:为|共)?\s*(?P<n>\d[\d,]*)\s*(?:家|个|户)")),
          (USERS_INPUT, re.compile(r"(?:注册(?:企业|用户)|平台用户)(?:用户)?(?:数|数量|总数)?(?:为|共)?\s*(?P<n>\d[\d,]*)\s*(?:家|个|户)")))


def read_share_inputs(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    spec = catalog.field("paying_user_share")
    out: list[EvidenceFact] = []
    for page in document.pages:
        tables = [t.bbox for t in document.tables if t.page_number == page.number and t.bbox is not None]
        text, places = page_text(page, tables)
        for sentence in re.finditer(r"[^。；;]+", text):
            said = sentence.group(0)
            if not _SHARE.search(said):
                continue
            for component, pattern in _PARTS:
                if any(f.component == component for f in out) or (found := pattern.search(said)) is None:
                    continue
                start = sentence.start() + found.start()
                citation = cite_from(document, page, places, start, start + len(found.group(0)))
                if citation is None:
                    continue
                reasons = (f"付费用户占比的计算要素：“{said.strip()[:60]}”",) + ((OCR_REASON,) if page.source == "ocr" else ())
                out.append(EvidenceFact(field_id=spec.id, label=spec.label, component=component,
                                        value=found.group("n"), unit="个", normalized=int(found.group("n").replace(",", "")),
                                        scope="platform", confidence=PROSE_CONFIDENCE, reasons=reasons, method="text",
                                        citations=(citation,), note=found.group(0)))
    return out
