"""Verify the h25 set.   .venv/bin/python eval_sets/blind/h25/verify.py (from the repository)

- every truth file loads with eval_sets.truth.load_truth;
- every file named in the truth exists (except files a missing_file problem says are absent);
- every fact's quote occurs (whitespace-insensitive) in the text of its page: pypdfium2 page text for text PDFs,
  the worksheet's cell texts for XLSX (page = 1-based worksheet), the decoded text for CSV; image-only facts
  must sit on a PNG or an image-only PDF page (no text layer);
- every 附件4 label is present once; clean package has no problems, problem packages 3-6.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_page_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        tp = doc[page - 1].get_textpage()
        return tp.get_text_range()
    finally:
        doc.close()


def xlsx_sheet_text(path: Path, page: int) -> str:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb.worksheets[page - 1]
    out = []
    for row in ws.iter_rows(values_only=True):
        for v in row:
            if v is not None:
                out.append(str(v))
    wb.close()
    return "\n".join(out)


def main() -> int:
    errors = []
    truths = sorted((HERE / "truth").glob("*.json"))
    if not truths:
        errors.append("no truth files")
    total_facts = 0
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        absent = {f for p in t.problems if p.family == "missing_file" for f in p.files}
        for rel in t.files:
            if not (root / rel).is_file():
                errors.append(f"{t.package_id}: missing file {rel}")
        for rel in absent:
            if (root / rel).exists():
                errors.append(f"{t.package_id}: file said to be missing exists: {rel}")
        labels = [r.label for r in t.summary_rows]
        if len(labels) != 103 or len(set(labels)) != 103:
            errors.append(f"{t.package_id}: summary rows {len(labels)}")
        is_clean = "clean" in t.package_id
        if is_clean and t.problems:
            errors.append(f"{t.package_id}: clean package with problems")
        if not is_clean and not 3 <= len(t.problems) <= 6:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        cache = {}
        for f in t.evidence_facts:
            total_facts += 1
            path = root / f.file
            key = (f.file, f.page)
            suffix = path.suffix.lower()
            if f.image_only:
                if suffix == ".pdf":
                    text = pdf_page_text(path, f.page)
                    if squash(text):
                        errors.append(f"{t.package_id}: image_only fact on a text page {f.file} p{f.page}")
                elif suffix not in (".png", ".jpg"):
                    errors.append(f"{t.package_id}: image_only fact on {f.file}")
                continue
            if key not in cache:
                if suffix == ".pdf":
                    cache[key] = pdf_page_text(path, f.page)
                elif suffix == ".xlsx":
                    cache[key] = xlsx_sheet_text(path, f.page)
                elif suffix == ".csv":
                    raw = path.read_bytes()
                    try:
                        cache[key] = raw.decode("utf-8-sig")
                    except UnicodeDecodeError:
                        cache[key] = raw.decode("gbk")
                else:
                    errors.append(f"{t.package_id}: cannot check fact on {f.file}")
                    cache[key] = ""
            if squash(f.quote) not in squash(cache[key]):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        print(f"{t.package_id}: files {len(t.files)}, facts {len(t.evidence_facts)}, problems {len(t.problems)}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)", f"({len(truths)} packages, {total_facts} facts)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
