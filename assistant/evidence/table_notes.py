"""The lines under a table that say something of all its figures (`assistant.evidence.platform`):
- 「注：本表金额单位为人民币千元」: the unit of its figures that stated none above;
- 「注：研发支出全部为…工业互联网平台相关研发项目支出。」: its figures are all the platform's (a company
  whose whole business is the platform, h60).

Must not: read figures or decide their item.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from assistant.core.text_keys import squash
from assistant.evidence.rows import Row


class _Figure(Protocol):
    unit: str | None
    row: Row


F = TypeVar("F", bound=_Figure)


# 「注：本表金额单位为人民币千元」 under a table: the unit of its figures that stated none above.
_FOOTNOTE_UNIT = re.compile(r"(?:本表|上表|表中|以上)[^。；]{0,8}?单位(?:为|是|均为|[:：])\s*(?:人民币)?\s*(千元|万元|亿元|百万元|元)")


def footnoted(figures: list[F], rows: list[Row]) -> list[F]:
    """Each figure without a unit takes the unit a footnote under its table states."""
    order = {id(row): i for i, row in enumerate(rows)}
    out = []
    for figure in figures:
        at = order.get(id(figure.row))
        if figure.unit is None and at is not None:
            for row in rows[at + 1:at + 16]:
                if row.page is not figure.row.page:
                    break
                note = _FOOTNOTE_UNIT.search(squash(row.text)) if row.source == "line" else None
                if note is not None:
                    figure = replace(figure, unit=note.group(1))
                    break
        out.append(figure)
    return out


# 「注：研发支出全部为…工业互联网平台相关研发项目支出。」 under a table: its figures are all the platform's
# (in one clause: 「注：以上金额均为不含税金额，平台…」 says nothing of whose they are)
ALL_PLATFORM_NOTE = re.compile(r"^注\s*\d*\s*[:：][^，,。；;]{0,24}?(?:全部|均|全部均)(?:为|系|属于|来源于|来自|用于)[^。；;，,]{0,40}平台")


def noted_tables(rows: list[Row]) -> dict[tuple[int, int | None], str]:
    """(page, table) → its note, for each table whose first line after it says that all of its figures
    are the platform's (a dedicated company's 研发支出 note)."""
    noted: dict[tuple[int, int | None], str] = {}
    for before, row in zip(rows, rows[1:], strict=False):
        if before.source == "table" and row.source == "line" and row.page is before.page \
                and ALL_PLATFORM_NOTE.match(squash(row.text)):
            noted[(before.page.number, before.table_index)] = row.text.strip()
    return noted
