"""Verifies set h35: truth loads, files on disk = truth files, every fact's quote is on its page
(text PDFs via pypdfium2, XLSX by worksheet text, DOCX by text; image-only pages have no text layer),
exactly one clean package, the formula/sum audit of the declared values (the clean package passes
it; a problem package fails it only where a planted problem says so) and the 汇总表 audit (it
differs from the 申报表 only where a summary_vs_form problem is planted).

    /work/main/.venv/bin/python eval_sets/blind/h35/verify.py [--root DIR]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402

from eval_sets.scorer import normalize_label, values_equal  # noqa: E402
from eval_sets.truth import load_truth  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return out


def xlsx_sheets(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path, data_only=True)
    return [" ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None) for ws in wb.worksheets]


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def audit(rows: dict) -> list[tuple[str, str, str]]:
    """(family, label, message) for every inconsistency of the declared values."""
    out = []
    g = rows.get

    def close(a, b, tol=0.011):
        return abs(a - b) <= tol

    if g("运维人数（人）") + g("运营人数（人）") != g("平台团队总人数（人）"):
        out.append(("identity", "平台团队总人数（人）", "运维+运营≠总人数"))
    rd, rev = g("平台相关研发投入（万元）"), g("平台相关营业收入（万元）")
    if not close(round(rd / rev * 100, 2), g("平台相关研发投入强度（%）")):
        out.append(("formula", "平台相关研发投入强度（%）", "研发投入÷营收"))
    if not close(round(g("存储工业数据量（TB）") / g("存储容量（TB）") * 100, 2), g("存储资源利用率（%）")):
        out.append(("formula", "存储资源利用率（%）", "数据量÷容量"))
    if not close(round(g("付费企业数（个）") / g("注册企业用户数（个）") * 100, 2), g("付费用户占比（%）")):
        out.append(("formula", "付费用户占比（%）", "付费÷注册"))
    d = g("平台近三年经营指标情况")
    for y in (2022, 2023):
        gr = round((d[f"{y}年平台营收（万元）"] / d[f"{y - 1}年平台营收（万元）"] - 1) * 100, 2)
        if not close(gr, d[f"{y}年增长率（%）"]):
            out.append(("growth_rate", "平台近三年经营指标情况", f"{y}年增长率"))
    if not close(d["2023年平台营收（万元）"], rev):
        out.append(("summary_vs_form", "平台相关营业收入（万元）", "近三年与营收不符"))
    sums = [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
            ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
            ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）",
                                          "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
            ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
            ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
            ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
            ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
            ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]
    for total, parts in sums:
        for part in parts:
            if sum(g(part).values()) != g(total):
                out.append(("breakdown_sum", part, f"≠{total}"))
    ov = g("按海外国家分类统计海外设备连接数量（台/套）") or {}
    if sum(ov.values()) != g("海外设备连接数量（台/套）"):
        out.append(("breakdown_sum", "按海外国家分类统计海外设备连接数量（台/套）", "≠海外"))
    if g("按省市区域统计服务企业数（个）").get("上海") != g("服务本市企业数量（个）"):
        out.append(("breakdown_sum", "服务本市企业数量（个）", "≠上海"))
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("云化工业软件数量（个）", "工业APP数量（个）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
               ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("存储工业数据量（TB）", "存储容量（TB）"), ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]
    for part, whole in subsets:
        if g(part) > g(whole):
            out.append(("subset", part, f">{whole}"))
    return out


def summary_values(path: Path) -> dict[str, str]:
    if path.suffix == ".docx":
        d = Document(str(path))
        return {r.cells[0].text: r.cells[1].text for r in d.tables[0].rows}
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    if len(rows) == 3:  # horizontal
        return {str(k): v for k, v in zip(rows[1], rows[2])}
    return {str(r[0]): r[1] for r in rows[2:]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(HERE))
    root = Path(ap.parse_args(argv).root)
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((root / "truth").glob("*.json"))]
    assert len(truths) == 4, len(truths)
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"{len(clean)} clean packages")
    cache: dict = {}
    for t in truths:
        pkg = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ {sorted(on_disk ^ set(t.files))}")
        if not 2 <= len(t.problems) <= 5 and t.problems:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            path = pkg / f.file
            key = str(path)
            if path.suffix == ".pdf":
                pages = cache.setdefault(key, pdf_pages(path))
                text = pages[f.page - 1] if f.page <= len(pages) else None
                if text is None:
                    errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                elif f.image_only:
                    if squash(text):
                        errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
                elif squash(f.quote) not in squash(text):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif path.suffix == ".xlsx":
                sheets = cache.setdefault(key, xlsx_sheets(path))
                if squash(f.quote) not in squash(sheets[f.page - 1]):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} sheet {f.page}")
            elif path.suffix == ".png":
                if not (f.image_only and f.page == 1):
                    errors.append(f"{t.package_id}: PNG fact must be image_only page 1")
            elif path.suffix == ".docx":
                if squash(f.quote) not in squash(docx_text(path)):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file}")
            if f.normalized is not None and not f.component:
                row = next((r for r in t.summary_rows if normalize_label(r.label) == normalize_label(f.label)), None)
                if row is not None and not isinstance(row.normalized, (dict, str)):
                    if not math.isclose(float(row.normalized), float(f.normalized), abs_tol=0.005):
                        planted = any(p.family in ("declared_vs_evidence", "count_vs_list", "screenshot_vs_form")
                                      and normalize_label(f.label) in {normalize_label(x) for x in p.fields}
                                      for p in t.problems)
                        rounded = "万" in f.value
                        if not planted and not rounded:
                            errors.append(f"{t.package_id}: fact {f.label} {f.value} ≠ declared {row.value} unplanted")
        rows = {r.label: r.normalized for r in t.summary_rows}
        found = audit(rows)
        planted = {(p.family, normalize_label(x)) for p in t.problems for x in p.fields}
        for fam, label, msg in found:
            if (fam, normalize_label(label)) not in planted:
                errors.append(f"{t.package_id}: unplanted inconsistency {fam} {label} {msg}")
        for p in t.problems:
            if p.family in ("identity", "formula", "growth_rate") and not any(
                    fam == p.family and normalize_label(lab) in {normalize_label(x) for x in p.fields}
                    for fam, lab, _ in found):
                errors.append(f"{t.package_id}: planted {p.id} not reproduced by the audit")
        # 汇总表 vs 申报表
        srel = next(k for k, v in t.files.items() if v == "汇总表")
        sv = summary_values(pkg / srel)
        diffs = []
        for r in t.summary_rows:
            got = sv.get(r.label)
            if isinstance(r.normalized, (int, float)) and not isinstance(r.normalized, bool) and not isinstance(got, str):
                same = got is not None and values_equal(r.normalized, got)
            else:
                same = str(got if got is not None else "") == r.value
            if not same:
                diffs.append(r.label)
        planted_sum = {normalize_label(x) for p in t.problems if p.family == "summary_vs_form" for x in p.fields}
        if {normalize_label(x) for x in diffs} != planted_sum:
            errors.append(f"{t.package_id}: 汇总表 differs on {diffs}, planted {sorted(planted_sum)}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems, "
              f"audit {len(found)} finding(s)")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
