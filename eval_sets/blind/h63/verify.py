"""Verify the h63 set: truth loads, files on disk == truth files, every fact's quote is on its page (text PDFs via
pypdfium2; DOCX/XLSX by their text; image-only pages have no text layer), exactly one clean package, the
form's own formulas and sums hold except where a problem is planted, and every 申报表 value is in the 申报表.

    /work/main/.venv/bin/python -m eval_sets.blind.h63.verify [--dir DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import docx
import openpyxl
import pypdfium2

from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def pdf_pages(path: Path) -> list[str]:
    doc = pypdfium2.PdfDocument(str(path))
    out = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return out


def xlsx_sheets(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [" ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None) for ws in wb.worksheets]


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def check(root: Path) -> list[str]:
    errs: list[str] = []
    truths = [load_truth(p) for p in sorted((root / "truth").glob("*.json"))]
    if len(truths) != 4:
        errs.append(f"expected 4 packages, got {len(truths)}")
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errs.append(f"expected exactly one clean package, got {len(clean)}")
    for t in truths:
        pkg = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errs.append(f"{t.package_id}: files differ: extra {on_disk - set(t.files)}, missing {set(t.files) - on_disk}")
        if len(t.summary_rows) != 103:
            errs.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        if t.problems and not 2 <= len(t.problems) <= 5:
            errs.append(f"{t.package_id}: {len(t.problems)} problems")
        cache: dict[str, list[str]] = {}
        for f in t.facts if hasattr(t, "facts") else t.evidence_facts:
            path = pkg / f.file
            if f.file not in cache:
                if path.suffix == ".pdf":
                    cache[f.file] = pdf_pages(path)
                elif path.suffix == ".xlsx":
                    cache[f.file] = xlsx_sheets(path)
                elif path.suffix == ".docx":
                    cache[f.file] = [docx_text(path)]
                else:
                    cache[f.file] = [""]
            pages = cache[f.file]
            if f.page > len(pages):
                errs.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            text = pages[f.page - 1]
            if f.image_only:
                if norm(text):
                    errs.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
            elif norm(f.quote) not in norm(text):
                errs.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            if f.normalized is not None and norm(f.value).replace(",", "") not in norm(f.quote).replace(",", ""):
                errs.append(f"{t.package_id}: value {f.value!r} not in quote {f.quote!r}")
        errs += audit(t, pkg)
    return errs


def audit(t, pkg: Path) -> list[str]:
    """Formulas and sums of the form; a violation must be a planted problem of that field."""
    errs = []
    r = {row.label: row.normalized for row in t.summary_rows}
    planted = {f for p in t.problems for f in p.fields}

    def expect(ok: bool, field: str, what: str):
        if not ok and field not in planted:
            errs.append(f"{t.package_id}: {what} (not planted)")
        if ok and field in planted and any(p.family in ("formula", "identity", "breakdown_sum", "subset")
                                           and field in p.fields for p in t.problems):
            errs.append(f"{t.package_id}: planted {field} but it holds: {what}")

    expect(r["运维人数（人）"] + r["运营人数（人）"] == r["平台团队总人数（人）"], "平台团队总人数（人）", "team sum")
    rev = r["平台近三年经营指标情况"]
    expect(rev["2023年平台营收（万元）"] == r["平台相关营业收入（万元）"], "平台相关营业收入（万元）", "2023 revenue")
    expect(abs(round(r["平台相关研发投入（万元）"] / r["平台相关营业收入（万元）"] * 100, 2) - r["平台相关研发投入强度（%）"]) < 0.006,
           "平台相关研发投入强度（%）", "R&D intensity")
    expect(abs(round((rev["2023年平台营收（万元）"] / rev["2022年平台营收（万元）"] - 1) * 100, 2) - rev["2023年增长率（%）"]) < 0.006,
           "平台近三年经营指标情况", "2023 growth")
    expect(abs(round((rev["2022年平台营收（万元）"] / rev["2021年平台营收（万元）"] - 1) * 100, 2) - rev["2022年增长率（%）"]) < 0.006,
           "平台近三年经营指标情况", "2022 growth")
    expect(abs(round(r["存储工业数据量（TB）"] / r["存储容量（TB）"] * 100, 2) - r["存储资源利用率（%）"]) < 0.006,
           "存储资源利用率（%）", "storage utilisation")
    expect(abs(round(r["付费企业数（个）"] / r["注册企业用户数（个）"] * 100, 2) - r["付费用户占比（%）"]) < 0.006,
           "付费用户占比（%）", "paid share")
    sums = [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
            ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
            ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）",
                                         "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
            ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
            ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
            ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
            ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
            ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]
    for total, parts in sums:
        for part in parts:
            expect(sum(r[part].values()) == r[total], part, f"{part} sums to {sum(r[part].values())} ≠ {r[total]}")
    expect(r["按省市区域统计服务企业数（个）"].get("上海") == r["服务本市企业数量（个）"], "服务本市企业数量（个）", "上海 = 本市")
    expect(r["基于平台开发的工业APP数量（个）"] + r["云化工业软件数量（个）"] == r["工业APP数量（个）"], "工业APP数量（个）", "APP parts")
    for small, big in (("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                       ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                       ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                       ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                       ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                       ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
                       ("存储工业数据量（TB）", "存储容量（TB）"), ("公有云数据总量（TB）", "存储工业数据量（TB）")):
        expect(r[small] <= r[big], small, f"{small} ≤ {big}")
    # every declared value is written in the 申报表 (DOCX or XLSX)
    form = [name for name, role in t.files.items() if role == "申报表"][0]
    text = norm(docx_text(pkg / form) if form.endswith(".docx") else " ".join(xlsx_sheets(pkg / form)))
    skip = {"序号", "评审会现场地址信息", "平台近三年经营指标情况", "建设时间", "平台订单数量(近一年总量)（个）",
            "平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
            "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
            "平台是否融合使用国家标识解析系统", "平台获得省部级及以上奖项/荣誉数量（个）", "部署方式", "平台建设方式"}
    for row in t.summary_rows:
        if row.label not in skip and norm(row.value) not in text:
            errs.append(f"{t.package_id}: 申报表 lacks {row.label} = {row.value!r}")
    return errs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=HERE)
    errs = check(ap.parse_args().dir)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
