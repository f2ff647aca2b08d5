"""Checks the h18 set: run as `.venv/bin/python eval_sets/blind/h18/verify.py` from the repository.

- every truth file loads with eval_sets.truth.load_truth (schema + internal consistency);
- every file named in the truth exists, and every file of a package is named in its truth;
- every non-image fact's quote occurs (whitespace-insensitive) in the pypdfium2 text of its PDF page;
- image-only facts sit in PNG/JPG files or in PDFs whose page has no text layer;
- pages are within the document; problem files exist (except missing_file).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

HERE = Path(__file__).resolve().parent


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def main() -> int:
    errors = []
    truths = sorted((HERE / "truth").glob("*.json"))
    if not truths:
        errors.append("no truth files")
    total_facts = total_problems = 0
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        if t.delivery != "folder" or not root.is_dir():
            errors.append(f"{t.package_id}: package folder {root} missing")
            continue
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for name in t.files:
            if name not in on_disk:
                errors.append(f"{t.package_id}: file in truth missing on disk: {name}")
        for name in on_disk - set(t.files):
            errors.append(f"{t.package_id}: file on disk not in truth: {name}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            path = root / f.file
            suffix = path.suffix.lower()
            if suffix in (".png", ".jpg", ".jpeg"):
                if not f.image_only or f.page != 1:
                    errors.append(f"{t.package_id}: image fact {f.label} on {f.file} p{f.page} image_only={f.image_only}")
                continue
            if suffix != ".pdf":
                errors.append(f"{t.package_id}: fact on unsupported file {f.file}")
                continue
            if f.file not in cache:
                cache[f.file] = page_texts(path)
            pages = cache[f.file]
            if not 1 <= f.page <= len(pages):
                errors.append(f"{t.package_id}: {f.file} has {len(pages)} pages, fact cites p{f.page}")
                continue
            text = squash(pages[f.page - 1])
            if f.image_only:
                if text:
                    errors.append(f"{t.package_id}: image_only fact but {f.file} p{f.page} has a text layer")
            elif squash(f.quote) not in text:
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        for p in t.problems:
            if p.family != "missing_file":
                for name in p.files:
                    if not (root / name).exists():
                        errors.append(f"{t.package_id}: problem {p.id} cites missing {name}")
        total_facts += len(t.evidence_facts)
        total_problems += len(t.problems)
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts "
              f"({sum(f.image_only for f in t.evidence_facts)} image-only), {len(t.problems)} problems")
    for e in errors:
        print("ERROR", e)
    print(f"{len(truths)} packages, {total_facts} facts, {total_problems} problems, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
