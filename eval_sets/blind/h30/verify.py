"""Verify the h30 set:  .venv/bin/python eval_sets/blind/h30/verify.py (from the repository)"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))  # the repository

import pypdfium2 as pdfium  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402
from model import A4_LABELS  # noqa: E402


def ws_text(s):
    return re.sub(r"\s+", "", s)


def pdf_pages(path):
    pdf = pdfium.PdfDocument(str(path))
    out = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return out


def main():
    errors = []
    truths = sorted((HERE / "truth").glob("*.json"))
    assert truths, "no truth files"
    nfacts = 0
    for tp in truths:
        t = load_truth(tp)
        root = HERE / t.path
        assert root.is_dir(), root
        if [r.label for r in t.summary_rows] != A4_LABELS:
            errors.append(f"{t.package_id}: summary_rows labels differ from 附件4")
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for name in t.files:
            if not (root / name).is_file():
                errors.append(f"{t.package_id}: missing file {name}")
        extra = on_disk - set(t.files)
        if extra:
            errors.append(f"{t.package_id}: files not in truth: {sorted(extra)}")
        for p in t.problems:
            for name in p.files:
                if not (root / name).is_file() and p.family != "missing_file":
                    errors.append(f"{t.package_id}: problem {p.id} cites missing {name}")
        cache = {}
        for f in t.evidence_facts:
            nfacts += 1
            path = root / f.file
            if f.image_only:
                if path.suffix == ".pdf":
                    texts = cache.setdefault(f.file, pdf_pages(path))
                    if ws_text(texts[f.page - 1]):
                        errors.append(f"{t.package_id}: image_only fact on a text page {f.file} p{f.page}")
                continue
            if path.suffix == ".pdf":
                texts = cache.setdefault(f.file, pdf_pages(path))
                if f.page > len(texts) or ws_text(f.quote) not in ws_text(texts[f.page - 1]):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif path.suffix == ".xlsx":
                wb = cache.setdefault(f.file, load_workbook(path, read_only=True))
                ws = wb.worksheets[f.page - 1]
                cells = [ws_text(str(c)) for row in ws.iter_rows(values_only=True) for c in row if c is not None]
                if not any(ws_text(f.quote) in c for c in cells):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file} sheet {f.page}")
            else:
                errors.append(f"{t.package_id}: text fact in unsupported file {f.file}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print(f"OK: {len(truths)} packages, {nfacts} facts verified")


if __name__ == "__main__":
    main()
