"""The 申报书 as `assistant.forms.proposal` reads it: cover lines, sections, paragraphs, cases, and
the two 字数 counts the rules use. Data only; the reading is `proposal`'s."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from assistant.core.citations import Citation
from assistant.core.text_keys import fold


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ProposalParagraph(_Frozen):
    """One paragraph (or table cell, or heading) of the 申报书, re-joined across page breaks."""

    order: int  # position in the document, 0-based
    kind: str  # heading | paragraph | table_cell | line
    text: str
    locator: str
    page_number: int | None
    citation: Citation


class CoverLine(_Frozen):
    label: str  # 平台名称 / 申报单位 / …
    value: str
    citation: Citation


class ProposalSection(_Frozen):
    number: str  # the catalog's 一 … 七 (what the title says, whatever numeral it was written with)
    title: str  # as written
    heading: ProposalParagraph
    paragraphs: tuple[ProposalParagraph, ...]  # everything until the next section, in order
    closing: ProposalParagraph | None = None  # the 最后一段（必写）, when the section ends with one
    closing_elsewhere: ProposalParagraph | None = None  # a summing-up paragraph that is not last

    @property
    def body(self) -> tuple[ProposalParagraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind in ("paragraph", "line"))


class CasePart(_Frozen):
    label: str  # 企业简介 / 平台简介 / 案例实际内容简介 / 配图
    text: str  # without the label
    citation: Citation


class ProposalCase(_Frozen):
    number: int  # ordinal in section 五 (1-based), not the number as written
    written_number: str
    title: str  # the 案例名称 ("平台名——…"), "" when none was written
    heading: ProposalParagraph
    parts: tuple[CasePart, ...]
    chars: int  # 字数 of the name and every part except 配图
    images_certain: int  # pictures that are in this case for sure
    images_possible: int  # pictures that may be in this case (ambiguous ones included)

    def part(self, label: str) -> CasePart | None:
        return next((p for p in self.parts if p.label == label), None)


class Proposal(_Frozen):
    file: str
    doc_id: str
    cover: tuple[CoverLine, ...]
    sections: tuple[ProposalSection, ...]  # found, in document order
    cases: tuple[ProposalCase, ...]
    section5_images: int  # pictures anywhere in section 五

    def section(self, number: str) -> ProposalSection | None:
        return next((s for s in self.sections if s.number == number), None)

    def cover_value(self, label: str) -> CoverLine | None:
        return next((c for c in self.cover if c.label == label), None)


def count_chars(text: str) -> int:
    """The 字数 of a text counted strictly: every non-whitespace character, punctuation included
    (the notice gives no rule; `count_words` is the lenient count)."""
    return sum(1 for ch in text if not ch.isspace())


def count_words(text: str) -> int:
    """字数 as Word's 字数统计 counts it: each CJK character, and each run of Latin letters or
    digits as one (OPC UA, 27, 5G); punctuation not counted. Never more than `count_chars`."""
    folded = fold(text)
    cjk = len(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]", folded))
    runs = len(re.findall(r"[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*", folded))
    return cjk + runs
