"""Rows of a list that the 填报指引's own 口径 leaves out → how many, as a component of the count.

Two counts of the notice define what is not counted, and lists show it row by row:
- 合作平台数量: 「若仅签署框架协议或仅以链接跳转形式接入的则不列入」 — a partner-platform list's row whose
  对接方式 or 合作内容 says 仅签署框架协议 (「签署战略合作框架协议，暂未开展数据对接」) or 链接跳转 (h41);
- 服务上海市级智能工厂: 「经上海市经济和信息化委员会认定或公示名单内」 — a smart-factory list's row whose 认定批次
  says it is a district's (「2023年度宝山区智能工厂（区级）」, 宝经委〔2023〕47号; the word 区级 itself, a factory's name may hold a 区), not the city's (h41).
Such rows are read as the number of items the list's total holds that the notice does not count (component
`COUNTED_BUT_EXCLUDED`, as `evidence.list_notes` reads a list's own note); `rules_counted_items` compares.
A row the list already leaves out (its 是否计入 column 「否」) is none of them, and a list whose printed total
is not the number of the rows it counts says nothing (its total may leave them out already). A row is a line led by its 序号 and the lines under it up to the next 序号; the list is told by its title or
header (合作平台, 智能工厂) on the page.

Must not: count the list (`evidence.lists`), or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.citations import cite_text
from assistant.core.evidence import COUNTED_BUT_EXCLUDED, OCR_REASON, EvidenceFact
from extractors.model import Document

# (field, the list's words, what a row says that the notice leaves out, unit, why)
_KINDS = (
    ("partner_platforms", re.compile(r"合作平台"),
     re.compile(r"仅\s*(?:签署|签订)?[^，,。；;\d]{0,8}框架协\s*议|(?:签署|签订)[^，,。；;\d]{0,8}框架协议[，,]?\s*(?:暂|尚)?未(?:开展|实现|进行)"
                r"|仅\s*(?:以)?\s*链接跳转|(?<![\u4e00-\u9fff])链接跳转(?![\u4e00-\u9fff])"),
     "个", "仅签署框架协议或仅以链接跳转形式接入，按填报指引不列入合作平台数量"),
    ("smart_factories_served", re.compile(r"智能工厂"),
     re.compile(r"区级"),
     "家", "为区级认定，非上海市级智能工厂，按填报指引不计入"),
)
_ROW_START = re.compile(r"^\s*(?P<n>\d{1,3})(?:\s+|$)")
# a row the list itself leaves out: its 是否计入 cell 「否」 (「否（仅框架协议，未对接）」) ending a line, or words that say so
_LEFT_OUT = re.compile(r"(?:^|\s)否(?:\s*[（(][^（）()]*[）)])?\s*$|不计入|未计入|不列入|未列入|已剔除", re.MULTILINE)
# the total the list prints (「合计：3个」, 「计入合作平台数量：9个」, 「本平台共服务…6家」)
_TOTAL = re.compile(r"(?:合计|共计|总计|计入[^：:\d\n]{0,12})\s*[：:]?\s*(?:共|计入[^\d\n]{0,12})?\s*(?P<n>\d{1,4})\s*[个家项]")
_ROW_END = re.compile(r"^\s*(?:合计|总计|共计|小计|计入|注[:：]|备注|说明)")


def read_excluded_rows(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    out: list[EvidenceFact] = []
    for field_id, subject, excluded, unit, why in _KINDS:
        for page in document.pages:
            lines = page.text.splitlines()
            if not subject.search("".join(lines[:6])):
                continue
            rows = [(n, row) for n, row in _rows(lines) if not _LEFT_OUT.search(row)]
            total = _TOTAL.search(page.text)
            if total is not None and int(total["n"]) != len(rows):
                continue  # the list's total is not of the rows it counts: what it leaves out is not known
            # a phrase wrapped in its cell (「仅签署框架协」 | 「议」) read joined; a cell of its own (「链接跳转」) spaced
            hits = [(n, row) for n, row in rows
                    if excluded.search(re.sub(r"\s+", "", row)) or excluded.search(re.sub(r"\s+", " ", row))]
            if not hits:
                continue
            first = page.text.find(hits[0][1].split("\n")[0])
            citation = cite_text(document, page, first, first + len(hits[0][1].split("\n")[0])) if first >= 0 else None
            if citation is None:
                continue
            said = "、".join(f"第{n}项" for n, _row in hits)
            note = f"{said}{why}"
            out.append(EvidenceFact(
                field_id=field_id, label=catalog.field(field_id).label, component=COUNTED_BUT_EXCLUDED,
                value=f"{len(hits)}{unit}", unit=unit, normalized=len(hits), scope="platform", confidence=0.8,
                reasons=(f"清单{note}", *((OCR_REASON,) if page.source == "ocr" else ())), method="text",
                citations=(citation,), note=note))
            break
    return out


def _rows(lines: list[str]) -> list[tuple[int, str]]:
    """(序号, the row's lines joined by newlines) for each numbered row, in order; a 序号 must follow the last."""
    rows: list[tuple[int, list[str]]] = []
    for line in lines:
        start = _ROW_START.match(line)
        if start is not None and int(start["n"]) == (rows[-1][0] + 1 if rows else 1):
            rows.append((int(start["n"]), [line]))
        elif rows and _ROW_END.match(line):
            break
        elif rows:
            rows[-1][1].append(line)
    return [(n, "\n".join(parts)) for n, parts in rows]
