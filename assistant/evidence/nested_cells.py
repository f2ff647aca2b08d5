"""Tables nested in a Word cell, as the extractor gives them: flattened into the outer cell, one
nested row per line (so their text is kept once and cited inside the cell a reader sees). A nested
table of a label and a number per row (「资源项目 数值」 over 「平台实际用云量（台） 1286.00」) is read as
lines of its own, each a block spanning its line of the cell.

Must not: unfold a cell of ordinary wrapped text, or read the figures (the table readers do).
"""

from __future__ import annotations

import re

from extractors.model import Block, Span

_LABEL_THEN_NUMBER = re.compile(r"^\S.*\s(?:[-+]?\d[\d,]*(?:\.\d+)?%?)$")


def nested_lines(blocks: list[Block]) -> list[Block]:
    """A table nested in a Word cell comes flattened, a row per line (「资源项目 数值」 over 「平台实际用云量
    （台） 1286.00」, h39): its lines, each a block of its own, when a header of words stands over two or
    more lines of a label and one number."""
    if len(blocks) != 1 or blocks[0].span is None:
        return []
    block = blocks[0]
    lines = block.text.split("\n")
    if len(lines) < 3 or re.search(r"\d", lines[0]) or not all(_LABEL_THEN_NUMBER.match(x.strip()) for x in lines[1:]):
        return []
    out, offset = [], 0
    for line in lines:
        start = block.span.start + offset
        out.append(block.model_copy(update={"text": line, "span": Span(start=start, end=start + len(line)), "table_cell": None}))
        offset += len(line) + 1
    return out[1:]
