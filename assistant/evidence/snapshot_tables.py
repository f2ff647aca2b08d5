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

A team statement prints the same shape by scope instead of moment (h92):

    统计口径              | 平台团队合计（人） | 运维人员（人） | 运营人员（人） | 有技术职称/从业资格（人）
    申报主体平台团队      | 112                | 64             | 48             | 89
    集团平台相关人员（含子公司） | 167       | 96             | 71             | 132

A header whose first cell names the scope (统计口径, 口径, 统计范围, 主体) heads it; the applicant's row is the one
naming the applicant or its platform (申报主体, 申报单位, 本公司, 平台) and no group (集团, 含子公司, 合并, 全公司) —
read when there is exactly one such row (`read_scope_tables`).

Must not: read a column no indicator names, a row without a date (or, by scope, a group's row), or compare with
the form.
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


_SCOPE_HEAD = re.compile(r"^(?:统计)?(?:口径|范围|主体|统计口径|人员范围)$")
_APPLICANTS = re.compile(r"申报主体|申报单位|本公司|本单位|平台")
_GROUPS = re.compile(r"集团|含子公司|子公司|合并|全公司|公司合计|全部员工|在册")


def read_scope_tables(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    """Indicators across, one row per scope: the applicant's row's figures (the module's second shape)."""
    out: list[EvidenceValue] = []
    header: tuple[Row, dict[int, FieldSpec]] | None = None
    rows: list[Row] = []
    for row in [*document_rows(document), None]:
        cells = list(row.cells) if row is not None else []
        if cells and _SCOPE_HEAD.match(squash(cells[0].text)):
            out += _scope_facts(header, rows)
            columns = {i: spec for i, c in enumerate(cells[1:], start=1) if c.text.strip() and (spec := field_named(c.text, catalog))}
            header, rows = ((row, columns), []) if len(columns) >= 2 else (None, [])
            continue
        if header is not None and row is not None and len(cells) == len(header[0].cells) and cells[0].text.strip() \
                and (row.source != "table" or row.table_index == header[0].table_index):
            rows.append(row)
            continue
        out += _scope_facts(header, rows)
        header, rows = None, []
    return out


def _scope_facts(header, rows: list[Row]) -> list[EvidenceValue]:
    ours = [r for r in rows if _APPLICANTS.search(squash(r.cells[0].text)) and not _GROUPS.search(squash(r.cells[0].text))]
    if header is None or len(ours) != 1:
        return []
    row, out = ours[0], []
    for column, spec in header[1].items():
        cell, named = row.cells[column], header[0].cells[column]
        quantity = sole_quantity(cell.text)
        unit = re.search(r"[（(]\s*([^（）()]{1,4})\s*[)）]\s*$", squash(named.text))
        if quantity is not None and quantity.unit is None and unit is not None:
            quantity = quantity.model_copy(update={"unit": unit.group(1)})
        normalized = in_field_unit(spec, quantity) if quantity is not None and cell.citation is not None else None
        if normalized is None:
            continue
        reasons = [f"按统计口径列示的指标表：“{row.cells[0].text.strip()}”行、“{named.text.strip()}”列",
                   *([f"表中另有{len(rows) - 1}行其他口径（如集团）"] if len(rows) > 1 else []),
                   *([OCR_REASON] if row.page.source == "ocr" else [])]
        citations = tuple(c.citation for c in (cell, row.cells[0]) if c.citation is not None)
        out.append(EvidenceValue(field_id=spec.id, label=spec.label, value=quantity.raw, unit=quantity.unit or "",
                                 normalized=normalized, scope="platform", method="ocr_figure" if row.page.source == "ocr"
                                 else "table_row", confidence=_CONFIDENCE, citations=citations, note=reasons[0],
                                 reasons=tuple(reasons)))
    return out
