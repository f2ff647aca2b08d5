"""Checks the h16 set: truth loads, files exist, every text-PDF quote is on its page.

    .venv/bin/python eval_sets/blind/h16/verify.py
"""
from __future__ import annotations

import re
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
sys.path.insert(0, str(HERE))

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402
from labels import LABELS  # noqa: E402

ws = lambda s: re.sub(r"\s+", "", s)  # noqa: E731


def pdf_pages(path):
    doc = pdfium.PdfDocument(str(path))  # must open without a password
    out = []
    for i in range(len(doc)):
        out.append(doc[i].get_textpage().get_text_range())
    return out


def form_values(path, page):
    """Values of the AcroForm fields (form layer) on a page: text that pdfium's text layer does not show."""
    import pypdf
    r = pypdf.PdfReader(str(path))
    out = []
    for a in r.pages[page - 1].get("/Annots") or []:
        a = a.get_object()
        if a.get("/Subtype") == "/Widget" and a.get("/V") is not None:
            out.append(ws(str(a["/V"])))
    return out


def main():
    errors = []
    truths = sorted((HERE / "truth").glob("*.json"))
    assert len(truths) >= 4, "expected at least 4 packages"
    n_facts = n_probs = 0
    clean = 0
    for tf in truths:
        t = load_truth(tf)
        where = HERE / t.path
        tmp = None
        if t.delivery == "zip":
            assert where.suffix == ".zip" and where.is_file(), where
            tmp = tempfile.TemporaryDirectory()
            with zipfile.ZipFile(where) as z:
                z.extractall(tmp.name)
            root = Path(tmp.name)
        else:
            root = where
            assert root.is_dir(), root
        labels = [r.label for r in t.summary_rows]
        if labels != LABELS:
            errors.append(f"{t.package_id}: summary rows differ from the 103 附件4 labels")
        for name in t.files:
            if not (root / name).is_file():
                errors.append(f"{t.package_id}: missing file {name}")
        for p in t.problems:
            for name in p.files:
                if name not in t.files and p.family != "missing_file":
                    errors.append(f"{t.package_id}: problem {p.id} file {name}")
        cache = {}
        for f in t.evidence_facts:
            path = root / f.file
            suf = path.suffix.lower()
            if suf == ".pdf":
                if f.file not in cache:
                    cache[f.file] = pdf_pages(path)
                pages = cache[f.file]
                if f.page > len(pages):
                    errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                    continue
                if not f.image_only and ws(f.quote) not in ws(pages[f.page - 1]) \
                        and ws(f.quote) not in form_values(path, f.page):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p.{f.page}")
                if f.image_only and ws(f.quote) in ws(pages[f.page - 1]):
                    errors.append(f"{t.package_id}: image_only quote {f.quote!r} is in the text layer of {f.file} p.{f.page}")
            elif suf == ".xlsx":
                wb = openpyxl.load_workbook(path)
                if f.page > len(wb.worksheets):
                    errors.append(f"{t.package_id}: {f.file} has no sheet {f.page}")
                    continue
                sh = wb.worksheets[f.page - 1]
                vals = {ws(str(c.value)) for row in sh.iter_rows() for c in row if c.value is not None}
                if ws(f.quote) not in vals:
                    errors.append(f"{t.package_id}: quote {f.quote!r} not a cell of {f.file} sheet {f.page}")
            elif suf in (".png", ".jpg"):
                Image.open(path).verify()
                if f.page != 1 or not f.image_only:
                    errors.append(f"{t.package_id}: image fact must be page 1 and image_only: {f.file}")
            else:
                errors.append(f"{t.package_id}: unexpected evidence type {f.file}")
        # every PDF in the package opens without a password
        for name in t.files:
            if name.lower().endswith(".pdf"):
                try:
                    pdfium.PdfDocument(str(root / name))
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{t.package_id}: {name} does not open: {e}")
        n_facts += len(t.evidence_facts)
        n_probs += len(t.problems)
        clean += not t.problems
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
        if tmp:
            tmp.cleanup()
    if clean != 1:
        errors.append(f"expected exactly one clean package, got {clean}")
    for e in errors:
        print("ERROR", e)
    print(f"total: {len(truths)} packages, {n_facts} facts, {n_probs} problems")
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
