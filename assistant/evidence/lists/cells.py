"""The cells of a row as a list reads them: trimmed, a 序号 that OCR glued to the next cell split
off, several tokens joined into one, a 序号 or a count read from a cell, a row or part of a cell
cited.

Owns: `Cell`, `row_cells`, `join_cells`, `sub_citation`, `serial_of`, `count_in`, `cite_row`.
Must not: decide what a row is (a header, a heading, an item, a total).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.core.citations import Citation
from assistant.core.text_keys import squash
from assistant.evidence.rows import Row
from assistant.values.numbers import parse_quantity
from extractors.model import BBox, Span

_SERIAL = re.compile(r"^[（(]?(?:[A-Za-z]{1,2}[-_]?)?(\d{1,4})[)）.、]?$")  # 12, (12), 12、, P01, S-010
_OCR_GLUED_SERIAL = re.compile(r"^(\d{1,3})(?=[\u3400-\u9fff])")


@dataclass(frozen=True)
class Cell:
    text: str
    citation: Citation | None
    column: int | None  # table column; None for a token of a text line


def sub_citation(citation: Citation | None, start: int, end: int) -> Citation | None:
    """Characters start:end of a cited text (a glued OCR 序号, a number inside a 合计 line)."""
    if citation is None or citation.span is None:
        return None
    bbox = citation.bbox
    if bbox is not None and citation.quote:
        width = (bbox.x1 - bbox.x0) / len(citation.quote)
        bbox = BBox(x0=bbox.x0 + width * start, top=bbox.top, x1=bbox.x0 + width * end, bottom=bbox.bottom)
    return citation.model_copy(update={"quote": citation.quote[start:end], "bbox": bbox,
                                       "span": Span(start=citation.span.start + start, end=citation.span.start + end)})


def row_cells(row: Row) -> list[Cell]:
    """The row's non-empty cells left to right; on a scan, a 序号 glued to the next cell by OCR
    ("12一种数据采集方法") is split off."""
    cells = [Cell(c.text.strip(), c.citation, c.column) for c in row.cells if c.text.strip()]
    if row.page.source == "ocr" and cells and (glued := _OCR_GLUED_SERIAL.match(cells[0].text)):
        first, cut = cells[0], glued.end()
        cells[:1] = [Cell(first.text[:cut], sub_citation(first.citation, 0, cut), None),
                     Cell(first.text[cut:], sub_citation(first.citation, cut, len(first.text)), None)]
    return cells


def join_cells(row: Row, cells: list[Cell]) -> Cell:
    """Several tokens as one cell (a name with a space inside, 「其中： 公有云」)."""
    citation = row.span_citation(cells[0].citation, cells[-1].citation) if len(cells) > 1 else cells[0].citation
    return Cell(" ".join(c.text for c in cells), citation, cells[0].column)


def serial_of(text: str) -> int | None:
    match = _SERIAL.match(squash(text))
    return int(match.group(1)) if match else None


def count_in(text: str) -> Decimal | None:
    """A count as printed in a cell: "21,304", "1.2万", "350台"; not a percentage or a date."""
    quantity = parse_quantity(text, whole=True)
    if quantity is None or quantity.qualifier != "exact" or quantity.unit not in (None, "台/套", "台", "套", "个", "项", "件"):
        return None
    return quantity.value


def cite_row(row: Row) -> Citation | None:
    return row.citation or next((c.citation for c in row.cells if c.citation is not None), None)
