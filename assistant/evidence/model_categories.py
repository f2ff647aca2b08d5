"""A model library's summary by 附录D category → 按分类统计工业模型数量, one fact a category.

Model platforms print the library's breakdown as a small table beside (or on a sheet after)
the model list itself:

    模型分类      | 数量（个）
    行业机理模型  | 38
    数据算法模型  | 28
    …
    合计          | 112

The header's key column names the category (模型分类 / 模型类别 / 分类, with 模型 said in the
header or in the lines above it) and its value column a count (数量 / 个数 / 模型数); each row
up to the 合计 is one category, named as the applicant names it (附录D's four or the trade's own
words, 「设备运维模型」). The 合计 confirms the rows: equal → confident; otherwise, or without a
合计, each row is kept doubted.

Must not: count a model list's rows (`model_lists` does), read the 合计 as a category, or compare
with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.values.numbers import sole_quantity
from extractors.model import Document

_KEY = re.compile(r"^(?:工业)?(?:模型)?(?:分类|类别|类型)(?:名称)?$")
_COUNT = re.compile(r"^(?:模型)?(?:数量|个数|模型数)(?:[（(]个[)）])?$")
_TOTAL = re.compile(r"^(?:合计|总计|共计|小计)[:：]?$")
_CATEGORY = re.compile(r"模型$|^其他$|^其它$")
_CONFIDENT = 0.85
_UNCHECKED = 0.7


def read_model_categories(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    if not any(f.id == "models_by_category" for f in catalog.fields):
        return []
    spec = catalog.field("models_by_category")
    rows = document_rows(document)
    above: list[str] = []
    for index, row in enumerate(rows):
        texts = [compact(c.text) for c in row.cells if c.text.strip()]
        header = _header(texts, above)
        above = [*above[-2:], "".join(texts)]
        if header is None:
            continue
        entries, total = _entries(rows[index + 1:], header)
        if len(entries) >= 2:
            return _facts(spec, entries, total)
    return []


def _header(texts: list[str], above: list[str]) -> int | None:
    if len(texts) < 2 or not _KEY.match(texts[0]):
        return None
    counts = [i for i, t in enumerate(texts[1:], start=1) if _COUNT.match(t)]
    if len(counts) != 1 or not ("模型" in "".join(texts) or any("模型" in line for line in above)):
        return None
    return counts[0]


def _entries(rows: list[Row], column: int):
    entries: list[tuple[str, int, RowCell, RowCell, Row]] = []
    for row in rows:
        cells = [c for c in row.cells if c.text.strip()]
        if len(cells) <= column:
            break
        name = compact(cells[0].text)
        quantity = sole_quantity(cells[column].text)
        if quantity is None or quantity.value != quantity.value.to_integral_value():
            break
        if _TOTAL.match(name):
            return entries, (int(quantity.value), cells[column])
        if not _CATEGORY.search(name):
            break  # a row of something else: no category table
        entries.append((name, int(quantity.value), cells[0], cells[column], row))
    return entries, None


def _facts(spec, entries, total) -> list[EvidenceFact]:
    summed = sum(n for _name, n, *_ in entries)
    if total is not None and total[0] == summed:
        confidence, why = _CONFIDENT, f"各分类之和{summed}与合计一致"
    elif total is not None:
        confidence, why = _UNCHECKED, f"存疑：各分类之和{summed}与合计{total[0]}不一致"
    else:
        confidence, why = _UNCHECKED, "存疑：表下无合计，未能核对"
    facts = []
    for name, n, label, cell, row in entries:
        reasons = [f"模型分类统计表“{label.text.strip()}”行", why]
        if row.page.source == "ocr":
            reasons.append(OCR_REASON)
        facts.append(EvidenceFact(field_id=spec.id, label=spec.label, component=name, value=cell.text.strip(), unit="个",
                                  normalized=n, scope="platform", dimension="category", confidence=confidence,
                                  reasons=tuple(reasons), method="table_row",
                                  citations=tuple(c for c in (cell.citation,) if c is not None),
                                  note=f"{label.text.strip()} {cell.text.strip()}"))
    return facts
