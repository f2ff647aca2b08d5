"""Verify the h36 set: truth loads, files on disk == truth files, every quote is on its page,
exactly one clean package, and the consistency audit (formulas, sums, subsets) of the declared values:
the clean package must pass every check, a problem package may only fail where a problem is planted.

    /work/main/.venv/bin/python eval_sets/blind/h36/verify.py [--out DIR]"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import pypdfium2 as pdfium  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402


def pdf_page_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    text = doc[page - 1].get_textpage().get_text_range()
    doc.close()
    return text.replace("\r", "").replace("\n", "")


def xlsx_sheet_text(path: Path, page: int) -> list[str]:
    wb = load_workbook(path, read_only=True)
    ws = wb.worksheets[page - 1]
    return [str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None]


def audit(t) -> list[str]:
    """Consistency checks on the declared (申报表) values; returns the names of the failing checks."""
    v = {r.label: r.normalized for r in t.summary_rows}
    bad = []

    def num(x):
        return isinstance(x, (int, float)) and not isinstance(x, bool)

    def close(a, b):
        return abs(a - b) < 0.006

    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        bad.append("team")
    rd, rev = v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"]
    if not num(v["平台相关研发投入强度（%）"]):
        bad.append("blank:平台相关研发投入强度（%）")
    elif not close(v["平台相关研发投入强度（%）"], round(rd / rev * 100, 2)):
        bad.append("formula:rd")
    pay = v["付费用户占比（%）"]
    if not num(pay):
        bad.append("blank:付费用户占比（%）")
    elif not close(pay, round(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100, 2)):
        bad.append("formula:付费用户占比")
    if not close(v["存储资源利用率（%）"], round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2)):
        bad.append("formula:storage")
    years = v["平台近三年经营指标情况"]
    if years["2023年平台营收（万元）"] != rev:
        bad.append("years:2023")
    for y in (2022, 2023):
        g = years.get(f"{y}年增长率（%）")
        prev = years[f"{y - 1}年平台营收（万元）"]
        if g is not None and prev:
            if not close(g, round((years[f"{y}年平台营收（万元）"] - prev) / prev * 100, 2)):
                bad.append(f"growth:{y}")
    pairs = [("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
             ("连接的工业设备/产品/产线种类及数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
             ("公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
             ("公有云工业设备连接数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
             ("公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
             ("公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
             ("海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）"),
             ("工业APP数量（个）", "按分类统计工业APP数量（个）"), ("工业APP数量（个）", "按行业统计工业APP数量（个）"),
             ("公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
             ("公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
             ("工业机理模型数量（个）", "按分类统计工业模型数量（个）"),
             ("实际服务企业数（个）", "按行业统计服务企业数（个）"), ("实际服务企业数（个）", "按省市区域统计服务企业数（个）"),
             ("平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）")]
    for total, breakdown in pairs:
        d = v[breakdown]
        s = sum(d.values()) if isinstance(d, dict) else 0
        if s != v[total]:
            bad.append(f"sum:{breakdown}")
    if v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"] != v["工业APP数量（个）"]:
        bad.append("apps")
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]
    for a, b in subsets:
        if v[a] > v[b]:
            bad.append(f"subset:{a}")
    if v["按省市区域统计服务企业数（个）"].get("上海", 0) != v["服务本市企业数量（个）"]:
        bad.append("shanghai")
    # profit-based rows against the evidence
    facts = {(f.label, f.component): f.normalized for f in t.evidence_facts if f.component}
    profit = facts.get(("平台利润率（%）", "平台利润总额（万元）"))
    if profit is not None and not close(v["平台利润率（%）"], round(profit / rev * 100, 2)):
        bad.append("formula:profit")
    roi = facts.get(("投资回报率（%）", "平台年利润（万元）"))
    if roi is not None and not close(v["投资回报率（%）"], round(roi / v["平台建设金额（万元）"] * 100, 2)):
        bad.append("formula:roi")
    # declared vs list/evidence counts (facts without component on a 附件4 row)
    for f in t.evidence_facts:
        if not f.component and f.label in v and num(v[f.label]) and not close(v[f.label], f.normalized):
            bad.append(f"evidence:{f.label}")
    return bad


EXPECTED = {  # audit failures each planted problem explains
    "h36_p1_tansuo_clean": set(),
    "h36_p2_baowu_problems": {"growth:2023", "blank:付费用户占比（%）", "sum:按海外国家分类统计海外设备连接数量（台/套）"},
    "h36_p3_laiyifen_problems": {"blank:平台相关研发投入强度（%）", "formula:roi", "evidence:平台核心软硬件技术获得的专利数量（项）"},
    "h36_p4_xipai_problems": {"formula:付费用户占比", "evidence:平台获得省部级及以上奖项/荣誉数量（个）"},
}


def main(out: Path) -> int:
    errors = []
    truths = [load_truth(p) for p in sorted((out / "truth").glob("*.json"))]
    assert len(truths) == 4, len(truths)
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"{len(clean)} clean packages")
    for t in truths:
        root = out / "packages" / t.package_id
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} rows")
        if t.problems and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            path = root / f.file
            if f.image_only:
                if path.suffix == ".pdf":
                    if pdf_page_text(path, f.page).strip():
                        errors.append(f"{t.package_id}: {f.file} p{f.page} has a text layer")
                continue
            if path.suffix == ".pdf":
                ok = f.quote in pdf_page_text(path, f.page)
            elif path.suffix == ".xlsx":
                ok = any(f.quote in c for c in xlsx_sheet_text(path, f.page))
            else:
                ok = False
            if not ok:
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        for name in t.files:  # office files open
            if name.endswith((".docx", ".xlsx")):
                zipfile.ZipFile(root / name).testzip()
        got = set(audit(t))
        if got != EXPECTED[t.package_id]:
            errors.append(f"{t.package_id}: audit {sorted(got)} != expected {sorted(EXPECTED[t.package_id])}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems, audit {sorted(got)}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    sys.exit(main(Path(ap.parse_args().out)))
