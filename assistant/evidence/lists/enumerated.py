"""Certificate lists written as numbered paragraphs, no table: 「平台省部级及以上奖项/荣誉清单（共3项）」
then 「1.2020年工业互联网试点示范项目 / 颁发单位：… 」, 「2.…」, 「3.…」 (a scanned page of honours, a
letter listing patents). The numbered paragraphs after a heading that names a kind and a list, 1 to N
in order, are counted; a 共N项 in the heading or closing the items confirms the count.

Read only for a kind no tabled list of the file gave (`certificate_facts` first).
Must not: compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.lists.cells import cite_row
from assistant.evidence.lists.certificates import CERTIFICATE_FIELDS
from assistant.evidence.lists.confidence import CLEAN, DOUBTFUL, OCR_CAP
from assistant.evidence.lists.headings import printed_count, read_heading
from assistant.evidence.rows import Row

_ITEM = re.compile(r"^\s*(\d{1,3})\s*[.．、)）]")
_LIST = re.compile(r"清单|目录|一览|列表")


def enumerated_facts(rows: list[Row], catalog: Catalog, have: set[str]) -> list[EvidenceFact]:
    facts: list[EvidenceFact] = []
    for index, row in enumerate(rows):
        heading = read_heading(row)
        if heading is None or heading.kind not in CERTIFICATE_FIELDS or heading.kind in have:
            continue
        if heading.printed is None and not _LIST.search(heading.text):
            continue
        expected, last, closing = 1, None, None
        for later in rows[index + 1:]:
            follows = read_heading(later)
            if (m := _ITEM.match(later.text)) and int(m.group(1)) == expected:
                expected, last = expected + 1, later
            elif last is not None and (count := printed_count(squash(later.text))) and len(squash(later.text)) <= 12:
                closing = (count[0], later)  # 「共5项」 after the items
                break
            elif follows is not None and follows.printed is not None:
                break  # the next list's heading
        counted = expected - 1
        stated = (heading.printed[0], row) if heading.printed else closing
        if counted == 0 and stated is None:
            continue
        spec = catalog.field(CERTIFICATE_FIELDS[heading.kind])
        reasons, doubts = [f"“{row.text.strip()}”下按编号 1–{counted} 逐条列出 {counted} 项"], []
        if stated is not None and counted == stated[0]:
            reasons.append(f"与“{stated[1].text.strip()}”一致")
        elif stated is not None:
            doubts.append(f"“{stated[1].text.strip()}”印 {stated[0]} 项，与逐条编号 {counted} 条不一致")
        else:
            doubts.append("未印合计，无法核对")
        value = stated[0] if stated is not None else counted
        confidence = CLEAN if not doubts else DOUBTFUL
        if row.page.source == "ocr":
            confidence = min(confidence, OCR_CAP)
            doubts.append("清单由OCR识别")
        cited = [stated[1] if stated is not None else row, last]
        citations = tuple(dict.fromkeys(c for r in cited if r is not None and (c := cite_row(r)) is not None))
        if not citations:
            continue
        have.add(heading.kind)
        facts.append(EvidenceFact(field_id=spec.id, label=spec.label, value=str(value), unit="项",
                                  normalized=value, scope="platform", dimension="total", confidence=confidence,
                                  reasons=(*reasons, *(f"存疑：{d}" for d in doubts)), method="list_count",
                                  citations=citations, note="；".join(reasons)))
    return facts
