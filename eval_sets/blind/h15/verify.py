"""Checks the h15 holdout set. Run: .venv/bin/python eval_sets/blind/h15/verify.py

- every truth file loads with eval_sets.truth.load_truth;
- every file named in the truth exists (files, facts, problems except missing_file);
- every fact quote occurs on its page: text PDFs via pypdfium2 (whitespace-insensitive), XLSX on the 1-based
  worksheet, CSV/DOCX in the file text; image-only facts must sit in image-only files (PNG or PDF without text);
- 附件4 rows are exactly the 103 labels; clean packages have no problems, others 3–6.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository

from eval_sets.truth import load_truth  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


_cache: dict = {}


def page_text(path: Path, page: int) -> str:
    key = (path, page)
    if key in _cache:
        return _cache[key]
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        txt = doc[page - 1].get_textpage().get_text_range()
        doc.close()
    elif suf == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        ws = wb.worksheets[page - 1]
        txt = "\n".join(" ".join("" if c is None else str(c) for c in row) for row in ws.iter_rows(values_only=True))
    elif suf == ".csv":
        txt = path.read_text(encoding="utf-8-sig")
    elif suf == ".docx":
        import docx
        d = docx.Document(str(path))
        txt = "\n".join(p.text for p in d.paragraphs)
        for t in d.tables:
            for r in t.rows:
                txt += "\n" + " ".join(c.text for c in r.cells)
    else:
        txt = ""
    _cache[key] = txt
    return txt


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    n = len(doc)
    doc.close()
    return n


def main() -> int:
    labels = None
    errors: list[str] = []
    truths = sorted((HERE / "truth").glob("*.json"))
    if not truths:
        print("no truth files")
        return 1
    for tp in truths:
        t = load_truth(tp)
        root = HERE / t.path
        if t.path != f"packages/{t.package_id}" or t.delivery != "folder":
            errors.append(f"{t.package_id}: path/delivery")
        if not root.is_dir():
            errors.append(f"{t.package_id}: package folder missing")
        for rel in t.files:
            if not (root / rel).is_file():
                errors.append(f"{t.package_id}: missing file {rel}")
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        extra = on_disk - set(t.files)
        if extra:
            errors.append(f"{t.package_id}: files not in truth: {sorted(extra)}")
        row_labels = [r.label for r in t.summary_rows]
        if labels is None:
            labels = row_labels
        if row_labels != labels or len(row_labels) != 103:
            errors.append(f"{t.package_id}: summary row labels differ ({len(row_labels)})")
        for f in t.evidence_facts:
            path = root / f.file
            if not path.is_file():
                errors.append(f"{t.package_id}: fact file missing {f.file}")
                continue
            if path.suffix.lower() == ".pdf" and f.page > pdf_pages(path):
                errors.append(f"{t.package_id}: page {f.page} beyond {f.file}")
                continue
            txt = page_text(path, f.page)
            if f.image_only:
                if squash(txt):
                    errors.append(f"{t.package_id}: image_only fact in a file with text: {f.file} p{f.page}")
                continue
            if squash(f.quote) not in squash(txt):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        for p in t.problems:
            for rel in p.files:
                if p.family != "missing_file" and not (root / rel).is_file():
                    errors.append(f"{t.package_id}: problem {p.id} cites missing {rel}")
        n = len(t.problems)
        if "clean" in t.package_id and n:
            errors.append(f"{t.package_id}: clean package with problems")
        if "clean" not in t.package_id and not 3 <= n <= 6:
            errors.append(f"{t.package_id}: {n} problems")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {n} problems")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
