"""Reports that a later one replaces: 「本报告替代我所于2024年4月26日出具的天职业字〔2024〕第18627号
《平台业务专项审计报告》，原报告自本报告出具之日起作废」. A package revised after the pre-review
may keep the original beside the re-issued one; the original's figures are then no proof — they
stay visible, doubted, and weigh less than the report that replaced them.

A report is named by its 文号: the year and the serial of 「X字〔2024〕第18627号」 however OCR bent
its brackets (「（2024）」, 「[2024]」). Only the first pages of the other files are searched for it
(a report prints its 文号 on its cover and its running heads), and a file that itself says it
replaces is never the replaced one.

Must not: read values (the readers did) or judge them against the form (the checks do).
"""

from __future__ import annotations

import re

from assistant.core.evidence import REPLACED_BY, EvidenceValue
from assistant.package.versions import version_rank
from extractors.model import Document

_REPLACES = re.compile(r"(?:替代|取代|代替|替换)[^。；;]{0,40}?(?P<ref>[\u4e00-\u9fff]{1,8}字?\s*[〔\[（(【]\s*(?P<year>20\d\d)\s*"
                       r"[〕\]）)】]\s*第?\s*(?P<serial>\d{2,6})\s*号)")
_REFERENCE = re.compile(r"[〔\[（(【]\s*(20\d\d)\s*[〕\]）)】]\s*第?\s*(\d{2,6})\s*号")
_FIRST_PAGES = 3
SUPERSEDED_DOUBT = REPLACED_BY + "《{by}》替代（“{quote}”），其数据不再作为证明"
_CAP = 0.5


def superseded_documents(documents: list[Document]) -> dict[str, tuple[str, str]]:
    """path → (the replacing file's path, its sentence) for every document another one replaces."""
    replaced: dict[tuple[str, str], tuple[str, str]] = {}
    for document in documents:
        for page in document.pages[:_FIRST_PAGES]:
            for match in _REPLACES.finditer(page.text.replace("\n", "")):
                sentence = match.group(0)[-60:]
                replaced.setdefault((match["year"], match["serial"]), (document.path, sentence))
    if not replaced:
        return {}
    out: dict[str, tuple[str, str]] = {}
    for document in documents:
        head = "".join(p.text for p in document.pages[:_FIRST_PAGES]).replace("\n", "")
        if _REPLACES.search(head):
            continue
        for year, serial in _REFERENCE.findall(head):
            by = replaced.get((year, serial))
            if by is not None and by[0] != document.path:
                out[document.path] = by
                break
    return out


def drafts(files) -> dict[str, tuple[str, str]]:
    """path → (the final's path, the draft's word) for every proof whose name marks it a draft
    (「审计报告（征求意见稿）」, 「…_草稿」, `version_rank` −1) beside a file of the same role that is none:
    the draft's figures are no proof either, shown doubted."""
    out: dict[str, tuple[str, str]] = {}
    for member in files:
        if version_rank(member.path) >= 0:
            continue
        finals = [m for m in files if m.role is member.role and version_rank(m.path) >= 0]
        if finals:
            final = max(finals, key=lambda m: (version_rank(m.path), len(set(m.path) & set(member.path))))
            word = next(iter(_DRAFT_WORD.findall(member.path)), "草稿")
            out[member.path] = (final.path, f"文件名标明为{word}")
    return out


_DRAFT_WORD = re.compile(r"征求意见稿|讨论稿|送审稿|草稿|初稿|旧版|作废")


def mark_superseded(values: list[EvidenceValue], superseded: dict[str, tuple[str, str]]) -> list[EvidenceValue]:
    out = []
    for value in values:
        by = superseded.get(value.citations[0].file) if value.citations else None
        if by is None:
            out.append(value)
            continue
        doubt = SUPERSEDED_DOUBT.format(by=by[0].rsplit("/", 1)[-1], quote=by[1])
        out.append(value.model_copy(update={"confidence": min(value.confidence, _CAP), "status": "ambiguous",
                                            "reasons": (*value.reasons, doubt), "note": value.note or doubt}))
    return out
