"""Headings above a list: 「一、专利清单（共24项）」 names the kinds of certificate it announces
and prints their total (`printed_count`); 「（续）」 or 「续表」 continues a list. A sentence
(「…，明细如下：」) or a 合计 line is not a heading. A header 「海外设备（台/套） | 数量」 whose key column names
what its bare 数量 counts captions the rows below as a heading would (`captioned_column`).

Must not: decide which list a heading belongs to, or whether it heads one at all (the scan does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.text_keys import squash
from assistant.evidence.lists.cells import row_cells
from assistant.evidence.lists.headers import measure_of
from assistant.evidence.lists.totals import TOTAL_LABEL
from assistant.evidence.rows import Row

PRINTED = re.compile(r"(?:共|共计|合计|总计)\s*[:：]?\s*(\d[\d,]*)\s*(项|件|个|家|条|份|本|台/套|台套|台|套)"
                     r"|[（(]\s*(\d[\d,]*)\s*(项|件)\s*[)）]")
_NUMBERED = re.compile(r"^(?:表\s*\d+|[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.](?!\d))")
_LISTISH = re.compile(r"清单|列表|目录|明细|一览|统计|情况|汇总|台账")


@dataclass
class Heading:
    row: Row
    text: str  # squashed
    kinds: frozenset[str]
    printed: tuple[int, str] | None  # the 共N项 it prints, and that text
    continued: bool  # 「（续）」, 「续表」

    @property
    def kind(self) -> str | None:
        kinds = set(self.kinds)
        if {"patent", "software"} <= kinds or "ip" in kinds:
            return "ip"
        kinds.discard("device") if len(kinds) > 1 else None
        return next(iter(kinds)) if len(kinds) == 1 else None


def kinds_named(text: str) -> frozenset[str]:
    # a platform's long name says nothing of what a list counts: 「船舶动力系统设备全生命周期运行维护平台 平台团队人员汇总」
    # is a team's table, not a device list (h96)
    text = re.sub(r"[\u4e00-\u9fffA-Za-z0-9]{6,}平台", "", text)
    kinds = set()
    if re.search(r"专利", text):
        kinds.add("patent")
    if re.search(r"软件著作权|软著|著作权|计算机软件", text):
        kinds.add("software")
    if re.search(r"知识产权", text):
        kinds.add("ip")
    if re.search(r"奖项|获奖|荣誉|奖励", text):
        kinds.add("award")
    if re.search(r"设备", text):
        kinds.add("device")
    if re.search(r"智能工厂", text):
        kinds.add("factory")
    if re.search(r"特色指数", text):
        kinds.add("index")
    return frozenset(kinds)


def printed_count(text: str) -> tuple[int, str] | None:
    match = PRINTED.search(text)
    if match is None:
        return None
    number = match.group(1) or match.group(3)
    return int(number.replace(",", "")), match.group(0)


def read_heading(row: Row) -> Heading | None:
    if (caption := captioned_column(row)) is not None:
        return caption
    cells = row_cells(row)
    if row.source == "table" and len(cells) > 1:
        return None
    text = squash(row.text)
    if not text or len(text) > 50 or TOTAL_LABEL.match(text) or re.search(r"[,。;]|如下", text):
        return None  # a sentence (「…，明细如下：」) is not a heading, though it may say a count
    kinds, printed = kinds_named(text), printed_count(text)
    listish, numbered = bool(_LISTISH.search(text)), bool(_NUMBERED.match(text))
    if (kinds and (listish or printed)) or (numbered and (listish or kinds)):
        return Heading(row, text, kinds, printed, bool(re.search(r"[（(]续[)）]|续表|接上页", text)))
    return None


_BARE_COUNT = re.compile(r"数量|数值|台数|接入数量|连接数量")
_COUNTED_IN = re.compile(r"[（(](?:台/套|台（套）|台套|台|套)[)）]$")


def captioned_column(row: Row) -> Heading | None:
    """「海外设备（台/套） | 数量」 over rows 「美国United States | 420」 (h87): a header whose key column names what
    the bare 数量 beside it counts, in its unit — the caption of a headerless two-column table, as a heading is."""
    cells = row_cells(row)
    if len(cells) != 2 or not _BARE_COUNT.fullmatch(squash(cells[1].text)):
        return None
    text = squash(cells[0].text)
    if not _COUNTED_IN.search(text) or re.search(r"\d", _COUNTED_IN.sub("", text)) or measure_of(text) is None:
        return None
    return Heading(row, text, kinds_named(text), None, False)
