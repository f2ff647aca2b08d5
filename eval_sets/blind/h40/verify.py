"""Verify the h40 blind set: truth loads, files match, quotes are on their pages, one clean package, formula audit.

    /work/main/.venv/bin/python eval_sets/blind/h40/verify.py [--root DIR]
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path[:0] = [str(HERE), str(REPO)]

from eval_sets.truth import load_truth  # noqa: E402
from writers import docx_text, pdf_page_texts  # noqa: E402


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def xlsx_sheets(path: Path) -> list[str]:
    from openpyxl import load_workbook
    wb = load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append("\n".join(" ".join("" if c is None else str(c) for c in row) for row in ws.iter_rows(values_only=True)))
    return out


def page_texts(path: Path) -> list[str]:
    suf = path.suffix.lower()
    if suf == ".pdf":
        return pdf_page_texts(path)
    if suf == ".xlsx":
        return xlsx_sheets(path)
    if suf == ".docx":
        return [docx_text(path)]
    return [""]  # images: no text layer


def audit(t, errors: list[str]):
    """Formula / identity / breakdown audit of the declared rows; returns the set of rules that failed."""
    r = {row.label: row.normalized for row in t.summary_rows}
    fails = set()

    def chk(name, ok):
        if not ok:
            fails.add(name)

    def close(a, b):
        return abs(a - b) <= 0.0051

    chk("identity:team", r["运维人数（人）"] + r["运营人数（人）"] == r["平台团队总人数（人）"])
    rev = r["平台相关营业收入（万元）"]
    chk("formula:rd_intensity", close(r["平台相关研发投入（万元）"] / rev * 100, r["平台相关研发投入强度（%）"]))
    chk("formula:storage", close(r["存储工业数据量（TB）"] / r["存储容量（TB）"] * 100, r["存储资源利用率（%）"]))
    three = r["平台近三年经营指标情况"]
    chk("identity:rev2023", close(three["2023年平台营收（万元）"], rev))
    for y in (2022, 2023):
        g = (three[f"{y}年平台营收（万元）"] / three[f"{y - 1}年平台营收（万元）"] - 1) * 100
        chk(f"growth_rate:{y}", close(round(g + 1e-9, 2), three[f"{y}年增长率（%）"]))
    profit = [f for f in t.evidence_facts if f.component == "平台利润总额（万元）"]
    if profit:
        chk("formula:margin", close(profit[0].normalized / rev * 100, r["平台利润率（%）"]))
        chk("formula:roi", close(profit[0].normalized / r["平台建设金额（万元）"] * 100, r["投资回报率（%）"]))
    for total, parts in [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
                         ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
                         ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
                         ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
                         ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
                         ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
                         ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
                         ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]:
        for p in parts:
            chk(f"breakdown_sum:{p}", sum(r[p].values()) == r[total])
    if r["海外设备连接数量（台/套）"]:
        chk("breakdown_sum:overseas", sum(r["按海外国家分类统计海外设备连接数量（台/套）"].values()) == r["海外设备连接数量（台/套）"])
    chk("identity:apps", r["基于平台开发的工业APP数量（个）"] + r["云化工业软件数量（个）"] == r["工业APP数量（个）"])
    chk("identity:local", r["按省市区域统计服务企业数（个）"].get("上海") == r["服务本市企业数量（个）"])
    for small, big in [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                       ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                       ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
                       ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                       ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                       ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                       ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                       ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                       ("存储工业数据量（TB）", "存储容量（TB）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
                       ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]:
        chk(f"subset:{small}", r[small] <= r[big])
    chk("formula:paid_share", close(r["付费企业数（个）"] / r["注册企业用户数（个）"] * 100, r["付费用户占比（%）"]))
    # evidence vs declared: every fact must agree with its row unless a planted problem covers it
    planted = {(p.family, f) for p in t.problems for f in p.fields}
    for f in t.evidence_facts:
        if f.component or f.label not in r:
            continue
        if r[f.label] != f.normalized and not any(fam in ("declared_vs_evidence", "screenshot_vs_form") and lab == f.label
                                                   for fam, lab in planted):
            errors.append(f"{t.package_id}: fact {f.label}={f.normalized} vs row {r[f.label]} without a planted problem")
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            y = f.component[:4]
            if not close(f.normalized, three[f"{y}年平台营收（万元）"]):
                errors.append(f"{t.package_id}: component {f.component} {f.normalized} disagrees with the form")
    return fails


EXPECTED_FAILS = {
    "h40_p1_sijian_clean": set(),
    "h40_p2_711_problems": set(),
    "h40_p3_hemudu_problems": {"growth_rate:2023"},
    "h40_p4_baowu_problems": set(),
}


def main(root: Path) -> int:
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((root / "truth").glob("*.json"))]
    if len(truths) != 4:
        errors.append(f"expected 4 truth files, got {len(truths)}")
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"expected exactly one clean package, got {len(clean)}")
    for t in truths:
        if not 2 <= len(t.problems) <= 5 and t.problems:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        pkg = REPO / t.path if root == HERE else root / "packages" / t.package_id
        on_disk = {p.relative_to(pkg).as_posix() for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ: {sorted(on_disk ^ set(t.files))}")
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            path = pkg / f.file
            if f.file not in cache:
                cache[f.file] = page_texts(path)
            pages = cache[f.file]
            if path.suffix.lower() in (".png", ".jpg"):
                if not f.image_only or f.page != 1:
                    errors.append(f"{t.package_id}: image fact not flagged image_only: {f.label}")
                continue
            if f.page > len(pages):
                errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            text = norm(pages[f.page - 1])
            if f.image_only:
                if text:
                    errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
            elif norm(f.quote) not in text:
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        fails = audit(t, errors)
        if fails != EXPECTED_FAILS[t.package_id]:
            errors.append(f"{t.package_id}: audit failures {sorted(fails)} != expected {sorted(EXPECTED_FAILS[t.package_id])}")
        # a second-year participant: chapter 七 present exactly where no section7 problem is planted
        narr = next(k for k, v in t.files.items() if v == "申报书")
        text = norm("\n".join(page_texts(pkg / narr)))
        has7 = "七、平台相较上年度对比情况" in text
        wants_missing = any(p.family == "section7" for p in t.problems)
        if has7 == wants_missing:
            errors.append(f"{t.package_id}: chapter 七 present={has7} but section7 problem planted={wants_missing}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(truths)} packages, {sum(len(t.evidence_facts) for t in truths)} facts, "
          f"{sum(len(t.problems) for t in truths)} problems: {'OK' if not errors else 'FAILED'}")
    return 1 if errors else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    sys.exit(main(ap.parse_args().root))
