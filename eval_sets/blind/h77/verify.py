"""Verify blind set h77 against its built packages. Exit 1 on any failure.

    .venv/bin/python eval_sets/blind/h77/verify.py                  # packages/ and truth/ of this folder
    .venv/bin/python eval_sets/blind/h77/verify.py --root /tmp/x    # a build made with build.py --out /tmp/x

Checks: truth loads with eval_sets.truth.load_truth; files on disk = truth files; every fact's quote is on
its page (PDF text via pypdfium2, XLSX sheet = page, image-only pages have no text layer and the quote is
among the strings drawn there); values normalise as stated; 103 附件4 rows in the independent set's
order; the clean package is internally consistent (team sum, R&D intensity, profit rate, ROI, paid share,
storage use, growth rates, breakdown sums, 其中 subsets, appendix categories, case averages, text limits),
its 汇总表 equals the truth, every 附件 reference resolves, every index entry exists and every count
agrees with the certificates counted; each problem package has exactly the inconsistencies it claims.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
for p in (str(HERE), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)

import h77common as C
import h77kit
import pkg_huaxing
import pkg_tansuo
import pkg_xinhua
import pkg_xipaie
import pypdfium2 as pdfium
from openpyxl import load_workbook

from eval_sets.truth import load_truth

MODULES = {m.PID: m for m in (pkg_xipaie, pkg_tansuo, pkg_huaxing, pkg_xinhua)}
FAIL: list[str] = []


def fail(msg: str) -> None:
    FAIL.append(msg)
    print("FAIL", msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


_pdf_cache: dict = {}


def pdf_pages(path: Path) -> list[str]:
    if path not in _pdf_cache:
        doc = pdfium.PdfDocument(str(path))
        texts = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            texts.append(tp.get_text_range())
            tp.close()
        doc.close()
        _pdf_cache[path] = texts
    return _pdf_cache[path]


def xlsx_cells(path: Path, sheet: int) -> list[str]:
    wb = load_workbook(str(path))
    ws = wb.worksheets[sheet - 1]
    out = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            out.append(str(c.value))
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                out.append(f"{c.value:,}")
                out.append(f"{c.value:,.2f}")
    return out


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def file_text(path: Path) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".xlsx":
        wb = load_workbook(str(path))
        return "\n".join("\n".join(xlsx_cells(path, i + 1)) for i in range(len(wb.worksheets)))
    if path.suffix == ".pdf":
        return "\n".join(pdf_pages(path))
    return ""


def parse_number(value: str, unit: str) -> float:
    v = value.replace(",", "").replace("个", "").replace("%", "").strip()
    x = float(v)
    if unit == "元":
        x = C.wan(value)
    return x


def check_fact(f, pkg_dir: Path, arts: dict) -> None:
    path = pkg_dir / f.file
    art = arts[f.file]
    if f.normalized is not None and abs(parse_number(f.value, f.unit) - f.normalized) > 0.005:
        fail(f"{f.file} p{f.page}: value {f.value} {f.unit} does not normalise to {f.normalized}")
    if art.image_only(f.page) != f.image_only:
        fail(f"{f.file} p{f.page}: image_only flag {f.image_only} wrong")
    if path.suffix == ".xlsx":
        cells = xlsx_cells(path, f.page)
        if not any(squash(f.quote) in squash(c) for c in cells):
            fail(f"{f.file} sheet {f.page}: quote {f.quote!r} not found")
        return
    pages = pdf_pages(path)
    if f.page > len(pages):
        fail(f"{f.file}: page {f.page} > {len(pages)}")
        return
    if f.image_only:
        if pages[f.page - 1].strip():
            fail(f"{f.file} p{f.page}: image-only page has a text layer")
        drawn = squash("".join(h77kit.page_texts(art.doc)[f.page - 1]))
        if squash(f.quote) not in drawn:
            fail(f"{f.file} p{f.page}: quote {f.quote!r} is not drawn on the page")
    elif squash(f.quote) not in squash(pages[f.page - 1]):
        fail(f"{f.file} p{f.page}: quote {f.quote!r} not in the text layer")


def check_layers(pkg, pkg_dir: Path) -> None:
    for art in pkg.artifacts:
        if art.kind not in ("scan", "mixed", "pdf"):
            continue
        pages = pdf_pages(pkg_dir / art.rel)
        expected = len(h77kit.layout(art.doc))
        if len(pages) != expected:
            fail(f"{art.rel}: {len(pages)} pages, layout says {expected}")
        for i, text in enumerate(pages, 1):
            if art.image_only(i) and text.strip():
                fail(f"{art.rel} p{i}: should be image-only")
            if not art.image_only(i) and not text.strip():
                fail(f"{art.rel} p{i}: should have a text layer")


def annex_refs(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"附件3-(\d{1,2})(?!\d)", text)}


def present_annexes(pkg, pkg_dir: Path) -> set[int]:
    found = set()
    for art in pkg.artifacts:
        for m in re.finditer(r"(?:附件)?3-(\d+)", art.rel):
            if "附件3-" in art.rel or re.search(r"(^|/)3-\d+ ", art.rel):
                found.add(int(m.group(1)))
        if art.rel == getattr(MODULES[pkg.pid], "BOOK", None):
            found |= annex_refs(pdf_pages(pkg_dir / art.rel)[0])
    return found


def sheet_texts(path: Path) -> str:
    return file_text(path)


def summary_file_values(path: Path) -> dict:
    wb = load_workbook(str(path))
    ws = wb.active
    out = {}
    for row in ws.iter_rows(min_row=4, values_only=True):
        vals = [v for v in row if v is not None]
        if len(vals) >= 2 and isinstance(vals[-2], str):
            out[vals[-2]] = vals[-1]
    return out


def norm_equal(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 0.005
    return a == b


def count_files(pkg, folder: str) -> int:
    return sum(1 for a in pkg.artifacts if a.rel.startswith(folder))


def verify_package(truth_path: Path, pkg_root: Path, ref_labels: list[str]) -> None:
    truth = load_truth(truth_path)
    mod = MODULES[truth.package_id]
    pkg = mod.make()
    S = mod.spec()
    pkg_dir = pkg_root / truth.package_id
    print(f"== {truth.package_id}: {len(truth.files)} files, {len(truth.evidence_facts)} facts, {len(truth.problems)} problems")
    if not truth.path.endswith(truth.package_id):
        fail(f"truth path {truth.path}")
    on_disk = {str(p.relative_to(pkg_dir)) for p in pkg_dir.rglob("*") if p.is_file()}
    if on_disk != set(truth.files):
        fail(f"files differ: extra {sorted(on_disk - set(truth.files))}, missing {sorted(set(truth.files) - on_disk)}")
    if [r.label for r in truth.summary_rows] != ref_labels:
        fail("summary labels differ from the independent set's 103 labels")
    arts = {a.rel: a for a in pkg.artifacts}
    for f in truth.evidence_facts:
        check_fact(f, pkg_dir, arts)
    check_layers(pkg, pkg_dir)
    # the 汇总表 holds the truth values
    summ = next(r for r, role in truth.files.items() if role == "汇总表")
    values = summary_file_values(pkg_dir / summ)
    for row in truth.summary_rows:
        got = values.get(row.label)
        if got is None:
            fail(f"汇总表 lacks {row.label}")
        elif str(got) != row.value and not (isinstance(got, (int, float)) and norm_equal(got, row.normalized)):
            fail(f"汇总表 {row.label}: {got!r} vs truth {row.value!r}")
    # the 申报表 prints every numeric summary value
    form = next(r for r, role in truth.files.items() if role == "申报表")
    form_text = squash(file_text(pkg_dir / form)).replace(",", "")
    for row in truth.summary_rows:
        if isinstance(row.normalized, (int, float)) and not isinstance(row.normalized, bool):
            shown = str(row.normalized) if row.label == "平台是否服务上海智能工厂，数量" else squash(row.value)
            if shown not in form_text:
                fail(f"申报表 does not print {row.label} = {row.value}")
    # references
    texts = file_text(pkg_dir / form) + "\n" + file_text(pkg_dir / next(r for r, role in truth.files.items() if role == "申报书"))
    refs = annex_refs(texts)
    present = present_annexes(pkg, pkg_dir)
    unresolved = refs - present
    index_rel = next((a.rel for a in pkg.artifacts if "目录" in a.rel), None)
    listed = annex_refs(file_text(pkg_dir / index_rel)) if index_rel else set()
    consistency = C.check_consistency(S)
    texts_bad = C.check_texts(S)
    if texts_bad:
        fail(f"text limits: {texts_bad}")
    facts = truth.evidence_facts
    summary = {r.label: r.normalized for r in truth.summary_rows}

    def fact_for(label, file_part="", comp=""):
        return [f for f in facts if f.label == label and file_part in f.file and f.component == comp]

    if not truth.problems:  # ---- the clean package
        if consistency:
            fail(f"clean package inconsistent: {consistency}")
        if unresolved:
            fail(f"clean package: unresolved references {sorted(unresolved)}")
        if listed - present:
            fail(f"clean package: index lists absent annexes {sorted(listed - present)}")
        ev_files = {a.rel for a in pkg.artifacts if a.role.startswith("evidence") and a.rel != index_rel}
        unlisted = {rel for rel in ev_files if not any(f"3-{n}" in rel for n in listed)}
        if unlisted:
            fail(f"clean package: evidence not in the index {sorted(unlisted)}")
        for f in facts:
            if f.label in summary and not f.component and not isinstance(summary[f.label], dict):
                if not norm_equal(summary[f.label], f.normalized):
                    fail(f"clean: {f.label} declared {summary[f.label]} vs {f.file} p{f.page} {f.normalized}")
            if f.component.startswith("20") and f.label == "平台近三年经营指标情况":
                if not norm_equal(summary[f.label][f.component], f.normalized):
                    fail(f"clean: {f.component}")
            if f.component == "平台利润总额（万元）" and C.pct(f.normalized, summary["平台相关营业收入（万元）"]) != summary["平台利润率（%）"]:
                fail("clean: profit rate does not follow from the evidence")
            if f.component == "平台年利润（万元）" and C.pct(f.normalized, summary["平台建设金额（万元）"]) != summary["投资回报率（%）"]:
                fail("clean: ROI does not follow from the evidence")
        if count_files(pkg, "附件3 证明材料/附件3-4/") != summary["平台核心软硬件技术获得的软著数量（个）"]:
            fail("clean: certificate files in 附件3-4 do not equal the declared 软著 count")
        n_pat = len(pdf_pages(pkg_dir / "附件3 证明材料/3-5 扫描件.pdf"))
        if n_pat != summary["平台核心软硬件技术获得的专利数量（项）"]:
            fail("clean: patent pages do not equal the declared count")
        if not S["p2023"] or "七、平台相较上年度对比情况" not in file_text(pkg_dir / "附件3 申报书.docx"):
            fail("clean: chapter 七 missing for a 2023 participant")
        return
    # ---- problem packages: exactly the planted inconsistencies
    fams = {p.family for p in truth.problems}
    pid = truth.package_id
    if pid == pkg_tansuo.PID:
        want = {"growth 2023"}
        if set(consistency) != want:
            fail(f"{pid}: consistency failures {consistency} != {want}")
        n = count_files(pkg, "证明材料/附件3-5/")
        if not (n == 12 and summary["平台核心软硬件技术获得的软著数量（个）"] == 14):
            fail(f"{pid}: count_vs_list not planted ({n})")
        r = summary["平台近三年经营指标情况"]
        if C.growth(r["2022年平台营收（万元）"], r["2023年平台营收（万元）"]) == r["2023年增长率（%）"]:
            fail(f"{pid}: growth_rate not planted")
        if not (6 in listed and 6 in refs and 6 not in present):
            fail(f"{pid}: missing_proof 附件3-6 not planted")
        if unresolved != {6}:
            fail(f"{pid}: unresolved references {unresolved}")
        if fams != {"count_vs_list", "growth_rate", "missing_proof"}:
            fail(f"{pid}: families {fams}")
        if "七、平台相较上年度对比情况" in file_text(pkg_dir / "03 申报书.pdf"):
            fail(f"{pid}: has 七 though not a 2023 participant")
    elif pid == pkg_huaxing.PID:
        want = {"breakdown dev_cat", "breakdown dev_reg"}
        if set(consistency) != want:
            fail(f"{pid}: consistency failures {consistency} != {want}")
        ev = fact_for("连接的工业设备/产品/产线种类及数量（台/套）", pkg_huaxing.BOOK)
        if not ev or ev[0].normalized == summary["连接的工业设备/产品/产线种类及数量（台/套）"]:
            fail(f"{pid}: declared_vs_evidence not planted")
        drawn = h77kit.page_texts(arts[pkg_huaxing.BOOK].doc)
        n_pat = sum(1 for i in range(17, 26) if any("专利证书" in s for s in drawn[i]))
        if not (n_pat == 9 and summary["平台核心软硬件技术获得的专利数量（项）"] == 11):
            fail(f"{pid}: patent count_vs_list not planted ({n_pat})")
        n_soft = sum(1 for i in range(9, 17) if any("计算机软件著作权登记证书" in s for s in drawn[i]))
        if n_soft != summary["平台核心软硬件技术获得的软著数量（个）"]:
            fail(f"{pid}: 软著 certificates {n_soft} should agree")
        if unresolved:
            fail(f"{pid}: unresolved references {unresolved}")
        book_index = annex_refs(pdf_pages(pkg_dir / pkg_huaxing.BOOK)[0])
        if book_index != set(range(1, 8)):
            fail(f"{pid}: binder index {book_index}")
        if "补充材料" in pdf_pages(pkg_dir / pkg_huaxing.BOOK)[0]:
            fail(f"{pid}: 补充材料1 should be in no index")
        if fams != {"declared_vs_evidence", "breakdown_sum", "count_vs_list"}:
            fail(f"{pid}: families {fams}")
    elif pid == pkg_xinhua.PID:
        want = {"growth 2022"}
        if set(consistency) != want:
            fail(f"{pid}: consistency failures {consistency} != {want}")
        ev = fact_for("平台相关营业收入（万元）", "附件3-1")
        if not ev or ev[0].normalized == summary["平台相关营业收入（万元）"]:
            fail(f"{pid}: declared_vs_evidence not planted")
        r = summary["平台近三年经营指标情况"]
        if C.growth(r["2021年平台营收（万元）"], r["2022年平台营收（万元）"]) == r["2022年增长率（%）"]:
            fail(f"{pid}: growth_rate not planted")
        if C.growth(r["2022年平台营收（万元）"], r["2023年平台营收（万元）"]) != r["2023年增长率（%）"]:
            fail(f"{pid}: 2023 growth should follow from the form")
        if unresolved != {9}:
            fail(f"{pid}: unresolved references {unresolved}")
        n = count_files(pkg, "3 附件/附件3-6/")
        if not (n == 6 and summary["平台获得省部级及以上奖项/荣誉数量（个）"] == 7):
            fail(f"{pid}: award count_vs_list not planted ({n})")
        if "七、平台相较上年度对比情况" not in file_text(pkg_dir / pkg_xinhua.PROP):
            fail(f"{pid}: chapter 七 missing")
        if fams != {"declared_vs_evidence", "growth_rate", "missing_proof", "count_vs_list"}:
            fail(f"{pid}: families {fams}")
    for p in truth.problems:
        for rel in p.files:
            if rel not in truth.files:
                fail(f"{p.id}: file {rel} not in package")
        for field in p.fields:
            if field not in ref_labels and field not in {it[3] for it in C.form_items(S)}:
                fail(f"{p.id}: field {field} is not a notice label")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", help="a build made with build.py --out ROOT (packages and truth/ under ROOT)")
    args = ap.parse_args(argv)
    if args.root:
        pkg_root = Path(args.root)
        truth_dir = pkg_root / "truth"
    else:
        pkg_root = HERE / "packages"
        truth_dir = HERE / "truth"
    ref = json.loads((ROOT / "eval_sets/independent/truth/ind01_dianke_clean.json").read_text(encoding="utf-8"))
    ref_labels = [r["label"] for r in ref["summary_rows"]]
    if ref_labels != C.SUMMARY_LABELS:
        fail("SUMMARY_LABELS differ from the independent set")
    paths = sorted(truth_dir.glob("*.json"))
    if len(paths) != 4:
        fail(f"{len(paths)} truth files, want 4")
    clean = 0
    total_f = total_p = 0
    for path in paths:
        t = load_truth(path)
        clean += not t.problems
        total_f += len(t.evidence_facts)
        total_p += len(t.problems)
        if t.problems and not 2 <= len(t.problems) <= 5:
            fail(f"{t.package_id}: {len(t.problems)} problems")
        verify_package(path, pkg_root, ref_labels)
    if clean != 1:
        fail(f"{clean} clean packages, want exactly 1")
    print(f"{len(paths)} packages, {total_f} facts, {total_p} problems; {len(FAIL)} failures")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
