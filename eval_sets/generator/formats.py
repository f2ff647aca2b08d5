"""How numbers are written in the generated documents: 2 decimals, thousands separators, 约3.2万台.

Owns the number → text conventions the 填报指引 asks for (保留2位小数, `采矿设备：1000、化工设备：2000`,
`总数 XX 台/套，其中私有化部署涉及的相关数量 XX 台/套`) and the looser ones applicants use in prose
and evidence (1,234.56, 0.67亿元, 约3.2万台). Pure functions; no file formats here.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def money(value: Decimal, thousands: bool = False) -> str:
    """2 decimals, optionally 1,234.56; a negative as -1,234.56."""
    return f"{value:,.2f}" if thousands else f"{value:.2f}"


def count(value: int, thousands: bool = False) -> str:
    return f"{value:,}" if thousands else str(value)


def breakdown(parts: dict[str, int], unit: str = "") -> str:
    """附录 breakdowns as the 填报指引 writes them: 采矿设备：1000、化工设备：2000."""
    return "、".join(f"{name}：{number}{unit}" for name, number in parts.items())


def approx_wan(value: int) -> str:
    """约3.2万 for 32,000: the narrative's rounding to one decimal of 万."""
    wan = (Decimal(value) / 10000).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"约{wan.normalize():f}万"


def yi(value_wan: Decimal) -> str:
    """万元 → 亿元 with 2 decimals, as applicants round in prose (6670.79万元 → 约0.67亿元)."""
    return f"约{(value_wan / 10000).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}亿元"


def chars(text: str) -> int:
    """The 字数 of a text: every non-whitespace character, punctuation included."""
    return sum(1 for ch in text if not ch.isspace())
