"""Checks of blind set h55.  python -m eval_sets.blind.h55.verify [--out DIR]"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdfium2 as pdfium

from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def page_text(path: Path, page: int) -> str:
    if path.suffix == ".pdf":
        pdf = pdfium.PdfDocument(str(path))
        t = pdf[page - 1].get_textpage().get_text_range()
        pdf.close()
        return t
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(str(path))
        return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    return ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    out = Path(ap.parse_args().out)
    errors = []
    clean = 0
    truths = sorted((out / "truth").glob("*.json"))
    assert len(truths) == 4, truths
    for tp in truths:
        t = load_truth(tp)
        root = out / "packages" / t.package_id
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        assert len(t.summary_rows) == 103
        clean += not t.problems
        if t.problems and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            path = root / f.file
            text = page_text(path, f.page)
            if f.image_only:
                if squash(text):
                    errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
            elif squash(f.quote) not in squash(text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        # formula audit on the declared values
        v = {r.label: r.normalized for r in t.summary_rows}
        def chk(name, got, want):
            if abs(got - round(want + 1e-9, 2)) > 0.006:
                errors.append(f"{t.package_id}: {name} {got} != {want:.4f}")
        chk("研发强度", v["平台相关研发投入强度（%）"], v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100)
        chk("存储利用率", v["存储资源利用率（%）"], v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100)
        if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
            errors.append(f"{t.package_id}: team sum")
        for total, parts in (("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
                             ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
                             ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
                             ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
                             ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]), ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"]),
                             ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"])):
            for part in parts:
                if sum(v[part].values()) != v[total]:
                    errors.append(f"{t.package_id}: {part} sums to {sum(v[part].values())} != {v[total]}")
        three = v["平台近三年经营指标情况"]
        if abs(three["2023年平台营收（万元）"] - v["平台相关营业收入（万元）"]) > 0.006:
            errors.append(f"{t.package_id}: 近三年2023 != 营业收入")
        if not t.problems:  # the clean package: 近三年 growth rates hold
            chk("2022增长率", three["2022年增长率（%）"], (three["2022年平台营收（万元）"] / three["2021年平台营收（万元）"] - 1) * 100)
            chk("2023增长率", three["2023年增长率（%）"], (three["2023年平台营收（万元）"] / three["2022年平台营收（万元）"] - 1) * 100)
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    if clean != 1:
        errors.append(f"{clean} clean packages")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
