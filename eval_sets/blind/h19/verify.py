"""Checks the h19 truth files: schema load, files exist, quotes on their pages.

    .venv/bin/python eval_sets/blind/h19/verify.py    (from the repository)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[2]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    return [squash(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]


def xlsx_sheets(path: Path) -> list[str]:
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append(squash(" ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)))
    return out


def docx_text(path: Path) -> str:
    import docx
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return squash(" ".join(parts))


def audit(t) -> list[str]:
    """Computable consistency checks of the declared values (to confirm clean = clean, problems = only the planted)."""
    v = {r.label: r.normalized for r in t.summary_rows}
    out = []
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        out.append("identity team")
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("存储工业数据量（TB）", "存储容量（TB）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）")]
    for a, b in subsets:
        if v[a] is not None and v[b] is not None and v[a] > v[b]:
            out.append(f"subset {a} > {b}")
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
    for a, b in sums:
        if isinstance(v[a], dict) and sum(v[a].values()) != v[b]:
            out.append(f"breakdown {a} {sum(v[a].values())} != {v[b]}")
    if isinstance(v["按省市区域统计服务企业数（个）"], dict) and v["按省市区域统计服务企业数（个）"].get("上海") != v["服务本市企业数量（个）"]:
        out.append("本市 != 区域上海")
    def near(a, b):
        return abs(a - b) <= 0.011
    if not near(v["平台相关研发投入强度（%）"], v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100):
        out.append("formula intensity")
    if not near(v["存储资源利用率（%）"], v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100):
        out.append("formula storage")
    r = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        if not near(r[f"{y}年增长率（%）"], (r[f"{y}年平台营收（万元）"] / r[f"{y-1}年平台营收（万元）"] - 1) * 100):
            out.append(f"growth {y}")
    if not near(r["2023年平台营收（万元）"], v["平台相关营业收入（万元）"]):
        out.append("2023 revenue row vs 平台相关营业收入")
    if not isinstance(v["平台订单数量(近一年总量)（个）"], dict) or set(v["平台订单数量(近一年总量)（个）"]) != {"2023年自然年", "截至填表日前一年"}:
        out.append("orders reading")
    return out


def main() -> int:
    errors, n_facts, n_checked = [], 0, 0
    files = sorted((ROOT / "truth").glob("*.json"))
    assert files, "no truth files"
    for tf in files:
        t = load_truth(tf)
        pkg = ROOT / t.path
        assert t.path == f"packages/{t.package_id}" and t.delivery == "folder"
        for rel in t.files:
            if not (pkg / rel).is_file():
                errors.append(f"{t.package_id}: missing file {rel}")
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        extra = on_disk - set(t.files)
        if extra:
            errors.append(f"{t.package_id}: files not in truth {sorted(extra)}")
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            n_facts += 1
            path = pkg / f.file
            if f.image_only:
                continue
            suffix = path.suffix.lower()
            if f.file not in cache:
                if suffix == ".pdf":
                    cache[f.file] = pdf_pages(path)
                elif suffix == ".xlsx":
                    cache[f.file] = xlsx_sheets(path)
                elif suffix == ".docx":
                    cache[f.file] = [docx_text(path)]
                else:
                    errors.append(f"{t.package_id}: text fact in unsupported file {f.file}")
                    continue
            pages = cache[f.file]
            if f.page > len(pages):
                errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            if not pages[f.page - 1]:
                errors.append(f"{t.package_id}: {f.file} p{f.page} has no text layer but fact is not image_only")
            elif squash(f.quote) not in pages[f.page - 1]:
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            n_checked += 1
        for p in t.problems:
            for rel in p.files:
                if not (pkg / rel).is_file() and p.family != "missing_file":
                    errors.append(f"{t.package_id}: problem {p.id} cites missing {rel}")
        issues = audit(t)
        if not t.problems and issues:
            errors.append(f"{t.package_id}: clean package has computable issues {issues}")
        print(f"  audit: {issues or 'no computable inconsistency'}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.summary_rows)} rows, {len(t.evidence_facts)} facts, "
              f"{len(t.problems)} problems")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} packages, {n_facts} facts ({n_checked} text-checked), {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
