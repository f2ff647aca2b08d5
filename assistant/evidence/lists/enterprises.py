"""Lists of the enterprises a platform serves (a 服务企业名单 exported to Excel or printed): 「序号 |
企业名称 | 所属行业 | 所在地区 | 是否付费 | 企业规模」 over many rows, a 合计 line (「合计：3,846家」) and
often a line of its parts (「其中付费企业：1,236家；中小企业：3,210家」).

Gives 实际服务企业数 (the items counted by 序号, checked against a printed 合计/共N家) and, where the
list says so, its three parts the notice asks for: 付费企业数 (the rows whose 是否付费 cell says yes),
服务中小企业数量 (企业规模 中型/小型/微型/中小) and 服务本市企业数量 (所在地 上海) — each read twice
where it can be, from the column and from a printed line, and ambiguous when the two differ.
A list headed as a part (主要/典型客户名单) gives `segment` facts.

Must not: read certificate, device or APP lists (their modules do), or compare with the form.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import ListBlock
from assistant.evidence.lists.cells import cite_row
from assistant.evidence.lists.confidence import (
    AMBIGUOUS,
    CLEAN,
    DOUBTFUL,
    OCR_CAP,
    SURE,
)
from assistant.evidence.lists.scan import Scan
from assistant.evidence.lists.scope import as_of_text, part_heading
from assistant.evidence.rows import Row

_N = r"(\d[\d,]*)\s*(?:家|个|户)"
_TOTAL = re.compile(r"(?:合计|总计|共计|共)(?:服务)?(?:企业|客户|用户)?(?:数)?\s*[:：为]?\s*" + _N)


def _yes_paid(text: str) -> bool:
    return bool(re.fullmatch(r"是|Y|YES|√|✓|✔|付费|已付费|收费|付费用户|付费企业", text, re.IGNORECASE))


def _sme(text: str) -> bool:
    return bool(re.search(r"中小|小微|中型|小型|微型", text)) and "大型" not in text


def _shanghai(text: str) -> bool:
    return "上海" in text or text == "本市"


# field id → (the column that tells, the cell test, the words of a printed line)
_PARTS: dict[str, tuple[re.Pattern, Callable[[str], bool], re.Pattern]] = {
    "enterprises_paying": (re.compile(r"付费|收费"), _yes_paid,
                           re.compile(r"付费(?:企业|客户|用户)(?:数)?\s*[:：为]?\s*" + _N)),
    "enterprises_served_sme": (re.compile(r"规模|企业类型|企业划型"), _sme,
                               re.compile(r"中小(?:微)?(?:型)?(?:企业|客户)(?:数)?\s*[:：为]?\s*" + _N)),
    "enterprises_served_shanghai": (re.compile(r"地区|所在地|区域|省市|省份|注册地|城市|属地"), _shanghai,
                                    re.compile(r"(?:上海|本市)(?:市)?(?:地区)?(?:企业|客户)(?:数)?\s*[:：为]?\s*" + _N)),
}


def enterprise_facts(scan: Scan, catalog: Catalog) -> list[EvidenceFact]:
    facts: list[EvidenceFact] = []
    for index, block in enumerate(scan.blocks):
        if block.kind != "enterprise" or not block.entries:
            continue
        after = scan.blocks[index + 1].notes if index + 1 < len(scan.blocks) else scan.notes
        lines = [t.row for t in block.totals] + [h.row for h in block.headings] + block.notes[-3:] + after[:4]
        facts += _block_facts(block, scan, lines, catalog)
    return facts


def _block_facts(block: ListBlock, scan: Scan, lines: list[Row], catalog: Catalog) -> list[EvidenceFact]:
    entries = block.entries
    doubts = [f"序号不连续（缺第{'、'.join(str(n) for n in block.missing[:5])}号）"] if block.missing else []
    doubts += ["列表由OCR识别，数字可能有误差"] if any(e.row.page.source == "ocr" for e in entries) else []
    part = part_heading([block], scan)
    common = {"scope": "segment" if part else "platform", "as_of": as_of_text(scan), "method": "list_count"}
    if part:
        doubts.append(f"标题“{part}”表明名单只列出部分企业")
    facts = []
    printed = _printed(lines, _TOTAL)
    facts.append(_reading(catalog, "enterprises_served", len(entries), f"服务企业名单按序号逐行计数 {len(entries)} 行",
                          entries[-1].row, printed, doubts, common))
    for field_id, (column_words, test, line_words) in _PARTS.items():
        if not any(f.id == field_id for f in catalog.fields):
            continue
        column = next((c for c in block.header.columns if c.role != "serial" and column_words.search(c.text)), None)
        counted = None
        if column is not None:
            rows = [e for e in entries if e.cells and column.slot in e.cells]
            if len(rows) == len(entries):  # every row lined up with the column: its count is a reading
                hits = [e for e in rows if test(squash(e.cells[column.slot].text))]
                counted = (len(hits), f"“{column.text}”列符合的企业 {len(hits)} 行", hits[-1].row if hits else None)
        stated = _printed(lines, line_words)
        if counted is None and not stated:
            continue
        if counted is None:
            value, text, row = stated[0]
            facts.append(_fact(catalog, field_id, value, DOUBTFUL if len(stated) == 1 else CLEAN,
                               [f"名单下的说明“{text}”"], doubts, "found", row, common))
            continue
        facts.append(_reading(catalog, field_id, counted[0], counted[1], counted[2] or block.header.row, stated,
                              doubts, common))
    return facts


def _printed(lines: list[Row], pattern: re.Pattern) -> list[tuple[int, str, Row]]:
    out = []
    for row in lines:
        text = squash(row.text)
        if (match := pattern.search(text)) is not None:
            out.append((int(match.group(1).replace(",", "")), row.text.strip(), row))
    return out


def _reading(catalog: Catalog, field_id: str, counted: int, how: str, counted_row: Row,
             printed: list[tuple[int, str, Row]], doubts: list[str], common: dict) -> EvidenceFact:
    """A count read from the rows, checked against what a printed line says of it."""
    values = {value for value, _t, _r in printed}
    if values == {counted}:
        return _fact(catalog, field_id, counted, SURE, [how, f"与“{printed[0][1]}”一致"], doubts, "found",
                     printed[0][2], common, also=counted_row)
    if printed:
        value, text, row = printed[0]
        doubts = [*doubts, f"“{text}”印 {value}，与{how}不一致"]
        return _fact(catalog, field_id, value, AMBIGUOUS, [f"名单印“{text}”"], doubts, "ambiguous", row, common,
                     also=counted_row)
    return _fact(catalog, field_id, counted, CLEAN, [how], doubts, "found", counted_row, common)


def _fact(catalog: Catalog, field_id: str, value: int, confidence: float, reasons: list[str], doubts: list[str],
          status: str, row: Row, common: dict, also: Row | None = None) -> EvidenceFact:
    spec = catalog.field(field_id)
    if any("OCR" in d for d in doubts):
        confidence = min(confidence, OCR_CAP)
    elif doubts:
        confidence = min(confidence, DOUBTFUL)
    citations = tuple(c for c in (cite_row(row), cite_row(also) if also is not None and also is not row else None)
                      if c is not None)
    return EvidenceFact(field_id=spec.id, label=spec.label, value=str(value), unit=spec.unit or "", normalized=value,
                        dimension="total", confidence=confidence,
                        reasons=(*reasons, *(f"存疑：{d}" for d in doubts)), status=status, citations=citations,
                        note="；".join(reasons), **common)

