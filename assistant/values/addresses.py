"""The 评审会 address of 附件1 as a reviewer writes it (the city the evaluation sits in added).

Must not: read forms (the contact form reader does) or change an address outside Shanghai.
"""

from __future__ import annotations

import re

_SHANGHAI_DISTRICTS = ("黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行", "宝山", "嘉定", "浦东新",
                       "金山", "松江", "青浦", "奉贤", "崇明")
_DISTRICT_FIRST = re.compile(rf"^\s*(?:{'|'.join(_SHANGHAI_DISTRICTS)})区")


def address_as_reviewed(text: str) -> str:
    """附件1 prints the 评审会 address as "____区 ____路 ____号（弄）": the city is 上海, where the
    evaluation sits; a reviewer writes the address whole ("上海市普陀区…"). Only an address that
    starts with a district of Shanghai gets the city; any other is left as written."""
    stripped = text.strip()
    if _DISTRICT_FIRST.match(stripped):
        return "上海市" + stripped
    if stripped.startswith("上海") and not stripped.startswith("上海市") and _DISTRICT_FIRST.match(stripped[2:]):
        return "上海市" + stripped[2:]
    return stripped
