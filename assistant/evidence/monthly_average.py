"""A year of monthly figures closed by their mean → an indicator the notice asks as a monthly average.

核心工业模型平均月调用用户数量 is 「调用平台核心工业模型的月用户数量（近一年的月平均值），同一用户多次
访问或调用记作一个」. Model platforms prove it with their call log's statistics: twelve months down
the side, the distinct callers of the top-10 models beside each, closed by the mean:

    核心工业模型月调用用户数统计（近一年）
    月份       | 调用用户数（去重）
    2023年7月  | 277
    …
    月平均     | 328

The killer APPs' revenue is kept the same way (杀手锏APP月平均收入（万元）): 「杀手锏APP月度收入统计表（近一年）」,
「单位：元」, 「月份 | 收入（元）」, then 「全年合计」 and 「月均」 rows (h82, a stamped scan) — read in the unit
of its column or of the 单位 line above, in 万元.

The column (or the title over it) must name the core models' callers (or, for a plain 收入 column,
the title the killer APPs); a 合计 row between the months and the mean is passed over; the
月平均/月均/平均 line is the figure, confident when it is the mean of the twelve months above it (to the unit it is
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
from assistant.evidence.rows import Row, RowCell, document_rows, unit_above
from assistant.values.numbers import convert_money, sole_quantity, unit_from_header
from extractors.model import Document

_FIELD = "core_models_monthly_users"
_CALLERS = re.compile(r"(?:调用|使用|访问)(?:用户|企业)(?:数|数量)?")
_CORE = re.compile(r"核心(?:工业)?模型")
_KEY = re.compile(r"^(?:统计)?(?:月份|年月|月度|期间|月)$")
_MEAN = re.compile(r"^(?:近一年|近12个月)?(?:月平均|月均|日均|平均|平均值|月平均值)(?:值)?[:：]?$")
# Indicators the notice asks as an average over the year, each month's figure listed above it.
_AVERAGED = {"devices_public_cloud_daily_running", "apps_public_cloud_daily_active", "killer_apps_public_cloud_daily_users",
             "killer_apps_daily_active_times"}
_REVENUE = re.compile(r"^(?:本月|当月|月度)?(?:营业|订阅)?收入(?:金额|额)?(?:[（(](?:元|万元|千元)[)）])?$")
_KILLER_TITLE = re.compile(r"(?:杀手锏|爆款).{0,16}收入")
_TOTAL_ROW = re.compile(r"^(?:全年|年度|\d{4}年)?(?:合计|总计|小计)[:：]?$")
_CONFIDENT = 0.85
_DOUBTED = 0.7


def read_monthly_average(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    known = {f.id for f in catalog.fields}
    above: list[str] = []  # the page's lines above the header (its title, the top-10 models' list)
    page = None
    column: int | None = None
    field_id = _FIELD
    months: dict[tuple[int, int], Decimal] = {}
    unit: str | None = None  # a money column's: its header's, else the 单位 line's above
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
            if column is not None:
                unit = unit_from_header(texts[column]) or unit_above(above)
            above.append("".join(texts))
            continue
        if len(texts) <= column:
            column = None
            continue
        value = sole_quantity(texts[column])
        if (month := month_of(texts[0])) is not None and value is not None:
            months[month] = Decimal(value.value)
        elif _MEAN.match(texts[0]) and value is not None:
            fact = _fact(catalog.field(field_id), row, cells[0], cells[column], Decimal(value.value), months, unit)
            return [fact] if fact is not None else []
        elif _TOTAL_ROW.match(texts[0]):
            continue  # 「全年合计」 between the months and the mean
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
    revenue = [i for i, t in enumerate(texts[1:], start=1) if _REVENUE.match(t)]
    if len(revenue) == 1 and any(_KILLER_TITLE.search(line) for line in above):
        return revenue[0], "killer_apps_monthly_revenue"
    averaged = [(i, f) for i, t in enumerate(texts[1:], start=1) if (f := caption_field(t)) in _AVERAGED]
    return averaged[0] if len(averaged) == 1 else None


def _fact(spec, row: Row, label: RowCell, cell: RowCell, mean: Decimal, months: dict,
          unit: str | None) -> EvidenceFact | None:
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
    value = mean
    if spec.value_type == "money_wan":
        if unit not in ("元", "千元", "万元"):
            return None  # 元 or 万元 is not said
        value = convert_money(mean, unit, "万元")
    return EvidenceFact(field_id=spec.id, label=spec.label, value=cell.text.strip(),
                        unit=unit if spec.value_type == "money_wan" else spec.unit or "个",
                        normalized=int(value) if value == value.to_integral_value() else float(value),
                        scope="platform", period="近一年月平均", dimension="total", confidence=confidence,
                        reasons=tuple(reasons), method="table_row", citations=(citation,),
                        note=f"{label.text.strip()} {cell.text.strip()}")
