"""The columns a financial statement's header row names: which is the period's reading (本期 /
期末 / the latest year), which the prior period's, which a note, a label or another entity's.

A 合并及母公司 statement prints 本期合并 | 本期母公司 | 上期合并 | 上期母公司: the consolidated ones are the
period's reading; the parent's 本期 is kept as "parent" (the applicant's own figures when it declares as the
parent alone: a reading that may back the form, never one it is held to), its 上期 as "other".

Must not: read rows or decide a statement's scope (`assistant.evidence.financial` does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.citations import Citation
from assistant.core.text_keys import squash
from assistant.evidence.platform_items import AMOUNT
from assistant.evidence.rows import Row

_CURRENT = re.compile(r"本期|本年(?!同期)|期末|年末|本报告期")
_PRIOR = re.compile(r"上期|上年|期初|年初|上年同期")
_OTHER_PERIOD = re.compile(r"本月|上月")
_NOTE_COLUMN = re.compile(r"^(?:附注|注释|附注编号|行次|注)$")
LABEL_COLUMN = re.compile(r"^(?:项目|项\s*目|资产|负债和所有者权益|负债和股东权益|科目)")
YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年|[.\-/]\s*12\s*[.\-/]\s*31)")


@dataclass(frozen=True)
class Column:
    role: str  # label | note | current | prior | earlier | other
    text: str  # the header as printed
    year: int | None = None
    citation: Citation | None = None


_CHINESE_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
_CHINESE_YEAR = re.compile(r"[二][〇零○][〇零○一二三四五六七八九]{2}(?=\s*年)")


def period_role(text: str) -> tuple[str, int | None] | None:
    # 「二〇二三年度」, as a Hong Kong template heads its columns: the year in figures
    flat = _CHINESE_YEAR.sub(lambda m: m.group(0).translate(_CHINESE_DIGITS), squash(text))
    if _NOTE_COLUMN.match(flat):
        return "note", None
    if LABEL_COLUMN.match(flat):
        return "label", None
    if _OTHER_PERIOD.search(flat):
        return "other", None
    year = YEAR.search(flat)
    # Prior first: "上年年末余额" names the prior year's end although it holds 年末.
    if _PRIOR.search(flat):
        return "prior", int(year.group(1)) if year else None
    if _CURRENT.search(flat):
        return "current", int(year.group(1)) if year else None
    if year and len(flat) <= 16:
        return "year", int(year.group(1))
    return None


def header_columns(row: Row) -> list[Column] | None:
    """The columns a header row names, or None when the row is not a header."""
    cells = [c for c in row.cells if c.text.strip()]
    if not cells or any(AMOUNT.match(c.text.strip()) for c in cells):
        return None
    roles = [period_role(c.text) for c in cells]
    if sum(1 for r in roles if r and r[0] in ("current", "prior", "year")) < 1 or any(r is None for r in roles[1:]):
        return None
    years = [r[1] for r in roles if r and r[0] == "year"]
    columns: list[Column] = []
    width = max((c.column for c in row.cells if c.column is not None), default=-1) + 1
    slots: list[Column | None] = [None] * width if width else []
    for cell, role in zip(cells, roles, strict=True):
        kind, year = role or ("label", None)
        if kind == "year":
            kind = "current" if year == max(years) and len(set(years)) > 1 or len(years) == 1 else \
                "prior" if year == max(years) - 1 or len(set(years)) == 1 else "earlier"  # 近三年: 2021 | 2022 | 2023
        column = Column(role=kind, text=cell.text.strip(), year=year, citation=cell.citation)
        if cell.column is not None and cell.column < width:
            slots[cell.column] = column
        columns.append(column)
    return _consolidated_only([c or Column(role="other", text="") for c in slots] if width else columns)


_PARENT_COLUMN = re.compile(r"母公司|公司数|本公司")


def _consolidated_only(columns: list[Column]) -> list[Column]:
    """A 合并及母公司 statement prints 本期合并 | 本期母公司 | 上期合并 | 上期母公司: the parent's
    columns are never the period's reading (h10: 利润总额 read from 母公司); its 本期 is the parent's own
    ("parent": h92's applicant declared as 申报主体（母公司）), its 上期 another entity's."""
    if not any("合并" in c.text for c in columns) or not any(_PARENT_COLUMN.search(c.text) for c in columns):
        return columns
    return [Column(role="parent" if c.role == "current" else "other", text=c.text, year=c.year, citation=c.citation)
            if c.role in ("current", "prior") and _PARENT_COLUMN.search(c.text) else c for c in columns]
