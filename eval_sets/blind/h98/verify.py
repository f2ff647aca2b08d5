"""Verify the built h98 set; exits 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h98.verify [--root DIR]

Checks: truth loads (eval_sets.truth); every named file exists and nothing else is in the package; every evidence
fact's quote is on its page (PDF text layer, XLSX worksheet cells, or for image-only pages/PNGs the drawn text of
drawn_text.json) and image_only is set exactly when the quote is only in pixels; facts agree with the 申报表 row
(facts never carry a planted wrong figure); summary_rows are the 103 附件4 labels in order and match the 申报表
DOCX and the 汇总表; company figures of the 申报表 equal the audit report; the 申报书 shows exactly the planted
problems (platform name, chapter 七 and its 2024 column, the 300字 summaries, case names ≤30字, wrong figures)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h98.labels import LABELS
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
FAIL: list[str] = []


def norm(t: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", t))


def check(ok: bool, msg: str) -> None:
    if not ok:
        FAIL.append(msg)


_pdf_cache: dict[Path, list[str]] = {}


def pdf_pages(path: Path) -> list[str]:
    if path not in _pdf_cache:
        _pdf_cache[path] = [norm(p.extract_text() or "") for p in pypdf.PdfReader(path).pages]
    return _pdf_cache[path]


def xlsx_sheet_text(path: Path, page: int) -> list[str]:
    wb = openpyxl.load_workbook(path, data_only=False)
    ws = wb.worksheets[page - 1]
    return [norm(str(v)) for row in ws.iter_rows(values_only=True) for v in row if v is not None]


def docx_cells(path: Path) -> list[list[str]]:
    d = docx.Document(path)
    return [[cell.text for cell in row.cells] for t in d.tables for row in t.rows]


def verify_package(tpath: Path, root: Path, drawn: dict) -> tuple[int, int]:
    t = load_truth(tpath)
    pkg = root / "packages" / t.package_id
    on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
    check(on_disk == set(t.files), f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
    for name in t.files:
        check((pkg / name).is_file(), f"{t.package_id}: missing {name}")
    rows = {r.label: r for r in t.summary_rows}
    check([r.label for r in t.summary_rows] == LABELS, f"{t.package_id}: summary_rows are not the 103 附件4 labels")
    role = {v: k for k, v in t.files.items()}
    pd = drawn.get(t.package_id, {})
    # facts
    for f in t.evidence_facts:
        path = pkg / f.file
        q = norm(f.quote)
        if f.file.endswith(".pdf"):
            pages = pdf_pages(path)
            check(1 <= f.page <= len(pages), f"{t.package_id}: {f.file} has no page {f.page}")
            text = pages[f.page - 1] if f.page <= len(pages) else ""
            in_text = q in text
            if f.image_only:
                check(not in_text, f"{t.package_id}: image_only fact found in text layer {f.quote}")
                check(any(q in norm(x) for x in pd.get(f"{f.file}::{f.page}", [])), f"{t.package_id}: drawn quote missing {f.quote}")
            else:
                check(in_text, f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        elif f.file.endswith(".xlsx"):
            check(not f.image_only, f"{t.package_id}: xlsx fact marked image_only")
            check(q in xlsx_sheet_text(path, f.page), f"{t.package_id}: {f.quote!r} not a cell of {f.file} sheet {f.page}")
        elif f.file.endswith(".png"):
            check(f.image_only and f.page == 1, f"{t.package_id}: png fact must be image_only page 1")
            check(any(q == norm(x) for x in pd.get(f"{f.file}::1", [])), f"{t.package_id}: drawn quote missing {f.quote}")
        else:
            check(False, f"{t.package_id}: unexpected fact file {f.file}")
        row = rows.get(f.label)
        if row is not None and not f.component and isinstance(row.normalized, (int, float)) and not isinstance(row.normalized, bool):
            check(abs(float(row.normalized) - float(f.normalized)) < 0.005,
                  f"{t.package_id}: fact {f.label} {f.value} ≠ 申报表 {row.value}")
        if f.component.startswith("2021年") or f.component.startswith("2022年"):
            check(abs(rows["平台近三年经营指标情况"].normalized[f.component] - f.normalized) < 0.005,
                  f"{t.package_id}: component {f.component}")
    # 申报表 DOCX vs rows, 汇总表 vs rows
    cells = docx_cells(pkg / role["申报表"])
    detail = {r[0]: r[1] for r in cells if len(r) == 3}
    for label in LABELS[LABELS.index("平台团队总人数（人）"):]:
        check(norm(detail.get(label, "<none>")) == norm(rows[label].value), f"{t.package_id}: 申报表 cell {label}")
    ws = openpyxl.load_workbook(pkg / role["汇总表"]).worksheets[0]
    summ = {r[0]: r[1] for r in ws.iter_rows(min_row=3, values_only=True)}
    for label in LABELS:
        check(norm(str(summ.get(label))) == norm(rows[label].value), f"{t.package_id}: 汇总表 {label}")
    # company figures: 申报表 (万元) vs audit (元)
    flat = {r[i]: r[i + 1] for r in cells if len(r) == 4 for i in (0, 2)}
    audit = pdf_pages(pkg / role["evidence:audit_report"])[1]
    for k in ("总资产（万元）", "主营业务收入（万元）", "利润总额（万元）", "税金（万元）"):
        yuan = f"{float(flat[k]) * 1e4:,.2f}"
        check(norm(yuan) in audit, f"{t.package_id}: company {k} {flat[k]} not in audit as {yuan}")
    check(t.platform.declared_name == rows["平台名称"].value, f"{t.package_id}: declared name")
    # 申报书
    book = pdf_pages(pkg / role["申报书"])
    whole = "".join(book)
    fams = {p.family for p in t.problems}
    check((norm(t.platform.declared_name) not in book[0]) == ("platform_name" in fams), f"{t.package_id}: cover name")
    has7 = "七、平台相较上年度对比情况" in whole
    check(has7 or "section7" in fams, f"{t.package_id}: 七 missing but not planted")
    check(("技术创新点总结" in whole) != ("missing_section" in fams), f"{t.package_id}: 二 summary")
    check("应用创新点总结" in whole, f"{t.package_id}: 三 summary")
    names = re.findall(r"案例\d:(.*?)企业简介", whole)
    check(len(names) == 3, f"{t.package_id}: case names {names}")
    check(any(len(n) > 30 for n in names) == ("char_limit" in fams), f"{t.package_id}: case name length {[len(n) for n in names]}")
    for p in t.problems:
        m = re.search(r"第(\d+)页", p.description)
        if m and p.family in ("narrative_vs_form", "section7"):
            num = re.search(r"(?:为|达)(\d[\d,]*)", p.description).group(1)
            check(norm(num) in book[int(m.group(1)) - 1], f"{t.package_id}: {p.id} figure {num} not on p{m.group(1)}")
    return len(t.evidence_facts), len(t.problems)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    args = ap.parse_args(argv)
    drawn = json.loads((args.root / "drawn_text.json").read_text(encoding="utf-8"))
    truths = sorted((args.root / "truth").glob("*.json"))
    check(len(truths) == 4, f"expected 4 truth files, got {len(truths)}")
    nf = npb = 0
    for tp in truths:
        a, b = verify_package(tp, args.root, drawn)
        nf, npb = nf + a, npb + b
        print(f"{tp.stem}: {a} facts, {b} problems")
    print(f"total: {len(truths)} packages, {nf} facts, {npb} problems")
    if FAIL:
        print("\n".join(f"FAIL {m}" for m in FAIL))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
