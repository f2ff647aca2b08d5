"""Totals rows: recognising a 合计/共计/总计 label (a 小计 is none) and reading the row's numbers
column by column — by table column in a ruled table; in a text line by the labels' meaning
(「合计：接入数量 21,304，其中：公有云 9,870」) or, for plain numbers (「合计 21,304 9,870
6,112」), right-aligned under the numeric columns when their count fits.

Must not: compare a total with the rows it sums up (the fact builders do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.evidence.lists.cells import Cell, count_in, sub_citation
from assistant.evidence.lists.headers import Header, measure_of
from assistant.evidence.rows import Row

TOTAL_LABEL = re.compile(r"^(?P<kind>(?:(?!清单|列表|目录|明细|统计)[\u3400-\u9fffA-Za-z/]){0,12}?)"
                         r"(?:合计|总计|共计|总数|以上共|共(?=\s*\d))")
SUBTOTAL = re.compile(r"^[^\d]{0,12}小计")


@dataclass
class TotalRow:
    row: Row
    kind: str | None  # the kind its label names ("专利合计")
    values: dict[int, tuple[Decimal, Cell]]  # slot → (number, the cell it was read from)


def total_values(header: Header, row: Row, cells: list[Cell]) -> dict[int, tuple[Decimal, Cell]]:
    """The numbers of a 合计 row by header slot. A table row: by column. A text line: a labelled
    line (「合计：接入数量 21,304，其中：公有云 9,870」) by the labels' meaning; plain numbers
    (「合计 21,304 9,870 6,112」) right-aligned under the numeric columns when their count fits."""
    out: dict[int, tuple[Decimal, Cell]] = {}
    measures = header.slots("measure")
    if row.source == "table" and all(c.column is not None for c in header.columns):
        by_column = {c.column: c for c in cells if c.column is not None}
        for column in header.columns:
            cell = by_column.get(column.column)
            if cell is not None and column.slot > 0 and (value := count_in(cell.text)) is not None:
                out[column.slot] = (value, cell)
        if out or not measures:
            return out
    if row.source == "line" and len(cells) == len(header.columns) > 1 \
            and all(re.fullmatch(r"[\d,，.]+", c.text.strip()) for c in cells[1:]):
        # a scan's 合计 row of one OCR box per cell (「合计」「46,820」「18,460」「12,935」, h74): its own line
        # of page text each, so no one citation holds the row; a box a column, as its rows are lined up
        out = {column.slot: (value, cell) for column, cell in zip(header.columns[1:], cells[1:], strict=True)
               if (value := count_in(cell.text)) is not None}
        if out:
            return out
    citation = row.citation
    if citation is None:
        return out
    text = citation.quote
    label = re.match(r"^\s*[^\d:：]{0,12}?(?:合计|总计|共计|总数|以上共|共)\s*[:：]?", text)
    start = label.end() if label else 0
    numbers = []
    for match in re.finditer(r"(?P<label>[^\d,，;；。、]*?)\s*[:：]?\s*(?P<num>\d[\d,]*(?:\.\d+)?)", text[start:]):
        at = start + match.start("num")
        end = start + match.end("num")
        cell = Cell(match.group("num"), sub_citation(citation, at, end), None)
        value = count_in(match.group("num"))
        if value is not None:
            numbers.append((match.group("label").strip(" ，,；;：:其中"), value, cell))
    if not numbers:
        return out
    labelled = [(measure_of(name), value, cell) for name, value, cell in numbers if name]
    if labelled and all(m is not None for m, _v, _c in labelled):
        for measure, value, cell in labelled:
            slots = [c for c in measures if c.measure == measure]
            if len(slots) == 1:
                out[slots[0].slot] = (value, cell)
        return out
    # The numeric columns are those right of the last text column (the first column is text).
    texts = [c.slot for c in header.columns if c.slot == 0 or c.role not in ("measure", "other")]
    numeric = [c for c in header.columns if c.slot > max(texts)]
    if len(numbers) == len(numeric):
        out = {c.slot: (value, cell) for c, (_n, value, cell) in zip(numeric, numbers, strict=True)}
    elif len(numbers) == 1 and len(measures) == 1:
        out = {measures[0].slot: numbers[0][1:]}
    return out
