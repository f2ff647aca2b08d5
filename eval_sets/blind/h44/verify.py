"""Verify the built h44 set.

    /work/main/.venv/bin/python eval_sets/blind/h44/verify.py [--root DIR]

Checks: every truth loads (eval_sets.truth.load_truth); files on disk equal the truth's files; 103 summary rows with
the notice's labels; every fact's quote is printed on its page (text PDFs via pypdfium2, XLSX by worksheet text,
DOCX by its text; image-only pages flagged and without a text layer); exactly one clean package; the formula audit
(growth, 研发投入强度, 利润率, 存储资源利用率, 投资回报率, 付费用户占比, sums of breakdowns, 其中 ≤ totals) holds
everywhere except where a problem of that family is planted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

from eval_sets.truth import load_truth  # noqa: E402
from model import APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, LABELS  # noqa: E402

REGIONS = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
              "云南 陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 大连 青岛 宁波 厦门 深圳 香港 澳门 台湾".split())


def flat(s: str) -> str:
    return "".join(s.split())


def pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
    return out


def xlsx_sheets(path: Path) -> list[str]:
    from openpyxl import load_workbook

    wb = load_workbook(path, data_only=False)
    return [" ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None)
            for ws in wb.worksheets]


def docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def audit(truth, errors: list[str]) -> None:
    rows = {r.label: r.normalized for r in truth.summary_rows}
    planted = {p.family for p in truth.problems}
    pid = truth.package_id

    def check(family: str, ok: bool, what: str):
        if not ok and family not in planted:
            errors.append(f"{pid}: {family} fails without a planted problem: {what}")
        if ok and family in planted and family in ("formula",) and what.startswith("研发"):
            errors.append(f"{pid}: planted {family} does not fail: {what}")

    g = rows["平台近三年经营指标情况"]
    for y in (2022, 2023):
        want = round((g[f"{y}年平台营收（万元）"] / g[f"{y - 1}年平台营收（万元）"] - 1) * 100 + 1e-9, 2)
        check("growth_rate", abs(want - g[f"{y}年增长率（%）"]) < 0.006, f"{y} growth")
    rev = rows["平台相关营业收入（万元）"]
    check("identity", abs(g["2023年平台营收（万元）"] - rev) < 0.006, "2023 revenue = 平台相关营业收入")
    check("formula", abs(round(rows["平台相关研发投入（万元）"] / rev * 100 + 1e-9, 2) - rows["平台相关研发投入强度（%）"]) < 0.006,
          "研发投入强度")
    check("formula", abs(round(rows["存储工业数据量（TB）"] / rows["存储容量（TB）"] * 100 + 1e-9, 2)
                         - rows["存储资源利用率（%）"]) < 0.006, "存储资源利用率")
    check("identity", rows["运维人数（人）"] + rows["运营人数（人）"] == rows["平台团队总人数（人）"], "team")
    for total, parts, cats in (
            ("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", APPENDIX_A),
            ("连接的工业设备/产品/产线种类及数量（台/套）", "按省市区域统计工业设备数量（台/套）", None),
            ("公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", APPENDIX_A),
            ("公有云工业设备连接数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", None),
            ("公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）", APPENDIX_A),
            ("公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）", None),
            ("海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）", None),
            ("工业APP数量（个）", "按分类统计工业APP数量（个）", APPENDIX_B),
            ("工业APP数量（个）", "按行业统计工业APP数量（个）", APPENDIX_C),
            ("公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）", APPENDIX_B),
            ("公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）", APPENDIX_C),
            ("工业机理模型数量（个）", "按分类统计工业模型数量（个）", APPENDIX_D),
            ("实际服务企业数（个）", "按行业统计服务企业数（个）", APPENDIX_C),
            ("实际服务企业数（个）", "按省市区域统计服务企业数（个）", None),
            ("平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）", APPENDIX_E)):
        d = rows[parts] or {}
        check("breakdown_sum", sum(d.values()) == rows[total], parts)
        for k in d:
            if cats is not None:
                check("invalid_category", k in cats, f"{parts}: {k}")
            elif k not in REGIONS:
                check("invalid_category", any(ord(ch) < 128 for ch in k) and k[0] > "\u4e00", f"{parts}: {k}")
    for part, whole in (("运维人数（人）", "平台团队总人数（人）"), ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                        ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                        ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                        ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                        ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
                        ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
                        ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                        ("存储工业数据量（TB）", "存储容量（TB）"),
                        ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                        ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                        ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                        ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                        ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")):
        check("subset", rows[part] <= rows[whole], f"{part} <= {whole}")
    check("identity", rows["基于平台开发的工业APP数量（个）"] + rows["云化工业软件数量（个）"] == rows["工业APP数量（个）"],
          "APP = 平台开发 + 云化")
    check("identity", rows["服务本市企业数量（个）"] == rows["按省市区域统计服务企业数（个）"].get("上海"), "本市 = 上海")
    # profit-based formulas from the cited 利润总额
    profit = [f.normalized for f in truth.evidence_facts if f.component == "平台利润总额（万元）"]
    if profit:
        check("formula", abs(round(profit[0] / rev * 100 + 1e-9, 2) - rows["平台利润率（%）"]) < 0.006, "利润率")
        check("formula", abs(round(profit[0] / rows["平台建设金额（万元）"] * 100 + 1e-9, 2) - rows["投资回报率（%）"]) < 0.006,
              "投资回报率")
    check("formula", abs(round(rows["付费企业数（个）"] / rows["注册企业用户数（个）"] * 100 + 1e-9, 2)
                         - rows["付费用户占比（%）"]) < 0.006, "付费用户占比")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    args = ap.parse_args(argv)
    errors: list[str] = []
    truths = sorted((args.root / "truth").glob("*.json"))
    clean = 0
    nfacts = nprob = 0
    for tpath in truths:
        t = load_truth(tpath)
        pkg = args.root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ: {sorted(on_disk ^ set(t.files))}")
        labels = [r.label for r in t.summary_rows]
        if labels != LABELS:
            errors.append(f"{t.package_id}: summary labels differ from the 103 附件4 rows")
        if not t.problems:
            clean += 1
        elif not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            path = pkg / f.file
            if f.file not in cache:
                if f.file.endswith(".pdf"):
                    cache[f.file] = pdf_pages(path)
                elif f.file.endswith(".xlsx"):
                    cache[f.file] = xlsx_sheets(path)
                elif f.file.endswith(".docx"):
                    cache[f.file] = [docx_text(path)]
                else:
                    cache[f.file] = [""]
            pages = cache[f.file]
            if f.page > len(pages):
                errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            text = flat(pages[f.page - 1])
            if f.image_only:
                if text:
                    errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
            elif flat(f.quote) not in text:
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        audit(t, errors)
        nfacts += len(t.evidence_facts)
        nprob += len(t.problems)
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    if clean != 1:
        errors.append(f"{clean} clean packages (want exactly 1)")
    print(f"{len(truths)} packages, {nfacts} facts, {nprob} problems")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
