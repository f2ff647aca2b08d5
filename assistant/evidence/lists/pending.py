"""Patent applications a certificate list shows beside the granted patents. 填报指引 counts the
platform's 获得的专利: an application 已受理, 实质审查中 or 尚未授权 is not one yet. A list says so in one
of three ways, and only by its own words:
- a list of its own under a heading of applications (「附：已受理尚未授权的发明专利申请（共7项）」): set
  aside, like a subsidiary's list shown for the record (`pending_heading`);
- a note under the list naming its items (「注：第22–24项为已受理的发明专利申请（实质审查中），尚未获得
  授权。」): those 序号 (`noted_serials`);
- a 法律状态/状态 column, or the row's own words, saying 实质审查/申请中/已受理/待授权 (`pending_entry`).
A 申请号 column alone says nothing: a granted Chinese patent is known by its application number too.

Must not: change what a list counts (the count stays what it lists; `EvidenceFact.pending` says how
many of them are applications) or compare with the form.
"""

from __future__ import annotations

import re

from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import Entry, ListBlock

# the words of an application not granted (not 申请号, 申请日, 申请人: every patent has those)
PENDING = re.compile(r"已受理|受理中|(?:尚未|未|没有)(?:获得|取得|获)?授权|待授权|(?:实质)?审查中|实质审查|实审"
                     r"|申请中|在审|专利申请(?![号日人])")


def says_pending(text: str) -> bool:
    """Words of an application, and no word of a grant besides the negated one (「专利申请及授权情况」
    is both kinds)."""
    return bool(PENDING.search(text)) and "授权" not in PENDING.sub("", text)


_STATUS = re.compile(r"状态|进度|阶段")
_SERIALS = re.compile(r"第\s*(\d{1,3})\s*(?:(?:[–—\-~～至到]+)\s*第?\s*(\d{1,3})|((?:\s*[、,，和及]\s*第?\s*\d{1,3})+))?\s*[项条号]")


def pending_heading(block: ListBlock) -> str:
    """The heading (or the line right above) of a list that is wholly of applications, or ""."""
    lines = [h.row.text.strip() for h in block.headings] + ["".join(r.text.strip() for r in block.preface)]
    return next((line for line in lines if says_pending(squash(line))), "")


def noted_serials(text: str) -> set[int]:
    """The 序号 a note says are applications: 「第22–24项为已受理的发明专利申请」, 「第5、12项尚在实质审查中」."""
    text = squash(text)
    found: set[int] = set()
    for clause in re.split(r"[。；;，,]", text):
        if not says_pending(clause):
            continue
        for match in _SERIALS.finditer(clause):
            first = int(match.group(1))
            if match.group(2):
                last = int(match.group(2))
                found.update(range(first, last + 1) if first <= last <= first + 200 else ())
            else:
                found.add(first)
                found.update(int(n) for n in re.findall(r"\d{1,3}", match.group(3) or ""))
    return found


def pending_entry(entry: Entry, block: ListBlock) -> bool:
    """A row whose 状态 cell, or whose own words, say it is an application not granted."""
    for column in block.header.columns:
        if _STATUS.search(column.text) and entry.cells and column.slot in entry.cells:
            return bool(PENDING.search(squash(entry.cells[column.slot].text)))
    return says_pending(squash(entry.row.text))


_KIND_WORDS = {"patent": re.compile(r"专利|发明|实用新型"), "software": re.compile(r"著作权|软著")}


def kind_notes(texts: list[str], kind: str) -> set[int]:
    """The 序号 the file's notes call applications of `kind` (a note must name it: 「发明专利申请」)."""
    words = _KIND_WORDS.get(kind)
    return set().union(*(noted_serials(t) for t in texts if words is not None and words.search(t))) if texts else set()


def pending_entries(block: ListBlock, entries: list[Entry], serials: set[int]) -> list[Entry]:
    """The entries of a list that its status column, its rows or a note (`serials`) call applications."""
    return [e for e in entries if pending_entry(e, block) or (e.serial is not None and e.serial in serials)]
