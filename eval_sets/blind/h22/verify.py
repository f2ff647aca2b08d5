"""Check the h22 set: `.venv/bin/python eval_sets/blind/h22/verify.py` (from the repository).

- every truth file loads with eval_sets.truth.load_truth;
- every file named in the truth exists, and every file in a package is named in its truth;
- every non-image fact's quote occurs (whitespace-insensitive) in the text of its page:
  text PDFs via pypdfium2, DOCX via python-docx (whole text), XLSX via the sheet's cell values;
- image_only facts point at PNG files or PDF pages without a text layer, or DOCX with pictures;
- summary rows are the 103 附件4 labels in order; problem ids unique; a clean package has no problem.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository
sys.path.insert(0, str(HERE))

from eval_sets.truth import load_truth  # noqa: E402
from common import A4_LABELS, pdf_page_texts, docx_text  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def xlsx_sheet_text(path: Path, page: int) -> str:
    from openpyxl import load_workbook
    ws = load_workbook(path).worksheets[page - 1]
    return "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)


def main() -> int:
    errors, n_facts, n_text = [], 0, 0
    truths = sorted((HERE / "truth").glob("*.json"))
    assert truths, "no truth files"
    for tp in truths:
        t = load_truth(tp)
        root = HERE / t.path
        if [r.label for r in t.summary_rows] != A4_LABELS:
            errors.append(f"{t.package_id}: summary_rows labels differ from 附件4")
        for rel in t.files:
            if not (root / rel).is_file():
                errors.append(f"{t.package_id}: missing file {rel}")
        on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        extra = on_disk - set(t.files)
        if extra:
            errors.append(f"{t.package_id}: files not in truth: {sorted(extra)}")
        if "clean" in t.package_id and t.problems:
            errors.append(f"{t.package_id}: clean package has problems")
        if "clean" not in t.package_id and not (3 <= len(t.problems) <= 6):
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        cache = {}
        for f in t.evidence_facts:
            n_facts += 1
            path = root / f.file
            suffix = path.suffix.lower()
            if f.image_only:
                if suffix == ".pdf":
                    texts = cache.setdefault(f.file, pdf_page_texts(path))
                    if f.page > len(texts):
                        errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                    elif squash(f.quote) in squash(texts[f.page - 1]):
                        errors.append(f"{t.package_id}: image_only fact found in the text layer: {f.file} p{f.page} {f.quote}")
                elif suffix == ".docx":
                    if squash(f.quote) in squash(docx_text(path)) and f.quote not in ("",):
                        # a picture table: the figure must not be in the DOCX text
                        errors.append(f"{t.package_id}: image_only fact is DOCX text: {f.file} {f.quote}")
                elif suffix != ".png":
                    errors.append(f"{t.package_id}: image_only fact on {suffix}")
                continue
            n_text += 1
            if suffix == ".pdf":
                texts = cache.setdefault(f.file, pdf_page_texts(path))
                if f.page > len(texts):
                    errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                    continue
                page_text = texts[f.page - 1]
            elif suffix == ".docx":
                page_text = docx_text(path)
            elif suffix == ".xlsx":
                page_text = xlsx_sheet_text(path, f.page)
            else:
                errors.append(f"{t.package_id}: text fact on {suffix}: {f.file}")
                continue
            if squash(f.quote) not in squash(page_text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        print(f"{t.package_id}: files={len(t.files)} facts={len(t.evidence_facts)} problems={len(t.problems)}")
    print(f"facts checked: {n_facts} ({n_text} against a text layer)")
    if errors:
        print("FAILED")
        for e in errors:
            print("  ", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
