"""Tick boxes written as characters: normalise them to ☑/□ and read (label, checked) pairs.

The notice's forms (附件2 申报表) ask the applicant to tick options: "☑ 自建  □ 合作共建，合作企业
名称（必填）：XX", "■公有云 □私有云", "是□ 否☑". Applicants tick with whatever their editor offers,
so this module knows glyphs only; the DOCX reader turns Word controls and symbol-font characters
into these glyphs first. It must not know what a label means (that is `assistant`'s job).
"""

from __future__ import annotations

import re

from extractors.model import Checkbox

CHECKED = "☑"
UNCHECKED = "□"

# Glyphs that are a box whatever the context.
_BOXES = {"□": UNCHECKED, "☐": UNCHECKED, "☑": CHECKED, "☒": CHECKED}
# Marks that replace a box only in documents that also contain real boxes: "■" is a bullet and
# "√" a square root elsewhere, but next to "□私有云" a "■公有云" is the ticked option.
_MARKS = {"■": CHECKED, "√": CHECKED, "✔": CHECKED, "✓": CHECKED}

_BOX_RE = re.compile(f"[{CHECKED}{UNCHECKED}]")
# A label written before its box ("是否合作：是☑") starts after the question's colon.
_QUESTION_END = re.compile(r"^.*[：:]")


def has_boxes(text: str) -> bool:
    """True when the text holds an unambiguous box glyph (not a mark like ■ or √)."""
    return any(ch in _BOXES for ch in text)


def normalise_boxes(text: str, *, marks_are_boxes: bool) -> str:
    """Every box glyph becomes ☑ or □; ■ √ ✔ ✓ too when `marks_are_boxes`."""
    table = dict(_BOXES)
    if marks_are_boxes:
        table.update(_MARKS)
    if not any(ch in table for ch in text):
        return text
    return "".join(table.get(ch, ch) for ch in text)


def read_checkboxes(text: str) -> tuple[Checkbox, ...]:
    """(label, checked) for each ☑/□ of normalised text, line by line.

    A label is the words after its box up to the next box, unless the line ends with a box and
    starts with words: then each label precedes its box ("是□ 否☑").
    """
    found: list[Checkbox] = []
    for line in text.split("\n"):
        positions = [m.start() for m in _BOX_RE.finditer(line)]
        if not positions:
            continue
        before = line[: positions[0]].strip()
        after_last = line[positions[-1] + 1 :].strip()
        labels_precede = bool(before) and not after_last
        for i, pos in enumerate(positions):
            if labels_precede:
                start = positions[i - 1] + 1 if i else 0
                label = line[start:pos].strip()
                if i == 0:
                    label = _QUESTION_END.sub("", label).strip() or label
            else:
                end = positions[i + 1] if i + 1 < len(positions) else len(line)
                label = line[pos + 1 : end].strip()
            found.append(Checkbox(label=label, checked=line[pos] == CHECKED))
    return tuple(found)
