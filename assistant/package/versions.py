"""How late a version a file's name says it is (「申报表_v2」, 「申报书（终稿）」, 「审计报告（征求意见稿）」).

Packages revised before the deadline keep their drafts beside the final files. A name's word for its
version ranks it: a final one above a numbered one above one that says nothing, a draft below all.

Must not: read files (the name alone is judged).
"""

from __future__ import annotations

import re

# A file name's word for its version: 终版/定稿/final above a numbered version above a draft.
# A version sent after a pre-review (补正后, 更正后, 修订稿) is as late as a final one; a folder's
# name counts for a draft (「历史版本（作废）/」, 「原报送版本/」).
_FINAL = re.compile(r"终版|最终|定稿|正式版|终稿|补正后|更正后|修订后|修改后|修订稿|修订版"
                    r"|(?<![a-z])final(?![a-z])", re.IGNORECASE)
_DRAFT = re.compile(r"草稿|初稿|旧版|作废|废止|原报送|原版|历史版本|补正前|更正前|修订前|修改前|征求意见稿|讨论稿|送审稿"
                    r"|(?<![a-z])(?:draft|old)(?![a-z])", re.IGNORECASE)
_NUMBERED = re.compile(r"(?:^|[^a-z])v(?:er)?\s*(\d{1,2})(?:\.\d+)?(?![\d])|第([一二三四五六七八九\d])版|修订(\d?)", re.IGNORECASE)


def version_rank(path: str) -> int:
    """How late a version its name says a file is: 100 for 终版/final, 1 + n for v{n}/第n版, 0 when
    it says nothing, -1 for a draft."""
    name = path.rsplit("/", 1)[-1]
    if _DRAFT.search(path):
        return -1
    if _FINAL.search(name):
        return 100
    if (m := _NUMBERED.search(name)) is not None:
        digit = next(g for g in m.groups() if g is not None) or "1"
        return 1 + ("一二三四五六七八九".index(digit) + 1 if digit in "一二三四五六七八九" else int(digit))
    return 0
