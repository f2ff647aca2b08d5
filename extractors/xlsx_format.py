"""A worksheet cell's value → the text Excel shows for it under the cell's number format.

Owns Excel's number-format language as far as a reader needs it: sections (positive; negative;
zero), literals, quoted text and escapes, currency brackets ([$¥-804]), placeholders (0 # ?),
thousands separators and scaling commas, percent, scientific notation, and Excel's 15
significant digits for floats; dates and times read YYYY-MM-DD / HH:MM[:SS]. Colours,
conditions and padding are dropped: they show no text.

Must not: open workbooks or know cells, sheets or merged ranges (`extractors.xlsx` does); never
interpret a value (no units, no indicators).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_BRACKET = re.compile(r"\[([^\]]*)\]")
_PLACEHOLDERS = set("0#?")


def format_cell(value, number_format: str | None) -> str:
    """The text Excel shows for a cell value under its number format."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, time):
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    if isinstance(value, (int, float, Decimal)):
        return format_number(value, number_format or "General")
    return str(value).strip()


def _to_decimal(value: int | float | Decimal) -> Decimal:
    if isinstance(value, float):
        # Excel keeps 15 significant digits: 0.1 + 0.2 shows 0.3, and 2.675 shows 2.68.
        return Decimal(f"{value:.15g}")
    return Decimal(value)


def _general(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _sections(number_format: str) -> list[str]:
    sections, current, quoted = [], [], False
    for ch in number_format:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            sections.append("".join(current))
            current = []
        else:
            current.append(ch)
    sections.append("".join(current))
    return sections


def _tokens(section: str) -> list[tuple[str, str]]:
    """("lit", text) and ("fmt", char) tokens; colours, conditions and padding dropped."""

    def bracket(match: re.Match) -> str:
        inner = match.group(1)
        if inner.startswith("$"):  # [$¥-804]: currency symbol and locale
            return '"' + inner[1:].split("-")[0] + '"'
        return ""

    section = _BRACKET.sub(bracket, section)
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(section):
        ch = section[i]
        if ch == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            tokens.append(("lit", section[i + 1 : end]))
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(section):
            tokens.append(("lit", section[i + 1]))
            i += 2
            continue
        if ch in "_*" and i + 1 < len(section):
            i += 2  # padding to the width of a char / fill: no visible text
            continue
        tokens.append(("fmt", ch) if ch in "0#?.,%Ee+-" else ("lit", ch))
        i += 1
    return tokens


def format_number(value: int | float | Decimal, number_format: str) -> str:
    try:
        number = _to_decimal(value)
    except (InvalidOperation, ValueError):
        return str(value)
    if not number.is_finite():
        return str(value)
    sections = _sections(number_format)
    section, sign = sections[0], ""
    if number < 0:
        if len(sections) >= 2 and sections[1].strip():
            section = sections[1]  # the negative section writes its own sign or parentheses
        else:
            sign = "-"
        number = -number
    elif number == 0 and len(sections) >= 3 and sections[2].strip():
        section = sections[2]
    tokens = _tokens(section)
    fmt = [i for i, (kind, ch) in enumerate(tokens) if kind == "fmt" and ch in _PLACEHOLDERS]
    if section.strip().lower() in ("general", "") or "@" in section or "/" in section:
        return sign + _general(number)
    if not fmt:  # a section of literals only, like the zero section "-" of accounting formats
        return "".join(ch for _, ch in tokens)
    first, last = fmt[0], fmt[-1]
    core = "".join(ch for kind, ch in tokens[first : last + 1] if kind == "fmt")
    prefix = "".join(ch for _, ch in tokens[:first])
    suffix_tokens = tokens[last + 1 :]
    scale_commas = 0
    while suffix_tokens and suffix_tokens[0] == ("fmt", ","):
        scale_commas += 1  # "#,##0," shows thousands
        suffix_tokens = suffix_tokens[1:]
    suffix = "".join(ch for _, ch in suffix_tokens)
    percents = (prefix + suffix).count("%")
    number = number.scaleb(2 * percents - 3 * scale_commas)
    if "E" in core.upper():
        return sign + prefix + _scientific(number, core) + suffix
    integer, _, fraction = core.partition(".")
    required = sum(1 for ch in fraction if ch == "0")
    optional = sum(1 for ch in fraction if ch in "#?")
    rounded = number.quantize(Decimal(1).scaleb(-(required + optional)), rounding=ROUND_HALF_UP)
    text = format(rounded, f"{',' if ',' in integer else ''}.{required + optional}f")
    if optional:
        whole, _, digits = text.partition(".")
        digits = digits[:required] + digits[required:].rstrip("0")
        text = f"{whole}.{digits}" if digits else whole
    if rounded == 0:
        sign = ""
    return sign + prefix + text + suffix


def _scientific(number: Decimal, core: str) -> str:
    mantissa = core.upper().split("E")[0]
    decimals = len(mantissa.partition(".")[2])
    text = format(number, f".{decimals}E")  # "1.23E+4"
    digits, _, exponent = text.partition("E")
    sign = "-" if exponent.startswith("-") else "+"
    return f"{digits}E{sign}{abs(int(exponent)):02d}"
