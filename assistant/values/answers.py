"""Structured answers of the 申报表 and 汇总表, read from one answer text.

Owns: the 总数+私有化 compound (填报指引 2.1.1/2.1.2/2.2.2/2.2.3/2.3.1/2.4.1), 是/否 answers with
their detail, the 近三年营收 lines and tick-box choices (平台建设方式, 运营模式, IaaS, 部署方式).
Every part carries a span into the text it was read from, so a citation can quote it exactly.
Breakdowns and region breakdowns (附录A–F) are read in `assistant.values.breakdowns`. Dates,
建设时间 ranges (附件3/附件4) and the 文件名+编号+时间 of policy references (2.5.1) are parsed in
`assistant.values.dates` and re-exported here.

Must not: read files, know indicator ids, or judge severity. Doubtful input gives None or a flag,
never an exception. Numbers come from `assistant.values.numbers`.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from assistant.core.text_keys import fold, loose_key
from assistant.values.dates import (
    TRIM_CHARS,
    DateRange,
    PartialDate,
    PolicyDetail,
    PolicyDocument,
    find_dates,
    format_date_range_yyyymmdd,
    parse_date_range,
    parse_policy_detail,
)
from assistant.values.numbers import Quantity, find_quantities, parse_quantity

__all__ = ["DateRange", "PartialDate", "PolicyDetail", "PolicyDocument", "find_dates",
           "format_date_range_yyyymmdd", "parse_date_range", "parse_policy_detail",
           "CompoundTotal", "parse_compound_total",
           "YesNo", "parse_yes_no", "RevenueLine", "parse_revenue_lines", "parse_revenue_line",
           "CHECKED_MARKS", "UNCHECKED_MARKS", "CheckboxOption", "CheckboxChoice",
           "parse_checkbox_choice"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- 总数 XX 台/套，其中私有化部署涉及的相关数量 XX 台/套 ----------------------------------------

class CompoundTotal(_Frozen):
    """Flags: no_private_part, private_exceeds_total, unit_mismatch, approximate_value."""

    total: Quantity
    total_span: tuple[int, int]
    private: Quantity | None = None
    private_span: tuple[int, int] | None = None
    unit: str | None = None
    follows_template: bool = False  # 总数/总量/总容量… 其中私有化部署… as the notice asks
    flags: tuple[str, ...] = ()


def parse_compound_total(text: str) -> CompoundTotal | None:
    """The total and the 私有化部署 part of one answer; None when no total is written before 其中.
    A figure after 其中 counts as private only after the word 私有 (其中公有云… is not)."""
    norm = fold(text)
    found = find_quantities(text, skip_dates=True)
    if not found:
        return None
    split = next((i for i in (norm.find("其中"), norm.find("私有")) if i >= 0), len(norm))
    head = [f for f in found if f[2] <= split]
    if not head:
        return None
    total, ts, te = head[0]
    anchor = norm.find("私有", split)
    tail = [f for f in found if f[1] >= max(split, anchor)] if anchor >= 0 else []
    private, ps, pe = tail[0] if tail else (None, 0, 0)
    flags = []
    if private is None:
        flags.append("no_private_part")
    else:
        if private.unit and total.unit and private.unit != total.unit:
            flags.append("unit_mismatch")
        if private.value > total.value:
            flags.append("private_exceeds_total")
    if total.qualifier != "exact" or (private is not None and private.qualifier != "exact"):
        flags.append("approximate_value")
    template = bool(re.search(r"总数|总量|总容量|数据量", norm[:ts + 1])) and "私有化部署" in norm[split:]
    return CompoundTotal(total=total, total_span=(ts, te), private=private,
                         private_span=(ps, pe) if private is not None else None,
                         unit=total.unit or (private.unit if private else None),
                         follows_template=template, flags=tuple(flags))


# --- an answer that only points elsewhere -----------------------------------------------------

# 「详见附件7」「见佐证材料P12」「具体数据见附件9第3页」「同上」: no value of its own (a terse applicant's).
_REFERENCE = re.compile(r"[(（]?\s*(?:具体(?:数据|内容|情况)?|相关(?:数据|内容|情况)?|数据)?\s*(?:详见|请见|参见|另见|见)\s*"
                        r"(?:附件|佐证材料|证明材料|佐证|附表|申报书|附录|材料|清单|上表|下表|上文|第)[^，。；,;：:]{0,16}?[)）]?"
                        r"|同上|同前|同左|如上|见上")


def is_reference(text: str) -> bool:
    """The whole answer is a pointer to another place (「详见附件7」, 「同上」), not a value."""
    return _REFERENCE.fullmatch(fold(text).strip()) is not None


def referenced_attachment(text: str) -> str | None:
    """The 附件 a reference names (「详见附件7」 → "附件7"), if any."""
    found = re.search(r"附件\s*([0-9]+|[一二三四五六七八九十]+)", fold(text)) if is_reference(text) else None
    return f"附件{found.group(1)}" if found else None


# --- 是/否 --------------------------------------------------------------------------------------

class YesNo(_Frozen):
    answer: bool | None  # None: no 是/否 word at the start
    keyword: str | None = None  # the word that decided: 是, 否, 无, 未, 具备, 不具备, 已, 有 …
    detail: str = ""  # what follows the keyword, without the separating punctuation
    detail_start: int = 0  # text[detail_start:detail_start + len(detail)] == detail
    raw: str = ""


_NO_WORDS = ("不具备", "不符合", "不涉及", "不是", "没有", "暂无", "尚未", "未有", "否", "无", "未")
_YES_WORDS = ("具备", "符合", "是的", "是", "有", "已")
_NOT_ANSWERS = ("是否", "有否", "无锡", "有限", "无法判断", "未知")
_OPENERS = " \t\r\n\u3000\"'“”‘’「」『』【】[]"


def parse_yes_no(text: str) -> YesNo:
    """"是，《XX制度》XX号 2023年3月" → True + detail; "否" → False; "无明确战略定位" → False;
    the form's boxes ticked: "☑是 □否" → True, "□是 ☑否" → False."""
    written = ticked_answer(text)
    if written != text:
        found = parse_yes_no(written)
        at = max(text.find(found.detail), 0) if found.detail else 0  # the detail's place in the text as written
        return found.model_copy(update={"raw": text, "detail_start": at}) if found.answer is not None else YesNo(raw=text)
    norm = fold(text)
    start = len(norm) - len(norm.lstrip(_OPENERS))
    if norm.startswith(("答:", "答："), start):
        start += 2
    body = norm[start:]
    if not body or body.startswith(_NOT_ANSWERS):
        return YesNo(answer=None, raw=text)
    for words, answer in ((_NO_WORDS, False), (_YES_WORDS, True)):
        word = next((w for w in words if body.startswith(w)), None)
        if word is not None:
            rest = start + len(word)
            rest += len(norm[rest:]) - len(norm[rest:].lstrip(_OPENERS + "，,:：;；。.、"))
            return YesNo(answer=answer, keyword=word, detail=text[rest:].rstrip(),
                         detail_start=rest, raw=text)
    return YesNo(answer=None, raw=text)


