"""A 社保 proof's insured headcount month by month → the two counts the new jobs are the difference of.

带动新增就业人数 is often proved with the social-insurance office's 单位参保证明: 「月份 | 参保人数（人）」, one
row a month-end (2020年12月 … 2024年06月). The first and the last month's headcounts are listed under
the indicator as its inputs (components 「2020年12月参保人数（人）」 …), unchecked: which span the
applicant counts its new jobs over, and whether every new insured is a job the platform brought, is
the applicant's to say.

Must not: subtract the two (no figure the proof prints), or read a headcount as the new jobs.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.period_totals import month_of
from assistant.evidence.rows import document_rows
from assistant.values.numbers import sole_quantity
from extractors.model import Document

_KEY = re.compile(r"^(?:统计)?(?:月份|年月|期间|时间)$")
_INSURED = re.compile(r"参保(?:职工)?人数|在职参保")
_CONFIDENCE = 0.75


def read_insured_series(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    if not any(f.id == "jobs_created" for f in catalog.fields):
        return []
    spec = catalog.field("jobs_created")
    months: list[tuple[int, int, object, object]] = []  # (year, month, cell, row)
    column: int | None = None
    for row in document_rows(document):
        cells = [c for c in row.cells if c.text.strip()]
        texts = [squash(c.text) for c in cells]
        if not texts:
            continue
        if column is None:
            if _KEY.match(texts[0]):
                column = next((i for i, t in enumerate(texts[1:], start=1) if _INSURED.search(t)), None)
            continue
        month = month_of(texts[0]) if len(texts) > column else None
        value = sole_quantity(texts[column]) if month else None
        if month is None or value is None:
            if months:
                break
            continue
        months.append((*month, cells[column], row))
    if len(months) < 2:
        return []
    out = []
    for year, number, cell, row in (months[0], months[-1]):
        reasons = [f"单位参保证明：{year}年{number:02d}月末参保人数", "新增就业的计算要素（首末月参保人数之差），未核对"]
        if row.page.source == "ocr":
            reasons.append(OCR_REASON)
        quantity = sole_quantity(cell.text)
        out.append(EvidenceFact(field_id=spec.id, label=spec.label, component=f"{year}年{number:02d}月参保人数（人）",
                                value=cell.text.strip(), unit="人", normalized=int(quantity.value), scope="company",
                                period=f"{year}年{number:02d}月", year=year, dimension="total",
                                confidence=_CONFIDENCE, reasons=tuple(reasons), method="table_row",
                                citations=tuple(c for c in (cell.citation,) if c is not None),
                                note=f"{year}年{number:02d}月参保人数 {cell.text.strip()}"))
    return out
