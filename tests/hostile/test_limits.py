"""Issue 8: every reading limit lives in settings and is honoured when lowered through its
SHENBAO_* variable; an ingest killed midway resumes from the parse cache; damaged cache entries
are rebuilt, never trusted.

Each limit test runs the real `shenbao ingest` (tests/fixtures/make_hostile_corpus.py) on a
package holding the good DOCX and PDF and one file just over the lowered limit, and checks the
typed error, that the rest parsed, and — where a stale cache could hide it — that the same
workspace reads the file normally once the limit is back to its default.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixtures.make_hostile_corpus import (
    FAST_ENV,
    GOOD_DOCX,
    GOOD_PDF,
    GOOD_PDF_TEXT,
    build_package,
    good_docx,
    good_pdf,
    ingest_measured,
    many_pages,
    noisy_pdf,
    ruled_pages,
    write_zip,
)

from assistant.core.settings import Settings
from assistant.package.cache import DocumentCache, cache_key
from assistant.package.ingest import ParseJob, parse_files
from extractors.reader import sha256_file


def _run(package: Path, workspace: Path, **env: str):
    run = ingest_measured(package, workspace, env={**FAST_ENV, **env})
    assert run.code == 0 and "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.seconds < 30, run.seconds
    return {d["file"]: d for d in run.payload["documents"]}, run.payload["errors"]


def _codes(doc: dict) -> list[str]:
    return [e["code"] for e in doc["document"]["errors"]]


def _good_files_parsed(docs: dict) -> None:
    for name in (GOOD_DOCX, GOOD_PDF):
        assert not any(e["fatal"] for e in docs[name]["document"]["errors"]), docs[name]
        assert docs[name]["page_count"] >= 1


def test_issue_cache_key_ignores_limits(tmp_path):
    """SHENBAO_MAX_FILE_MB=1 makes a 2.5 MB PDF too_large; back at the default, the same
    workspace parses it (the cache key used to leave the limits out and served the error)."""
    package, workspace = tmp_path / "package", tmp_path / "ws"
    build_package(package, [])
    big = noisy_pdf(package / "证明材料" / "扫描件.pdf", 2)
    assert 2_000_000 < big.stat().st_size < 3_000_000
    docs, _ = _run(package, workspace, SHENBAO_MAX_FILE_MB="1")
    assert _codes(docs["证明材料/扫描件.pdf"]) == ["too_large"]
    _good_files_parsed(docs)
    docs, _ = _run(package, workspace)
    scan = docs["证明材料/扫描件.pdf"]
    assert _codes(scan) == [] and not scan["cached"] and scan["page_count"] == 1


def test_max_pages(tmp_path):
    package = tmp_path / "package"
    build_package(package, [])
    good_pdf(package / "八页.pdf", pages=8)
    docs, _ = _run(package, tmp_path / "ws", SHENBAO_MAX_PAGES="5")
    errors = docs["八页.pdf"]["document"]["errors"]
    assert [(e["code"], e["fatal"], e["page_number"]) for e in errors] == [
        ("too_many_pages", False, 6)
    ]
    assert docs["八页.pdf"]["page_count"] == 5
    _good_files_parsed(docs)


def _picture(width: int, height: int):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    ImageDraw.Draw(image).rectangle((100, 100, width - 100, height - 100), outline="black", width=9)
    return image


def test_max_image_megapixels(tmp_path):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    package = tmp_path / "package"
    build_package(package, [])
    _picture(1500, 1000).save(package / "截图.png")  # 1.5 MP
    pdf = canvas.Canvas(str(package / "带图.pdf"), invariant=1)
    pdf.drawString(60, 800, "Screenshot of the platform dashboard")
    pdf.drawImage(ImageReader(_picture(1500, 1000)), 60, 300, width=450, height=300)
    pdf.showPage()
    pdf.save()
    docs, _ = _run(package, tmp_path / "ws", SHENBAO_MAX_IMAGE_MEGAPIXELS="1")
    assert _codes(docs["截图.png"]) == ["image_too_large"]
    page_errors = docs["带图.pdf"]["document"]["errors"]
    assert [(e["code"], e["fatal"], e["page_number"]) for e in page_errors] == [
        ("image_too_large", False, 1)
    ]
    assert "dashboard" in docs["带图.pdf"]["document"]["pages"][0]["text"]  # text layer kept
    _good_files_parsed(docs)


def test_max_uncompressed_mb_for_office_files_and_zip_packages(tmp_path):
    package = tmp_path / "package"
    build_package(package, [])
    long_docx = package / "申报书（长）.docx"
    good_docx(long_docx)
    from docx import Document as Docx

    doc = Docx(str(long_docx))
    doc.add_paragraph("平台建设及运营情况。" * 70_000)  # ~2 MB of XML, a few KB zipped
    doc.save(str(long_docx))
    docs, _ = _run(package, tmp_path / "ws", SHENBAO_MAX_UNCOMPRESSED_MB="1")
    assert _codes(docs["申报书（长）.docx"]) == ["too_large"]
    _good_files_parsed(docs)

    members = [(p.relative_to(package).as_posix(), p.read_bytes()) for p in package.rglob("*")
               if p.is_file() and p != long_docx]
    scan = random.Random(1).randbytes(1_500_000)  # incompressible: the ratio guard stays quiet
    archive = write_zip(tmp_path / "申报材料.zip", [*members, ("证明材料/扫描件.bin", scan)])
    docs, errors = _run(archive, tmp_path / "ws2", SHENBAO_MAX_UNCOMPRESSED_MB="1")
    assert [(e["file"], e["code"]) for e in errors] == [("证明材料/扫描件.bin", "too_large")]
    _good_files_parsed(docs)


def test_max_archive_entries(tmp_path):
    members = [(GOOD_DOCX, good_docx(tmp_path / "a.docx").read_bytes()),
               (GOOD_PDF, good_pdf(tmp_path / "b.pdf").read_bytes())]
    members += [(f"附件{k}.txt", f"附件{k}".encode()) for k in range(4)]
    archive = write_zip(tmp_path / "申报材料.zip", members)
    docs, errors = _run(archive, tmp_path / "ws", SHENBAO_MAX_ARCHIVE_ENTRIES="3")
    assert set(docs) == {GOOD_DOCX, GOOD_PDF, "附件0.txt"}
    assert [(e["file"], e["code"], e["fatal"]) for e in errors] == [("*", "archive_unsafe", False)]


def test_file_timeout(tmp_path):
    """300 ruled pages need ~30 s of table search; with 3 s the file stops (the reader's own time
    budget or the worker's timeout, whichever fires first), and the good files, parsed before it
    (sorted names), are read. The worker's timer also counts its start-up, so they come first. The
    budget is held at 3 s whatever the machine's load (SHENBAO_FILE_TIMEOUT_STRETCH=0): under the suite's
    own load it was stretched and the reader got through all 300 pages (`extractors.budget`)."""
    package = tmp_path / "package"
    build_package(package, [])
    ruled_pages(package / "附件9 表格很多.pdf", 300)
    started = time.monotonic()
    docs, _ = _run(package, tmp_path / "ws", SHENBAO_FILE_TIMEOUT_S="3", SHENBAO_FILE_TIMEOUT_STRETCH="0")
    assert time.monotonic() - started < 15
    slow = docs["附件9 表格很多.pdf"]
    assert "timed_out" in _codes(slow)
    assert slow["page_count"] < 300
    _good_files_parsed(docs)


# ---- interrupted ingest, damaged cache ---------------------------------------------------------


def _entry(settings: Settings, key: str) -> Path:
    """Where `DocumentCache` keeps the entry for `key` (documents/<2 hex>/<key>.json)."""
    return settings.cache_dir / "documents" / key[:2] / f"{key}.json"


@pytest.mark.slow
def test_interrupted_ingest_resumes_from_the_cache(tmp_path):
    package, workspace = tmp_path / "package", tmp_path / "ws"
    files = [many_pages(package / f"证明材料{k}.pdf", 1000, label=f"第{k}册") for k in range(5)]
    settings = Settings(workspace=workspace, ocr=False, render_docx=False, workers=1)
    keys = {p.name: cache_key(sha256_file(p), settings.read_options()) for p in files}

    def finished() -> set[str]:
        return {name for name, key in keys.items() if _entry(settings, key).exists()}

    command = [sys.executable, "-m", "assistant", "ingest", str(package), "--format", "json",
               "--workspace", str(workspace)]
    env = {**os.environ, **FAST_ENV}
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and child.poll() is None:
            if len(finished()) >= 2:
                break
            time.sleep(0.05)
    finally:
        os.killpg(child.pid, signal.SIGKILL)  # the command and its parse worker
        child.wait()
    assert child.returncode == -signal.SIGKILL, "finished before it could be interrupted"
    done = finished()
    assert 2 <= len(done) < len(files)

    run = ingest_measured(package, workspace, env=FAST_ENV)
    assert run.code == 0 and "Traceback" not in run.stderr
    docs = {d["file"]: d for d in run.payload["documents"]}
    assert {name for name, d in docs.items() if d["cached"]} == done
    for k, path in enumerate(files):
        doc = docs[path.name]
        assert doc["page_count"] == 1000 and _codes(doc) == []
        assert f"第{k}册" in doc["document"]["pages"][999]["text"]


@pytest.mark.parametrize(
    "damage",
    [b"", b'{"sha256": "0", "docu', b'{"sha256": "x", "document": 7}', b"\xff\xfe\x00garbage"],
    ids=["empty", "truncated", "payload_not_text", "not_utf8"],
)
def test_issue_damaged_cache_entry_is_rebuilt(tmp_path, damage):
    path = good_pdf(tmp_path / "审计报告.pdf")
    settings = Settings(workspace=tmp_path / "ws", ocr=False, render_docx=False)
    cache = DocumentCache(settings.cache_dir)
    job = ParseJob(path, path.name, settings.read_options())
    first = parse_files([job], cache, workers=0)[0]
    entry = _entry(settings, cache_key(sha256_file(path), job.options))
    entry.write_bytes(damage)
    again = parse_files([job], cache, workers=0)[0]
    assert not again.cached and again.document == first.document
    assert parse_files([job], cache, workers=0)[0].cached  # rebuilt entry is trusted again
    assert GOOD_PDF_TEXT in again.document.pages[0].text


def test_issue_cache_key_knows_whether_libreoffice_could_render(tmp_path):
    """A workspace filled on a machine without LibreOffice kept serving DOCX without page
    numbers after LibreOffice was installed (found on a fresh machine, issue 11)."""
    from assistant.package.cache import cache_key
    from extractors.options import ReadOptions

    digest = "a" * 64
    missing = ReadOptions(soffice=str(tmp_path / "no-such-soffice"))
    present = ReadOptions(soffice=sys.executable)  # any executable stands in for soffice here
    assert cache_key(digest, missing) != cache_key(digest, present)
    assert cache_key(digest, missing) == cache_key(digest, ReadOptions(soffice=str(tmp_path / "also-missing")))
    assert cache_key(digest, missing) == cache_key(digest, ReadOptions(render_docx=False, soffice=sys.executable))
