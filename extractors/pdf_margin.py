"""Line numbers in a PDF's margin: a 申报书 exported with Word's 「显示行号」 prints 41, 42, 43 … in small
type left of its lines, and PDFium runs each into the line it numbers (「43 跃微服务457个」, h76).

Must not: touch a list's 序号 (printed in its row's own size) or any number inside a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NUMBERED = re.compile(r"(\d{1,4})[ \t\u3000]+(?=\S)")

Box = tuple[float, float, float, float]  # user space: left, bottom, right, top


def without_line_numbers(text: str, box: Callable[[int], Box | None],
                         segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The segments without the line numbers that open them: a number in type well smaller than the
    line's text, the numbers rising down the page, three lines or more so numbered; `box(i)` is the
    box of character i of `text`."""
    found: list[tuple[int, int, int]] = []  # (segment, its number, where its text starts)
    for k, (start, end) in enumerate(segments):
        numbered = _NUMBERED.match(text, start, end)
        if numbered is None:
            continue
        digit, after = box(start), box(numbered.end())
        if digit is None or after is None or not 0 < digit[3] - digit[1] < 0.75 * (after[3] - after[1]):
            continue
        found.append((k, int(numbered.group(1)), numbered.end()))
    numbers = [n for _k, n, _s in found]
    if len(found) < 3 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return segments
    kept = list(segments)
    for k, _n, text_start in found:
        kept[k] = (text_start, segments[k][1])
    return kept
