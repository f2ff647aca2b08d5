"""Numbers written back the way a reviewer fills a cell: rounding, separators, 万元, percentages; and
the digits of a number as it was written (its thousands separators, its decimals)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext

from assistant.values.numerals import DECIMAL_CONTEXT


def format_decimal(value: Decimal, decimals: int = 2) -> str:
    """ROUND_HALF_UP to `decimals` places, no separators, never "-0.00": "6670.79"."""
    with localcontext(DECIMAL_CONTEXT):
        r = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return f"{abs(r) if r == 0 else r:f}"


def format_thousands(value: Decimal, decimals: int = 2) -> str:
    """"1,234.56" — the way audit reports print amounts."""
    s = format_decimal(value, decimals)
    sign, s = ("-", s[1:]) if s.startswith("-") else ("", s)
    whole, _, frac = s.partition(".")
    return sign + f"{int(whole):,}" + ("." + frac if frac else "")


def format_percent(value: Decimal, decimals: int = 2, *, symbol: bool = True) -> str:
    """12.345 → "12.35%" (the value is already in percent; ratios are never multiplied here)."""
    return format_decimal(value, decimals) + ("%" if symbol else "")


def percent_of(part: Decimal, whole: Decimal) -> Decimal | None:
    """part ÷ whole × 100 (研发投入强度, 利润率, 存储资源利用率), unrounded; None when whole is 0."""
    if whole == 0:
        return None
    try:
        with localcontext(Context(prec=28)):
            return part * 100 / whole
    except InvalidOperation:
        return None


# A number as written in a quantity's text: thousands set apart by commas, or by a space or an apostrophe
# (「8 436」, 「8'436」, h52), and its decimals in group 1.
WRITTEN_DIGITS = re.compile(r"[0-9](?:[0-9,]|[ \u2009\u202f'’](?=[0-9]{3}))*(?:\.([0-9]+))?")


def written_value(digits: str) -> str:
    """WRITTEN_DIGITS' match without its thousands separators: 「8 436」 → 「8436」."""
    return re.sub(r"[, \u2009\u202f'’]", "", digits)
