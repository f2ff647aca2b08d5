"""A sales ledger or an invoice list with amounts before and after tax → the platform's revenue of the
year, doubted (h64).

Small operators prove 平台相关营业收入 with their own records where the audit note is short:
- a 销售合同台账: 「序号 | 合同编号 | 客户名称 | 签订日期 | 合同金额(含税) | 不含税金额 | 税率 | 业务类型」 with a
  小计 per 业务类型 (「小计：平台服务」) and a 合计;
- a 增值税发票开票明细: 「… | 金额 | 税额 | 价税合计」, a 小计 per kind of service (「平台服务小计 22张 …」).
The platform's subtotal row, in the column before tax (不含税金额, an invoice's 金额 — never 含税 or 价税合计:
revenue is before VAT), is what such a record says of the platform's year. It is not the revenue an audit
recognises (a contract signed is not a service delivered; an invoice may run ahead of it), so every figure is
doubted (below CONFIDENT) and says which record it is: a form that differs from it is a warning to look,
never an error. The rows of the subtotal's kind are summed: a subtotal they do not reach is kept with both
numbers (`core.evidence.TOTAL_MISMATCH`), the file disagreeing with itself.

A record of recognised revenue (「2023年确认收入」) is `evidence.contracts`'s; this one reads only a record
that prints an amount both before and after tax.

Must not: compare with the form (the checks do) or read a 合计 of all kinds as the platform's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.core.evidence import TOTAL_MISMATCH, EvidenceValue
from assistant.core.text_keys import squash
from assistant.evidence.platform_sentences import latest_year
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.evidence.statement_targets import statement_targets
from assistant.values.numbers import convert_money, parse_quantity, unit_from_header
from extractors.model import Document

_NET = re.compile(r"^(?:不含税(?:金额|收入|价款|销售额)?|金额|销售额)(?:\((?:元|万元)\))?$")
_GROSS = re.compile(r"含税|价税合计")
_KIND = re.compile(r"^(?:业务类型|业务类别|收入类型|服务类型|类别)$")
# 「小计：平台服务」, 「平台服务小计」, 「平台订阅服务 小计」: the platform's subtotal
_PLATFORM_SUBTOTAL = re.compile(r"^(?:小计[:：]?)?平台(?:服务|订阅|业务|运营)?(?:服务)?(?:类)?(?:小计)?$")
_SUBTOTAL = re.compile(r"小计|合计|总计")
_AMOUNT = re.compile(r"^-?\d[\d,]*(?:\.\d+)?$")
_YEAR = re.compile(r"(20\d{2})\s*年(?:度|1月1日)")


@dataclass
class _Head:
    row: Row
    net: int  # the position (table column, or token from the right for a line) of the amount before tax
    from_right: bool
    invoices: bool  # an invoice list (开票口径) rather than a contract ledger (签约口径)
    kind: int | None  # the 业务类型 column, to sum a kind's rows


def read_sales_ledgers(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    latest = latest_year(catalog)
    values: list[EvidenceValue] = []
    head: _Head | None = None
    unit, year = None, None
    rows_sum: dict[str, Decimal] = {}  # kind → the sum of its rows since the last subtotal
    for row in document_rows(document):
        texts = [squash(c.text).replace("（", "(").replace("）", ")") for c in row.cells]
        if "单位" in row.text or "(元)" in "".join(texts):
            unit = unit_from_header(row.text) or unit
        if year is None and (found := _YEAR.search("".join(texts))):
            year = int(found.group(1))
        if (found_head := _head(row, texts)) is not None:
            head, rows_sum = found_head, {}
            continue
        if head is None:
            continue
        label = next((t for t in texts if t and not _AMOUNT.match(t)), "")
        cell = _net_cell(head, row, texts)
        if cell is None:
            continue
        amount = parse_quantity(cell.text, whole=True)
        if amount is None:
            continue
        if not _SUBTOTAL.search(label):
            kind = next((c.text for c in row.cells if c.column == head.kind), "") if head.kind is not None else ""
            rows_sum[squash(kind)] = rows_sum.get(squash(kind), Decimal(0)) + amount.value
            continue
        if not _PLATFORM_SUBTOTAL.match(re.sub(r"\d+(?:张|份|笔|项)$", "", label)) or year != latest or unit is None:
            continue
        values += _figures(catalog, head, row, cell, label, amount.value, unit, year, rows_sum)
    return values


def _head(row: Row, texts: list[str]) -> _Head | None:
    """A header that prints an amount before tax beside one after it."""
    net = [i for i, t in enumerate(texts) if _NET.match(t)]
    if len(net) != 1 or not any(_GROSS.search(t) for t in texts):
        return None
    kind = next((i for i, t in enumerate(texts) if _KIND.match(t)), None)
    invoices = any("发票" in t for t in texts)
    if row.source == "table" and all(c.column is not None for c in row.cells):
        column = row.cells[net[0]].column
        kind_column = row.cells[kind].column if kind is not None else None
        return _Head(row, column, False, invoices, kind_column)
    amounts_after = [t for t in texts[net[0]:] if re.search(r"金额|税额|价税|含税|销售额", t)]
    return _Head(row, len(amounts_after), True, invoices, None)


def _net_cell(head: _Head, row: Row, texts: list[str]) -> RowCell | None:
    if not head.from_right:
        return next((c for c in row.cells if c.column == head.net and _AMOUNT.match(c.text.strip())), None)
    trailing = []  # a text line: its amounts from the right, against the header's money columns
    for cell, text in zip(reversed(row.cells), reversed(texts), strict=True):
        if not _AMOUNT.match(text):
            break
        trailing.append(cell)
    return trailing[head.net - 1] if len(trailing) >= head.net else None


def _figures(catalog: Catalog, head: _Head, row: Row, cell: RowCell, label: str, printed: Decimal, unit: str,
             year: int, rows_sum: dict[str, Decimal]) -> list[EvidenceValue]:
    record = "开票明细（开票口径）" if head.invoices else "销售合同台账（签约口径）"
    reasons = [f"存疑：取自{record}“{label}”的不含税金额，不等于经审计确认的当年营业收入"]
    # the rows of the kinds the subtotal names (「小计：平台服务」 over 平台服务 rows), else of every platform kind
    kinds = [k for k in rows_sum if k and k in squash(label)] or [k for k in rows_sum if "平台" in k]
    summed = sum((rows_sum.pop(k) for k in kinds), Decimal(0)) if kinds else None
    note, status = "", "found"
    if summed is not None and abs(summed - printed) > Decimal("0.01"):
        note = f"{TOTAL_MISMATCH}：“{label}”印 {cell.text.strip()}，该类各行之和为 {summed:,}"
        status = "ambiguous"
        reasons.append(f"存疑：{note}")
    wan = float(round(convert_money(printed, unit, "万元"), 6))
    targets = [(field_id, component) for field_id, component, _doubt
               in statement_targets("营业收入", "current", year, year, "platform", catalog)]
    citations = tuple(c for c in (row.span_citation(row.cells[0].citation, cell.citation),) if c)
    return [EvidenceValue(field_id=field_id, label=catalog.field(field_id).label, component=component,
                          value=cell.text.strip(), unit=unit, normalized=wan, scope="platform", period=f"{year}年度",
                          year=year, confidence=0.7, reasons=tuple(reasons), status=status, note=note,
                          method="ocr_figure" if row.page.source == "ocr" else "table_row", citations=citations)
            for field_id, component in targets]
