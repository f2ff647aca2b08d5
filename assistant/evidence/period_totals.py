"""Statistics by period (a back office's 订单统计 exported month by month, printed or as a sheet) →
the yearly totals the notice asks for.

平台订单数量 is 「近一年总量」, which 填报指引 3.1.1 lets an applicant give as the 2023 natural year or
as the year before the form's date. A back office prints that as a table keyed by month —
「统计月份 | 订单数 | 交易额(元) | 已完成订单」, 2023-01 … 2024-06 — closed by total lines that
name their period: 「2023年合计」, 「近12个月合计(2023-07~2024-06)」, 「全年合计」. Each total line
gives one fact whose `period` is the reading it is (「2023年自然年」 or 「截至填表日前一年」), checked
against the sum of the months it covers: equal → sure; different → the printed total, doubted.
A plain 合计 under exactly the twelve months of one year is that year's. The table is found by
its header — a period key column (月份/年月/统计期间) and a column the notice's word names
(订单数) — wherever it sits; a CSV printed as text is split at its commas.

A platform's revenue kept the same way — 「…平台2023年收入统计表」, 单位：元, months down the side, a
小计/合计 column and a 合计 row — gives that year's 平台相关营业收入 (`monthly_revenue`): the 合计 row's
total column when the months are the twelve of one year, checked against their sum. A management
report — 「…平台 2023年度月度收入管理报表」, months as 「1月」 (the year in the title), 「本月平台收入 |
本年累计 | 上年同期累计」 — gives the year's (checked also against December's 本年累计) and, from its
上年同期累计, the year before's.

Must not: read a total of another period (2022年合计, 上半年) as one of the two, or compare with the
form (the checks do).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OTHER_PERIOD, EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.ledger import LedgerFigure
from assistant.evidence.lists.cells import cite_row
from assistant.evidence.platform_sentences import latest_year
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.values.numbers import unit_from_header
from assistant.values.typed import plain_number
from extractors.model import Document

_KEY = re.compile(r"^(?:统计)?(?:月份|年月|月度|日期|期间|周期|时间|年份|年度|月)$")
_ORDERS = re.compile(r"^(?:平台)?(?:订单|下单|成交订单)(?:数|数量|量|总数|总量|笔数)?(?:[（(](?:个|单|笔)[)）])?$")
# 2023-01, 2023年1月, 202301, and a sheet's date of the month's first day (2023-01-01, 2023/1/1)
_MONTH = re.compile(r"^(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*(?:月|[-/.]0?1)?$|^(20\d\d)(\d{2})$")


def month_of(text: str) -> tuple[int, int] | None:
    """(year, month) of a period key: 「2023-01」, 「2023年1月」, 「202301」, a sheet's 「2023-01-01」."""
    found = _MONTH.match(text)
    if found is None:
        return None
    return (int(found[1]), int(found[2])) if found[1] else (int(found[3]), int(found[4]))
_TOTAL = re.compile(r"合计|总计|共计|汇总|小计")
_YEAR_TOTAL = re.compile(r"^(?:(20\d\d)\s*年(?:度|自然年|全年)?|全年)(?:全年)?(?:合计|总计|汇总|共计)")
_LAST_YEAR = re.compile(r"近\s*(?:12|十二)\s*个?月|近一年|最近一年|滚动12个月|截至.{0,12}前一年")
_RANGE = re.compile(r"(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*月?\s*[~～至到—–-]+\s*(20\d\d)\s*[-/.年]\s*(\d{1,2})")
NATURAL_YEAR = "自然年"
YEAR_BEFORE = "截至填表日前一年"


@dataclass
class _Table:
    key_slot: int
    column: int  # the orders column's position
    months: dict[tuple[int, int], Decimal]


