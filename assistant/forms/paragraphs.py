"""A 申报表 written as numbered paragraphs instead of the template's table: one item a line,
"1.1.2-3  平台团队总人数（人）：87", its reference on the line after, "证明资料：申报书一" — seen on a blind
package, in its Word file and in its stamped scan alike.

The label is what stands before a colon and names a field of the form (the first such colon:
"其中：运维人数（人）：48" is the field 其中：运维人数, "按二级分类…（台/套）：电力设备：3,098；…" keeps its
breakdown); the answer is the rest of the line, which may be empty (a blank answer is a reading
too), continued by the paragraphs after it in a Word file but never by OCR lines (in a table
scan they are other cells; a wrapped scan line stays cut, which the scan check allows for). Lines inside tables are the grid reader's; cover lines ("平台名称：X") are `_cover_lines`'.
Must not: guess a label that no field's name or alias matches (`FormReader.match_field`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.catalog.model import FieldSpec
from assistant.forms.grid import cite_text
from assistant.forms.model import DeclaredValue, MatchKind
from extractors.model import Document

# An item's number as such forms print it: "1.1.2-3", "1.1.2.3", "（3）", "3、".
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)+(?:-\d+)?|[（(]\d+[)）]|\d+[、.．])\s*")
# What a 证明资料 reference is introduced by, and what a single figure looks like (both shared with
# `assistant.forms.reader`, which finds them inside a table's answer cells).
PROOF_WORDS = r"证明(?:资料|材料|文件)|佐证(?:材料|资料)|支撑材料"
WHOLE_FIGURE = r"[0-9０-９][0-9０-９,，.．]*\s*(?:%|个|台|套|台（套）|台/套|人|项|家|TB|万元|元)?"
_PROOF_LINE = re.compile(rf"^\s*(?:{PROOF_WORDS})\s*[:：]\s*(?P<proof>.*)$", re.S)
_WHOLE_FIGURE = re.compile(WHOLE_FIGURE)
_LONGEST_LABEL = 80

Matcher = Callable[[str], tuple[FieldSpec, MatchKind] | None]


def read_paragraph_items(document: Document, match_field: Matcher) -> list[DeclaredValue]:
    values: list[DeclaredValue] = []
    pending: DeclaredValue | None = None  # the last item, waiting for its 证明资料 line
    for page in document.pages:
        wrapping = False  # the last item's answer may go on on the next lines (a wrapped scan line)
        for block in page.blocks:
            if block.table_cell is not None:
                pending, wrapping = None, False
                continue
            for line in block.text.split("\n"):
                proof = _PROOF_LINE.match(line)
                if proof is not None:
                    if pending is not None and pending.proof is None:
                        values[-1] = pending = pending.model_copy(update={"proof": proof.group("proof").strip()})
                    wrapping = False
                    continue
                item = _item(line, match_field)
                if item is None:
                    if wrapping and pending is not None and _goes_on(line):
                        values[-1] = pending = pending.model_copy(update={"raw": f"{pending.raw}{line.strip()}"})
                    else:
                        wrapping = False
                    continue
                spec, kind, label, answer = item
                citation = cite_text(document, page, line.strip())
                doubts = (f"栏目“{label[:30]}”按近似名称识别为“{spec.label}”",) if kind == "fuzzy" else ()
                pending = DeclaredValue(field_id=spec.id, form_label=label, raw=answer, file=document.path,
                                        citations=(citation,) if citation else (), match=kind, doubts=doubts)
                values.append(pending)
                # A single figure is whole; a breakdown or a text may go on in the next paragraph.
                # Not in a scan: there the lines below are as likely other cells of a table.
                wrapping = bool(answer) and page.source != "ocr" and _WHOLE_FIGURE.fullmatch(answer) is None
    return values


_NOT_AN_ANSWER = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)+\s"
                            r"|注\s*[:：]|第\s*\d+\s*页|[-—]\s*\d+\s*[-—]|\d+\s*/\s*\d+\s*$)")


def _goes_on(line: str) -> bool:
    """Whether a line that names no field continues the answer above it rather than starting a
    heading, a note or a page number."""
    return bool(line.strip()) and _NOT_AN_ANSWER.match(line) is None and _KEY_LINE.match(line) is None


# 「申报单位：上海某某有限公司（公章）」: a line of its own key and value, whatever its key names
_KEY_LINE = re.compile(r"^\s*(?!其中|包括|含|例如|比如|具体|主要|分别)[\u4e00-\u9fffA-Za-z（）()]{2,10}\s*[:：]")


def _item(line: str, match_field: Matcher) -> tuple[FieldSpec, MatchKind, str, str] | None:
    text = _NUMBERING.sub("", line)
    for colon in re.finditer(r"[:：]", text):
        label = text[: colon.start()].strip()
        if len(label) > _LONGEST_LABEL:
            return None
        if len(label) < 2:
            continue
        found = match_field(label)
        if found is not None:
            spec, kind = found
            return spec, kind, label, text[colon.end():].strip()
    return None
