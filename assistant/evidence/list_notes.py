"""A list's note that its total counts items the notice does not → how many, as a component of the count;
and a workbook's note sheet that states the totals in sentences (`read_note_sheets`).

The 填报指引 counts devices connected as of the form's date, APPs in use by at least one industrial
user, and the enterprises the platform serves without its users' 配套商. A list often says under its
table what its 合计 still holds: 「注：合计数含已下线设备126台/套」, 「注：合计含已下架APP 9个」,
「注：第141—163项共23家为平台用户的配套供应商，未直接使用平台服务」. Such a note is read as the number of
those items (component `COUNTED_BUT_EXCLUDED`); a note that says they were taken out already (「本表已剔除
已下线设备37台/套」, 「不含」) is not. The count they belong to is named by the unit and the words.

Must not: compare with the form (`checks.rules_counted_items` does), or read a note of another kind.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import COUNTED_BUT_EXCLUDED, OCR_REASON, EvidenceFact
from assistant.evidence.excluded_rows import read_excluded_rows
from assistant.evidence.lists.scan import Scan
from assistant.evidence.prose import cite_from, page_text, read_prose_figures
from extractors.model import Document

_WHAT = (r"已?下线|已?下架|停用|停运|报废|已?注销|已?失效|已?过期|测试|演示|配套(?:供应)?商|配套供应商|(?<!配套)供应商|"
         r"未接入|未上线|尚未接入|重复")
_UNIT = r"台\s*/\s*套|台（套）|台\(套\)|台|套|个|款|家|项|件"
_NUMBER = r"(?P<n>\d[\d,]*)\s*(?P<unit>" + _UNIT + r")"
# 「含已下线设备126台/套」 / 「共23家为平台用户的配套供应商」
_INCLUDES = re.compile(r"(?:含|包含|包括|其中)[^，。；;\d]{0,14}?(?P<what>" + _WHAT + r")[^，。；;\d]{0,10}?" + _NUMBER)
_NUMBER_IS = re.compile(_NUMBER + r"\s*(?:为|是|系|属于?)[^，。；;\d]{0,14}?(?P<what>" + _WHAT + r")")
_TAKEN_OUT = re.compile(r"剔除|不含|未计入|不计入|扣除|排除|不包括|未统计|不统计")
_NOTE = re.compile(r"(?:注|备注|说明)\s*\d?\s*[:：][^。]*")  # the note, to the end of its sentence
_CLAUSE = re.compile(r"[^。；;]+")


def _field(unit: str, words: str) -> str | None:
    if re.match(r"台|套", unit):
        return "devices_total"
    if re.search(r"APP|应用", words, re.IGNORECASE):
        return "apps_total"
    if unit == "家" or re.search(r"企业|供应商|配套|客户", words):
        return "enterprises_served"
    if re.search(r"专利", words):
        return "patents"
    return None


def read_list_notes(document: Document, catalog: Catalog, scan: Scan | None = None) -> list[EvidenceFact]:
    """The notes' counts, and the rows the notice's own 口径 leaves out (`evidence.excluded_rows`, of the lists
    `scan` holds when the caller has scanned them)."""
    out: list[EvidenceFact] = read_excluded_rows(document, catalog, scan)
    for page in document.pages:
        tables = [t.bbox for t in document.tables if t.page_number == page.number and t.bbox is not None]
        text, places = page_text(page, tables)
        for line in _NOTE.finditer(text):
            for clause in _CLAUSE.finditer(line.group(0)):
                said = clause.group(0)
                match = _INCLUDES.search(said) or _NUMBER_IS.search(said)
                if match is None or _TAKEN_OUT.search(said[:match.end()]):
                    continue
                field_id = _field(match.group("unit"), said)
                start = line.start() + clause.start() + match.start()
                citation = cite_from(document, page, places, start, start + match.end() - match.start())
                if field_id is None or citation is None:
                    continue
                reasons = (f"清单注明：“{said.strip()}”",) + ((OCR_REASON,) if page.source == "ocr" else ())
                out.append(EvidenceFact(field_id=field_id, label=catalog.field(field_id).label,
                                        component=COUNTED_BUT_EXCLUDED, value=match.group("n") + match.group("unit"),
                                        unit=match.group("unit"), normalized=int(match.group("n").replace(",", "")),
                                        scope="platform", confidence=0.85, reasons=reasons, method="text",
                                        citations=(citation,), note=said.strip()))
    return out


_NOTE_SHEET = re.compile(r"^\s*(?:说明|备注|注|填报说明|统计说明|数据说明)\s*[:：]?\s*$")


def read_note_sheets(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    """A list workbook's sheet 「说明」 of sentences, one per row (「三册合计接入设备126,480台（套），其中公有云接入
    78,215台（套）…」, h85): read as a letter's prose is, where the list itself is one volume of several. Only
    a page whose tables are one column wide under a heading 说明/备注 — never a list's own rows."""
    pages = []
    for page in document.pages:
        tables = [t for t in document.tables if t.page_number == page.number]
        first = next((b.text for b in page.blocks if b.text.strip()), "")
        if tables and _NOTE_SHEET.match(first) and all(max((sum(1 for c in r if c.strip()) for r in t.rows), default=0) <= 1
                                                       for t in tables):
            pages.append(page)
    if not pages:
        return []
    numbers = {p.number for p in pages}
    notes = document.model_copy(update={"pages": tuple(pages), "tables": tuple(t for t in document.tables if t.page_number in numbers)})
    return read_prose_figures(notes, catalog, sentences_only=True, cells=True)
