"""Verify the h37 set: truth loads, files on disk == truth files, every quote on its page (image-only pages have
no text layer), exactly one clean package, and a formula/consistency audit that finds nothing in the clean package
and, in the problem packages, only disagreements on planted fields.

    /work/main/.venv/bin/python -m eval_sets.blind.h37.verify [--root DIR]
"""

from __future__ import annotations

import argparse
import html
import io
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def page_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    t = doc[page - 1].get_textpage().get_text_range()
    doc.close()
    return t


def office_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, float):
                        parts.append(f"{v:.2f}")
                    elif isinstance(v, int):
                        parts.append(f"{v}|{v:.2f}")
                    elif v is not None:
                        parts.append(str(v))
                    parts.append("\n")
        return "".join(parts)
    z = zipfile.ZipFile(path)
    return "".join(html.unescape(re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8")))
                   for n in z.namelist() if n.endswith(".xml"))


def audit(t) -> list[tuple[str, str]]:
    """(check, field) pairs that fail on the 汇总表 rows of a package."""
    v = {r.label: r.normalized for r in t.summary_rows}
    bad = []

    def close(a, b, tol=0.011):
        return abs(a - b) <= tol

    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        bad.append(("identity", "平台团队总人数（人）"))
    g = v["平台近三年经营指标情况"]
    rev = {y: g[f"{y}年平台营收（万元）"] for y in (2021, 2022, 2023)}
    for y in (2022, 2023):
        if not close(round((rev[y] / rev[y - 1] - 1) * 100, 2), g[f"{y}年增长率（%）"]):
            bad.append(("growth_rate", "平台近三年经营指标情况"))
    if not close(rev[2023], v["平台相关营业收入（万元）"]):
        bad.append(("identity", "平台相关营业收入（万元）"))
    if not close(round(v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100, 2), v["平台相关研发投入强度（%）"]):
        bad.append(("formula", "平台相关研发投入强度（%）"))
    if not close(round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2), v["存储资源利用率（%）"]):
        bad.append(("formula", "存储资源利用率（%）"))
    if not close(round(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100, 2), v["付费用户占比（%）"]):
        bad.append(("formula", "付费用户占比（%）"))
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
    for part, total in sums:
        if sum(v[part].values()) != v[total]:
            bad.append(("breakdown_sum", part))
    if v["按省市区域统计服务企业数（个）"].get("上海") != v["服务本市企业数量（个）"]:
        bad.append(("identity", "服务本市企业数量（个）"))
    subsets = [("运维人数（人）", "平台团队总人数（人）"), ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "注册企业用户数（个）"),
               ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
               ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("存储工业数据量（TB）", "存储容量（TB）"),
               ("平台公有云实际使用数量（台）", "平台实际用云量（台）")]
    for a, b in subsets:
        if v[a] > v[b]:
            bad.append(("subset", a))
    # evidence vs declared
    comp = {"平台利润总额（万元）", "平台年利润（万元）"}
    for f in t.evidence_facts:
        if f.component in comp:
            continue
        if f.component:
            want = v[f.label][f.component]
        else:
            want = v.get(f.label)
        if want is None or not close(float(want), float(f.normalized)):
            bad.append(("declared_vs_evidence", f.label))
    # derived from the evidence: 利润率 and 投资回报率 from the audited profit
    prof = [f.normalized for f in t.evidence_facts if f.component == "平台利润总额（万元）"]
    if prof and not close(round(prof[0] / v["平台相关营业收入（万元）"] * 100, 2), v["平台利润率（%）"]):
        bad.append(("formula", "平台利润率（%）"))
    if prof and not close(round(prof[0] / v["平台建设金额（万元）"] * 100, 2), v["投资回报率（%）"]):
        bad.append(("formula", "投资回报率（%）"))
    return bad


def verify(root: Path) -> int:
    errors = []
    truths = [load_truth(p) for p in sorted((root / "truth").glob("*.json"))]
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"{len(clean)} clean packages")
    for t in truths:
        pkg = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        for f in t.evidence_facts:
            path = pkg / f.file
            if f.file.endswith(".pdf"):
                text = page_text(path, f.page)
                if f.image_only:
                    if squash(text):
                        errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
                elif squash(f.quote) not in squash(text):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif f.file.endswith((".docx", ".xlsx")):
                if squash(f.quote) not in squash(office_text(path)):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not in {f.file}")
        # the 汇总表 holds the same values as the truth rows
        summ = [k for k, r in t.files.items() if r == "汇总表"][0]
        stext = squash(office_text(pkg / summ))
        for r in t.summary_rows:
            if squash(r.value) not in stext:
                errors.append(f"{t.package_id}: 汇总表 lacks {r.label}={r.value}")
        bad = audit(t)
        planted = {(p.family, fld) for p in t.problems for fld in p.fields}
        planted_fields = {fld for p in t.problems for fld in p.fields}
        for fam, fld in bad:
            if fld not in planted_fields:
                errors.append(f"{t.package_id}: unplanted inconsistency {fam} on {fld}")
        found_fields = {fld for _, fld in bad}
        for p in t.problems:
            if p.family in ("declared_vs_evidence", "formula", "growth_rate", "identity", "breakdown_sum", "subset") \
                    and not (set(p.fields) & found_fields):
                errors.append(f"{t.package_id}: planted {p.id} not found by the audit")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems, "
              f"audit flags {sorted(set(bad))}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(HERE))
    sys.exit(verify(Path(ap.parse_args().root)))