def ticked_answer(text: str) -> str:
    """The form's 是/否 boxes with one ticked, as the word written: 「☑是 □否 已获得多轮投资」 →
    「是 已获得多轮投资」, 「□是 ☑否」 → 「否」; any other text unchanged."""
    text = unmapped_ticks(text)
    if not (any(ch in text for ch in CHECKED_MARKS) and any(ch in text for ch in UNCHECKED_MARKS)):
        return text
    ticked = parse_checkbox_choice(text, ["是", "否"]).chosen
    if len(ticked) != 1:
        return text
    rest = re.sub(rf"[{CHECKED_MARKS}{UNCHECKED_MARKS}]\s*(?:是|否)", "", text, count=2).strip(" \u3000，,；;")
    return f"{ticked[0]} {rest}".strip()


# --- 2021 年平台营收 XX 万元/增长率 XX% -----------------------------------------------------------

class RevenueLine(_Frozen):
    year: int
    revenue: Quantity | None = None  # None when the blank is not filled
    growth_rate: Quantity | None = None
    raw: str
    span: tuple[int, int]


_REVENUE_YEAR = re.compile(
    r"(?<![0-9])(?:19|20)[0-9]{2}(?=\s*年\s*度?\s*[:：]?\s*(?:平台)?\s*(?:相关)?\s*(?:营收|营业收入|收入))")
# "增长率 12.34%" as printed; "同比增长12.34%", "增速", "增幅" as applicants also write it.
_GROWTH_CUE = re.compile(r"增长率|同比增长|同比增速|增速|增幅|增长")
_TABLE_HEAD = re.compile(r"(?:营收|营业收入|收入)[^\n]*增长[^\n]*\n")
_TABLE_ROW = re.compile(r"^\s*(?P<y>20\d\d)\s*年?度?\s+(?P<rev>-?[\d,]+(?:\.\d+)?)\s+(?P<rate>-?\d+(?:\.\d+)?\s*%?)\s*$",
                        re.MULTILINE)


