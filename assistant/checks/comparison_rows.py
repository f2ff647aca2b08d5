"""The rows of a 申报书 table comparing last year with this year (七、平台相较上年度对比情况: 「指标 |
2023年申报值 | 2024年申报值 | 变化」, 「项目 | 上年 | 本年 | 增幅」), as clauses of this year's figure.

Each row gives 「<its label> <the this-year cell>」, so the narrative rule reads it like a table row
of the form's own label (h40's 七 restated 注册企业用户数（个） as 8,246 where the form has 8,426). A
table is read only when its header names both moments, the this-year one unambiguously later: a
table of one year, or of two years neither of them this year's, gives nothing. Word tables come as
cells (located 「表N 第r行 第c列」); a PDF's as its ruled tables below the chapter's heading.

Must not: judge a number (rules_narrative does) or read files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.core.citations import Citation
from assistant.forms.grid import cite_text
from assistant.forms.proposal_model import ProposalParagraph, ProposalSection
from extractors.model import Document

_THIS = re.compile(r"2024|本年|本期|今年|当年|本次")
_LAST = re.compile(r"2023|2022|上年|上期|去年|上次|往年")
_CELL = re.compile(r"^表(?P<t>\d+)\s*第(?P<r>\d+)行\s*第(?P<c>\d+)列$")
_NUMBER = re.compile(r"^[-+]?\d[\d,，]*(?:\.\d+)?%?$")


def this_year_rows(section: ProposalSection, document: Document | None) -> list[tuple[str, Citation]]:
    """Clauses 「<row label> <this year's figure>」 of the section's comparison tables, cited."""
    rows = _cell_rows(p for p in section.paragraphs if p.kind == "table_cell")
    if document is not None and document.format == "pdf":
        rows += _pdf_rows(document, section.heading)
    return rows


def _this_column(header: list[str]) -> int | None:
    """The one header column of this year, when another names last year (the label column aside)."""
    this = [i for i, t in enumerate(header) if i and _THIS.search(t) and not _LAST.search(t)]
    last = [i for i, t in enumerate(header) if i and _LAST.search(t) and not _THIS.search(t)]
    return this[0] if len(this) == 1 and last and last[0] < this[0] else None


def _cell_rows(cells: Iterable[ProposalParagraph]) -> list[tuple[str, Citation]]:
    tables: dict[str, dict[int, dict[int, ProposalParagraph]]] = {}
    for cell in cells:
        if m := _CELL.match(cell.locator.strip()):
            tables.setdefault(m["t"], {}).setdefault(int(m["r"]), {})[int(m["c"])] = cell
    out = []
    for grid in tables.values():
        rows = [grid[r] for r in sorted(grid)]
        header = [rows[0][c].text.strip() if c in rows[0] else "" for c in range(1, max(rows[0]) + 1)]
        column = _this_column(header)
        if column is None:
            continue
        for row in rows[1:]:
            label, value = row.get(1), row.get(column + 1)
            if label is not None and value is not None and _NUMBER.match(value.text.strip()):
                out.append((f"{label.text.strip()} {value.text.strip()}", value.citation))
    return out


def _pdf_rows(document: Document, heading: ProposalParagraph) -> list[tuple[str, Citation]]:
    """A PDF's ruled tables below the 七 heading (its page after the heading's, or its top under it)."""
    out = []
    top = heading.citation.bbox.top if heading.citation.bbox is not None else None
    for table in document.tables:
        if not table.rows or table.page_number is None or heading.page_number is None:
            continue
        below = table.page_number > heading.page_number or (
            table.page_number == heading.page_number and top is not None and table.bbox is not None
            and table.bbox.top > top)
        column = _this_column([c.strip() for c in table.rows[0]]) if below else None
        if column is None:
            continue
        page = next((p for p in document.pages if p.number == table.page_number), None)
        for row in table.rows[1:]:
            if len(row) > column and _NUMBER.match(row[column].strip()) and row[0].strip():
                label = re.sub(r"\s+", "", row[0])
                citation = page and (cite_text(document, page, " ".join(c.strip() for c in row))
                                     or cite_text(document, page, row[column].strip()))
                out.append((f"{label} {row[column].strip()}", citation or heading.citation))
    return out
