"""Checks the h29 set:  .venv/bin/python eval_sets/blind/h29/verify.py (from the repository)

- every truth file loads with eval_sets.truth.load_truth;
- every file named in the truth exists, and every file of the package is named in the truth;
- every text-PDF fact's quote occurs in the pypdfium2 text of its page (whitespace-insensitive);
- XLSX facts: the quote occurs in the (formatted) cell values of the sheet `page`;
- image-only facts point to an existing page of an image file / image-only PDF;
- summary rows: exactly the 103 附件4 labels.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

import pypdfium2 as pdfium  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

LABELS = __import__("json").loads((HERE / "summary_labels.json").read_text(encoding="utf-8"))


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_pages(path):
    doc = pdfium.PdfDocument(str(path))
    texts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return texts


def xlsx_texts(path, sheet_no):
    wb = load_workbook(path)
    ws = wb.worksheets[sheet_no - 1]
    out = []
    for row in ws.iter_rows():
        for c in row:
            v = c.value
            if v is None:
                continue
            out.append(str(v))
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out.append(f"{v:,.2f}")
                out.append(f"{v:.2f}")
    return out


def main():
    errors = []
    truths = sorted((HERE / "truth").glob("*.json"))
    assert truths, "no truth files"
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append(f"{t.package_id}: summary labels differ from 附件4")
        present = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for rel in t.files:
            if rel not in present:
                errors.append(f"{t.package_id}: missing file {rel}")
        for rel in present - set(t.files):
            errors.append(f"{t.package_id}: file not in truth {rel}")
        cache = {}
        for f in t.evidence_facts:
            path = root / f.file
            if f.file.endswith(".pdf"):
                if f.file not in cache:
                    cache[f.file] = pdf_pages(path)
                pages = cache[f.file]
                if f.page > len(pages):
                    errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                    continue
                text = squash(pages[f.page - 1])
                if f.image_only:
                    if text.strip():
                        errors.append(f"{t.package_id}: image_only fact on a text page {f.file} p{f.page}")
                elif squash(f.quote) not in text:
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif f.file.endswith(".xlsx"):
                vals = [squash(v) for v in xlsx_texts(path, f.page)]
                if not any(squash(f.quote) in v for v in vals):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file} sheet {f.page}")
            elif f.file.endswith(".png"):
                if f.page != 1 or not f.image_only:
                    errors.append(f"{t.package_id}: png fact must be page 1, image_only")
        # problems cite existing files
        for p in t.problems:
            for rel in p.files:
                if rel not in t.files:
                    errors.append(f"{t.package_id}: problem {p.id} cites unknown {rel}")
        print(f"{t.package_id}: files {len(t.files)}, rows {len(t.summary_rows)}, facts {len(t.evidence_facts)}, "
              f"problems {len(t.problems)}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
