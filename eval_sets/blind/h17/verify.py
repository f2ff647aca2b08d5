"""Checks the h17 set: truth loads with eval_sets.truth, files exist, quotes occur on the cited page.

Run: .venv/bin/python eval_sets/blind/h17/verify.py
"""
import re
import sys
import unicodedata
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from notice import A4_LABELS  # noqa: E402


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s)))


def pdf_pages(path):
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


def xlsx_sheet_texts(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        vals = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                vals.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    vals.append(f"{v:,.2f}")
                    vals.append(f"{v:,}")
        out.append(" | ".join(vals))
    return out


def main():
    errors = []
    truths = sorted((ROOT / "truth").glob("*.json"))
    assert truths, "no truth files"
    for tf in truths:
        t = load_truth(tf)
        pkg = ROOT / t.path
        if not pkg.is_dir():
            errors.append(f"{t.package_id}: package dir missing")
            continue
        if [r.label for r in t.summary_rows] != A4_LABELS:
            errors.append(f"{t.package_id}: summary rows differ from the 附件4 labels")
        for rel in t.files:
            if not (pkg / rel).is_file():
                errors.append(f"{t.package_id}: missing file {rel}")
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        extra = on_disk - set(t.files)
        if extra:
            errors.append(f"{t.package_id}: files not in truth: {sorted(extra)}")
        cache = {}
        n_checked = 0
        for f in t.evidence_facts:
            path = pkg / f.file
            if f.image_only:
                continue
            if path.suffix.lower() == ".pdf":
                if path not in cache:
                    cache[path] = pdf_pages(path)
                pages = cache[path]
                if f.page > len(pages) or norm(f.quote) not in norm(pages[f.page - 1]):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p.{f.page}")
                    continue
                if not pages[f.page - 1].strip():
                    errors.append(f"{t.package_id}: {f.file} p.{f.page} has no text but fact is not image_only")
            elif path.suffix.lower() == ".xlsx":
                if path not in cache:
                    cache[path] = xlsx_sheet_texts(path)
                sheets = cache[path]
                if f.page > len(sheets) or norm(f.quote) not in norm(sheets[f.page - 1]):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file} sheet {f.page}")
                    continue
            else:
                errors.append(f"{t.package_id}: non-image fact in unsupported file {f.file}")
                continue
            n_checked += 1
        # image-only facts must cite image files or pages without text
        for f in t.evidence_facts:
            if f.image_only and (pkg / f.file).suffix.lower() == ".pdf":
                pages = cache.setdefault(pkg / f.file, pdf_pages(pkg / f.file))
                if pages[f.page - 1].strip():
                    errors.append(f"{t.package_id}: image_only fact on a text page {f.file} p.{f.page}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts ({n_checked} quotes checked in text), "
              f"{len(t.problems)} problems")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
