"""Verify blind set h69.

    /work/main/.venv/bin/python eval_sets/blind/h69/verify.py [--determinism]

Checks: every truth loads (eval_sets.truth.load_truth); files on disk equal the truth's `files`; every
fact's quote is on its page (text PDFs via pypdfium2, XLSX by the worksheet's text, DOCX by its text);
image-only facts sit on pages without a text layer (or PNG files); exactly one clean package; the
consistency audit of each package's numbers (formulas, sums, subsets) and that the 汇总表 equals the
申报表 except for the planted rows; with --determinism, builds twice into temp folders and compares bytes.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import lib  # noqa: E402
from model import synth, validate  # noqa: E402
from specs import ALL  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

SUMMARY_EXPECTED_DIFF = {  # package -> {附件4 label: value the applicant's 汇总表 prints instead}
    "h69_p1_dianjineng_clean": {},
    "h69_p2_oubei_problems": {"序号": "16"},
    "h69_p3_guangming_problems": {"企业名称": "上海光明乳业数字科技有限公司"},
    "h69_p4_xipaiai_problems": {"平台名称": "西派埃环境装备云平台"},
}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def summary_cells(path: Path) -> dict[str, str]:
    if path.suffix == ".docx":
        from docx import Document
        t = Document(str(path)).tables[0]
        return {r.cells[0].text: r.cells[1].text for r in t.rows[1:]}
    from openpyxl import load_workbook
    ws = load_workbook(str(path)).worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    if rows[1][0] == "项目":
        return {r[0]: r[1] for r in rows[2:]}
    return dict(zip(rows[1], rows[2]))


def check(base: Path) -> list[str]:
    errors = []
    truths = [load_truth(p) for p in sorted((base / "truth").glob("*.json"))]
    if len(truths) != 4:
        errors.append(f"expected 4 truth files, got {len(truths)}")
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"expected exactly one clean package, got {len(clean)}")
    for t in truths:
        if t.problems and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        pkg_dir = base / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg_dir)) for p in pkg_dir.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ: {sorted(on_disk ^ set(t.files))}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            path = pkg_dir / f.file
            if f.file not in cache:
                if path.suffix == ".pdf":
                    cache[f.file] = lib.pdf_page_texts(path)
                elif path.suffix == ".xlsx":
                    cache[f.file] = lib.xlsx_sheet_texts(path)
                elif path.suffix == ".docx":
                    cache[f.file] = [lib.docx_text(path)]
                else:
                    cache[f.file] = [""]
            pages = cache[f.file]
            if f.page > len(pages):
                errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            text = pages[f.page - 1]
            if f.image_only:
                if squash(text):
                    errors.append(f"{t.package_id}: image_only fact on a page with text: {f.file} p{f.page}")
            elif squash(f.quote) not in squash(text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        # the applicant's 汇总表 equals the truth rows except the planted differences
        summ = [k for k, v in t.files.items() if v == "汇总表"][0]
        cells = summary_cells(pkg_dir / summ)
        expected_diff = SUMMARY_EXPECTED_DIFF[t.package_id]
        for row in t.summary_rows:
            got = str(cells.get(row.label, ""))
            want = expected_diff.get(row.label, row.value)
            if got != want:
                errors.append(f"{t.package_id}: 汇总表 {row.label}: {got!r} != {want!r}")
        # the 申报表 DOCX/XLSX carries every declared value in text form
        form = [k for k, v in t.files.items() if v == "申报表"][0]
        ftext = squash(lib.docx_text(pkg_dir / form) if form.endswith(".docx")
                       else "\n".join(lib.xlsx_sheet_texts(pkg_dir / form)))
        for row in t.summary_rows:
            if row.label in ("序号", "平台性质", "联系人电子邮箱", "评审会现场地址信息", "联系人姓名", "建设时间",
                             "平台建设方式", "平台运营模式", "部署方式", "平台近三年经营指标情况", "平台订单数量(近一年总量)（个）",
                             "平台是否服务上海智能工厂，数量"):
                continue
            if isinstance(row.normalized, bool):
                continue
            if squash(row.value) not in ftext:
                errors.append(f"{t.package_id}: 申报表 lacks {row.label} = {row.value!r}")
        # secrets are in the form (to be masked by the tool)
        for s in t.secrets:
            if s not in ftext:
                errors.append(f"{t.package_id}: secret not in the form")
    for pkg in ALL:
        bad = validate(synth(pkg.p))
        if bad:
            errors.append(f"{pkg.pid}: numbers inconsistent: {bad}")
    return errors


def determinism() -> list[str]:
    errs = []
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        for d in (a, b):
            subprocess.run([sys.executable, str(HERE / "build.py"), "--out", d], check=True, capture_output=True)
        for sub in ("packages", "truth"):
            da, db = Path(a) / sub, Path(b) / sub
            fa = sorted(str(p.relative_to(da)) for p in da.rglob("*") if p.is_file())
            fb = sorted(str(p.relative_to(db)) for p in db.rglob("*") if p.is_file())
            if fa != fb:
                errs.append(f"{sub}: file lists differ")
            for rel in fa:
                if not filecmp.cmp(da / rel, db / rel, shallow=False):
                    errs.append(f"{sub}/{rel} differs between two builds")
        # and the committed truth equals a fresh build
        for p in sorted((HERE / "truth").glob("*.json")):
            if p.read_bytes() != (Path(a) / "truth" / p.name).read_bytes():
                errs.append(f"committed truth {p.name} differs from a fresh build")
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--determinism", action="store_true")
    args = ap.parse_args()
    errors = check(HERE)
    if args.determinism:
        errors += determinism()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
