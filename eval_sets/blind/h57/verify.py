"""Check the h57 set: truth loads, files on disk = truth files, every quote on its page, one clean package,
the clean package's figures audit clean, the planted computable problems really hold, and the special Word
containers (text boxes, sdt, nested tables, notes, fields, OLE object) really are in the DOCX files.

python -m eval_sets.blind.h57.verify [--root DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

import openpyxl

from eval_sets.blind.h57 import pdfkit as pk
from eval_sets.blind.h57.docxkit import docx_text
from eval_sets.blind.h57.labels import LABELS
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent


def squash(t: str) -> str:
    return re.sub(r"\s+", "", t)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    root = ap.parse_args().root
    errors: list[str] = []
    clean = 0
    truths = sorted((root / "truth").glob("*.json"))
    assert len(truths) == 4, truths
    for tp in truths:
        t = load_truth(tp)
        pkg = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append(f"{t.package_id}: summary labels")
        if not t.problems:
            clean += 1
        elif not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            path = pkg / f.file
            if f.image_only:
                if path.suffix.lower() == ".pdf":
                    txt = pk.pdf_page_texts(path.read_bytes())[f.page - 1]
                    if txt.strip():
                        errors.append(f"{t.package_id}: image_only page has text {f.file}:{f.page}")
                continue
            if path.suffix.lower() == ".pdf":
                pages = pk.pdf_page_texts(path.read_bytes())
                ok = squash(f.quote) in squash(pages[f.page - 1])
            elif path.suffix.lower() == ".xlsx":
                ws = openpyxl.load_workbook(path).worksheets[f.page - 1]
                ok = any(squash(f.quote) in squash(str(c.value)) for r in ws.iter_rows() for c in r if c.value is not None)
            else:
                ok = squash(f.quote) in squash(docx_text(path))
            if not ok:
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file}:{f.page}")
        rows = {r.label: r.normalized for r in t.summary_rows}
        # formula audit of the declared figures (clean package must hold; problem packages only where planted)
        fam = {p.family for p in t.problems}
        checks = {
            "identity": rows["平台团队总人数（人）"] == rows["运维人数（人）"] + rows["运营人数（人）"],
            "formula": abs(rows["平台相关研发投入强度（%）"] - round(rows["平台相关研发投入（万元）"] / rows["平台相关营业收入（万元）"] * 100, 2)) < 0.006,
            "breakdown_sum": sum(rows["按二级分类统计工业设备数量（台/套）"].values()) == rows["连接的工业设备/产品/产线种类及数量（台/套）"],
            "blank": rows["平台交易规模年增长率（%）"] is not None,
        }
        three = rows["平台近三年经营指标情况"]
        checks["growth_rate"] = abs(three["2023年增长率（%）"] - round((three["2023年平台营收（万元）"] / three["2022年平台营收（万元）"] - 1) * 100, 2)) < 0.006
        for name, holds in checks.items():
            if holds == (name in fam):
                errors.append(f"{t.package_id}: audit {name} holds={holds} but planted={name in fam}")
        # the special Word containers are really there
        form = next(pkg / f for f, r in t.files.items() if r == "申报表")
        z = zipfile.ZipFile(form)
        doc = z.read("word/document.xml").decode("utf-8")
        for needle in ("w:txbxContent", "w:sdtContent", "w:vMerge", "w:gridSpan", "w:footnoteReference", "w:fldSimple", "w:instrText"):
            if needle not in doc:
                errors.append(f"{t.package_id}: 申报表 lacks {needle}")
        if "word/footnotes.xml" not in z.namelist() or not any(n.startswith("word/header") for n in z.namelist()):
            errors.append(f"{t.package_id}: 申报表 lacks footnotes/header part")
        if doc.count("<w:tbl>") < 5:
            errors.append(f"{t.package_id}: nested tables missing")
    if clean != 1:
        errors.append(f"{clean} clean packages")
    for e in errors:
        print("FAIL", e)
    print("ok" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
