"""Certificate lists written as paragraphs, no table: 「平台省部级及以上奖项/荣誉清单（共3项）」 then
「1.2020年工业互联网试点示范项目 / 颁发单位：… 」, 「2.…」, 「3.…」 (a scanned page of honours, a letter
listing patents), or a heading 「…奖项/荣誉情况」, a sentence 「…如下（共计6项，…）：」 and one bullet
(◆, ●, ■, •) per item. The paragraphs after a heading that names a kind — numbered 1 to N in
order, or bulleted with one mark — are counted; a 共N项 in the heading, in a sentence between it and
the items, or closing them confirms the count.

A count said only in a sentence (「累计取得授权专利42项（其中发明专利25项…）、计算机软件著作权88项」:
a 知识产权情况说明 whose lists, if any, are of another kind) is that kind's count, doubted: nothing
was counted to confirm it (`stated_facts`). A sentence of applications, plans or a year's increase
(申请, 受理, 审查, 预计, 新增) is no count of certificates held.

Read only for a kind no tabled list of the file gave (`certificate_facts` first).
Must not: compare with the form.
"""

from __future__ import annotations

import re
from itertools import groupby

from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.lists.cells import cite_row
from assistant.evidence.lists.certificates import (
    CERTIFICATE_FIELDS,
    NOT_HELD,
    NOTE_COUNTS,
)
from assistant.evidence.lists.confidence import CLEAN, DOUBTFUL, OCR_CAP
from assistant.evidence.lists.headings import printed_count, read_heading
from assistant.evidence.lists.pending import kind_notes, says_pending
from assistant.evidence.rows import Row

_ITEM = re.compile(r"^\s*(\d{1,3})\s*[.．、)）]")
_BULLET = re.compile(r"^\s*([◆◇●○■□▪▫•★☆➢▶►])\s*\S")
_LIST = re.compile(r"清单|目录|一览|列表")


def enumerated_facts(rows: list[Row], catalog: Catalog, have: set[str]) -> list[EvidenceFact]:
    facts: list[EvidenceFact] = []
    for index, row in enumerate(rows):
        heading = read_heading(row)
        if heading is None or heading.kind not in CERTIFICATE_FIELDS or heading.kind in have:
            continue
        expected, last, closing, said, bullet = 1, None, None, None, None
        items: list[tuple[int, Row]] = []
        for later in rows[index + 1:]:
            text, follows = squash(later.text), read_heading(later)
            numbered, mark = _ITEM.match(later.text), _BULLET.match(later.text)
            if bullet is None and numbered and int(numbered.group(1)) == expected:
                expected, last = expected + 1, later
                items.append((expected - 1, later))
            elif mark and (mark.group(1) == bullet or (bullet is None and last is None)):
                bullet, expected, last = mark.group(1), expected + 1, later  # one item per bullet of one mark
            elif last is None and said is None and (count := printed_count(text)):
                said = (count[0], later)  # 「…荣誉如下（共计6项，证书扫描件附后）：」 before the items
            elif last is not None and (count := printed_count(text)) and len(text) <= 12:
                closing = (count[0], later)  # 「共5项」 after the items
                break
            elif follows is not None and (follows.printed is not None or (bullet is not None and last is not None)):
                break  # the next list's heading; any heading after bullets
        if heading.printed is None and said is None and not _LIST.search(heading.text):
            continue
        counted = expected - 1
        stated = (heading.printed[0], row) if heading.printed else (said or closing)
        if counted == 0 and stated is None:
            continue
        spec = catalog.field(CERTIFICATE_FIELDS[heading.kind])
        how = f"逐条列出 {counted} 项（每项以“{bullet}”开头）" if bullet else f"按编号 1–{counted} 逐条列出 {counted} 项"
        reasons, doubts = [f"“{row.text.strip()}”下{how}" if counted else f"“{row.text.strip()}”"], []
        pending = _pending(items, rows, heading.kind)
        if pending:
            reasons.append(f"清单注明尚未授权的申请有 {len(pending)} 项（{'、'.join(f'第{n}项' for n in pending[:5])}）")
        if counted == 0:
            doubts.append("条目未编号（或为自动编号），未能逐条计数，仅依据印出的项数")
        elif stated is not None and counted == stated[0]:
            reasons.append(f"与“{stated[1].text.strip()}”一致")
        elif stated is not None:
            doubts.append(f"“{stated[1].text.strip()}”印 {stated[0]} 项，与逐条编号 {counted} 条不一致")
        else:
            doubts.append("未印合计，无法核对")
        value = stated[0] if stated is not None else counted
        confidence = CLEAN if not doubts else DOUBTFUL
        if row.page.source == "ocr":
            confidence = min(confidence, OCR_CAP)
            doubts.append("清单由OCR识别")
        cited = [stated[1] if stated is not None else row, last]
        citations = tuple(dict.fromkeys(c for r in cited if r is not None and (c := cite_row(r)) is not None))
        if not citations:
            continue
        have.add(heading.kind)
        facts.append(EvidenceFact(field_id=spec.id, label=spec.label, value=str(value), unit="项",
                                  normalized=value, scope="platform", dimension="total", confidence=confidence,
                                  reasons=(*reasons, *(f"存疑：{d}" for d in doubts)), method="list_count",
                                  citations=citations, note="；".join(reasons), pending=len(pending)))
    return facts


