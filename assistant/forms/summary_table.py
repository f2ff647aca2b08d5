"""What an applicant's own 附件4 汇总表 declares: one reading per 附件4 row, found by its label.

The table is read as the notice prints it (项目 | 内容, one pair or several per row) or laid out
across (a row of labels with the values in the row below, in as many bands as it takes). A row
label is matched with the answer form the notice prints beside it dropped ("是/否",
"（YYYY.MM.DD-YYYY.MM.DD）"), fuzzy as a last resort; 附件4's answer hints left in a 内容 cell
("是/否", "（自运营、联合运营、委托运营）") are not answers.

Owns: `SummaryTableReader`. Must not: read the 申报表 (`assistant.forms.reader`) or 附件1
(`assistant.forms.contact_form`), parse numbers or judge answers; it reads text and keeps
citations, by the conventions of `assistant.forms.reader`.
"""

from __future__ import annotations

import difflib
import re

from assistant.catalog.model import SummaryRow
from assistant.catalog.notice import Catalog
from assistant.core.text_keys import fold, label_key
from assistant.forms.grid import Grid, GridCell, cell_citations, grids_of
from assistant.forms.model import DeclaredValue
from assistant.forms.reader import MAX_LABEL_CHARS
from assistant.values.numbers import unit_from_header
from extractors.model import Document

_NOTE_HEADER = re.compile(r"^(?:填写|填报)?(?:说明|要求|指引|提示)$|^备注$")


class SummaryTableReader:
    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._row_keys = {label_key(r.label): r for r in catalog.summary_rows}

    def match_row(self, text: str) -> SummaryRow | None:
        # 附件4 prints the answer form beside some labels ("… 是/否", "（YYYY.MM.DD-YYYY.MM.DD）").
        key = label_key(re.sub(r"\s*(是/否|[（(]YYYY[^）)]*[）)]|[（(]请根据附件6[^）)]*[）)])\s*$", "", text))
        if not key or len(key) > MAX_LABEL_CHARS:
            return None
        row = self._row_keys.get(key) or self.catalog.summary_row(key)
        if row is None:
            close = difflib.get_close_matches(key, self._row_keys.keys(), n=1, cutoff=0.9)
            row = self._row_keys[close[0]] if close else None
        return row

    def read(self, document: Document) -> list[DeclaredValue]:
        """Every 附件4 row the table states, the first reading of each, in table order."""
        values = []
        grids = grids_of(document)
        for grid in grids:
            rows = grid.rows
            skip_next = across = False
            notes: set[int] = set()  # columns headed 填写说明 / 备注: how to answer, never the answer
            for r, row in enumerate(rows):
                if skip_next:
                    skip_next = False
                    continue
                if heading := {i for i, c in enumerate(row) if c is not None and _NOTE_HEADER.match(label_key(c.text))}:
                    notes = heading
                    continue
                row = [None if i in notes else c for i, c in enumerate(row)]
                cells = [(i, c) for i, c in enumerate(row) if c is not None and c.text.strip()]
                labels = {i: m for i, c in cells if (m := self.match_row(c.text)) is not None}
                # Once the table is known to run across, a last band may hold a single label.
                if len(labels) >= (1 if across else 2) and len(labels) >= 0.6 * len(cells) and r + 1 < len(rows) \
                        and self._is_value_row(rows[r + 1]):
                    across = True
                    for i, summary in labels.items():
                        below = rows[r + 1][i] if i < len(rows[r + 1]) else None
                        if below is None:
                            below = grid.covering(r + 1, i)
                        values.append(_reading(summary, row[i], below, document))
                    skip_next = True
                    continue
                values += self._pairs(row, labels, document)
        values = [_annexed(value, grids) for value in values]
        seen, unique = set(), []
        for value in values:
            if value.summary_label not in seen:
                seen.add(value.summary_label)
                unique.append(value)
        return unique

    def _is_value_row(self, row) -> bool:
        """The row under a row of labels holds their values: few of its cells are labels."""
        cells = [c for c in row if c is not None and c.text.strip()]
        return sum(1 for c in cells if self.match_row(c.text) is not None) < max(2, 0.4 * len(cells))

    def _pairs(self, row, labels, document: Document) -> list[DeclaredValue]:
        """Label, value pairs of one row: "项目 | 内容", or several pairs side by side; the value is
        the next cell to the right when that cell is not a label itself."""
        values = []
        cells = [(i, c) for i, c in enumerate(row) if c is not None]
        for position, (i, cell) in enumerate(cells):
            if i not in labels:
                continue
            later = cells[position + 1:]
            if later and later[0][0] in labels:
                continue
            answer = later[0][1] if later else None
            values.append(_reading(labels[i], cell, answer, document))
        return values


