"""One list kept a worksheet per part: a 服务企业名单 「按区域分表」 whose sheets 上海, 江苏, 浙江 … each
hold the same header and rows numbered from 1, beside a 汇总 sheet (h46). Each sheet is a part of
the list, not the list: its count is a segment (by region, by month, by industry) and the list's
count is the sum over the sheets, which is what the form declares and the 汇总 sheet prints.

A workbook's blocks are such parts when there are two or more, each on its own sheet, all under one
header, and the sheets are named by the parts of one dimension (附录F regions, months, 其他) or the
file says it is split so (「按区域分表」, 「分表」). Sheets named otherwise (「付费企业」 beside 「服务企业」)
are different lists and stay as they are.

Must not: count rows (the list's module does) or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.regions import classify_region
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import ListBlock

_SPLIT = re.compile(r"分表|分sheet|按.{1,6}分(?:表|页|列)")
_MONTH = re.compile(r"^(?:20\d\d\s*[-/.年]\s*)?\d{1,2}\s*月?$|^20\d\d[-/.]\d{1,2}$")
_OTHER = re.compile(r"^(?:其他|其它)(?:地区|省市|区域|行业)?$|^(?:海外|境外|国外)(?:地区)?$")


def sheet_of(block: ListBlock) -> str:
    """The worksheet the block's rows stand on (its header may be the one a sheet before repeated)."""
    for cell in block.entries[0].row.cells if block.entries else ():
        locator = cell.citation.locator if cell.citation is not None else ""
        if "!" in locator:
            return locator.split("!", 1)[0]
    return ""


def _a_part(name: str) -> bool:
    key = squash(name)
    return bool(_MONTH.match(key) or _OTHER.match(key)) or classify_region(key).kind in ("province", "plan_city", "overseas")


def by_sheet(blocks: list[ListBlock], file_name: str, title: str) -> list[str] | None:
    """The sheet names when `blocks` are one list kept a sheet per part, else None."""
    if len(blocks) < 2:
        return None
    names = [sheet_of(b) for b in blocks]
    pages = {b.entries[0].row.page_number for b in blocks if b.entries}
    if not all(names) or len(set(names)) != len(names) or len(pages) != len(blocks):
        return None
    if len({b.header.signature for b in blocks}) != 1:
        return None
    if all(_a_part(n) for n in names) or _SPLIT.search(squash(file_name + title)):
        return names
    return None


def merged(per_sheet: list[list[EvidenceFact]], names: list[str]) -> list[EvidenceFact]:
    """Each sheet's facts as segments of the list, and the list's: every field read on every
    sheet, summed (its citations those of the sheets; its confidence the least of theirs)."""
    out: list[EvidenceFact] = []
    for facts, name in zip(per_sheet, names):
        out += [f.model_copy(update={"scope": "segment", "dimension": "item",
                                     "reasons": (*f.reasons, f"分表“{name}”为名单的一部分，按各分表合计")})
                for f in facts]
    fields = [f.field_id for f in per_sheet[0]]
    for field_id in dict.fromkeys(fields):
        parts = [next((f for f in facts if f.field_id == field_id and f.normalized is not None), None)
                 for facts in per_sheet]
        if any(p is None for p in parts):
            continue
        total = sum(int(p.normalized) for p in parts)
        shown = "、".join(f"{n} {int(p.normalized)}" for n, p in zip(names, parts))
        first = parts[0]
        out.append(first.model_copy(update={
            "value": str(total), "normalized": total, "scope": first.scope, "dimension": "total",
            "confidence": min(p.confidence for p in parts),
            "status": "ambiguous" if any(p.status == "ambiguous" for p in parts) else "found",
            "reasons": (f"名单按 {len(parts)} 个分表逐表计数合计 {total}（{shown}）",
                        *dict.fromkeys(r for p in parts for r in p.reasons if r.startswith("存疑"))),
            "citations": tuple(c for p in parts for c in p.citations[:1]),
            "note": f"各分表合计 {total}"}))
    return out
