"""A bar chart drawn as a picture → the table it was drawn from, as rows the table readers read.

Applicants prove a platform's revenue by year, or its users by month, with a chart exported from a
spreadsheet or a BI tool: a title (「平台营收与研发投入（2021—2023）」), a 单位 line, the periods along
the bottom (2021 2022 2023, 1月…12月, 2023Q3…), a number printed on every bar, a legend naming the
series. OCR gives the boxes; geometry gives the table:
- the category axis is the lowest line holding two or more period labels, each a column whose
  edges lie halfway to its neighbours;
- a number above the axis inside a column is that column's value; a number outside all columns
  is a tick of the value axis (left or right) and says nothing;
- a column holding several numbers holds one per series, side by side: they are read left to
  right as the legend's entries are (a grouped bar chart), and only when every column holds at
  most as many numbers as the legend has entries and none overlap horizontally (a stacked or a
  line chart with crossing series is not guessed at); percentages form a series of their own,
  named by the legend entry that says so (同比, 增长率, 增速);
- a chart of one series may have no legend: the title names it.
The rows come out as a table would: the title, the 单位 line, a header of the periods, and a row
per series (its legend entry, then one cell per period, empty where no number was printed).

Must not: read a chart whose columns or series are in doubt, or interpolate from the bars'
heights (only printed numbers are evidence).
"""

from __future__ import annotations

import re

from assistant.evidence.rows import Row, RowCell, cite_in_block, visual_lines
from assistant.values.numbers import sole_quantity
from extractors.model import Block, Document, Page

_PERIOD = re.compile(r"^(?:20\d\d\s*年?度?|20\d\d[-./]\d{1,2}|\d{1,2}\s*月|(?:20\d\d\s*)?[Qq][1-4]|"
                     r"(?:20\d\d\s*年)?[一二三四]季度|(?:20\d\d\s*年)?[上下]半年)$")
_UNIT_LINE = re.compile(r"单位\s*[:：]")
_GROWTH_NAME = re.compile(r"同比|环比|增长|增速|增幅|率")
_NOT_LEGEND = re.compile(r"单位|来源|注[:：]|说明|[:：]|\d{2,}")
_TABLE_INDEX = 10_000  # chart tables are numbered after every real table of the document


def chart_rows(document: Document, drawn: bool = False) -> list[Row]:
    """The rows of every bar chart on the document's pictures: an OCR'd page, or the OCR'd
    picture on a text page (its boxes, not the page's text); with `drawn`, also a chart drawn
    in the page itself (a slide exported to PDF: its labels are text lines)."""
    rows: list[Row] = []
    for index, page in enumerate(document.pages):  # (a sheet or a CSV has no page number)
        boxes = [b for b in page.blocks if b.bbox is not None and b.text.strip()
                 and (page.source == "ocr" or b.kind == "ocr_line" or drawn)]
        rows += _page_chart(document, page, boxes, _TABLE_INDEX + index) if boxes else []
    return rows


def is_chart_row(row: Row) -> bool:
    """A row read off a chart (its numbers are OCR'd labels, whatever the page)."""
    return row.table_index is not None and row.table_index >= _TABLE_INDEX


def _centre_x(block: Block) -> float:
    return (block.bbox.x0 + block.bbox.x1) / 2


def _centre_y(block: Block) -> float:
    return (block.bbox.top + block.bbox.bottom) / 2


