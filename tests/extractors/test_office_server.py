"""The long-lived LibreOffice converter (issue 15): one office converts files in turn, renders the
same pages as `soffice --convert-to pdf`, survives a bad file, is killed and restarted when a
conversion hangs, and leaves no process behind when stopped; without a `uno` Python it says it is
unavailable and the per-file path is used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fixtures.make_office_fixtures import build_form_docx, build_paged_docx

from extractors.docx_render import prerender, render_pdf
from extractors.office_server import (
    ConversionError,
    OfficeConverter,
    find_uno_python,
    wait_for,
)
from extractors.options import ReadOptions
from extractors.reader import sha256_file


def _texts(pdf_path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is gone for our purpose only once reaped; /proc says which
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "State:\tZ" not in status.read_text()


def _office_processes(profile_hint: str) -> list[str]:
    listing = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [line for line in listing.splitlines() if "soffice" in line and profile_hint in line]


@pytest.mark.slow
@pytest.mark.requires_soffice
@pytest.mark.requires_uno
def test_one_office_converts_files_in_turn_and_stops_cleanly(tmp_path):
    form = build_form_docx(tmp_path / "申报表.docx")
    paged = build_paged_docx(tmp_path / "paged.docx", pages=4)
    with OfficeConverter() as converter:
        converter.convert(form, tmp_path / "out" / "form.pdf")
        pids = converter.pids
        assert len(pids) == 2 and all(_alive(p) for p in pids)
        converter.convert(paged, tmp_path / "out" / "paged.pdf")
        converter.convert(form, tmp_path / "out" / "form-again.pdf")
        assert (converter.starts, converter.conversions) == (1, 3)
        assert converter.pids == pids  # the same office for every file
    assert converter.pids == []
    assert wait_for(lambda: not any(_alive(p) for p in pids), 10)
    assert not _office_processes("shenbao-office-")
    # the pages are those the per-file path renders: the page numbers cannot depend on the path
    per_file = render_pdf(paged, doc_id=sha256_file(paged), options=ReadOptions(cache_dir=tmp_path / "c"))
    assert _texts(tmp_path / "out" / "paged.pdf") == _texts(per_file)
    assert len(_texts(tmp_path / "out" / "paged.pdf")) == 4
    with pytest.raises(ConversionError):  # a stopped converter starts nothing again
        converter.convert(form, tmp_path / "out" / "late.pdf")


@pytest.mark.slow
@pytest.mark.requires_soffice
@pytest.mark.requires_uno
def test_a_bad_file_is_an_error_and_the_office_lives_on(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    form = build_form_docx(tmp_path / "form.docx")
    with OfficeConverter() as converter:
        with pytest.raises(ConversionError):
            converter.convert(broken, tmp_path / "broken.pdf")
        assert not (tmp_path / "broken.pdf").exists()
        converter.convert(form, tmp_path / "form.pdf")
        assert converter.starts == 1


@pytest.mark.slow
@pytest.mark.requires_soffice
@pytest.mark.requires_uno
def test_a_conversion_over_its_time_kills_the_office_and_the_next_starts_anew(tmp_path):
    paged = build_paged_docx(tmp_path / "long.docx", pages=60, paragraphs_per_page=30)
    form = build_form_docx(tmp_path / "form.docx")
    with OfficeConverter() as converter:
        converter.start()
        first = converter.pids
        with pytest.raises(ConversionError, match="超时"):
            converter.convert(paged, tmp_path / "long.pdf", timeout=0.05)
        assert wait_for(lambda: not any(_alive(p) for p in first), 10)
        converter.convert(form, tmp_path / "form.pdf")
        assert converter.starts == 2 and converter.pids != first
    assert not _office_processes("shenbao-office-")


@pytest.mark.slow
@pytest.mark.requires_soffice
@pytest.mark.requires_uno
def test_prerender_fills_the_cache_the_parse_reads(tmp_path):
    form = build_form_docx(tmp_path / "form.docx")
    options = ReadOptions(cache_dir=tmp_path / "cache")
    doc_id = sha256_file(form)
    with OfficeConverter() as converter:
        assert prerender(form, doc_id=doc_id, options=options, converter=converter)
        assert converter.conversions == 1
        assert prerender(form, doc_id=doc_id, options=options, converter=converter)  # cached: no work
        assert converter.conversions == 1
    assert (tmp_path / "cache" / "render" / f"{doc_id}.pdf").is_file()
    # a file beyond the limits is never handed to LibreOffice
    small = ReadOptions(cache_dir=tmp_path / "cache2", max_uncompressed_bytes=10)
    with OfficeConverter() as converter:
        assert not prerender(form, doc_id=doc_id, options=small, converter=converter)
        assert converter.starts == 0


def test_without_a_uno_python_the_converter_is_unavailable(tmp_path):
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    assert find_uno_python((str(fake),)) is None
    converter = OfficeConverter(python=None)
    converter.python = None
    assert not converter.available()
    with pytest.raises(ConversionError):
        converter.convert(tmp_path / "x.docx", tmp_path / "x.pdf")
    options = ReadOptions(cache_dir=tmp_path / "cache")
    assert not prerender(tmp_path / "x.docx", doc_id="0" * 64, options=options, converter=converter)


def _owner_killed(start: str, check=None) -> list[int]:
    """Run an owner process that starts a converter (`start`, Python that prints the office's
    and the bridge's pids as JSON), call `check(pids)` while it lives, then SIGKILL it."""
    script = f"import json, sys, threading, time\nfrom extractors.office_server import OfficeConverter\n{start}time.sleep(600)\n"
    repo = Path(__file__).resolve().parents[2]
    owner = subprocess.Popen([sys.executable, "-c", script], cwd=repo, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(repo)})
    try:
        pids = json.loads(owner.stdout.readline())
        if check is not None:
            check(pids)
    finally:
        owner.kill()
        owner.wait(timeout=30)
    return pids


