"""Rows of a list that the 填报指引's own 口径 leaves out → how many, as a component of the count.

Two counts of the notice define what is not counted, and lists show it row by row:
- 合作平台数量: 「若仅签署框架协议或仅以链接跳转形式接入的则不列入」 — a partner-platform list's row whose
  对接方式 or 合作内容 says 仅签署框架协议 (「签署战略合作框架协议，暂未开展数据对接」) or 链接跳转 (h41);
- 服务上海市级智能工厂: 「经上海市经济和信息化委员会认定或公示名单内」 — a smart-factory list's row whose 认定批次
  says it is a district's (「2023年度宝山区智能工厂（区级）」, 宝经委〔2023〕47号; the word 区级 itself, a factory's name may hold a 区), not the city's (h41).
Such rows are read as the number of items the list's total holds that the notice does not count (component
`COUNTED_BUT_EXCLUDED`, as `evidence.list_notes` reads a list's own note); `rules_counted_items` compares.
A row the list already leaves out (its 是否计入 cell 「否」) is none of them, and a list whose printed total
is not the number of the rows it counts says nothing (its total may leave them out already).

The rows are the items of the lists `evidence.lists.scan` walked the document into — a PDF's ruled or unruled
table, a DOCX/XLSX table, OCR lines, a list over pages under its repeated header — each item with the lines
its cells wrap onto (`Entry.lines`). A list is a partner or smart-factory list by its kind (its header,
heading or title: `lists.headers`, `lists.headings`), or, a list of no kind, by the words over it (合作平台,
智能工厂 in its header, headings or the lines just above it).

Must not: count the list (`evidence.lists`), or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import COUNTED_BUT_EXCLUDED, OCR_REASON, EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.lists import scan_lists
from assistant.evidence.lists.blocks import Entry, ListBlock
from assistant.evidence.lists.cells import cite_row
from assistant.evidence.lists.headings import printed_count
from assistant.evidence.lists.scan import Scan
from extractors.model import Document

# (field, the list's kind, its words, what a row says that the notice leaves out, unit, why)
_KINDS = (
    ("partner_platforms", "partner", re.compile(r"合作平台"),
     re.compile(r"仅\s*(?:签署|签订)?[^，,。；;\d]{0,8}框架协\s*议|(?:签署|签订)[^，,。；;\d]{0,8}框架协议[，,]?\s*(?:暂|尚)?未(?:开展|实现|进行)"
                r"|仅\s*(?:以)?\s*链接跳转|(?<![\u4e00-\u9fff])链接跳转(?![\u4e00-\u9fff])"),
     "个", "仅签署框架协议或仅以链接跳转形式接入，按填报指引不列入合作平台数量"),
    ("smart_factories_served", "factory", re.compile(r"智能工厂"),
     re.compile(r"区级"),
     "家", "为区级认定，非上海市级智能工厂，按填报指引不计入"),
)
_OTHER_KINDS = {"partner", "factory"}
# a row the list itself leaves out: its 是否计入 cell 「否」 (「否（仅框架协议，未对接）」) ending a line, or words that say so
_LEFT_OUT = re.compile(r"(?:^|\s)否(?:\s*[（(][^（）()]*[）)])?\s*$|不计入|未计入|不列入|未列入|已剔除", re.MULTILINE)
# the total the list prints (「合计：3个」, 「计入合作平台数量：9个」, 「本平台共服务…6家」)
_TOTAL = re.compile(r"(?:合计|共计|总计|计入[^：:\d\n]{0,12})\s*[：:]?\s*(?:共|计入[^\d\n]{0,12})?\s*(?P<n>\d{1,4})\s*[个家项]")
# where an item's wrapped lines end: the list's total or its note under it
_ROW_END = re.compile(r"^\s*(?:合计|总计|共计|小计|计入|注[:：]|备注|说明)")
_ABOVE = 4  # lines above a list of no kind that may name it (its title)


def read_excluded_rows(document: Document, catalog: Catalog, scan: Scan | None = None) -> list[EvidenceFact]:
    """`scan`: the document's lists as `evidence.lists.scan_lists` walked them, when the caller has them."""
    blocks = (scan or scan_lists(document, catalog).scan).blocks
    out: list[EvidenceFact] = []
    for field_id, kind, subject, excluded, unit, why in _KINDS:
        for block in blocks:
            if not block.serial or not (block.kind == kind or block.kind not in _OTHER_KINDS and subject.search(_words(block))):
                continue
            rows = [(entry, text) for entry in block.entries if not _left_out(block, entry, text := _text(entry))]
            total = _printed_total(block)
            if total is not None and total != len(rows):
                continue  # the list's total is not of the rows it counts: what it leaves out is not known
            # a phrase wrapped in its cell (「仅签署框架协」 | 「议」) read joined; a cell of its own (「链接跳转」) spaced
            hits = [entry for entry, text in rows
                    if excluded.search(re.sub(r"\s+", "", text)) or excluded.search(re.sub(r"\s+", " ", text))]
            citation = cite_row(hits[0].row) if hits else None
            if citation is None:
                continue
            note = "、".join(f"第{entry.serial}项" for entry in hits) + why
            out.append(EvidenceFact(
                field_id=field_id, label=catalog.field(field_id).label, component=COUNTED_BUT_EXCLUDED,
                value=f"{len(hits)}{unit}", unit=unit, normalized=len(hits), scope="platform", confidence=0.8,
                reasons=(f"清单{note}", *((OCR_REASON,) if hits[0].row.page.source == "ocr" else ())), method="text",
                citations=(citation,), note=note))
            break
    return out


def _words(block: ListBlock) -> str:
    """What a list says it is: its header, its headings and the lines right above it."""
    return " ".join([block.header.text, *(h.text for h in block.headings), *_above(block)])


def _above(block: ListBlock) -> list[str]:
    return [row.text for row in (*block.notes, *block.preface)][-_ABOVE:]


def _wrapped(entry: Entry) -> list[str]:
    """The lines an item's cells wrap onto, up to the list's total or note."""
    lines = []
    for row in entry.lines:
        if _ROW_END.match(row.text):
            break
        lines.append(row.text)
    return lines


def _text(entry: Entry) -> str:
    return "\n".join([entry.row.text, *_wrapped(entry)])


def _left_out(block: ListBlock, entry: Entry, text: str) -> bool:
    """The list leaves the row out itself: its 是否计入 cell says 否, or its words say so."""
    counted = next((c.slot for c in block.header.columns if "计入" in c.text), None)
    cell = entry.cells.get(counted) if entry.cells is not None and counted is not None else None
    return bool(cell is not None and squash(cell.text).startswith("否") or _LEFT_OUT.search(text))


def _printed_total(block: ListBlock) -> int | None:
    """The number of items the list prints: its 合计 row, a line under its last item, its heading (「（共3家）」)."""
    last = block.entries[-1].lines if block.entries else []
    texts = [*(t.row.text for t in block.totals), *(r.text for r in last if _ROW_END.match(r.text)),
             *(h.text for h in block.headings)]
    for text in [*texts, *_above(block)]:  # or 「计入合作平台数量：9个」 over the table
        if (match := _TOTAL.search(text)) is not None:
            return int(match["n"])
    for text in texts:
        if (count := printed_count(squash(text))) is not None:
            return count[0]
    return None
