"""A statistics table laid out across — the keys as columns, what is counted as rows:

    分类   | 机器人 | 机床  | 轻工设备 | … | 合计
    接入   | 5,245 | 4,291 | 6,198  | … | 23,840
    公有云  | 1,157 |   947 | 1,368  | … | 5,260
    日均运行 |  876 |   716 | 1,035  | … | 3,980

is read as the same table turned a quarter: a row per key (合计 last), a column per measure, so the
scan and the device facts read it as they read any breakdown. A table is turned when its header's
cells after the first are keys of one appendix (≥ 3 of them, `Vocabulary.of`; a 合计 among them)
and every other row is a label that names what it counts (`measure_of`) followed by one count per
key — nothing else is touched.

Must not: name what a column counts or sum anything (the scan and the device facts do).
"""

from __future__ import annotations

from itertools import groupby

from assistant.core.text_keys import squash
from assistant.evidence.lists.cells import count_in
from assistant.evidence.lists.headers import measure_of
from assistant.evidence.lists.totals import TOTAL_LABEL
from assistant.evidence.lists.vocabulary import Vocabulary
from assistant.evidence.rows import Row, RowCell


def turned(rows: list[Row], vocabulary: Vocabulary) -> list[Row]:
    """The rows, each table laid out across replaced by its turned rows (the others as they are)."""
    out: list[Row] = []
    for key, group in groupby(rows, key=lambda r: (r.page_number, r.table_index) if r.source == "table" else None):
        table = list(group)
        out += (_turn(table, vocabulary) or table) if key is not None else table
    return out


def _cells(row: Row) -> list[RowCell]:
    return [c for c in row.cells if c.text.strip()]


def _turn(table: list[Row], vocabulary: Vocabulary) -> list[Row] | None:
    if len(table) < 2:
        return None
    header, body = _cells(table[0]), [_cells(r) for r in table[1:]]
    keys = header[1:]
    kinds = [vocabulary.of(c.text) for c in keys]
    totals = [bool(TOTAL_LABEL.match(squash(c.text))) for c in keys]
    named = [k for k in kinds if k]
    if len(named) < 3 or len(set(named)) != 1 or sum(bool(k) or t for k, t in zip(kinds, totals)) != len(keys):
        return None
    if not all(len(cells) == len(header) and measure_of(cells[0].text)
               and all(count_in(c.text) is not None for c in cells[1:]) for cells in body):
        return None
    page = table[0].page
    turned_rows = [Row(page, tuple(RowCell(c.text, c.citation, i) for i, c in enumerate([header[0]] + [r[0] for r in body])),
                       "table", table[0].table_index, cited=header[0].citation)]
    for j, key in enumerate(keys, start=1):  # a key per row, in the order printed (合计 where it stood)
        cells = [key] + [r[j] for r in body]
        turned_rows.append(Row(page, tuple(RowCell(c.text, c.citation, i) for i, c in enumerate(cells)),
                               "table", table[0].table_index, cited=key.citation))
    return turned_rows
