"""平台近三年经营指标情况 laid out as a small table instead of the template's one cell of three lines.

The template prints 「2021年平台营收____万元/增长率____%」 three times in one cell; a spreadsheet keeps
them as a table under the group label — 「平台近三年经营指标情况 | 平台营收 | 增长率」 over one row a year,
「2021年 | 7,035.18万元 | 14.95%」 (h51). Each year's revenue and growth are read from their own cells and
cited there. A row is a year's when its first cell is the year and it holds a revenue and a rate.

Must not: read the one-cell lines (`assistant.values.answers.parse_revenue_lines` does) or judge them.
"""

from __future__ import annotations

import re

from assistant.forms.grid import cell_citations
from assistant.forms.model import DeclaredValue

_GROUP = re.compile(r"近三年经营指标|平台营收|营收")
_YEAR = re.compile(r"^(20\d\d)\s*年?(?:度)?$")
_RATE = re.compile(r"^-?\d+(?:\.\d+)?\s*%$")


def revenue_table_values(rows, r: int, field_ids: set[str], doc_path: str, kind) -> tuple[list[DeclaredValue], int]:
    """The years' values when `rows[r]` heads such a table, and how many rows after it they took."""
    head = [c for c in rows[r] if c is not None and c.text.strip()]
    if len(head) < 2 or not any(_GROUP.search(c.text) for c in head) or not any("增长" in c.text for c in head):
        return [], 0
    label = head[0]
    values: list[DeclaredValue] = []
    taken = 0
    for row in rows[r + 1:r + 6]:
        cells = [c for c in row if c is not None and c.text.strip()]
        taken += 1
        if not cells:
            continue  # the second row of a header merged over two
        year = _YEAR.match(cells[0].text.strip())
        if year is None or len(cells) != 3 or not _RATE.match(cells[2].text.strip()):
            taken -= 1
            break
        for field_id, cell in ((f"platform_revenue_{year[1]}", cells[1]), (f"platform_revenue_growth_{year[1]}", cells[2])):
            if field_id in field_ids:
                values.append(DeclaredValue(field_id=field_id, form_label=f"{label.text.strip()} {year[1]}年",
                                            raw=cell.text.strip(), file=doc_path,
                                            citations=cell_citations(cell, cells[0]), match=kind))
    return (values, taken) if values else ([], 0)
