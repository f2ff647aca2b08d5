"""An answer as written → the value a reviewer writes in the 汇总表 cell, and its normalised form.

The notice fixes how each kind of answer is written (填报指引): money in 万元 and percentages with
2 decimals, counts with `总数 … 其中私有化 …`, breakdowns `A：1、B：2`, 是/否 with detail. This
module turns a declared answer into (display text, normalised value) by the catalog's value
type; it never guesses a unit that is not written (a money cell without a unit is in the row's
万元). Pure: text in, values out.

Several readings of one answer: 填报指引 3.1.1 asks for two numbers in 平台订单数量 (“近一年总量可填写
2023年自然年，或截至填表日前一年总量”), and other scalar rows are sometimes answered with two named
figures (近一年 / 近一月 日平均值). Such an answer is shown as written and normalised to its named
readings, `{"2023年自然年": 12560, "截至填表日前一年": 13880}` (the contract's {name: number}); a
comparison with another source passes when that source gives any one of the readings
(`answers_agree`), since an applicant's 汇总表 may rightly carry only one of them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from assistant.core.text_keys import fold
from assistant.values.answers import (
    is_reference,
    parse_checkbox_choice,
    parse_compound_total,
    parse_date_range,
    parse_revenue_lines,
    parse_yes_no,
)
from assistant.values.breakdowns import (
    numbered,
    parse_breakdown,
    parse_region_breakdown,
)
from assistant.values.numbers import (
    find_quantities,
    format_decimal,
    parse_quantity,
    to_tb,
    to_wan,
)
from assistant.values.numerals import thousands_as_commas

Normalized = bool | int | float | str | dict[str, float | int] | None
_TIME_UNITS = {"年", "个月", "月", "日", "天", "周", "小时", "分钟", "秒"}


def plain_number(value: Decimal) -> int | float:
    """A normalized value as JSON carries it: 16000, not 16000.0; 3268.5 stays a float."""
    return int(value) if value == value.to_integral_value() else float(value)


class TypedValue(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    display: str  # as a reviewer writes it in the cell
    normalized: Normalized
    note: str = ""  # why the value could not be read, or what was assumed


def _blank(raw: str) -> bool:
    return not raw.strip() or re.fullmatch(r"[_＿\-—/／\s无]*", raw.strip()) is not None and raw.strip() != "无"


def interpret(value_type: str, unit: str | None, raw: str, options: tuple[str, ...] = (),
              detail: str = "") -> TypedValue:
    """`detail` carries a sub-answer that the template prints in the same cell (合作企业名称)."""
    text = raw.strip()
    if _blank(text):
        return TypedValue(display="", normalized=None, note="未填写")
    if is_reference(text):
        return TypedValue(display=text, normalized=None, note=f"答案只写了“{text}”，未直接填报")
    reader = _READERS.get(value_type, _text)
    return reader(text, unit, options, detail)


def _money(text, unit, options, detail) -> TypedValue:
    # 「2050.05」 alone in an amount's cell is 2,050.05万元, not May 2050 (h43)
    quantity = parse_quantity(text, default_unit=unit or "万元", skip_dates=not re.fullmatch(r"\s*\d+\.\d+\s*", text))
    value = to_wan(quantity, default_unit=unit or "万元") if quantity else None
    if value is None:
        return TypedValue(display=text, normalized=None, note="未能识别金额")
    shown = format_decimal(value, 2)
    return TypedValue(display=shown, normalized=float(Decimal(shown)))


# 「软件国产化率92%，硬件国产化率78%，总体平均国产化率85.00%」: parts described, the whole named — the answer
_WHOLE_RATE = re.compile(r"(?:总体|整体|综合|加权|全部|总)(?:平均)?[\u4e00-\u9fff]{0,8}?率?\s*(?:为|约为|达)?\s*[:：]?\s*$")


def _percent(text, unit, options, detail) -> TypedValue:
    rates = [(q, start) for q, start, _end in find_quantities(text, skip_dates=True) if q.unit == "%"]
    whole = [q for q, start in rates if _WHOLE_RATE.search(text[max(0, start - 14):start])]
    quantity = whole[0] if len(rates) >= 2 and len(whole) == 1 else parse_quantity(text, skip_dates=True)
    if quantity is None or (quantity.unit not in (None, "%")):
        return TypedValue(display=text, normalized=None, note="未能识别百分比")
    shown = format_decimal(quantity.value, 2)
    return TypedValue(display=shown, normalized=float(Decimal(shown)))


def _count(text, unit, options, detail) -> TypedValue:
    compound = parse_compound_total(text)
    if compound is not None and compound.private is not None:
        return TypedValue(display=_plain(compound.total.value), normalized=plain_number(compound.total.value))
    named = _period_readings(text)
    if named is not None:
        return TypedValue(display=text, normalized=named)
    breakdown = parse_breakdown(text)
    enumerated = breakdown is not None and numbered(breakdown.entries)
    if breakdown is not None and len(breakdown.entries) >= 2 and not breakdown.flags and not enumerated:
        # (「5个：1.设计协同；2.远程监造；…」 is a count and its numbered list, not readings)
        # "请填写 2 个数字" (平台订单数量): keep both, named as written.
        return TypedValue(display=text, normalized={reading_name(e.name): plain_number(e.value) for e in breakdown.entries})
    # "近一年订单12560个": a period (一年, 12个月) is not the count.
    found = [q for q, _s, _e in find_quantities(text, skip_dates=True) if q.unit not in _TIME_UNITS]
    quantity = found[0] if found else None
    if quantity is None:
        return TypedValue(display=text, normalized=None, note="未能识别数量")
    value = quantity.value
    if unit == "TB" and quantity.unit not in (None, "TB"):
        value = to_tb(quantity) or value
    return TypedValue(display=_plain(value), normalized=plain_number(value))


# The periods 填报指引 3.1.1 names for 平台订单数量 ("2023 年自然年，或截至填表日前一年总量") and
# their usual variants, each read with the count that follows it.
_PERIOD_READING = re.compile(
    r"(?P<name>(?:\d{4}\s*年?\s*)?(?:自然年|全年|年度)|\d{4}\s*年(?=\s*[:：])|\d{4}\s*年\s*[（(]\s*(?:自然年|全年)\s*[)）]|"
    r"截至填表日前一年|截至填表日|近一年|近\s*12\s*个月|"
    r"\d{4}\s*年\s*\d{1,2}\s*[-–—~至]\s*\d{1,2}\s*月(?=\s*[:：])|\d{4}\s*年\s*[上下]半年(?=\s*[:：]))"
    r"\s*(?:[（(][^()（）]{0,40}[)）])?\s*[:：]?\s*(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?:个|单|笔|次)?")


# The two readings 填报指引 3.1.1 offers by name: an answer giving one of them alone keeps its name,
# so the 汇总表 row says which period the count covers (two blind sets expected it).
_GUIDANCE_READING = re.compile(r"自然年|截至填表日前一年")


def _period_readings(text: str) -> dict[str, int | float] | None:
    """"2023年自然年86412个；截至填表日前一年（2023.7–2024.6）：90138个" → both readings by the
    period's name, its bracketed note dropped; None unless two or more periods are named, or one
    of the two the 填报指引 names ("2023年自然年：12,860个")."""
    matches = list(_PERIOD_READING.finditer(thousands_as_commas(fold(text))))  # 「2023年自然年：8 640个」
    found = {reading_name(m.group("name")): plain_number(Decimal(m.group("number").replace(",", "")))
             for m in matches}
    if len(found) == 1 and re.search(_GUIDANCE_READING.pattern + r"|\d\s*月$|半年$", matches[0].group("name")):
        return found  # one reading alone keeps a name when it is the guidance's own, or months of a year
    return found if len(found) >= 2 else None


def reading_name(name: str) -> str:
    """A reading's name without its bracketed note or spacing: "截至填表日前一年（2023年7月1日—2024年6月
    30日）" → "截至填表日前一年"; a year alone ("2023年", "2023年度") and "近12个月" / "近一年" by the
    names 填报指引 3.1.1 gives the two readings ("2023年自然年", "截至填表日前一年")."""
    name = re.sub(r"[（(][^()（）]*[)）]|\s+", "", name)
    if (year := re.fullmatch(r"(20\d{2})年?(?:度|全年|自然年|0?1[-–—~至]12月)?", name)) is not None:
        return f"{year.group(1)}年自然年"
    if re.fullmatch(r"(?:最?近|过去)(?:12|十二)个?月|(?:最?近|过去)一年|截至填表日前一年", name):
        return "截至填表日前一年"
    return name


def _plain(value: Decimal) -> str:
    return format_decimal(value, 0) if value == value.to_integral_value() else format(value.normalize(), "f")


def _number_with_unit(text, unit, options, detail) -> TypedValue:
    if unit is None:
        level = re.search(r"毫秒级|微秒级|秒级|分级|分钟级|小时级", text)
        return TypedValue(display=text, normalized=level.group(0) if level else text)
    typed = _count(text, unit, options, detail)
    if isinstance(typed.normalized, (int, float)) and not isinstance(typed.normalized, bool):
        shown = format_decimal(Decimal(str(typed.normalized)), 2)
        return TypedValue(display=shown, normalized=float(Decimal(shown)))
    return typed


def _count_with_list(text, unit, options, detail) -> TypedValue:
    answer = parse_yes_no(text)
    if answer.answer is False:
        return TypedValue(display="否", normalized=0)
    quantity = parse_quantity(answer.detail if answer.answer else text, skip_dates=True)
    if quantity is None:
        return TypedValue(display=text, normalized=None, note="未写明数量")
    count = plain_number(quantity.value)
    display = f"是，{count}{quantity.unit or unit or ''}" if answer.answer else _plain(quantity.value)
    return TypedValue(display=display, normalized=count)


def _yes_no(text, unit, options, detail) -> TypedValue:
    answer = parse_yes_no(text)
    if answer.answer is None:
        return TypedValue(display=text, normalized=None, note="未写明是/否")
    return TypedValue(display="是" if answer.answer else "否", normalized=answer.answer)


def _breakdown(text, unit, options, detail) -> TypedValue:
    parsed = parse_breakdown(text)
    if parsed is None or not parsed.entries:
        return TypedValue(display=text, normalized=None, note="未能识别分类统计")
    return TypedValue(display=text, normalized={e.name: plain_number(e.value) for e in parsed.entries})


def _region_breakdown(text, unit, options, detail) -> TypedValue:
    parsed = parse_region_breakdown(text)
    if parsed is None or not parsed.entries:
        return TypedValue(display=text, normalized=None, note="未能识别区域统计")
    return TypedValue(display=text, normalized={e.name: plain_number(e.value) for e in parsed.entries})


def _date_range(text, unit, options, detail) -> TypedValue:
    parsed = parse_date_range(text)
    if parsed is None:
        return TypedValue(display=text, normalized=None, note="未能识别起止时间")
    end = "至今" if parsed.ongoing or parsed.end is None else parsed.end.format()
    shown = f"{parsed.start.format()}-{end}"
    return TypedValue(display=shown, normalized=shown, note="原文只写到月，未补日期" if parsed.start.day is None else "")


_NO_DETAIL = re.compile(r"[_＿\-—–/／\s]*|[(（]?(?:无|不适用|不涉及|空)[)）]?")


def _choice(text, unit, options, detail) -> TypedValue:
    if detail and _NO_DETAIL.fullmatch(detail.strip()):
        detail = ""  # "合作企业名称：—" under a ticked 自建: nothing was filled in
    choice = parse_checkbox_choice(text, list(options)) if options else None
    chosen = list(choice.chosen) if choice else []
    if not chosen:
        return TypedValue(display=text, normalized=None, note="未勾选")
    shown = "、".join(chosen)
    if detail and len(chosen) == 1:
        shown = f"{shown}，{detail}"  # 合作共建，上海XX有限公司
    elif detail:
        # 附件4: "其他部署方式请填写具体信息": the detail goes with the option that asks for it.
        owner = next((c for c in chosen if "其他" in c), chosen[-1])
        shown = "、".join(f"{c}：{detail}" if c == owner else c for c in chosen)
    return TypedValue(display=shown, normalized=shown)


def _url(text, unit, options, detail) -> TypedValue:
    match = re.search(r"(?:https?://|www\.)[^\s，,；;、（）()账密]+", text)
    url = match.group(0) if match else text.split()[0]
    return TypedValue(display=url, normalized=url, note="登录账号和密码不显示")


def _revenue_history(text, unit, options, detail) -> TypedValue:
    lines = parse_revenue_lines(text)
    if not lines:
        return TypedValue(display=text, normalized=None, note="未能识别近三年营收")
    values: dict[str, float] = {}
    parts = []
    for line in lines:
        revenue = to_wan(line.revenue, default_unit="万元") if line.revenue else None
        growth = line.growth_rate.value if line.growth_rate else None
        if revenue is not None:
            values[f"{line.year}年平台营收（万元）"] = float(format_decimal(revenue, 2))
        if growth is not None:
            values[f"{line.year}年增长率（%）"] = float(format_decimal(growth, 2))
        parts.append(f"{line.year}年平台营收{format_decimal(revenue, 2) if revenue is not None else '____'}万元"
                     f"/增长率{format_decimal(growth, 2) if growth is not None else '____'}%")
    return TypedValue(display="；".join(parts), normalized=values)


def _text(text, unit, options, detail) -> TypedValue:
    names = split_platform_name(text)
    if names is not None:
        # 附件2: a renamed platform states 原名称+现名称; the 汇总表 carries the current name.
        current, _former = names
        return TypedValue(display=current, normalized=current, note=f"申报表写明：{text}")
    return TypedValue(display=text, normalized=text)


_CURRENT_FORMER = (
    # 原名称：A；现名称：B (the wording 附件2 asks for), in either order
    re.compile(r"原(?:平台)?名称\s*[:：为]?\s*(?P<former>[^；;，,。\n]+?)\s*[；;，,。\n]\s*"
               r"(?:现|新)(?:平台)?名称\s*[:：为]?\s*(?P<current>[^；;，,。\n（）()]+)"),
    re.compile(r"(?:现|新)(?:平台)?名称\s*[:：为]?\s*(?P<current>[^；;，,。\n（）()]+?)\s*[；;，,。\n（(]\s*"
               r"原(?:平台)?名称\s*[:：为]?\s*(?P<former>[^；;，,。\n（）()]+)"),
    # B（原A平台） / B（原名称：A） / B（曾用名：A）
    re.compile(r"^\s*(?P<current>[^（(]{2,60}?)\s*[（(]\s*(?:原(?:平台)?(?:名称)?|曾用名)\s*[:：为]?\s*"
               r"(?P<former>[^（）()]{2,60}?平台[^（）()]{0,10})\s*[）)]\s*$"),
    # A（现名称：B） / A（现更名为B） / A，已更名为B: the former name first, the new one noted after
    re.compile(r"^\s*(?P<former>[^（(，,；;]{2,60}?)\s*[（(，,；;]\s*(?:现(?:平台)?名称|(?:现|已|现已)?更名为|现名)\s*[:：为]?\s*"
               r"(?P<current>[^（）()]{2,60}?)\s*[）)]?\s*$"),
)


def split_platform_name(text: str) -> tuple[str, str] | None:
    """(current name, former name) of a platform declared as renamed, or None. 附件2 二、平台名称:
    “若因企业战略规划对于平台名称有变更，请注明平台原名称+现名称”; applicants write it as
    原名称：A；现名称：B, 现名称：B（原名称：A）, B（原A平台）, or A（现名称：B）/ A（已更名为B）."""
    for pattern in _CURRENT_FORMER:
        match = pattern.search(text.strip())
        if match:
            current = match.group("current").strip().strip("“”\"")
            former = re.sub(r"^名称\s*[:：]?", "", match.group("former").strip()).strip("“”\"")
            if current and former and current != former:
                return current, former
    return None


# --- several readings ------------------------------------------------------------------------

_SCALAR_TYPES = {"count", "compound_total_private", "money_wan", "percent", "number_with_unit"}
_AGREE_TOLERANCE = Decimal("0.005")  # values are written with 2 decimals


def readings(value_type: str, normalized: Normalized) -> tuple[Decimal, ...] | None:
    """The numbers one answer of a scalar row stands for: one, or several named readings
    ({"2023年自然年": 12560, "截至填表日前一年": 13880}); None for rows that are not scalar or
    answers that are not numbers. A breakdown row's dict is a breakdown, never readings."""
    if value_type not in _SCALAR_TYPES or normalized is None or isinstance(normalized, (bool, str)):
        return None
    if isinstance(normalized, dict):
        values = list(normalized.values())
        if not values or any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in values):
            return None
        return tuple(Decimal(str(v)) for v in values)
    if isinstance(normalized, (int, float)):
        return (Decimal(str(normalized)),)
    return None


