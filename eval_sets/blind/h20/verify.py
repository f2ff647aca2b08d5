"""Checks the h20 set.  Run: .venv/bin/python eval_sets/blind/h20/verify.py (from the repository)"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(path: Path):
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


def main() -> int:
    errors, n_facts, n_checked = [], 0, 0
    truths = sorted((HERE / "truth").glob("*.json"))
    assert len(truths) >= 4, "expected at least 4 truth files"
    clean = 0
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        if not root.is_dir():
            errors.append(f"{t.package_id}: package folder missing")
            continue
        clean += not t.problems
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for name in t.files:
            if name not in on_disk:
                errors.append(f"{t.package_id}: file in truth missing on disk: {name}")
        for name in on_disk - set(t.files):
            errors.append(f"{t.package_id}: file on disk not in truth: {name}")
        for pr in t.problems:
            for name in pr.files:
                if name not in t.files and pr.family != "missing_file":
                    errors.append(f"{t.package_id}: problem {pr.id} names unknown file {name}")
        cache = {}
        for f in t.evidence_facts:
            n_facts += 1
            path = root / f.file
            if not path.exists():
                errors.append(f"{t.package_id}: fact file missing {f.file}")
                continue
            if f.image_only or path.suffix.lower() != ".pdf":
                continue
            if f.file not in cache:
                cache[f.file] = page_texts(path)
            pages = cache[f.file]
            if f.page > len(pages):
                errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            n_checked += 1
            if squash(f.quote) not in squash(pages[f.page - 1]):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p.{f.page}")
            if squash(f.value) not in squash(f.quote):
                errors.append(f"{t.package_id}: value {f.value!r} not inside quote {f.quote!r}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    if clean != 1:
        errors.append(f"expected exactly one clean package, found {clean}")
    print(f"facts: {n_facts}, text-PDF quotes checked: {n_checked}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
