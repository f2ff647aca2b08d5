"""An English or bilingual segment note printed as text lines → the platform segment's figures (h65).

A foreign auditor's 「45. Segment information 分部信息」 prints, per year, a heading line and a small table
without ruling:

    Year ended 31 December 2023 (RMB'000)
    Interior components   Industrial internet   Total
                          platform
    Segment revenue (external customers) 分部收入   2,817,194   48,236   2,865,430
    Research and development expenses 研发费用         88,808    9,842      98,650
    Segment profit before tax 分部利润总额              180,305    6,115     186,420

The text layer gives each line's words, not where each word stands, so the platform's column is told by
order: the head's last column is the total (Total / 合计), and the platform's segment (its words: industrial
internet platform, 平台) is the first or the last of the others — anywhere else, or named twice, and the table
is not read. A row is read when its amounts are one per column, and its label names revenue, R&D or profit
before tax (in English or Chinese). The year and the unit come from the heading line above (「Year ended 31
December 2023 (RMB'000)」). Each figure is the platform's, with the doubt that its column was told by order.

Must not: read a ruled segment table (`evidence.platform` does, by its cells) or a line of the whole company.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceValue
from assistant.evidence.platform_sentences import latest_year
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.evidence.statement_targets import statement_targets
from assistant.values.numbers import convert_money, parse_quantity, unit_from_header
from extractors.model import Document

AMOUNT = re.compile(r"^\(?-?\d[\d,]*(?:\.\d+)?\)?$")
_TOTAL = re.compile(r"^(?:total|合计|总计)$", re.IGNORECASE)
_PLATFORM_WORD = re.compile(r"^(?:industrial|internet|platform|iiot|平台|工业互联网平台?)$", re.IGNORECASE)
_YEAR_LINE = re.compile(r"(?:year\s+ended|for\s+the\s+year)[^0-9]*(?:\d{1,2}\s+\w+\s+)?(20\d{2})|(20\d{2})\s*年度?", re.IGNORECASE)
_ITEMS = (("revenue", re.compile(r"segment\s+revenue|分部(?:营业)?收入|^revenue", re.IGNORECASE)),
          ("rd", re.compile(r"research\s+and\s+development|研发(?:费用|投入|支出)", re.IGNORECASE)),
          ("profit", re.compile(r"profit\s+before\s+tax|分部利润总额|利润总额", re.IGNORECASE)))


def read_segment_lines(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    if not re.search(r"segment\s+information|分部信息", " ".join(p.text for p in document.pages), re.IGNORECASE):
        return []
    rows = [r for r in document_rows(document) if r.source == "line"]
    values: list[EvidenceValue] = []
    year, unit = None, None
    head: tuple[int, int] | None = None  # (columns, the platform's column)
    for index, row in enumerate(rows):
        words = [c.text.strip() for c in row.cells]
        amounts = [c for c in row.cells if AMOUNT.match(c.text.strip())]
        if (found := _YEAR_LINE.search(row.text)) and len(amounts) <= 2:
            year, unit, head = int(found.group(1) or found.group(2)), unit_from_header(row.text) or unit, None
            continue
        if not amounts:
            after = rows[index + 1] if index + 1 < len(rows) else None
            head = _head(words, after) or (head if words and all(_PLATFORM_WORD.match(w) for w in words) else None)
            continue
        if head is None or year is None or unit is None or len(amounts) != head[0]:
            continue
        label = " ".join(c.text for c in row.cells if c not in amounts)
        item = next((name for name, words_of in _ITEMS if words_of.search(label)), None)
        if item is not None:
            values += _figures(catalog, row, amounts[head[1]], item, year, unit, label)
    return values


def _head(words: list[str], after: Row | None) -> tuple[int, int] | None:
    """(columns, the platform's column) of a head line ending in its total, or None."""
    if len(words) < 3 or not _TOTAL.match(words[-1]):
        return None
    others = words[:-1]
    wrapped = [c.text.strip() for c in after.cells] if after is not None and not any(
        AMOUNT.match(c.text.strip()) for c in after.cells) else []
    tail = bool(wrapped) and all(_PLATFORM_WORD.match(w) for w in wrapped)  # 「platform」 wrapped under its column
    at_start, at_end = _PLATFORM_WORD.match(others[0]), _PLATFORM_WORD.match(others[-1]) or tail
    if bool(at_start) == bool(at_end):
        return None  # the platform first and last, or neither: its column cannot be told by order
    segments = 1 + sum(1 for a, b in zip(others, others[1:], strict=False)
                       if bool(_PLATFORM_WORD.match(a)) != bool(_PLATFORM_WORD.match(b)))
    if segments != 2:
        return None  # more than two segments: where the platform's begins is not known from the words
    return 3, 0 if at_start else 1


def _figures(catalog: Catalog, row: Row, cell: RowCell, item: str, year: int, unit: str, label: str) -> list[EvidenceValue]:
    reasons = (f"分部信息中平台分部一列（“{label.strip()}”）", "存疑：文本行无列位置，平台所在列按表头顺序判断")
    return platform_values(catalog, cell, item, year, unit, reasons, 0.7)


def platform_values(catalog: Catalog, cell: RowCell, item: str, year: int, unit: str, reasons: tuple[str, ...],
                    confidence: float) -> list[EvidenceValue]:
    """The facts one platform amount (revenue, rd or profit of `year`, in `unit`) is evidence of."""
    quantity = parse_quantity(cell.text.strip("()"), whole=True)
    if quantity is None or cell.citation is None:
        return []
    wan = float(round(convert_money(quantity.value, unit, "万元"), 6))
    latest = latest_year(catalog)
    statement_item = {"revenue": "营业收入", "rd": "研发费用", "profit": "利润总额"}[item]
    role = "current" if year == latest else "prior"  # an earlier year: its revenue is the 近三年 history only
    out: list[EvidenceValue] = []
    for field_id, component, doubt in statement_targets(statement_item, role, year, latest, "platform", catalog):
        out.append(EvidenceValue(
            field_id=field_id, label=catalog.field(field_id).label, component=component, value=cell.text.strip(),
            unit=unit, normalized=wan, scope="platform", period=f"{year}年度", year=year,
            confidence=min(confidence, 0.7) if doubt else confidence, reasons=reasons + ((doubt,) if doubt else ()),
            method="text", citations=(cell.citation,)))
    return out
