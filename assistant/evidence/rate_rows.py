"""Rates in a table of the platform's figures by year → evidence of the notice's rate indicators.

A platform note's table by year prints its rates beside the amounts: 「平台相关研发投入强度（%） | 13.06 |
13.85 | 14.91」 under 「项目（单位：万元） | 2023年度 | 2022年度 | 2021年度」 (h24); a 社会贡献测算 table its rate
under the total: 「社会贡献率 | 21.91%」 under 「项目 | 2023年度」 (h14). A row is read when its label names one
rate indicator (`catalog.vocabulary.rate_field`) and its value stands under the form's year (2023); a
rate a company states of itself too (研发投入强度, 利润率, 社会贡献率, 投资回报率) only where the row, its
table's header or the heading over the table says 平台 — a company's own rate says nothing of the platform.

Must not: compute a rate (the checks' formulas do), read a year other than the form's, or compare.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import COMPANY_RATES, rate_field
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.platform_headers import align, cells_of, header_of
from assistant.evidence.rows import document_rows
from assistant.values.numbers import sole_quantity
from assistant.values.typed import plain_number
from extractors.model import Document

_FORM_YEAR = 2023
_PERCENT = re.compile(r"^[-+]?\d+(?:\.\d+)?\s*%?$")


def read_rate_rows(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    facts: list[EvidenceFact] = []
    seen: set[str] = set()
    header, heading = None, ""
    for row in document_rows(document):
        cells = cells_of(row)
        if not cells:
            continue
        found = header_of(row, cells)
        if found is not None:
            header = found if found.kind == "years" else None
            continue
        text = squash("".join(c.text for _p, c in cells))
        if row.source == "line" and len(cells) == 1:
            if len(text) <= 40:
                heading, header = text, None  # a title over the next table
            continue
        label = cells[0][1].text.strip()
        field_id = rate_field(label)
        if header is None or field_id is None or field_id in seen:
            continue
        platform = "平台" in label or header.platform or "平台" in heading
        if field_id in COMPANY_RATES and not platform:
            continue
        values = [(p, c) for p, c in cells[1:] if _PERCENT.match(c.text.strip())]
        for cell, column, year in align(header, values, row) if values else ():
            quantity = sole_quantity(cell.text.replace("%", ""))
            if year != _FORM_YEAR or quantity is None or cell.citation is None:
                continue
            spec = catalog.field(field_id)
            reasons = [f"表中“{label}”行、“{column.text.strip()}”列"]
            reasons += [OCR_REASON] if row.page.source == "ocr" else []
            facts.append(EvidenceFact(
                field_id=field_id, label=spec.label, value=cell.text.strip(), unit="%",
                normalized=plain_number(quantity.value), scope="platform", year=year, period=f"{year}年",
                confidence=0.9, reasons=tuple(reasons), status="found",
                method="table_row" if row.source == "table" else "text",
                citations=tuple(c for c in (cell.citation, cells[0][1].citation) if c is not None)))
            seen.add(field_id)
    return facts
