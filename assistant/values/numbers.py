"""Numbers, units and money as applicants and auditors write them.

Owns: reading quantities out of text (Arabic and Chinese numerals, 大写金额, thousands separators,
full-width digits, accounting negatives, 约/超过/近/逾/余/以上 qualifiers, ranges), money-unit
conversion, and the one figure a cell holds (`sole_quantity`). Writing numbers back lives in
`assistant.values.formatting` (re-exported here, with `format_money_wan`). The value of one numeral and
same-length folding live in `assistant.values.numerals` (re-exported here). Pure: no I/O, no indicator
knowledge, no guessing — a unit that is not written stays None (callers pass a default unit taken
from a table header, see `unit_from_header` and `apply_default_unit`).

Reading rules, kept literal so callers can predict them:
- Text is folded character by character (NFKC where it maps one char to one char, plus − → -), so a
  span found in the folded text is the same span in the original text.
- Money keeps its written unit: "1.2亿元" is 1.2 亿元, "3.2万元" is 3.2 万元, "三万五千元" is 35000 元;
  大写金额 ("贰仟叁佰肆拾伍元陆角柒分") is always in 元. ¥/￥/人民币/RMB/CNY before a number means 元.
- Any other unit gets the magnitude folded in: "3.2万台" is 32000 台, "3.2万" is 32000 with no
  unit and `magnitude_in_number=True`.
- Storage keeps its unit ("1.5PB"); `to_tb` converts with 1024 (the binary convention of cloud
  consoles and storage reports).
- Qualifiers: 约/大约/近/将近/…左右/上下 → approx; 超过/逾/超/过(万)/…余/…多/…+ → more_than;
  不足/不到/少于/低于 → less_than; 不少于/至少/上(千)/…以上 → at_least; 不超过/至多/…以下/…以内
  → at_most. "近3年" is a period ("the last 3 years"), not an approximation.
- "3至5万", "100-200台" are ranges: qualifier "range", value = low, low/high set.
- Single-character Chinese numerals count only with a unit ("一个", "两家"; "统一" is no number);
  a number glued to ASCII letters is an identifier ("5G", "ISO9001"); "第三" is an ordinal.
- "(1,234.56)" is negative when it has a separator or decimals, or is the whole text (a table
  cell); "(1)" in prose is a list number. A leading -, −, －, 负 is a minus unless it follows a digit.
- Dates stay literal unless `skip_dates=True`: then 2023年, 2023.03, 2023-03-15, 3月 are skipped.
- "0.125" stays 0.125: no percent is ever inferred.
"""

from __future__ import annotations

import re
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict

from assistant.core.text_keys import fold
from assistant.values.numerals import (
    ARABIC,
    BIG_MAGNITUDES,
    DECIMAL_CONTEXT,
    DIGIT_CHARS,
    DIGITS,
    MAGNITUDE_CHARS,
    NUMERAL,
    SMALL_MAGNITUDES,
    Numeral,
    parse_chinese_number,
    read_numeral,
    split_money,
    thousands_as_commas,
)

__all__ = ["Qualifier", "Quantity", "MONEY_UNITS", "STORAGE_UNITS", "STORAGE_BASE", "COUNT_UNITS", "STORAGE_FIGURE_UNITS",
           "fold", "parse_chinese_number", "find_quantities", "parse_quantity", "apply_default_unit", "convert_money",
           "to_wan", "to_tb", "unit_from_header", "format_decimal", "format_thousands", "format_money_wan",
           "format_percent", "percent_of"]

Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"]

MONEY_UNITS: dict[str, int] = {"元": 0, "千元": 3, "万元": 4, "百万元": 6, "千万元": 7, "亿元": 8, "万亿元": 12}
STORAGE_UNITS: dict[str, int] = {"KB": -3, "MB": -2, "GB": -1, "TB": 0, "PB": 1, "EB": 2}
STORAGE_BASE = Decimal(1024)
_MONEY_ALIASES = {"圆": "元", "人民币元": "元", "千": "千元", "万": "万元", "百万": "百万元", "亿": "亿元"}


