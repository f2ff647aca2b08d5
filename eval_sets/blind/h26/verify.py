"""Verifies the h26 holdout set. Run (from the repository): .venv/bin/python eval_sets/blind/h26/verify.py"""
import re
import sys
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

ROOT = Path(__file__).resolve().parent
ws = lambda t: re.sub(r"\s+", "", t)  # noqa: E731


def pdf_pages(path):
    pdf = pdfium.PdfDocument(str(path))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def xlsx_sheets(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    return [" ".join(str(c) for row in s.iter_rows(values_only=True) for c in row if c is not None) for s in wb.worksheets]


def main():
    errors = []
    truths = sorted((ROOT / "truth").glob("*.json"))
    assert truths, "no truth files"
    for tp in truths:
        t = load_truth(tp)
        base = ROOT / t.path
        assert t.package_id == tp.stem, tp
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        for rel in t.files:
            if not (base / rel).is_file():
                errors.append(f"{t.package_id}: missing file {rel}")
        on_disk = {str(p.relative_to(base)) for p in base.rglob("*") if p.is_file()}
        for extra in sorted(on_disk - set(t.files)):
            errors.append(f"{t.package_id}: file not in truth {extra}")
        for p in t.problems:
            for rel in p.files:
                if not (base / rel).is_file():
                    errors.append(f"{t.package_id}: problem {p.id} cites missing {rel}")
        cache = {}
        checked = 0
        for f in t.evidence_facts:
            path = base / f.file
            if f.image_only:
                if path.suffix.lower() == ".pdf":
                    n = len(pdfium.PdfDocument(str(path)))
                    if f.page > n:
                        errors.append(f"{t.package_id}: {f.file} has {n} pages < {f.page}")
                continue
            if path.suffix.lower() == ".pdf":
                pages = cache.setdefault(f.file, pdf_pages(path))
            elif path.suffix.lower() == ".xlsx":
                pages = cache.setdefault(f.file, xlsx_sheets(path))
            else:
                errors.append(f"{t.package_id}: text fact in unsupported file {f.file}")
                continue
            if f.page > len(pages) or ws(f.quote) not in ws(pages[f.page - 1]):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on page {f.page} of {f.file}")
            checked += 1
        print(f"{t.package_id}: {len(t.files)} files, {len(t.summary_rows)} rows, {len(t.evidence_facts)} facts "
              f"({checked} text-checked), {len(t.problems)} problems")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
