"""The other readings a table of indicators gives beside the column it is read by.

A back office's KPI sheet prints one indicator in several readings side by side — 「指标 | 2022年 | 2023年 |
截至填表日前一年（2023.07-2024.06） | 自上线累计」 (h92) — and `indicator_table` reads the row by the one
year the form's figures are of. Which reading the applicant declared the table does not say: 工业APP订阅总数量
may be the 2023 subscriptions or all of them since launch. So each column of another reading (累计, 截至…,
近一年, 前一年, 以来) is kept as a fact of its own, marked `ANOTHER_READING`: it backs a form declared in that
reading and is never held against the form (`checks.evidence_family.usable`); the year's column, the one the
form is held to, says in a doubt which other readings stand beside it. The served enterprises' row may hold their
Shanghai part in a column of its own (「全部 | 其中：上海」): 服务本市企业数量, a figure like any other.

Must not: choose between the readings (the judgement does, by what the form declares), or read a plain
other year (2022年) as a reading of the form's figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.core.evidence import ANOTHER_READING, EvidenceValue
from assistant.evidence.rows import Row
from assistant.evidence.shanghai_part import names_shanghai_part
from assistant.values.numbers import find_quantities, sole_quantity

_OTHER_READING = re.compile(r"累计|截至|截止|前一年|近一年|近\s*12\s*个?月|近十二个月|以来|至今")
_CUMULATIVE = re.compile(r"累计|以来|至今")
_EARLIER = re.compile(r"上年|去年|上期|前年|上年同期|年初|期初")
_DOUBT = 0.75


def other_readings(found: EvidenceValue, valued: tuple | None, row: Row, read: Callable[[Row], EvidenceValue | None],
                   shanghai_label: str = "") -> tuple[EvidenceValue, list[EvidenceValue]]:
    """`found`, read from `row` by the value column of `valued` (header row, item, value, unit), with a doubt
    naming the other readings its header gives, and the row's figure in each of them (`read` reads a row of
    item and value cells)."""
    if valued is None:
        return found, []
    header, item, value, _unit = valued
    if len(row.cells) != len(header.cells):
        return found, []
    # (a cumulative column is no reading of a figure the notice asks of a year: 平台订单数量（近一年总量）, h92)
    yearly = re.search(r"近一年|年度|全年|年增长", found.label) is not None
    # (nor is an earlier moment's: 「上年（截至2023-06-30）」 beside 「本年（截至2024-06-30）」, h40)
    latest = max(_years(header.cells[value].text), default=0)
    columns = [i for i, cell in enumerate(header.cells)
               if i not in (item, value) and _OTHER_READING.search(cell.text) and "较" not in cell.text
               and not (yearly and _CUMULATIVE.search(cell.text)) and not _EARLIER.search(cell.text)
               and max(_years(cell.text), default=latest) >= latest]
    readings = []
    for i in columns:
        other = read(replace(row, cells=(row.cells[item], row.cells[i]))) if row.cells[i].text.strip() else None
        if other is not None and other.field_id == found.field_id:
            period = re.sub(r"\s+", "", header.cells[i].text)
            readings.append(other.model_copy(update={"period": period, "reasons": (*other.reasons, ANOTHER_READING)}))
    readings += _shanghai_part(found, header, row, shanghai_label)
    if not readings or all(r.field_id != found.field_id for r in readings):
        return found, readings
    named = "、".join(r.period for r in readings if r.field_id == found.field_id)
    doubt = f"存疑：表中另列其他口径（{named}），申报值可能按其中之一填报"
    return found.model_copy(update={"confidence": min(found.confidence, _DOUBT), "reasons": (*found.reasons, doubt)}), readings


def _shanghai_part(found: EvidenceValue, header: Row, row: Row, label: str) -> list[EvidenceValue]:
    """The served enterprises' row's column of their Shanghai part (「全部 | 其中：上海 | 2023年新增」): 服务本市企业数量."""
    if found.field_id != "enterprises_served":
        return []
    out = []
    for head, cell in zip(header.cells, row.cells, strict=True):
        quantity = sole_quantity(cell.text) if names_shanghai_part(head.text) and cell.citation is not None else None
        if quantity is not None and quantity.unit in (None, "家", "个", "户") and quantity.value == quantity.value.to_integral_value():
            out.append(found.model_copy(update={
                "field_id": "enterprises_served_shanghai", "label": label, "value": cell.text.strip(),
                "normalized": int(quantity.value), "citations": (cell.citation, *found.citations[1:]),
                "note": f"服务企业数所在行的“{head.text.strip()}”列"}))
    return out


def _years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"(20\d\d)", text)]


def a_figure(text: str) -> bool:
    """The cell is a number and nothing else (a value column), not a note with numbers in it
    (「工信部联企业〔2011〕300号」, 「2023年自然年」)."""
    if re.search(r"\d{4}\s*年", text):
        return False  # 「2023年1月-2024年6月」: a period, whatever its dash reads as
    found = find_quantities(text, skip_dates=True)
    if len(found) != 1:
        return False
    _quantity, start, end = found[0]
    return not text[:start].strip() and not text[end:].strip()
