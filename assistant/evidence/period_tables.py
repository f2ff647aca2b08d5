"""A platform's figures in a table of periods → the year's revenue, R&D and profit (h55).

Operators report the platform's business by period, and the year is one column or one row of it:
- periods across (「项目 | 一季度 | 二季度 | 三季度 | 四季度 | 2023年全年合计」, a 财务快报's 「项目 | 本月 | 本年累计」
  under 「本年累计期间：2023年1-12月」): the year's column, and a 「上年同期」 after it the year before's;
- periods down (「期间 | 平台营业收入 | 平台研发投入 | 平台利润总额」 over a JV's fiscal quarters and
  「2023年自然年合计（2023.1-2023.12）」): the calendar year's row — never a 财年 (April–March) row.
A 本年累计 is a year only when the table says its months are January to December (「2023年12月」,
「1-12月」); a 1-11月 累计 is no year. Rows and columns are the platform's items by their words
(`platform_items.item_of`), in the unit the page states.

Must not: add the periods up (the table's own total is read), read a fiscal year, or compare.
"""

from __future__ import annotations

import re

from assistant.core.text_keys import squash
from assistant.evidence.ledger import LedgerFigure
from assistant.evidence.money_units import document_money_units
from assistant.evidence.platform_items import AMOUNT, item_of
from assistant.evidence.rows import Row, document_rows
from extractors.model import Document

_YEAR_TOTAL = re.compile(r"^(?:(?P<y>20\d\d)\s*年(?:度)?)?(?:全年|自然年|全年度)?(?:合计|累计|总计|小计)(?:数)?$|^本年累计(?:数|金额)?$")
_PERIOD_COLUMN = re.compile(r"季度|^本月|月份?$|^[1-9一二三四]?Q[1-4]$|上半年|下半年")
_CALENDAR_ROW = re.compile(r"^(?P<y>20\d\d)\s*年(?:度)?(?:自然年|全年)?(?:合计|累计|总计)")
_FISCAL = re.compile(r"财年|财务年度|会计年度|FY", re.IGNORECASE)
_WHOLE_YEAR = re.compile(r"(?P<y>20\d\d)\s*年\s*(?:1\s*[-—–~至到]\s*12\s*月|12\s*月|度|全年)")
_PERIOD_HEAD = re.compile(r"^(?:期间|月份|年度|季度|时间|统计期间?|报告期)$")
# the year before's column of a 本年累计 (「本月数 | 本年累计 | 上年同期」): the prior year to December
_PRIOR_TOTAL = re.compile(r"^上年(?:同期)?(?:累计|同期)(?:数|金额)?$")


def period_table_figures(document: Document) -> list[LedgerFigure]:
    out: list[LedgerFigure] = []
    units = document_money_units(document)  # each page's 「单位：万元」 (or the page before's, on a 续 page)
    before: list[str] = []
    across: tuple[Row, int, int, int | None] | None = None  # (header, the year's column, its year, the prior's)
    down: tuple[Row, dict[int, str]] | None = None  # (header, column → item)
    for row in document_rows(document):
        cells = [c for c in row.cells if c.text.strip()]
        texts = [squash(c.text) for c in cells]
        if not texts:
            continue
        context = "".join(before[-4:])
        if (found := _across(texts, context)) is not None:
            across, down = (row, *found), None
            continue
        if (items := _down(texts)) is not None:
            down, across = (row, items), None
            continue
        if across is not None and _same_table(across[0], row) and len(cells) == len(across[0].cells):
            header, column, year, prior = across
            item = item_of(texts[0])
            for at, when in ((column, year), (prior, year - 1)):
                if at is not None and item in ("revenue", "rd", "profit") and AMOUNT.match(texts[at]):
                    out.append(LedgerFigure(item, when, row, cells[at], header.cells[at], units.get(row.page_number, ""),
                                            f"按期间列示的平台经营表“{texts[0]}”行“{header.cells[at].text.strip()}”列", ""))
            continue
        if down is not None and _same_table(down[0], row) and len(cells) == len(down[0].cells):
            header, items = down
            calendar = _CALENDAR_ROW.match(texts[0])
            if calendar is None or _FISCAL.search(texts[0]):
                continue
            for column, item in items.items():
                if AMOUNT.match(texts[column]):
                    out.append(LedgerFigure(item, int(calendar["y"]), row, cells[column], header.cells[column],
                                            units.get(row.page_number, ""), f"按期间列示的平台经营表“{texts[0]}”行", ""))
            continue
        across = down = None
        before.append(row.text)
    return out


def _across(texts: list[str], context: str) -> tuple[int, int, int | None] | None:
    """(the year's column, its year, the prior year's column) of a header of periods with the year among them."""
    if len(texts) < 3 or not any(_PERIOD_COLUMN.search(t) for t in texts[1:]):
        return None
    for column, text in enumerate(texts[1:], start=1):
        total = _YEAR_TOTAL.match(re.sub(r"[（(][^（）()]*[）)]", "", text))
        if total is None or _FISCAL.search(text):
            continue
        prior = next((c for c in range(column + 1, len(texts)) if _PRIOR_TOTAL.match(texts[c])), None)
        if total["y"]:
            return column, int(total["y"]), prior
        whole = _WHOLE_YEAR.search(context)  # 「2023年度分季度经营报表」, 「本年累计期间：2023年1-12月」
        if whole and not re.search(r"1\s*[-—–~至到]\s*(?:[1-9]|1[01])\s*月(?!\d)", context):
            return column, int(whole["y"]), prior
    return None


def _down(texts: list[str]) -> dict[int, str] | None:
    """column → item of a header naming the platform's items across, its periods down."""
    if len(texts) < 3 or not _PERIOD_HEAD.match(texts[0]):
        return None
    items = {column: item for column, text in enumerate(texts[1:], start=1)
             if (item := item_of(text)) in ("revenue", "rd", "profit")}
    return items if len(items) >= 2 else None


def _same_table(header: Row, row: Row) -> bool:
    return row.page_number == header.page_number and (row.source != "table" or row.table_index == header.table_index)
