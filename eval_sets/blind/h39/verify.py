"""Verify blind set h39: truth loads, files on disk == truth files, every fact's quote is on its page,
exactly one clean package, the clean package's formulas and sums hold.

    /work/main/.venv/bin/python eval_sets/blind/h39/verify.py [--root DIR] [--render]

Pages of a DOCX are counted at explicit page breaks (every proof page ends in one). With --render the
DOCX evidence is also laid out by LibreOffice (soffice --convert-to pdf, in a temp dir) and each quote is
looked for on that rendered page, and the page count is compared (tracked deletions are shown by
LibreOffice, so the rendered check only needs the quote to be present).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import openpyxl  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402
from wordkit import docx_pages  # noqa: E402


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def rendered_pages(docx: Path, tmp: Path) -> list[str]:
    import pypdfium2 as pdfium
    out = tmp / str(abs(hash(str(docx))))
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                   check=True, capture_output=True, timeout=180)
    pdf = pdfium.PdfDocument(str(out / (docx.stem + ".pdf")))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def check_clean(t, errors):
    v = {r.label: r.normalized for r in t.summary_rows}
    def eq(a, b, what):
        if abs(a - b) > 0.005:
            errors.append(f"{t.package_id}: {what}: {a} != {b}")
    eq(v["运维人数（人）"] + v["运营人数（人）"], v["平台团队总人数（人）"], "team")
    eq(round(v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100, 2), v["平台相关研发投入强度（%）"], "rd ratio")
    eq(round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2), v["存储资源利用率（%）"], "storage")
    eq(round(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100, 2), v["付费用户占比（%）"], "paid ratio")
    three = v["平台近三年经营指标情况"]
    eq(three["2023年平台营收（万元）"], v["平台相关营业收入（万元）"], "2023 revenue")
    eq(round((three["2023年平台营收（万元）"] / three["2022年平台营收（万元）"] - 1) * 100, 2), three["2023年增长率（%）"], "g2023")
    eq(round((three["2022年平台营收（万元）"] / three["2021年平台营收（万元）"] - 1) * 100, 2), three["2022年增长率（%）"], "g2022")
    for total, parts in [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
                         ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
                         ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
                         ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
                         ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
                         ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
                         ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
                         ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
                         ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]:
        for part in parts:
            eq(sum(v[part].values()), v[total], part)
    eq(v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"], v["工业APP数量（个）"], "apps")
    eq(v["按省市区域统计服务企业数（个）"]["上海"], v["服务本市企业数量（个）"], "local")
    for small, big in [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                       ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                       ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                       ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                       ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
                       ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）")]:
        if v[small] > v[big]:
            errors.append(f"{t.package_id}: {small} > {big}")
    facts = {}
    for f in t.evidence_facts:
        key = f.component or f.label
        if not f.component and f.label in v and isinstance(v[f.label], (int, float)) and not isinstance(v[f.label], bool):
            eq(f.normalized, v[f.label], f"fact {f.label}")
        facts[key] = f.normalized
    eq(round(facts["平台利润总额（万元）"] / v["平台相关营业收入（万元）"] * 100, 2), v["平台利润率（%）"], "profit ratio")
    eq(round(facts["平台年利润（万元）"] / v["平台建设金额（万元）"] * 100, 2), v["投资回报率（%）"], "roi")
    eq(facts["2021年平台营收（万元）"], three["2021年平台营收（万元）"], "2021 rev fact")
    eq(facts["2022年平台营收（万元）"], three["2022年平台营收（万元）"], "2022 rev fact")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    ap.add_argument("--render", action="store_true")
    args = ap.parse_args(argv)
    root = args.root.resolve()
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((root / "truth").glob("*.json"))]
    if len(truths) != 4:
        errors.append(f"expected 4 truth files, found {len(truths)}")
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"expected exactly one clean package, found {len(clean)}")
    render = args.render and shutil.which("soffice")
    tmp = Path(tempfile.mkdtemp(prefix="h39verify_"))
    try:
        for t in truths:
            pkg = root / "packages" / t.package_id
            on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
            if on_disk != set(t.files):
                errors.append(f"{t.package_id}: files differ: {sorted(on_disk ^ set(t.files))}")
            if len(t.summary_rows) != 103:
                errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
            if t.problems and not 2 <= len(t.problems) <= 5:
                errors.append(f"{t.package_id}: {len(t.problems)} problems")
            cache, rcache = {}, {}
            for f in t.evidence_facts:
                path = pkg / f.file
                if f.file not in cache:
                    cache[f.file] = docx_pages(path)
                pages = cache[f.file]
                if f.page > len(pages) or norm(f.quote) not in norm(pages[f.page - 1]):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on page {f.page} of {f.file}")
                if render:
                    if f.file not in rcache:
                        rcache[f.file] = rendered_pages(path, tmp)
                        if len(rcache[f.file]) != len(pages):
                            errors.append(f"{t.package_id}: {f.file} renders to {len(rcache[f.file])} pages, "
                                          f"{len(pages)} by page breaks")
                    rp = rcache[f.file]
                    if f.page > len(rp) or norm(f.quote) not in norm(rp[f.page - 1]):
                        errors.append(f"{t.package_id}: rendered: quote {f.quote!r} not on page {f.page} of {f.file}")
            # the applicant's 汇总表 says what the truth rows say (no summary_vs_form problem is planted)
            summ = [k for k, r in t.files.items() if r == "汇总表"][0]
            if summ.endswith(".xlsx"):
                ws = openpyxl.load_workbook(pkg / summ).active
                cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
            else:
                import docx
                cells = [c.text for tb in docx.Document(str(pkg / summ)).tables for r in tb.rows for c in r.cells]
            for r in t.summary_rows:
                if r.value and r.value not in cells:
                    errors.append(f"{t.package_id}: 汇总表 lacks {r.label}={r.value}")
        for t in clean:
            check_clean(t, errors)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for e in errors:
        print("ERROR", e)
    n_f = sum(len(t.evidence_facts) for t in truths)
    n_p = sum(len(t.problems) for t in truths)
    print(f"{len(truths)} packages, {n_f} facts, {n_p} problems, {'rendered ' if render else ''}{'OK' if not errors else 'FAILED'}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
