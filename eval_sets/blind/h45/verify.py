"""Verify blind set h45: truth loads, files match, quotes are on their pages (text layer honesty included),
one clean package, formula/consistency audit whose only failures are the planted problems.

    /work/main/.venv/bin/python eval_sets/blind/h45/verify.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

import openpyxl  # noqa: E402
import pypdfium2  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402


def squash(s):
    return "".join(str(s).split())


def pdf_text(path, page):
    doc = pypdfium2.PdfDocument(str(path))
    t = doc[page - 1].get_textpage().get_text_range()
    doc.close()
    return squash(t)


def xlsx_text(path, sheet):
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb.worksheets[sheet - 1]
    return squash("".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None))


def audit(t):
    """Consistency failures of a package as (family, label) pairs."""
    R = {r.label: r.normalized for r in t.summary_rows}
    out = set()
    if R["运维人数（人）"] + R["运营人数（人）"] != R["平台团队总人数（人）"]:
        out.add(("identity", "平台团队总人数（人）"))
    rev = R["平台相关营业收入（万元）"]
    if abs(round(R["平台相关研发投入（万元）"] / rev * 100, 2) - R["平台相关研发投入强度（%）"]) > 0.011:
        out.add(("formula", "平台相关研发投入强度（%）"))
    if abs(round(R["存储工业数据量（TB）"] / R["存储容量（TB）"] * 100, 2) - R["存储资源利用率（%）"]) > 0.011:
        out.add(("formula", "存储资源利用率（%）"))
    if abs(round(R["付费企业数（个）"] / R["注册企业用户数（个）"] * 100, 2) - R["付费用户占比（%）"]) > 0.011:
        out.add(("formula", "付费用户占比（%）"))
    three = R["平台近三年经营指标情况"]
    if abs(three["2023年平台营收（万元）"] - rev) > 0.005:
        out.add(("identity", "平台近三年经营指标情况"))
    g22 = round((three["2023年平台营收（万元）"] - three["2022年平台营收（万元）"]) / three["2022年平台营收（万元）"] * 100, 2)
    if abs(g22 - three["2023年增长率（%）"]) > 0.011:
        out.add(("growth_rate", "平台近三年经营指标情况"))
    for tot, parts in (
            ("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
            ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
            ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
            ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
            ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
            ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
            ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
            ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"]),
            ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"])):
        for p in parts:
            if isinstance(R[p], dict) and sum(R[p].values()) != R[tot]:
                out.add(("breakdown_sum", p))
    for small, big in (("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                       ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                       ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                       ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                       ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                       ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")):
        if R[small] > R[big]:
            out.add(("subset", small))
    if R["服务本市企业数量（个）"] != R["按省市区域统计服务企业数（个）"].get("上海"):
        out.add(("identity", "服务本市企业数量（个）"))
    # evidence vs declared
    for f in t.evidence_facts:
        if f.component:
            if f.component.startswith("20"):
                want = three[f.component]
            elif "利润" in f.component:
                want = (R["平台利润率（%）"] * rev / 100)
                if abs(want - f.normalized) > rev * 0.0001 + 0.01:
                    out.add(("declared_vs_evidence", f.label))
                continue
            else:
                continue
        else:
            want = R[f.label]
        if abs(want - f.normalized) > 0.005:
            fam = {"evidence:screenshot": "screenshot_vs_form", "evidence:patent_list": "count_vs_list"}.get(
                t.files[f.file], "declared_vs_evidence")
            if "软著" in f.label:
                fam = "count_vs_list"
            out.add((fam, f.label))
    return out


def main():
    problems_ok = True
    clean = 0
    for tp in sorted((HERE / "truth").glob("*.json")):
        t = load_truth(tp)
        root = REPO / t.path
        on_disk = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
        assert on_disk == sorted(t.files), (t.package_id, set(on_disk) ^ set(t.files))
        assert len(t.summary_rows) == 103
        for f in t.evidence_facts:
            path = root / f.file
            q = squash(f.quote)
            if f.file.endswith(".pdf"):
                txt = pdf_text(path, f.page)
                if f.image_only:
                    assert q not in txt, (t.package_id, f.file, f.page, f.quote, "image_only but in text layer")
                else:
                    assert q in txt, (t.package_id, f.file, f.page, f.quote)
            elif f.file.endswith(".xlsx"):
                assert q in xlsx_text(path, f.page), (t.package_id, f.file, f.quote)
        if not t.problems:
            clean += 1
        # hostile devices present
        dev = [n for n, r in t.files.items() if r == "evidence:device_list"][0]
        rd = PdfReader(str(root / dev))
        assert rd.pages[0].get("/Rotate") == 90 and rd.pages[1].cropbox != rd.pages[1].mediabox
        for name, role in t.files.items():
            if role == "申报表" and name.endswith(".pdf"):
                fields = PdfReader(str(root / name)).get_fields()
                R = {r.label: r.value for r in t.summary_rows}
                vals = {v.get("/V") for v in fields.values()}
                for lab in ("平台相关研发投入（万元）", "工业协议兼容适配数量（个）", "注册企业用户数（个）"):
                    assert R[lab] in vals, (lab, R[lab])
        found = audit(t)
        planted = {(p.family, fl) for p in t.problems for fl in p.fields}
        extra = {x for x in found if x not in planted}
        missing = {x for x in planted if x[0] in ("formula", "identity", "breakdown_sum", "subset", "growth_rate",
                                                   "declared_vs_evidence", "count_vs_list", "screenshot_vs_form")
                   and x not in found}
        if extra or missing:
            problems_ok = False
            print("AUDIT", t.package_id, "unplanted:", extra, "not found:", missing)
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts "
              f"({sum(f.image_only for f in t.evidence_facts)} image_only), {len(t.problems)} problems")
    assert clean == 1, clean
    assert problems_ok
    print("OK")


if __name__ == "__main__":
    main()
