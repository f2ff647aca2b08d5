"""Checks the h24 set. Run (from the repository): .venv/bin/python eval_sets/blind/h24/verify.py"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from labels import LABELS  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_texts(path):
    doc = pdfium.PdfDocument(str(path))
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def main():
    errors = []
    truths = sorted((HERE / "truth").glob("*.json"))
    assert truths, "no truth files"
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        where = t.package_id
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append(f"{where}: summary_rows labels differ from 附件4 labels")
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for name in t.files:
            if name not in on_disk:
                errors.append(f"{where}: file in truth missing: {name}")
        for name in on_disk - set(t.files):
            errors.append(f"{where}: file on disk not in truth: {name}")
        for prob in t.problems:
            for name in prob.files:
                if name not in t.files and prob.family != "missing_file":
                    errors.append(f"{where}: problem {prob.id} cites unknown file {name}")
        cache = {}
        for f in t.evidence_facts:
            path = root / f.file
            if f.file.endswith(".pdf"):
                texts = cache.setdefault(f.file, pdf_texts(path))
                if f.page > len(texts):
                    errors.append(f"{where}: {f.file} has no page {f.page}")
                    continue
                if f.image_only:
                    continue
                if squash(f.quote) not in squash(texts[f.page - 1]):
                    errors.append(f"{where}: quote {f.quote!r} not on {f.file} p.{f.page}")
            elif f.file.endswith(".xlsx"):
                wb = openpyxl.load_workbook(path, data_only=False)
                if f.page > len(wb.worksheets):
                    errors.append(f"{where}: {f.file} has no sheet {f.page}")
                    continue
                ws = wb.worksheets[f.page - 1]
                cells = {squash(str(c.value)) for row in ws.iter_rows() for c in row if c.value is not None}
                if squash(f.quote) not in cells and not any(squash(f.quote) in c for c in cells):
                    errors.append(f"{where}: quote {f.quote!r} not in sheet {f.page} of {f.file}")
            elif f.file.endswith(".png"):
                if not f.image_only or f.page != 1:
                    errors.append(f"{where}: PNG fact must be image_only on page 1: {f.quote}")
            else:
                errors.append(f"{where}: unexpected evidence type {f.file}")
        # scans must be image-only
        for name, role in t.files.items():
            if name.endswith(".pdf") and role in ("申报表扫描件", "承诺", "evidence:audit_report"):
                if role == "承诺" or "扫描" in name or role == "申报表扫描件" or role == "evidence:audit_report":
                    txt = "".join(pdf_texts(root / name))
                    if txt.strip():
                        errors.append(f"{where}: scan {name} has a text layer")
        print(f"{where}: {len(t.files)} files, {len(t.summary_rows)} rows, {len(t.evidence_facts)} facts, "
              f"{len(t.problems)} problems")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
