"""An operations report's KPI table → evidence: indicators down the side, periods across, and a
column that sums the periods up the way the report says it does.

「运营指标 | 2023Q3 | 2023Q4 | 2024Q1 | 2024Q2 | 年度」, 「指标（口径） | 23.07 | … | 24.06 | 近一年」:
each row is an indicator in the operator's words with its 口径 in brackets — 「在网电机（台，期末）」,
「在线机组（公有云，日均）」, 「诊断模型月调用用户（家，月均）」, 「平台订单（单）」 — and the last
column is its figure for the whole period. A row is read when its words name one count indicator
(`catalog.vocabulary.caption_field`, the bracket's qualifiers such as 公有云 and 日均 included, its
units and 期末/月均 dropped; the aggregate column's period names the order count's reading) and the
aggregate agrees with the periods as an aggregate must: a stock or an average lies between the
smallest and the largest period (a 合计 of month-end stocks is no count of anything), a flow is at
least the largest. Anything else says nothing.

Must not: compare with the form (the checks do), or sum the periods itself: the report's own
figure is the evidence, the periods only confirm what kind of figure it is.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog, FieldSpec
from assistant.catalog.vocabulary import caption_field
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import Row, document_rows
from assistant.values.numbers import COUNT_UNITS, sole_quantity
from assistant.values.typed import plain_number
from extractors.model import Document

# 23.07, 2023-07, 2023年7月, 7月, 2023Q3, Q3, 一季度, 2023H1
_PERIOD = re.compile(r"^(?:(?:\d{2}|\d{4})[.\-/年]\d{1,2}月?|\d{1,2}月|(?:\d{4})?[Qq][1-4]|(?:\d{4}年)?[一二三四]季度|"
                     r"(?:\d{4})?[Hh][12]|(?:\d{4}年)?[上下]半年)$")
# The column summing them up: its words say which reading of a year it is.
_AGGREGATE = re.compile(r"^(?:年度|全年|近一年|近\s*12\s*个?月|近十二个月|合计|总计|累计|统计期合计|FY\d{4}|"
                        r"\d{4}年?(?:度|全年|年度)?(?:合计)?)$")
# 口径 words in a label's bracket: how the figure is taken, not what it counts.
_MANNER = re.compile(r"^(?:期末|月末|年末|季末|末值|时点|合计|累计|总计|均值|平均|月度|/日|/月|每日|每月)$")
_FLOWS = {"orders_last_year", "app_subscriptions", "killer_app_subscriptions", "killer_apps_daily_active_times"}
_AVERAGES = {"devices_public_cloud_daily_running", "apps_monthly_active", "apps_public_cloud_daily_active",
             "core_models_monthly_users", "killer_apps_public_cloud_daily_users", "killer_apps_daily_active_times"}
_COUNTS = {"count", "compound_total_private", "count_with_list"}
_CONFIDENCE = 0.85  # the operator's own report, its 口径 checked against its periods


def read_kpi_tables(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    fields = {f.id: f for f in catalog.fields if f.value_type in _COUNTS}
    out: list[EvidenceFact] = []
    seen: set[str] = set()
    header: tuple[Row, list[int], int] | None = None  # the header row, its period columns, its aggregate
    for row in document_rows(document):
        texts = [compact(c.text) for c in row.cells]
        found = _header(texts)
        if found is not None:
            header = (row, *found)
            continue
        if header is None:
            continue
        if row.source != header[0].source or (row.source == "table" and row.table_index != header[0].table_index) \
                or (row.source == "line" and row.page_number != header[0].page_number):
            header = None
            continue
        fact = _row_fact(row, texts, header, fields)
        if fact is not None and fact.field_id not in seen:
            seen.add(fact.field_id)  # the first table to state a figure
            out.append(fact)
    return out


def _header(texts: list[str]) -> tuple[list[int], int] | None:
    periods = [i for i, t in enumerate(texts) if _PERIOD.match(t)]
    if len(periods) < 3:
        return None
    after = [i for i, t in enumerate(texts) if i > periods[-1] and _AGGREGATE.match(t)]
    return (periods, after[0]) if after else None


def _row_fact(row: Row, texts: list[str], header: tuple[Row, list[int], int],
              fields: dict[str, FieldSpec]) -> EvidenceFact | None:
    head, periods, aggregate = header
    if len(texts) != len(head.cells) or not texts[0]:
        return None  # an untabled line whose tokens do not stand one under each header cell
    label = row.cells[0].text.strip()
    field_id = _field(label, compact(head.cells[aggregate].text))
    if field_id not in fields:
        return None
    values = [q.value if (q := sole_quantity(texts[i])) else None for i in periods]
    total = q.value if (q := sole_quantity(texts[aggregate])) else None
    if total is None or any(v is None for v in values):
        return None
    low, high = min(values), max(values)
    if field_id in _FLOWS and field_id not in _AVERAGES:
        if total < high:
            return None
    elif not low <= total <= high:
        return None  # a 合计 of stocks or averages: no figure of the indicator
    cell = row.cells[aggregate]
    if cell.citation is None:
        return None
    spec = fields[field_id]
    period = _period(head, periods, aggregate)
    reasons = [f"运营报表“{label}”行、“{period}”列（与各期数据相符）"]
    if row.page.source == "ocr":
        reasons.append(OCR_REASON)
    return EvidenceFact(field_id=spec.id, label=spec.label, value=cell.text.strip(), unit=spec.unit or "",
                        normalized=plain_number(total), scope="platform", period=period, confidence=_CONFIDENCE,
                        reasons=tuple(reasons), method="ocr_figure" if row.page.source == "ocr" else "table_row",
                        citations=(cell.citation,), note=f"“{label}”的“{period}”")


def _period(head: Row, periods: list[int], aggregate: int) -> str:
    """The aggregate column's period: as printed when it names one (近一年, 2023全年); a bare 年度 or
    合计 by the periods it sums — one calendar year's, or the twelve months across two years."""
    printed = head.cells[aggregate].text.strip()
    if not re.fullmatch(r"年度|全年|合计|总计|累计", compact(printed)):
        return printed
    years = set()
    for i in periods:
        m = re.match(r"(\d{4}|\d{2})(?=[.\-/年Qq]|[Hh])", compact(head.cells[i].text))
        if m is None:
            return printed
        years.add(int(m.group(1)) % 100)
    if len(years) == 1:
        return f"20{years.pop():02d}年自然年"
    if len(years) == 2 and max(years) - min(years) == 1:
        return "近一年"
    return printed


def _field(label: str, period: str) -> str | None:
    """「在线机组（公有云，日均）」 → 公有云 日均 在线机组; 「年度订单（2023）/单」 → 年度订单; the order
    count takes the column's period when its words name none."""
    label = re.sub(r"\s*/\s*[\u4e00-\u9fff]{1,3}$", "", label.strip())  # 「/单」, 「/万元」: the unit
    bracket = re.search(r"[（(]([^()（）]*)[)）]", label)
    main = compact(label[:bracket.start()] + label[bracket.end():] if bracket else label)
    kept, rates = [], []
    for token in re.split(r"[，,、/；;\s]+", bracket.group(1)) if bracket else []:
        token = compact(token)
        if not token or token in COUNT_UNITS or token in ("台套", "单", "张", "人次") or _MANNER.match(token) \
                or re.fullmatch(r"\d{4}年?", token):
            continue
        (rates if token in ("日均", "月均") else kept).append(token)
    named = caption_field("".join(kept + rates) + main) or caption_field("".join(kept) + main)
    if named is None and re.search(r"订单", main):
        named = caption_field(period + main)  # 「平台订单（单）」 under 「近一年」
    return named
