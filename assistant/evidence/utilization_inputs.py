"""A device report stating its utilisation → the two counts the rate is computed from, as its inputs.

The 填报指引 asks 平台连接工业设备利用率 without a formula; operators state theirs with it —
「设备利用率＝日均运行设备数÷接入设备总数，为66.99%」 under a table closed by 「合计 3,260」 and a sentence
「平台接入设备日均在线运行2,184台/套」. Where a document states the rate (`stated_rates`), its
connected devices (the document's own 接入设备总数 figure) and its 日均运行 devices (a clause naming the
daily running ones before a count in 台/套) are listed under the rate as its inputs
(components 「接入设备总数（台/套）」, 「日均运行设备数（台/套）」), unchecked against it.

Must not: compute the rate, or read a document that does not state it.
"""

from __future__ import annotations

import re
from functools import partial

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact, EvidenceValue
from assistant.evidence.prose import CLAUSE, PROSE_CONFIDENCE, first_statements
from assistant.evidence.rows import cite_in_block
from assistant.values.numbers import find_quantities
from extractors.model import Document

TOTAL_INPUT = "接入设备总数（台/套）"
RUNNING_INPUT = "日均运行设备数（台/套）"
_RUNNING = re.compile(r"日均(?:在线)?运行(?:的)?(?:工业)?(?:设备)?(?:数|数量|台数)?(?:为|达|达到|约)?\s*$")
_DEVICE_UNITS = ("台", "套", "台/套", "台套")


def utilization_inputs(document: Document, values: list[EvidenceValue], catalog: Catalog) -> list[EvidenceValue]:
    if not any(v.field_id == "device_utilization" and not v.component for v in values):
        return []
    spec = catalog.field("device_utilization")
    out: list[EvidenceValue] = []
    total = next((v for v in values if v.field_id == "devices_total" and v.dimension == "total"
                  and v.scope == "platform" and v.status == "found"), None)
    if total is not None:
        out.append(total.model_copy(update={"field_id": spec.id, "label": spec.label, "component": TOTAL_INPUT,
                                            "reasons": (*total.reasons, "利用率的计算要素：接入设备总数")}))
    out += first_statements(document, CLAUSE, partial(_running, document, spec))
    return out


def _running(document: Document, spec, page, text: str, places, start: int, end: int) -> list[EvidenceFact]:
    clause = text[start:end]
    for quantity, q_start, q_end in find_quantities(clause, skip_dates=True):
        said = _RUNNING.search(clause[:q_start])
        if said is None or quantity.unit not in _DEVICE_UNITS or quantity.qualifier != "exact":
            continue
        place = places[start + q_start] if start + q_start < len(places) else None
        if place is None:
            return []
        block, offset = place
        first = places[start + said.start()] if start + said.start() < len(places) else None
        begin = first[1] if first is not None and first[0] is block else offset
        citation = cite_in_block(document, page, block, begin, min(offset + q_end - q_start, len(block.text)))
        reasons = [f"证明材料正文：“{clause[said.start():q_end].strip()}”", "利用率的计算要素：日均运行设备数"]
        if page.source == "ocr":
            reasons.append(OCR_REASON)
        return [EvidenceFact(field_id=spec.id, label=spec.label, component=RUNNING_INPUT, value=quantity.raw,
                             unit=quantity.unit, normalized=int(quantity.value), scope="platform",
                             confidence=PROSE_CONFIDENCE, reasons=tuple(reasons), method="text",
                             citations=(citation,), note="日均运行设备数（正文）")]
    return []
