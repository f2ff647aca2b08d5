"""Verify the h28 set: every truth file loads with eval_sets.truth.load_truth, every file named exists,
every text-PDF fact's quote occurs on its page (pypdfium2 text, whitespace-insensitive), XLSX facts occur in
their sheet, summary rows cover the 103 附件4 labels. Run (from the repository): .venv/bin/python eval_sets/blind/h28/verify.py"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

LABELS = None


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


def main() -> int:
    import json
    ref = json.loads((HERE.parents[1] / "independent" / "truth" / "ind01_dianke_clean.json").read_text(encoding="utf-8"))
    labels = [r["label"] for r in ref["summary_rows"]]
    errors = []
    truths = sorted((HERE / "truth").glob("*.json"))
    if not truths:
        errors.append("no truth files")
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        if t.path != f"packages/{t.package_id}" or t.delivery != "folder":
            errors.append(f"{t.package_id}: bad path/delivery")
        if [r.label for r in t.summary_rows] != labels:
            errors.append(f"{t.package_id}: summary labels differ from the 附件4 labels")
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for name in t.files:
            if name not in on_disk:
                errors.append(f"{t.package_id}: missing file {name}")
        for name in on_disk - set(t.files):
            errors.append(f"{t.package_id}: file on disk not in truth: {name}")
        for prob in t.problems:
            for name in prob.files:
                if name not in on_disk and prob.family != "missing_file":
                    errors.append(f"{t.package_id}: problem {prob.id} cites absent file {name}")
        cache = {}
        for f in t.evidence_facts:
            path = root / f.file
            if f.image_only:
                if path.suffix.lower() == ".pdf":
                    n = len(pdfium.PdfDocument(str(path)))
                    if f.page > n:
                        errors.append(f"{t.package_id}: {f.file} has {n} pages < {f.page}")
                continue
            if path.suffix.lower() == ".pdf":
                pages = cache.setdefault(f.file, pdf_pages(path))
                if f.page > len(pages) or squash(f.quote) not in squash(pages[f.page - 1]):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on page {f.page} of {f.file}")
            elif path.suffix.lower() == ".xlsx":
                wb = openpyxl.load_workbook(path, data_only=True)
                ws = wb.worksheets[f.page - 1]
                cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
                if not any(squash(f.quote) == squash(c) or squash(f.quote) in squash(c) for c in cells):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in sheet {f.page} of {f.file}")
            else:
                errors.append(f"{t.package_id}: text fact on unsupported file {f.file}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.summary_rows)} rows, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
