"""Reviewing a package with the reviewer watching: stages, files and the time still to wait.

`ensure_loaded` returns the cached review of a package when its files did not change; otherwise
it runs `assistant.app.review_run.run_review` (parse with OCR → evidence extraction → checks) and then
indexes the package for questions (`assistant.retrieval.index`), drawing one line per file and per stage
from the `progress` callback. Results as they come: the 申报表's values are shown as soon as the
review has read them (`DeclaredValues`, while scans are still being read), then each proof's
evidence (`EvidenceRead`), with the time still to wait from the review's own estimate. The review is registered in the review store so it can be reopened
later. Wiring and drawing only: what is computed is decided in `assistant`.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import streamlit as st

from assistant.app.review_run import (
    DeclaredValues,
    EvidenceRead,
    FileParsed,
    run_review,
)
from assistant.core.errors import ShenbaoError
from assistant.package.loader import package_members, resolve_root
from ui import state
from ui.markup import md
from ui.progress import (
    LoadProgress,
    declared_heading,
    declared_table,
    estimate_pages,
    evidence_line,
    file_line,
    format_seconds,
)

log = logging.getLogger(__name__)

STAGES = ("解析文件", "OCR 识别", "证据抽取与一致性检查", "建立检索索引")
# Material icons ship with Streamlit (no emoji font needed, offline).
WAITING, RUNNING, DONE, FAILED = (":material/hourglass_empty:", ":material/autorenew:", ":material/check_circle:",
                                  ":material/warning:")
_SHOWN_FILES = 15  # the per-file list shows the latest lines; a 100-file package scrolls no page


def ensure_loaded(settings: state.WorkspaceSettings, source: str,
                  passwords: dict[str, str] | None = None) -> state.LoadedReview | None:
    path = Path(source)
    if not path.exists():
        st.error(f"申报材料不存在：{md(source)}")
        return None
    try:
        fingerprint = state.fingerprint(path, passwords)
    except OSError as exc:
        st.error(f"无法读取申报材料：{md(exc)}")
        return None
    registry = state.registry(settings)
    loaded = registry.get(source, fingerprint)
    if loaded is not None:
        return loaded
    try:
        loaded = _review_with_progress(settings, path, fingerprint, passwords)
    except ShenbaoError as exc:
        st.error(f"无法审核该申报材料：{md(exc)}")
        return None
    registry.put(loaded)
    try:
        state.review_store(settings).register_package(loaded.package_id, source, loaded.platform_name)
    except ShenbaoError as exc:  # the review is shown; decisions will say what is wrong
        st.warning(f"评审记录库不可用：{md(exc)}")
    return loaded


def _plan(path: Path, settings) -> dict[str, int]:
    root, _skipped = resolve_root(path, settings)
    return {rel: estimate_pages(member) for member, rel in package_members(root, settings)[0]}


def _review_with_progress(settings, path: Path, fingerprint: str, passwords) -> state.LoadedReview:
    started = time.perf_counter()
    status = st.status(f"正在审核：{path.name}", expanded=True)
    with status:
        stage_box = st.empty()
        bar = st.progress(0.0, text="正在清点文件…")
        declared_box = st.empty()
        evidence_box = st.empty()
        files_box = st.empty()
    planned = _plan(path, settings)
    progress = LoadProgress(planned)
    bar.progress(0.0, text=f"共 {len(planned)} 个文件，约 {sum(planned.values())} 页；正在解析（扫描页需 OCR，Word 需排版）…")
    marks = dict.fromkeys(STAGES, WAITING)
    marks[STAGES[0]] = RUNNING
    timings: list[tuple[str, float]] = []

    def draw() -> None:
        ocr = sum(d.ocr_pages for d in progress.done)
        notes = {STAGES[0]: f"{len(progress.done)}/{progress.files_total} 个文件",
                 STAGES[1]: f"{ocr} 页" if ocr else "无需 OCR 或尚未遇到扫描页"}
        stage_box.markdown("  \n".join(
            f"{marks[name]} **{name}**" + (f"：{notes[name]}" if name in notes else "") for name in STAGES))

    def on_file(display_path: str, outcome) -> None:
        progress(display_path, outcome)
        if any(d.ocr_pages for d in progress.done):
            marks[STAGES[1]] = DONE if len(progress.done) >= progress.files_total else RUNNING
        if len(progress.done) >= progress.files_total:
            marks[STAGES[0]] = DONE
            marks[STAGES[2]] = RUNNING
            if marks[STAGES[1]] == WAITING:
                marks[STAGES[1]] = DONE
            timings.append((STAGES[0], time.perf_counter() - started))
        bar.progress(progress.fraction, text=progress.summary())
        files_box.markdown("  \n".join(md(file_line(d)) for d in progress.done[-_SHOWN_FILES:]))
        draw()

    evidence_lines: list[str] = []

    def on_event(event) -> None:
        if isinstance(event, FileParsed):
            progress.remaining_hint = event.remaining_seconds
        elif isinstance(event, DeclaredValues):
            with declared_box.container():
                st.markdown(md(declared_heading(event)))
                st.dataframe(declared_table(event), hide_index=True, width="stretch")
        elif isinstance(event, EvidenceRead):
            evidence_lines.append(evidence_line(event))
            evidence_box.markdown("  \n".join(md(line) for line in evidence_lines[-_SHOWN_FILES:]))

    draw()
    review = run_review(path, settings, passwords or {}, progress=on_file, events=on_event)
    for name in STAGES[:3]:
        marks[name] = DONE
    if not timings:  # every file came from the cache before the first callback was drawn
        timings.append((STAGES[0], time.perf_counter() - started))
    timings.append((STAGES[2], time.perf_counter() - started - sum(t for _, t in timings)))
    marks[STAGES[3]] = RUNNING
    draw()
    bar.progress(1.0, text=progress.summary())
    index_started = time.perf_counter()
    index_error = ""
    try:
        state.evidence_index(settings).index_package(review.package)
    except Exception as exc:  # noqa: BLE001 - without an index only the 问答 tab is lost
        log.exception("indexing failed")
        index_error = f"检索索引建立失败（{type(exc).__name__}），问答不可用"
    timings.append((STAGES[3], time.perf_counter() - index_started))
    marks[STAGES[3]] = FAILED if index_error else DONE
    draw()
    seconds = time.perf_counter() - started
    status.update(label=f"审核完成：{path.name}（{format_seconds(seconds)}）", state="complete", expanded=False)
    return state.LoadedReview(source=str(path), fingerprint=fingerprint, review=review, seconds=seconds,
                              stages=timings, index_error=index_error)
