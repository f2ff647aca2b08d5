"""Pictures of tables among a page's picture lines (an Excel range pasted as a picture into a 申报书).

Must not: read figures (`evidence.figures` does, on what this leaves).
"""

from __future__ import annotations

import re


def without_tables(lines: tuple) -> tuple:
    """The picture lines without a pictured table (an Excel range pasted as a picture): three rows or
    more of two figures or more, and the header row just above them. Its header is no tile's caption
    over the first row's figure, and the table is a proof's to state, not the 申报书's."""
    boxed = [b for b in lines if b.bbox is not None]
    if not boxed:
        return lines
    height = sorted(b.bbox.bottom - b.bbox.top for b in boxed)[len(boxed) // 2]
    rows: list[list] = []  # lines by their middle, within half a line of each other
    for line in sorted(boxed, key=lambda b: (b.bbox.top + b.bbox.bottom) / 2):
        middle = (line.bbox.top + line.bbox.bottom) / 2
        if rows and abs(middle - (rows[-1][0].bbox.top + rows[-1][0].bbox.bottom) / 2) <= height / 2:
            rows[-1].append(line)
        else:
            rows.append([line])
    figures = [sum(bool(re.fullmatch(r"[\d,，.]+%?", b.text.strip())) for b in row) >= 2 for row in rows]
    dropped: set[int] = set()
    start = None
    for k, figured in enumerate([*figures, False]):  # each run of three rows of figures or more, its header too
        if figured and start is None:
            start = k
        elif not figured and start is not None:
            if k - start >= 3:
                dropped |= {id(b) for row in rows[max(0, start - 1):k] for b in row}
            start = None
    return tuple(b for b in lines if id(b) not in dropped) if dropped else lines
