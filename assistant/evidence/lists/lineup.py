"""Lining a list row's cells up with its header's columns (`Scan`'s helper).

By table column where the row and the header are cells of one grid; else by position — tokens left
of the free-text column (名称) left-aligned, those right of it right-aligned, the rest joined into it.
A row under a key cell merged over several rows takes the key of the row above, never across a 小计;
a row of a picture of a spreadsheet drops the sheet's own row number printed before the 序号.

Must not: decide what a row is (an item, a 小计, a header: `scan`), or make facts.
"""

from __future__ import annotations

import re

from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import ListBlock
from assistant.evidence.lists.cells import Cell, count_in, join_cells, serial_of
from assistant.evidence.lists.headers import Header, latin_phrases
from assistant.evidence.rows import Row


def merged_above(block: ListBlock, mapped: dict[int, Cell] | None) -> dict[int, Cell] | None:
    """A numbered row whose category cell is blank under a cell merged over its group (「冶炼设备」 printed
    on the group's first row only): the category of the row above — never across the group's 小计."""
    key = block.header.columns[1] if len(block.header.columns) > 2 else None
    if mapped is None or key is None or key.role not in ("key", "type") or not block.entries or block.after_subtotal:
        return mapped
    above = block.entries[-1].cells
    if (key.slot in mapped and squash(mapped[key.slot].text)) or not above or key.slot not in above \
            or not squash(above[key.slot].text):
        return mapped
    return {**mapped, key.slot: above[key.slot]}


def gutter(number: int, cells: list[Cell], expected: int) -> bool:
    """The row's first number is a spreadsheet's row number beside the 序号 that continues the list:
    out of the list's sequence, a bare integer, and the next cell the 序号 expected."""
    return (len(cells) > 2 and not expected <= number <= expected + 3 and re.fullmatch(r"\d{1,5}", squash(cells[0].text))
            is not None and serial_of(cells[1].text) == expected)


def under_merged_key(block: ListBlock, row: Row, cells: list[Cell],
                      mapped: dict[int, Cell] | None) -> dict[int, Cell] | None:
    """A row under a key cell merged over several rows (「动力设备」 spans 三相异步电动机, 离心泵, 风机,
    then their 小计): its cells from the second column on, and the key of the row above — never
    across a 小计, which closes the group."""
    above = block.entries[-1] if block.entries and not block.after_subtotal else None
    if above is None or not above.cells or 0 not in above.cells or not cells or count_in(cells[0].text) is not None:
        return mapped
    if mapped is None:  # a text line: its tokens are the columns after the key
        rest = block.header.columns[1:]
        if len(cells) != len(rest) and len(cells) != len(rest) - 1:  # the last column (占比) may be blank
            return None
        mapped = {c.slot: cell for c, cell in zip(rest, cells, strict=False)}
    if not any(count_in(mapped[c.slot].text) is not None for c in block.header.slots("measure") if c.slot in mapped):
        return mapped
    return {0: above.cells[0], **mapped}


def line_up(header: Header, row: Row, cells: list[Cell]) -> dict[int, Cell] | None:
    """The row's cells by header slot: by table column where both are cells of one grid; else by
    position — tokens to the left of the list's free-text column (名称) left-aligned, those to its
    right right-aligned, the rest joined into it; None when there are fewer tokens than columns."""
    if row.source == "table" and all(c.column is not None for c in header.columns):
        by_column = {c.column: c for c in cells if c.column is not None}
        known = {c.column for c in header.columns}
        if by_column and set(by_column) <= known | set(range(min(known), max(known) + 1)):
            return {c.slot: by_column[c.column] for c in header.columns if c.column in by_column}
    count = len(header.columns)
    if len(cells) == count:
        return {c.slot: cell for c, cell in zip(header.columns, cells, strict=True)}
    if len(cells) == count - 1 and count > 3 and header.columns[0].role == "serial" \
            and header.columns[1].role in ("key", "type"):
        # the category cell merged over the rows below it prints once: the other columns in order
        return {c.slot: cell for c, cell in zip(header.columns[:1] + header.columns[2:], cells, strict=True)}
    if len(cells) < count:
        return None
    if (phrases := latin_phrases(row, cells, count)) is not None:  # 「Modbus TCP」 is one cell
        return {c.slot: cell for c, cell in zip(header.columns, phrases, strict=True)}
    free = next((c for c in header.columns if c.role == "name"), None) \
        or next((c for c in header.columns if c.role in ("key", "other")), None)
    if free is None:
        return None
    right = count - free.slot - 1
    mapped = {c.slot: cells[c.slot] for c in header.columns[:free.slot]}
    mapped[free.slot] = join_cells(row, cells[free.slot:len(cells) - right])
    for offset, column in enumerate(header.columns[free.slot + 1:]):
        mapped[column.slot] = cells[len(cells) - right + offset]
    return mapped
