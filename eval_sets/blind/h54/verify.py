"""Verify the h54 set: truth loads, files match, every quote is on its page, one clean package, formula audit,
and the accepted text of each tracked 申报表 equals the declared values.

    /work/main/.venv/bin/python -m eval_sets.blind.h54.verify [--out DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf_page_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        return doc[page - 1].get_textpage().get_text_range()
    finally:
        doc.close()


def xlsx_text(path: Path) -> str:
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)


def docx_cells_accepted(path: Path) -> list[str]:
    """Text of every table cell with deletions dropped and insertions kept."""
    from lxml import etree
    xml = zipfile.ZipFile(path).read("word/document.xml")
    root = etree.fromstring(xml)
    out = []
    for tc in root.iter(W + "tc"):
        out.append("".join(t.text or "" for t in tc.iter(W + "t")))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    base = ap.parse_args().out
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((base / "truth").glob("*.json"))]
    assert len(truths) == 4, len(truths)
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"expected exactly one clean package, got {len(clean)}")
    for t in truths:
        root = base / "packages" / t.package_id
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ: extra {on_disk - set(t.files)} missing {set(t.files) - on_disk}")
        if t.problems and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            path = root / f.file
            if path.suffix == ".pdf":
                text = pdf_page_text(path, f.page)
                if f.image_only:
                    if text.strip():
                        errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
                elif f.quote not in text:
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif path.suffix == ".xlsx":
                if f.quote not in xlsx_text(path):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file}")
            elif path.suffix == ".png":
                if not f.image_only or f.page != 1:
                    errors.append(f"{t.package_id}: png fact must be image_only page 1")
            else:
                errors.append(f"{t.package_id}: unexpected evidence file {f.file}")
        rows = {r.label: r.normalized for r in t.summary_rows}
        audit(t, rows, errors)
        # the accepted text of the DOCX 申报表 shows every tracked figure's inserted value
        form = [n for n, role in t.files.items() if role == "申报表"][0]
        cells = docx_cells_accepted(root / form)
        for label in ("平台相关营业收入（万元）", "运维人数（人）", "实际服务企业数（个）", "微服务数量（个）",
                      "工业机理模型数量（个）", "付费企业数（个）", "平台核心软硬件技术获得的专利数量（项）"):
            val = rows[label]
            want = f"{val:.2f}" if isinstance(val, float) else str(val)
            if want not in cells:
                errors.append(f"{t.package_id}: accepted DOCX text lacks {label}={want}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(truths)} packages, {sum(len(t.evidence_facts) for t in truths)} facts, "
          f"{sum(len(t.problems) for t in truths)} problems; {'OK' if not errors else f'{len(errors)} errors'}")
    return 1 if errors else 0


def audit(t, r, errors):
    """Formula/identity/breakdown audit: in the clean package everything must hold; in the others only the
    planted problems may break a rule."""
    planted = {(p.family, f) for p in t.problems for f in p.fields}

    def check(cond, family, label, msg):
        if not cond and (family, label) not in planted:
            errors.append(f"{t.package_id}: {msg}")

    def close(a, b):
        return abs(a - b) < 0.006

    y = r["平台近三年经营指标情况"]
    rev = r["平台相关营业收入（万元）"]
    check(close(y["2023年平台营收（万元）"], rev), "summary_vs_form", "平台相关营业收入（万元）", "2023 revenue differs")
    for a, b in (("2021", "2022"), ("2022", "2023")):
        g = (y[f"{b}年平台营收（万元）"] - y[f"{a}年平台营收（万元）"]) / y[f"{a}年平台营收（万元）"] * 100
        check(close(round(g + 1e-9, 2), y[f"{b}年增长率（%）"]), "growth_rate", "平台近三年经营指标情况", f"growth {b}")
    check(close(round(r["平台相关研发投入（万元）"] / rev * 100 + 1e-9, 2), r["平台相关研发投入强度（%）"]), "formula",
          "平台相关研发投入强度（%）", "研发强度")
    check(r["运维人数（人）"] + r["运营人数（人）"] == r["平台团队总人数（人）"], "identity", "运维人数（人）", "team identity")
    check(close(round(r["付费企业数（个）"] / r["注册企业用户数（个）"] * 100 + 1e-9, 2), r["付费用户占比（%）"]), "formula",
          "付费用户占比（%）", "付费用户占比")
    check(close(round(r["存储工业数据量（TB）"] / r["存储容量（TB）"] * 100 + 1e-9, 2), r["存储资源利用率（%）"]), "formula",
          "存储资源利用率（%）", "存储资源利用率")
    for total, parts in (("连接的工业设备/产品/产线种类及数量（台/套）", ("按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）")),
                         ("公有云工业设备连接数量（台/套）", ("按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）")),
                         ("公有云工业设备平均日运行数量（台/套）", ("按二级分类统计公有云工业设备平均日运行数量（台/套）",
                                                  "按省市区域统计公有云工业设备平均日运行数量（台/套）")),
                         ("工业APP数量（个）", ("按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）")),
                         ("公有云工业APP平均日活跃数量（个）", ("按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）")),
                         ("实际服务企业数（个）", ("按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）")),
                         ("工业机理模型数量（个）", ("按分类统计工业模型数量（个）",)),
                         ("平台提供的解决方案总数（个）", ("按新模式统计解决方案数量（个）",))):
        for part in parts:
            check(sum(r[part].values()) == r[total], "breakdown_sum", part, f"{part} sum")
    over = r["按海外国家分类统计海外设备连接数量（台/套）"] or {}
    check(sum(over.values()) == r["海外设备连接数量（台/套）"], "breakdown_sum", "海外设备连接数量（台/套）", "overseas")
    check(r["按省市区域统计服务企业数（个）"]["上海"] == r["服务本市企业数量（个）"], "subset", "服务本市企业数量（个）", "本市")
    for a, b in (("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
                 ("活跃开发者数（个）", "开发者注册总数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                 ("实际服务企业数（个）", "注册企业用户数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                 ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                 ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
                 ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）")):
        check(r[a] <= r[b], "subset", a, f"{a} > {b}")
    # facts that carry the indicator itself must agree with the declared value unless a problem names the field
    named = {f for p in t.problems for f in p.fields}
    for f in t.evidence_facts:
        if f.component or f.label not in r:
            continue
        v = r[f.label]
        if isinstance(v, (int, float)) and not isinstance(v, bool) and not close(float(v), float(f.normalized)):
            if f.label not in named:
                errors.append(f"{t.package_id}: fact {f.label}={f.normalized} vs declared {v} in {f.file}")


if __name__ == "__main__":
    sys.exit(main())
