"""Verify the h23 set: truth loads with eval_sets.truth, files exist, quotes occur on their pages.
Run (from the repository): .venv/bin/python eval_sets/blind/h23/verify.py"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
import pypdfium2 as pdfium  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

ROOT = Path(__file__).resolve().parent
ws = lambda s: re.sub(r"\s+", "", s)


def pdf_pages(path):
    pdf = pdfium.PdfDocument(str(path))
    out = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return out


def main():
    errors, n_facts, n_checked = [], 0, 0
    truths = sorted(ROOT.glob("truth/*.json"))
    assert truths, "no truth files"
    for tp in truths:
        t = load_truth(tp)
        base = ROOT / t.path
        assert t.path == f"packages/{t.package_id}" and t.delivery == "folder"
        for rel in t.files:
            if not (base / rel).is_file():
                errors.append(f"{t.package_id}: missing file {rel}")
        on_disk = {str(p.relative_to(base)) for p in base.rglob("*") if p.is_file()}
        for extra in sorted(on_disk - set(t.files)):
            errors.append(f"{t.package_id}: file not in truth: {extra}")
        for p in t.problems:
            for rel in p.files:
                if p.family != "missing_file" and not (base / rel).is_file():
                    errors.append(f"{t.package_id}: problem {p.id} cites absent {rel}")
        cache = {}
        for f in t.evidence_facts:
            n_facts += 1
            path = base / f.file
            if f.image_only:
                continue
            if path.suffix == ".pdf":
                pages = cache.setdefault(f.file, pdf_pages(path))
                if f.page > len(pages) or ws(f.quote) not in ws(pages[f.page - 1]):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
                n_checked += 1
            elif path.suffix == ".xlsx":
                wb = load_workbook(path)
                sh = wb.worksheets[f.page - 1]
                text = " ".join(str(c.value) for row in sh.iter_rows() for c in row if c.value is not None)
                if ws(f.quote) not in ws(text):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file} sheet {f.page}")
                n_checked += 1
        labels = [r.label for r in t.summary_rows]
        assert len(labels) == 103 and len(set(labels)) == 103, t.package_id
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    for e in errors:
        print("ERROR", e)
    print(f"{len(truths)} packages, {n_facts} facts ({n_checked} text quotes checked), {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
