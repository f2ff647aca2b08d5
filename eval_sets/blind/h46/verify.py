"""Verify set h46: `python -m eval_sets.blind.h46.verify [--out DIR]`.

Truth loads; files on disk equal the truth's files; every fact's quote is on its page (text PDFs via pypdfium2,
XLSX by sheet text, image-only pages have no text layer); exactly one clean package; formula and list audits
(breakdowns, identities, formulas, page subtotals vs 合计, list rows vs 汇总) hold in the clean package and the
planted list/sum problems are really present in the others."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent


def sq(s: str) -> str:
    return "".join(s.split())


def pdf_text(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return out


def sheet_text(path: Path, idx: int) -> str:
    ws = openpyxl.load_workbook(path).worksheets[idx - 1]
    return " ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None)


def check(out: Path) -> list[str]:
    errs = []
    truths = [load_truth(p) for p in sorted((out / "truth").glob("*.json"))]
    if len(truths) != 4:
        errs.append(f"expected 4 truth files, got {len(truths)}")
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errs.append(f"expected exactly one clean package, got {len(clean)}")
    for t in truths:
        root = out / "packages" / t.package_id
        disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if disk != set(t.files):
            errs.append(f"{t.package_id}: files differ: extra {sorted(disk - set(t.files))[:3]} missing {sorted(set(t.files) - disk)[:3]}")
        if not t.problems == [] and not 2 <= len(t.problems) <= 5:
            errs.append(f"{t.package_id}: {len(t.problems)} problems")
        if len(t.summary_rows) != 103:
            errs.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        cache = {}
        for f in t.evidence_facts:
            path = root / f.file
            if f.file.endswith(".xlsx"):
                if sq(f.quote) not in sq(sheet_text(path, f.page)):
                    errs.append(f"{t.package_id}: quote {f.quote!r} not on sheet {f.page} of {f.file}")
            elif f.file.endswith(".png"):
                if not f.image_only or f.page != 1:
                    errs.append(f"{t.package_id}: png fact must be image_only page 1: {f.file}")
            else:
                pages = cache.setdefault(f.file, pdf_text(path))
                text = pages[f.page - 1]
                if f.image_only:
                    if text.strip():
                        errs.append(f"{t.package_id}: image_only page has text: {f.file} p{f.page}")
                elif sq(f.quote) not in sq(text):
                    errs.append(f"{t.package_id}: quote {f.quote!r} not on p{f.page} of {f.file}")
        errs += audit(t, root)
    return errs


def rows(t):
    return {r.label: r.normalized for r in t.summary_rows}


def audit(t, root: Path) -> list[str]:
    """Formula/list audit. In the clean package all must hold; in the others each failure must be planted."""
    v = rows(t)
    fails = []
    total = v["连接的工业设备/产品/产线种类及数量（台/套）"]
    for lab, tot in [("按二级分类统计工业设备数量（台/套）", total), ("按省市区域统计工业设备数量（台/套）", total),
                     ("按二级分类统计公有云工业设备数量（台/套）", v["公有云工业设备连接数量（台/套）"]),
                     ("按省市区域统计公有云工业设备数量（台/套）", v["公有云工业设备连接数量（台/套）"]),
                     ("按二级分类统计公有云工业设备平均日运行数量（台/套）", v["公有云工业设备平均日运行数量（台/套）"]),
                     ("按省市区域统计公有云工业设备平均日运行数量（台/套）", v["公有云工业设备平均日运行数量（台/套）"]),
                     ("按海外国家分类统计海外设备连接数量（台/套）", v["海外设备连接数量（台/套）"]),
                     ("按分类统计工业APP数量（个）", v["工业APP数量（个）"]), ("按行业统计工业APP数量（个）", v["工业APP数量（个）"]),
                     ("按分类统计公有云工业APP平均日活跃数量（个）", v["公有云工业APP平均日活跃数量（个）"]),
                     ("按行业统计公有云工业APP平均日活跃数量（个）", v["公有云工业APP平均日活跃数量（个）"]),
                     ("按分类统计工业模型数量（个）", v["工业机理模型数量（个）"]),
                     ("按行业统计服务企业数（个）", v["实际服务企业数（个）"]), ("按省市区域统计服务企业数（个）", v["实际服务企业数（个）"]),
                     ("按新模式统计解决方案数量（个）", v["平台提供的解决方案总数（个）"])]:
        if sum(v[lab].values()) != tot:
            fails.append(("breakdown_sum", lab))
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        fails.append(("identity", "team"))
    if v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"] != v["工业APP数量（个）"]:
        fails.append(("identity", "app"))
    if v["按省市区域统计服务企业数（个）"].get("上海") != v["服务本市企业数量（个）"]:
        fails.append(("subset", "local"))
    rev = v["平台相关营业收入（万元）"]
    r2 = lambda x: round(x + 1e-9, 2)  # noqa: E731
    facts = {(f.label, f.component): f.normalized for f in t.evidence_facts if "审计" in f.file}
    profit = facts[("平台利润率（%）", "平台利润总额（万元）")]
    if r2(v["平台相关研发投入（万元）"] / rev * 100) != v["平台相关研发投入强度（%）"]:
        fails.append(("formula", "rd"))
    if r2(profit / rev * 100) != v["平台利润率（%）"]:
        fails.append(("formula", "margin"))
    if r2(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100) != v["付费用户占比（%）"]:
        fails.append(("formula", "paid"))
    if r2(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100) != v["存储资源利用率（%）"]:
        fails.append(("formula", "storage"))
    if r2(profit / v["平台建设金额（万元）"] * 100) != v["投资回报率（%）"]:
        fails.append(("formula", "roi"))
    g = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        if r2((g[f"{y}年平台营收（万元）"] - g[f"{y - 1}年平台营收（万元）"]) / g[f"{y - 1}年平台营收（万元）"] * 100) != g[f"{y}年增长率（%）"]:
            fails.append(("formula", f"growth{y}"))
    # evidence vs form
    for f in t.evidence_facts:
        if f.component or f.label not in v:
            continue
        if isinstance(v[f.label], (int, float)) and abs(v[f.label] - f.normalized) > 0.005:
            fails.append(("declared_vs_evidence", f.label))
    # device list: page subtotals vs 合计 vs rows
    dev = next(rel for rel, role in t.files.items() if role == "evidence:device_list" and rel.endswith(".pdf"))
    pages = pdf_text(root / dev)
    subs = [int(x.replace(",", "")) for p in pages for x in re.findall(r"本页小计：([\d,]+)", p)]
    tot = int(re.search(r"合计：([\d,]+)", pages[-1]).group(1).replace(",", ""))
    qty = 0
    for p in pages[:-1]:
        for line in p.splitlines():
            m = re.match(r"^\s*\d+\s+\S+-\d+\s.*\s(\d+)\s*$", line)
            if m:
                qty += int(m.group(1))
    if sum(subs) != tot:
        fails.append(("count_vs_list", "device subtotals vs 合计"))
    if qty != tot:
        fails.append(("count_vs_list", "device rows vs 合计"))
    # enterprise list rows vs 汇总
    ent = next(rel for rel in t.files if "服务企业名单" in rel)
    wb = openpyxl.load_workbook(root / ent)
    n = sum(ws.max_row - 1 for ws in wb.worksheets[1:])
    if n != v["实际服务企业数（个）"]:
        fails.append(("count_vs_list", "enterprise rows"))
    # app list rows vs 合计
    app = next(rel for rel in t.files if "工业APP清单" in rel)
    text = "\n".join(pdf_text(root / app))
    nrows = len(re.findall(r"^\s*\d+\s.*(?:基于平台开发|云化工业软件)\s", text, flags=re.M))
    if nrows != v["工业APP数量（个）"]:
        fails.append(("count_vs_list", "app rows"))
    planted = {p.family for p in t.problems}
    errs = []
    if not t.problems and fails:
        errs.append(f"{t.package_id}: clean package fails audit: {fails}")
    for fam, what in fails:
        if t.problems and fam not in planted:
            errs.append(f"{t.package_id}: unplanned {fam} ({what})")
    print(t.package_id, "audit findings:", fails)
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    errs = check(Path(ap.parse_args().out))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
