"""Rows a list keeps only for the record: a 状态 column that says an item is gone (已下架, 已注销,
停用, 作废 …). An 应用市场 export keeps its withdrawn APPs 「仅供追溯」, a device register its
deregistered devices; neither is counted in what the list proves. A status of being (上架, 在用,
在线, 离线) keeps the row: an offline device is still connected to the platform. A column of the
date an item went (下架日期) says it as well, for every row that has a date — a sheet of the withdrawn.

Must not: decide what the list counts (the kind's module does), or drop rows without a status
column that says so.
"""

from __future__ import annotations

import re

from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import Entry, ListBlock

_STATUS = re.compile(r"状态|(?i:status|lifecycle|state)")
GONE = re.compile(r"下架|注销|停用|报废|删除|作废|失效|撤销|撤回|退市|解约|禁用|拆除|弃用|淘汰|终止"
                   r"|(?i:^(?:deregistered|retired|deleted|disabled|removed|decommissioned|offshelf|withdrawn)$)")


# the date an item went (「下架日期」): a row that has one is gone — every row of a sheet of the withdrawn (h87)
_GONE_ON = re.compile(r"(?:下架|注销|停用|报废|退市|撤销|删除)(?:日期|时间)")
_NO_DATE = re.compile(r"^[-—/／无\s]*$")


def gone_rows(block: ListBlock) -> tuple[list[Entry], str] | None:
    """(the rows a status column says are gone, that column's name), or None when there are none."""
    columns = [c for c in block.header.columns if _STATUS.search(c.text)]
    for column in columns:
        gone = [e for e in block.entries if e.cells and column.slot in e.cells
                and GONE.search(squash(e.cells[column.slot].text))]
        if gone and len(gone) < len(block.entries):
            return gone, column.text
    dated = next((c for c in block.header.columns if _GONE_ON.search(squash(c.text))), None)
    if dated is not None:
        gone = [e for e in block.entries if e.cells and dated.slot in e.cells
                and not _NO_DATE.match(e.cells[dated.slot].text)]
        if gone:
            return gone, dated.text
    return None