class Quantity(BaseModel):
    """One quantity as written. For a range, `value` is `low`; `raw` is the exact source text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: Decimal
    unit: str | None = None
    qualifier: Qualifier = "exact"
    raw: str
    low: Decimal | None = None
    high: Decimal | None = None
    unit_from_default: bool = False  # the unit came from the caller's header, not the text
    magnitude_in_number: bool = False  # 万/亿/千 written in the number and multiplied into value


# --- scanning ----------------------------------------------------------------------------------

_DX = "零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万亿萬億"
_DX_DIGIT = "壹贰貳叁參肆伍陆陸柒捌玖"
_DAXIE = (rf"[{_DX}]*[{_DX_DIGIT}拾佰仟][{_DX}]*[元圆](?:零?(?P<jiao>[{_DX_DIGIT}])角)?"
          rf"(?:零?(?P<fen>[{_DX_DIGIT}])分)?[整正]?")
_CORE = re.compile(rf"(?P<daxie>{_DAXIE})|百分之(?P<pct>{NUMERAL})|(?P<num>{NUMERAL})")
_OTHER_UNITS = (
    "台/套 台套 台次 台 套 个百分点 百分点 个月 个 项 人次 人 名 位 家 次 件 条 种 款 户 座 所 篇 份 张 类 辆 吨 倍 字 "
    "年 月 周 天 日 小时 分钟 秒 毫秒 微秒 纳秒 ms μs % ‰ 美元 欧元"
).split()
# The units a count is printed in ("1,250家", "320个", "32,000台/套"): a figure in any of them may
# be a count indicator's value (evidence readers), never an amount, a rate or a duration.
COUNT_UNITS = frozenset({"台", "套", "台/套", "家", "个", "项", "人", "名", "次", "款", "条", "种", "户"})
STORAGE_FIGURE_UNITS = frozenset({"TB", "PB", "GB", "EB"})  # a storage figure's units (KB/MB: file sizes)

_UNIT_RE = re.compile(
    "(?i:(?:TB|GB|PB|EB|MB|KB)(?![A-Za-z]))|ms(?![A-Za-z])|"
    + "|".join(re.escape(u) for u in sorted({*MONEY_UNITS, "圆", *_OTHER_UNITS} - {"ms"},
                                            key=len, reverse=True))
)
_PAREN_UNIT = re.compile(rf"\(\s*(?P<unit>{_UNIT_RE.pattern})\s*\)")  # 1,234.56（万元）
_UNIT_CANON = {"台套": "台/套", "个百分点": "百分点", "圆": "元", **{k.lower(): k for k in STORAGE_UNITS}}
_PREFIX = {"大约": "approx", "大概": "approx", "约": "approx", "将近": "approx", "接近": "approx",
           "近": "approx", "超过": "more_than", "超": "more_than", "逾": "more_than",
           "多于": "more_than", "大于": "more_than", "高于": "more_than", "过": "more_than",
           "不足": "less_than", "不到": "less_than", "少于": "less_than", "低于": "less_than",
           "小于": "less_than", "不少于": "at_least", "不低于": "at_least", "至少": "at_least",
           "最少": "at_least", "上": "at_least", "不超过": "at_most", "不高于": "at_most",
           "不多于": "at_most", "至多": "at_most", "最多": "at_most", ">": "more_than",
           "<": "less_than", "≥": "at_least", "≤": "at_most", ">=": "at_least", "<=": "at_most"}
_SUFFIX = {"以上": "at_least", "以下": "at_most", "以内": "at_most", "左右": "approx", "上下": "approx"}
_CURRENCY = ("人民币", "RMB", "CNY", "¥")
_PERIOD_UNITS = {"年", "个月", "月", "周", "天", "日"}
_RANGE_SEPS = {"-", "~", "至", "到", "—", "–", "——"}
_NUMERAL_CHARS = set("0123456789" + DIGIT_CHARS + MAGNITUDE_CHARS)
_RANGE_AHEAD = re.compile(rf"\s*(?:至|到|-|~)\s*[0-9{DIGIT_CHARS}]")
_DATE = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}\s*(?:(?P<sep>[./-])\s*(?:0?[1-9]|1[0-2])(?![0-9])"
    r"(?:\s*(?P=sep)\s*(?:0?[1-9]|[12][0-9]|3[01])(?![0-9]))?|年度?)"
    r"|(?<![0-9.])(?:0?[1-9]|1[0-2])\s*月(?:\s*(?:0?[1-9]|[12][0-9]|3[01])\s*[日号])?"
    r"|(?<![0-9.])(?:0?[1-9]|[12][0-9]|3[01])\s*[日号](?!\s*[前后内])"
    r"|[〇零一二三四五六七八九]{4}\s*年|(?<![〇一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九])\s*月"
)


class _Atom(NamedTuple):
    start: int
    end: int
    value: Decimal
    unit: str | None
    qualifier: str
    plain: bool  # a bare number: no unit, no magnitude (borrows 万 from a range end: 3至5万)
    magnitude: Decimal | None  # folded trailing magnitude, lent to the low end of a range
    has_magnitude: bool
    high: Decimal | None = None


def _date_spans(norm: str) -> list[tuple[int, int]]:
    spans = []
    for m in _DATE.finditer(norm):
        if m.group("sep") and _UNIT_RE.match(norm, m.end() + _skip_ws(norm, m.end())):
            continue  # "2023.10万元" is money, not October
        spans.append(m.span())
    return spans


def _skip_ws(norm: str, pos: int) -> int:
    n = 0
    while pos + n < len(norm) and norm[pos + n] in " \t":
        n += 1
    return n


def _atom(norm: str, m: re.Match[str]) -> _Atom | None:
    start, end = m.span()
    if m.group("daxie"):
        head = re.match(rf"[{_DX}]+", m.group()).group()
        n = read_numeral(head)
        if n is None:
            return None
        cents = Decimal(0)
        if m.group("jiao"):
            cents += Decimal(DIGITS[m.group("jiao")]) / 10
        if m.group("fen"):
            cents += Decimal(DIGITS[m.group("fen")]) / 100
        probe = start - _skip_back(norm, start)
        if norm.startswith("人民币", max(probe - 3, 0)) and probe >= 3:
            start = probe - 3
        return _Atom(start, end, n.value + cents, "元", "exact", False, None, False)
    token = m.group("pct") or m.group("num")
    n = read_numeral(token)
    if n is None and not m.group("pct"):
        lead = re.match(ARABIC, token)
        if not lead:
            return None
        end = start + lead.end()
        n = read_numeral(lead.group())
    if n is None:
        return None
    value, unit, qualifier = n.value, ("%" if m.group("pct") else None), "exact"
    # left: sign, currency, qualifier
    left = start
    sign = 1
    if left and norm[left - 1] in "-负" and (left < 2 or norm[left - 2] not in _NUMERAL_CHARS):
        sign, left = -1, left - 1
    currency = False
    probe = left - _skip_back(norm, left)
    for c in _CURRENCY:
        if probe >= len(c) and norm.startswith(c, probe - len(c)):
            currency, left = True, probe - len(c)
            break
    if left and norm[left - 1] == "第" or (not currency and left and norm[left - 1].isascii()
                                          and norm[left - 1].isalpha()):
        return None
    probe = left - _skip_back(norm, left)
    for size in (3, 2, 1):
        word = norm[max(probe - size, 0) : probe]
        if len(word) == size and word in _PREFIX:
            if word in ("过", "上") and token[0] not in "百千万亿佰仟萬億":
                continue
            qualifier, left = _PREFIX[word], probe - size
            break
    # right: 余/多, unit, suffix qualifier
    pos = end + (_skip_ws(norm, end) if not m.group("pct") else 0)
    if not m.group("pct") and pos < len(norm) and norm[pos] in "余多+":
        qualifier, pos = "more_than", pos + 1
        mag = re.match(r"[万亿千百]+", norm[pos:])
        if mag and not _UNIT_RE.match(norm, pos):
            for ch in mag.group():
                value *= BIG_MAGNITUDES.get(ch) or SMALL_MAGNITUDES[ch]
            n = Numeral(value, None, True)
            pos += mag.end()
        end = pos
    magnitude = BIG_MAGNITUDES.get(n.tail or "") or SMALL_MAGNITUDES.get(n.tail or "")
    u = (_UNIT_RE.match(norm, pos) or _PAREN_UNIT.match(norm, pos)) if not m.group("pct") else None
    if u:
        written = u.group("unit") if u.re is _PAREN_UNIT else u.group()
        unit, end = _UNIT_CANON.get(written.lower(), _UNIT_CANON.get(written, written)), u.end()
        split = split_money(token) if unit == "元" and n.has_magnitude else None
        if split:
            (value, unit), magnitude = split, None
        if unit in MONEY_UNITS and norm.startswith("人民币", end):
            end += 3
    elif currency:
        split = split_money(token) if n.has_magnitude else None
        (value, unit), magnitude = split or (value, "元"), None
    elif (not m.group("pct") and len(token) == 1 and not token.isdigit() and qualifier == "exact"
          and not _RANGE_AHEAD.match(norm, end)):
        return None  # 统一, 三维, 十分: a lone Chinese digit is a word unless a unit follows
    elif end < len(norm) and norm[end].isascii() and norm[end].isalpha():
        return None  # 5G, 3D
    for word, q in _SUFFIX.items():
        if norm.startswith(word, end):
            qualifier = q if qualifier == "exact" else qualifier
            end += len(word)
            break
    if qualifier == "approx" and unit in _PERIOD_UNITS and norm[left] == "近":
        qualifier, left = "exact", start - (1 if sign < 0 else 0)  # 近3年: the last three years
    negative_paren = (
        left and norm[left - 1] == "(" and end < len(norm) and norm[end] == ")"
        and (re.search(r"[.,]", token) or norm.strip() == norm[left - 1 : end + 1])
    )
    if negative_paren:
        sign, left, end = -sign, left - 1, end + 1
    plain = unit is None and not n.has_magnitude and sign > 0
    return _Atom(left, end, value * sign, unit, qualifier, plain, magnitude,
                 n.has_magnitude and unit not in MONEY_UNITS)


def _skip_back(norm: str, pos: int) -> int:
    n = 0
    while pos - n > 0 and norm[pos - n - 1] in " \t":
        n += 1
    return n


def _merge_ranges(norm: str, atoms: list[_Atom]) -> list[_Atom]:
    out: list[_Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        high = atom
        if prev and atom.value < 0 and norm[atom.start] == "-" and prev.end == atom.start:
            # "100台-200台": a hyphen right after a quantity may join a range instead of a minus
            high = atom._replace(start=atom.start + 1, value=-atom.value)
        if (prev is not None and norm[prev.end : high.start].strip() in _RANGE_SEPS
                and prev.qualifier in ("exact", "approx") and high.qualifier == "exact"
                and (prev.unit is None or prev.unit == high.unit)):
            low = prev.value
            if prev.plain and high.magnitude and low * high.magnitude <= high.value:
                low *= high.magnitude  # 3至5万 means 3万至5万
            if 0 <= low <= high.value:
                out[-1] = _Atom(prev.start, high.end, low, high.unit, "range", False, None,
                                high.has_magnitude, high.value)
                continue
        out.append(atom)
    return out


def find_quantities(text: str, *, skip_dates: bool = False) -> list[tuple[Quantity, int, int]]:
    """Every quantity in `text` with its [start, end) span; `text[start:end] == q.raw`."""
    return list(_quantities(text, skip_dates))


@lru_cache(maxsize=1 << 13)  # the readers parse the same cells again and again; a Quantity is frozen
def _quantities(text: str, skip_dates: bool) -> tuple[tuple[Quantity, int, int], ...]:
    norm = fold(text)
    norm = thousands_as_commas(norm)  # 「12’460」, 「1 932」 in a cell: the same length, spans kept
    masked = _date_spans(norm) if skip_dates else []
    atoms = []
    for m in _CORE.finditer(norm):
        if any(s < m.end() and m.start() < e for s, e in masked):
            continue
        atom = _atom(norm, m)
        if atom is not None and not (atoms and atom.start < atoms[-1].end):
            atoms.append(atom)
    found = []
    for a in _merge_ranges(norm, atoms):
        is_range = a.qualifier == "range"
        q = Quantity(value=a.value, unit=a.unit, qualifier=a.qualifier, raw=text[a.start : a.end],
                     low=a.value if is_range else None, high=a.high,
                     magnitude_in_number=a.has_magnitude)
        found.append((q, a.start, a.end))
    return tuple(found)


def sole_quantity(text: str) -> Quantity | None:
    """The one exact quantity a cell holds with nothing beside it (「21,480」, 「135,024,600.00」,
    「23,580台」); None for a note with numbers in it, two figures, or an approximate one."""
    quantity = parse_quantity(text, whole=True)
    return quantity if quantity is not None and quantity.qualifier == "exact" else None


def parse_quantity(text: str, *, default_unit: str | None = None, skip_dates: bool = False,
                   whole: bool = False) -> Quantity | None:
    """The first quantity in `text`; with `whole=True` only if it is all the text (a table cell)."""
    found = find_quantities(text, skip_dates=skip_dates)
    if not found:
        return None
    q, start, end = found[0]
    if whole and (text[:start].strip(" \t\r\n\u3000") or text[end:].strip(" \t\r\n\u3000。.,，;；")):
        return None
    return apply_default_unit(q, default_unit) if default_unit else q


def apply_default_unit(q: Quantity, unit: str | None) -> Quantity:
    """Give a unitless quantity the unit of its column; "1.2亿" under （万元） is 1.2亿 元."""
    if unit is None or q.unit is not None:
        return q
    canon = _money_unit(unit) or unit
    if canon in MONEY_UNITS and q.magnitude_in_number:
        canon = "元"
    return q.model_copy(update={"unit": canon, "unit_from_default": True})


# --- units and conversion ----------------------------------------------------------------------

def _money_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    unit = unit.strip().removeprefix("人民币").removesuffix("人民币")
    unit = _MONEY_ALIASES.get(unit, unit)
    return unit if unit in MONEY_UNITS else None


def convert_money(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """Exact conversion between 元/千元/万元/百万元/千万元/亿元/万亿元; ValueError for other units."""
    a, b = _money_unit(from_unit), _money_unit(to_unit)
    if a is None or b is None:
        raise ValueError(f"not a money unit: {from_unit!r} → {to_unit!r}")
    shift = MONEY_UNITS[a] - MONEY_UNITS[b]
    with localcontext(DECIMAL_CONTEXT):
        return value * Decimal(10) ** shift if shift >= 0 else value / Decimal(10) ** -shift


def to_wan(q: Quantity, default_unit: str | None = None) -> Decimal | None:
    """The quantity in 万元, or None when it is not money (or its unit is unknown)."""
    unit = _money_unit(q.unit) or (None if q.unit else _money_unit(default_unit))
    if unit is None:
        return None
    if q.unit is None and q.magnitude_in_number:
        unit = "元"
    return convert_money(q.value, unit, "万元")


def to_tb(q: Quantity, base: int | Decimal = STORAGE_BASE) -> Decimal | None:
    """Storage in TB with 1024 steps (1 PB = 1024 TB), or `base` where the document states its own
    (a console's 「1 PB=1000TB」); None for other units."""
    unit = (q.unit or "").upper()
    if unit not in STORAGE_UNITS:
        return None
    with localcontext(DECIMAL_CONTEXT):
        return q.value * Decimal(base) ** STORAGE_UNITS[unit]


# A document stating decimal storage units: 「1 PB=1000TB」, 「1 TB=1000GB」, 「按十进制换算」.
DECIMAL_STORAGE = re.compile(r"1\s*[PT]B\s*[=＝]\s*1000\s*[TG]B|十进制", re.IGNORECASE)


_HEADER_UNITS = "|".join(re.escape(u) for u in sorted(
    {*MONEY_UNITS, *_OTHER_UNITS, *STORAGE_UNITS, "人民币元", "百万", "万", "亿"},
    key=len, reverse=True))
_HEADER = re.compile(
    rf"单位\s*(?:[:：]|为|是)\s*(?:人民币)?\s*(?P<a>(?>{_HEADER_UNITS}))(?!\s*[/、或]\s*(?:{_HEADER_UNITS}))"
    rf"|[(（]\s*(?:人民币)?\s*(?P<b>{_HEADER_UNITS})\s*(?:人民币)?\s*[)）]"
)


_ENGLISH_MONEY = re.compile(r"RMB\s*(?:(?P<k>['’‘]\s*000(?![,\d])|thousands?)|(?P<m>million|mn|['’‘]\s*000,000))|"
                            r"in\s+(?:(?P<k2>thousands)|(?P<m2>millions))\s+of\s+(?:RMB|renminbi|yuan)", re.I)


def unit_from_header(text: str) -> str | None:
    """The unit a header declares: "单位：人民币万元" → 万元, "研发投入（万元）" → 万元, "（%）" → %."""
    # a header cell wrapped inside its bracket (「平台相关营业收入（万」 over 「元）」) is one unit
    bracketed = re.sub(r"（[^（）]*）", lambda b: re.sub(r"\s+", "", b.group(0)), fold(text).replace("(", "（").replace(")", "）"))
    m = _HEADER.search(bracketed)
    if not m:  # a foreign auditor's 「Expressed in RMB'000」, 「RMB million」
        english = _ENGLISH_MONEY.search(text)
        return None if english is None else ("千元" if english.group("k") or english.group("k2") else "百万元")
    unit = m.group("a") or m.group("b")
    return _money_unit(unit) or _UNIT_CANON.get(unit.lower(), _UNIT_CANON.get(unit, unit))


# Writing numbers back lives in `assistant.values.formatting`; its names stay importable from here.
from assistant.values.formatting import (  # noqa: E402,F401,I001
    WRITTEN_DIGITS, format_decimal, format_percent, format_thousands, percent_of, written_value)


def format_money_wan(value: Decimal, unit: str = "万元", decimals: int = 2) -> str:
    """An amount in `unit` written in 万元 as a reviewer fills the cell: 66707912.35 元 → "6670.79"."""
    return format_decimal(convert_money(value, unit, "万元"), decimals)
