"""Dates as applicants write them in answers: single dates, 建设时间 ranges and policy references.

Owns: `PartialDate` (year, or year+month, or a full day — never an invented day), finding dates
in text (2023年3月, 2023.03.15, 20230315 …), 建设时间 ranges with 至今 (附件3/附件4) and their
附件4 YYYY.MM.DD form, and splitting a 是-answer's detail into 文件名+编号+时间 per policy document
(填报指引 2.5.1). Every part carries a span into the text it was read from.

Must not: read files, know indicator ids, or judge severity; doubtful input gives None, never an
exception. `assistant.values.answers` re-exports the public names for its existing callers.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.core.text_keys import fold

# Blanks and list punctuation trimmed off the ends of an answer part (shared with
# assistant.values.answers and assistant.values.breakdowns).
TRIM_CHARS = " \t\r\n\u3000、,，;；:：。.·"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- single dates ------------------------------------------------------------------------------

class PartialDate(_Frozen):
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        return "day" if self.day else "month" if self.month else "year"

    def format(self) -> str:
        """As 附件4 writes dates: 2019.03.01, or 2019.03 / 2019 when no more is known."""
        return ".".join([f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p])

    def key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)


_DATE = re.compile(
    r"(?<![0-9])(?P<c>(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))(?![0-9])"
    r"|(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?![0-9])"
    r"(?:\s*年\s*(?:(?P<m>[0-9]{1,2})\s*月\s*(?:(?P<d>[0-9]{1,2})\s*[日号])?)?"
    r"|\s*(?P<sep>[./-])\s*(?P<m2>[0-9]{1,2})(?![0-9])"
    r"(?:\s*(?P=sep)\s*(?P<d2>[0-9]{1,2})(?![0-9]))?)?"
)


def _partial_date(m: re.Match[str]) -> PartialDate | None:
    if m.group("c"):
        y, mo, d = int(m.group("c")[:4]), int(m.group("c")[4:6]), int(m.group("c")[6:])
    else:
        y = int(m.group("y"))
        mo = int(m.group("m") or m.group("m2") or 0) or None
        d = int(m.group("d") or m.group("d2") or 0) or None
    try:
        date(y, mo or 1, d or 1)
    except ValueError:
        return None
    if d and not mo:
        return None
    return PartialDate(year=y, month=mo, day=d)


def date_key(text: str) -> tuple[int, int, int] | None:
    """The first date the text states, as (year, month, day) with 0 for what it leaves out; None when none."""
    found = find_dates(text) if text else []
    return found[0][0].key() if found else None


def find_dates(text: str) -> list[tuple[PartialDate, int, int]]:
    """Every date in the text: 2023年3月, 2023.03.15, 2023-03, 2023/3/15, 20230315, 2023年."""
    norm = fold(text)
    out = []
    for m in _DATE.finditer(norm):
        d = _partial_date(m)
        if d is not None and (m.group("c") or m.group("m") or m.group("m2") or "年" in m.group()):
            out.append((d, m.start(), m.end()))
    return out


# --- policy references (填报指引 2.5.1) --------------------------------------------------------

class PolicyDocument(_Frozen):
    name: str | None = None  # inside 《》
    number: str | None = None  # 沪经信软〔2024〕410号, 编号：ABC-01, No.12
    date: PartialDate | None = None
    raw: str
    span: tuple[int, int]


class PolicyDetail(_Frozen):
    documents: tuple[PolicyDocument, ...]
    missing: tuple[str, ...]  # of "文件名", "编号", "时间", over all documents
    complete: bool  # at least one document, each with 文件名 + 编号 + 时间 (填报指引 2.5.1)


_DOC_NAME = re.compile(r"《([^《》]+)》")
_DOC_NUMBER = re.compile(
    r"(?:文件编号|文号|编号|No\.?)\s*[:：]?\s*[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\-_/.〔〕\[\]\u4e00-\u9fff]*?"
    r"(?=[\s,，;；。、)）]|$)"
    r"|[\u4e00-\u9fffA-Za-z]{0,12}[〔\[【(（]\s*(?:19|20)[0-9]{2}\s*[〕\]】)）]\s*第?\s*[0-9]+\s*号"
    r"|(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:[-_/][A-Z0-9]+)+(?![A-Za-z0-9])"
)


def _number_text(raw: str) -> str:
    return re.sub(r"^(?:文件编号|文号|编号)\s*[:：]\s*", "", raw.strip())


def parse_policy_detail(detail: str) -> PolicyDetail:
    """Split "《A制度》沪X〔2023〕1号，2023年3月；《B办法》编号：B-01，2023.05" into documents."""
    norm = fold(detail)
    cuts = [0] + [m.end() for m in re.finditer(r"[;；。\n]", norm)] + [len(norm)]
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        starts = [m.start() for m in _DOC_NAME.finditer(norm, a, b)][1:]
        bounds = [a] + starts + [b]
        pieces += list(zip(bounds, bounds[1:], strict=False))
    documents = []
    for a, b in pieces:
        seg = norm[a:b]
        name = _DOC_NAME.search(seg)
        masked = _DOC_NAME.sub(lambda m: " " * len(m.group()), seg)
        number = _DOC_NUMBER.search(masked)
        if number:
            masked = masked[: number.start()] + " " * len(number.group()) + masked[number.end() :]
        dates = find_dates(masked)
        if not (name or number or dates):
            continue
        lo = a + len(seg) - len(seg.lstrip(TRIM_CHARS))
        hi = a + len(seg.rstrip(TRIM_CHARS))
        documents.append(PolicyDocument(
            name=name.group(1).strip() if name else None,
            number=_number_text(detail[a + number.start() : a + number.end()]) if number else None,
            date=dates[0][0] if dates else None, raw=detail[lo:hi], span=(lo, hi)))
    missing = sorted({part for d in documents for part, value in
                      (("文件名", d.name), ("编号", d.number), ("时间", d.date)) if value is None},
                     key=["文件名", "编号", "时间"].index)
    if not documents:
        missing = ["文件名", "编号", "时间"]
    return PolicyDetail(documents=tuple(documents), missing=tuple(missing),
                        complete=bool(documents) and not missing)


# --- 建设时间 ---------------------------------------------------------------------------------

class DateRange(_Frozen):
    start: PartialDate
    end: PartialDate | None = None  # None with ongoing=True: 至今
    ongoing: bool = False
    raw: str
    span: tuple[int, int]

    @property
    def ordered(self) -> bool:
        return self.end is None or self.start.key() <= self.end.key()


_RANGE_SEP = re.compile(r"\s*(?:至|到|~|-{1,2}|—{1,2}|–)\s*")
_ONGOING = re.compile(r"\s*(?:至今|今|现在|目前)")


def parse_date_range(text: str) -> DateRange | None:
    """"2019年3月至2023年12月", "2019.03-2023.12", "2019年03月—至今", "2019/3~2023/12"."""
    norm = fold(text)
    for m in _DATE.finditer(norm):
        start = _partial_date(m)
        if start is None:
            continue
        pos = m.end()
        ongoing = re.compile(r"\s*至今").match(norm, pos)
        sep = None if ongoing else _RANGE_SEP.match(norm, pos)
        if sep:
            ongoing = _ONGOING.match(norm, sep.end())
        if ongoing:
            return DateRange(start=start, ongoing=True, raw=text[m.start() : ongoing.end()],
                             span=(m.start(), ongoing.end()))
        if sep:
            m2 = _DATE.match(norm, sep.end())
            end = _partial_date(m2) if m2 else None
            if end is not None:
                return DateRange(start=start, end=end, raw=text[m.start() : m2.end()],
                                 span=(m.start(), m2.end()))
    return None


def format_date_range_yyyymmdd(r: DateRange) -> str:
    """附件4 "（YYYY.MM.DD-YYYY.MM.DD）" without inventing days: "2019.03.01-2023.12.31", or
    "2019.03-2023.12" when only months are known, "2019.03-至今" when ongoing."""
    return f"{r.start.format()}-{'至今' if r.ongoing or r.end is None else r.end.format()}"
