"""Issue 8, bad input: every case of the hostile corpus (tests/fixtures/make_hostile_corpus.py)
goes through the real `shenbao ingest` next to a good DOCX and a good PDF.

For each case: a typed per-file error with a Chinese message (or the file is read), the good
files still parse, exit 0 with JSON and no traceback, within a wall-time bound and a peak-RSS
bound measured on the child process (RUSAGE_CHILDREN of a fresh parent), and nothing written
outside the workspace. Parsing runs in a worker process under the per-file timeout, so a case
that hangs becomes `timed_out` instead of hanging the suite.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from fixtures.make_hostile_corpus import (
    CASES,
    FAST_ENV,
    GOOD_DOCX,
    GOOD_DOCX_TEXT,
    GOOD_PDF,
    GOOD_PDF_TEXT,
    PASSWORD,
    Zeros,
    build_case,
    build_package,
    evil_zip,
    good_pdf,
    ingest_measured,
    poster_page,
    run_measured,
    write_zip,
    zip_many_entries,
)

from extractors.model import ErrorCode

SECONDS = 30.0  # per case, the whole command (interpreter start and a worker included)
PEAK_MB = 1500.0
LEAN_MB = 400.0  # a bomb that is refused before it is inflated stays near the baseline (~90 MB)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HANDLED = {"corrupt", "page_failed", "no_text", "timed_out", "ocr_failed"}


@dataclass(frozen=True)
class Expect:
    codes: frozenset[str] | None = None  # exactly these error codes on the file
    allowed: frozenset[str] = frozenset()  # for fuzz: any of these, or none
    fatal: bool | None = None
    pages: int | None = None
    format: str | None = None
    text: str | None = None  # read by content: this text is found
    hint: str | None = None  # in the Chinese message
    lean: bool = False  # must not inflate anything: peak stays under LEAN_MB


def _codes(*codes: str) -> frozenset[str]:
    return frozenset(codes)


EXPECT: dict[str, Expect] = {
    "encrypted_no_password": Expect(_codes("encrypted"), fatal=True, hint="--password"),
    "encrypted_wrong_password": Expect(_codes("wrong_password"), fatal=True, hint="密码不正确"),
    "corrupt_pdf": Expect(_codes("corrupt"), fatal=True),
    "truncated_pdf": Expect(allowed=frozenset(_HANDLED)),
    **{f"fuzzed_pdf_{seed}": Expect(allowed=frozenset(_HANDLED)) for seed in range(8)},
    "poster_page": Expect(_codes("no_text"), fatal=True, pages=1, lean=True),
    "page_tree_loop": Expect(_codes("page_failed"), fatal=False, pages=1),
    "recursive_xobjects": Expect(allowed=frozenset(_HANDLED), pages=1),
    "pages_2000": Expect(_codes(), fatal=False, pages=2000),
    "pages_2500": Expect(_codes("too_many_pages"), fatal=False, pages=2000, hint="2500"),
    "png_bomb": Expect(_codes("image_too_large"), fatal=True, lean=True),
    "png_lying_ihdr": Expect(_codes("image_too_large"), fatal=True, lean=True),
    "pdf_image_bomb": Expect(_codes("image_too_large", "no_text"), fatal=True, pages=1, lean=True),
    "docx_zip_bomb": Expect(_codes("too_large"), fatal=True, hint="解压后", lean=True),
    "xlsx_zip_bomb": Expect(_codes("too_large"), fatal=True, hint="解压后", lean=True),
    "docx_lying_header": Expect(_codes("corrupt"), fatal=True, hint="声明", lean=True),
    "docx_entity_bomb": Expect(_codes("corrupt"), fatal=True, lean=True),
    "xlsx_entity_bomb": Expect(_codes("corrupt"), fatal=True, lean=True),
    "docx_quadratic_entities": Expect(_codes("corrupt"), fatal=True, lean=True),
    "encrypted_docx": Expect(_codes("encrypted"), fatal=True, hint="取消密码"),
    # A Word 97 file holding no text: converted by LibreOffice where installed (read, and found
    # empty), refused with the way out where not.
    "legacy_doc": Expect(_codes("no_text"), fatal=False, format="docx") if shutil.which("soffice") else
    Expect(_codes("legacy_format"), fatal=True, hint="另存为 .docx/.xlsx 后重新提交：.doc；未安装 LibreOffice"),
    "legacy_xls": Expect(_codes("legacy_format"), fatal=True, hint="：.xls"),
    "legacy_wps": Expect(_codes("legacy_format"), fatal=True, hint="：.wps"),
    "docx_named_pdf": Expect(_codes(), fatal=False, format="docx", text=GOOD_DOCX_TEXT),
    "pdf_named_docx": Expect(_codes(), fatal=False, format="pdf", pages=2, text=GOOD_PDF_TEXT),
    "png_named_xlsx": Expect(_codes("no_text"), fatal=True, format="image", hint="OCR 未启用"),
    "empty_pdf": Expect(_codes("empty_file"), fatal=True),
    "empty_docx": Expect(_codes("empty_file"), fatal=True),
}
PASSWORDS = {"encrypted_wrong_password": "not-" + PASSWORD}


def test_every_case_has_an_expectation():
    assert set(EXPECT) == set(CASES)


def _snapshot(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def _documents(payload: dict) -> dict[str, dict]:
    return {d["file"]: d for d in payload["documents"]}


def _assert_clean_run(run, *, seconds: float = SECONDS, peak_mb: float = PEAK_MB) -> None:
    assert run.code == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.payload is not None and run.payload["schema_version"] == 1
    assert run.seconds < seconds, run.seconds
    assert run.peak_mb < peak_mb, run.peak_mb
    for error in run.payload["errors"]:
        assert ErrorCode(error["code"])  # typed
        assert _CJK.search(error["error"]), error  # and said in Chinese


def _assert_good_files_parsed(docs: dict[str, dict]) -> None:
    docx, pdf = docs[GOOD_DOCX]["document"], docs[GOOD_PDF]["document"]
    assert not any(e["fatal"] for e in docx["errors"] + pdf["errors"])
    assert any(GOOD_DOCX_TEXT in p["text"] for p in docx["pages"])
    assert len(pdf["pages"]) == 2 and GOOD_PDF_TEXT in pdf["pages"][0]["text"]


@pytest.mark.parametrize("case_id", list(CASES))
def test_hostile_file_next_to_good_ones(case_id, tmp_path):
    package, workspace = tmp_path / "package", tmp_path / "ws"
    name = build_package(package, [case_id])[case_id]
    before_package, before_tmp = _snapshot(package), _snapshot(tmp_path)
    passwords = {name: PASSWORDS[case_id]} if case_id in PASSWORDS else None
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    run = ingest_measured(
        package, workspace, env={**FAST_ENV, "TMPDIR": str(tmp)}, passwords=passwords, cwd=tmp_path
    )
    print(f"\nCASE {case_id}: {run.seconds:.2f} s, peak {run.peak_mb:.0f} MB")
    expect = EXPECT[case_id]
    _assert_clean_run(run, peak_mb=LEAN_MB if expect.lean else PEAK_MB)
    docs = _documents(run.payload)
    _assert_good_files_parsed(docs)

    doc = docs[name]["document"]
    codes = {e["code"] for e in doc["errors"]}
    print(f"CASE {case_id}: codes {sorted(codes)}")
    if expect.codes is not None:
        assert codes == expect.codes, doc["errors"]
    else:
        assert codes <= expect.allowed, doc["errors"]
    fatal = any(e["fatal"] for e in doc["errors"])
    if expect.fatal is not None:
        assert fatal is expect.fatal
    if not fatal:  # a file without a fatal error yielded pages (never a silent empty success)
        assert doc["pages"], doc["errors"]
    if expect.pages is not None:
        assert len(doc["pages"]) == expect.pages
    if expect.format is not None:
        assert doc["format"] == expect.format
    if expect.text is not None:
        assert any(expect.text in p["text"] for p in doc["pages"])
    if expect.hint is not None:
        assert any(expect.hint in e["message_zh"] for e in doc["errors"]), doc["errors"]

    # Nothing written outside the workspace: the package is untouched, temp files are gone.
    assert _snapshot(package) == before_package
    new = _snapshot(tmp_path) - before_tmp
    outside = {p for p in new if p.split("/")[0] not in ("ws", "ws-ingest.json", "tmp")}
    assert outside == set() and not any(tmp.iterdir())


def test_issue_password_in_cache_key(tmp_path):
    # Same workspace: the wrong password's error must not be served from the cache afterwards
    # (the cache key held only whether a password was given, not which).
    package, workspace = tmp_path / "package", tmp_path / "ws"
    name = build_package(package, ["encrypted_wrong_password"])["encrypted_wrong_password"]
    wrong = ingest_measured(package, workspace, env=FAST_ENV, passwords={name: "nope"})
    right = ingest_measured(package, workspace, env=FAST_ENV, passwords={name: PASSWORD})
    wrong_doc = _documents(wrong.payload)[name]
    right_doc = _documents(right.payload)[name]
    assert [e["code"] for e in wrong_doc["document"]["errors"]] == ["wrong_password"]
    assert right_doc["document"]["errors"] == [] and not right_doc["cached"]
    assert GOOD_PDF_TEXT in right_doc["document"]["pages"][0]["text"]


@pytest.mark.slow
def test_whole_hostile_package_through_the_cli(tmp_path):
    """All cases in one package, the way a reviewer would meet them: one run, exit 0."""
    package, workspace = tmp_path / "package", tmp_path / "ws"
    built = build_package(package, list(CASES))
    wrong = built["encrypted_wrong_password"]
    run = ingest_measured(package, workspace, env=FAST_ENV, passwords={wrong: "nope"}, cwd=tmp_path)
    print(f"\nWHOLE PACKAGE: {run.seconds:.2f} s, peak {run.peak_mb:.0f} MB")
    _assert_clean_run(run, seconds=120.0)
    docs = _documents(run.payload)
    assert set(docs) == {*built.values(), GOOD_DOCX, GOOD_PDF}
    _assert_good_files_parsed(docs)
    for case_id, name in built.items():
        codes = {e["code"] for e in docs[name]["document"]["errors"]}
        expect = EXPECT[case_id]
        assert codes == expect.codes if expect.codes is not None else codes <= expect.allowed


@pytest.mark.slow
def test_bombs_with_ocr_on_render_at_bounded_scale(tmp_path):
    """OCR on (the default): the image bomb page is still not rendered; a 200,000 × 20,000 pt
    page (400,000 × 40,000 px at the OCR scale 2.0) is rendered for the ink check and for OCR at
    bounded scales (INK_MAX_SIDE_PX, OCR_MAX_SIDE_PX). A square poster costs ~20 s of OCR on
    4000² pixels; the strip shows the same bounds in half the time."""
    package, workspace = tmp_path / "package", tmp_path / "ws"
    built = build_package(package, ["pdf_image_bomb"])
    poster_page(package / "海报长条.pdf", 200_000, 20_000)
    env = {**FAST_ENV, "SHENBAO_OCR": "true"}
    run = ingest_measured(package, workspace, env=env, cwd=tmp_path)
    print(f"\nOCR ON: {run.seconds:.2f} s, peak {run.peak_mb:.0f} MB")
    _assert_clean_run(run, seconds=90.0)
    docs = _documents(run.payload)
    bomb = docs[built["pdf_image_bomb"]]["document"]
    assert {e["code"] for e in bomb["errors"]} == {"image_too_large", "no_text"}
    poster = docs["海报长条.pdf"]["document"]
    health = poster["pages"][0]["health"]
    assert health["ink_share"] > 0 and health["verdict"] != "ok"  # rendered, and sent to OCR


def test_evil_zip_package_writes_nothing_outside_its_folder(tmp_path):
    evil = evil_zip(tmp_path / "申报材料.zip", tmp_path / "scratch")
    workspace = tmp_path / "ws"
    watched = tmp_path.parent
    before = _snapshot(watched)
    escapes = [Path("/tmp/shenbao-escape.txt"), Path("/tmp/shenbao-absolute.txt")]
    assert not any(p.exists() for p in escapes)
    run = ingest_measured(evil, workspace, env=FAST_ENV, cwd=tmp_path)
    print(f"\nEVIL ZIP: {run.seconds:.2f} s, peak {run.peak_mb:.0f} MB")
    _assert_clean_run(run, peak_mb=LEAN_MB)

    docs = _documents(run.payload)
    gbk_name = "证明材料/营业执照（扫描件）.pdf"
    assert set(docs) == {GOOD_DOCX, GOOD_PDF, gbk_name}
    _assert_good_files_parsed(docs)
    skipped = {e["file"]: e["code"] for e in run.payload["errors"]}
    assert skipped == {
        "../escape.txt": "archive_unsafe",
        "../" * 16 + "tmp/shenbao-escape.txt": "archive_unsafe",
        "/tmp/shenbao-absolute.txt": "archive_unsafe",
        "C:/Windows/shenbao.txt": "archive_unsafe",
        "证明材料\\..\\..\\backslash-escape.txt": "archive_unsafe",
        "证明材料/passwd.pdf": "archive_unsafe",  # a symlink
        "link-dir": "archive_unsafe",  # a symlink
        "证明材料/bomb.bin": "archive_unsafe",  # 1 GB of zeros
        "证明材料/liar.pdf": "corrupt",  # declares 10 KB, inflates to 64 MB
    }
    new = _snapshot(watched) - before
    outside = {p for p in new if p.split("/")[:2] != [tmp_path.name, "ws"]}
    assert outside == {f"{tmp_path.name}/ws-ingest.json"}
    assert not any(p.exists() for p in escapes)
    unpacked = next((workspace / "packages").iterdir()) / "files"
    files = {p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*") if p.is_file()}
    assert files == {GOOD_DOCX, GOOD_PDF, gbk_name}
    assert not any(p.is_symlink() for p in unpacked.rglob("*"))


@pytest.mark.slow
def test_zip_of_ten_thousand_entries_is_capped(tmp_path):
    many = zip_many_entries(tmp_path / "many.zip", tmp_path / "scratch")
    run = ingest_measured(many, tmp_path / "ws", env=FAST_ENV, cwd=tmp_path)
    print(f"\n10,000 ENTRIES: {run.seconds:.2f} s, peak {run.peak_mb:.0f} MB")
    _assert_clean_run(run, seconds=60.0)
    docs = _documents(run.payload)
    assert len(docs) == 5000  # SHENBAO_MAX_ARCHIVE_ENTRIES default; the good files come first
    _assert_good_files_parsed(docs)
    cap = [e for e in run.payload["errors"] if e["file"] == "*"]
    assert [e["code"] for e in cap] == ["archive_unsafe"] and "10000" in cap[0]["error"]
    # 4,998 empty members are one content: parsed once, the rest served like cache hits.
    empties = [d for name, d in docs.items() if name.startswith("碎片/")]
    assert len(empties) == 4998 and sum(not d["cached"] for d in empties) == 1


def test_issue_duplicate_files_parsed_once(tmp_path):
    """The same bytes under two names (a certificate filed twice): parsed once, the second is
    served like a cache hit, both listed under their own paths. Both used to be parsed."""
    package = tmp_path / "package"
    build_package(package, [])
    copy = package / "副本" / "审计报告（副本）.pdf"
    copy.parent.mkdir()
    copy.write_bytes((package / GOOD_PDF).read_bytes())
    run = ingest_measured(package, tmp_path / "ws", env=FAST_ENV, cwd=tmp_path)
    _assert_clean_run(run)
    docs = _documents(run.payload)
    first, second = docs["副本/审计报告（副本）.pdf"], docs[GOOD_PDF]  # in sorted order
    assert (first["cached"], second["cached"]) == (False, True)
    assert second["parse_seconds"] == 0.0
    assert first["document"]["path"] == "副本/审计报告（副本）.pdf"
    assert second["document"]["path"] == GOOD_PDF
    assert {**first["document"], "path": ""} == {**second["document"], "path": ""}



# ---- bugs this corpus found (each fixed; the numbers are the measurements before the fix) -----

_READ = """
import json, sys
from pathlib import Path
from extractors.options import ReadOptions
from extractors.reader import read_file
doc = read_file(Path(sys.argv[1]), options=ReadOptions(ocr=sys.argv[2] == "ocr", render_docx=False))
print(json.dumps([[e.code.value, e.fatal, e.page_number] for e in doc.errors]))
"""


def _read_measured(path: Path, ocr: bool = False) -> tuple[list, float, float]:
    code, seconds, peak_mb, stdout, stderr = run_measured(
        [sys.executable, "-c", _READ, str(path), "ocr" if ocr else "no-ocr"], time_limit=60
    )
    assert code == 0, stderr[-2000:]
    return json.loads(stdout), seconds, peak_mb


def test_issue_lying_zip_header(tmp_path):
    """word/document.xml declares 4 KB and inflates to 1 GB: `ZipFile.read` inflated it whole
    before cutting to the declared size (2,119 MB peak, 7.6 s). Now refused in bounded memory."""
    path = build_case("docx_lying_header", tmp_path)
    errors, seconds, peak_mb = _read_measured(path)
    assert errors == [["corrupt", True, None]]
    assert peak_mb < LEAN_MB and seconds < 10


def test_issue_embedded_image_bomb_rendered(tmp_path):
    """A 30,000² grey image on a text-less page was decoded whole by PDFium for the 179×253 ink
    rendering (932 MB, 5.8 s). Now the census reads its pixel size and the page is not rendered."""
    path = build_case("pdf_image_bomb", tmp_path)
    errors, seconds, peak_mb = _read_measured(path, ocr=True)
    assert errors == [["image_too_large", False, 1], ["no_text", True, None]]
    assert peak_mb < LEAN_MB and seconds < 10


def test_issue_poster_page_ink_render(tmp_path):
    """A 200,000 pt square page was rendered at the fixed ink scale 0.3: a 60,000² bitmap, 20 GB
    and 113 s for a 5 KB file. Now the ink rendering is at most INK_MAX_SIDE_PX a side."""
    path = build_case("poster_page", tmp_path)
    errors, seconds, peak_mb = _read_measured(path)
    assert errors == [["no_text", True, None]]
    assert peak_mb < LEAN_MB and seconds < 10


def test_issue_bad_zip_member_sank_the_package(tmp_path):
    """One member whose header lies (CRC fails) raised out of the unpacking: the whole package
    failed with 内部错误. Now that member is skipped as corrupt and the rest is read."""
    pdf = good_pdf(tmp_path / "good.pdf").read_bytes()
    liar = Zeros(16 * 1024 * 1024, declared=1000)
    archive = write_zip(tmp_path / "申报材料.zip", [(GOOD_PDF, pdf), ("附件/liar.pdf", liar)])
    run = ingest_measured(archive, tmp_path / "ws", env=FAST_ENV, cwd=tmp_path)
    _assert_clean_run(run)
    assert [d["file"] for d in run.payload["documents"]] == [GOOD_PDF]
    assert [(e["file"], e["code"]) for e in run.payload["errors"]] == [("附件/liar.pdf", "corrupt")]
    unpacked = next((tmp_path / "ws" / "packages").iterdir()) / "files"
    assert not (unpacked / "附件" / "liar.pdf").exists()  # no half-written member left behind


def test_issue_corrupt_package_zip(tmp_path):
    """A package `.zip` that is not a zip ended as 内部错误 (BadZipFile escaped): now it is the
    run-level error the CLI reports with exit 2 and a plain message."""
    fake = tmp_path / "申报材料.zip"
    fake.write_bytes(b"PK\x03\x04" + bytes(100))
    run = ingest_measured(fake, tmp_path / "ws", env=FAST_ENV, cwd=tmp_path)
    assert run.code == 2 and run.payload is None
    assert "压缩包无法解压" in run.stderr and "内部错误" not in run.stderr
    assert "Traceback" not in run.stderr


def test_issue_encrypted_office_file_called_legacy(tmp_path):
    """A password-protected .docx is an OLE file: it was reported as a legacy .doc to save as
    .docx, which it already is. Now `encrypted`, telling the applicant to remove the password."""
    path = build_case("encrypted_docx", tmp_path)
    errors, _, _ = _read_measured(path)
    assert errors == [["encrypted", True, None]]
