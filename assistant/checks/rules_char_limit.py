"""char_limit of the 申报表's fields: the 字数 limits of the 填报指引 (500字以内, 50字以内, 100字左右 …).

The notice does not say how to count, and counts differ (every character with punctuation, or
Word's 字数统计: a CJK character or a run of Latin letters/digits is one, punctuation not counted),
so a text is counted both ways. "…字以内" is a hard limit: an error only when even the lenient
count exceeds it by more than 10%, a warning when the lenient count exceeds it by less, and only
a note (info) when the strict count exceeds it but the lenient one does not; "…字左右" is guidance: a note when the
lenient count exceeds it by more than 20%, a warning by more than 50%. "逐条…每条50字以内" is per item. Where the 填报指引 allows
an extra note (2.2.1: "将涉及私有化部署的相关情况进行额外100字左右说明"), the private-deployment note
is counted against that allowance, not the main text's. For "若是，填写“是”并简述…N字" the limit is
on the description. One text answering several rows (an answer cell merged over them) is counted
once, against their allowances together.

Only the primary 申报表 is judged. Must not: compare with evidence or other documents.
"""

from __future__ import annotations

import re

from assistant.catalog.model import FieldSpec
from assistant.checks import rule
from assistant.checks.declared_facts import is_blank, make_finding
from assistant.forms.proposal import count_chars, count_words
from assistant.values.answers import parse_yes_no

_HARD_MARGIN = 0.10  # "以内": only a breach beyond 10% under the lenient count is certain
_APPROX_MARGIN = 0.20  # "左右": guidance, read with a 20% margin
_APPROX_WARNING = 0.50  # … and warned of only half again as long
_ITEM_SPLIT = re.compile(r"[\n；;]+")
_NUMBERING = re.compile(r"^\s*(?:[0-9]+\s*[.、．)）]|[（(][0-9]+[)）]|[①-⑳])\s*")
_EXTRA_NOTE = re.compile(r"额外\s*([0-9]+)\s*字左右")
_PRIVATE = re.compile(r"私有化|私有部署|私有云部署|本地化部署")
_PRIVATE_LABEL = re.compile(r"^\s*[（(]?\s*(?:涉及)?私有化(?:部署|应用部署)?(?:的?相关)?(?:情况)?(?:说明|补充说明|情况)\s*[:：]")


def _read_from_pdf(review, declared) -> bool:
    """The answer was read off a PDF's page (a WPS export, a scan), not a Word or Excel cell."""
    member = review.package.file(declared.citations[0].file) if declared.citations else None
    return member is not None and member.document.format == "pdf"


def _counted_text(spec: FieldSpec, raw: str) -> str:
    """For "若是，填写“是”并简述…N字" the limit is on the description, not on 是."""
    answer = parse_yes_no(raw)
    return answer.detail if spec.answer_rules and answer.answer is True and answer.detail else raw


def extra_note_allowance(spec: FieldSpec) -> int | None:
    """The extra 字数 the group's guidance allows for the private-deployment note (2.2.1)."""
    match = _EXTRA_NOTE.search(spec.group_guidance or "")
    return int(match.group(1)) if match else None


def split_private_note(text: str) -> tuple[str, str]:
    """(main text, note on 私有化部署): a line or paragraph headed as such a note, else the
    sentences that speak of private deployment."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _PRIVATE_LABEL.match(line):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    sentences = [s for s in re.split(r"(?<=[。；;！!？?\n])", text) if s]
    note = [s for s in sentences if _PRIVATE.search(s)]
    return "".join(s for s in sentences if not _PRIVATE.search(s)), "".join(note)


def _sharing(review) -> dict[str, tuple[FieldSpec, ...]]:
    """Fields of a limit answered by one and the same text — one answer cell merged over their rows
    (h22: 平台定位 and 政策方向 answered together): each field → all of them, in the catalog's order."""
    groups: dict[tuple[str, str], list[FieldSpec]] = {}
    for spec in review.catalog.fields:
        declared = review.primary_form.get(spec.id)
        if spec.max_chars is not None and declared is not None and not is_blank(declared.raw):
            groups.setdefault((declared.raw.strip(), declared.file), []).append(spec)
    return {s.id: tuple(group) for group in groups.values() if len(group) > 1 for s in group}


def _limit_wording(limit: int, approx: bool) -> str:
    return f"{limit}字左右" if approx else f"{limit}字以内"


