"""An APP list a back office exports with English column names — 「app_id, app_name, category, deploy_mode,
dev_type, status, subscribers」 (a CSV, h87) — and, often, the counts it printed under it
(「# total_apps=412」, 「# public_cloud=284」).

Gives 工业APP数量 (the rows, the withdrawn ones left out by their status), 公有云工业APP数量 (the rows whose
deployment column says public cloud), 基于平台开发的工业APP数量 and 云化工业软件数量 (the rows whose
development-type column says platform-native, or migrated to the cloud): each counted from the rows, and
checked against a footer line whose key is the total or the very value counted (「public_cloud=284」).
A footer that disagrees leaves the count ambiguous; none leaves it unchecked.

Must not: read a list headed in Chinese (`lists.apps` does), guess a column from its values alone, or
compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceFact
from assistant.evidence.lists.cells import cite_row
from assistant.evidence.lists.confidence import (
    AMBIGUOUS,
    CLEAN,
    SURE,
    count_fact,
    has_field,
)
from assistant.evidence.rows import Row

_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_ .\-]{0,30}")
_NAME = re.compile(r"(?:app|application)[_ .\-]?(?:name|title)", re.IGNORECASE)
_DEPLOY = re.compile(r"deploy(?:ment)?(?:[_ .\-]?(?:mode|type|model|target))?", re.IGNORECASE)
_DEVELOPED = re.compile(r"(?:dev|development|build)[_ .\-]?(?:type|mode|source|method)|origin|source", re.IGNORECASE)
_STATUS = re.compile(r"status|state", re.IGNORECASE)
_WITHDRAWN = re.compile(r"offline|delisted|removed|retired|deprecated|disabled|archived|unpublished", re.IGNORECASE)
# (field, the column's name, a cell's value — words joined by _): the parts the form asks beside the total
_PARTS = (("apps_public_cloud", _DEPLOY, re.compile(r"public_cloud")),
          ("apps_platform_native", _DEVELOPED, re.compile(r"platform_(?:native|developed|built)|in_house|self_developed")),
          ("apps_cloudified_software", _DEVELOPED, re.compile(r"cloud_migrated|migrated(?:_to_cloud)?|cloudified|saasified")))
_FOOTER = re.compile(r"#?\s*(?P<key>[A-Za-z][A-Za-z_ \-]{0,30}?)\s*[=:：]\s*(?P<n>\d[\d,]*)\s*")
_TOTAL_KEY = re.compile(r"total(?:_(?:apps?|applications?))?|(?:apps?|applications?)_(?:total|count)")
_ZH = {"apps_total": "全部", "apps_public_cloud": "公有云部署", "apps_platform_native": "基于平台开发",
       "apps_cloudified_software": "云化工业软件"}


def _key(text: str) -> str:
    return re.sub(r"[\s\-.]+", "_", text.strip().lower())


def english_app_exports(rows: list[Row], catalog: Catalog) -> list[EvidenceFact]:
    facts: list[EvidenceFact] = []
    index = 0
    while index < len(rows):
        texts = [c.text.strip() for c in rows[index].cells]
        if len(texts) < 3 or not all(_IDENTIFIER.fullmatch(t) for t in texts) \
                or not any(_NAME.fullmatch(t) for t in texts):
            index += 1
            continue
        header, body, footer = rows[index], [], []
        index += 1
        while index < len(rows) and rows[index].table_index == header.table_index \
                and rows[index].page_number == header.page_number:
            cells = [c.text.strip() for c in rows[index].cells]
            if len(cells) == len(texts) and all(cells[i] for i, t in enumerate(texts) if _NAME.fullmatch(t)):
                body.append(rows[index])
            elif len([c for c in cells if c]) == 1:
                footer.append(rows[index])
            index += 1
        facts += _facts(texts, body, footer, catalog)
    return facts


def _facts(texts: list[str], body: list[Row], footer: list[Row], catalog: Catalog) -> list[EvidenceFact]:
    if not body:
        return []
    printed = {}
    for row in footer:
        if (m := _FOOTER.fullmatch(" ".join(c.text for c in row.cells).strip())) is not None:
            printed.setdefault(_key(m["key"]), (int(m["n"].replace(",", "")), row))
    status = next((i for i, t in enumerate(texts) if _STATUS.fullmatch(t)), None)
    gone = [r for r in body if status is not None and _WITHDRAWN.search(r.cells[status].text)]
    listed = [r for r in body if r not in gone]
    common = {"scope": "platform", "as_of": "", "method": "list_count"}
    facts = []
    counts = [("apps_total", "", listed, next((v for k, v in printed.items() if _TOTAL_KEY.fullmatch(k)), None))]
    for field_id, column_name, value in _PARTS:
        column = next((i for i, t in enumerate(texts) if column_name.fullmatch(t)), None)
        if column is None:
            continue
        items = [r for r in listed if value.fullmatch(_key(r.cells[column].text))]
        said = next((v for k, v in printed.items() if value.fullmatch(k)), None)
        if items:
            counts.append((field_id, texts[column], items, said))
    for field_id, column_name, items, said in counts:
        if not has_field(catalog, field_id) or not items:
            continue
        how = f"英文表头的导出清单，“{column_name}”列为{_ZH[field_id]}的应用 {len(items)} 行" if column_name \
            else f"英文表头的应用导出清单逐行计数 {len(items)} 行"
        reasons, doubts, confidence, state = [how], [], CLEAN, "found"
        if gone:
            reasons.append(f"状态为下架/停用等的 {len(gone)} 行不计入")
        if said is not None and said[0] == len(items):
            reasons.append(f"与清单末尾“{said[1].text.strip()}”一致")
            confidence = SURE
        elif said is not None:
            state, confidence = "ambiguous", AMBIGUOUS
            doubts.append(f"清单末尾“{said[1].text.strip()}”印 {said[0]}，与逐行计数 {len(items)} 行不一致")
        else:
            doubts.append("清单未印总数，按行计数未能核对")
        citations = tuple(c for c in (cite_row(said[1]) if said else None, cite_row(items[-1])) if c is not None)
        facts.append(count_fact(catalog.field(field_id), str(len(items)), len(items), confidence, reasons, doubts,
                                state, citations, common))
    return facts
