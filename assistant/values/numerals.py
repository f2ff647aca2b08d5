"""Numerals: the value of one written number, Arabic or Chinese, and same-length text folding.

Owns: `fold` (full-width → ASCII without changing any span), `thousands_as_commas` (spaced or
apostrophe thousands as commas, also without moving a span), the lexer and evaluator for Chinese
numerals (小写 一千二百, 大写 贰仟叁佰, mixed 3.2万, digit-by-digit 二〇二三), and splitting a
money numeral into value and unit (3.2万 → 3.2 万元). Must not: scan prose for quantities, know
units other than the 万/亿 money tails, or do I/O — scanning, qualifiers and units are
`assistant.values.numbers`, which re-exports `fold` and `parse_chinese_number`.
"""

from __future__ import annotations

import re
from decimal import Context, Decimal, localcontext
from typing import NamedTuple

from assistant.core.text_keys import fold

DECIMAL_CONTEXT = Context(prec=60)


# --- folding ---------------------------------------------------------------------------------

# --- Chinese numerals --------------------------------------------------------------------------

DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "三": 3, "叁": 3,
          "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7,
          "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
SMALL_MAGNITUDES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_MAGNITUDES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
DIGIT_CHARS = "".join(DIGITS)
MAGNITUDE_CHARS = "".join(SMALL_MAGNITUDES) + "".join(BIG_MAGNITUDES)
ARABIC = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
NUMERAL = (
    rf"(?:{ARABIC}|[{DIGIT_CHARS}十拾]|(?<=[近逾超过上约])[百千万亿佰仟萬億])"
    rf"(?:{ARABIC}|[{DIGIT_CHARS}{MAGNITUDE_CHARS}]"
    rf"|(?<=[{DIGIT_CHARS}{MAGNITUDE_CHARS}])点(?=[{DIGIT_CHARS}]))*"
)
_LEXEME = re.compile(rf"{ARABIC}|.", re.S)


class Numeral(NamedTuple):
    """One numeral's value, with the magnitude char it ends in (if any)."""

    value: Decimal
    tail: str | None  # trailing magnitude char, lent to the low end of a range (3至5万)
    has_magnitude: bool


def _lex(token: str) -> list[tuple[str, Decimal, str]] | None:
    out = []
    for m in _LEXEME.finditer(token):
        s = m.group()
        if s[0].isdigit():
            out.append(("d", Decimal(s.replace(",", "")), s))
        elif s in DIGITS:
            out.append(("z" if DIGITS[s] == 0 else "d", Decimal(DIGITS[s]), s))
        elif s in SMALL_MAGNITUDES:
            out.append(("s", Decimal(SMALL_MAGNITUDES[s]), s))
        elif s in BIG_MAGNITUDES:
            out.append(("b", Decimal(BIG_MAGNITUDES[s]), s))
        elif s == "点":
            out.append(("p", Decimal(0), s))
        else:
            return None
    return out


def _integer(lex: list[tuple[str, Decimal, str]]) -> Decimal | None:
    result = section = Decimal(0)
    number: Decimal | None = None
    last_small: Decimal | None = None
    last_big: Decimal | None = None
    last_mag: Decimal | None = None
    prev = ""
    for i, (kind, v, _) in enumerate(lex):
        if kind == "z":
            if number is not None:
                return None
        elif kind == "d":
            if number is not None or (last_mag is not None and prev == "d"):
                return None
            number = v
        elif kind == "s":
            if last_small is not None and v >= last_small:
                return None
            section += (number if number is not None else Decimal(1)) * v
            last_small, last_mag, number = v, v, None
        elif kind == "b":
            unit = section + (number or 0)
            if unit == 0 and i == 0:
                unit = Decimal(1)
            if v == BIG_MAGNITUDES["亿"]:
                if unit == 0 and result == 0:
                    return None
                result = (result + unit) * v
            else:
                if unit == 0 or last_big == v:
                    return None
                result += unit * v
            section, number, last_small, last_big, last_mag = Decimal(0), None, None, v, v
        else:
            return None
        prev = kind
    if number is not None:
        if last_mag is not None:
            # 三万五 = 35000, 一千二 = 1200: a lone digit right after a magnitude is one step below.
            if prev == "d" and lex[-2][0] in "sb" and len(lex[-1][2]) == 1:
                number *= last_mag / 10
            elif number >= last_mag:
                return None
        section += number
    return result + section


