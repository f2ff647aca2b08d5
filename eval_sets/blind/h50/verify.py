"""Verify blind set h50: truth loads, files match, quotes on their pages, one clean package, formula audit."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402


def pdf_page_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    tp = doc[page - 1].get_textpage()
    return tp.get_text_range()


def xlsx_sheet_text(path: Path, page: int) -> str:
    wb = load_workbook(path, data_only=True)
    ws = wb.worksheets[page - 1]
    return "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts += [c.text for c in r.cells]
    return "\n".join(parts)


def num(v):
    return v


def audit(t) -> list[str]:
    """Formula audit of the declared rows; returns the list of inconsistencies found."""
    r = {s.label: s.normalized for s in t.summary_rows}
    out = []
    if r["运维人数（人）"] + r["运营人数（人）"] != r["平台团队总人数（人）"]:
        out.append("identity")
    if abs(round(r["平台相关研发投入（万元）"] / r["平台相关营业收入（万元）"] * 100, 2) - r["平台相关研发投入强度（%）"]) > 0.011:
        out.append("formula:研发投入强度")
    if abs(round(r["存储工业数据量（TB）"] / r["存储容量（TB）"] * 100, 2) - r["存储资源利用率（%）"]) > 0.011:
        out.append("formula:存储资源利用率")
    n = r["平台近三年经营指标情况"]
    for y in (2022, 2023):
        g = round((n[f"{y}年平台营收（万元）"] - n[f"{y - 1}年平台营收（万元）"]) / n[f"{y - 1}年平台营收（万元）"] * 100, 2)
        if abs(g - n[f"{y}年增长率（%）"]) > 0.011:
            out.append(f"growth_rate:{y}")
    if n["2023年平台营收（万元）"] != r["平台相关营业收入（万元）"]:
        out.append("near3_vs_revenue")
    for tot, parts in [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
                       ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
                       ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
                       ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
                       ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
                       ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
                       ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
                       ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
                       ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]:
        for p in parts:
            if sum(r[p].values()) != r[tot]:
                out.append(f"breakdown_sum:{p}")
    if r["基于平台开发的工业APP数量（个）"] + r["云化工业软件数量（个）"] != r["工业APP数量（个）"]:
        out.append("apps_sum")
    for sub, sup in [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                     ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                     ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                     ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                     ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                     ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                     ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("工业APP数量（个）", "工业软件总量（个）")]:
        if r[sub] > r[sup]:
            out.append(f"subset:{sub}")
    if abs(round(r["付费企业数（个）"] / r["注册企业用户数（个）"] * 100, 2) - r["付费用户占比（%）"]) > 0.011:
        out.append("formula:付费用户占比")
    if r["服务本市企业数量（个）"] != r["按省市区域统计服务企业数（个）"].get("上海"):
        out.append("subset:local_vs_region")
    return out


def main(base: Path = HERE) -> int:
    errors = []
    truths = sorted((base / "truth").glob("*.json"))
    clean = 0
    for tp in truths:
        t = load_truth(tp)
        pkg = ROOT / t.path if base == HERE else base / "packages" / t.package_id
        on_disk = sorted(str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file())
        if on_disk != sorted(t.files):
            errors.append(f"{t.package_id}: files differ {set(on_disk) ^ set(t.files)}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        if not t.problems:
            clean += 1
        for f in t.evidence_facts:
            path = pkg / f.file
            if f.image_only:
                if path.suffix == ".pdf" and pdf_page_text(path, f.page).strip():
                    errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
                continue
            if path.suffix == ".pdf":
                text = pdf_page_text(path, f.page)
            elif path.suffix == ".xlsx":
                text = xlsx_sheet_text(path, f.page)
            elif path.suffix == ".docx":
                text = docx_text(path)
            else:
                errors.append(f"{t.package_id}: {f.file} is an image but fact not image_only")
                continue
            if f.quote not in text:
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        found = audit(t)
        planted = {p.family for p in t.problems}
        for item in found:
            fam = item.split(":")[0]
            if fam not in planted:
                errors.append(f"{t.package_id}: unplanned inconsistency {item}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems; audit {found}")
    if clean != 1:
        errors.append(f"{clean} clean packages (want 1)")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