def parse_revenue_lines(text: str) -> tuple[RevenueLine, ...]:
    """Each "2021 年平台营收 1234.56 万元/增长率 12.34%" in the text, in order — or, where the cell holds
    a small table instead (「年度 平台营收（万元） 增长率（%）」 over 「2021年 6118.43 16.84」, h57), its rows."""
    norm = fold(text)
    starts = [m.start() for m in _REVENUE_YEAR.finditer(norm)]
    if not starts and (header := _TABLE_HEAD.search(norm)) is not None:
        return tuple(RevenueLine(year=int(m["y"]), revenue=parse_quantity(m["rev"]), growth_rate=parse_quantity(m["rate"]),
                                 raw=text[m.start():m.end()], span=(m.start(), m.end()))
                     for m in _TABLE_ROW.finditer(norm, header.end()))
    lines = []
    for a, b in zip(starts, starts[1:] + [len(norm)], strict=False):
        seg = norm[a:b]
        cue = _GROWTH_CUE.search(seg)
        rate_at = cue.start() if cue else -1
        after_label = re.search(r"营收|收入", seg).end()
        revenue = growth = None
        for q, s, e in find_quantities(text[a:b], skip_dates=True):
            if s >= after_label and (rate_at < 0 or e <= rate_at) and revenue is None:
                revenue = q
            elif rate_at >= 0 and s >= rate_at and growth is None:
                growth = q
        hi = a + len(seg.rstrip(TRIM_CHARS))
        lines.append(RevenueLine(year=int(seg[:4]), revenue=revenue, growth_rate=growth,
                                 raw=text[a:hi], span=(a, hi)))
    return tuple(lines)


def parse_revenue_line(text: str) -> RevenueLine | None:
    lines = parse_revenue_lines(text)
    return lines[0] if lines else None


# --- ☑ 自建 □ 合作共建，合作企业名称（必填）：XX公司 ------------------------------------------------

CHECKED_MARKS = "☑☒■√✔✓✅▣●◉⊠"
UNCHECKED_MARKS = "□☐▢○◯"
# A tick drawn in a symbol font without a Unicode mapping (a PDF form's ZapfDingbats ✔, flattened)
# reads as U+FFFD: beside an empty box (「�自建 □合作共建」) it is the ticked one.
_UNMAPPED = "\ufffd"


# A box typed as brackets (「[√] 自建  [ ] 合作共建」, 「【✓】」): the mark, at the closing bracket (spans stay put,
# the mark beside the label after it).
_TYPED_BOX = re.compile(r"[\[【]\s*([√✔✓xX×])\s*[\]】]|[\[【](\s+)[\]】]")


def unmapped_ticks(text: str) -> str:
    """The form's boxes as marks: a tick without a Unicode mapping, a box typed as brackets."""
    if "[" in text or "【" in text:
        text = _TYPED_BOX.sub(lambda m: (CHECKED_MARKS[0] if m[1] else UNCHECKED_MARKS[0]).rjust(len(m[0])), text)
    if _UNMAPPED not in text or not any(ch in text for ch in UNCHECKED_MARKS):
        return text
    return text.replace(_UNMAPPED, CHECKED_MARKS[0])


class CheckboxOption(_Frozen):
    label: str
    checked: bool | None  # None: the label is not in the text
    detail: str | None = None  # what was filled after （必填）： or 名称：
    span: tuple[int, int] | None = None  # of the label


class CheckboxChoice(_Frozen):
    options: tuple[CheckboxOption, ...]
    marks_present: bool  # False: plain text ("合作共建，XX公司"), a mentioned option counts as chosen

    @property
    def chosen(self) -> tuple[str, ...]:
        """In the order the text gives them: the form's order under tick boxes, the applicant's
        own in plain text ("公有云、私有云" stays so in the 汇总表)."""
        ticked = [o for o in self.options if o.checked]
        return tuple(o.label for o in sorted(ticked, key=lambda o: o.span[0] if o.span else 1 << 30))


_DETAIL_CUE = re.compile(r"(?:[(（]\s*必填\s*[)）]|名称|请填写|请注明)\s*[:：]\s*")


