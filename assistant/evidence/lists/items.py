"""What kind of certificate an item of a list is: in a list of 专利 and 软件著作权 together, by its
类别 cell (发明专利, 软件著作权), its number (ZL… for a patent, 2022SR… for a software
registration) or its words; a list whose items say they are of both kinds is split as mixed
(`ip`), whatever its header suggested.

Must not: count the items (the certificate facts do).
"""

from __future__ import annotations

import re

from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import Entry, ListBlock
from assistant.evidence.lists.cells import Cell, row_cells
from assistant.evidence.rows import Row

_PATENT_ID = re.compile(r"ZL\s*\d{8,}|CN\s*\d{9}", re.IGNORECASE)
_SOFTWARE_ID = re.compile(r"\d{4}\s*SR\s*\d{5,}", re.IGNORECASE)
_PATENT_TYPE = re.compile(r"(?:发明|实用新型|外观设计)(?:专利)?(?:权)?|专利")
_SOFTWARE_TYPE = re.compile(r"(?:计算机)?软件著作权(?:登记)?|软著")
_PATENT_WORDS = re.compile(r"专利|发明|实用新型|外观设计")
_SOFTWARE_WORDS = re.compile(r"软件著作权|软著|著作权|登记号|计算机软件")


def row_kind(block: ListBlock, row: Row, mapped: dict[int, Cell] | None) -> str:
    if block.kind != "ip":
        return block.kind or ""
    types = block.header.slots("type")
    text = mapped[types[0].slot].text if mapped and types and types[0].slot in mapped else ""
    if _SOFTWARE_WORDS.search(text):
        return "software"
    if _PATENT_WORDS.search(text):
        return "patent"
    whole = row.text
    if _SOFTWARE_ID.search(whole):
        return "software"
    if _PATENT_ID.search(whole):
        return "patent"
    return "software" if _SOFTWARE_WORDS.search(whole) else "patent" if _PATENT_WORDS.search(whole) else "other"


def _item_kind(entry: Entry) -> str | None:
    """What a row itself says it is: a cell that is a certificate type (发明专利, 实用新型, 软件著
    作权) or a number of one kind (ZL… for a patent, 2022SR… for a software registration)."""
    for cell in row_cells(entry.row)[1:]:
        text = squash(cell.text)
        if _SOFTWARE_TYPE.fullmatch(text) or re.match(r"\d{4}SR\d{5,}", text, re.IGNORECASE):
            return "software"
        if _PATENT_TYPE.fullmatch(text) or re.match(r"(?:ZL|CN)\d{8,}", text, re.IGNORECASE):
            return "patent"
    return None


def split_mixed(block: ListBlock) -> None:
    """A certificate list whose rows say they are of both kinds (a 类别 column of 发明专利 and 软件
    著作权, numbers ZL… and …SR…) is a mixed list, whatever its header suggested."""
    if block.kind not in ("patent", "software", "ip"):
        return
    kinds = [_item_kind(e) for e in block.entries]
    said = set(kinds) - {None}
    if block.kind != "ip" and said and block.kind not in said and kinds.count(None) <= len(kinds) // 10:
        block.kind = said.pop() if len(said) == 1 else "ip"  # 软著 rows numbered on after the patents' 编号
        if block.kind != "ip":
            return
    if block.kind != "ip" and not {"patent", "software"} <= set(kinds):
        return
    block.kind = "ip"
    for entry, kind in zip(block.entries, kinds, strict=True):
        entry.kind = kind or row_kind(block, entry.row, entry.cells)
