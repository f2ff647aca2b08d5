"""A system's export by period → the latest value of each count it tracks.

API gateways, device platforms and developer portals export their statistics month by month or
week by week, periods down the side and one column per metric, often in English:

    month   | calls    | success_rate | active_services | active_developers
    2023-07 | 7272487  | 0.9985       | 198             | 352
    …
    2024-06 | 9330255  | 0.9993       | 236             | 412
    TOTAL   | 106012480|              |                 |

A column whose name names a count indicator that is a stock — 活跃微服务, 活跃开发者, 注册企业, 接入设备
(`catalog.vocabulary.caption_field`; English names with their underscores read as words) — gives
that indicator as of the latest period: the figure the export stood at when it was made. It is a
reading, not a statement (the export does not say 「截至填表日」), so it is kept below the
confidence of a printed figure and says which period it took. Flows (orders, subscriptions,
calls) are totals, not the last period's value: they are not read here (`period_totals`,
`kpi_table` read them where the export prints its total).

Must not: compare with the form (the checks do), or read a series shorter than three periods.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import groupby

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import caption_field
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.rows import Row, document_rows
from assistant.values.numbers import COUNT_UNITS, sole_quantity
from assistant.values.typed import plain_number
from extractors.model import Document

_KEY = re.compile(r"^(?:统计)?(?:月份|年月|月度|日期|期间|周期|时间|周|统计周)$|^(?:month|date|period|week|week_start|day|ym)$",
                  re.IGNORECASE)
_PERIOD = re.compile(r"^(20\d\d)\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?$|^(20\d\d)(\d{2})$")
_FLOWS = frozenset({"orders_last_year", "app_subscriptions", "killer_app_subscriptions", "app_subscription_amount",
                    "core_models_monthly_users"})  # a year's monthly mean, no month's value (`monthly_average`)
SERIES_CONFIDENCE = 0.7  # the latest period read as the current figure: a reading, never an error


def read_series(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    fields = {f.id: f for f in catalog.fields}
    facts: list[EvidenceFact] = []
    for key, group in groupby(document_rows(document), key=lambda r: (r.page_number, r.table_index)):
        if key[1] is not None:
            facts += _table_facts(list(group), fields)
    return facts


_MEAN_ROW = re.compile(r"^(?:近\s*(?:12|十二)\s*个?月|全年|年度|各月|月度)?(?:日均|月均|平均|均值)")


def _period(text: str) -> date | None:
    found = _PERIOD.match(squash(text))
    if found is None:
        return None
    year, month, day = (found[1], found[2], found[3]) if found[1] else (found[4], found[5], None)
    try:
        return date(int(year), int(month), int(day or 1))
    except ValueError:
        return None


def _column_field(name: str) -> str | None:
    words = re.sub(r"_(?:ge|gt|gte)?\d+$|_(?:cnt|count|num|total|snapshot)$", "", name.strip())
    return caption_field(words.replace("_", " ") if re.fullmatch(r"[A-Za-z0-9_ ]+", words) else words)


def _table_facts(rows: list[Row], fields: dict) -> list[EvidenceFact]:
    for start, row in enumerate(rows):
        if len(row.cells) >= 2 and _KEY.match(row.cells[0].text.strip()):
            break
    else:
        return []
    header = rows[start].cells
    body = [(p, r) for r in rows[start + 1:] if r.cells and (p := _period(r.cells[0].text)) is not None]
    if len(body) < 3:
        return []
    _latest, row = max(body, key=lambda item: item[0])  # the latest period, wherever it is printed
    shown = row.cells[0].text.strip()
    # 「近12个月日均 | 5209」 under the months: the table's own figure over its periods (`monthly_average` reads it)
    averaged = {i for r in rows[start + 1:] if r.cells and _MEAN_ROW.match(squash(r.cells[0].text))
                for i, c in enumerate(r.cells[1:], start=1) if sole_quantity(c.text) is not None}
    facts = []
    for column, head in enumerate(header[1:], start=1):
        field_id = _column_field(head.text)
        if field_id is None or field_id in _FLOWS or field_id not in fields or column in averaged:
            continue
        spec = fields[field_id]
        cell = next((c for i, c in enumerate(row.cells) if (c.column if c.column is not None else i) == column), None)
        quantity = sole_quantity(cell.text) if cell is not None else None
        if quantity is None or cell.citation is None or quantity.qualifier != "exact" \
                or (quantity.unit is not None and quantity.unit not in COUNT_UNITS) or quantity.value < 0:
            continue
        facts.append(EvidenceFact(
            field_id=spec.id, label=spec.label, value=quantity.raw, unit=spec.unit or "",
            normalized=plain_number(quantity.value), scope="platform", period=f"{shown}（最近一期）",
            as_of=shown, confidence=SERIES_CONFIDENCE, method="table_row",
            reasons=(f"按期导出的统计表“{head.text.strip()}”列，共 {len(body)} 期，取最近一期（{shown}）",
                     "存疑：导出表未写明截至日期，最近一期的数值读作当前数"),
            citations=(cell.citation,), note=f"“{head.text.strip()}”列最近一期（{shown}）"))
    return facts
