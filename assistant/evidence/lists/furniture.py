"""Running heads and footers: rows that belong to the page, not to the document — page numbers
(「第2页 共5页」) and the lines printed at the top or bottom of several pages (the company's
name, the document's short title) — set aside before the lists are read.

Must not: set aside a row that starts with a 序号 (but for a page's own number alone at its
edge), reads as a header or is a 合计 line, however often it repeats.
"""

from __future__ import annotations

import re

from assistant.core.text_keys import squash
from assistant.evidence.lists.cells import row_cells, serial_of
from assistant.evidence.lists.headers import read_header
from assistant.evidence.lists.totals import TOTAL_LABEL
from assistant.evidence.rows import Row

_PAGE_MARK = re.compile(r"第\s*\d+\s*页|共\s*\d+\s*页|^[-—–]?\s*\d+\s*[-—–]?$|^\d+\s*/\s*\d+$|^page\s*\d+", re.IGNORECASE)


def furniture_rows(rows: list[Row]) -> set[int]:
    """Rows that belong to the page, not to the document: page numbers, and the lines printed at
    the top or bottom of several pages (the company's name, the document's short title). A row
    that starts with a 序号 or reads as a header is content, however often it repeats."""
    by_page: dict[int | None, list[int]] = {}
    for index, row in enumerate(rows):
        if row.source == "line":
            by_page.setdefault(row.page.number, []).append(index)
    edges: dict[int, str] = {}
    for indices in by_page.values():
        for index in indices[:2] + indices[-2:]:
            edges[index] = _PAGE_MARK.sub("#", squash(rows[index].text))
    pages_of: dict[str, set] = {}
    for index, key in edges.items():
        pages_of.setdefault(key, set()).add(rows[index].page.number)
    out = set()
    for index, key in edges.items():
        row = rows[index]
        cells = row_cells(row)
        text = squash(row.text)
        if text.isdigit() and row.page.number is not None and int(text) == row.page.number:
            out.add(index)  # a page's own number alone at its top or bottom, though it reads as a 序号
            continue
        if not cells or serial_of(cells[0].text) is not None or read_header(row) is not None or TOTAL_LABEL.match(text):
            continue
        if (_PAGE_MARK.search(text) and len(text) <= 40) or len(pages_of[key]) > 1:
            out.add(index)
    return out
