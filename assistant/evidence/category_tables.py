"""A summary table by category → 按分类统计 facts, one a category, and its 合计 as the total: models by
附录D category (h31's model library), APPs by 附录B category (h43's scanned 应用统计表), solutions by 附录E's new
mode (h15's 解决方案目录).

Platforms print a library's breakdown as a small table beside (or on a sheet after) the list itself:

    模型分类      | 数量（个）            表1 工业APP按分类统计（附录B）
    行业机理模型  | 38                    分类     | 数量（个）
    数据算法模型  | 28                    运维服务 | 71
    …                                     …
    合计          | 112                   合计     | 236

The header's key column names the category (模型分类 / APP分类 / 分类 / 类别) and its value column a
count (数量 / 个数 / 模型数); what is counted — models or APPs — is said in the header or in the
nearest line above it. Each row up to the 合计 is one category: a model category ends in 模型 (附录D's
four or the trade's own words, 「设备运维模型」), an APP category is one of 附录B's (「研发设计类」 too).
The 合计 confirms the rows: equal → confident, and the 合计 is the library's total; otherwise, or
without a 合计, each row is kept doubted and no total is given. A row right under the categories
whose label the scan lost (a seal over 「合计」 read as 「1」) but whose figure is the rows' sum is
that 合计, doubted.

Must not: count a list's rows (`model_lists`, `lists` do), read the 合计 as a category, or compare with
the form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.values.numbers import sole_quantity
from extractors.model import Document

_KEY = re.compile(r"^(?:工业)?(?:模型|APP|应用)?(?:分类|类别|类型)(?:名称)?$|^新?模式(?:[（(]附录E[)）])?$", re.IGNORECASE)
_COUNT = re.compile(r"^(?:模型|APP|应用|解决方案|方案)?(?:数量|个数|模型数|应用数|方案数)(?:[（(]个[)）])?$", re.IGNORECASE)
_TOTAL = re.compile(r"^(?:合计|总计|共计|小计)[:：]?$")
_LOST_LABEL = re.compile(r"^[^\u4e00-\u9fff]{1,2}$")  # 「1」, 「|」: what a seal leaves of 「合计」
_CONFIDENT = 0.85
_UNCHECKED = 0.7


@dataclass(frozen=True)
class _Kind:
    subject: re.Pattern[str]  # what the header or the caption names
    category: re.Pattern[str]
    breakdown: str
    total: str
    name: str  # Chinese, for the reasons


def _kinds(catalog: Catalog) -> tuple[_Kind, ...]:
    apps = "|".join(re.escape(n) for n in catalog.appendices.apps)
    modes = "|".join(re.escape(n) for n in catalog.appendices.solution_modes)
    return (_Kind(re.compile(r"模型"), re.compile(r"模型$|^其他$|^其它$"), "models_by_category", "models_total", "模型"),
            _Kind(re.compile(r"APP|应用", re.IGNORECASE), re.compile(rf"^(?:{apps})类?$|^其他$|^其它$"),
                  "apps_by_category", "apps_total", "工业APP"),
            # solutions by 附录E's new modes (h15's 「新模式（附录E） | 解决方案数量（个） | 代表方案」)
            _Kind(re.compile(r"解决方案|方案"), re.compile(rf"^(?:{modes})$"), "solutions_by_mode", "solutions_total", "解决方案"))


def read_category_tables(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    known = {f.id for f in catalog.fields}
    kinds = [k for k in _kinds(catalog) if k.breakdown in known and k.total in known]
    rows = document_rows(document)
    above: list[str] = []
    facts: list[EvidenceFact] = []
    done: set[str] = set()
    for index, row in enumerate(rows):
        texts = [compact(c.text) for c in row.cells if c.text.strip()]
        found = _header(texts, above, kinds)
        above = [*above[-2:], "".join(texts)]
        if found is None or found[0].breakdown in done:
            continue
        kind, column = found
        entries, total = _entries(rows[index + 1:], column, kind)
        if len(entries) >= 2:
            facts += _facts(catalog, kind, entries, total)
            done.add(kind.breakdown)
    return facts


def _header(texts: list[str], above: list[str], kinds: list[_Kind]) -> tuple[_Kind, int] | None:
    if len(texts) < 2 or not _KEY.match(texts[0]):
        return None
    counts = [i for i, t in enumerate(texts[1:], start=1) if _COUNT.match(t)]
    if len(counts) != 1:
        return None
    # what is counted: said in the header, else in the nearest line above that says one thing only
    for words in ("".join(texts), *reversed(above)):
        said = [k for k in kinds if k.subject.search(words)]
        if len(said) == 1:
            return said[0], counts[0]
        if said:
            return None  # 「工业APP与工业机理模型统计表」: both, so neither
    return None


def _entries(rows: list[Row], column: int, kind: _Kind):
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
            return entries, (int(quantity.value), cells[column], row, True)
        if not kind.category.search(name):
            summed = sum(n for _name, n, *_ in entries)
            if _LOST_LABEL.match(name) and len(entries) >= 2 and int(quantity.value) == summed:
                return entries, (summed, cells[column], row, False)
            break  # a row of something else: no category table
        entries.append((name, int(quantity.value), cells[0], cells[column], row))
    return entries, None


def _facts(catalog: Catalog, kind: _Kind, entries, total) -> list[EvidenceFact]:
    summed = sum(n for _name, n, *_ in entries)
    spec, whole = catalog.field(kind.breakdown), catalog.field(kind.total)
    if total is not None and total[0] == summed:
        confidence, why = _CONFIDENT, f"各分类之和{summed}与合计一致"
    elif total is not None:
        confidence, why = _UNCHECKED, f"存疑：各分类之和{summed}与合计{total[0]}不一致"
    else:
        confidence, why = _UNCHECKED, "存疑：表下无合计，未能核对"
    ocr = any(row.page.source == "ocr" for *_rest, row in entries)
    facts = []
    for name, n, label, cell, _row in entries:
        reasons = [f"{kind.name}分类统计表“{label.text.strip()}”行", why, *([OCR_REASON] if ocr else [])]
        facts.append(EvidenceFact(field_id=spec.id, label=spec.label, component=name, value=cell.text.strip(), unit="个",
                                  normalized=n, scope="platform", dimension="category", confidence=confidence,
                                  reasons=tuple(reasons), method="table_row",
                                  citations=tuple(c for c in (cell.citation,) if c is not None),
                                  note=f"{label.text.strip()} {cell.text.strip()}"))
    if total is not None and total[0] == summed:
        value, cell, row, labelled = total
        reasons = [f"{kind.name}分类统计表的合计行", why]
        if not labelled:
            reasons.append(f"存疑：合计行的标签未能识别（“{compact(row.cells[0].text)}”），其数等于各分类之和")
        reasons += [OCR_REASON] if ocr else []
        facts.append(EvidenceFact(field_id=whole.id, label=whole.label, value=cell.text.strip(), unit="个",
                                  normalized=value, scope="platform", period="合计", dimension="total",
                                  confidence=confidence if labelled else _UNCHECKED, reasons=tuple(reasons),
                                  method="table_row", citations=tuple(c for c in (cell.citation,) if c is not None),
                                  note=f"合计 {cell.text.strip()}"))
    return facts
