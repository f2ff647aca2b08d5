"""Verify blind set h52: truth loads, files match, quotes are on their pages, one clean package, formula audit.

    /work/main/.venv/bin/python eval_sets/blind/h52/verify.py [--root DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402
from lib import A4_LABELS  # noqa: E402
from model import audit  # noqa: E402

# computable inconsistencies each package must show (and nothing else)
EXPECTED_AUDIT = {
    "h52_ouyeyun_clean": [],
    "h52_oubei_problems": [],
    "h52_shangfa_problems": ["sum 按二级分类统计工业设备数量（台/套）"],
    "h52_xipaiai_problems": ["g23"],
}
# facts (label, file-suffix) whose value differs from the declared value on purpose, or by accepted rounding
EXPECTED_FACT_DIFF = {
    "h52_ouyeyun_clean": {("开发者注册总数（个）", "3-5 平台运行数据截图.png")},  # 1.3万 vs 12960: display rounding
    "h52_oubei_problems": {("实际服务企业数（个）", "04_平台服务企业情况说明.pdf")},
    "h52_shangfa_problems": {("平台核心软硬件技术获得的软著数量（个）", "附件3-4 Patent and Software Copyright List.pdf")},
    "h52_xipaiai_problems": set(),
}
EXPECTED_SUMMARY_DIFF = {
    "h52_ouyeyun_clean": set(),
    "h52_oubei_problems": {"连接的工业设备/产品/产线种类及数量（台/套）"},
    "h52_shangfa_problems": set(),
    "h52_xipaiai_problems": set(),
}


def pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
    return out


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def xlsx_sheets(path: Path) -> list[str]:
    wb = load_workbook(str(path))
    return ["\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None) for ws in wb.worksheets]


def nk(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def to_num(s: str):
    s = unicodedata.normalize("NFKC", s).replace(",", "").replace("%", "").strip()
    try:
        return float(s)
    except ValueError:
        return None


def summary_table(path: Path) -> dict[str, str]:
    if path.suffix == ".xlsx":
        ws = load_workbook(str(path)).active
        rows = [[c.value for c in r] for r in ws.iter_rows()]
        if len(rows) == 2:  # horizontal
            return {str(a): str(b) for a, b in zip(rows[0], rows[1])}
        return {str(r[0]): str(r[1]) for r in rows[1:] if r and r[0]}
    d = Document(str(path))
    t = d.tables[0]
    return {r.cells[0].text: r.cells[1].text for r in t.rows[1:]}


def check(root: Path) -> int:
    errors = []
    truths = sorted((root / "truth").glob("*.json"))
    clean = 0
    nfacts = nprob = 0
    for tp in truths:
        t = load_truth(tp)
        pkg = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != A4_LABELS:
            errors.append(f"{t.package_id}: summary labels")
        if not t.problems:
            clean += 1
        if not t.problems and t.package_id != "h52_ouyeyun_clean":
            errors.append("unexpected clean package")
        if t.problems and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        nfacts += len(t.evidence_facts)
        nprob += len(t.problems)
        cache = {}
        for f in t.evidence_facts:
            path = pkg / f.file
            if path.suffix == ".pdf":
                pages = cache.setdefault(f.file, pdf_pages(path))
                text = pages[f.page - 1]
                if f.image_only:
                    if text.strip():
                        errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
                elif f.quote not in text:
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif path.suffix == ".xlsx":
                text = cache.setdefault(f.file, xlsx_sheets(path))[f.page - 1]
                if f.quote not in text:
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file} sheet {f.page}")
            elif path.suffix == ".docx":
                if f.quote not in docx_text(path):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file}")
            elif path.suffix == ".png":
                if not f.image_only or f.page != 1:
                    errors.append(f"{t.package_id}: png fact must be image_only page 1")
        # formula / consistency audit of the declared values
        N = {r.label: r.normalized for r in t.summary_rows}
        N["按海外国家分类统计海外设备连接数量（台/套）"] = N["按海外国家分类统计海外设备连接数量（台/套）"] or {}
        got = audit(N)
        if sorted(got) != sorted(EXPECTED_AUDIT[t.package_id]):
            errors.append(f"{t.package_id}: audit {got}")
        if abs(N["平台利润率（%）"] - round(
                [f for f in t.evidence_facts if f.component == "平台利润总额（万元）"][0].normalized
                / N["平台相关营业收入（万元）"] * 100, 2)) > 0.006 and t.package_id != "h52_xipaiai_problems":
            errors.append(f"{t.package_id}: profit margin vs evidence")
        # facts vs declared
        diffs = set()
        for f in t.evidence_facts:
            if f.component:
                if f.component.startswith("20"):
                    year = f.component[:4]
                    if abs(N["平台近三年经营指标情况"][f"{year}年平台营收（万元）"] - f.normalized) > 0.006:
                        diffs.add((f.label + f.component, f.file.split("/")[-1]))
                continue
            if abs(N[f.label] - f.normalized) > 0.006:
                diffs.add((f.label, f.file.split("/")[-1]))
        if diffs != EXPECTED_FACT_DIFF[t.package_id]:
            errors.append(f"{t.package_id}: fact diffs {diffs}")
        # the applicant's 汇总表 vs the 申报表 (truth), after NFKC
        sfile = [k for k, v in t.files.items() if v == "汇总表"][0]
        table = summary_table(pkg / sfile)
        sd = set()
        for r in t.summary_rows:
            cell = table.get(r.label)
            if cell is None:
                sd.add(r.label)
                continue
            if isinstance(r.normalized, (int, float)) and not isinstance(r.normalized, bool):
                x = to_num(cell) if to_num(cell) is not None else to_num(re.sub(r"^是[，,]|家$", "", nk(cell)))
                if x is None or abs(x - r.normalized) > 0.006:
                    sd.add(r.label)
            elif nk(cell).replace(",", "") != nk(r.value).replace(",", "") and r.normalized is not None:
                sd.add(r.label)
        if sd != EXPECTED_SUMMARY_DIFF[t.package_id]:
            errors.append(f"{t.package_id}: summary diffs {sd}")
    if clean != 1:
        errors.append(f"{clean} clean packages")
    for e in errors:
        print("ERROR", e)
    print(f"{len(truths)} packages, {nfacts} facts, {nprob} problems, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(HERE))
    sys.exit(check(Path(ap.parse_args().root)))