_MONEY_UNITS = ("元", "万元", "亿元")
# 「详见附表1-1」: a breakdown row answered on a sheet of its own (h73d's 「附表1 分项统计明细」)
_ANNEX_REFERENCE = re.compile(r"^\s*(?:详见|见|参见)\s*(附表\s*\d+(?:\s*[-－—.．]\s*\d+)?)\s*$")
_TOTAL_ROW = re.compile(r"^\s*(?:合计|总计|小计|共计)")


def _annexed(value: DeclaredValue, grids: list[Grid]) -> DeclaredValue:
    """A breakdown row answered 「详见附表1-1」: its answer is that annexed table's rows, name by name
    (「机器人：8649、化工设备：7735…」), cited there; a 合计 row is the table's, not an entry."""
    found = _ANNEX_REFERENCE.match(value.raw)
    if found is None:
        return value
    code = re.sub(r"\s", "", found.group(1)).replace("－", "-").replace("—", "-").replace("．", ".")
    heading = re.compile(rf"^\s*{re.escape(code)}(?![\d\-.])")
    for grid in grids:
        rows = [[c for c in row if c is not None and c.text.strip()] for row in grid.rows]
        start = next((r for r, row in enumerate(rows) if row and heading.match(re.sub(r"\s", "", row[0].text))), None)
        if start is None:
            continue
        pairs, cited = [], []
        for row in rows[start + 1:]:
            if not row or row[0].text.strip().startswith("附表") or _TOTAL_ROW.match(row[0].text):
                if pairs:
                    break
                continue
            if len(row) == 2 and re.fullmatch(r"\s*-?[\d,，]+(?:\.\d+)?\s*", row[1].text):
                pairs.append(f"{row[0].text.strip()}：{row[1].text.strip()}")
                cited += [c.citation for c in row if c.citation is not None]
        if pairs:
            return value.model_copy(update={"raw": "、".join(pairs), "citations": (*cited[:2], *value.citations)})
    return value


def _reading(summary: SummaryRow, label_cell: GridCell | None, answer: GridCell | None,
             document: Document) -> DeclaredValue:
    raw = _without_hint(answer.text.strip() if answer is not None else "", summary)
    # 「平台相关营业收入（元） | 94867200.00」: the applicant re-headed the row in another unit than 附件4's 万元 (h73)
    written, printed = (unit_from_header(t) for t in (label_cell.text if label_cell is not None else "", summary.label))
    if written in _MONEY_UNITS and printed in _MONEY_UNITS and written != printed \
            and re.fullmatch(r"-?[\d,，]+(?:\.\d+)?", raw):
        raw = f"{raw}{written}"
    return DeclaredValue(
        field_id=None,
        summary_label=summary.label,
        form_label=label_cell.text if label_cell is not None else "",
        raw=raw,
        proof=None,
        file=document.path,
        citations=cell_citations(answer, label_cell),
    )


def _without_hint(raw: str, summary: SummaryRow | None) -> str:
    """附件4 prints how to answer in the 内容 cell of some rows ("（自运营、联合运营、委托运营）",
    "是/否"); an applicant's 汇总表 may keep it, filled or not. The hint is not the answer."""
    hint = summary.format_hint if summary is not None else None
    if not hint or not raw or "____" in hint:
        return raw
    if label_key(raw) == label_key(hint):
        return ""
    for form in dict.fromkeys((hint, fold(hint))):
        raw = raw.replace(form, " ")
    return raw.strip()
