"""A year of monthly figures closed by their mean → an indicator the notice asks as a monthly average.

核心工业模型平均月调用用户数量 is 「调用平台核心工业模型的月用户数量（近一年的月平均值），同一用户多次
访问或调用记作一个」. Model platforms prove it with their call log's statistics: twelve months down
the side, the distinct callers of the top-10 models beside each, closed by the mean:

    核心工业模型月调用用户数统计（近一年）
    月份       | 调用用户数（去重）
    2023年7月  | 277
    …
    月平均     | 328

The column (or the title over it) must name the core models' callers; the 月平均/月均/平均 line is
the figure, confident when it is the mean of the twelve months above it (to the unit it is
printed in), doubted otherwise (months missing, or a mean the months do not make).

Must not: average months itself where no mean is printed (the applicant states the figure), or
compare with the form.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import caption_field
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.period_totals import month_of
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.values.numbers import sole_quantity
from extractors.model import Document

_FIELD = "core_models_monthly_users"
_CALLERS = re.compile(r"(?:调用|使用|访问)(?:用户|企业)(?:数|数量)?")
_CORE = re.compile(r"核心(?:工业)?模型")
_KEY = re.compile(r"^(?:统计)?(?:月份|年月|月度|期间|月)$")
_MEAN = re.compile(r"^(?:近一年|近12个月)?(?:月平均|月均|日均|平均|平均值|月平均值)(?:值)?[:：]?$")
# Indicators the notice asks as an average over the year, each month's figure listed above it.
_AVERAGED = {"devices_public_cloud_daily_running", "apps_public_cloud_daily_active", "killer_apps_public_cloud_daily_users",
             "killer_apps_daily_active_times"}
_CONFIDENT = 0.85
_DOUBTED = 0.7


def read_monthly_average(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    known = {f.id for f in catalog.fields}
    above: list[str] = []  # the page's lines above the header (its title, the top-10 models' list)
    page = None
    column: int | None = None
    field_id = _FIELD
    months: dict[tuple[int, int], Decimal] = {}
    for row in document_rows(document):
        cells = [c for c in row.cells if c.text.strip()]
        texts = [squash(c.text) for c in cells]
        if not texts:
            continue
        if row.page_number != page:
            page, above = row.page_number, []
        if column is None:
            found = _header(texts, above)
            column, field_id = found if found is not None and found[1] in known else (None, _FIELD)
            months = {}
            above.append("".join(texts))
            continue
        if len(texts) <= column:
            column = None
            continue
        value = sole_quantity(texts[column])
        if (month := month_of(texts[0])) is not None and value is not None:
            months[month] = Decimal(value.value)
        elif _MEAN.match(texts[0]) and value is not None:
            return [_fact(catalog.field(field_id), row, cells[0], cells[column], Decimal(value.value), months)]
        else:
            column = None
    return []


def _header(texts: list[str], above: list[str]) -> tuple[int, str] | None:
    """(column, indicator) of a months' table: the core models' callers, or a column an averaged
    indicator names by itself (「公有云设备日均运行数量（台/套）」, h46)."""
    if not _KEY.match(texts[0]):
        return None
    callers = [i for i, t in enumerate(texts[1:], start=1) if _CALLERS.search(t)]
    if len(callers) == 1 and (_CORE.search(texts[callers[0]]) or any(_CORE.search(line) for line in above)):
        return callers[0], _FIELD
    averaged = [(i, f) for i, t in enumerate(texts[1:], start=1) if (f := caption_field(t)) in _AVERAGED]
    return averaged[0] if len(averaged) == 1 else None


def _fact(spec, row: Row, label: RowCell, cell: RowCell, mean: Decimal, months: dict) -> EvidenceFact:
    places = Decimal(1).scaleb(mean.as_tuple().exponent) if mean.as_tuple().exponent < 0 else Decimal(1)
    computed = (sum(months.values(), Decimal(0)) / len(months)).quantize(places, ROUND_HALF_UP) if months else None
    reasons = [f"近一年各月的“{label.text.strip()}”行"]
    if len(months) == 12 and computed == mean:
        confidence = _CONFIDENT
        reasons.append(f"与12个月的平均值{computed}一致")
    else:
        confidence = _DOUBTED
        reasons.append(f"存疑：表中{len(months)}个月" + (f"，平均为{computed}" if computed is not None else ""))
    if row.page.source == "ocr":
        reasons.append(OCR_REASON)
    citation = row.span_citation(label.citation, cell.citation)
    return EvidenceFact(field_id=spec.id, label=spec.label, value=cell.text.strip(), unit=spec.unit or "个",
                        normalized=int(mean) if mean == mean.to_integral_value() else float(mean),
                        scope="platform", period="近一年月平均", dimension="total", confidence=confidence,
                        reasons=tuple(reasons), method="table_row", citations=(citation,),
                        note=f"{label.text.strip()} {cell.text.strip()}")
