"""An export of models or services with a week's calls → their count and the active ones.

Platforms prove 2.2.3 and 2.3.1 with what their model library or service registry exports:
「序号 | 模型名称 | 模型分类 | 调用次数(近一周) | 状态」, a Nacos 「服务名 | 命名空间 | 实例数 | 近7日调用量」;
a numbered model list without a week's calls gives the count and the categories only.
Every row is one model (工业机理模型数量) or one service (微服务数量) — services are counted, never
their instances; a row called 5 times or more in its week is an active one (「一周调用5次以上」, read
as at least 5, as the 填报指引's own example counts); a model list's 附录D category column gives the
models by category. A 合计 line that prints the count (「合计：112个模型」, 「服务数：64」) confirms it.

A screenshot of a console's list (an OCR page) shows one page of it, a ranking (「微服务调用排行」)
its top, and a list of fewer than five rows is neither's library: none is counted. A header
is read only when it names the items (模型名称 / 服务名) and a call column of one week
(近一周, 近7日, 周); a printed list goes on over pages (its header repeated, running heads between),
and ends at a total line, a blank name, a row of another shape, another table on the same page or
another header opening the next page. A list above a pager (「共 612 条 10条/页」) is one page of a
console's list, printed to PDF: none is counted (the pager's total is `console_lists`' to read).

Must not: read lists of other things (the list readers do) or compare with the form.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import Row, RowCell, document_rows
from extractors.model import Document

_KINDS = {  # the name column's words → (total field, active field)
    "model": (re.compile(r"^(?:工业)?(?:机理)?模型名称$|^模型$"), "models_total", "models_active"),
    "service": (re.compile(r"^(?:微)?服务名(?:称)?$|^service_?(?:name)?$", re.IGNORECASE), "microservices_total",
                "microservices_active"),
}
_CALLS = re.compile(r"(?:调用(?:次数|量)|calls?).*(?:近一周|近7日|近七日|一周|7日|7天|周|week)"
                    r"|(?:近一周|近7日|近七日|一周|7日|7天|week).*(?:调用(?:次数|量)|calls?)", re.IGNORECASE)
_CATEGORY = re.compile(r"^(?:模型)?(?:分类|类别|类型)$")
_TOTAL = re.compile(r"^(?:合计|总计|共计|小计|服务数|模型数|total|共\d)", re.IGNORECASE)
_PRINTED = re.compile(r"(?:合计|共计|总计|服务数|模型数)[:：]?\s*(\d[\d,]*)|^共(\d[\d,]*)个(?:微?服务|模型)")
_RULE_LINE = re.compile(r"^[-=—_*·.]{5,}$")  # a text export's ruling between header and rows
_PAGER = re.compile(r"\d+条/页|共\d[\d,]*条.{0,12}(?:页|<|上一页|下一页)")
_REGISTRY_COLUMN = re.compile(r"^(?:实例数?|健康实例数?|版本|状态|命名空间|分组(?:名称)?|集群|instances?|version|status|namespace|group)$",
                              re.IGNORECASE)
_ACTIVE_CALLS = 5
_RANKING = re.compile(r"排行|排名|TOP\s*\d*|前\s*\d+|热门|常用", re.IGNORECASE)
_SAMPLE = re.compile(r"部分|典型|示例|节选|主要|代表性|精选")
_FEWEST = 5  # fewer rows are a ranking's or a page's, not a platform's library
_CONFIDENCE = 0.85


def read_model_lists(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    rows = document_rows(document)
    facts: list[EvidenceFact] = []
    done: set[str] = set()
    for index, row in enumerate(rows):
        header = _header(row)
        if header is None or header[0] in done:
            continue
        kind, name_at, calls_at, category_at = header
        above = " ".join(r.text for r in rows[max(0, index - 3):index])
        if row.page.source == "ocr" or _RANKING.search(above):
            continue  # a console's screenshot shows one page of the list, a ranking its top
        if calls_at is None and _SAMPLE.search(above):
            continue  # 「典型工业机理模型（部分）」: examples, not the library
        items, printed, last = _items(rows[index + 1:], row, name_at, calls_at, category_at)
        if len(items) < _FEWEST:
            continue
        done.add(kind)
        facts += _facts(kind, items, printed, last, catalog)
    return facts


def _texts(row: Row) -> list[str]:
    return [compact(c.text) for c in row.cells]


def _header(row: Row):
    texts = _texts(row)
    for kind, (names, _total, _active) in _KINDS.items():
        name_at = next((i for i, t in enumerate(texts) if names.match(t)), None)
        calls_at = next((i for i, t in enumerate(texts) if _CALLS.search(t)), None)
        if name_at is not None and calls_at is not None:
            category_at = next((i for i, t in enumerate(texts) if _CATEGORY.match(t)), None)
            return kind, name_at, calls_at, category_at
        # a model library's list without a week's calls (「序号 | 模型名称 | 模型分类 | 调用用户数」, h49): its
        # count and categories only
        if kind == "model" and name_at is not None and re.fullmatch(r"序号|编号|NO\.?", texts[0], re.IGNORECASE):
            return kind, name_at, None, next((i for i, t in enumerate(texts) if _CATEGORY.match(t)), None)
        # a registry's export without calls (「NO | SERVICE_NAME | VERSION | STATUS | INSTANCES」): its count only
        if kind == "service" and name_at is not None and sum(1 for t in texts if _REGISTRY_COLUMN.match(t)) >= 2:
            return kind, name_at, None, None
    return None


def _items(rows: list[Row], header: Row, name_at: int, calls_at: int, category_at: int | None):
    items: list[tuple[str, Decimal | None, str]] = []  # (name, calls, category)
    printed: tuple[int, RowCell] | None = None
    last: RowCell | None = None
    table, last_page = header.table_index, header.page_number  # a table goes on only onto a new page
    heads = _texts(header)
    for row in rows:
        texts = _texts(row)
        joined = "".join(texts)
        if (m := _PRINTED.search(joined)) is not None and _TOTAL.match(joined):
            number = m.group(1) or m.group(2)
            cell = next((c for c in row.cells if number in compact(c.text)), row.cells[0])
            printed = (int(number.replace(",", "")), cell)
            break
        if _RULE_LINE.match(joined):
            continue
        if texts == heads:
            continue  # the header repeated on the next page
        if _PAGER.search(joined):
            return [], None, None  # 「共 612 条 10条/页」: one page of a console's list, not the library
        if row.page_number != last_page and _another_header(texts):
            break  # the next page opens another table (a model library after a service list)
        if row.source != header.source:
            continue  # a running head or a page number between the pages of a printed list
        continued = last is None or row.page_number != last_page or row.table_index == table
        if not continued or len(texts) != len(heads) or not texts[name_at] or _TOTAL.match(texts[0]):
            break
        table, last_page = row.table_index, row.page_number
        try:
            calls = Decimal(texts[calls_at].replace(",", "")) if calls_at is not None and texts[calls_at] else None
        except InvalidOperation:
            calls = None
        items.append((texts[name_at], calls, texts[category_at] if category_at is not None else ""))
        last = row.cells[name_at]
    return items, printed, last


def _another_header(texts: list[str]) -> bool:
    return len(texts) >= 2 and any(re.search(r"名称|编号|序号|分类|类别|版本", t) for t in texts) \
        and not any(re.fullmatch(r"[\d,.]+", t) for t in texts)


def _facts(kind: str, items, printed, last: RowCell | None, catalog: Catalog) -> list[EvidenceFact]:
    _names, total_field, active_field = _KINDS[kind]
    what = "模型" if kind == "model" else "服务"
    count = len(items)
    reasons = [f"{what}清单逐行计数 {count} 行（每行一个{what}）"]
    status, confidence, note = "found", _CONFIDENCE, ""
    citations = tuple(c for c in (printed[1].citation if printed else None, last.citation if last else None) if c)
    if printed is not None and printed[0] == count:
        reasons.append(f"与“{compact(printed[1].text)}”一致")
    elif printed is not None:
        status, confidence = "ambiguous", 0.6
        note = f"清单印 {printed[0]}，与逐行计数 {count} 行不一致"
        reasons.append(f"存疑：{note}")
    facts = [_fact(catalog, total_field, count, reasons, status, confidence, note, citations)]
    read = [c for _n, c, _k in items if c is not None]
    if len(read) == count:  # every row gave its week's calls
        active = sum(1 for c in read if c >= _ACTIVE_CALLS)
        facts.append(_fact(catalog, active_field, active,
                           [f"近一周调用次数不少于{_ACTIVE_CALLS}次的{what} {active} 个（共 {count} 个）"],
                           "found", _CONFIDENCE, "", citations[-1:]))
    categories: dict[str, int] = {}
    for _n, _c, category in items:
        if category:
            categories[category] = categories.get(category, 0) + 1
    if kind == "model" and categories and sum(categories.values()) == count:
        spec = catalog.field("models_by_category")
        for category, n in categories.items():
            facts.append(EvidenceFact(field_id=spec.id, label=spec.label, component=category, value=str(n), unit="个",
                                      normalized=n, scope="platform", dimension="category", confidence=_CONFIDENCE,
                                      reasons=(f"模型清单“分类”列为“{category}”的 {n} 行",), method="list_count",
                                      citations=citations[-1:]))
    return facts


def _fact(catalog: Catalog, field_id: str, value: int, reasons: list[str], status: str, confidence: float,
          note: str, citations) -> EvidenceFact:
    spec = catalog.field(field_id)
    return EvidenceFact(field_id=field_id, label=spec.label, value=str(value), unit="个", normalized=value,
                        scope="platform", confidence=confidence, reasons=tuple(reasons), status=status,
                        note=note, method="list_count", citations=tuple(citations))
