"""Checks the h27 truth files:  .venv/bin/python eval_sets/blind/h27/verify.py (from the repository)

- every truth file loads with eval_sets.truth.load_truth;
- every file named in `files` exists (and nothing in the package folder is unlisted);
- every text-PDF fact's quote occurs on its page (pypdfium2 text, whitespace-insensitive);
- XLSX facts: the quote occurs on the given (1-based) worksheet; image-only facts sit in image-only files;
- summary_rows carry the 103 附件4 labels of the independent truth files, in order;
- problem files exist; clean package has no problems, the others 3–6.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

REF = HERE.parents[1] / "independent" / "truth" / "ind01_dianke_clean.json"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return out


def main() -> int:
    errors: list[str] = []
    ref_labels = [r["label"] for r in json.loads(REF.read_text(encoding="utf-8"))["summary_rows"]]
    truths = sorted((HERE / "truth").glob("*.json"))
    if len(truths) < 4:
        errors.append(f"expected at least 4 truth files, found {len(truths)}")
    clean = 0
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        if not root.is_dir():
            errors.append(f"{t.package_id}: package folder {root} missing")
            continue
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for f in t.files:
            if f not in on_disk:
                errors.append(f"{t.package_id}: listed file missing: {f}")
        for f in sorted(on_disk - set(t.files)):
            errors.append(f"{t.package_id}: file on disk not listed in truth: {f}")
        if [r.label for r in t.summary_rows] != ref_labels:
            errors.append(f"{t.package_id}: summary_rows labels differ from the 附件4 label list")
        cache: dict[str, list[str]] = {}
        for fact in t.evidence_facts:
            path = root / fact.file
            where = f"{t.package_id}: {fact.file} p{fact.page} {fact.label} '{fact.quote}'"
            if path.suffix.lower() == ".pdf":
                pages = cache.setdefault(fact.file, pdf_pages(path))
                if fact.page > len(pages):
                    errors.append(f"{where}: page beyond {len(pages)}")
                    continue
                text = squash(pages[fact.page - 1])
                if fact.image_only:
                    if text:
                        errors.append(f"{where}: image_only fact but the page has a text layer")
                elif squash(fact.quote) not in text:
                    errors.append(f"{where}: quote not found on page")
            elif path.suffix.lower() == ".xlsx":
                wb = load_workbook(path, read_only=True)
                if fact.page > len(wb.worksheets):
                    errors.append(f"{where}: sheet beyond {len(wb.worksheets)}")
                    continue
                ws = wb.worksheets[fact.page - 1]
                cells = [squash(str(c)) for row in ws.iter_rows(values_only=True) for c in row if c is not None]
                if not any(squash(fact.quote) in c for c in cells):
                    errors.append(f"{where}: quote not in worksheet {ws.title}")
            elif path.suffix.lower() == ".png":
                if fact.page != 1 or not fact.image_only:
                    errors.append(f"{where}: PNG facts must be page 1 and image_only")
            else:
                errors.append(f"{where}: unexpected evidence format")
        for pr in t.problems:
            for f in pr.files:
                if f not in t.files:
                    errors.append(f"{t.package_id}: problem {pr.id} cites unknown file {f}")
        if not t.problems:
            clean += 1
        elif not 3 <= len(t.problems) <= 6:
            errors.append(f"{t.package_id}: {len(t.problems)} problems (want 3–6)")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    if clean != 1:
        errors.append(f"expected exactly one clean package, found {clean}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
