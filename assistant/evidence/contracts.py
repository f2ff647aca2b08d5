"""A contract ledger (合同台账, 销售台账, 业务合同清单) → the platform's revenue of the year.

Smaller operators prove 平台相关营业收入 with their commercial paperwork: 「序号 | 合同编号 | 客户名称 |
合同名称 | 签订日期 | 合同金额(元) | 2023年确认收入(元) | 开票金额(元) | 服务期」 closed by 「合计」. The
合同金额 (含税, over several years) and the 开票金额 are not revenue; the column of revenue recognised
in a year is — its 合计 row, in the unit of that column (else of a 「单位：元」 line above).

A header is a contract list's when it names the contracts (合同编号 / 合同名称) and a column of
recognised revenue (确认收入, 收入确认金额, 确认营业收入) of one year (the column's own 2023, else the
year of the title) — or a year's plain 收入 (「2023年度收入（万元）」), read with that doubt; a ledger of another year says nothing. The figure is the platform's when the
title, a heading above or the file's name says 平台, else its scope is not said. The rows above the
合计 are summed and checked: a 合计 the rows do not reach is kept as printed, ambiguous, with both
numbers (`core.evidence.TOTAL_MISMATCH`) — the checks say the file disagrees with itself.

Must not: compare with the form (the checks do), or read contract amounts as revenue.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from assistant.catalog.notice import Catalog
from assistant.core.evidence import TOTAL_MISMATCH, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.values.numbers import convert_money, unit_from_header
from assistant.values.typed import plain_number
from extractors.model import Document

_CONTRACTS = re.compile(r"合同(?:编号|名称|号)")
# 「2023年确认收入(元)」, 「收入确认金额」; or a year's plain 「2023年度收入（万元）」 (h13), doubted: not said recognised
_RECOGNISED = re.compile(r"^(?:(?P<y>20\d\d)年(?:度)?)?(?:本年|当年|本期)?(?:确认(?:的)?(?:营业)?收入|收入确认(?:金额|额)?"
                         r"|(?<=[年度期])(?P<plain>(?:营业)?收入))(?:金额)?(?:\((?P<u>元|万元|千元|亿元)\))?$")
_TOTAL = re.compile(r"^(?:合计|总计|共计)[:：]?$")
_YEAR = re.compile(r"(20\d\d)\s*年")
_UNIT_LINE = re.compile(r"单位[:：]\s*(?:人民币)?\s*(元|万元|千元|亿元)")
_AMOUNT = re.compile(r"^-?\d[\d,]*(?:\.\d+)?$")
_CONFIDENCE = 0.85  # the applicant's own list of contracts, not an auditor's statement


class _Header:
    def __init__(self, row: Row, column: int, year: int, unit: str, platform: bool, plain: bool) -> None:
        self.row, self.column, self.year, self.unit, self.platform = row, column, year, unit, platform
        self.plain = plain  # the column says the year's 收入, not that it was recognised
        self.total = Decimal(0)
        self.rows = 0
        self.unread = 0


def read_contract_ledgers(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    rows = document_rows(document)
    name = document.path.rsplit("/", 1)[-1]
    facts: list[EvidenceFact] = []
    above: list[str] = []  # the title, heading and unit lines before the header
    header: _Header | None = None
    for row in rows:
        texts = [compact(c.text) for c in row.cells]
        if header is None:
            header = _header(row, texts, " ".join(above[-6:]), name)
            if header is None:
                above.append(" ".join(t for t in texts if t))
            continue
        if texts and texts[0] == "".join(compact(c.text) for c in header.row.cells[:1]):
            continue  # the header repeated on the next page
        cell = _cell(row, header)
        if texts and _TOTAL.match(texts[0]):
            if cell is not None and (fact := _fact(header, cell, row, catalog)) is not None:
                facts.append(fact)
            header, above = None, []
            continue
        amount = _amount(cell.text) if cell is not None else None
        if amount is not None:
            header.total += amount
            header.rows += 1
        elif cell is not None and cell.text.strip() not in ("", "-", "—", "/"):
            header.unread += 1
    return facts


def _header(row: Row, texts: list[str], above: str, name: str) -> _Header | None:
    if not any(_CONTRACTS.search(t) for t in texts):
        return None
    for index, text in enumerate(texts):
        match = _RECOGNISED.match(text)
        if match is None:
            continue
        year = int(match["y"]) if match["y"] else next((int(y) for y in _YEAR.findall(above)), None)
        unit = match["u"] or unit_from_header(text) or next(iter(_UNIT_LINE.findall(above)), None)
        if year is None or unit is None:
            return None
        column = row.cells[index].column if row.source == "table" else index
        platform = "平台" in above or "平台" in name
        return _Header(row, column if column is not None else index, year, unit, platform, bool(match["plain"]))
    return None


def _cell(row: Row, header: _Header) -> RowCell | None:
    if row.source == "table" and header.row.source == "table":
        return next((c for c in row.cells if c.column == header.column), None)
    if len(row.cells) == len(header.row.cells):  # a line of as many tokens as the header
        return row.cells[header.column]
    return None


def _amount(text: str) -> Decimal | None:
    text = compact(text)
    if not _AMOUNT.match(text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _fact(header: _Header, cell: RowCell, row: Row, catalog: Catalog) -> EvidenceFact | None:
    printed = _amount(cell.text)
    if printed is None or cell.citation is None or header.year != 2023:
        return None
    spec = catalog.field("revenue")
    column = compact(header.row.cells[header.column].text) if header.row.source != "table" else next(
        (compact(c.text) for c in header.row.cells if c.column == header.column), "")
    reasons = [f"合同台账“{column}”列的合计行", f"{header.year}年确认收入（不含税口径以台账说明为准）"]
    status, note, confidence = "found", "", _CONFIDENCE
    if header.unread == 0 and header.rows and header.total == printed:
        reasons.append(f"与 {header.rows} 份合同各行之和一致")
    else:
        status, confidence = "ambiguous", 0.6
        note = (f"{TOTAL_MISMATCH}：合计行印 {cell.text.strip()}，{header.rows} 行之和为 {header.total:,}"
                if header.unread == 0 and header.rows else "未能以各行之和核对合计")
        reasons.append(f"存疑：{note}")
    if not header.platform:
        reasons.append("存疑：台账未写明为平台业务合同")
    if header.plain:
        reasons.append(f"存疑：列名“{column}”未写明为确认收入（含税与否未说明）")
        confidence = min(confidence, 0.75)
    wan = convert_money(printed, header.unit, "万元")
    return EvidenceFact(field_id=spec.id, label=spec.label, value=cell.text.strip(), unit=header.unit,
                        normalized=plain_number(wan), scope="platform" if header.platform else "unknown",
                        period=f"{header.year}年度", year=header.year, confidence=confidence,
                        reasons=tuple(reasons), status=status, note=note,
                        method="ocr_figure" if row.page.source == "ocr" else "table_row", citations=(cell.citation,))
