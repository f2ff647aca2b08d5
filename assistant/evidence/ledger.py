"""Ledgers printed from an accounting system (用友 U8, 金蝶 K/3 …) → the platform's annual figures.

Finance departments prove 平台相关营业收入 and 研发投入 with what their ERP prints: a 科目余额表 or a
部门/项目辅助核算 利润表 — 「科目编码 | 科目名称 | 期初余额 | 本期发生额 | 本年累计 | 期末余额」, rows
「6001.02 平台服务收入 … 87,632,700.00」, the title, 核算单位, 期间 and 金额单位 often printed *after*
the table. Two shapes say the platform's figures:
- a ledger kept for the platform itself (部门：平台事业部, 「平台…辅助核算口径」, 项目：…平台): its
  营业收入 (else 主营业务收入, with a doubt when 其他业务收入 is printed beside it), its 研发费用 /
  研发支出 row and its 利润总额 are the platform's;
- a company ledger with the platform in a sub-account: a row whose 科目名称 names the platform and an
  item (「6001.02 平台服务收入」, 「5301.01 研发支出-平台研发项目」) is the platform's; its own
  sub-accounts (6001.02.01 …) are parts and not read.
The value is the 本年累计 (本年累计发生额, 累计发生额) column when the 期间 is the year's last month or
the whole year (「2023年第12期」, 「2023年12月」, 「2023年1-12月」, 「2023年度」) — half a year's 累计 is no
annual figure — in the 金额单位 printed on the page. No year, no unit, or two rows for one item:
nothing.

Must not: read company-wide statements (evidence.financial does), or compare with the form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.text_keys import squash
from assistant.evidence.platform_items import AMOUNT
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.values.numbers import unit_from_header
from extractors.model import Document

_CODE = re.compile(r"^\d{4}(?:\.\d{1,3})*$")
_CUMULATIVE = re.compile(r"^(?:本年)?累计(?:发生额|发生数|数|金额)?$|^本年(?:累计)?(?:发生额|金额|数)$")
_NAME = re.compile(r"^(?:科目名称|会计科目|科目|项目|项目名称)$")
_PERIOD = re.compile(r"(20\d{2})\s*年\s*(?:第\s*12\s*期|12\s*月|1\s*[-—~至]\s*12\s*月|度)")
# A ledger kept for the platform: 「部门：平台事业部」, 「项目：工业互联网平台」, 「平台事业部辅助核算口径」
_PLATFORM_LEDGER = re.compile(r"(?:部门|核算项目|项目)[:：]\S{0,16}平台|平台\S{0,12}(?:辅助核算|核算口径)|平台事业部")
_LEDGER_TITLE = re.compile(r"科\s*目\s*余\s*额\s*表|科目汇总表|辅助核算|总账|明细账|利\s*润\s*表")


@dataclass(frozen=True)
class LedgerFigure:
    item: str  # revenue | rd | profit
    year: int
    row: Row
    cell: RowCell
    column: RowCell | None
    unit: str
    label: str
    doubt: str


def ledger_figures(document: Document) -> list[LedgerFigure]:
    text = "\n".join(p.text for p in document.pages)
    if not _LEDGER_TITLE.search(squash(text)):
        return []
    period = _PERIOD.search(squash(text))
    unit = next((u for p in document.pages for line in p.text.splitlines() if "单位" in line
                 and (u := unit_from_header(line)) in ("元", "万元", "千元", "亿元")), None)
    if period is None or unit is None:
        return []
    year = int(period.group(1))
    whole = any(_PLATFORM_LEDGER.search(line) for p in document.pages for line in p.text.splitlines()
                if not re.search(r"\d,\d{3}", line))  # a title or note line, not a row of amounts
    rows = _ledger_rows(document_rows(document))
    found: dict[str, list[tuple[str, Row, RowCell, RowCell | None]]] = {}
    for name, code, row, cell, column in rows:
        item = _item(name, code, whole)
        if item is not None:
            found.setdefault(item, []).append((name, row, cell, column))
    out = []
    for item, candidates in found.items():
        if item == "revenue" and whole:
            # 营业收入 when printed; else 主营业务收入, which leaves 其他业务收入 out
            total = [c for c in candidates if re.fullmatch(r"(?:一、)?营业(?:总)?收入(?:合计)?", c[0])]
            main = [c for c in candidates if c[0] == "主营业务收入"]
            candidates = total or main
            others = any(name == "其他业务收入" for name, *_r in rows)
            doubt = "辅助核算表未列营业收入合计，取主营业务收入（表中另列其他业务收入）" if not total and others else ""
        else:
            doubt = ""
        if len(candidates) != 1:
            continue  # two rows for one item: which is the platform's is not said
        name, row, cell, column = candidates[0]
        out.append(LedgerFigure(item, year, row, cell, column, unit, name, doubt))
    return out


def _ledger_rows(rows: list[Row]) -> list[tuple[str, str, Row, RowCell, RowCell | None]]:
    """(科目名称, 科目编码, row, the cumulative cell, the header cell) of the ledger's rows."""
    out = []
    header: tuple[int, int, RowCell] | None = None  # (the cumulative column's place among amounts, amounts, its cell)
    for row in rows:
        cells = [c for c in row.cells if c.text.strip()]
        texts = [squash(c.text) for c in cells]
        if any(_NAME.match(t) for t in texts) and any(_CUMULATIVE.match(t) for t in texts):
            named = next(i for i, t in enumerate(texts) if _NAME.match(t))
            columns = texts[named + 1:]
            place = next(i for i, t in enumerate(columns) if _CUMULATIVE.match(t))
            header = (place, len(columns), cells[named + 1 + place])
            continue
        if header is None:
            continue
        code = squash(cells[0].text) if cells and _CODE.match(squash(cells[0].text)) else ""
        rest = cells[1:] if code else cells  # 「6001.01」 is a code, not an amount
        amounts = [c for c in rest if AMOUNT.match(squash(c.text))]
        words = [c for c in rest if not AMOUNT.match(squash(c.text))]
        if len(amounts) != header[1] or not words:
            continue
        name = "".join(squash(c.text) for c in words)
        if name:
            out.append((name, code, row, amounts[header[0]], header[2]))
    return out


def _item(name: str, code: str, whole: bool) -> str | None:
    if re.search(r"成本|税|率|毛利|营业外", name):
        return None
    if whole:
        if re.fullmatch(r"(?:一、)?营业(?:总)?收入(?:合计)?|主营业务收入", name):
            return "revenue"
        if re.search(r"研发费用$|研发支出$|研究开发费用$", name):
            return "rd"
        if re.fullmatch(r"(?:[三四]、)?利润总额", name):
            return "profit"
        return None
    if "平台" not in name or code.count(".") > 1:
        return None  # a sub-account's own parts (6001.02.01) are not read
    if re.search(r"收入|营收", name):
        return "revenue"
    if re.search(r"研发|研究开发", name):
        return "rd"
    if re.search(r"利润", name):
        return "profit"
    return None

