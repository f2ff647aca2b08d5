"""Breakdowns as applicants write them: named figures in one answer text, and their total.

Owns: breakdowns ("采矿设备：1000、化工设备 2000", one per line, "例如…", list-numbered), the
合计/总计 entry kept apart from the entries, nested parts ("上海：100（其中浦东50）") left out,
region breakdowns with each name classified by 附录F, and which entries add up to the total
(`counted_entries`: the countries detailing a 海外 entry are not added again). Every entry
carries a span into the text it was read from, so a citation can quote it exactly.

Must not: read files, know indicator ids, judge severity or compare a total with a declared one
(the checks do). Doubtful input gives None or a flag, never an exception. Numbers come from
`assistant.values.numbers`, region names from `assistant.catalog.regions`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from assistant.catalog.regions import RegionMatch, classify_region
from assistant.values.answers import is_reference
from assistant.values.dates import TRIM_CHARS
from assistant.values.numbers import Qualifier, find_quantities


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BreakdownEntry(_Frozen):
    name: str
    value: Decimal
    raw: str  # name through value as written: "采矿设备：1000"
    span: tuple[int, int]  # text[span[0]:span[1]] == raw
    unit: str | None = None
    qualifier: Qualifier = "exact"


class Breakdown(_Frozen):
    """Flags: mixed_units, unnamed_value, duplicate_name, approximate_value, nested_part (an
    entry's own part in brackets, "上海：100（其中浦东50）", left out of the entries)."""

    entries: tuple[BreakdownEntry, ...]
    total: Decimal  # sum of the entries
    declared_total: Decimal | None = None  # a 合计/总计 entry, kept out of `entries`
    unit: str | None = None  # the one unit all entries share, if they share one
    leftover: tuple[str, ...] = ()  # text that is neither a category name nor its value
    flags: tuple[str, ...] = ()


def counted_entries(parsed: Breakdown, *, regions: bool) -> list[BreakdownEntry]:
    """Entries that add up to the total: a region breakdown may write "海外：50（德国Germany 30、
    美国United States 20）", where the countries detail the 海外 entry and are not added again."""
    entries = list(parsed.entries)
    if not regions:
        return entries
    for i, entry in enumerate(entries):
        region = classify_region(entry.name)
        if region.kind == "overseas" and region.canonical is None:
            following = []
            for later in entries[i + 1:]:
                if classify_region(later.name).kind != "overseas":
                    break
                following.append(later)
            for n in range(len(following), 0, -1):
                if sum(e.value for e in following[:n]) == entry.value:
                    return entries[: i + 1] + entries[i + 1 + n:]
    return entries


_TOTAL_NAMES = {"合计", "总计", "共计", "小计", "总数", "总量", "共", "总和", "全部"}
_LEAD_WORDS = ("例如", "比如", "其中", "包括")


def _name_in_gap(gap: str) -> tuple[int, str, str]:
    """Split the text between two values into (offset of name, name, text before the name)."""
    body = gap.rstrip(TRIM_CHARS + "=")
    cut = max(body.rfind(c) for c in ",，;；:：\n") + 1
    start = cut + len(body[cut:]) - len(body[cut:].lstrip(TRIM_CHARS))
    for word in _LEAD_WORDS:
        if body.startswith(word, start) and len(body) > start + len(word):
            start += len(word)
            start += len(body[start:]) - len(body[start:].lstrip(TRIM_CHARS))
            break
    # "1.上海：181；2.江苏：33": the list number is not part of the name.
    numbering = _LIST_NUMBER.match(body, start)
    if numbering and numbering.end() < len(body):
        start = numbering.end()
    return start, body[start:], body[:cut].strip(TRIM_CHARS)


_LIST_NUMBER = re.compile(r"\s*(?:[0-9]{1,2}\s*[.、．)）](?![0-9])|[（(][0-9]{1,2}[)）]|[①-⑳])\s*")
# "上海：100（其中浦东50）": a part of the entry before it, not an entry of its own. (A 海外 entry's
# countries in brackets are entries: the region rules pair them with 海外.)
_NESTED_PART = re.compile(r"[（(]\s*(?:其中|含|包括|包含)[^（）()]*[）)]")
_UNFILLED = re.compile(r"(?:电工、电子设备|[^、，,；;\n：:]{1,16})[：:]\s*(?:[—–－\-/／]+|无|不适用|暂无)\s*(?=[、，,；;\n]|$)")


_ENTRY_SEPARATORS = "、,，;；\n"


# 「越南Vietnam136台」: a country written as 附录F asks (Chinese + English) with its count right after the
# English — the figure is glued to letters, which elsewhere makes it an identifier (「ISO9001」)
_GLUED_TO_COUNTRY = re.compile(r"[\u4e00-\u9fff][A-Za-z][A-Za-z .'-]*[a-z](?=\d)")


def _country_values(text: str) -> list[tuple]:
    found = []
    for m in _GLUED_TO_COUNTRY.finditer(text):
        at = m.end()
        tail = find_quantities(" " + text[at:])  # read as if a space stood before it (same offsets, shifted by one)
        if tail and tail[0][1] == 1:
            q, start, end = tail[0]
            found.append((q, at + start - 1, at + end - 1))
    return found


def _value_quantities(text: str):
    """Quantities that are values, not parts of a name: in "截至填表日前一年：16920个" the 一年
    sits before the entry's colon, so it belongs to the name. A date-shaped number ("2023.10")
    is a value when it directly follows an entry's colon."""
    not_dates = {start for _q, start, _e in find_quantities(text, skip_dates=True)}
    glued = _country_values(text)
    not_dates |= {start for _q, start, _e in glued}
    for q, start, end in sorted([*find_quantities(text), *glued], key=lambda found: found[1]):
        if start not in not_dates and not text[:start].rstrip().endswith((":", "：")):
            continue
        seg_end = min((i for i in (text.find(c, end) for c in _ENTRY_SEPARATORS) if i >= 0), default=len(text))
        if any(c in text[end:seg_end] for c in ":："):
            continue
        yield q, start, end


_NOTHING = re.compile(r"\s*(?:无|暂无|不适用|不涉及)\s*(?:$|[（(，,。；;：:])")


def parse_breakdown(text: str) -> Breakdown | None:
    """"采矿设备：1000、化工设备 2000" / "采矿设备1000台，化工设备2000台" / one per line → entries;
    None for an answer that only points elsewhere (「详见附件7」)."""
    if is_reference(text) or _NOTHING.match(text):
        return None  # 「无（海外设备连接数量为0）」: nothing, explained — no category named 「无」 (h66)
    entries: list[BreakdownEntry] = []
    leftover: list[str] = []
    flags: list[str] = []
    declared: Decimal | None = None
    cursor = 0
    original = text
    # Blank out nested parts (same length, so spans and quotes stay those of the text).
    text = _NESTED_PART.sub(lambda m: " " * len(m.group(0)), text)
    if text != original:
        flags.append("nested_part")
    # 「采矿设备：—」, 「机床：/」, 「其他：无」: a category left unfilled is no entry (a written 0 is one)
    unfilled = _UNFILLED.sub(lambda m: " " * len(m.group(0)), text)
    if unfilled != text:
        text = unfilled
        flags.append("unfilled_entries")
    for q, start, end in _value_quantities(text):
        offset, name, before = _name_in_gap(text[cursor:start])
        if before:
            leftover.append(before)
        if not name:
            leftover.append(q.raw)
            if not (q.unit is None and text[end : end + 1] in ("、", ".", ")", "）")):
                flags.append("unnamed_value")  # "1、采矿：20" starts with a list number, no value
        elif name in _TOTAL_NAMES and q.unit not in ("类", "种", "项"):
            declared = q.value if declared is None else declared
        elif name in _TOTAL_NAMES:
            leftover.append(text[cursor + offset : end])
        else:
            span = (cursor + offset, end)
            entries.append(BreakdownEntry(name=name, value=q.value, raw=original[span[0] : span[1]],
                                          span=span, unit=q.unit, qualifier=q.qualifier))
        cursor = end
    tail = text[cursor:].strip(TRIM_CHARS)
    if tail:
        leftover.append(tail)
    if not entries:
        return None
    units = {e.unit for e in entries}
    if len(units) > 1:
        flags.append("mixed_units")
    names = [e.name for e in entries]
    if len(set(names)) < len(names):
        flags.append("duplicate_name")
    if any(e.qualifier != "exact" for e in entries):
        flags.append("approximate_value")
    return Breakdown(entries=tuple(entries), total=sum((e.value for e in entries), Decimal(0)),
                     declared_total=declared, unit=units.pop() if len(units) == 1 else None,
                     leftover=tuple(leftover), flags=tuple(dict.fromkeys(flags)))


def format_breakdown(entries: list[tuple[str, Decimal]], unit: str = "") -> str:
    """The notice's own form: "采矿设备：1000、化工设备：2000"."""
    return "、".join(f"{name}：{value:f}{unit}" for name, value in entries)


class RegionEntry(_Frozen):
    name: str
    value: Decimal
    raw: str
    span: tuple[int, int]
    unit: str | None = None
    region: RegionMatch


class RegionBreakdown(_Frozen):
    """Flags: those of Breakdown, plus duplicate_region (上海 and 上海市 both listed)."""

    entries: tuple[RegionEntry, ...]
    total: Decimal
    declared_total: Decimal | None = None
    unit: str | None = None
    leftover: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()

    @property
    def flagged(self) -> tuple[RegionEntry, ...]:
        return tuple(e for e in self.entries if e.region.flags or e.region.kind == "unknown")


def parse_region_breakdown(text: str) -> RegionBreakdown | None:
    """"北京：1000、上海市 500、俄罗斯Russia：20、美国 30" with each name classified by 附录F."""
    b = parse_breakdown(text)
    if b is None:
        return None
    entries = tuple(RegionEntry(name=e.name, value=e.value, raw=e.raw, span=e.span, unit=e.unit,
                                region=classify_region(e.name)) for e in b.entries)
    keys = [(e.region.kind, e.region.canonical or e.name) for e in entries]
    flags = list(b.flags)
    if len(set(keys)) < len(keys):
        flags.append("duplicate_region")
    return RegionBreakdown(entries=entries, total=b.total, declared_total=b.declared_total,
                           unit=b.unit, leftover=b.leftover, flags=tuple(flags))


def numbered(entries) -> bool:
    """「5。排名前五：1.智能排产助手；2.能耗监测；…（详见附件3.4.2）」: the items numbered 1, 2, 3 … (a
    last one may be a note's number) — a count and its list, not readings."""
    run = 0
    while run < len(entries) and entries[run].value == run + 1:
        run += 1
    return run >= 2 and run >= len(entries) - 1
