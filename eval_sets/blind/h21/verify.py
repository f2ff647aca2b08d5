"""Checks the h21 set: truth loads, files exist, every text-PDF / XLSX quote is on its page.

Run (from the repository): .venv/bin/python eval_sets/blind/h21/verify.py
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402
from eval_sets.scorer import score_package, truth_outputs  # noqa: E402

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

HERE = Path(__file__).resolve().parent


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_page_text(path, page):
    doc = pdfium.PdfDocument(str(path))
    try:
        if page > len(doc):
            return None
        tp = doc[page - 1].get_textpage()
        return tp.get_text_range()
    finally:
        doc.close()


def main():
    errors, n_facts, n_checked = [], 0, 0
    truths = sorted((HERE / "truth").glob("*.json"))
    assert len(truths) >= 4, "expected at least 4 packages"
    clean = 0
    for tf in truths:
        t = load_truth(tf)
        assert t.package_id == tf.stem
        assert t.path == f"packages/{t.package_id}" and t.delivery == "folder"
        assert len(t.summary_rows) == 103, (t.package_id, len(t.summary_rows))
        root = HERE / t.path
        for rel in t.files:
            if not (root / rel).is_file():
                errors.append(f"{t.package_id}: missing file {rel}")
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for extra in sorted(on_disk - set(t.files)):
            errors.append(f"{t.package_id}: file not in truth: {extra}")
        if not t.problems:
            clean += 1
        elif not (3 <= len(t.problems) <= 6):
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for p in t.problems:
            for rel in p.files:
                if not (root / rel).is_file():
                    errors.append(f"{t.package_id}: problem {p.id} names missing file {rel}")
        for f in t.evidence_facts:
            n_facts += 1
            path = root / f.file
            if f.image_only:
                continue
            if path.suffix.lower() == ".pdf":
                text = pdf_page_text(path, f.page)
                if text is None:
                    errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                    continue
                if not text.strip():
                    errors.append(f"{t.package_id}: {f.file} p{f.page} has no text layer but fact not image_only")
                    continue
                if squash(f.quote) not in squash(text):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
                n_checked += 1
            elif path.suffix.lower() == ".xlsx":
                wb = openpyxl.load_workbook(path, data_only=False)
                ws = wb.worksheets[f.page - 1]
                cells = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
                if squash(f.quote) not in squash(cells):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} sheet {f.page}")
                n_checked += 1
        # scorer selftest: a perfect tool scores 100 %
        prefill, check = truth_outputs(t)
        s = score_package(t, prefill, check)
        if not (s.rows_correct == s.rows_total and s.facts_correct == s.facts_total
                and s.problems_detected == s.problems_total):
            errors.append(f"{t.package_id}: scorer selftest failed")
        print(f"{t.package_id}: files={len(t.files)} facts={len(t.evidence_facts)} problems={len(t.problems)}")
    if clean != 1:
        errors.append(f"expected exactly one clean package, got {clean}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(truths)} packages, {n_facts} facts ({n_checked} text quotes checked), {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
