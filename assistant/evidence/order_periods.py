"""A table of the order count by period → the order count of each reading 填报指引 3.1.1 names (h55).

平台订单数量 is 「近一年总量」, answered as the 2023 natural year, the year before the form's date, or both.
An order centre's export states several periods down its rows under a column naming the count:
「统计口径 | 订单数量（个）」 over 「平台上线以来累计（2020.01-2024.06） | 86,420」, 「2023年（1-12月） | 21,306」,
「2023年7月-2024年6月 | 22,918」. A row of the natural year 2023 gives that reading, a row of twelve months
ending in 2024 the year before the form; a cumulative, a quarter or a half year gives nothing.

Must not: read another indicator's periods, or compare (the readings are the checks' to match).
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.platform_sentences import latest_year
from assistant.evidence.rows import Row, document_rows
from assistant.values.numbers import sole_quantity
from assistant.values.typed import plain_number
from extractors.model import Document

_PERIOD_HEAD = re.compile(r"^(?:统计)?(?:口径|期间|时间|周期|区间)$|^统计(?:期|时段)$")
_ORDERS_HEAD = re.compile(r"订单(?:数|数量|总数|总量|笔数)")
_NATURAL = re.compile(r"^(?P<y>20\d\d)年(?:度|全年|自然年)?(?:[（(](?:1\s*[-—–~至]\s*12月|全年)[)）])?$")
_WINDOW = re.compile(r"^(?P<y1>20\d\d)年(?P<m1>\d{1,2})月?\s*[-—–~至]\s*(?P<y2>20\d\d)年(?P<m2>\d{1,2})月$")


def read_order_periods(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    spec = catalog.field("orders_last_year")
    year = latest_year(catalog) or 2023  # the form's year: 2023
    out: list[EvidenceFact] = []
    header: Row | None = None
    above: list[Row] = []  # the rows before this one on its page, the last first
    for row in document_rows(document):
        texts = [squash(c.text) for c in row.cells if c.text.strip()]
        above = [row, *above[:3]] if above and above[0].page_number == row.page_number else [row]
        if len(texts) == 3 and _ORDERS_HEAD.search(texts[0]) and (across := _across(row, above[1:], year, spec)):
            out += [f for f in across if not any(o.period == f.period for o in out)]
            continue
        if len(texts) == 2 and _PERIOD_HEAD.match(texts[0]) and _ORDERS_HEAD.search(texts[1]):
            header = row
            continue
        if header is not None and row.page_number != header.page_number:
            header = None  # a table of one page
        if header is None or len(texts) != 2:
            continue
        reading = _reading(texts[0], year)
        cell = [c for c in row.cells if c.text.strip()][1]
        quantity = sole_quantity(cell.text)
        if reading is None or quantity is None or quantity.qualifier != "exact" or cell.citation is None \
                or any(f.period == reading for f in out):
            continue
        label = [c for c in row.cells if c.text.strip()][0]
        citations = tuple(c for c in (row.span_citation(label.citation, cell.citation),) if c)
        out.append(_fact(spec, row, cell.text, quantity, reading, f"订单统计表“{texts[0]}”行（{reading}）", citations,
                         texts[0]))
    return out


def _fact(spec, row: Row, value: str, quantity, reading: str, reason: str, citations: tuple, label: str) -> EvidenceFact:
    """One reading of the order count, as an order table states it."""
    return EvidenceFact(field_id=spec.id, label=spec.label, value=value.strip(), unit="个",
                        normalized=plain_number(quantity.value), scope="platform", period=reading, confidence=0.95,
                        reasons=(reason, *((OCR_REASON,) if row.page.source == "ocr" else ())),
                        method="table_row" if row.source == "table" else "text", citations=citations,
                        note=f"订单统计表“{label}”")


def _reading(label: str, year: int) -> str | None:
    if (natural := _NATURAL.match(label)) is not None and int(natural["y"]) == year:
        return f"{year}年自然年"
    window = _WINDOW.match(re.sub(r"[（(][^（）()]*[)）]", "", label))
    if window is not None:
        months = (int(window["y2"]) - int(window["y1"])) * 12 + int(window["m2"]) - int(window["m1"]) + 1
        if months == 12 and int(window["y2"]) == year + 1:
            return "截至填表日前一年"
    return None


# 「指标 | 近一年总量」 over 「2023年（自然年） | 截至填表日前一年（2023年7月—2024年6月）」, then 「平台订单数量（个） |
# 148,620 | 156,304」: the two readings across the columns, in the order the header names them (h75)
_NATURAL_NAMED = re.compile(r"20\d\d\s*年\s*[（(]?\s*(?:自然年|全年|1\s*[-—–~至]\s*12月)|自然年")
_BEFORE_NAMED = re.compile(r"截至填表日前一年|(?:最?近|过去)(?:12|十二)个?月|(?:最?近|过去)一年(?!总量)")


def _across(row: Row, above: list[Row], year: int, spec) -> list[EvidenceFact]:
    cells = [c for c in row.cells if c.text.strip()]
    figures = [(c, q) for c in cells[1:] if (q := sole_quantity(c.text)) is not None and q.qualifier == "exact"]
    if len(figures) != 2 or any(c.citation is None for c, _q in figures):
        return []
    for line in above:
        text = " ".join(c.text for c in line.cells)
        natural, before = _NATURAL_NAMED.search(text), _BEFORE_NAMED.search(text)
        if natural is None or before is None:
            continue
        readings = [f"{year}年自然年", "截至填表日前一年"] if natural.start() < before.start() else \
            ["截至填表日前一年", f"{year}年自然年"]
        label = squash(cells[0].text)
        return [_fact(spec, row, cell.text, quantity, reading, f"“{label}”行、表头“{reading}”一列", (cell.citation,), label)
                for (cell, quantity), reading in zip(figures, readings, strict=True)]
    return []