def parse_checkbox_choice(text: str, options: list[str]) -> CheckboxChoice:
    """Which of `options` are ticked, and what was filled after （必填）：. A mark between two labels
    goes to the closer one; at equal distance, to the side most other marks sit on ("□ 自建" is
    the form's own layout, "自建√" is a tick added after the label)."""
    norm = fold(unmapped_ticks(text))
    marks = {i: ch in CHECKED_MARKS for i, ch in enumerate(norm)
             if ch in CHECKED_MARKS + UNCHECKED_MARKS}
    located: dict[str, tuple[int, int]] = {}
    for label in sorted(options, key=len, reverse=True):
        needle = fold(label)
        for m in re.finditer(re.escape(needle), norm):
            if all(m.end() <= s or m.start() >= e for s, e in located.values()):
                located[label] = m.span()
                break
    starts = {s: label for label, (s, _) in located.items()}
    ends = {e: label for label, (_, e) in located.items()}

    def neighbours(i: int) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
        j = i
        while j > 0 and norm[j - 1] in " \t\u3000":
            j -= 1
        k = i + 1
        while k < len(norm) and norm[k] in " \t\u3000":
            k += 1
        left = (ends[j], i - j) if j in ends else None
        right = (starts[k], k - i - 1) if k in starts else None
        return left, right

    sides = {i: neighbours(i) for i in marks}
    before_votes = sum(1 for left, right in sides.values() if right and not left)
    after_votes = sum(1 for left, right in sides.values() if left and not right)
    owner_of: dict[int, str | None] = {}
    for i, (left, right) in sides.items():
        if left and right:
            prefer_left = left[1] < right[1] or (left[1] == right[1] and after_votes > before_votes)
            owner_of[i] = left[0] if prefer_left else right[0]
        else:
            owner_of[i] = (left or right or (None,))[0]
    stops = sorted({s for s, _ in located.values()} | {m.start() for m in re.finditer("\n", norm)})
    result = []
    for label in options:
        if label not in located:
            result.append(CheckboxOption(label=label, checked=None))
            continue
        s, e = located[label]
        foreign = [i for i, o in owner_of.items() if i >= e and o != label]
        stop = min([b for b in stops if b >= e] + foreign + [len(norm)])
        cue = _DETAIL_CUE.search(norm, e, stop)
        raw = text[cue.end() if cue else e : stop]
        detail = raw.strip(TRIM_CHARS + "_＿[]【】" + CHECKED_MARKS + UNCHECKED_MARKS) or None
        ticks = [marks[i] for i, o in owner_of.items() if o == label]
        result.append(CheckboxOption(label=label, checked=any(ticks) if marks else True,
                                     detail=detail, span=(s, e)))
    return CheckboxChoice(options=tuple(_lost_tick(result, owner_of)), marks_present=bool(marks))


def _lost_tick(options: list[CheckboxOption], owner_of: dict[int, str | None]) -> list[CheckboxOption]:
    """「自建 □合作共建」: a printed form whose tick drew no character at all (a symbol font's glyph the text
    layer lost) — every option but one has its empty box, none a tick: the one without a box was ticked."""
    boxed = set(owner_of.values())
    bare = [o for o in options if o.span is not None and o.label not in boxed]
    if len(bare) != 1 or any(o.checked for o in options if o.label in boxed) \
            or sum(1 for o in options if o.span is not None) < 2:
        return options
    return [o.model_copy(update={"checked": True}) if o is bare[0] else o for o in options]


# --- one answer written two ways ------------------------------------------------------------

_ANSWER_ITEMS = re.compile(r"\s*(?:[、,，;；/+＋]|和|及|与)\s*")
_ANSWER_MONTH = re.compile(r"(20\d\d|19\d\d)\s*[.年/-]\s*(\d{1,2})")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_CONTAINED_MIN = 4  # a shorter answer of at least this many characters inside the longer one


def same_answer_text(a: str, b: str) -> bool:
    """The same answer written two ways: punctuation, a URL's scheme, the order of ticked options
    ("私有云、公有云" / "公有云+私有云"), a 建设时间 with and without days (附件4 asks YYYY.MM.DD,
    附件2 年月), a note in brackets ("林思远（主任）"), or one answer holding the other whole
    ("浦东新区XX路100号" within "上海市浦东新区XX路100号"; "XX路100号" before "XX路100号A座3楼")."""
    if loose_key(a) == loose_key(b):
        return True
    items_a = {loose_key(x) for x in _ANSWER_ITEMS.split(a) if x.strip()}
    items_b = {loose_key(x) for x in _ANSWER_ITEMS.split(b) if x.strip()}
    if len(items_a) > 1 and items_a == items_b:
        return True
    months_a = [(int(y), int(m)) for y, m in _ANSWER_MONTH.findall(a)]
    months_b = [(int(y), int(m)) for y, m in _ANSWER_MONTH.findall(b)]
    if months_a or months_b:
        return bool(months_a) and months_a == months_b and len(months_a) == 2
    bare_a, bare_b = loose_key(_BRACKETED.sub("", a)), loose_key(_BRACKETED.sub("", b))
    if bare_a and bare_a == bare_b:
        return True
    short, long_ = sorted((loose_key(a), loose_key(b)), key=len)
    at = long_.find(short)
    if len(short) < _CONTAINED_MIN or at < 0:
        return False
    before, after = long_[:at], long_[at + len(short):]
    if re.search(r"\d", before + after) is None:
        return True
    # An address with its building and room after it ("…路1269号" / "…路1269号欧冶大厦3楼会议室"):
    # the shorter one ends with its house number (号, 弄 …) and the longer one goes on after it.
    return not before and re.search(r"[号弄栋幢]$", short) is not None
