"""A platform's construction investment table → evidence of 平台建设金额.

An applicant proves what the platform cost with a 「平台建设投入明细表」 from its finance department:
「序号 | 投入项目 | 金额 | 占比」 under 「单位：元」, closed by 「合计 | 135,024,600.00 | 100.0%」. The table
is taken for the platform's construction when its title (the lines above it, or its sheet) says
so — 平台…建设…投入/投资/资金 — and its 合计 row is read in the money column, in the unit its
header, the 单位 line above it or the cell states (none: nothing). A table of anything else
(an annual budget, a revenue breakdown) says nothing, however its rows are worded.

Must not: add the rows up (the table's own total is the evidence) or compare with the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import Row, document_rows
from assistant.values.numbers import (
    sole_quantity,
    to_wan,
    unit_from_header,
)
from extractors.model import Document

_TITLE = re.compile(r"平台.{0,12}建设.{0,6}(?:投入|投资|资金|金额|费用|支出)|建设(?:投入|投资)(?:明细|情况|汇总|统计)")
_MONEY_COLUMN = re.compile(r"^(?:投入|投资|建设|实际)?(?:金额|投资额|投入额|资金|费用|支出)(?:[（(].{0,6}[)）])?$")
_TOTAL = re.compile(r"^(?:合计|总计|共计|累计投入|投入合计|投资合计)[:：]?$")
_CONFIDENCE = 0.85  # the applicant's own table: no auditor's word on what counts as the platform's


def read_build_amount(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    spec = catalog.field("platform_build_amount")
    recent: list[str] = []  # the lines above the table: its title and its 单位
    header: tuple[Row, int, str | None] | None = None  # the header row, its money column, the unit
    for row in document_rows(document):
        texts = [c.text.strip() for c in row.cells]
        joined = " ".join(t for t in texts if t)
        money = next((i for i, t in enumerate(texts) if _MONEY_COLUMN.match(compact(t))), None)
        if money is not None and not any(re.search(r"\d", re.sub(r"[（(][^)）]*[)）]", "", t)) for t in texts):
            context = [*recent[-4:], _sheet(document, row)]
            if any(_TITLE.search(compact(c)) for c in context):
                unit = unit_from_header(texts[money]) or next(
                    (u for c in reversed(context) if "单位" in c and (u := unit_from_header(c))), None)
                header = (row, money, unit)
            continue
        if row.source == "line" and len(joined) <= 60:
            recent.append(joined)
        if header is None or not texts or not _TOTAL.match(compact(next((t for t in texts if t), ""))):
            continue
        fact = _total(row, texts, header, spec)
        if fact is not None:
            return [fact]  # one construction total a document
    return []


def _sheet(document: Document, row: Row) -> str:
    if row.table_index is not None and row.table_index < len(document.tables):
        return document.tables[row.table_index].locator.split("!")[0]
    return ""


def _total(row: Row, texts: list[str], header: tuple[Row, int, str | None], spec) -> EvidenceFact | None:
    head, money, unit = header
    if row.source == "table":
        if row.table_index != head.table_index or money >= len(row.cells):
            return None
        cell = row.cells[money]
    else:  # an untabled line: its first amount that is no share
        amounts = [c for c in row.cells[1:] if (q := sole_quantity(c.text)) is not None and q.unit != "%"]
        if not amounts:
            return None
        cell = amounts[0]
    quantity = sole_quantity(cell.text)
    if quantity is None or cell.citation is None:
        return None
    wan = to_wan(quantity, default_unit=unit)
    if wan is None or wan <= 0:
        return None  # no unit anywhere: 元 or 万元 is not said
    reasons = [f"平台建设投入明细表的“{texts[0] or '合计'}”行"]
    if row.page.source == "ocr":
        reasons.append(OCR_REASON)
    return EvidenceFact(field_id=spec.id, label=spec.label, value=cell.text.strip(), unit=quantity.unit or unit or "",
                        normalized=float(round(wan, 2)), scope="platform", period="累计", confidence=_CONFIDENCE,
                        reasons=tuple(reasons), method="ocr_figure" if row.page.source == "ocr" else "table_row",
                        citations=(cell.citation,), note="建设投入合计")
