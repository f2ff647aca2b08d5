"""Verify the built h49 set.

    /work/main/.venv/bin/python -m eval_sets.blind.h49.verify [--dir DIR]

Checks: truth loads; files on disk == truth files; every fact's quote is on its page (text PDFs via
pypdfium2, DOCX/XLSX by their text, image-only pages have no text layer and are flagged image_only);
exactly one clean package; formula audit of every package's declared figures (研发投入强度, 利润率,
付费用户占比, 存储资源利用率, 投资回报率, 增长率, 运维+运营=总人数) against the truth and the audit facts.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from openpyxl import load_workbook

from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent


def _n(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def page_text(path: Path, page: int) -> str | None:
    """Text of a 1-based page; None when the page has no text layer."""
    suf = path.suffix.lower()
    if suf == ".pdf":
        pdf = pdfium.PdfDocument(str(path))
        tp = pdf[page - 1].get_textpage()
        text = tp.get_text_range()
        return text if text.strip() else None
    if suf == ".xlsx":
        wb = load_workbook(path, data_only=True)
        ws = wb.worksheets[page - 1]
        return "\n".join(" ".join("" if c is None else str(c) for c in row) for row in ws.iter_rows(values_only=True))
    if suf == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if suf == ".png":
        return None
    raise ValueError(path)


def main(base: Path) -> int:
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((base / "truth").glob("*.json"))]
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"{len(clean)} clean packages, expected 1")
    for t in truths:
        root = base / "packages" / t.package_id
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ: extra {on_disk - set(t.files)}, missing {set(t.files) - on_disk}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        if not t.problems == [] and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            text = page_text(root / f.file, f.page)
            if text is None:
                if not f.image_only:
                    errors.append(f"{t.package_id}: {f.file} p{f.page} has no text but fact not image_only")
            else:
                if f.image_only:
                    errors.append(f"{t.package_id}: {f.file} p{f.page} has text but fact flagged image_only")
                if _n(f.quote) not in _n(text):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        # formula audit
        v = {r.label: r.normalized for r in t.summary_rows}
        comp = {f.component: f.normalized for f in t.evidence_facts if f.component and f.normalized is not None}
        rev = v["平台相关营业收入（万元）"]
        checks = [
            ("平台相关研发投入强度（%）", v["平台相关研发投入（万元）"] / rev * 100),
            ("平台利润率（%）", comp["平台利润总额（万元）"] / rev * 100),
            ("投资回报率（%）", comp["平台年利润（万元）"] / v["平台建设金额（万元）"] * 100),
            ("付费用户占比（%）", v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100),
            ("存储资源利用率（%）", v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100),
        ]
        three = v["平台近三年经营指标情况"]
        checks.append(("2022年增长率", (three["2022年平台营收（万元）"] / three["2021年平台营收（万元）"] - 1) * 100, three["2022年增长率（%）"]))
        checks.append(("2023年增长率", (three["2023年平台营收（万元）"] / three["2022年平台营收（万元）"] - 1) * 100, three["2023年增长率（%）"]))
        for item in checks:
            label, expect = item[0], item[1]
            got = item[2] if len(item) == 3 else v[label]
            if abs(round(expect + 1e-9, 2) - got) > 0.005:
                errors.append(f"{t.package_id}: formula {label}: {got} vs {expect:.4f}")
        if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
            errors.append(f"{t.package_id}: team sum")
        if not t.problems:
            # a clean package: every numeric fact equals its row (unless a component or a rounded/plus figure)
            for f in t.evidence_facts:
                if f.component or f.normalized is None:
                    continue
                row = v.get(f.label)
                if isinstance(row, (int, float)) and not isinstance(row, bool) and abs(row - f.normalized) > 0.005:
                    errors.append(f"clean {t.package_id}: fact {f.label} {f.value} ({f.file} p{f.page}) != {row}")
            for label, val in v.items():
                if isinstance(val, dict) and "按" in label:
                    total_label = {"按二级分类统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
                                   "按省市区域统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
                                   "按二级分类统计公有云工业设备数量（台/套）": "公有云工业设备连接数量（台/套）",
                                   "按省市区域统计公有云工业设备数量（台/套）": "公有云工业设备连接数量（台/套）",
                                   "按二级分类统计公有云工业设备平均日运行数量（台/套）": "公有云工业设备平均日运行数量（台/套）",
                                   "按省市区域统计公有云工业设备平均日运行数量（台/套）": "公有云工业设备平均日运行数量（台/套）",
                                   "按海外国家分类统计海外设备连接数量（台/套）": "海外设备连接数量（台/套）",
                                   "按分类统计工业APP数量（个）": "工业APP数量（个）", "按行业统计工业APP数量（个）": "工业APP数量（个）",
                                   "按分类统计公有云工业APP平均日活跃数量（个）": "公有云工业APP平均日活跃数量（个）",
                                   "按行业统计公有云工业APP平均日活跃数量（个）": "公有云工业APP平均日活跃数量（个）",
                                   "按分类统计工业模型数量（个）": "工业机理模型数量（个）",
                                   "按行业统计服务企业数（个）": "实际服务企业数（个）", "按省市区域统计服务企业数（个）": "实际服务企业数（个）",
                                   "按新模式统计解决方案数量（个）": "平台提供的解决方案总数（个）"}[label]
                    if sum(val.values()) != v[total_label]:
                        errors.append(f"clean {t.package_id}: {label} sums {sum(val.values())} != {v[total_label]}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=HERE)
    sys.exit(main(ap.parse_args().dir))
