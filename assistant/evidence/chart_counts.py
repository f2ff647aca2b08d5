"""A chart of a count by year (a slide's 「累计服务企业数（家）」 bars, 2019 → 2024) → the count as the
chart's last year shows it.

A platform's deck draws its growth: one series named for a stock the notice counts (服务企业,
注册企业, 接入设备, 工业APP …: `catalog.vocabulary.caption_field`), the years along the bottom and a
number on every bar. The bar of the chart's latest year — the current year or the one before —
is the figure the chart stands at; it is a reading of a picture, not a statement (confidence
below a printed figure), and says which year it took, so a chart that ends at another number than
the slide's own big figure is seen (h49).

Must not: read a chart of flows (orders, revenue: they are totals of each year, not stocks), a
chart whose last year is older than the one before the form's, or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import caption_field
from assistant.core.evidence import CHART_END, EvidenceValue
from assistant.evidence.charts import chart_rows
from assistant.evidence.platform_sentences import latest_year
from assistant.values.numbers import sole_quantity
from assistant.values.typed import plain_number
from extractors.model import Document

_STOCKS = {"enterprises_served", "enterprise_users_registered", "devices_total", "apps_total", "models_total",
           "microservices_total", "developers_registered", "patents", "software_copyrights", "industrial_parks_served",
           "partner_platforms", "protocols_supported"}
_CHART_CONFIDENCE = 0.75


def read_chart_counts(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    latest = latest_year(catalog)
    rows = chart_rows(document, drawn=True)
    values: list[EvidenceValue] = []
    for index, row in enumerate(rows):
        header = rows[index - 1] if index else None
        if header is None or header.table_index != row.table_index or not row.cells:
            continue
        years = [int(m.group(1)) if (m := re.match(r"(20\d\d)", c.text)) else None for c in header.cells[1:]]
        field_id = caption_field(re.sub(r"^累计", "", row.cells[0].text.strip())) or caption_field(row.cells[0].text)
        if field_id not in _STOCKS or not years or years[-1] is None or latest is None or years[-1] < latest:
            continue
        cell = row.cells[len(years)] if len(row.cells) > len(years) else None
        quantity = sole_quantity(cell.text) if cell is not None and cell.text.strip() else None
        if quantity is None or quantity.qualifier != "exact" or quantity.value != quantity.value.to_integral_value() \
                or cell.citation is None:
            continue
        spec = catalog.field(field_id)
        values.append(EvidenceValue(
            field_id=field_id, label=spec.label, value=cell.text.strip(), unit=spec.unit or "",
            normalized=plain_number(quantity.value), scope="platform", period=f"{years[-1]}年", year=years[-1],
            confidence=_CHART_CONFIDENCE, method="text",
            reasons=(f"{CHART_END}：图表“{row.cells[0].text.strip()}”{years[-1]}年",
                     "存疑：图表中的数字，按图例与横轴读取"),
            citations=tuple(c for c in (cell.citation, row.cells[0].citation) if c is not None),
            note=f"图表“{row.cells[0].text.strip()}”{years[-1]}年"))
    return values
