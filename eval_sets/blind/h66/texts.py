"""Prose of the h66 packages, and the exact-length machinery for texts that sit on a 填报指引 limit.

Texts that must have an exact length are written in CJK characters and full-width punctuation only
(no ASCII digits or letters), so every way of counting 字 the notice could mean gives the same
number: len() of the string, punctuation included.
"""

from __future__ import annotations

import re

PUNCT = "，。、；：（）“”《》！？—"


def count(text: str) -> int:
    return len(text)


def count_no_punct(text: str) -> int:
    return len([c for c in text if c not in PUNCT and not c.isspace()])


def fit(required: list[str], optional: list[str], target: int) -> str:
    """required[0] + a subset of optional (in order) + required[1:] with total length == target."""
    base = sum(len(s) for s in required)
    need = target - base
    if need < 0:
        raise ValueError(f"required text already {base} > {target}")
    # subset-sum over optional, keep the first found in order preference
    reach: dict[int, tuple[int, ...]] = {0: ()}
    for i, s in enumerate(optional):
        for total, picked in list(reach.items()):
            t = total + len(s)
            if t <= need and t not in reach:
                reach[t] = picked + (i,)
    if need not in reach:
        raise ValueError(f"cannot reach {target}: need {need}, reachable max {max(reach)}")
    chosen = [optional[i] for i in reach[need]]
    text = required[0] + "".join(chosen) + "".join(required[1:])
    assert len(text) == target, (len(text), target)
    assert not re.search(r"[A-Za-z0-9]", text), text
    return text
