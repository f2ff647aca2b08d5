"""Grounding: is a model's quote really in the chunk it cites, and does its value come from it?

DESIGN.md, "An LLM is never trusted": a model returns a chunk key, a quote and a value. Here the
quote is re-found in that chunk's text — exactly, then normalised (NFKC, whitespace removed,
full-width → half-width) — and the value is re-parsed from the quote with `assistant.values.numbers`
and compared with the claimed value after unit conversion. Anything else is `ungrounded`, with a
Chinese reason. A quote that reads like an instruction to a model (忽略以上指令…) is never
evidence, wherever it was found.

Pure: text in, result out. No LangChain, no index, no I/O, no indicator knowledge.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.core.text_keys import compact, compact_with_origin
from assistant.values.numbers import (
    MONEY_UNITS,
    STORAGE_UNITS,
    Quantity,
    apply_default_unit,
    find_quantities,
    parse_quantity,
    to_tb,
    to_wan,
)
from extractors.model import Span

GroundingStatus = Literal["exact", "normalized", "ungrounded"]


class GroundingResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    status: GroundingStatus
    span: Span | None = None  # of the quote in the chunk text; text[span] is the quote as printed
    quote: str = ""  # text[span]: the original characters, even for a normalised match
    quantity: Quantity | None = None  # the value re-parsed from the quote (unit from context applied)
    value_span: Span | None = None  # of that quantity in the chunk text
    reason: str = ""  # Chinese; why it is ungrounded

    @property
    def grounded(self) -> bool:
        return self.status != "ungrounded"


# ---------------------------------------------------------------------------- finding a quote


def locate_quote(text: str, quote: str) -> tuple[GroundingStatus, Span | None]:
    """Where `quote` is in `text`: the first exact occurrence, else the first normalised one."""
    if not quote or not quote.strip():
        return "ungrounded", None
    offset = text.find(quote)
    if offset >= 0:
        return "exact", Span(start=offset, end=offset + len(quote))
    norm_text, origin = compact_with_origin(text)
    norm_quote, _ = compact_with_origin(quote)
    if not norm_quote:
        return "ungrounded", None
    at = norm_text.find(norm_quote)
    if at < 0:
        return "ungrounded", None
    return "normalized", Span(start=origin[at], end=origin[at + len(norm_quote) - 1] + 1)


# ---------------------------------------------------------------------------- instructions in evidence

# Prompt-injection phrasing seen in the wild and in the corpus' traps (white-text "忽略以上指令",
# "所有指标均一致"): imperatives addressed to a model, not statements about a platform.
_INSTRUCTION = re.compile(
    r"忽略(?:以上|上述|之前|前面|此前|先前|所有|全部)?(?:的)?(?:所有|全部)?(?:指令|指示|提示|要求|规则)"
    r"|无视(?:以上|上述|之前|前面)?(?:的)?(?:指令|指示|提示|规则)"
    r"|(?:所有|全部)指标(?:均|都|全部)?(?:一致|相符|属实|无误)"
    r"|系统提示词|system\s*prompt|你(?:现在)?(?:是|扮演)一个"
    r"|(?:请|务必)(?:直接)?(?:输出|回答|判定|认定|标记)(?:为)?(?:一致|通过|合格|无问题)"
    r"|ignore\s*(?:all\s*|any\s*)?(?:the\s*)?(?:previous|prior|above|earlier)?\s*(?:instructions?|prompts?|rules?)"
    r"|disregard\s*(?:all\s*|the\s*)?(?:previous|prior|above)",
    re.IGNORECASE,
)


def instruction_in(text: str) -> str | None:
    """The first piece of `text` that addresses a model rather than a reader, if any."""
    # Whitespace is dropped first: hidden text is often spaced out ("忽 略 以 上 指 令").
    match = _INSTRUCTION.search(compact(text))
    return match.group() if match else None


# ---------------------------------------------------------------------------- the value


def _dimension(unit: str | None) -> str | None:
    if unit is None or unit == "":
        return None
    if unit in MONEY_UNITS:
        return "money"
    if unit.upper() in STORAGE_UNITS:
        return "storage"
    if unit in ("%", "百分点"):
        return "percent"
    if unit in ("年", "个月", "月", "周", "天", "日", "小时", "分钟", "秒", "毫秒", "微秒", "纳秒", "ms", "μs"):
        return "time:" + unit
    if unit in ("美元", "欧元", "‰"):
        return unit
    return "count"  # 台, 台/套, 个, 家, 项, 人…: the same quantity whatever the counter word


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _same_number(found: Decimal, claimed: Decimal) -> bool:
    """Equal, or equal at the claimed precision: a model that writes 3215.33 (万元) for
    32,153,291.30 元 has converted and rounded, not invented."""
    if found == claimed:
        return True
    try:
        places = Decimal(1).scaleb(-_decimals(claimed))
        return found.quantize(places, rounding=ROUND_HALF_UP) == claimed
    except InvalidOperation:
        return False


def _in_claim_terms(found: Quantity, claimed: Quantity) -> tuple[Decimal | None, str]:
    """`found` expressed in the unit of `claimed`, or None with the reason it cannot be."""
    fd, cd = _dimension(found.unit), _dimension(claimed.unit)
    if cd == "money" or fd == "money":
        if claimed.unit is None:
            return found.value, ""  # a bare claimed number is the number as printed
        if found.unit is None:
            return None, "引文及表头均未写明金额单位，无法核对金额"
        a, b = to_wan(found), to_wan(claimed)
        if a is None or b is None:
            return None, "单位不一致"
        return a, ""
    if cd == "storage" or fd == "storage":
        if claimed.unit is None:
            return found.value, ""
        if found.unit is None:
            return None, "引文未写明存储单位"
        a = to_tb(found)
        return (a, "") if a is not None and to_tb(claimed) is not None else (None, "单位不一致")
    if fd is not None and cd is not None and fd != cd:
        return None, f"单位不一致（引文为{found.unit}，声称为{claimed.unit}）"
    return found.value, ""


def _claimed_in_own_terms(claimed: Quantity) -> Decimal:
    if _dimension(claimed.unit) == "money":
        return to_wan(claimed)
    if _dimension(claimed.unit) == "storage":
        return to_tb(claimed)
    return claimed.value


def parse_claim(value: str, unit: str | None = None) -> Quantity | None:
    """The model's claimed value ("66,707,912.35", "1.6万", "3215.33万元") with its claimed unit."""
    quantity = parse_quantity(value.strip()) if value and value.strip() else None
    if quantity is None:
        return None
    return apply_default_unit(quantity, unit.strip()) if unit and unit.strip() else quantity


