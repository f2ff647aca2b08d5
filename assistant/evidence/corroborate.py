"""A figure a proof prints more than once is cited everywhere it is printed.

A reader cites where it read a figure: the 专项说明's table on page 2. The same amount is often
printed again in the same file — the opinion's sentence on page 1 (「经审计，平台2023年度实现营业收入
45,862,317.48元」), a summary sheet beside the detail — and a reviewer may look there first (h47).
An amount precise enough not to be met by chance (six digits or more, with a decimal point or
thousands separators: 「45,862,317.48」, 「4,318.60」) found on another page of the same file is added
to the fact's citations, the page it was read on staying first. Counts (「1,380」) and short
numbers are left alone: they recur by chance.

Must not: change a fact's value, status or confidence, or cite another file.
"""

from __future__ import annotations

import re

from assistant.core.citations import cite_text
from assistant.core.evidence import EvidenceValue
from extractors.model import Document

_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?")
_MIN_DIGITS = 6
_MAX_EXTRA = 3


def _distinct(value: str) -> str | None:
    found = _AMOUNT.search(value)
    if found is None:
        return None
    token = found.group(0)
    digits = sum(ch.isdigit() for ch in token)
    return token if digits >= _MIN_DIGITS and ("." in token or "," in token) else None


def corroborate(values: list[EvidenceValue], documents: dict[str, Document]) -> list[EvidenceValue]:
    out = []
    for value in values:
        token = _distinct(value.value) if value.citations else None
        document = documents.get(value.citations[0].file) if token else None
        if document is None:
            out.append(value)
            continue
        cited = {c.page for c in value.citations}
        extra = []
        pattern = re.compile(rf"(?<![\d,.]){re.escape(token)}(?![\d]|[.,]\d)")
        for page in document.pages:
            if page.number is None or page.number in cited or len(extra) >= _MAX_EXTRA:
                continue
            if (match := pattern.search(page.text)) is not None:
                extra.append(cite_text(document, page, match.start(), match.end()))
        out.append(value.model_copy(update={"citations": (*value.citations, *extra)}) if extra else value)
    return out
