"""Verify the h67 blind set: truth loads, files match, quotes on their pages, one clean package, audits.

    /work/main/.venv/bin/python eval_sets/blind/h67/verify.py [--root DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path[:0] = [str(HERE), str(REPO)]

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

PLACEHOLDERS = ["待补充", "待定", "XXX", "TBD", "（请简要", "请结合评价指标体系", "年    月    日"]


def squash(t: str) -> str:
    return re.sub(r"\s+", "", t)


def pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
    doc.close()
    return out


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return re.sub(r"<[^>]+>", "", xml.replace("</w:p>", "\n").replace("</w:tc>", "\t"))


def xlsx_sheets(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return ["\n".join("\t".join("" if c is None else str(c) for c in row) for row in ws.iter_rows(values_only=True))
            for ws in wb.worksheets]


def file_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(pdf_pages(path))
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".xlsx":
        return "\n".join(xlsx_sheets(path))
    return ""


def check_package(root: Path, truth_path: Path) -> list[str]:
    errs = []
    t = load_truth(truth_path)
    pkg = root / "packages" / t.package_id
    on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
    if on_disk != set(t.files):
        errs.append(f"{t.package_id}: files differ: extra {on_disk - set(t.files)}, missing {set(t.files) - on_disk}")
    if len(t.summary_rows) != 103:
        errs.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
    for f in t.evidence_facts:
        path = pkg / f.file
        if f.image_only:
            if path.suffix == ".pdf" and squash(pdf_pages(path)[f.page - 1]):
                errs.append(f"{t.package_id}: image_only fact on a page with text: {f.file} p{f.page}")
            continue
        if path.suffix == ".pdf":
            pages = pdf_pages(path)
            text = pages[f.page - 1] if f.page <= len(pages) else ""
        elif path.suffix == ".xlsx":
            sheets = xlsx_sheets(path)
            text = sheets[f.page - 1] if f.page <= len(sheets) else ""
        else:
            text = docx_text(path)
        if squash(f.quote) not in squash(text):
            errs.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
    rows = {r.label: r for r in t.summary_rows}
    # formula audit of the declared values (all packages: drafts are incomplete, not inconsistent)
    n = {k: r.normalized for k, r in rows.items()}
    def close(a, b):
        return abs(a - b) <= 0.005 + 1e-9
    if n["运维人数（人）"] + n["运营人数（人）"] != n["平台团队总人数（人）"]:
        errs.append(f"{t.package_id}: team sum")
    rev = n["平台相关营业收入（万元）"]
    if not close(round(n["平台相关研发投入（万元）"] / rev * 100, 2), n["平台相关研发投入强度（%）"]):
        errs.append(f"{t.package_id}: rd intensity")
    if not close(round(n["存储工业数据量（TB）"] / n["存储容量（TB）"] * 100, 2), n["存储资源利用率（%）"]):
        errs.append(f"{t.package_id}: storage ratio")
    for lab, total in (("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                       ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                       ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
                       ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"), ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
                       ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")):
        if isinstance(n[lab], dict) and sum(n[lab].values()) != n[total]:
            errs.append(f"{t.package_id}: breakdown {lab}")
    if n["工业APP数量（个）"] != n["基于平台开发的工业APP数量（个）"] + n["云化工业软件数量（个）"]:
        errs.append(f"{t.package_id}: app split")
    if n["服务本市企业数量（个）"] != n["按省市区域统计服务企业数（个）"]["上海"]:
        errs.append(f"{t.package_id}: 本市")
    # facts agree with declared values (no declared_vs_evidence problem is planted in h67)
    for f in t.evidence_facts:
        if not f.component and f.label in n and isinstance(n[f.label], (int, float)) and not isinstance(n[f.label], bool):
            if not close(float(f.normalized), float(n[f.label])):
                errs.append(f"{t.package_id}: fact {f.label} {f.normalized} != declared {n[f.label]}")
    if not t.problems:
        # clean: no placeholder anywhere in text files, 汇总表 filled and equal to the form's values
        for rel in t.files:
            txt = file_text(pkg / rel)
            for ph in PLACEHOLDERS:
                if ph in txt:
                    errs.append(f"{t.package_id}: placeholder {ph!r} in {rel}")
            if re.search(r"待(?!遇|客)", txt):
                errs.append(f"{t.package_id}: 「待」 in {rel}")
        summ = [rel for rel, role in t.files.items() if role == "汇总表"][0]
        txt = squash(file_text(pkg / summ))
        for r in t.summary_rows:
            if r.value and squash(r.value) not in txt:
                errs.append(f"{t.package_id}: 汇总表 lacks {r.label}={r.value}")
    else:
        for p in t.problems:
            for rel in p.files:
                if rel not in t.files:
                    errs.append(f"{t.package_id}: problem {p.id} cites absent {rel}")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    root = ap.parse_args().root
    truths = sorted((root / "truth").glob("*.json"))
    errs = []
    clean = 0
    for tp in truths:
        t = load_truth(tp)
        clean += not t.problems
        if t.problems and not 2 <= len(t.problems) <= 5:
            errs.append(f"{t.package_id}: {len(t.problems)} problems")
        errs += check_package(root, tp)
    if clean != 1:
        errs.append(f"{clean} clean packages, want 1")
    if len(truths) != 4:
        errs.append(f"{len(truths)} packages, want 4")
    for e in errs:
        print("FAIL", e)
    print(f"{len(truths)} packages, {clean} clean, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
