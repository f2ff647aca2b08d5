"""Golden files: what shenbao produces for a few real files and for a full review of the sample.

A parsed `Document` of corpus files (text, tables, GBK CID fonts, fake bold, a Word table; OCR
and LibreOffice off so the files depend on our code alone) and the sample's `prefill --format
json` and `check --format json` are compared with the files in tests/golden/. A refactor must
leave them unchanged; a change of behaviour changes them on purpose, reviewed in the diff.

Refresh with one command: `make golden` (SHENBAO_UPDATE_GOLDEN=1 pytest tests/golden). CI refuses
it: with CI set, a refresh fails instead of writing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assistant.core.settings import Settings

GOLDEN = Path(__file__).resolve().parent
REPO = GOLDEN.parents[1]
UPDATE = os.environ.get("SHENBAO_UPDATE_GOLDEN") == "1"

CORPUS_FILES = [
    "jsvine__pdfplumber/issue-336-example.pdf",  # a ruled table page (pdfplumber cells)
    "jsvine__pdfplumber/issue-71-duplicate-chars.pdf",  # fake-bold duplicated glyphs
    "mozilla__pdf.js/XiaoBiaoSong.pdf",  # GBK CID font only PDFium decodes
    "docling-project__docling/word_tables.docx",  # merged Word table cells
]


def check_golden(name: str, payload) -> None:
    path = GOLDEN / name
    text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if UPDATE:
        if os.environ.get("CI"):
            pytest.fail("golden files are refreshed by hand (make golden), never in CI")
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"{name} missing: run `make golden` and review the diff"
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        # Say where the first difference is, not a 10,000-line diff.
        left, right = expected.splitlines(), text.splitlines()
        first = next((i for i, (a, b) in enumerate(zip(left, right)) if a != b), min(len(left), len(right)))
        pytest.fail(f"{name} differs from the golden file at line {first + 1}:\n"
                    f"  golden: {left[first] if first < len(left) else '<end>'}\n"
                    f"  now:    {right[first] if first < len(right) else '<end>'}\n"
                    "If the change is intended, run `make golden` and review the diff in the commit.")


@pytest.mark.parametrize("relative", CORPUS_FILES)
def test_parsed_document_is_unchanged(relative, corpus_dir):
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    document = read_file(corpus_dir / relative, display_path=relative,
                         options=ReadOptions(ocr=False, render_docx=False))
    payload = json.loads(document.model_dump_json())
    check_golden("document__" + relative.replace("/", "__") + ".json", payload)


@pytest.mark.slow
@pytest.mark.requires_soffice
@pytest.mark.requires_cjk_font
def test_full_review_of_the_sample_is_unchanged(shared_workspace):
    """`prefill --format json` and `check --format json` of the bundled sample, through the
    same functions the CLI calls."""
    from assistant.app.review_run import run_review
    from assistant.reports.check_report import check_payload, package_errors
    from assistant.reports.prefill_document import prefill_document

    review = run_review(REPO / "samples" / "sample_package", Settings(workspace=shared_workspace, workers=2))
    check_golden("sample_prefill.json", json.loads(json.dumps(prefill_document(review), ensure_ascii=False)))
    findings = check_payload(review.findings, package_errors(review.package))
    check_golden("sample_findings.json", json.loads(json.dumps(findings, ensure_ascii=False)))
