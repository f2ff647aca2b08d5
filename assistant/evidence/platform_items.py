"""What a label of a platform figure names as a whole: revenue, R&D, profit, 社会贡献 or the assets
at a moment — "平台相关营业收入（元）" is revenue, "平台订阅服务收入" a part of it and "营业收入增长率"
a rate. Shared by the tables and the sentences of `assistant.evidence.platform`.

Must not: read documents or decide a figure's period or unit.
"""

from __future__ import annotations

import re

from assistant.core.text_keys import squash

NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
UNIT_PAREN = re.compile(r"[(（][^()（）]*[)）]")
# What may surround the item word in a label that names the item itself (not a part of it).
_FILLER = re.compile(r"工业互联网|平台|相关|业务|营业|主营|总额|总计|合计|小计|总|本年|当年|全年|年度|金额|数|实现|的|其中[:：]?")
_ITEM_WORDS = (("revenue", re.compile(r"收入|营收")), ("rd", re.compile(r"研发(?:投入|费用|支出|经费)|研究开发费用")),
               ("profit", re.compile(r"利润(?:总额)?|净利润")), ("social", re.compile(r"社会贡献(?:总额|总计)?")))
ASSETS = re.compile(r"资产总额|资产总计|总资产|平台(?:相关|业务){0,2}资产")
NOT_ITEM = re.compile(r"率|比例|占比|增长|增速|成本|毛利|税|分配|人数|强度|预计|预算|计划|营业利润|营业外")


def item_of(label: str) -> str | None:
    """The item a label names as a whole: "平台相关营业收入（元）" → revenue; "平台订阅服务收入"
    (a part), "营业收入增长率" (a rate) → None."""
    whole = NUMBERING.sub("", squash(label))
    if ASSETS.search(whole) and not NOT_ITEM.search(whole):  # 平台业务资产总额（年初）: the bracket matters
        if "平均" in whole:
            return "assets_average"
        if re.search(r"年初|期初|上年末", whole):
            return "assets_start"
        if re.search(r"年末|期末|本年末", whole):
            return "assets_end"
        return None
    key = UNIT_PAREN.sub("", squash(label))
    key = NUMBERING.sub("", key)
    if not key or NOT_ITEM.search(key):
        return None
    for item, word in _ITEM_WORDS:
        found = word.search(key)
        if found is None:
            continue
        rest = _FILLER.sub("", key[: found.start()] + key[found.end():])
        if rest in ("", "净", "投入", "费用"):
            return item
    return None
