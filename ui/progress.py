"""Progress of a package being reviewed: per file, per stage, and the time still to wait.

`load_package` calls `progress(display_path, outcome)` once per file (cached files first, then
each parsed one). `LoadProgress` turns those calls into a plan-vs-done account of pages: the
plan estimates each file's pages before parsing (PDF page count from pypdfium2, DOCX from the
size of its text, one page for sheets and images), the outcomes say how many pages each file
really had, how many went through OCR and how long it took. Remaining time = seconds per parsed
page so far × pages still planned. Cached files cost nothing and do not count towards the rate.

The review's staged results (`assistant.app.review_run`) are turned into what is drawn while
the rest is read: the declared values as a table (`declared_table`), one line per proof's
evidence (`evidence_line`); its remaining-time estimate (per kind of page: text, Word, OCR)
replaces the per-page average when it has one (`LoadProgress.remaining_hint`).

Pure bookkeeping (no Streamlit here: `ui.loading` draws it), so it is tested without a browser.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_DOCX_TEXT_BYTES_PER_PAGE = 25_000  # word/document.xml of the notice's forms: ~20–30 kB per page


def estimate_pages(path: Path) -> int:
    """A cheap guess of a file's pages, before parsing it; 1 when unknown."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(str(path))
            try:
                return max(1, len(pdf))
            finally:
                pdf.close()
        if suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                size = archive.getinfo("word/document.xml").file_size
            return max(1, -(-size // _DOCX_TEXT_BYTES_PER_PAGE))
    except Exception:  # noqa: BLE001 - encrypted, corrupt or odd: the parser will say so; guess 1
        return 1
    return 1


@dataclass
class FileDone:
    path: str
    pages: int
    ocr_pages: int
    cached: bool
    seconds: float
    errors: tuple[str, ...]


@dataclass
class LoadProgress:
    """Parse progress of one package: `planned` maps display path → estimated pages."""

    planned: dict[str, int]
    clock: Callable[[], float] = time.monotonic
    done: list[FileDone] = field(default_factory=list)
    started: float = 0.0
    remaining_hint: float | None = None  # the review's own estimate, when it gave one

    def __post_init__(self) -> None:
        self.started = self.clock()

    def record(self, display_path: str, outcome) -> FileDone:
        """The `progress` callback of `load_package` (via `__call__`)."""
        document = outcome.document
        item = FileDone(
            path=display_path,
            pages=len(document.pages),
            ocr_pages=sum(1 for p in document.pages if p.source == "ocr"),
            cached=bool(outcome.cached),
            seconds=float(outcome.seconds),
            errors=tuple(e.message_zh for e in document.errors if e.fatal),
        )
        self.done.append(item)
        return item

    __call__ = record

    @property
    def files_total(self) -> int:
        return max(len(self.planned), len(self.done))

    @property
    def pages_total(self) -> int:
        finished = {d.path for d in self.done}
        return sum(d.pages for d in self.done) + sum(n for p, n in self.planned.items() if p not in finished)

    @property
    def pages_done(self) -> int:
        return sum(d.pages for d in self.done)

    @property
    def fraction(self) -> float:
        total = self.pages_total
        return 1.0 if total == 0 else min(1.0, self.pages_done / total)

    def remaining_seconds(self) -> float | None:
        """None until one file has been parsed (no rate yet); 0 when nothing is left."""
        finished = {d.path for d in self.done}
        left = sum(n for p, n in self.planned.items() if p not in finished)
        if left == 0:
            return 0.0
        if self.remaining_hint is not None:
            return self.remaining_hint
        parsed = [d for d in self.done if not d.cached]
        pages = sum(max(d.pages, 1) for d in parsed)
        if not pages:
            return None
        return sum(d.seconds for d in parsed) / pages * left

    def summary(self) -> str:
        ocr = sum(d.ocr_pages for d in self.done)
        cached = sum(1 for d in self.done if d.cached)
        text = f"已解析 {len(self.done)}/{self.files_total} 个文件，{self.pages_done}/{self.pages_total} 页"
        if ocr:
            text += f"（其中 OCR {ocr} 页）"
        if cached:
            text += f"，{cached} 个文件取自缓存"
        remaining = self.remaining_seconds()
        if remaining is None:
            text += "；正在估算剩余时间…"
        elif remaining > 0:
            text += f"；预计还需约 {format_seconds(remaining)}"
        return text


def format_seconds(seconds: float) -> str:
    if seconds < 60:
        return f"{max(1, round(seconds))} 秒"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} 分 {rest} 秒" if rest else f"{minutes} 分钟"


def file_line(item: FileDone) -> str:
    """One line of the per-file list: "✓ 附件2 申报表.docx — 12 页，OCR 3 页，2.4 秒"."""
    mark = "✗" if item.errors else "✓"
    parts = [f"{item.pages} 页"]
    if item.ocr_pages:
        parts.append(f"OCR {item.ocr_pages} 页")
    parts.append("缓存" if item.cached else f"{item.seconds:.1f} 秒")
    line = f"{mark} {item.path} — {'，'.join(parts)}"
    if item.errors:
        line += f"（{'；'.join(item.errors)}）"
    return line


def declared_heading(event) -> str:
    """"申报值（可先行审阅）：附件2 申报表.docx，101/103 行已填；扫描件仍在识别中"."""
    found = sum(1 for r in event.rows if r.status != "missing")
    return (f"**申报值**（可先行审阅）：{'、'.join(event.files)}，汇总表 {found}/{len(event.rows)} 行已填；"
            f"证明材料和扫描件仍在识别中，证据与检查结果随后给出")


def declared_table(event) -> list[dict[str, str]]:
    """The rows the forms filled, in the summary table's order: 项目, 内容, 来源 (the first
    citation's file and place: 第3页, a worksheet cell, a table locator)."""
    table = []
    for row in event.rows:
        if row.status == "missing":
            continue
        source = f"{row.citations[0].file} {row.citations[0].place}" if row.citations else ""
        table.append({"项目": row.label, "内容": row.value, "来源": source})
    return table


def evidence_line(event) -> str:
    """"证据：证明材料/审计报告.pdf — 9 个数值（平台相关营业收入、…）"."""
    labels = "、".join(dict.fromkeys(v.label for v in event.values))
    return f"证据：{event.path} — {len(event.values)} 个数值" + (f"（{labels[:60]}）" if labels else "")