def read_numeral(token: str) -> Numeral | None:
    """The value of `token` (already folded), or None when it is not one well-formed numeral."""
    lex = _lex(token)
    if not lex:
        return None
    has_mag = any(k in "sb" for k, _, _ in lex)
    with localcontext(DECIMAL_CONTEXT):
        if all(k in "dz" for k, _, _ in lex) and len(lex) > 1:
            # 二〇二三: digit-by-digit only with 〇, the way years are written.
            if "〇" not in token or any(len(s) != 1 or s.isdigit() for _, _, s in lex):
                return None
            return Numeral(Decimal("".join(str(int(v)) for _, v, _ in lex)), None, False)
        kinds = [k for k, _, _ in lex]
        if "p" in kinds:
            i = kinds.index("p")
            whole = _integer(lex[:i])
            rest = lex[i + 1 :]
            digits = [s for k, _, s in rest if k in "dz"]
            mags = rest[len(digits) :]
            # "〇点两0" (hypothesis find): Arabic digits after 点 are no Chinese decimal.
            if whole is None or not digits or any(s not in DIGITS for s in digits) \
                    or any(k not in "sb" for k, _, _ in mags):
                return None
            base = whole + Decimal("0." + "".join(str(DIGITS[s]) for s in digits))
            value = base
            for _, m, _ in mags:
                value *= m
            return Numeral(value, mags[-1][2] if len(mags) == 1 else None, bool(mags))
        value = _integer(lex)
        if value is None:
            return None
        last = lex[-1]
        clean_tail = last[0] in "sb" and all(v < last[1] for k, v, _ in lex[:-1] if k in "sb")
        tail = last[2] if clean_tail else None
        return Numeral(value, tail, has_mag)


_MONEY_TAILS = (("万亿", 10**4), ("千万", 1000), ("百万", 100), ("亿", 10**8), ("万", 10**4), ("千", 1000))


def split_money(token: str) -> tuple[Decimal, str] | None:
    """"3.2万" + 元 → (3.2, 万元); "一千二百万" → (1200, 万元); "三万五千" stays in 元 (None)."""
    t = token.replace("萬", "万").replace("億", "亿")
    for tail, limit in _MONEY_TAILS:
        rest = t[: -len(tail)]
        if t.endswith(tail) and rest:
            lex = _lex(rest)
            n = read_numeral(rest) if lex and all(v < limit for k, v, _ in lex if k in "sb") else None
            if n is not None:  # 0.00千元 too: a zero is still in 千元 (hypothesis found it)
                return n.value, tail + "元"
    return None


def parse_chinese_number(text: str) -> Decimal | None:
    """The value of one numeral written alone: "一千二百", "三万五", "一点五", "3.2万", "二〇二三"."""
    token = fold(text).strip()
    if not re.fullmatch(rf"(?:{ARABIC}|[{DIGIT_CHARS}{MAGNITUDE_CHARS}点])+", token):
        return None
    n = read_numeral(token)
    return n.value if n else None


# --- thousands separators --------------------------------------------------------------------------

_SET_OFF = re.compile(r"[0-9][ \u00a0\u202f'’][0-9]")
_APOSTROPHE_THOUSANDS = re.compile(r"(?<![0-9])[0-9]{1,3}(?:['’][0-9]{3})+(?![0-9])")
_SPACED_AFTER_COLON = re.compile(r"(?<=[:：])\s*[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9]|\s+[0-9])(?=\s*(?:$|[^\s0-9,.]))")
_SPACED_CELL = re.compile(r"\s*(?P<n>[0-9]{1,3}(?:[ \u00a0\u202f'’][0-9]{3})+(?:\.[0-9]+)?)\s*[^\s0-9]{0,4}\s*")


def thousands_as_commas(text: str) -> str:
    """Folded text with thousands set off by spaces or apostrophes written as commas, the same length:
    「12’460」 anywhere; 「1 932」 alone (a cell, an answer) or after a label's colon (「机床：1 354、…」).
    Within a line of columns 「402 240」 is two figures: left alone."""
    if not _SET_OFF.search(text):
        return text  # the common case, on every scan of a text for quantities
    text = _APOSTROPHE_THOUSANDS.sub(lambda m: re.sub(r"['’]", ",", m.group(0)), text)
    if (spaced := _SPACED_CELL.fullmatch(text)) is not None:
        return text[:spaced.start("n")] + re.sub(r"[ \u00a0\u202f]", ",", spaced.group("n")) + text[spaced.end("n"):]
    return _SPACED_AFTER_COLON.sub(lambda m: re.sub(r"[ \u00a0\u202f]", ",", m.group(0)), text)
