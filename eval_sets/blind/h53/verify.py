"""Verify blind set h53: `python -m eval_sets.blind.h53.verify [--root DIR]`."""

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


def pdf_page_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    tp = doc[page - 1].get_textpage()
    text = tp.get_text_range()
    doc.close()
    return text


def file_text(path: Path, page: int) -> str:
    if path.suffix == ".pdf":
        return pdf_page_text(path, page)
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[page - 1]
        return "\n".join(str(c.value) for r in ws.iter_rows() for c in r if c.value is not None)
    raise ValueError(path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(HERE))
    root = Path(ap.parse_args(argv).root)
    errors = []
    truths = [load_truth(p) for p in sorted((root / "truth").glob("*.json"))]
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"expected exactly one clean package, got {len(clean)}")
    for t in truths:
        pkg = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ: extra {on_disk - set(t.files)} missing {set(t.files) - on_disk}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        if t.problems and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            path = pkg / f.file
            if path.suffix == ".pdf":
                text = pdf_page_text(path, f.page)
                if f.image_only:
                    if squash(f.quote) in squash(text):
                        errors.append(f"{t.package_id}: image-only fact has text layer: {f.quote} p{f.page}")
                    continue
            else:
                text = file_text(path, f.page)
            if squash(f.quote) not in squash(text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        rows = {r.label: r.normalized for r in t.summary_rows}
        # formula audit (declared side)
        rev = rows["平台相关营业收入（万元）"]
        if abs(round(rows["平台相关研发投入（万元）"] / rev * 100, 2) - rows["平台相关研发投入强度（%）"]) > 0.006:
            errors.append(f"{t.package_id}: 研发投入强度")
        if abs(round(rows["存储工业数据量（TB）"] / rows["存储容量（TB）"] * 100, 2) - rows["存储资源利用率（%）"]) > 0.006:
            errors.append(f"{t.package_id}: 存储资源利用率")
        if rows["运维人数（人）"] + rows["运营人数（人）"] != rows["平台团队总人数（人）"]:
            errors.append(f"{t.package_id}: 人数")
        for total, parts in (("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
                             ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
                             ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
                             ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
                             ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
                             ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
                             ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
                             ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
                             ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])):
            for p in parts:
                if sum(rows[p].values()) != rows[total]:
                    errors.append(f"{t.package_id}: breakdown {p} sums {sum(rows[p].values())} != {rows[total]}")
        if rows["服务本市企业数量（个）"] != rows["按省市区域统计服务企业数（个）"].get("上海", 0):
            # allowed only where a planted problem touches the region breakdown
            if not any("按省市区域统计服务企业数（个）" in p.fields for p in t.problems):
                errors.append(f"{t.package_id}: 本市 vs 上海")
        if not t.problems:
            by_label = {}
            for f in t.evidence_facts:
                if f.component:
                    continue
                if rows.get(f.label) is not None and abs(rows[f.label] - f.normalized) > 0.006:
                    errors.append(f"{t.package_id}: clean fact {f.label} {f.normalized} != declared {rows[f.label]}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(truths)} packages, {sum(len(t.evidence_facts) for t in truths)} facts, "
          f"{sum(len(t.problems) for t in truths)} problems, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
