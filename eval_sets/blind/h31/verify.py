"""Verify the h31 truth files:  .venv/bin/python eval_sets/blind/h31/verify.py (from the repository)"""
import re
import sys
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402


def pdf_pages(path):
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(re.sub(r"\s+", "", tp.get_text_range()))
        tp.close()
    pdf.close()
    return out


def xlsx_sheet_text(path, idx):
    wb = openpyxl.load_workbook(path, data_only=False)
    ws = wb.worksheets[idx - 1]
    return re.sub(r"\s+", "", " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None))


errors = 0
truths = sorted((HERE / "truth").glob("*.json"))
for tf in truths:
    t = load_truth(tf)
    root = HERE / t.path
    for rel in t.files:
        if not (root / rel).exists():
            print("MISSING FILE", t.package_id, rel)
            errors += 1
    cache = {}
    checked = 0
    for f in t.evidence_facts:
        p = root / f.file
        q = re.sub(r"\s+", "", f.quote)
        if f.file.endswith(".pdf") and not f.image_only:
            pages = cache.setdefault(f.file, pdf_pages(p))
            if f.page > len(pages) or q not in pages[f.page - 1]:
                print("QUOTE NOT ON PAGE", t.package_id, f.file, f.page, f.quote)
                errors += 1
            checked += 1
        elif f.file.endswith(".xlsx"):
            if q not in xlsx_sheet_text(p, f.page):
                print("QUOTE NOT IN SHEET", t.package_id, f.file, f.page, f.quote)
                errors += 1
            checked += 1
        elif f.file.endswith(".pdf") and f.image_only:
            if len(pdf_pages(p)[f.page - 1]) > 0:
                print("IMAGE-ONLY PAGE HAS TEXT", t.package_id, f.file, f.page)
                errors += 1
    for pr in t.problems:
        for rel in pr.files:
            if rel not in t.files:
                print("PROBLEM FILE UNKNOWN", t.package_id, rel)
                errors += 1
    print(f"{t.package_id}: files={len(t.files)} rows={len(t.summary_rows)} facts={len(t.evidence_facts)} "
          f"(text-checked {checked}) problems={len(t.problems)}")
print("OK" if errors == 0 else f"{errors} ERRORS")
sys.exit(1 if errors else 0)