def _pending(items: list[tuple[int, Row]], rows: list[Row], kind: str) -> list[int]:
    """The numbers of the items that say, or whose note says, they are applications not granted
    (「注：第22–24项为已受理的发明专利申请（实质审查中），尚未获得授权。」 under the last item)."""
    if kind not in ("patent", "software") or not items:
        return []
    after = next(i for i, r in enumerate(rows) if r is items[-1][1]) + 1
    serials = kind_notes([r.text for r in rows[after:after + 3] if not _ITEM.match(r.text)], kind)
    return [n for n, item in items if n in serials or says_pending(squash(item.text))]


_TILE_FIGURES = re.compile(r"\d[\d,.]*\s*[^\s\d]{0,3}(?:\s+\d[\d,.]*\s*[^\s\d]{0,3})+")  # a line of figures alone


def stated_facts(rows: list[Row], catalog: Catalog, have: set[str]) -> list[EvidenceFact]:
    """Counts of certificates said only in the file's sentences (see the module doc), for the kinds
    nothing else gave. The lines of a page are read as one text: a sentence wraps anywhere."""
    found: dict[str, list[tuple[int, Row]]] = {}
    for _page, lines in groupby([r for r in rows if r.source == "line"], key=lambda r: r.page_number):
        lines = list(lines)
        text, starts = "", []
        for row in lines:
            starts.append(len(text))
            text += squash(row.text)
        for kind, pattern in NOTE_COUNTS.items():
            if kind in have:
                continue
            for match in pattern.finditer(text):
                clause = re.split(r"[，,。；;]", text[:match.start()])[-1] + match.group(0)
                if NOT_HELD.search(clause) or clause.count("（") + clause.count("(") > clause.count("）") + clause.count(")"):
                    continue  # applications, plans, a year's increase; a part in brackets
                row = lines[max(i for i, start in enumerate(starts) if start <= match.start())]
                figures = lines[max(i for i, start in enumerate(starts) if start <= match.start(1))]
                if figures is not row and _TILE_FIGURES.fullmatch(figures.text.strip()):
                    continue  # 「… 微服务 解决方案」 over 「206个 486个 1,426个 46个」: a dashboard's tiles, no sentence (h81)
                found.setdefault(kind, []).append((int(match.group(1)), row))
    facts = []
    for kind, said in found.items():
        values = {value for value, _row in said}
        citations = tuple(dict.fromkeys(c for _v, row in said if (c := cite_row(row)) is not None))
        if len(values) != 1 or not citations:
            continue  # two counts of one kind in the file's sentences: which is meant is not said
        value, row = said[0]
        spec = catalog.field(CERTIFICATE_FIELDS[kind])
        reasons = (f"说明中写明“{row.text.strip()[:60]}”", "存疑：仅有文字说明，文件中没有可逐条计数的清单")
        facts.append(EvidenceFact(field_id=spec.id, label=spec.label, value=str(value), unit="项", normalized=value,
                                  scope="platform", dimension="total", confidence=DOUBTFUL, reasons=reasons,
                                  method="list_count", citations=citations, note=reasons[0]))
    return facts
