"""An English table of the platform's years printed as text lines → the platform's figures (h65).

A foreign-invested applicant's auditor or management adds a summary of the platform in English:

    Industrial internet platform segment — four-year summary (ZeroCarbon OS)
    Prepared by management from the segment reporting records. Amounts in RMB'000.
    2020 2021 2022 2023
    Platform revenue 15,240 19,876 25,401 29,124
    Year-on-year growth — 30.42% 27.80% 14.66%

The head line is the years alone (「2023」, 「FY2023」), one per column; a row is read when it has exactly one
amount per year, so each amount's year is its column's, whatever the text layer says of positions. A row is the
platform's when its own label names the platform (「Platform revenue」, 「Revenue of the industrial internet
platform」) or, doubted, when the heading above the table does and the label is the bare item (「Revenue」). The
unit comes from a line of the part (「Amounts in RMB'000」, 「(RMB'000)」); without one nothing is read. Rates and
growth rows are not items. Lines holding Chinese are `evidence.platform`'s (it reads a bilingual line by its
Chinese).

Must not: read a segment note's columns (`segment_lines`), the company's statements, or a ruled table.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import CONFIDENT, EvidenceValue
from assistant.evidence.rows import document_rows
from assistant.evidence.segment_lines import AMOUNT, platform_values
from assistant.values.numbers import unit_from_header
from extractors.model import Document

_CJK = re.compile(r"[\u4e00-\u9fff]")
_YEAR = re.compile(r"^(?:FY\s?)?(20\d{2})[AE]?$", re.IGNORECASE)
_PLATFORM = re.compile(r"\bplatform\b", re.IGNORECASE)
_NOT_ITEM = re.compile(r"growth|margin|ratio|rate|share|%|per\s|average|number|count|users?\b|customers?\b",
                       re.IGNORECASE)
# the item a label names, once the platform's words are set aside
_ITEMS = (("revenue", re.compile(r"^(?:total\s+|operating\s+)?revenues?$", re.IGNORECASE)),
          ("rd", re.compile(r"^(?:research\s+and\s+development|r\s?&\s?d)(?:\s+(?:expenses?|expenditure|investment|spending))?$",
                            re.IGNORECASE)),
          ("profit", re.compile(r"^(?:(?:total\s+)?profit\s+before\s+(?:income\s+)?tax|total\s+profit)$", re.IGNORECASE)))
_PLATFORM_WORDS = re.compile(r"\b(?:of|from|the|industrial|internet|iiot|platform|segment|business|'s)\b|[()（）:,-]",
                             re.IGNORECASE)


def read_english_years(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    if not _PLATFORM.search(" ".join(p.text for p in document.pages)):
        return []
    values: list[EvidenceValue] = []
    years: list[int] | None = None
    heading_platform, unit = False, None
    for row in (r for r in document_rows(document) if r.source == "line"):
        words = [c.text.strip() for c in row.cells if c.text.strip()]
        if not words or _CJK.search(row.text):
            continue
        if len(words) >= 2 and all(_YEAR.match(w) for w in words):
            found = [int(_YEAR.match(w).group(1)) for w in words]
            years = found if found == list(range(found[0], found[0] + len(found))) else None
            continue
        amounts = [c for c in row.cells if AMOUNT.match(c.text.strip())]
        if not amounts or len(amounts) < len(words) // 2:  # a sentence, a heading or a note of the part
            if (found_unit := unit_from_header(row.text)) and re.search(r"RMB|CNY|yuan", row.text, re.IGNORECASE):
                unit = found_unit
            if len(words) <= 16 and not amounts and len(row.text) <= 120 and not re.search(r"[.;,]\s*$", row.text):
                heading_platform, years = bool(_PLATFORM.search(row.text)), None  # a heading: a new part begins
            continue
        if years is None or unit is None or len(amounts) != len(years):
            continue
        label = " ".join(c.text for c in row.cells if c not in amounts).strip()
        named = bool(_PLATFORM.search(label))
        if _NOT_ITEM.search(label) or not (named or heading_platform):
            continue
        bare = re.sub(r"\s+", " ", _PLATFORM_WORDS.sub(" ", label)).strip()
        item = next((name for name, pattern in _ITEMS if pattern.match(bare)), None)
        if item is None:
            continue
        reasons = (f"英文平台分年度表（“{label}”）",) + (
            () if named else ("存疑：行名未写平台，按上方标题判为平台数据",))
        confidence = CONFIDENT if named else 0.7
        for year, cell in zip(years, amounts, strict=True):
            values += platform_values(catalog, cell, item, year, unit, reasons, confidence)
    return values