def _page_chart(document: Document, page: Page, boxes: list[Block], table_index: int) -> list[Row]:
    axis = next((line for line in reversed(visual_lines(page, [b for b in boxes if _PERIOD.match(b.text.strip())]))
                 if len(line) >= 2 and len({b.text.strip() for b in line}) == len(line)), None)
    if axis is None:
        return []
    centres = [_centre_x(b) for b in axis]
    if any(b <= a for a, b in zip(centres, centres[1:], strict=False)):
        return []
    edges = [centres[0] - (centres[1] - centres[0]) / 2,
             *((a + b) / 2 for a, b in zip(centres, centres[1:], strict=False)),
             centres[-1] + (centres[-1] - centres[-2]) / 2]
    axis_top = min(b.bbox.top for b in axis)
    columns: list[list[Block]] = [[] for _ in axis]
    for block in boxes:
        if block in axis or block.bbox.bottom > axis_top + 1 or _PERIOD.match(block.text.strip()):
            continue
        if sole_quantity(block.text) is None:
            continue
        x = _centre_x(block)
        index = next((i for i in range(len(axis)) if edges[i] <= x < edges[i + 1]), None)
        if index is not None:
            columns[index].append(block)
    series = _series(columns)
    if series is None:
        return []
    numbers, percents = series
    legend = _legend(page, boxes, axis, columns, (edges[0], edges[-1]))
    names = _names(legend, len(numbers), bool(percents))
    title = next((b for b in sorted(boxes, key=lambda b: b.bbox.top)
                  if not _PERIOD.match(b.text.strip()) and sole_quantity(b.text) is None), None)
    if names is None and len(numbers) == 1 and not percents and title is not None:
        names = ([title], [])
    if names is None:
        return []
    number_names, percent_name = names

    def cell(block: Block | None, column: int | None = None) -> RowCell:
        if block is None:
            return RowCell("", None, column)
        text = block.text.strip()
        # A period label is a column's name: a bare 「2021」 is the year 2021, not an amount.
        text = f"{text}年" if re.fullmatch(r"20\d\d", text) and column else text
        return RowCell(text, cite_in_block(document, page, block, 0, len(block.text)), column)

    def row(cells: list[RowCell]) -> Row:
        return Row(page=page, cells=tuple(c if c.column is not None else RowCell(c.text, c.citation, i)
                                          for i, c in enumerate(cells)), source="table", table_index=table_index)

    out = []
    if title is not None:
        out.append(Row(page=page, cells=(cell(title),), source="line"))
    unit = next((b for b in boxes if _UNIT_LINE.search(b.text) and b.bbox.bottom <= axis_top), None)
    if unit is not None:
        out.append(Row(page=page, cells=(cell(unit),), source="line"))
    out.append(row([RowCell("项目", None), *(cell(b, i) for i, b in enumerate(axis, 1))]))
    for name, values in zip(number_names, numbers, strict=True):
        out.append(row([cell(name), *(cell(v) for v in values)]))
    if percents and percent_name:
        out.append(row([cell(percent_name[0]), *(cell(v) for v in percents)]))
    return out


def _series(columns: list[list[Block]]) -> tuple[list[list[Block | None]], list[Block | None]] | None:
    """(the number series, each one block or None per column; the percentage series), or None
    when the columns do not read as side-by-side series."""
    percents: list[Block | None] = []
    plain: list[list[Block]] = []
    for column in columns:
        rates = [b for b in column if sole_quantity(b.text).unit == "%"]
        if len(rates) > 1:
            return None
        percents.append(rates[0] if rates else None)
        others = sorted((b for b in column if b not in rates), key=lambda b: b.bbox.x0)
        if any(b.bbox.x0 < a.bbox.x1 for a, b in zip(others, others[1:], strict=False)):
            return None  # stacked, or a line chart's labels one above another: which is which is unsaid
        plain.append(others)
    count = max((len(c) for c in plain), default=0)
    if count == 0 or sum(1 for c in plain if c) < 2:
        return None
    if count > 1 and any(len(c) not in (0, count) for c in plain):
        return None  # a column missing one of several series: which one is missing is unsaid
    numbers = [[c[i] if c else None for c in plain] for i in range(count)]
    return numbers, (percents if any(percents) else [])


def _legend(page: Page, boxes: list[Block], axis: list[Block], columns: list[list[Block]],
            span: tuple[float, float]) -> list[Block]:
    """The legend's entries in reading order: short words, no figures, below the axis or on one
    line of their own above the plot, within the plot's width (a slide's caption beside the chart
    is another thing's)."""
    inside = {id(b) for column in columns for b in column} | {id(b) for b in axis}
    top = min((b.bbox.top for column in columns for b in column), default=0.0)
    bottom = max(b.bbox.bottom for b in axis)
    words = [b for b in boxes if id(b) not in inside and 2 <= len(b.text.strip()) <= 12
             and not _NOT_LEGEND.search(b.text) and sole_quantity(b.text) is None
             and (b.bbox.top >= bottom or b.bbox.bottom <= top) and b.bbox.x1 > span[0] and b.bbox.x0 < span[1]]
    below = [b for b in words if b.bbox.top >= bottom]
    above = visual_lines(page, [b for b in words if b not in below])
    # the line under the title; a chart whose title is long (a slide's) has only its legend there
    chosen = below or [b for line in (above[1:2] if len(above) > 1 else above) for b in line]
    return sorted(chosen, key=lambda b: (round(_centre_y(b) / 20), b.bbox.x0))


def _names(legend: list[Block], numbers: int, percents: bool) -> tuple[list[Block], list[Block]] | None:
    growth = [b for b in legend if _GROWTH_NAME.search(b.text)]
    plain = [b for b in legend if b not in growth]
    if len(plain) != numbers or (percents and len(growth) != 1) or (not percents and growth):
        return None
    return plain, growth
