"""The money unit each page of a document states for its tables (「单位：元」, 「金额单位：万元」, 「本表金额单位
为万元」, 「人民币千元」), carried onto a page that continues the one before (「续」).

Must not: convert amounts (`values.numbers` does) or read a unit printed with a figure.
"""

from __future__ import annotations

import re

from extractors.model import Document

_PAGE_MONEY_UNIT = re.compile(r"(?:金额)?单位(?:为|是)?\s*[:：]?\s*(?:人民币)?\s*(元|千元|万元|百万元|亿元)(?![\u4e00-\u9fff])|"
                              r"(?:人民币|RMB)\s*(千元|百万元)")


def page_money_unit(text: str) -> str | None:
    """The one money unit a page states for its tables (「单位：元」, 「金额单位：万元」, 「本表金额单位为万元」,
    「人民币千元」); None when it states none or several."""
    units = {m.group(1) or m.group(2) for m in _PAGE_MONEY_UNIT.finditer(text)}
    return units.pop() if len(units) == 1 else None


def document_money_units(document: Document) -> dict[int | None, str]:
    """Each page's money unit: its own, or — on a page that continues the one before (「续」, 「（续下页）」
    over it) — that page's, a statement printing 「金额单位：万元」 only on its first page."""
    out: dict[int | None, str] = {}
    previous: tuple[str | None, str] = (None, "")
    for page in document.pages:
        unit = page_money_unit(page.text)
        if unit is None and previous[0] and ("续" in page.text[:200] or "续下页" in previous[1][-200:]):
            unit = previous[0]
        if unit is not None:
            out[page.number] = unit
        previous = (unit, page.text)
    return out
