"""Verify the built h41 set: truth loads, files match, quotes are on their pages, one clean package, formula audit.

    /work/main/.venv/bin/python -m eval_sets.blind.h41.verify [--out DIR]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from eval_sets.truth import load_truth

from . import lib

HERE = Path(__file__).resolve().parent


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_texts(path: Path) -> list[str] | None:
    suf = path.suffix.lower()
    if suf == ".pdf":
        return lib.pdf_page_texts(path)
    if suf == ".xlsx":
        return lib.xlsx_sheet_texts(path)
    if suf == ".docx":
        return [lib.docx_text(path)]
    return None  # images


def audit(t) -> set[str]:
    """Which identities of the notice fail in the 申报表 values (truth summary rows)."""
    r = {row.label: row.normalized for row in t.summary_rows}
    bad = set()

    def close(a, b, tol=0.011):
        return abs(a - b) <= tol

    if r["运维人数（人）"] + r["运营人数（人）"] != r["平台团队总人数（人）"]:
        bad.add("team")
    if not close(r["平台相关研发投入（万元）"] / r["平台相关营业收入（万元）"] * 100, r["平台相关研发投入强度（%）"]):
        bad.add("rd")
    if not close(r["存储工业数据量（TB）"] / r["存储容量（TB）"] * 100, r["存储资源利用率（%）"]):
        bad.add("storage")
    if not close(r["付费企业数（个）"] / r["注册企业用户数（个）"] * 100, r["付费用户占比（%）"]):
        bad.add("paid")
    sums = [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
            ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
            ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
            ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
            ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
            ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
            ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"), ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
            ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    for part, total in sums:
        if sum(r[part].values()) != r[total]:
            bad.add("sum:" + part)
    if r["基于平台开发的工业APP数量（个）"] + r["云化工业软件数量（个）"] != r["工业APP数量（个）"]:
        bad.add("app")
    if r["按省市区域统计服务企业数（个）"].get("上海") != r["服务本市企业数量（个）"]:
        bad.add("local")
    for part, whole in [("服务中小企业数量（个）", "实际服务企业数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                        ("实际服务企业数（个）", "注册企业用户数（个）"), ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
                        ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                        ("公有云工业APP数量（个）", "工业APP数量（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
                        ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）")]:
        if r[part] > r[whole]:
            bad.add("subset:" + part)
    g = r["平台近三年经营指标情况"]
    for y in (2022, 2023):
        rate = (g[f"{y}年平台营收（万元）"] - g[f"{y - 1}年平台营收（万元）"]) / g[f"{y - 1}年平台营收（万元）"] * 100
        if not close(rate, g[f"{y}年增长率（%）"]):
            bad.add(f"growth{y}")
    if g["2023年平台营收（万元）"] != r["平台相关营业收入（万元）"]:
        bad.add("rev")
    return bad


EXPECTED_AUDIT = {"h41_02_aimuyi_problems": {"sum:按新模式统计解决方案数量（个）"}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)
    out = Path(args.out)
    errors = []
    clean = 0
    truths = sorted((out / "truth").glob("*.json"))
    assert len(truths) == 4, truths
    for tp in truths:
        t = load_truth(tp)
        root = out / "packages" / t.package_id
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ: {sorted(on_disk ^ set(t.files))}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        if not t.problems:
            clean += 1
        elif not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        cache = {}
        for f in t.evidence_facts:
            path = root / f.file
            if f.file not in cache:
                cache[f.file] = page_texts(path)
            pages = cache[f.file]
            if pages is None:  # PNG
                if f.page != 1 or not f.image_only:
                    errors.append(f"{t.package_id}: image fact not page 1/image_only: {f.file}")
                continue
            if f.page > len(pages):
                errors.append(f"{t.package_id}: page {f.page} beyond {f.file}")
                continue
            text = pages[f.page - 1]
            if f.image_only:
                if squash(text):
                    errors.append(f"{t.package_id}: {f.file} p{f.page} has a text layer but fact is image_only")
            elif squash(f.quote) not in squash(text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        # scans and commitments without text layer
        for rel, role in t.files.items():
            if role in ("申报表扫描件",) or (role == "承诺" and rel.endswith(".pdf")):
                if any(squash(x) for x in lib.pdf_page_texts(root / rel)):
                    errors.append(f"{t.package_id}: scan {rel} has a text layer")
        bad = audit(t)
        want = EXPECTED_AUDIT.get(t.package_id, set())
        if bad != want:
            errors.append(f"{t.package_id}: audit {sorted(bad)} != expected {sorted(want)}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems, audit={sorted(bad)}")
    if clean != 1:
        errors.append(f"{clean} clean packages")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
