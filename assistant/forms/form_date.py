"""The date the 申报表 says it was filled in (its 填表日期), with its citation.

The template's cover closes with the date («上海市经济和信息化委员会制 … 2024年7月18日»), an applicant's
version with 「填表日期：2024年7月10日」 or a date line under the seal. Stock indicators are counted
「截至填表日」, so a proof counted later than that date does not show the stock on it (h55). Read: a
labelled date (填表/填报/申报日期) anywhere in the form; else a short line of the cover or of the last
page that holds one full date and nothing else but words. None when neither is there.

Must not: read a date inside the answers (建设时间, 成立日期) or judge anything.
"""

from __future__ import annotations

import re

from assistant.core.citations import Citation, cite_text
from assistant.values.dates import PartialDate, find_dates
from extractors.model import Document

_LABELLED = re.compile(r"(?:填表|填报|申报)(?:日期|时间)\s*[:：]?\s*")
_SHORT = 40
_EDGE_LINES = 25  # the cover's lines and the last page's


def form_date(document: Document) -> tuple[PartialDate, Citation] | None:
    for page in document.pages:
        for match in _LABELLED.finditer(page.text):
            dates = find_dates(page.text[match.end():match.end() + 16])
            if dates and dates[0][1] == 0 and dates[0][0].day:
                date, _s, end = dates[0]
                return date, cite_text(document, page, match.start(), match.end() + end)
    pages = document.pages
    for page, lines in ((pages[0], range(0, _EDGE_LINES)), (pages[-1], None)) if pages else ():
        text_lines = page.text.split("\n")
        chosen = lines if lines is not None else range(max(0, len(text_lines) - _EDGE_LINES), len(text_lines))
        offset = 0
        starts = []
        for line in text_lines:
            starts.append(offset)
            offset += len(line) + 1
        for i in chosen:
            if i >= len(text_lines):
                break
            line = text_lines[i]
            dates = find_dates(line)
            # (a workbook's answer cell stands alone on its line, its label on the line before: 「成立日期」 over
            # 「1963-09-01」 is no form's date, h40)
            label = text_lines[i - 1] if i else ""
            if len(line.strip()) <= _SHORT and len(dates) == 1 and dates[0][0].day \
                    and not re.search(r"\d", line[:dates[0][1]] + line[dates[0][2]:]) and not _ANSWER.search(line) \
                    and not (_ANSWER.search(label) or _OTHER_DATE.search(label)) and dates[0][0].year >= _EARLIEST:
                return dates[0][0], cite_text(document, page, starts[i] + dates[0][1], starts[i] + dates[0][2])
    return None


_ANSWER = re.compile(r"成立|建设|截至|截止|注册|上线|至")
_OTHER_DATE = re.compile(r"(?<!填表)(?<!填报)(?<!申报)(?:日期|时间)\s*[:：]?\s*$")  # a label of another date
_EARLIEST = 2020  # a form of this evaluation is filled in years after that (the notice is of 2024)