def _office_ends(pids: list[int], seconds: float) -> None:
    office_group = pids[0]  # the office (its own process group; listed first)
    assert wait_for(lambda: not _group_members(office_group) and not any(_alive(p) for p in pids), seconds), \
        _group_members(office_group)


@pytest.mark.slow
@pytest.mark.requires_soffice
@pytest.mark.requires_uno
def test_an_owner_killed_without_stopping_leaves_no_office_behind(tmp_path):
    """soffice runs in its own session (so a stop can kill its whole group); an owner killed with
    SIGKILL never calls stop. The bridge sees its stdin close and ends the office's group: seen
    when test and bench processes were killed and left soffice running for an hour."""

    def running(pids):
        assert len(pids) == 2 and all(_alive(p) for p in pids)
        assert _group_members(pids[0])

    pids = _owner_killed("c = OfficeConverter(); c.start()\nprint(json.dumps(c.pids), flush=True)\n", running)
    _office_ends(pids, 30)


@pytest.mark.slow
@pytest.mark.requires_soffice
@pytest.mark.requires_uno
def test_an_owner_killed_while_the_office_starts_leaves_no_office_behind(tmp_path):
    """Killed before the office is ready: the bridge's hello meets a closed pipe. The office must
    still be ended (before, the bridge died on the broken pipe and soffice ran on)."""
    pids = _owner_killed("c = OfficeConverter(); threading.Thread(target=c.start, daemon=True).start()\n"
                         "while c._office is None or c._bridge is None: time.sleep(0.01)\n"
                         "print(json.dumps([c._office.pid, c._bridge.pid]), flush=True)\n")
    _office_ends(pids, 60)


def _group_members(pgid: int) -> list[str]:
    listing = subprocess.run(["ps", "-eo", "pid,pgid,stat,args"], capture_output=True, text=True).stdout
    return [line for line in listing.splitlines()[1:]
            if line.split()[1] == str(pgid) and not line.split()[2].startswith("Z")]
