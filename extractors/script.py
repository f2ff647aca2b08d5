"""Pages written in traditional characters (繁体), read as simplified.

A Hong Kong or Taiwan affiliate prepares part of the evidence (「找鋼集團（香港）有限公司 知識產權部 編製」:
「專利證書（共18項）」, 「電腦軟件著作權登記證書」, 「序號 | 專利名稱 | 專利權人」); every reader downstream
knows the notice's words in simplified characters only. A page whose text carries enough
traditional-only characters is converted character by character with zhconv's tables (the page
text, its blocks and its tables alike, each character to one character, so every span and every
citation stays where it was) and the document says so in its metadata (`script`).

Character by character, not phrase by phrase: a phrase conversion may change a text's length, and
spans must not move. The phrase-level refinements zhconv offers (乾隆 vs 干燥) do not touch the
vocabulary of lists and statements.

Must not: convert a page of simplified text that quotes a few traditional characters (a name, a
seal): only a page where they are a real share of its Chinese.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.model import Document, Page

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MIN_CHANGED = 6  # traditional-only characters on the page
_MIN_SHARE = 0.04  # of its Chinese characters


@lru_cache(maxsize=8192)
def _simplified_char(ch: str) -> str:
    import zhconv

    out = zhconv.convert(ch, "zh-cn")
    return out if len(out) == 1 else ch


def _convert(text: str) -> str:
    return "".join(_simplified_char(ch) if "\u4e00" <= ch <= "\u9fff" else ch for ch in text)


def _traditional(page: Page) -> bool:
    chinese = _CJK.findall(page.text)
    changed = sum(1 for ch in chinese if _simplified_char(ch) != ch)
    return changed >= _MIN_CHANGED and changed >= _MIN_SHARE * len(chinese)


def to_simplified(document: Document) -> Document:
    """The document with its traditional-character pages converted (unchanged when it has none)."""
    pages = [p.number for p in document.pages if p.text and _traditional(p)]
    if not pages:
        return document
    converted = tuple(
        p.model_copy(update={"text": _convert(p.text),
                             "blocks": tuple(b.model_copy(update={"text": _convert(b.text)}) for b in p.blocks)})
        if p.number in pages else p
        for p in document.pages)
    tables = tuple(
        t.model_copy(update={"rows": tuple(tuple(_convert(c) for c in row) for row in t.rows)})
        if t.page_number in pages else t
        for t in document.tables)
    listed = "、".join(str(n) for n in pages if n is not None) or "全部"
    metadata = {**document.metadata, "script": f"繁体字页面按简体读取：第{listed}页"}
    return document.model_copy(update={"pages": converted, "tables": tables, "metadata": metadata})
