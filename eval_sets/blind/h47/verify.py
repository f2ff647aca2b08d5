"""Checks blind set h47: truth loads, files match, quotes are on their pages, one clean package, formula audit.

    /work/main/.venv/bin/python eval_sets/blind/h47/verify.py [--root DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(ROOT)]

from eval_sets.truth import load_truth  # noqa: E402


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(path: Path) -> list[str]:
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        out = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            out.append(tp.get_text_range())
            tp.close()
        doc.close()
        return out
    if suf == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path)
        return ["\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None) for ws in wb.worksheets]
    if suf == ".docx":
        from docx import Document

        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return ["\n".join(parts)]
    return [""]  # images


def r2(x):
    return round(x + (1e-9 if x >= 0 else -1e-9), 2)


def audit_clean(t) -> list[str]:
    """The clean package's declared values obey every rule of the 填报指引 (sums, subsets, formulas)."""
    v = {r.label: r.normalized for r in t.summary_rows}
    errs = []

    def eq(a, b, what):
        if abs(a - b) > 0.005:
            errs.append(f"{what}: {a} != {b}")

    eq(v["运维人数（人）"] + v["运营人数（人）"], v["平台团队总人数（人）"], "team")
    for tot, parts in (("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
                       ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
                       ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）",
                                                    "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
                       ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
                       ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
                       ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
                       ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
                       ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
                       ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])):
        for part in parts:
            eq(sum(v[part].values()), v[tot], part)
    for small, big in (("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                       ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                       ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                       ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                       ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                       ("服务中小企业数量（个）", "实际服务企业数（个）"), ("服务本市企业数量（个）", "实际服务企业数（个）"),
                       ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                       ("平台公有云实际使用数量（台）", "平台实际用云量（台）")):
        if v[small] > v[big]:
            errs.append(f"subset {small} > {big}")
    eq(v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"], v["工业APP数量（个）"], "app parts")
    eq(r2(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100), v["存储资源利用率（%）"], "storage")
    eq(r2(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100), v["付费用户占比（%）"], "paid ratio")
    rev = v["平台相关营业收入（万元）"]
    eq(r2(v["平台相关研发投入（万元）"] / rev * 100), v["平台相关研发投入强度（%）"], "rd intensity")
    three = v["平台近三年经营指标情况"]
    eq(three["2023年平台营收（万元）"], rev, "2023 revenue")
    for y in (2022, 2023):
        eq(r2((three[f"{y}年平台营收（万元）"] / three[f"{y - 1}年平台营收（万元）"] - 1) * 100), three[f"{y}年增长率（%）"], f"growth {y}")
    ov = v["按海外国家分类统计海外设备连接数量（台/套）"]
    for k, n in ov.items():
        eq(v["按省市区域统计工业设备数量（台/套）"][k], n, f"overseas {k}")
    eq(v["按省市区域统计服务企业数（个）"]["上海"], v["服务本市企业数量（个）"], "本市")
    # evidence agrees with the form
    for f in t.evidence_facts:
        if f.component in ("平台利润总额（万元）",):
            eq(r2(f.normalized / rev * 100), v["平台利润率（%）"], "profit margin vs evidence")
        elif f.component == "平台年利润（万元）":
            eq(r2(f.normalized / v["平台建设金额（万元）"] * 100), v["投资回报率（%）"], "roi vs evidence")
        elif f.component:
            eq(f.normalized, three[f.component], f.component)
        elif isinstance(v.get(f.label), (int, float)):
            eq(f.normalized, v[f.label], f"fact {f.label} {f.file}")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(HERE))
    root = Path(ap.parse_args().root)
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((root / "truth").glob("*.json"))]
    assert len(truths) == 4, len(truths)
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"{len(clean)} clean packages")
    nfacts = nprob = 0
    for t in truths:
        pdir = root / "packages" / t.package_id
        on_disk = sorted(str(p.relative_to(pdir)) for p in pdir.rglob("*") if p.is_file())
        if on_disk != sorted(t.files):
            errors.append(f"{t.package_id}: files differ {set(on_disk) ^ set(t.files)}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} rows")
        if t.problems and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            texts = cache.setdefault(f.file, page_texts(pdir / f.file))
            if f.page > len(texts) and not f.file.endswith(".png"):
                errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            text = texts[f.page - 1] if f.page <= len(texts) else ""
            if f.image_only:
                if norm(text):
                    errors.append(f"{t.package_id}: {f.file} p{f.page} has a text layer but fact is image_only")
            elif norm(f.quote) not in norm(text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        for name in t.files:
            if name.endswith((".docx", ".xlsx")):
                zf = zipfile.ZipFile(pdir / name)
                if any(i.date_time != (2024, 7, 15, 9, 30, 0) for i in zf.infolist()):
                    errors.append(f"{name}: zip dates not fixed")
        nfacts += len(t.evidence_facts)
        nprob += len(t.problems)
    for t in clean:
        errors += [f"{t.package_id} (clean): {e}" for e in audit_clean(t)]
    # problem packages: each computable planted problem really holds
    byid = {t.package_id: {r.label: r.normalized for r in t.summary_rows} for t in truths}
    v2 = byid["h47_p2_waigaoqiao_units"]
    if abs(r2(v2["平台相关研发投入（万元）"] / v2["平台相关营业收入（万元）"] * 100) - v2["平台相关研发投入强度（%）"]) < 0.01:
        errors.append("p2 formula problem not present")
    for pid in ("h47_p3_xingyun_restated", "h47_p4_lianqing_scope"):
        th = byid[pid]["平台近三年经营指标情况"]
        if abs(r2((th["2023年平台营收（万元）"] / th["2022年平台营收（万元）"] - 1) * 100) - th["2023年增长率（%）"]) < 0.01:
            errors.append(f"{pid} growth problem not present")
        if abs(r2((th["2022年平台营收（万元）"] / th["2021年平台营收（万元）"] - 1) * 100) - th["2022年增长率（%）"]) > 0.005:
            errors.append(f"{pid} unplanted 2022 growth problem")
    for e in errors:
        print("ERROR", e)
    print(f"{len(truths)} packages, {nfacts} facts, {nprob} problems, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
