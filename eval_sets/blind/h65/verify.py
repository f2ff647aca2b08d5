"""Verify the h65 set: truth loads, files match, quotes are on their pages, one clean package, formulas hold.

    /work/main/.venv/bin/python eval_sets/blind/h65/verify.py [--out DIR]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[2])]

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

BREAKDOWNS = {
    "按二级分类统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
    "按省市区域统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
    "按二级分类统计公有云工业设备数量（台/套）": "公有云工业设备连接数量（台/套）",
    "按省市区域统计公有云工业设备数量（台/套）": "公有云工业设备连接数量（台/套）",
    "按二级分类统计公有云工业设备平均日运行数量（台/套）": "公有云工业设备平均日运行数量（台/套）",
    "按省市区域统计公有云工业设备平均日运行数量（台/套）": "公有云工业设备平均日运行数量（台/套）",
    "按海外国家分类统计海外设备连接数量（台/套）": "海外设备连接数量（台/套）",
    "按分类统计工业APP数量（个）": "工业APP数量（个）", "按行业统计工业APP数量（个）": "工业APP数量（个）",
    "按分类统计公有云工业APP平均日活跃数量（个）": "公有云工业APP平均日活跃数量（个）",
    "按行业统计公有云工业APP平均日活跃数量（个）": "公有云工业APP平均日活跃数量（个）",
    "按分类统计工业模型数量（个）": "工业机理模型数量（个）", "按行业统计服务企业数（个）": "实际服务企业数（个）",
    "按省市区域统计服务企业数（个）": "实际服务企业数（个）", "按新模式统计解决方案数量（个）": "平台提供的解决方案总数（个）",
}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_page_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        return doc[page - 1].get_textpage().get_text_range()
    finally:
        doc.close()


def xlsx_sheet_text(path: Path, page: int) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.worksheets[page - 1]
    out = " ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None)
    wb.close()
    return out


def audit_formulas(t, errors: list[str]) -> set[str]:
    """Returns the names of the checks that fail (used both for the clean package and the planted ones)."""
    r = {row.label: row.normalized for row in t.summary_rows}
    bad = set()

    def close(a, b):
        return abs(a - b) <= 0.005 + 1e-9

    if r["运维人数（人）"] + r["运营人数（人）"] != r["平台团队总人数（人）"]:
        bad.add("identity")
    rev = r["平台相关营业收入（万元）"]
    if not close(round(r["平台相关研发投入（万元）"] / rev * 100, 2), r["平台相关研发投入强度（%）"]):
        bad.add("formula:intensity")
    if not close(round(r["存储工业数据量（TB）"] / r["存储容量（TB）"] * 100, 2), r["存储资源利用率（%）"]):
        bad.add("formula:storage")
    if not close(round(r["付费企业数（个）"] / r["注册企业用户数（个）"] * 100, 2), r["付费用户占比（%）"]):
        bad.add("formula:paying")
    three = r["平台近三年经营指标情况"]
    if not close(three["2023年平台营收（万元）"], rev):
        bad.add("revenue_2023")
    for y in (2022, 2023):
        g = round((three[f"{y}年平台营收（万元）"] / three[f"{y-1}年平台营收（万元）"] - 1) * 100, 2)
        if not close(g, three[f"{y}年增长率（%）"]):
            bad.add("growth_rate")
    for bd, tot in BREAKDOWNS.items():
        d = r[bd]
        if isinstance(d, dict) and sum(d.values()) != r[tot]:
            bad.add(f"breakdown_sum:{bd}")
    if r["服务本市企业数量（个）"] != r["按省市区域统计服务企业数（个）"].get("上海"):
        bad.add("shanghai")
    if r["基于平台开发的工业APP数量（个）"] + r["云化工业软件数量（个）"] != r["工业APP数量（个）"]:
        bad.add("apps_split")
    for sub, sup in (("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                     ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                     ("服务中小企业数量（个）", "实际服务企业数（个）"), ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                     ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("工业APP数量（个）", "工业软件总量（个）")):
        if r[sub] > r[sup]:
            bad.add(f"subset:{sub}")
    # evidence agreement: every fact (rounded console numbers within 1%) equals the form, components feed the formulas
    for f in t.evidence_facts:
        if f.component == "平台利润总额（万元）":
            if not close(round(f.normalized / rev * 100, 2), r["平台利润率（%）"]):
                bad.add("evidence:" + f.label)
        elif f.component == "平台年利润（万元）":
            if not close(round(f.normalized / r["平台建设金额（万元）"] * 100, 2), r["投资回报率（%）"]):
                bad.add("evidence:" + f.label)
        elif f.component:
            if not close(f.normalized, three[f.component]):
                bad.add("evidence:" + f.label)
        else:
            want = r[f.label]
            tol = 0.01 * want if f.value.endswith(("k", "万")) else 0.005
            if abs(f.normalized - want) > tol:
                bad.add("evidence:" + f.label)
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args(argv)
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((args.out / "truth").glob("*.json"))]
    assert len(truths) == 4, len(truths)
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"expected exactly one clean package, got {len(clean)}")
    for t in truths:
        root = args.out / "packages" / t.package_id
        on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ: {sorted(on_disk ^ set(t.files))}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        if not (2 <= len(t.problems) <= 5) and t.problems:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            path = root / f.file
            suffix = path.suffix.lower()
            if suffix == ".png":
                if not f.image_only or f.page != 1:
                    errors.append(f"{t.package_id}: PNG fact not image_only/page 1: {f.label}")
                continue
            if suffix == ".pdf":
                text = pdf_page_text(path, f.page)
                if f.image_only:
                    if text.strip():
                        errors.append(f"{t.package_id}: page {f.page} of {f.file} has a text layer but fact is image_only")
                    continue
            elif suffix == ".xlsx":
                text = xlsx_sheet_text(path, f.page)
            else:
                errors.append(f"{t.package_id}: fact in unsupported file {f.file}")
                continue
            if squash(f.quote) not in squash(text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on page {f.page} of {f.file}")
        bad = audit_formulas(t, errors)
        if not t.problems and bad:
            errors.append(f"{t.package_id} (clean): inconsistencies {sorted(bad)}")
        expected = {
            "h65_huaxing_problems": {"identity", "evidence:平台相关营业收入（万元）", "evidence:平台近三年经营指标情况",
                                     "evidence:连接的工业设备/产品/产线种类及数量（台/套）"},
            "h65_tansuo_problems": {"growth_rate", "evidence:平台相关研发投入（万元）", "evidence:平台核心软硬件技术获得的专利数量（项）"},
            "h65_sipai_problems": {"breakdown_sum:按海外国家分类统计海外设备连接数量（台/套）", "evidence:工业APP数量（个）"},
        }.get(t.package_id)
        if expected is not None and bad != expected:
            errors.append(f"{t.package_id}: computable inconsistencies {sorted(bad)} != planted {sorted(expected)}")
        # 汇总表 agreement (planted difference only in h65_sipai)
        sum_file = next(k for k, r in t.files.items() if r == "汇总表")
        diffs = summary_diffs(root / sum_file, t)
        want = {"注册企业用户数（个）"} if t.package_id == "h65_sipai_problems" else set()
        if diffs != want:
            errors.append(f"{t.package_id}: 汇总表 differs on {sorted(diffs)}")
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems, computable {sorted(bad)}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


def summary_diffs(path: Path, t) -> set[str]:
    rows = {r.label: r.value for r in t.summary_rows}
    got: dict[str, str] = {}
    if path.suffix == ".xlsx":
        ws = openpyxl.load_workbook(path).active
        data = [[c for c in row] for row in ws.iter_rows(values_only=True)]
        if data[0][0] == "序号":  # horizontal
            got = {str(k): str(v) for k, v in zip(data[0], data[1])}
        else:
            got = {str(r[0]): str(r[1]) for r in data[2:]}
    else:
        import docx
        d = docx.Document(str(path))
        got = {r.cells[0].text: r.cells[1].text for r in d.tables[0].rows}
    return {k for k in rows if got.get(k, "") != (rows[k] or "无")}


if __name__ == "__main__":
    sys.exit(main())
