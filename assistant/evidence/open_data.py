"""A proof's open-data and 标识解析 figures → evidence of 3.2.1 开放共享数据 and 3.1.3 标识解析.

An API gateway's export (「已发布开放API 118个」), a 情况说明 (「截至2024年6月30日累计标识注册量
2.86亿条、累计解析量9.42亿次」), a 二级节点 operator's letter wrapped over lines (「累计注\\n册标识126万
条」): the parts `values.open_data` names are read from the page's prose (wrapped lines joined)
and from its table rows, each cited on its page. A figure on a line of its own beside its words
(a table printed as lines, a table's row) is read with confidence; one inside a sentence with the
certainty of prose (`PROSE_CONFIDENCE`), so a difference from the answer is a warning.

Must not: read the forms or the 申报书 (the caller gives proofs), read 数据集 counts, or compare.
"""

from __future__ import annotations

from assistant.catalog.notice import Catalog
from assistant.core.citations import Citation
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.evidence.prose import PROSE_CONFIDENCE, cite_from, page_text
from assistant.evidence.rows import document_rows
from assistant.values.dates import find_dates
from assistant.values.open_data import PART_FIELDS, PART_UNITS, PartReading, read_parts
from assistant.values.typed import plain_number
from extractors.model import Document, Page

_TABLE_CONFIDENCE = 0.85


def read_open_data(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    facts: list[EvidenceFact] = []
    seen: set[tuple] = set()

    def keep(fact: EvidenceFact | None) -> None:
        if fact is not None and (key := (fact.component, fact.normalized, fact.citations[0].page)) not in seen:
            seen.add(key)
            facts.append(fact)

    for page in document.pages:
        tables = [t.bbox for t in document.tables if t.page_number == page.number and t.bbox is not None]
        text, places = page_text(page, tables)
        for part in read_parts(text):
            keep(_prose_fact(document, page, catalog, text, places, part))
    for row in document_rows(document):
        if row.source != "table" or row.citation is None:
            continue
        for part in read_parts(row.text):
            keep(_fact(catalog, row.page, part, row.citation, _TABLE_CONFIDENCE, row.text, "表格行"))
    return facts


def _prose_fact(document, page: Page, catalog: Catalog, text: str, places, part: PartReading) -> EvidenceFact | None:
    citation = cite_from(document, page, places, part.start, part.end, part.words_start)
    if citation is None:
        return None
    block = places[part.start][0]
    begin, end = citation.span.start - block.span.start, citation.span.end - block.span.start
    first = places[part.words_start] if part.words_start < len(places) else None
    # the words and the figure alone on their line, or as one cell of a line of cells: a table printed as lines
    line = block.text.strip()
    tabular = first is not None and first[0] is block and (
        len(line) <= end - begin + 2 or line[end:end + 1].isspace() or " " in line[max(begin - 1, 0):end])
    confidence = _TABLE_CONFIDENCE if tabular else PROSE_CONFIDENCE
    sentence = text[max(0, text.rfind("。", 0, part.start) + 1):part.end]
    return _fact(catalog, page, part, citation, confidence, sentence, "证明材料正文" if not tabular else "证明材料中的表格行")


def _fact(catalog: Catalog, page: Page, part: PartReading, citation: Citation, confidence: float,
          context: str, where: str) -> EvidenceFact:
    field_id = PART_FIELDS[part.component]
    dates = [d for d, _s, _e in find_dates(context)] if "截至" in context or "截止" in context else []
    as_of = f"截至{dates[-1].format()}" if dates else ""
    reasons = [f"{where}：“{part.words}{part.quantity.raw}”"]
    if confidence < _TABLE_CONFIDENCE:
        reasons.append("存疑：数字取自证明材料的叙述文字，非表格或截图")
    if page.source == "ocr":
        reasons.append(OCR_REASON)
    return EvidenceFact(field_id=field_id, label=catalog.field(field_id).label, component=part.component,
                        value=part.quantity.raw, unit=PART_UNITS[part.component],
                        normalized=plain_number(part.value), scope="platform",
                        as_of=as_of, confidence=confidence,
                        reasons=tuple(reasons), method="text", citations=(citation,),
                        note=f"{part.words}{part.quantity.raw}")
