"""What OCR does to the figures and names of a stamped scan, told from another figure or name: digits cut
short or lost under a seal, look-alike digits (8 for 9), a glyph taken for no digit (「£63」 for 393), a Latin
letter run into Chinese characters (「B滤斯」 for 顾建新). `rules_crossdoc`'s scan comparison asks these, and
`rules_evidence` of a screenshot's figure (`ocr_slip`).

Must not: compare readings itself or decide a severity.
"""

from __future__ import annotations

import re

from assistant.core.evidence import PIECES_JOINED


def truncated_digits(original: str, scanned: str) -> bool:
    """"21.44%" read as "21.4" or "2" (the digits of one are those of the other cut short), "243" as
    "2.43" (the same digits, a speck read as a point): what OCR does to a number, not another number."""
    da, db = re.sub(r"\D", "", original), re.sub(r"\D", "", scanned)
    short, long_ = sorted((da, db), key=len)
    # 「14399」 read as 「19」: digits lost inside (a seal over the cell), the rest in order
    lost_inside = short == db and len(short) <= len(long_) - 2 and _in_order_digits(short, long_) \
        and len(re.findall(r"\d[\d,.]*", original)) == 1  # one number, not a breakdown's several
    return bool(short) and (long_.startswith(short) or lost_inside)


def _in_order_digits(short: str, long_: str) -> bool:
    rest = iter(long_)
    return all(digit in rest for digit in short)


def misread_numbers(original: str, scanned: str) -> bool:
    """Every number OCR read on the scan is, in order, one of the original's: the same, cut short, or
    of the same length with at most two digits taken for look-alikes (「3865」 for 3985, 「504」 for 604) — and
    a stray digit from a neighbouring cell aside. A part of a wrapped cell read alone matches too.
    What OCR does to a stamped page; a figure of another size is not."""
    # decimals' trailing zeros say nothing (「436.00」 read as 「46.0」: the 3 lost)
    return _same_numbers(digits(original), digits(scanned)) \
        or _same_numbers(digits(original, bare=True), digits(scanned, bare=True))


def digits(text: str, bare: bool = False) -> list[str]:
    """The numbers of a text as their digits: a separator read as another (「21,356.09」 as 「21.55609」,
    「10184」 as 「10.84」) is no other number; `bare` drops a decimal's trailing zeros first. A glyph
    OCR did not take for a digit at a number's start (「£63」 for 393) stands for one digit (「?」)."""
    text = _GLYPH_FOR_DIGIT.sub("?", text)
    found = re.findall(r"[\d?](?:[\d?,]|\.(?=\d))*", text)
    if bare:
        found = [re.sub(r"\.0+$|(\.\d*?)0+$", r"\1", n) if "." in n else n for n in found]
    return [re.sub(r"[,.]", "", n) for n in found]


def _same_numbers(wanted: list[str], read: list[str]) -> bool:
    if not wanted or not read:
        return False
    if len(wanted) == 1 and len(read) > 1 and misread(wanted[0], "".join(read)):
        return True  # one number OCR read in pieces (「186.50」 as 「136 50」)
    at = 0
    for number in read:
        hit = next((i for i in range(at, len(wanted)) if misread(wanted[i], number)), None)
        if hit is None:
            if len(number) <= 1:
                continue  # 「5个2023年…」: a digit of the cell above
            return False
        at = hit + 1
    return True


def garbled(scanned: str) -> bool:
    """A reading no figure is written as: a glyph among its digits that no number holds (「£6'11」 for
    11.97, a short box OCR turned upside down, h79; an apostrophe that groups no three digits)."""
    return _GARBLE.search(scanned) is not None and re.search(r"\d", scanned) is not None


_GARBLE = re.compile(r"[£§€¢&@#`^~|]|'(?!\d{3}(?!\d))")
# 「B滤斯」 for 顾建新 (h70): a Latin letter run into Chinese characters is OCR's guess at a blotted glyph
LATIN_IN_CJK = re.compile(r"[A-Za-z][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]")
_GLYPH_FOR_DIGIT = re.compile(r"(?<![\dA-Za-z])[£§$¥€¢&@#](?=\d)")
# Digits OCR takes for one another on a stamped, scanned page (closed loops and strokes): 8 for 9, 6 for 5.
_CONFUSED = {frozenset(p) for p in ("08", "06", "09", "17", "38", "56", "58", "68", "89", "69")}


def misread(original: str, read: str) -> bool:
    if original.startswith(read) and len(read) >= max(2, len(original) - 2):
        return True
    if len(original) >= 3 and 0 < len(read) - len(original) <= 2 and read.endswith(original) \
            and original.startswith(read[:len(read) - len(original)]):
        return True  # 「69693」 for 693: OCR read the figure's first digits twice (a seal over the cell, h99)
    if len(original) >= 3 and abs(len(original) - len(read)) == 1:
        # one digit lost or doubled (「112」 as 「12」, 「9620」 as 「%620」: a glyph OCR did not take for a digit)
        short, long_ = sorted((original, read), key=len)
        return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))
    if len(original) != len(read):
        return False
    if len(original) >= 2 and sum(a != b for a, b in zip(original, read, strict=True)) == 1:
        # one digit misread, whatever it was taken for (「21356」 as 「21556」, 「121」 as 「123」, 「93」 as 「33」 (h53):
        # a note, the reviewer looks at the scan)
        return True
    differing = [frozenset((a, b)) for a, b in zip(original, read, strict=True) if a != b]
    if len(differing) == 2 and any("?" in pair for pair in differing) and len(original) >= 3:
        return True  # a glyph OCR took for no digit says the figure was misread there too (「£85」 for 583, h70)
    return len(differing) <= 2 and all(pair in _CONFUSED or "?" in pair for pair in differing)  # 3215 → 3251 is no misread


def figure_misread(declared: str, read: str, pieces: bool) -> bool:
    """A screenshot's figure as OCR read it differs from the declared one only as OCR differs: two or more
    digits lost, the rest in order (「2」 for 214: a display font's glyphs OCR did not see) — or, when OCR
    read the figure in pieces (`pieces`), a digit lost or taken for another (「862」 for 4,862, 「772」 for 712,
    h52). One figure on each side; a clean single box of other digits is another figure."""
    wanted, got = digits(declared, bare=True), digits(read, bare=True)
    if len(wanted) != 1 or len(got) != 1 or not got[0]:
        return False
    wanted, got = wanted[0], got[0]
    if len(got) <= len(wanted) - 2 and _in_order_digits(got, wanted):
        return True
    return pieces and (misread(wanted, got) or len(got) < len(wanted) and _in_order_digits(got, wanted))


def ocr_slip(comparison) -> bool:
    """An evidence comparison whose figure OCR read off a screenshot, differing as `figure_misread` says."""
    fact = comparison.fact
    return fact.method == "ocr_figure" and figure_misread(comparison.declared.show(), fact.value, PIECES_JOINED in fact.reasons)