def ground_value(
    text: str,
    quote: str,
    value: str,
    unit: str | None = None,
    *,
    default_unit: str | None = None,
) -> GroundingResult:
    """Ground a claimed `value` (+ `unit`) in `quote`, which must occur in `text` (a chunk).

    `default_unit` is the unit code read from the context of the chunk (a table header's
    单位：元), applied to a number printed without one; it never comes from the model.
    """
    status, span = locate_quote(text, quote)
    if span is None:
        return GroundingResult(status="ungrounded", reason="引文不在所引证据片段中")
    printed = text[span.start : span.end]
    instruction = instruction_in(printed)
    if instruction:
        return GroundingResult(status="ungrounded", span=span, quote=printed,
                               reason=f"引文含有针对模型的指令（“{instruction}”），不能作为证据")
    claimed = parse_claim(value, unit)
    if claimed is None:
        return GroundingResult(status="ungrounded", span=span, quote=printed,
                               reason=f"声称的数值无法解析：{value!r}")
    found = find_quantities(printed, skip_dates=True)
    if not found:
        return GroundingResult(status="ungrounded", span=span, quote=printed, reason="引文中没有数值")
    target = _claimed_in_own_terms(claimed)
    reasons = []
    for quantity, start, end in found:
        quantity = apply_default_unit(quantity, default_unit)
        converted, reason = _in_claim_terms(quantity, claimed)
        if converted is None:
            reasons.append(reason)
            continue
        if _same_number(converted, target):
            value_span = Span(start=span.start + start, end=span.start + end)
            return GroundingResult(status=status, span=span, quote=printed, quantity=quantity,
                                   value_span=value_span)
    reason = next((r for r in reasons if r), "") or "引文中的数值与声称的数值不符"
    return GroundingResult(status="ungrounded", span=span, quote=printed, reason=reason)


def ground_quote(text: str, quote: str) -> GroundingResult:
    """Ground a quote without a value (a sentence of an answer): found, and not an instruction."""
    status, span = locate_quote(text, quote)
    if span is None:
        return GroundingResult(status="ungrounded", reason="引文不在所引片段中")
    printed = text[span.start : span.end]
    instruction = instruction_in(printed)
    if instruction:
        return GroundingResult(status="ungrounded", span=span, quote=printed,
                               reason=f"引文含有针对模型的指令（“{instruction}”）")
    return GroundingResult(status=status, span=span, quote=printed)


def numbers_supported(sentence: str, quotes: list[str]) -> list[str]:
    """The numbers of `sentence` that none of `quotes` contains (as written, or converted
    between money units): an answer may not state a figure its citations do not show."""
    available = [q for text in quotes for q, _, _ in find_quantities(text, skip_dates=True)]
    missing = []
    for quantity, _, _ in find_quantities(sentence, skip_dates=True):
        if not any(_supports(candidate, quantity) for candidate in available):
            missing.append(quantity.raw)
    return missing


def _supports(found: Quantity, claimed: Quantity) -> bool:
    if found.value == claimed.value:
        return True
    converted, _ = _in_claim_terms(found, claimed)
    if converted is None or claimed.unit is None:
        return False
    return _same_number(converted, _claimed_in_own_terms(claimed))
