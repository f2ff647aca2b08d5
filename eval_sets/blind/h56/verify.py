"""Verify blind set h56: truth loads, files match, every quote is on its page, one clean package, formulas.

    /work/main/.venv/bin/python eval_sets/blind/h56/verify.py [--out DIR]
"""
from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return WS.sub("", s)


def pdf_page_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    assert 1 <= page <= len(doc), f"{path.name}: page {page} out of range"
    return doc[page - 1].get_textpage().get_text_range()


def xlsx_sheet_text(path: Path, page: int) -> str:
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb.worksheets[page - 1]
    return "\n".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None)


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "\n".join(parts)


def formula_audit(t) -> list[str]:
    v = {r.label: r.normalized for r in t.summary_rows}
    bad = []

    def near(a, b, what):
        if abs(a - b) > 0.0051:
            bad.append(f"{what}: {a} vs {b}")
    f = v["平台近三年经营指标情况"]
    near(v["平台相关研发投入强度（%）"], round(v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100, 2), "研发强度")
    near(v["存储资源利用率（%）"], round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2), "存储利用率")
    near(v["付费用户占比（%）"], round(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100, 2), "付费占比")
    near(f["2023年平台营收（万元）"], v["平台相关营业收入（万元）"], "2023营收")
    for y in (2022, 2023):
        a, b = f[f"{y - 1}年平台营收（万元）"], f[f"{y}年平台营收（万元）"]
        near(f[f"{y}年增长率（%）"], round((b - a) / a * 100, 2), f"{y}增长率")
    near(v["运维人数（人）"] + v["运营人数（人）"], v["平台团队总人数（人）"], "人数")
    pairs = [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
             ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
             ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
             ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
             ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
             ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
             ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
             ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
             ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
             ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"),
             ("按行业统计服务企业数（个）", "实际服务企业数（个）"), ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"),
             ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    for part, whole in pairs:
        near(sum(v[part].values()), v[whole], part)
    near(v["服务本市企业数量（个）"], v["按省市区域统计服务企业数（个）"].get("上海", 0), "本市")
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    out = Path(ap.parse_args(argv).out)
    errors = []
    truths = [load_truth(p) for p in sorted((out / "truth").glob("*.json"))]
    assert len(truths) == 4, len(truths)
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"expected exactly one clean package, got {len(clean)}")
    for t in truths:
        root = out / "packages" / t.package_id
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ: extra {on_disk - set(t.files)}, missing {set(t.files) - on_disk}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        if t.problems and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            path = root / f.file
            suffix = path.suffix.lower()
            if f.image_only:
                if suffix == ".pdf":
                    txt = pdf_page_text(path, f.page)
                    if txt.strip():
                        errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
                elif suffix != ".png" or f.page != 1:
                    errors.append(f"{t.package_id}: image_only fact on {f.file} p{f.page}")
                continue
            if suffix == ".pdf":
                txt = pdf_page_text(path, f.page)
            elif suffix == ".xlsx":
                txt = xlsx_sheet_text(path, f.page)
            elif suffix == ".docx":
                txt = docx_text(path)
            else:
                errors.append(f"{t.package_id}: unsupported {f.file}")
                continue
            if squash(f.quote) not in squash(txt):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        for name, role in t.files.items():
            if name.endswith((".docx", ".xlsx")):
                zipfile.ZipFile(root / name).testzip()
        bad = formula_audit(t)
        if not t.problems and bad:
            errors.append(f"{t.package_id}: formula audit {bad}")
        print(t.package_id, "facts", len(t.evidence_facts), "problems", len(t.problems), "audit", bad or "ok")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
