"""What the workspace draws from the review's staged results (ui.progress): the declared values
table shown while scans are still read, the evidence lines, the review's own time estimate."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.app.review_run import DeclaredValues, EvidenceRead
from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from assistant.forms.model import PrefillRow
from extractors.model import Document, Page
from ui.progress import LoadProgress, declared_heading, declared_table, evidence_line

FORM = "附件2 申报表（示例）.docx"
SUMMARY = "附件4 汇总表.xlsx"


def _row(order: int, label: str, value: str, status: str = "found", citations=()) -> PrefillRow:
    return PrefillRow(order=order, label=label, value=value, status=status, citations=tuple(citations))


def _event() -> DeclaredValues:
    rows = [
        _row(1, "平台名称", "延锋工业互联网平台", citations=[Citation(file=FORM, page=3, quote="延锋工业互联网平台")]),
        _row(2, "平台团队总人数（人）", "", status="missing"),
        _row(3, "平台相关营业收入（万元）", "3215.33",
             citations=[Citation(file=SUMMARY, page=1, locator="汇总!C7", quote="3215.33")]),
        _row(4, "连接设备数（台）", "1200", status="ambiguous",
             citations=[Citation(file=FORM, page=None, locator="表2 第5行", quote="1200")]),
        _row(5, "备注", "见附件"),
    ]
    return DeclaredValues(rows=rows, files=[FORM], preferred=["证明材料/附件3-1 审计报告.pdf"], elapsed=2.5)


def test_declared_table_lists_the_filled_rows_in_order_with_their_source():
    assert declared_table(_event()) == [
        {"项目": "平台名称", "内容": "延锋工业互联网平台", "来源": f"{FORM} 第3页"},
        {"项目": "平台相关营业收入（万元）", "内容": "3215.33", "来源": f"{SUMMARY} 工作表“汇总”C7"},
        {"项目": "连接设备数（台）", "内容": "1200", "来源": f"{FORM} 表2 第5行"},
        {"项目": "备注", "内容": "见附件", "来源": ""},
    ]


def test_declared_heading_counts_the_filled_rows_and_names_the_forms():
    heading = declared_heading(_event())
    assert "4/5 行已填" in heading and FORM in heading and "扫描件仍在识别中" in heading
    # Streamlit's Markdown (CommonMark) does not close 「**…）**：」: the bold showed as literal
    # asterisks in the browser (seen 2026-12-05); a bold must end on a character, not on punctuation
    assert heading.startswith("**申报值**") and not re.search(r"[（）()：:，、]\*\*", heading)


def test_evidence_line_names_the_file_and_its_labels_once():
    def value(label: str, number: float) -> EvidenceValue:
        return EvidenceValue(field_id="revenue", label=label, value=str(number), unit="万元", normalized=number,
                             status="found", scope="platform", method="table_row",
                             citations=(Citation(file="证明材料/审计.pdf", page=2, quote=str(number)),))

    event = EvidenceRead(path="证明材料/审计.pdf", values=[value("营业收入", 1.0), value("营业收入", 2.0),
                                                           value("研发投入", 3.0)], elapsed=9.0)
    assert evidence_line(event) == "证据：证明材料/审计.pdf — 3 个数值（营业收入、研发投入）"


@dataclass
class _Outcome:
    document: Document
    cached: bool
    seconds: float


def test_the_reviews_own_estimate_replaces_the_per_page_average_until_nothing_is_left():
    progress = LoadProgress({"a.docx": 2, "scan.pdf": 20}, clock=lambda: 0.0)
    doc = Document(id="0" * 64, path="a.docx", format="docx", pagination="physical",
                   pages=(Page(number=1, text="", source="text"), Page(number=2, text="", source="text")))
    progress.record("a.docx", _Outcome(doc, cached=False, seconds=1.0))
    average = progress.remaining_seconds()
    progress.remaining_hint = 37.0
    assert average != 37.0 and progress.remaining_seconds() == 37.0
    scan = Document(id="1" * 64, path="scan.pdf", format="pdf", pagination="physical",
                    pages=tuple(Page(number=i + 1, text="", source="ocr") for i in range(20)))
    progress.record("scan.pdf", _Outcome(scan, cached=False, seconds=20.0))
    assert progress.remaining_seconds() == 0.0  # nothing planned is left: the hint no longer counts
