"""An answer as written → the value a reviewer writes in the 汇总表 cell, and its normalised form.

The notice fixes how each kind of answer is written (填报指引): money in 万元 and percentages with
2 decimals, counts with `总数 … 其中私有化 …`, breakdowns `A：1、B：2`, 是/否 with detail. This
module turns a declared answer into (display text, normalised value) by the catalog's value
type; it never guesses a unit that is not written (a money cell without a unit is in the row's
万元). Pure: text in, values out.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from assistant.answers import (
    parse_breakdown,
    parse_checkbox_choice,
    parse_compound_total,
    parse_date_range,
    parse_region_breakdown,
    parse_revenue_lines,
    parse_yes_no,
)
from assistant.numbers import format_decimal, parse_quantity, to_tb, to_wan

Normalized = bool | int | float | str | dict[str, float | int] | None


class TypedValue(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    display: str  # as a reviewer writes it in the cell
    normalized: Normalized
    note: str = ""  # why the value could not be read, or what was assumed


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _blank(raw: str) -> bool:
    return not raw.strip() or re.fullmatch(r"[_＿\-—/／\s无]*", raw.strip()) is not None and raw.strip() != "无"


def interpret(value_type: str, unit: str | None, raw: str, options: tuple[str, ...] = (),
              detail: str = "") -> TypedValue:
    """`detail` carries a sub-answer that the template prints in the same cell (合作企业名称)."""
    text = raw.strip()
    if _blank(text):
        return TypedValue(display="", normalized=None, note="未填写")
    reader = _READERS.get(value_type, _text)
    return reader(text, unit, options, detail)


def _money(text, unit, options, detail) -> TypedValue:
    quantity = parse_quantity(text, default_unit=unit or "万元", skip_dates=True)
    value = to_wan(quantity, default_unit=unit or "万元") if quantity else None
    if value is None:
        return TypedValue(display=text, normalized=None, note="未能识别金额")
    shown = format_decimal(value, 2)
    return TypedValue(display=shown, normalized=float(Decimal(shown)))


def _percent(text, unit, options, detail) -> TypedValue:
    quantity = parse_quantity(text, skip_dates=True)
    if quantity is None or (quantity.unit not in (None, "%")):
        return TypedValue(display=text, normalized=None, note="未能识别百分比")
    shown = format_decimal(quantity.value, 2)
    return TypedValue(display=shown, normalized=float(Decimal(shown)))


def _count(text, unit, options, detail) -> TypedValue:
    compound = parse_compound_total(text)
    if compound is not None and compound.private is not None:
        return TypedValue(display=_plain(compound.total.value), normalized=_number(compound.total.value))
    breakdown = parse_breakdown(text)
    if breakdown is not None and len(breakdown.entries) >= 2 and not breakdown.flags:
        # "请填写 2 个数字" (平台订单数量): keep both, named as written.
        return TypedValue(display=text, normalized={e.name: _number(e.value) for e in breakdown.entries})
    quantity = parse_quantity(text, skip_dates=True)
    if quantity is None:
        return TypedValue(display=text, normalized=None, note="未能识别数量")
    value = quantity.value
    if unit == "TB" and quantity.unit not in (None, "TB"):
        value = to_tb(quantity) or value
    return TypedValue(display=_plain(value), normalized=_number(value))


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
    count = _number(quantity.value)
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
    return TypedValue(display=text, normalized={e.name: _number(e.value) for e in parsed.entries})


def _region_breakdown(text, unit, options, detail) -> TypedValue:
    parsed = parse_region_breakdown(text)
    if parsed is None or not parsed.entries:
        return TypedValue(display=text, normalized=None, note="未能识别区域统计")
    return TypedValue(display=text, normalized={e.name: _number(e.value) for e in parsed.entries})


def _date_range(text, unit, options, detail) -> TypedValue:
    parsed = parse_date_range(text)
    if parsed is None:
        return TypedValue(display=text, normalized=None, note="未能识别起止时间")
    end = "至今" if parsed.ongoing or parsed.end is None else parsed.end.format()
    shown = f"{parsed.start.format()}-{end}"
    return TypedValue(display=shown, normalized=shown, note="原文只写到月，未补日期" if parsed.start.day is None else "")


def _choice(text, unit, options, detail) -> TypedValue:
    choice = parse_checkbox_choice(text, list(options)) if options else None
    chosen = list(choice.chosen) if choice else []
    if not chosen:
        return TypedValue(display=text, normalized=None, note="未勾选")
    shown = "、".join(chosen)
    if detail:
        shown = f"{shown}，{detail}" if len(chosen) == 1 else f"{shown}（{detail}）"
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
    renamed = re.search(r"现名称\s*[:：]\s*([^；;，,。\n]+)", text)
    if renamed and re.search(r"原名称", text):
        # 附件2: a renamed platform states 原名称+现名称; the 汇总表 carries the current name.
        current = renamed.group(1).strip()
        return TypedValue(display=current, normalized=current, note=f"申报表写明：{text}")
    return TypedValue(display=text, normalized=text)


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
