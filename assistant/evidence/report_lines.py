"""A listed group's 年度报告 → the platform's own line of it (h60).

A group whose platform is one of its businesses proves the platform's figures with its annual report,
printed to the CSRC's template:
- 「营业收入构成」, by 行业, 产品 and 地区: the row whose label names the platform (「工业互联网平台及解决方案
  （船视宝）」) gives its revenue in each year column (「2023年金额」, 「2022年金额」);
- 「分部信息」: the column whose head names the platform gives its 营业收入（本期/上期） and 利润总额（本期）;
- 「主要控股参股公司」: the row of a subsidiary whose 主要业务 names the platform (「工程机械工业互联网平台建设与
  运营」) gives its 营业收入, named as that subsidiary's (h60).
These are the group's own statement of the platform's part of its business, not the applicant's
statements: each figure is the platform's (scope), doubted (below CONFIDENT) and named as the group's
(编制单位 of the report's running head), and bounds the declared figure (`GROUP_LINE`): a line that may
hold more than the platform is exceeded, never merely differed from. A row of 合计, a share (占营业收入比重) or a change (同比增减) is never a figure.

Must not: read the group's own statements (`financial`) or take a line that does not name the platform.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import ANNUAL_PROFIT_COMPONENT, PROFIT_COMPONENT
from assistant.core.evidence import GROUP_LINE, PREPARED_BY, EvidenceValue
from assistant.evidence.financial import PREPARER
from assistant.evidence.money_units import document_money_units
from assistant.evidence.platform_sentences import latest_year, report_year
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.values.numbers import convert_money, parse_quantity
from extractors.model import Document

_COMPOSITION = re.compile(r"占营业收入比|占营业收入的比|营业收入比重")
_YEAR_AMOUNT = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?\s*(?:金额|营业收入)?$")
_PLATFORM = re.compile(r"平台")
_TOTAL = re.compile(r"合计|总计|抵销|小计")
# 「营业收入（本期）」, 「利润总额（上期）」: a segment table's row and its period
_SEGMENT_ROW = re.compile(r"^(?P<item>营业收入|营业总收入|利润总额)\s*[（(]\s*(?P<when>本期|上期|本年|上年)\s*[)）]")
_AMOUNT = re.compile(r"^-?[\d,]+(?:\.\d+)?$")
_DOUBT = GROUP_LINE + "{where}，为集团对其业务的划分（可能含平台以外的业务），不是申报单位的财务报表"


def read_report_lines(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    units = document_money_units(document)
    reported = report_year(document) or latest_year(catalog)
    values: list[EvidenceValue] = []
    header: tuple[Row, dict[int, int]] | None = None  # the composition table's head: column → year
    segment: tuple[Row, int] | None = None  # the segment table's head and the platform's column
    holdings: tuple[Row, int, int, int] | None = None  # 主要控股参股公司: head, 公司名称, 主要业务 and 营业收入 columns
    for row in document_rows(document):
        if row.source != "table":
            continue
        texts = [re.sub(r"\s+", "", c.text) for c in row.cells]
        if header is not None and header[0].table_index != row.table_index:
            header = None
        if segment is not None and segment[0].table_index != row.table_index:
            segment = None
        if holdings is not None and holdings[0].table_index != row.table_index:
            holdings = None
        if (head := _holdings_head(row, texts)) is not None:
            holdings = head
            continue
        if any(_COMPOSITION.search(t) for t in texts):
            years = {c.column: int(m.group(1)) for c, t in zip(row.cells, texts, strict=True)
                     if c.column is not None and (m := _YEAR_AMOUNT.search(t))}
            header = (row, years) if years else None
            continue
        platform_columns = [c.column for c, t in zip(row.cells, texts, strict=True)
                            if c.column and _PLATFORM.search(t) and not _TOTAL.search(t)]
        if texts and texts[0] in ("项目", "") and len(platform_columns) == 1 and len(row.cells) >= 3:
            segment = (row, platform_columns[0])
            continue
        unit = units.get(row.page.number)
        if unit is None:
            continue
        label = row.cells[0]
        if holdings is not None:
            cells = {c.column: c for c in row.cells}
            name, business, revenue = (cells.get(i) for i in holdings[1:])
            if name and business and revenue and reported is not None and _AMOUNT.match(revenue.text.strip()) \
                    and _PLATFORM.search(re.sub(r"\s+", "", business.text)):  # 「…工业互联网平\n台建设与运营」
                values += _figures(catalog, row, name, revenue, unit, reported, "revenue", reported, "主要控股参股公司",
                                   company=re.sub(r"\s+", "", name.text))
            continue
        if header is not None and _PLATFORM.search(texts[0]) and not _TOTAL.search(texts[0]):
            for cell in row.cells[1:]:
                year = header[1].get(cell.column)
                if year is not None and _AMOUNT.match(cell.text.strip()):
                    values += _figures(catalog, row, label, cell, unit, year, "revenue", reported, "营业收入构成")
        elif segment is not None and (found := _SEGMENT_ROW.match(texts[0])):
            cell = next((c for c in row.cells if c.column == segment[1]), None)
            if cell is not None and _AMOUNT.match(cell.text.strip()) and reported is not None:
                year = reported if found["when"] in ("本期", "本年") else reported - 1
                item = "profit" if found["item"] == "利润总额" else "revenue"
                values += _figures(catalog, row, label, cell, unit, year, item, reported, "分部信息",
                                   head=next((c for c in segment[0].cells if c.column == segment[1]), None))
    return values


def _holdings_head(row: Row, texts: list[str]) -> tuple[Row, int, int, int] | None:
    """The head of a 主要控股参股公司 table: (row, 公司名称, 主要业务 and 营业收入 columns), else None."""
    def column(pattern: str) -> int | None:
        return next((c.column for c, t in zip(row.cells, texts, strict=True) if c.column is not None and re.fullmatch(pattern, t)), None)
    name, business, revenue = column(r"(?:子)?公司名称"), column(r"主要业务|主营业务|业务性质"), column(r"营业收入")
    return None if None in (name, business, revenue) else (row, name, business, revenue)


def _figures(catalog: Catalog, row: Row, label: RowCell, cell: RowCell, unit: str, year: int, item: str,
             reported: int | None, where: str, head: RowCell | None = None, company: str = "") -> list[EvidenceValue]:
    quantity = parse_quantity(cell.text, whole=True)
    if quantity is None:
        return []
    wan = float(round(convert_money(quantity.value, unit, "万元"), 6))
    current = year == reported
    if item == "revenue":
        targets = [("revenue", "")] if current else []
        if any(f.id == f"platform_revenue_{year}" for f in catalog.fields):
            targets.append((f"platform_revenue_{year}", catalog.field(f"platform_revenue_{year}").label))
    else:
        targets = [("profit_margin", PROFIT_COMPONENT), ("roi", ANNUAL_PROFIT_COMPONENT)] if current else []
    group = PREPARER.search(row.page.text)
    whose = company or (group["name"] or group["head"] if group else "")  # a subsidiary's row: that company's figure
    reasons = (_DOUBT.format(where=where), *((f"{PREPARED_BY}{whose}",) if whose else ()))
    citations = tuple(c for c in (row.span_citation(label.citation, cell.citation), head and head.citation) if c)
    return [EvidenceValue(field_id=field_id, label=catalog.field(field_id).label, component=component,
                          value=cell.text.strip(), unit=unit, normalized=wan, scope="platform", period=f"{year}年",
                          year=year, confidence=0.7, reasons=reasons, method="table_row", citations=citations,
                          note=f"集团年度报告“{where}”中平台所在行/列" if not company
                          else f"集团年度报告“{where}”中主要业务为平台的子公司（{company}）的营业收入")
            for field_id, component in targets]