def answers_agree(value_type: str, a: Normalized, b: Normalized) -> bool | None:
    """Whether two sources give the same scalar answer, allowing for several readings: a single
    number agrees with an answer that holds it among its readings; two multi-reading answers agree
    when the readings of one are all among the other's. None when the row is not scalar."""
    ra, rb = readings(value_type, a), readings(value_type, b)
    if ra is None or rb is None:
        return None

    def among(x: Decimal, pool: tuple[Decimal, ...]) -> bool:
        return any(abs(x - y) <= _AGREE_TOLERANCE for y in pool)

    if len(ra) == 1 or len(rb) == 1:
        single, pool = (ra, rb) if len(ra) == 1 else (rb, ra)
        return among(single[0], pool)
    return all(among(x, rb) for x in ra) or all(among(y, ra) for y in rb)


_READERS = {
    "money_wan": _money,
    "percent": _percent,
    "count": _count,
    "compound_total_private": _count,
    "number_with_unit": _number_with_unit,
    "count_with_list": _count_with_list,
    "yes_no": _yes_no,
    "yes_no_detail": _yes_no,
    "breakdown": _breakdown,
    "region_breakdown": _region_breakdown,
    "country_breakdown": _region_breakdown,
    "date_range": _date_range,
    "checkbox_choice": _choice,
    "multi_choice": _choice,
    "url_credentials": _url,
    "revenue_history": _revenue_history,
}