def _over(text: str, limit: int, approx: bool) -> tuple[int, int, str] | None:
    """(strict count, lenient count, intended severity) when the text is over its limit."""
    strict, lenient = count_chars(text), count_words(text)
    if approx:  # guidance: a clear overrun is a note, only half again as long a warning (h95: 122 of 「100字左右」)
        if lenient <= limit * (1 + _APPROX_MARGIN):
            return None
        return strict, lenient, "warning" if lenient > limit * (1 + _APPROX_WARNING) else "info"
    if strict <= limit:
        return None
    if lenient <= limit:
        return strict, lenient, "info"  # within the limit as Word counts: only a doubt
    return strict, lenient, "error" if lenient > limit * (1 + _HARD_MARGIN) else "warning"


def _counts(strict: int, lenient: int) -> str:
    return f"{strict} 字" if strict == lenient else f"{strict} 字（不计标点、英文数字按词计为 {lenient} 字）"


@rule("char_limit.form_field", title="申报表栏目超过字数限制", severity="error",
      basis="申报表 二、平台基本情况（500字以内）及指标明细表填报指引中的字数要求")
def within_char_limits(review):
    sharing = _sharing(review)
    for spec in review.catalog.fields:
        if spec.max_chars is None or (declared := review.primary_form.get(spec.id)) is None or is_blank(declared.raw):
            continue
        text = _counted_text(spec, declared.raw)
        limit, approx = spec.max_chars, spec.max_chars_approx
        together = sharing.get(spec.id, (spec,))
        if together[0] is not spec:
            continue  # judged once, with the first of the rows it answers
        if len(together) > 1:  # one text answers several rows: their allowances together
            limit, approx = sum(s.max_chars or 0 for s in together), all(s.max_chars_approx for s in together)
        wording = _limit_wording(limit, approx)
        parts: list[tuple[str, str, int, bool]] = []  # (what, text, limit, approx)
        extra = extra_note_allowance(spec)
        main, note = split_private_note(text) if extra else (text, "")
        if spec.max_chars_per_item:
            items = [_NUMBERING.sub("", t) for t in _ITEM_SPLIT.split(main) if t.strip()]
            parts += [(f"“{item[:15]}…”", item, limit, approx) for item in items]
        else:
            parts.append(("", main, limit, approx))
        if note.strip():
            parts.append(("私有化部署说明", note, extra, True))
        over = [(what, n, lenient, severity, part_limit, part_approx)
                for what, part, part_limit, part_approx in parts
                if (found := _over(part, part_limit, part_approx)) is not None
                for n, lenient, severity in [found]]
        if not over:
            continue
        severities = {o[3] for o in over}
        severity = "error" if "error" in severities else "warning" if "warning" in severities else "info"
        if spec.max_chars_per_item:
            detail = "；".join(f"{what}{_counts(n, lenient)}" for what, n, lenient, *_ in over)
            message = f"{spec.label}有 {len(over)} 条超过填报指引要求的每条{wording}：{detail}"
        else:
            pieces = []
            for what, n, lenient, _sev, part_limit, part_approx in over:
                target = _limit_wording(part_limit, part_approx)
                if what:
                    pieces.append(f"其中{what}共 {_counts(n, lenient)}，超过填报指引允许的额外{target}")
                else:
                    noted = "（私有化部署说明另计）" if note.strip() else ""
                    pieces.append(f"共 {_counts(n, lenient)}{noted}，超过填报指引要求的{target}（超出 {n - part_limit} 字）")
            message = f"{spec.label}" + "；".join(pieces)
        if len(together) > 1:
            others = "”“".join(s.label for s in together[1:])
            message += f"（该栏与“{others}”填写同一段文字，按各栏字数要求合计 {limit} 字计）"
        if spec.max_chars_per_item and severity != "info" and _read_from_pdf(review, declared):
            # a PDF's cell wraps its lines where the page ends them, not where an item ends: where one item ends
            # and the next begins is a guess (h91: three policies of ~40 字 read as one of 95)
            severity = "info"
            message += "；申报表为PDF，单元格内的换行未必是条目的分隔，条目可能被合并计数，请对照原表核对"
        elif severity == "info" and not approx:
            message += "；按不计标点、英文数字按词计的字数（Word字数统计）未超过，字数计法不同时结果不同，仅供参考"
        elif severity == "warning" and not approx:
            message += f"；字数计法不同（是否计标点、英文和数字）时结果不同，超出不足{_HARD_MARGIN:.0%}，请人工核对"
        elif approx:
            message += (f"（“左右”为指导性要求，按不计标点的字数多出{_APPROX_MARGIN:.0%}提示、多出{_APPROX_WARNING:.0%}警告）")
        worst = max(over, key=lambda o: o[1])
        yield make_finding(review, "char_limit.form_field", severity, [spec.id], message,
                           expected=f"≤ {worst[4]} 字" + ("左右" if worst[5] else ""), actual=f"{worst[1]} 字",
                           tolerance=f"{_APPROX_MARGIN:.0%}" if approx else f"{_HARD_MARGIN:.0%}")
