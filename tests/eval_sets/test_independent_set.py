"""Integrity of the independent labelled set (eval_sets/independent): truth files validate, every listed
file exists, every evidence quote is on its page, the 附件4 labels are the notice's, the build is
reproducible. These tests check the set itself; they do not run shenbao."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from eval_sets.independent import HOLDOUT, PACKAGES
from eval_sets.independent.pdftext import (
    docx_text,
    pdf_page_texts,
    squash,
    xlsx_sheet_texts,
)
from eval_sets.truth import FAMILIES, PackageTruth, load_truth

REPO = Path(__file__).resolve().parents[2]
SET = REPO / "eval_sets" / "independent"
TRUTH_DIR = SET / "truth"
TRUTHS = sorted(TRUTH_DIR.glob("*.json"))


def _truths() -> list[PackageTruth]:
    return [load_truth(p) for p in TRUTHS]


class Package:
    """Files of a package (folder or zip) by their path relative to the package root."""

    def __init__(self, truth: PackageTruth):
        self.root = REPO / truth.path
        self.zip = zipfile.ZipFile(self.root) if truth.delivery == "zip" else None

    def names(self) -> set[str]:
        if self.zip:
            return {n for n in self.zip.namelist() if not n.endswith("/")}
        return {p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file()}

    def read(self, name: str) -> bytes:
        return self.zip.read(name) if self.zip else (self.root / name).read_bytes()


def test_set_is_complete():
    ids = {p.stem for p in TRUTHS}
    assert len(ids) == len(PACKAGES) >= 7
    assert len(HOLDOUT) >= 2 and HOLDOUT <= ids
    truths = _truths()
    clean = [t for t in truths if not t.problems]
    assert len(clean) >= 2
    assert any(t.package_id in HOLDOUT for t in clean) and any(t.package_id in HOLDOUT for t in truths if t.problems)
    problems = [p for t in truths for p in t.problems]
    assert len(problems) >= 25
    for t in truths:
        assert not t.problems or 3 <= len(t.problems) <= 8, t.package_id


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_truth_validates(path: Path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    truth = PackageTruth.model_validate(raw)
    assert truth.package_id == path.stem
    assert truth.path.startswith("eval_sets/independent/packages/")
    assert (REPO / truth.path).exists()
    assert all(p.family in FAMILIES for p in truth.problems)
    assert truth.platform.declared_name == next(r.value for r in truth.summary_rows if r.label == "平台名称")


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_listed_files_exist(path: Path):
    truth = load_truth(path)
    pkg = Package(truth)
    names = pkg.names()
    missing = sorted(set(truth.files) - names)
    assert not missing, missing
    unlisted = sorted(names - set(truth.files))
    assert not unlisted, f"files in the package but not in truth: {unlisted}"


def _page_text(pkg: Package, name: str, page: int) -> str:
    data = pkg.read(name)
    if name.endswith(".pdf"):
        return pdf_page_texts(data)[page - 1]
    if name.endswith(".xlsx"):
        return xlsx_sheet_texts(data)[page - 1]  # page = 1-based sheet
    if name.endswith(".docx"):
        return docx_text(data)
    raise AssertionError(f"no text layer for {name}")


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_evidence_quotes_are_on_their_pages(path: Path):
    truth = load_truth(path)
    pkg = Package(truth)
    for fact in truth.evidence_facts:
        assert fact.file in truth.files
        if fact.image_only:  # the value is drawn, not in a text layer: the page must exist
            if fact.file.endswith(".pdf"):
                assert fact.page <= len(pdf_page_texts(pkg.read(fact.file)))
            else:
                assert fact.page == 1
            continue
        text = _page_text(pkg, fact.file, fact.page)
        assert squash(fact.quote) in squash(text), (fact.file, fact.page, fact.quote)
        assert squash(fact.value) in squash(text) or fact.value.replace(",", "") in squash(text).replace(",", "")


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_summary_labels_are_the_notice_labels(path: Path):
    sample = json.loads((REPO / "eval_sets" / "truth" / "sample_package.json").read_text(encoding="utf-8"))
    expected = [r["label"] for r in sample["summary_rows"]]
    truth = load_truth(path)
    assert [r.label for r in truth.summary_rows] == expected


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_problem_files_are_in_the_package(path: Path):
    truth = load_truth(path)
    for p in truth.problems:
        assert p.description and p.fields
        if p.family == "missing_file":
            assert not p.files
        else:
            assert p.files and all(f in truth.files for f in p.files), p.id


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_secrets_are_in_the_form(path: Path):
    truth = load_truth(path)
    pkg = Package(truth)
    forms = [n for n, role in truth.files.items() if role == "申报表"]
    assert forms
    for secret in truth.secrets:
        blob = pkg.read(forms[0])
        text = docx_text(blob) if forms[0].endswith(".docx") else "\n".join(xlsx_sheet_texts(blob))
        assert secret in text


@pytest.mark.slow
@pytest.mark.requires_cjk_font  # the build draws with fonts found by fc-match, in a subprocess
def test_build_is_reproducible():
    """Rebuilding in a temp dir gives byte-identical packages and truth (about 1–2 minutes)."""
    run = subprocess.run([sys.executable, "-m", "eval_sets.independent.build", "--check"], check=False, cwd=REPO,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr


def test_zip_entries_have_fixed_dates():
    for path in TRUTHS:
        truth = load_truth(path)
        if truth.delivery != "zip":
            continue
        with zipfile.ZipFile(REPO / truth.path) as z:
            assert {i.date_time for i in z.infolist()} == {(2024, 7, 18, 9, 30, 0)}
            for name in z.namelist():
                if name.endswith((".docx", ".xlsx")):
                    inner = zipfile.ZipFile(io.BytesIO(z.read(name)))
                    assert len({i.date_time for i in inner.infolist()}) == 1
