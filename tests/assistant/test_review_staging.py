"""Results as they come (assistant.app.review_run `events`): the declared values before the
evidence and the scans, every file once, the stages in order, the proofs named in 证明资料 put
first; and the returned review the same with or without the events."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app.review_run import (
    DeclaredValues,
    EvidenceRead,
    FileParsed,
    StageStarted,
    named_proofs,
    run_review,
)
from assistant.core.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "sample_package"


@pytest.fixture(scope="module")
def staged(tmp_path_factory):
    """A cold review (empty workspace: every file really parsed, scans OCR'd) with its events."""
    events = []
    review = run_review(SAMPLE, Settings(workspace=tmp_path_factory.mktemp("cold"), workers=2), {},
                        events=events.append)
    return review, events


def test_declared_values_come_before_the_scans_and_the_evidence(staged):
    review, events = staged
    kinds = [type(e).__name__ for e in events]
    assert kinds.count("DeclaredValues") == 1
    declared = kinds.index("DeclaredValues")
    scans = [i for i, e in enumerate(events) if isinstance(e, FileParsed) and e.ocr_pages]
    evidence = [i for i, e in enumerate(events) if isinstance(e, EvidenceRead)]
    assert scans and evidence
    assert declared < min(scans) and declared < min(evidence)
    event = events[declared]
    assert any("申报表" in f for f in event.files)
    found = {r.label: r.value for r in event.rows if r.status != "missing"}
    assert len(found) >= 10
    final = {r.label: r.value for r in review.rows}
    assert {label: final[label] for label in found} == found  # the preview is what the review ends with


def test_every_file_once_the_stages_in_order_and_the_clock_forward(staged):
    review, events = staged
    parsed = [e for e in events if isinstance(e, FileParsed)]
    assert sorted(e.path for e in parsed) == sorted(f.path for f in review.package.files)
    assert [e.files_done for e in parsed] == list(range(1, len(parsed) + 1))
    last = parsed[-1]
    assert last.files_total == len(parsed) and last.pages_done == last.pages_total
    assert last.pages_total == sum(len(f.document.pages) for f in review.package.files)
    assert last.remaining_seconds == 0 and all(e.remaining_seconds >= 0 for e in parsed)
    assert not any(e.cached for e in parsed)  # an empty workspace: nothing came from the cache
    assert [e.stage for e in events if isinstance(e, StageStarted)] == ["parse", "evidence", "checks", "done"]
    assert events[0] == StageStarted("parse", events[0].elapsed) and events[-1].stage == "done"
    clock = [e.elapsed for e in events]
    assert clock == sorted(clock)


def test_evidence_previews_are_values_the_review_keeps(staged):
    review, events = staged
    kept = {(v.field_id, str(v.normalized)) for v in review.evidence}
    previews = [e for e in events if isinstance(e, EvidenceRead)]
    assert all(e.path.startswith("证明材料/") for e in previews)
    shown = {(v.field_id, str(v.normalized)) for e in previews for v in e.values}
    assert shown and shown <= kept


def _essence(review) -> dict:
    return {
        "files": [(f.path, f.role, f.document.id, [p.text for p in f.document.pages]) for f in review.package.files],
        "rows": [r.model_dump() for r in review.rows],
        "evidence": [v.model_dump() for v in review.evidence],
        "findings": [f.model_dump() for f in review.findings],
    }


def test_the_review_is_the_same_with_or_without_events(staged, tmp_path):
    plain = run_review(SAMPLE, Settings(workspace=tmp_path / "ws", workers=2), {})
    assert _essence(plain) == _essence(staged[0])


def test_a_failing_preview_costs_the_review_nothing(staged, tmp_path, monkeypatch):
    import assistant.app.review_run as review_run

    def broken(*args, **kwargs):
        raise RuntimeError("preview broke")

    monkeypatch.setattr(review_run, "read_declarations", broken)
    events = []
    review = run_review(SAMPLE, Settings(workspace=tmp_path / "ws", workers=2), {}, events=events.append)
    assert not any(isinstance(e, DeclaredValues) for e in events)
    monkeypatch.undo()
    assert _essence(review) == _essence(staged[0])


def test_named_proofs_follow_the_order_the_cells_name_them():
    proofs = ["附件3-2 第1页；平台运行数据截图", "附件3－1 第5页", "见附件 3-1"]
    pending = [
        "证明材料/附件3-1 2023年度专项审计报告.pdf",
        "证明材料/附件3-10 合同扫描.pdf",
        "证明材料/附件3-2 设备清单.pdf",
        "证明材料/附件3-3 平台运行数据截图.pdf",
        "证明材料/荣誉证书.jpg",
    ]
    assert named_proofs(proofs, pending) == [
        "证明材料/附件3-2 设备清单.pdf",  # named first, by number
        "证明材料/附件3-3 平台运行数据截图.pdf",  # by its title, before 3-1 is named
        "证明材料/附件3-1 2023年度专项审计报告.pdf",  # 3－1 (full-width dash) is 3-1
    ]
    assert named_proofs([], pending) == []
    assert named_proofs(["附件3-1"], ["证明材料/附件3-10 合同扫描.pdf"]) == []


def test_a_warm_review_previews_nothing_it_is_about_to_read_again(staged, tmp_path):
    """Every file from the cache: no parse to wait for, so no evidence previews (they would double
    the review), the declared values still first, the review the same."""
    workspace = tmp_path / "ws"
    run_review(SAMPLE, Settings(workspace=workspace, workers=2), {})
    events = []
    review = run_review(SAMPLE, Settings(workspace=workspace, workers=2), {}, events=events.append)
    parsed = [e for e in events if isinstance(e, FileParsed)]
    assert parsed and all(e.cached for e in parsed)
    assert not any(isinstance(e, EvidenceRead) for e in events)
    assert sum(isinstance(e, DeclaredValues) for e in events) == 1
    assert _essence(review) == _essence(staged[0])
