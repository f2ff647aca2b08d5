"""Text keys: the one place where text is normalised for comparison, each key for one purpose.

Applicants, OCR and Word write the same thing many ways — full-width digits and brackets (１２３,
（）), spaces a line break or OCR put between Chinese characters, quotes around a name, a 其中：
before a label. Every comparison in shenbao goes through one of these keys, so two parts of the
code cannot disagree about whether two spellings are the same. All start from NFKC.

- `fold`: same length, character by character (spans found in the folded text are spans of the
  original): numbers and units are read on folded text.
- `compact`: NFKC without whitespace — the base of the others.
- `squash`: `compact` with brackets full-width (the evidence readers' patterns are written so).
- `label_key`: a notice label (其中： and a trailing colon dropped, brackets half-width).
- `name_key`: a platform or company name (quotes and a trailing （公章） dropped).
- `loose_key`: free text compared loosely: lower case, no punctuation at all.
- `cjk_joined`: spaces between Chinese characters removed, other spacing kept to one blank.
- `nfkc_lower`: NFKC and lower case, whitespace kept (tokens for the embedder).
- `compact_with_origin`: `compact`, and for each output character the index it came from.

Must not import anything of `assistant`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_EXTRA_FOLD = str.maketrans({"−": "-", "﹣": "-", "〜": "~", "～": "~", "兩": "两"})
_WHITESPACE = re.compile(r"\s+")
_QUOTES = re.compile(r"[\"'“”‘’「」『』《》]")
_SEAL = re.compile(r"[(（]\s*[公盖]\s*章\s*[)）]\s*$")
_PUNCTUATION = re.compile(r"[\s\"'“”‘’《》「」『』()（）\[\]【】:：;；,，、.。·\-—_/\\]")
_CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])")


@lru_cache(maxsize=1 << 12)
def fold(text: str) -> str:
    """Same-length folding: full-width digits and punctuation to ASCII, so spans stay valid.
    Cached: the readers fold the same cells, lines and pages again and again (the cache holds the texts
    the documents already hold, and as many folded copies: a few tens of MB at most)."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out).translate(_EXTRA_FOLD)


def compact(text: str) -> str:
    """NFKC without whitespace: "平台 相关营业收入（万元）" → "平台相关营业收入(万元)"."""
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def squash(text: str) -> str:
    """`compact` with brackets full-width: "利润总额(亏损…)" → "利润总额（亏损…）"."""
    return compact(text).replace("(", "（").replace(")", "）")


def label_key(text: str) -> str:
    """A notice label's key: `compact`, brackets half-width, ：→:, no leading 其中：/其中, no
    trailing colon. Two spellings of one label seen in real forms give one key."""
    key = compact(text).replace("（", "(").replace("）", ")").replace("：", ":")
    key = re.sub(r"^其中:?", "", key)
    return key.rstrip(":")


def name_key(text: str) -> str:
    """A platform or company name's key: `compact` without quotes and without a trailing （公章）."""
    text = _SEAL.sub("", unicodedata.normalize("NFKC", text).strip())
    return _QUOTES.sub("", _WHITESPACE.sub("", text))


def loose_key(text: str) -> str:
    """Free text compared loosely (an answer written with other punctuation, a chapter title):
    NFKC, lower case, no whitespace and no punctuation."""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", text).lower())


def cjk_joined(text: str) -> str:
    """A key as printed, with the spaces a line break or OCR put between Chinese characters removed
    and other spacing reduced to one blank: "设 备 名称" → "设备名称", "OPC UA" stays."""
    text = _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return _CJK_SPACE.sub("", text)


def nfkc_lower(text: str) -> str:
    """NFKC and lower case: "１２３万元" in a scanned form matches "123万元" in an audit report."""
    return unicodedata.normalize("NFKC", text).lower()


def compact_with_origin(text: str) -> tuple[str, list[int]]:
    """`compact`, character by character, and for each output character the index of the input
    character it came from (NFKC may expand one character into several: ㎡ → m2)."""
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for folded in unicodedata.normalize("NFKC", ch):
            if folded.isspace():
                continue
            out.append(folded)
            origin.append(index)
    return "".join(out), origin
