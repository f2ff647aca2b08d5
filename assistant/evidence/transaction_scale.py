"""A platform's transaction scale by year → the inputs of 平台交易规模年增长率.

The 填报指引 asks for 平台交易规模年增长率 as 「最近一年增长率」 but not for the scale itself, so an
applicant proves the rate with a statement of its 交易额 year by year:

    年度   | 平台交易额（万元） | 平台订单数（个） | 同比增长
    2021年 | 152,360.00         | 140655           | —
    2022年 | 176,845.20         | 163259           | 16.1%
    2023年 | 201,932.60         | 186420           | 14.2%

A table whose key column is the year (年度 / 年份) and one column of which names the scale
(交易额, 交易规模, 成交额, 订单额, GMV) with a money unit (its header's, a 单位 line's above it) gives each
year's scale as an input of the rate (component 「2023年平台交易规模（万元）」); the checks
recompute the rate from the two latest years. So does a KPI sheet turned the other way, years
across and the scale one row down the side (「指标 | 2023Q1 … | 2023全年 | 2022全年 | 同比」 over
「FY2023 订单额/万元 | … | 9745.17 | 8412.6 | 15.84%」, h15): each year's column, and the row's 同比 cell
next to those two years is the rate itself as the sheet states it. The applicant's own table: read
without doubt of its reading, short of an auditor's word (`_CONFIDENCE`).

Must not: read a year-keyed table's 同比增长 column as the rate (each row's is another year's; the stated
rates read sentences), read a year's orders or revenue as its scale, or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import transaction_scale_component
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import RowCell, document_rows, unit_above
from assistant.values.numbers import sole_quantity, to_wan, unit_from_header
from extractors.model import Document

_KEY = re.compile(r"^(?:统计)?(?:年度|年份|年|期间)$")
_SCALE_WORDS = r"(?:平台)?(?:交易额|交易规模|交易总额|成交额|成交总额|GMV|交易金额|订单额|订单金额|订单总额)"
_SCALE = re.compile(rf"^{_SCALE_WORDS}(?:[（(][^()（）]{{1,8}}[)）])?$", re.IGNORECASE)
# a KPI sheet's row of the scale (「FY2023 订单额/万元」) and its columns of whole years (「2023全年」, 「FY2022」)
_SCALE_ROW = re.compile(rf"^(?:FY\d{{4}}|\d{{4}}年?度?)?{_SCALE_WORDS}(?:[（(/](?P<unit>千元|万元|亿元|元)[)）]?)?$", re.IGNORECASE)
_YEAR_COLUMN = re.compile(r"^(?:FY)?(20\d\d)\s*(?:年|年度|全年|年全年)?$", re.IGNORECASE)
_CHANGE_COLUMN = re.compile(r"^(?:同比|同比增长|同比增长率|增长率|增幅|YoY)(?:[（(]%[)）])?$", re.IGNORECASE)
_YEAR = re.compile(r"^(20\d\d)\s*(?:年度?)?$")
_MONEY = ("元", "万元", "亿元", "千元")
_CONFIDENCE = 0.85


def read_transaction_scale(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    if not any(f.id == "transaction_growth" for f in catalog.fields):
        return []
    spec = catalog.field("transaction_growth")
    facts: list[EvidenceFact] = []
    header: tuple[int, str, int] | None = None  # the scale column, its unit, the header's cell count
    recent: list[str] = []
    across: tuple[dict[int, int], int | None, int] | None = None  # a KPI sheet's year columns, its 同比, its width
    for row in document_rows(document):
        cells = [c for c in row.cells if c.text.strip()]
        texts = [compact(c.text) for c in cells]
        if not texts:
            continue
        years = {i: int(y[1]) for i, t in enumerate(texts[1:], 1) if (y := _YEAR_COLUMN.match(t))}
        if len(years) >= 2:
            change = next((i for i, t in enumerate(texts) if _CHANGE_COLUMN.match(t)), None)
            across = (years, change, len(texts))
            continue
        if across is not None and (scale := _SCALE_ROW.match(texts[0])) and len(texts) == across[2]:
            facts += _across(spec, catalog, cells, across, scale["unit"] or unit_above(recent), row.page.source == "ocr")
        if _KEY.match(texts[0]):
            column = next((i for i, t in enumerate(texts) if _SCALE.match(t)), None)
            unit = unit_from_header(texts[column]) if column is not None else None
            unit = unit or unit_above(recent)
            header = (column, unit, len(texts)) if column is not None and unit in _MONEY else None
            continue
        recent = [*recent[-3:], "".join(texts)]
        if header is None:
            continue
        column, unit, width = header
        year = _YEAR.match(texts[0])
        if year is None or len(texts) != width:
            header = None if year is None and facts else header
            continue
        fact = _fact(spec, int(year[1]), cells[column], unit, row.page.source == "ocr")
        if fact is not None:
            facts.append(fact)
    return facts


def _fact(spec, year: int, cell: RowCell, unit: str, ocr: bool) -> EvidenceFact | None:
    quantity = sole_quantity(cell.text)
    if quantity is None or cell.citation is None:
        return None
    wan = to_wan(quantity, default_unit=unit)
    if wan is None or wan < 0:
        return None
    reasons = [f"按年度列示的平台交易额表：{year}年", "交易规模为增长率的计算要素（填报指引：最近一年增长率）"]
    if ocr:
        reasons.append(OCR_REASON)
    return EvidenceFact(field_id=spec.id, label=spec.label, component=transaction_scale_component(year),
                        value=cell.text.strip(), unit=quantity.unit or unit, normalized=float(round(wan, 2)),
                        scope="platform", period=f"{year}年", year=year, dimension="total",
                        confidence=_CONFIDENCE, reasons=tuple(reasons), method="table_row",
                        citations=(cell.citation,), note=f"{year}年交易额 {cell.text.strip()}")


def _across(spec, catalog: Catalog, cells: list[RowCell], across, unit: str | None, ocr: bool) -> list[EvidenceFact]:
    """The scale row of a KPI sheet with years across: each whole year's figure, and the 同比 cell when it
    stands by the two latest years (the rate the sheet states for them)."""
    years, change, _width = across
    if unit not in _MONEY:
        return []
    facts = [f for i, year in years.items() if (f := _fact(spec, year, cells[i], unit, ocr)) is not None]
    latest = sorted(years.values())[-2:]
    stated = sole_quantity(cells[change].text) if change is not None and cells[change].citation is not None else None
    if stated is None or stated.unit != "%" or latest[1] - latest[0] != 1 or len(facts) < 2:
        return facts
    reasons = [f"运营指标表{latest[1]}年与{latest[0]}年交易额之间所列“{compact(cells[0].text)}”同比", *([OCR_REASON] if ocr else [])]
    return [*facts, EvidenceFact(field_id=spec.id, label=spec.label, value=cells[change].text.strip(), unit="%",
                                 normalized=float(stated.value), scope="platform", period=f"{latest[1]}年", year=latest[1],
                                 confidence=_CONFIDENCE, reasons=tuple(reasons), method="table_row",
                                 citations=(cells[change].citation,), note=f"{latest[1]}年交易额同比 {cells[change].text.strip()}")]
