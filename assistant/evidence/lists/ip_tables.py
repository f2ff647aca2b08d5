"""Statistics of the certificates held, not a list of them: a 知识产权汇总表 by technical field —

    技术领域 | 发明专利 | 实用新型 | 外观设计 | 专利小计 | 软件著作权 | 备注
    设备联网与边缘计算 | 5 | 4 | 0 | 9 | 8 |
    …
    合计 | 17 | 15 | 2 | 34 | 41 | 权利人均为本公司

The 合计 row gives each kind's count under the column that names the kind as a whole (「专利小计」,
「专利数」, 「授权专利」, 「软件著作权」, 「软著」); patents printed only by their three types
(发明专利 | 实用新型 | 外观设计) are the sum of those columns. The count is sure when the rows add up
to it, ambiguous when they do not; a sentence of the file that says the same count
(「专利合计34项，软件著作权合计41项」) is cited with it.

Must not: count the rows of a list (`certificates` does), or compare with the form.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.core.evidence import STATISTICS_TABLE, EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.lists.cells import Cell, cite_row, count_in, row_cells
from assistant.evidence.lists.certificates import NOTE_COUNTS
from assistant.evidence.lists.confidence import AMBIGUOUS, SURE, count_fact, has_field
from assistant.evidence.lists.totals import TOTAL_LABEL
from assistant.evidence.rows import Row

_KEY = re.compile(r"^(?:技术领域|领域|技术方向|方向|分类|类别|产品|产品线|模块|子系统|业务板块|项目|年度|年份|单位|主体|权利人)")
_NOTE = re.compile(r"^(?:备注|说明)$")
# A column that counts one kind as a whole; patents also by their three types.
_WHOLE = {"patent": ("patents", re.compile(r"^(?:授权)?专利(?:小计|合计|数|数量|总数|\(项\)|（项）|$)")),
          "software": ("software_copyrights", re.compile(r"^(?:计算机)?(?:软件著作权|软著)(?:登记)?(?:小计|合计|数|数量|\(项\)|（项）|\(个\)|（个）)?$"))}
_PATENT_TYPES = re.compile(r"^(?:发明专利|发明|实用新型(?:专利)?|外观设计(?:专利)?)(?:\(项\)|（项）)?$")


def certificate_tables(rows: list[Row], catalog: Catalog) -> list[EvidenceFact]:
    """Every certificate statistics table among the rows (see the module doc)."""
    facts: list[EvidenceFact] = []
    header: list[str] | None = None
    body: list[list[Cell]] = []
    for index, row in enumerate(rows):
        cells = row_cells(row)
        texts = [squash(c.text) for c in cells]
        if _is_header(texts):
            header, body = texts, []
        elif header is not None and texts and TOTAL_LABEL.match(texts[0]) and len(cells) >= len(header) - 1:
            facts += _table_facts(header, body, row, cells, rows[index + 1:index + 4], catalog)
            header = None
        elif header is not None and len(cells) >= len(header) - 1 and count_in(texts[0]) is None \
                and all(count_in(t) is not None for t in texts[1:len(header)] if not _NOTE.match(t)):
            body.append(cells)
        elif header is not None:
            header = None  # the table ended without a 合计
    return facts


def _is_header(texts: list[str]) -> bool:
    if len(texts) < 3 or not _KEY.match(texts[0]):
        return False
    kinds = [t for t in texts[1:] if any(p.match(t) for _f, p in _WHOLE.values()) or _PATENT_TYPES.match(t)]
    return len(kinds) >= 2 and all(t in kinds or _NOTE.match(t) for t in texts[1:])


def _table_facts(header: list[str], body: list[list[Cell]], total_row: Row, total: list[Cell], after: list[Row],
                 catalog: Catalog) -> list[EvidenceFact]:
    facts = []
    common = {"scope": "platform", "as_of": "", "method": "list_count"}
    for kind, (field_id, whole) in _WHOLE.items():
        columns = [i for i, t in enumerate(header) if i and whole.match(t)]
        how = f"知识产权统计表“{header[columns[0]]}”列的合计行" if columns else ""
        if not columns and kind == "patent":
            columns = [i for i, t in enumerate(header) if i and _PATENT_TYPES.match(t)]
            how = f"知识产权统计表{'、'.join(header[i] for i in columns)}各列合计之和"
        if not columns or not has_field(catalog, field_id) or max(columns) >= len(total):
            continue
        printed = [count_in(total[i].text) for i in columns]
        if any(p is None for p in printed):
            continue
        value = int(sum(printed, Decimal(0)))
        summed = sum((count_in(cells[i].text) or Decimal(0) for cells in body for i in columns if i < len(cells)), Decimal(0))
        reasons, doubts, status, confidence = [how, STATISTICS_TABLE], [], "found", SURE
        if body and summed == value:
            reasons.append(f"与 {len(body)} 行之和一致")
        else:
            doubts.append(f"合计 {value} 与各行之和 {summed} 不一致")
            status, confidence = "ambiguous", AMBIGUOUS
        citations = [c for c in (cite_row(total_row),) if c is not None]
        for row in after:  # 「专利合计34项，软件著作权合计41项」 under the table
            said = NOTE_COUNTS[kind].search(squash(row.text))
            if said and int(said.group(1)) == value and (c := cite_row(row)) is not None:
                reasons.append(f"与“{row.text.strip()}”一致")
                citations.append(c)
        facts.append(count_fact(catalog.field(field_id), str(value), value, confidence, reasons, doubts, status,
                                tuple(citations), common))
    return facts
