"""A list as read: `ListBlock` — its header, its kind and where that came from (header, heading,
title, file name), the headings above it, its entries and totals rows, and the doubts of its 序号
sequence — and `Entry`, one item or data row with its cells by header slot.

Types only: the scan fills them, the fact builders read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.evidence.lists.cells import Cell
from assistant.evidence.lists.headers import Header
from assistant.evidence.lists.headings import Heading
from assistant.evidence.lists.totals import TotalRow
from assistant.evidence.rows import Row


@dataclass
class Entry:
    row: Row
    serial: int | None
    cells: dict[int, Cell] | None  # slot → cell; None when the row's cells could not be lined up
    kind: str = ""
    lines: list[Row] = field(default_factory=list)  # lines under it up to the next item: an unruled row's wrapped cells


@dataclass
class ListBlock:
    header: Header
    kind: str | None
    kind_from: str  # header | heading | title | file
    headings: list[Heading]
    entries: list[Entry] = field(default_factory=list)
    totals: list[TotalRow] = field(default_factory=list)
    subtotals: list[Entry] = field(default_factory=list)  # 境内小计 / 海外小计 rows: no keys, no terms of a sum
    after_subtotal: bool = False  # the last data row was a 小计: a row without its key starts no group
    missing: list[int] = field(default_factory=list)  # 序号 skipped
    misnumbered: list[tuple[int, str]] = field(default_factory=list)  # (place, 序号 as printed)
    unread: int = 0  # data rows whose cells could not be lined up with the header
    next_serial: int = 1
    closed: bool = False
    signatures: set[tuple[str, ...]] = field(default_factory=set)  # its header rows, to know them again
    preface: list[Row] = field(default_factory=list)  # lines between the list before and its 1 (「附：…」)
    notes: list[Row] = field(default_factory=list)  # text lines between the previous list and this one

    @property
    def serial(self) -> bool:
        return self.header.columns[0].role == "serial"

    @property
    def measures(self) -> bool:
        return bool(self.header.slots("measure"))
