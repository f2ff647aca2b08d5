"""A user's letter of proof stating what one case gained → the case inputs of the three average rates.

The 填报指引 computes 平台连接工业设备运维成本平均下降率, 能耗平均下降率 and 安全生产持续时间平均提升率
"基于提供的3个案例，计算3个案例平均值". Applicants prove each case with a user's 应用证明 letter —
often three letters in one file, one a page, scanned — that states the change as a table
(「设备运维成本 | 基准 | 下降18.20%」) or a sentence (「运维成本下降18.20%」). A page is read when it
says what it proves (证明, 应用效果, 使用证明) and states a change of one of the three things with
the direction the indicator means (下降 for costs and energy, 提升/延长 for safe-production time);
the case is the page's own 「案例N」 or, failing that, its place among the file's letters. Each rate
is a component (「案例1」) of its indicator, never the indicator: the average is the rule's to take.

A 案例汇编's summary table (「指标 | 案例1 | 案例2 | 案例3 | 三案例平均」, 「能耗下降率 5.40 6.80 6.10 6.10」)
states the average itself: its average column is read as the indicator (`read_case_tables`).

Must not: average the cases (the rule does, with the declared number of cases) or read a target
(预计, 目标) as a result.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.evidence.rows import Row, document_rows
from assistant.forms.grid import cite_text
from extractors.model import Document

CASE_RATE_FIELDS = {
    "device_om_cost_reduction": (r"(?:运维|维护|维修|运营维护|设备维护)(?:成本|费用)", r"下降|降低|减少|节约|节省"),
    "device_energy_reduction": (r"能耗|能源消耗|用能|耗能|单位能耗|综合能耗|电耗", r"下降|降低|减少|节约|节省"),
    "device_safety_duration_increase": (r"安全生产(?:持续|连续)?(?:运行)?(?:时间|天数|周期)|无(?:停航|停机|安全)?事故(?:天数|时间)|安全运行(?:时间|天数)",
                                         r"提升|提高|增加|延长|增长"),
}
_LETTER = re.compile(r"证明|应用效果|使用效果|效果说明|用户评价|(?:使用|应用)情况说明")  # 「使用情况说明」 on a user's letterhead (h29)
_CASE = re.compile(r"案例\s*([1-9一二三四五六七八九])")
_PLAN = re.compile(r"预计|目标|计划|力争|有望")
_CONFIDENCE = 0.8
# A letter that writes no 「案例N」 is numbered by its place among its file's letters: three letters in three
# files are each 「案例1」 of their own file, so a rule must tell them apart by file (h32).
CASE_BY_ORDER = "案例序号按证明在本文件中的顺序"


def read_case_rates(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    out: list[EvidenceFact] = []
    letters = 0
    rows: dict[int | None, list[str]] = {}
    for row in document_rows(document):  # visual rows: a scanned table's 「能耗 | 基准 | 下降7.30%」 is one
        rows.setdefault(row.page_number, []).append(row.text)
    for page in document.pages:
        flat = page.text
        if not _LETTER.search(flat):
            continue
        found = []
        for field_id, (thing, direction) in CASE_RATE_FIELDS.items():
            # the thing, then within a short stretch (a table row's 基准 cell) its change
            pattern = re.compile(rf"(?:{thing})[^。；;%]{{0,30}}?(?P<change>(?:{direction})(?:了|约)?\s*(?P<num>[0-9]+(?:\.[0-9]+)?)\s*[%％])")
            # each visual row first; then the rows run together, for a thing broken across lines (「安全生」/「产持续时间」)
            texts = [*rows.get(page.number, []), "".join(rows.get(page.number, []))]
            match = next((m for text in texts if (m := pattern.search(text))
                          and not _PLAN.search(text[max(0, m.start() - 10):m.end()])), None)
            if match is not None:
                found.append((field_id, match))
        if not found:
            continue
        letters += 1
        written = _CASE.search(flat)
        number = written.group(1) if written else str(letters)
        number = str("一二三四五六七八九".index(number) + 1) if number in "一二三四五六七八九" else number
        for field_id, match in found:
            spec = catalog.field(field_id)
            quote = match.group("change").strip()
            citation = cite_text(document, page, quote)
            if citation is None:
                continue
            reasons = [f"用户证明中案例{number}的变化"] + ([] if written else [CASE_BY_ORDER]) \
                + ([OCR_REASON] if page.source == "ocr" else [])
            out.append(EvidenceFact(field_id=field_id, label=spec.label, component=f"案例{number}",
                                    value=quote, unit="%", normalized=float(match.group("num")), scope="platform",
                                    confidence=_CONFIDENCE, reasons=tuple(reasons),
                                    method="ocr_figure" if page.source == "ocr" else "text",
                                    citations=(citation,), note=f"案例{number}"))
    return out


_CASE_HEAD = re.compile(r"^案例\s*[1-9一二三四五六七八九]")
_AVERAGE_HEAD = re.compile(r"平均|均值")
_RATE = re.compile(r"^[-+]?[0-9]+(?:\.[0-9]+)?\s*[%％]?$")


def _rate_field(label: str) -> str | None:
    return next((f for f, (thing, direction) in CASE_RATE_FIELDS.items()
                 if re.search(thing, label) and re.search(direction, label)), None)


def read_case_tables(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    """The average column of a table of the cases' rates, one fact per indicator it states; or, the
    cases down the side (「案例 | 运维成本下降率 | 能耗下降率 | …」 over 「案例1 …」 and 「三案例平均 | 17.47% | …」,
    h14), its average row."""
    out: list[EvidenceFact] = []
    head: Row | None = None
    across: tuple[Row, list[str | None]] | None = None  # a header with the cases down the side, its indicators
    for row in document_rows(document):
        texts = [c.text.strip() for c in row.cells]
        if len(texts) >= 2 and re.fullmatch(r"案例(?:名称|编号)?|序号", texts[0]) \
                and sum(_rate_field(t) is not None for t in texts[1:]) >= 1:
            across = (row, [_rate_field(t) for t in texts[1:]])
            continue
        if across is not None and row.page_number == across[0].page_number \
                and texts and _AVERAGE_HEAD.search(texts[0]) and not _CASE_HEAD.match(texts[0]):
            heads = [c.text.strip() for c in across[0].cells][1:]
            for field_id, cell, column in zip(across[1], row.cells[1:], heads, strict=False):
                if field_id is None or cell.citation is None or not _RATE.match(cell.text.strip()) \
                        or any(f.field_id == field_id for f in out):
                    continue
                out.append(_average(catalog, field_id, row, cell, f"案例汇总表“{texts[0]}”行、“{column}”列",
                                    texts[0], f"{column} {texts[0]}"))
            across = None
            continue
        if sum(bool(_CASE_HEAD.match(t)) for t in texts) >= 2 and any(_AVERAGE_HEAD.search(t) for t in texts[1:]):
            head = row
            continue
        if head is None or row.page_number != head.page_number:
            head = None
            continue
        columns = [c.text.strip() for c in head.cells][1:]
        numbers = [c for c in row.cells if _RATE.match(c.text.strip())]
        label = "".join(c.text for c in row.cells if c not in numbers)
        if len(numbers) != len(columns) or not label:
            continue
        field_id = _rate_field(label)
        average = next(i for i, t in enumerate(columns) if _AVERAGE_HEAD.search(t))
        cell = numbers[average]
        if field_id is None or cell.citation is None or any(f.field_id == field_id for f in out):
            continue
        out.append(_average(catalog, field_id, row, cell, f"案例汇总表“{label}”的“{columns[average]}”列",
                            columns[average], f"{label} {columns[average]}"))
    return out


def _average(catalog: Catalog, field_id: str, row: Row, cell, how: str, period: str, note: str) -> EvidenceFact:
    """The three cases' average a summary table states, as the indicator's fact."""
    value = cell.text.strip()
    reasons = (how, *((OCR_REASON,) if row.page.source == "ocr" else ()))
    return EvidenceFact(field_id=field_id, label=catalog.field(field_id).label, value=value, unit="%",
                        normalized=float(re.sub(r"[%％\s]", "", value)), scope="platform", period=period,
                        confidence=0.9, reasons=reasons, method="table_row", citations=(cell.citation,), note=note)
