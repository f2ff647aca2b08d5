"""Verify the h13 holdout set.  Run:  .venv/bin/python eval_sets/blind/h13/verify.py

Checks: every truth file loads with eval_sets.truth.load_truth; files named in the truth exist and every file of a
package folder is named; summary_rows are the 附件4 labels in order; every evidence fact's quote occurs on its page
(text PDFs: pypdfium2 page text; XLSX: the worksheet's cells; image-only pages: the text this build drew there,
recorded in truth_drawn/); image-only facts sit on pages without a text layer; problem files exist.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository
sys.path.insert(0, str(HERE))

from eval_sets.truth import load_truth  # noqa: E402
from labels import LABELS  # noqa: E402

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_texts(path):
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    doc.close()
    return out


def xlsx_texts(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    cells.append(str(c.value))
        out.append("\n".join(cells))
    return out


def main():
    errors = []
    truths = sorted((HERE / "truth").glob("*.json"))
    if not truths:
        errors.append("no truth files")
    total_facts = total_problems = 0
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        tag = t.package_id
        if tf.stem != t.package_id:
            errors.append(f"{tag}: truth file name differs from package_id")
        if not root.is_dir():
            errors.append(f"{tag}: package folder {root} missing")
            continue
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for f in t.files:
            if f not in on_disk:
                errors.append(f"{tag}: file in truth missing on disk: {f}")
        for f in on_disk - set(t.files):
            errors.append(f"{tag}: file on disk not named in truth: {f}")
        labels = [r.label for r in t.summary_rows]
        if labels != LABELS:
            errors.append(f"{tag}: summary_rows labels differ from the 附件4 label list")
        drawn = json.loads((HERE / "truth_drawn" / f"{tag}.json").read_text(encoding="utf-8"))
        cache = {}
        for fact in t.evidence_facts:
            path = root / fact.file
            if not path.exists():
                errors.append(f"{tag}: fact file missing {fact.file}")
                continue
            suffix = path.suffix.lower()
            if fact.image_only:
                key = f"{fact.file}#{fact.page}"
                texts = drawn.get(key, [])
                if not any(squash(fact.quote) in squash(x) for x in texts):
                    errors.append(f"{tag}: image-only quote {fact.quote!r} not drawn on {key}")
                if suffix == ".pdf":
                    pages = cache.setdefault(fact.file, pdf_texts(path))
                    if fact.page > len(pages):
                        errors.append(f"{tag}: page {fact.page} beyond {fact.file} ({len(pages)} pages)")
                    elif squash(pages[fact.page - 1]):
                        errors.append(f"{tag}: image-only fact on a page with a text layer: {fact.file} p{fact.page}")
                elif suffix == ".png" and fact.page != 1:
                    errors.append(f"{tag}: PNG fact page must be 1")
                continue
            if suffix == ".pdf":
                pages = cache.setdefault(fact.file, pdf_texts(path))
            elif suffix == ".xlsx":
                pages = cache.setdefault(fact.file, xlsx_texts(path))
            else:
                errors.append(f"{tag}: text fact in unsupported file type {fact.file}")
                continue
            if fact.page > len(pages):
                errors.append(f"{tag}: page {fact.page} beyond {fact.file} ({len(pages)} pages)")
                continue
            if squash(fact.quote) not in squash(pages[fact.page - 1]):
                errors.append(f"{tag}: quote {fact.quote!r} not on {fact.file} p{fact.page}")
        for pr in t.problems:
            if pr.family == "missing_file":
                continue
            for f in pr.files:
                if not (root / f).exists():
                    errors.append(f"{tag}: problem {pr.id} names missing file {f}")
        n_err = sum(p.severity == "error" for p in t.problems)
        print(f"{tag}: files={len(t.files)} facts={len(t.evidence_facts)} problems={len(t.problems)} "
              f"(error {n_err}, warning {len(t.problems) - n_err})")
        total_facts += len(t.evidence_facts)
        total_problems += len(t.problems)
    clean = [t for t in truths if not load_truth(t).problems]
    if len(clean) != 1:
        errors.append(f"expected exactly one clean package, found {len(clean)}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(truths)} packages, {total_facts} facts, {total_problems} problems: "
          f"{'OK' if not errors else str(len(errors)) + ' errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