def read_period_totals(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    if not any(f.id == "orders_last_year" for f in catalog.fields):
        return []
    spec = catalog.field("orders_last_year")
    natural = latest_year(catalog)  # 「2023年自然年」: the one natural year the guidance names
    deadline = (int(catalog.notice.deadline[:4]), int(catalog.notice.deadline[5:7]))
    facts: list[EvidenceFact] = []
    table: _Table | None = None
    for row in document_rows(document):
        cells = _cells(row)
        if not cells:
            continue
        header = _header(cells)
        if header is not None:  # a header repeated on the next page continues the table
            months = table.months if table is not None and table.column == header[1] else {}
            table = _Table(header[0], header[1], months)
            continue
        if table is None or len(cells) <= table.column:
            continue
        label = squash(cells[table.key_slot])
        value = _amount(cells[table.column], whole=True)
        if (month := month_of(label)) is not None and value is not None:
            table.months[month] = value
        elif _TOTAL.search(label) and value is not None:
            fact = _total_fact(spec, table, label, value, row, cells[table.column])
            if fact is None and re.fullmatch(r"(?:总计|合计|汇总|共计)[:：]?", label):
                fact = _window_fact(spec, table, value, row, cells[table.column], deadline)
            if fact is not None and (fact.period in (YEAR_BEFORE, f"{natural}年{NATURAL_YEAR}")
                                     or OTHER_PERIOD in fact.reasons):
                facts.append(fact)
        elif not re.search(r"\d", label) or len(cells) < 2:
            continue  # a note under the table (「# 口径：…」), a footer
        else:
            table = None
    return facts


_REVENUE_TITLE = re.compile(r"收入.{0,8}(?:统计|明细|汇总|报表|台账)")
_TOTAL_COLUMN = re.compile(r"^(?:小计|合计|总计|收入合计|合计收入|月度合计|本月合计)(?:[（(]元[)）])?$")
# a management report's columns: the month's revenue, the year to date, the year before's to date
_PER_MONTH = re.compile(r"^(?:本月|当月)?(?:平台)?(?:营业|业务)?收入(?:金额|额)?(?:[（(]元[)）])?$|^本月(?:数|金额|发生额)$")
_TO_DATE = re.compile(r"^本年累计(?:数|金额|收入|发生额)?")
_PRIOR_TO_DATE = re.compile(r"^上年同期(?:累计)?(?:数|金额|收入|发生额)?")
_BARE_MONTH = re.compile(r"^(\d{1,2})\s*月份?$")


@dataclass
class _RevenueColumns:
    year: int  # the column of the year's figure: a 小计 of each month, or the month's revenue
    to_date: int | None
    prior: int | None
    width: int
    cells: list[RowCell]


def _revenue_columns(cells: list[RowCell], texts: list[str], before: list[str]) -> _RevenueColumns | None:
    """The header of a platform's revenue by month, under a title that says so: 「月份 | … | 小计」 or
    a management report's 「月份 | 本月平台收入 | 本年累计 | 上年同期累计」."""
    title = "".join(before)
    if not (_KEY.match(texts[0]) and _REVENUE_TITLE.search(title)):
        return None
    totals = [i for i, t in enumerate(texts) if _TOTAL_COLUMN.match(t)]
    monthly = [i for i, t in enumerate(texts) if _PER_MONTH.match(t)]
    column = totals[-1] if totals else monthly[0] if len(monthly) == 1 else None
    if column is None or "平台" not in title + texts[column]:
        return None
    to_date = next((i for i, t in enumerate(texts) if _TO_DATE.match(t)), None)
    prior = next((i for i, t in enumerate(texts) if _PRIOR_TO_DATE.match(t)), None)
    return _RevenueColumns(column, to_date, prior, len(texts), cells)


def _month(text: str, title_years: set[int]) -> tuple[int, int] | None:
    """A month key; 「1月」 alone is of the one year the title names (「2023年度月度收入管理报表」)."""
    if (found := month_of(text)) is not None:
        return found
    bare = _BARE_MONTH.match(text)
    if bare and len(title_years) == 1 and 1 <= int(bare[1]) <= 12:
        return next(iter(title_years)), int(bare[1])
    return None


def monthly_revenue(document: Document) -> list[LedgerFigure]:
    """The platform's revenue of one year from its monthly statistics (see the module doc): the
    合计 row's year column when the months are the twelve of one year, checked against their sum
    and against December's 本年累计; the 上年同期累计 of the same row is the year before's."""
    out: list[LedgerFigure] = []
    before: list[str] = []  # the lines above the header: the title and the 单位 line
    header: _RevenueColumns | None = None
    title_years: set[int] = set()  # the years the title names, once the header is found
    months: dict[tuple[int, int], list[str]] = {}
    for row in document_rows(document):
        cells = [c for c in row.cells if c.text.strip()]
        texts = [squash(c.text) for c in cells]
        if not texts:
            continue
        if header is None:
            header = _revenue_columns(cells, texts, before)
            if header is None:
                before.append(row.text)
            else:
                title_years = {int(y) for y in re.findall(r"(20\d\d)\s*年", "".join(before))}
            continue
        if len(texts) != header.width:
            continue
        if (month := _month(texts[0], title_years)) is not None and _amount(texts[header.year]) is not None:
            months[month] = texts
            continue
        amount = _amount(texts[header.year])
        if amount is None or not _TOTAL.search(texts[0]):
            continue
        found = _period(texts[0], {m: Decimal(0) for m in months})
        unit = next((u for line in before if "单位" in line and (u := unit_from_header(line))
                     in ("元", "万元", "千元", "亿元")), None)
        if found is None or unit is None or YEAR_BEFORE == found[0]:
            continue
        period, covered = found
        label = "".join(before[-3:])[:40]
        summed = sum((_amount(months[m][header.year]) or Decimal(0) for m in covered if m in months), Decimal(0))
        december = months.get(covered[-1])
        doubts = [] if all(m in months for m in covered) and summed == amount else \
            [f"各月{header.cells[header.year].text.strip()}之和 {summed:,.2f} 与合计 {amount:,.2f} 不一致或月份不全"]
        if header.to_date is not None and december is not None and _amount(december[header.to_date]) != amount:
            doubts.append(f"12月的{header.cells[header.to_date].text.strip()}与合计 {amount:,.2f} 不一致")
        column = header.cells[header.year] if _TOTAL_COLUMN.match(squash(header.cells[header.year].text)) else None
        out.append(LedgerFigure("revenue", int(period[:4]), row, cells[header.year], column, unit, label,
                                "；".join(doubts)))
        prior = _amount(texts[header.prior]) if header.prior is not None else None
        if prior is not None:
            doubt = "" if december is None or _amount(december[header.prior]) == prior else \
                f"12月的{header.cells[header.prior].text.strip()}与合计 {prior:,.2f} 不一致"
            out.append(LedgerFigure("revenue", int(period[:4]) - 1, row, cells[header.prior], header.cells[header.prior],
                                    unit, label, doubt))
    return out


def _amount(text: str, whole: bool = False) -> Decimal | None:
    """A number as printed (「1,301,533.46」); with `whole`, only a count (「14531」)."""
    t = squash(text).replace(",", "")
    return Decimal(t) if re.fullmatch(r"\d+" if whole else r"\d+(?:\.\d+)?", t) else None


def _cells(row: Row) -> list[str]:
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    if row.source == "line" and len(texts) <= 2 and "," in row.text and re.search(r"[\u4e00-\u9fff\d],", row.text):
        parsed = next(csv.reader([row.text.strip()]), [])  # a CSV printed as text: 「2023-01,14531,…」
        if len(parsed) >= 2:
            return [p.strip() for p in parsed]
    return texts


def _header(cells: list[str]) -> tuple[int, int] | None:
    if not _KEY.match(squash(cells[0])):
        return None
    columns = [i for i, text in enumerate(cells[1:], start=1) if _ORDERS.match(squash(text))]
    return (0, columns[0]) if len(columns) == 1 else None



def _period(label: str, months: dict[tuple[int, int], Decimal]) -> tuple[str, list[tuple[int, int]]] | None:
    """The reading a total line names and the months it covers; None for any other period."""
    if (year := _YEAR_TOTAL.match(label)) is not None:
        if year.group(1) is None:  # 「全年合计」: the one year the table covers
            years = {y for y, _m in months}
            if len(years) != 1:
                return None
            wanted = years.pop()
        else:
            wanted = int(year.group(1))
        return f"{wanted}年{NATURAL_YEAR}", [(wanted, m) for m in range(1, 13)]
    if _LAST_YEAR.search(label):
        if (span := _RANGE.search(label)) is not None:
            start = (int(span.group(1)), int(span.group(2)))
        elif months:
            end = max(months)
            start = (end[0] - 1, end[1] + 1) if end[1] < 12 else (end[0], 1)
        else:
            return YEAR_BEFORE, []
        covered, (y, m) = [], start
        for _ in range(12):
            covered.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return YEAR_BEFORE, covered
    if re.fullmatch(r"(?:总计|合计|汇总|共计)[:：]?", label):
        years = {y for y, _m in months}
        if len(months) == 12 and len(years) == 1:  # a plain 合计 under the twelve months of one year
            wanted = years.pop()
            return f"{wanted}年{NATURAL_YEAR}", [(wanted, m) for m in range(1, 13)]
    return None


def _window_fact(spec, table: _Table, value: Decimal, row: Row, shown: str,
                 deadline: tuple[int, int]) -> EvidenceFact | None:
    """A plain 合计 under twelve consecutive months across two years (2022-07 … 2023-06): the year
    before the form's date when the months end in the deadline's year, before its month (the form
    is filled then); else a year of neither reading — the fact says so (`OTHER_PERIOD`), and the
    checks do not take it as a proof of the answer."""
    months = sorted(table.months)
    if len(months) != 12 or len({y for y, _m in months}) != 2:
        return None
    first, last = months[0], months[-1]
    if (last[0] - first[0]) * 12 + last[1] - first[1] != 11:
        return None
    summed = sum(table.months.values(), Decimal(0))
    window = f"{first[0]}年{first[1]}月至{last[0]}年{last[1]}月"
    year_before = last[0] == deadline[0] and last[1] <= deadline[1]
    reasons = [f"按月统计表的合计行，为{window}共12个月", *(() if year_before else (OTHER_PERIOD,))]
    doubts = [] if summed == value else [f"12个月之和为 {plain_number(summed)}，与合计 {plain_number(value)} 不一致"]
    citation = cite_row(row)
    return EvidenceFact(field_id=spec.id, label=spec.label, value=shown.strip(), unit=spec.unit or "",
                        normalized=plain_number(value), dimension="total", confidence=0.6 if doubts else 0.9,
                        reasons=(*reasons, *(f"存疑：{d}" for d in doubts)), status="found",
                        citations=(citation,) if citation is not None else (), note=reasons[0],
                        scope="platform", period=YEAR_BEFORE if year_before else window, method="table_row")


def _total_fact(spec, table: _Table, label: str, value: Decimal, row: Row, shown: str) -> EvidenceFact | None:
    found = _period(label, table.months)
    if found is None:
        return None
    period, covered = found
    reasons = [f"按月统计表的“{label}”行，“订单数”列"]
    doubts = []
    if covered and all(m in table.months for m in covered):
        summed = sum((table.months[m] for m in covered), Decimal(0))
        if summed == value:
            reasons.append(f"与所列 {len(covered)} 个月之和一致")
            confidence = 0.95
        else:
            doubts.append(f"所列 {len(covered)} 个月之和为 {plain_number(summed)}，与合计 {plain_number(value)} 不一致")
            confidence = 0.6
    else:
        doubts.append("表中未列全该期间各月数据，未能以各月之和核对")
        confidence = 0.75
    citation = cite_row(row)
    return EvidenceFact(field_id=spec.id, label=spec.label, value=shown.strip(), unit=spec.unit or "",
                        normalized=plain_number(value), dimension="total", confidence=confidence,
                        reasons=(*reasons, *(f"存疑：{d}" for d in doubts)), status="found",
                        citations=(citation,) if citation is not None else (), note="；".join(reasons),
                        scope="platform", period=period, method="table_row")
