"""Checks the h10 set: truth loads (eval_sets.truth), files exist, quotes occur on their pages.

Run: .venv/bin/python eval_sets/blind/h10/verify.py
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

sys.path.insert(0, str(HERE))
from h10lib.notice import SUMMARY_LABELS  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = [squash(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    doc.close()
    return out


def xlsx_sheets(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path, data_only=False)
    return [squash(" ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None))
            for ws in wb.worksheets]


def main() -> int:
    errors = []
    truths = sorted((HERE / "truth").glob("*.json"))
    assert truths, "no truth files"
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        if t.delivery != "folder" or not root.is_dir():
            errors.append(f"{t.package_id}: package folder missing")
            continue
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for name in t.files:
            if name not in on_disk:
                errors.append(f"{t.package_id}: listed file missing: {name}")
        for name in on_disk - set(t.files):
            errors.append(f"{t.package_id}: unlisted file on disk: {name}")
        labels = [r.label for r in t.summary_rows]
        if labels != SUMMARY_LABELS:
            errors.append(f"{t.package_id}: summary_rows labels differ from 附件4")
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            path = root / f.file
            if f.file not in cache:
                if path.suffix == ".pdf":
                    cache[f.file] = pdf_pages(path)
                elif path.suffix == ".xlsx":
                    cache[f.file] = xlsx_sheets(path)
                else:
                    cache[f.file] = [""]
            pages = cache[f.file]
            if f.page > len(pages):
                errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            if f.image_only:
                if pages[f.page - 1] and path.suffix == ".pdf":
                    errors.append(f"{t.package_id}: image_only fact on a page with a text layer: {f.file} p{f.page}")
                continue
            if squash(f.quote) not in pages[f.page - 1]:
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        for pr in t.problems:
            for name in pr.files:
                if name not in t.files and pr.family != "missing_file":
                    errors.append(f"{t.package_id}: problem {pr.id} cites unknown file {name}")
        n_img = sum(f.image_only for f in t.evidence_facts)
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts ({n_img} image-only), "
              f"{len(t.problems)} problems")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
