"""Verify set h70: truth loads, files match, every quote is on its page, one clean package, breakdown audit.

    /work/main/.venv/bin/python -m eval_sets.blind.h70.verify
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    __package__ = "eval_sets.blind.h70"

import docx  # noqa: E402
import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from eval_sets.scorer import score_package, truth_outputs  # noqa: E402
from eval_sets.truth import load_truth  # noqa: E402

from .model import APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def squash(t: str) -> str:
    return re.sub(r"\s+", "", t)


def pdf_text(path: Path, page: int) -> str:
    doc = pdfium.PdfDocument(str(path))
    return doc[page - 1].get_textpage().get_text_range()


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def xlsx_text(path: Path, sheet: int | None = None) -> str:
    wb = openpyxl.load_workbook(str(path))
    sheets = wb.worksheets if sheet is None else [wb.worksheets[sheet - 1]]
    return "\n".join(str(c) for ws in sheets for row in ws.iter_rows(values_only=True) for c in row if c is not None)


def is_country(k: str) -> bool:
    return any("A" <= ch <= "Z" for ch in k)


BREAKDOWNS = {  # breakdown row -> (total row, legal names)
    "按二级分类统计工业设备数量（台/套）": ("连接的工业设备/产品/产线种类及数量（台/套）", APPENDIX_A),
    "按省市区域统计工业设备数量（台/套）": ("连接的工业设备/产品/产线种类及数量（台/套）", APPENDIX_F),
    "按二级分类统计公有云工业设备数量（台/套）": ("公有云工业设备连接数量（台/套）", APPENDIX_A),
    "按省市区域统计公有云工业设备数量（台/套）": ("公有云工业设备连接数量（台/套）", APPENDIX_F),
    "按二级分类统计公有云工业设备平均日运行数量（台/套）": ("公有云工业设备平均日运行数量（台/套）", APPENDIX_A),
    "按省市区域统计公有云工业设备平均日运行数量（台/套）": ("公有云工业设备平均日运行数量（台/套）", APPENDIX_F),
    "按海外国家分类统计海外设备连接数量（台/套）": ("海外设备连接数量（台/套）", None),
    "按分类统计工业APP数量（个）": ("工业APP数量（个）", APPENDIX_B),
    "按行业统计工业APP数量（个）": ("工业APP数量（个）", APPENDIX_C),
    "按分类统计公有云工业APP平均日活跃数量（个）": ("公有云工业APP平均日活跃数量（个）", APPENDIX_B),
    "按行业统计公有云工业APP平均日活跃数量（个）": ("公有云工业APP平均日活跃数量（个）", APPENDIX_C),
    "按分类统计工业模型数量（个）": ("工业机理模型数量（个）", APPENDIX_D),
    "按行业统计服务企业数（个）": ("实际服务企业数（个）", APPENDIX_C),
    "按省市区域统计服务企业数（个）": ("实际服务企业数（个）", APPENDIX_F),
    "按新模式统计解决方案数量（个）": ("平台提供的解决方案总数（个）", APPENDIX_E),
}


def audit_rows(truth) -> tuple[set, set]:
    v = {r.label: r.normalized for r in truth.summary_rows}
    bad_sum, bad_name = set(), set()
    for label, (tot, names) in BREAKDOWNS.items():
        if sum(v[label].values()) != v[tot]:
            bad_sum.add(label)
        if names is not None and any(not (k in names or (names is APPENDIX_F and is_country(k))) for k in v[label]):
            bad_name.add(label)
    # formulas and identities (never planted here)
    g = v["平台近三年经营指标情况"]
    assert v["运维人数（人）"] + v["运营人数（人）"] == v["平台团队总人数（人）"]
    assert abs(v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100 - v["平台相关研发投入强度（%）"]) < 0.006
    assert abs(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100 - v["存储资源利用率（%）"]) < 0.006
    assert abs(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100 - v["付费用户占比（%）"]) < 0.006
    assert abs((g["2022年平台营收（万元）"] / g["2021年平台营收（万元）"] - 1) * 100 - g["2022年增长率（%）"]) < 0.006
    assert abs((g["2023年平台营收（万元）"] / g["2022年平台营收（万元）"] - 1) * 100 - g["2023年增长率（%）"]) < 0.006
    assert g["2023年平台营收（万元）"] == v["平台相关营业收入（万元）"]
    assert v["服务本市企业数量（个）"] == v["按省市区域统计服务企业数（个）"]["上海"]
    assert v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"] == v["工业APP数量（个）"]
    return bad_sum, bad_name


def check_package(truth) -> list[str]:
    errs = []
    pkg = REPO / truth.path
    on_disk = {p.relative_to(pkg).as_posix() for p in pkg.rglob("*") if p.is_file()}
    if on_disk != set(truth.files):
        errs.append(f"files differ: disk-only {on_disk - set(truth.files)}, truth-only {set(truth.files) - on_disk}")
    for f in truth.evidence_facts:
        path = pkg / f.file
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            text = pdf_text(path, f.page)
            if f.image_only:
                if squash(text):
                    errs.append(f"{f.file} p{f.page}: image_only but has text")
            elif squash(f.quote) not in squash(text):
                errs.append(f"{f.file} p{f.page}: quote {f.quote!r} not found")
        elif suffix == ".xlsx":
            if squash(f.quote) not in squash(xlsx_text(path, f.page)):
                errs.append(f"{f.file} sheet{f.page}: quote {f.quote!r} not found")
        elif suffix == ".docx":
            if squash(f.quote) not in squash(docx_text(path)):
                errs.append(f"{f.file}: quote {f.quote!r} not found")
        elif suffix == ".png":
            if not f.image_only or f.page != 1:
                errs.append(f"{f.file}: png facts must be image_only page 1")
    # the 申报表 carries every breakdown as printed in the truth
    form = next(k for k, r in truth.files.items() if r == "申报表")
    ftext = docx_text(pkg / form) if form.endswith(".docx") else xlsx_text(pkg / form)
    for r in truth.summary_rows:
        if isinstance(r.normalized, dict) or (isinstance(r.normalized, (int, float)) and not isinstance(r.normalized, bool)):
            if r.label in ("序号", "平台近三年经营指标情况"):
                continue
            if squash(r.value) not in squash(ftext):
                errs.append(f"form lacks {r.label}: {r.value}")
    # the 汇总表 repeats the 申报表
    summ = next(k for k, r in truth.files.items() if r == "汇总表")
    stext = docx_text(pkg / summ) if summ.endswith(".docx") else xlsx_text(pkg / summ)
    for r in truth.summary_rows:
        if squash(r.value).replace("；", "") not in squash(stext).replace("；", ""):
            errs.append(f"汇总表 lacks {r.label}: {r.value}")
    # breakdown audit against the planted problems
    bad_sum, bad_name = audit_rows(truth)
    planted_sum = {f for p in truth.problems if p.family == "breakdown_sum" for f in p.fields}
    planted_name = {f for p in truth.problems if p.family == "invalid_category" for f in p.fields}
    if not bad_sum <= planted_sum:
        errs.append(f"unplanted breakdown_sum {bad_sum - planted_sum}")
    if not bad_name <= planted_name or not planted_name <= bad_name:
        errs.append(f"invalid_category mismatch: found {bad_name}, planted {planted_name}")
    for p in truth.problems:
        if p.family == "breakdown_sum" and not (set(p.fields) & bad_sum):
            errs.append(f"{p.id}: planted sum problem does not fail")
    # a perfect output scores perfectly
    prefill, check = truth_outputs(truth)
    sc = score_package(truth, prefill, check)
    if not (sc.rows_correct == sc.rows_total and sc.facts_correct == sc.facts_total
            and sc.problems_detected == sc.problems_total):
        errs.append("scorer selftest failed")
    if not 20 <= len(truth.evidence_facts) <= 45:
        errs.append(f"{len(truth.evidence_facts)} facts")
    if truth.problems and not 2 <= len(truth.problems) <= 5:
        errs.append("problem count")
    return errs


def check_pies() -> list[str]:
    """Counts derived from the pies' percentages equal the form's (clean) or the true breakdown (p4)."""
    from . import p1_huaxing, p4_tansuo

    errs = []
    for total, parts in ((1946, p1_huaxing.ENT_IND), (864, p4_tansuo.ENT_IND_TRUE)):
        for _, n in parts:
            pct = float(f"{n / total * 100:.2f}")
            if round(pct * total / 100) != n:
                errs.append(f"pie {total}: {n} not derivable")
    return errs


def main() -> int:
    truths = [load_truth(p) for p in sorted((HERE / "truth").glob("*.json"))]
    errs = []
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errs.append(f"{len(clean)} clean packages")
    for t in truths:
        e = check_package(t)
        errs += [f"{t.package_id}: {x}" for x in e]
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems, {'OK' if not e else 'FAIL'}")
    errs += check_pies()
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
