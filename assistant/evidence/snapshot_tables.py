"""A table of indicators at moments → each indicator's figure at the moment the notice asks (h19).

An operator counts its users at moments, a row each, the indicators across:

    统计时点        | 注册企业用户（家） | 付费企业（家） | 付费用户占比（%）
    2023年12月31日  | 10,920             | 3,406          | 31.19
    2024年5月31日   | 11,200             | 4,312          | 38.50

A header whose first cell names moments (统计时点, 截至日期, 统计日期, 数据日期) and whose other cells each name
one indicator (`indicator_table.field_named`: a notice label, what a caption says, a rate by its name) heads
such a table; each row under it whose first cell is a date is one moment. The 填报指引 asks most of these
「截至填表日」 — the table's latest moment — and 付费用户占比 「截至2023年底」 — the year-end's row, when the table
has one. One fact per indicator, dated (`as_of`) by its row.

Must not: read a column no indicator names, a row without a date, or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog, FieldSpec
from assistant.core.evidence import OCR_REASON, EvidenceValue
from assistant.core.text_keys import squash
from assistant.evidence.indicator_table import field_named, in_field_unit
from assistant.evidence.platform_sentences import latest_year
from assistant.evidence.rows import Row, document_rows
from assistant.values.dates import date_key
from assistant.values.numbers import sole_quantity
from extractors.model import Document

_MOMENT = re.compile(r"^(?:统计|数据|截至|截止)?(?:时点|日期|时间点|截至日期|截止日期|统计时间)$")
_YEAR_END = {"paying_user_share"}  # 「截至2023年底数据」
_CONFIDENCE = 0.85  # the applicant's own table, short of a system's export


def read_snapshot_tables(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    out: list[EvidenceValue] = []
    header: tuple[Row, dict[int, FieldSpec], int] | None = None  # the header, its indicators' columns, its cells
    moments: list[tuple[tuple[int, int, int], Row]] = []
    for row in [*document_rows(document), None]:
        cells = list(row.cells) if row is not None else []  # by position: an empty 备注 keeps its place
        if cells and _MOMENT.match(squash(cells[0].text)):
            out += _facts(header, moments, catalog)
            columns = {i: spec for i, c in enumerate(cells[1:], start=1)
                       if c.text.strip() and (spec := field_named(c.text, catalog))}
            header, moments = ((row, columns, len(cells)), []) if columns else (None, [])
            continue
        when = date_key(cells[0].text) if cells else None
        if header is not None and when is not None and when[1] and max(header[1]) < len(cells) <= header[2]:
            moments.append((when, row))
            continue
        if header is not None and (row is None or row.table_index != header[0].table_index):
            out += _facts(header, moments, catalog)
            header, moments = None, []
    return out


def _facts(header, moments, catalog: Catalog) -> list[EvidenceValue]:
    if header is None or not moments:
        return []
    out = []
    latest = max(moments, key=lambda m: m[0])
    year_end = next((m for m in moments if m[0][:2] == (latest_year(catalog), 12)), None)
    for column, spec in header[1].items():
        when, row = year_end if spec.id in _YEAR_END and year_end is not None else latest
        cells = row.cells
        quantity = sole_quantity(cells[column].text)
        if quantity is None or cells[column].citation is None:
            continue
        named = header[0].cells[column]
        head = squash(named.text)
        unit = re.search(r"[（(]\s*([^（）()]{1,4})\s*[)）]\s*$", head)
        if quantity.unit is None and unit is not None:
            quantity = quantity.model_copy(update={"unit": "%" if unit.group(1) == "%" else None})
        normalized = in_field_unit(spec, quantity)
        if normalized is None:
            continue
        moment = cells[0].text.strip()
        earlier = (when, row) != latest  # the year-end's row, a later one beside it
        reasons = [f"按统计时点列示的指标表：“{moment}”行、“{named.text.strip()}”列",
                   f"该表的年末时点（填报指引：截至{latest_year(catalog)}年底），表中最近的时点另有数值" if earlier
                   else "该表最近的统计时点（填报指引：截至填表日）"]
        if row.page.source == "ocr":
            reasons.append(OCR_REASON)
        citations = tuple(c.citation for c in (cells[column], cells[0]) if c.citation is not None)
        out.append(EvidenceValue(field_id=spec.id, label=spec.label, value=quantity.raw, unit=quantity.unit or "",
                                 normalized=normalized, scope="platform", as_of=f"截至{moment}",
                                 method="ocr_figure" if row.page.source == "ocr" else "table_row",
                                 confidence=_CONFIDENCE, citations=citations, note=reasons[0], reasons=tuple(reasons)))
    return out
