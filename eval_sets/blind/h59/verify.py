"""Checks the built h59 set.

python -m eval_sets.blind.h59.verify [--root DIR]   (DIR defaults to this folder)

- every truth loads (eval_sets.truth.load_truth); files on disk == truth files;
- every fact's quote is on its physical page (pypdfium2 text), and image_only facts sit on pages without a text layer;
- every binder PDF has bookmarks;
- exactly one clean package; an audit of the declared rows (identity, formulas, growth rates, breakdown sums, subsets,
  evidence vs declared, the separate 汇总表 vs the 申报表) finds nothing in the clean package and, in the others, only
  fields named by a planted problem; every planted computable problem is actually found by the audit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import docx
import openpyxl
import pypdfium2 as pdfium

from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent


def pdf_texts(path):
    pdf = pdfium.PdfDocument(str(path))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    toc = list(pdf.get_toc())
    pdf.close()
    return texts, toc


def audit(t) -> dict[str, set[str]]:
    """Problems found by recomputation: family → labels."""
    r = {row.label: row.normalized for row in t.summary_rows}
    found: dict[str, set[str]] = {}

    def flag(fam, *labels):
        found.setdefault(fam, set()).update(labels)

    if r["运维人数（人）"] + r["运营人数（人）"] != r["平台团队总人数（人）"]:
        flag("identity", "平台团队总人数（人）", "运维人数（人）", "运营人数（人）")
    if abs(r["平台相关研发投入（万元）"] / r["平台相关营业收入（万元）"] * 100 - r["平台相关研发投入强度（%）"]) > 0.006:
        flag("formula", "平台相关研发投入强度（%）")
    if abs(r["存储工业数据量（TB）"] / r["存储容量（TB）"] * 100 - r["存储资源利用率（%）"]) > 0.006:
        flag("formula", "存储资源利用率（%）")
    g = r["平台近三年经营指标情况"]
    for y in (2022, 2023):
        if abs((g[f"{y}年平台营收（万元）"] / g[f"{y - 1}年平台营收（万元）"] - 1) * 100 - g[f"{y}年增长率（%）"]) > 0.006:
            flag("growth_rate", "平台近三年经营指标情况")
    if abs(g["2023年平台营收（万元）"] - r["平台相关营业收入（万元）"]) > 0.001:
        flag("identity", "平台相关营业收入（万元）")
    sums = [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
            ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
            ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）",
                                         "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
            ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
            ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
            ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
            ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
            ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
            ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]
    for total, parts in sums:
        for p in parts:
            if sum(r[p].values()) != r[total]:
                flag("breakdown_sum", p, total)
    if r["基于平台开发的工业APP数量（个）"] + r["云化工业软件数量（个）"] != r["工业APP数量（个）"]:
        flag("identity", "工业APP数量（个）")
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
               ("活跃开发者数（个）", "开发者注册总数（个）"), ("实际服务企业数（个）", "注册企业用户数（个）"),
               ("付费企业数（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）")]
    for a, b in subsets:
        if r[a] > r[b]:
            flag("subset", a, b)
    if r["服务本市企业数量（个）"] != r["按省市区域统计服务企业数（个）"].get("上海"):
        flag("identity", "服务本市企业数量（个）")
    appx_a = {"采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人", "电工、电子设备",
              "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"}
    for lab in ("按二级分类统计工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）",
                "按二级分类统计公有云工业设备平均日运行数量（台/套）"):
        if set(r[lab]) - appx_a:
            flag("invalid_category", lab)
    # evidence vs declared (facts of an indicator itself, not formula inputs)
    for f in t.evidence_facts:
        if f.component or f.label not in r:
            continue
        if f.normalized is not None and abs(float(f.normalized) - float(r[f.label])) > 0.006:
            if f.row_label in ("专利合计", "软件著作权合计"):
                fam = "count_vs_list"
            elif f.image_only and "截图" not in f.quote and f.file.endswith(".pdf") and f.row_label in (
                    "注册企业", "设备接入总量（台/套）", "公有云接入设备", "上架工业APP", "微服务", "注册开发者",
                    "工业机理模型", "活跃模型（周调用≥5次）", "活跃开发者", "存储总容量（TB）", "已存储数据（TB）", "兼容工业协议（种）"):
                fam = "screenshot_vs_form"
            else:
                fam = "declared_vs_evidence"
            flag(fam, f.label)
    # formula inputs
    for f in t.evidence_facts:
        if f.component == "平台利润总额（万元）":
            if abs(f.normalized / r["平台相关营业收入（万元）"] * 100 - r["平台利润率（%）"]) > 0.006:
                flag("formula", "平台利润率（%）")
        if f.component == "平台年利润（万元）":
            if abs(f.normalized / r["平台建设金额（万元）"] * 100 - r["投资回报率（%）"]) > 0.006:
                flag("formula", "投资回报率（%）")
        if f.component.endswith("年平台营收（万元）"):
            if abs(f.normalized - g[f.component]) > 0.001:
                flag("declared_vs_evidence", "平台近三年经营指标情况")
    return found


def summary_file_rows(path: Path) -> dict[str, str]:
    if path.suffix == ".xlsx":
        ws = openpyxl.load_workbook(path).active
        if ws.max_row == 2:  # horizontal
            return {str(ws.cell(1, j).value): str(ws.cell(2, j).value or "") for j in range(1, ws.max_column + 1)}
        return {str(a): str(b or "") for a, b in ws.iter_rows(min_row=2, values_only=True)}
    d = docx.Document(str(path))
    return {row.cells[0].text: row.cells[1].text for row in d.tables[0].rows[1:]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(HERE))
    root = Path(ap.parse_args().root)
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((root / "truth").glob("*.json"))]
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"{len(clean)} clean packages")
    nfacts = 0
    for t in truths:
        pdir = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pdir)) for p in pdir.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        texts = {}
        for name in t.files:
            if name.endswith(".pdf"):
                texts[name], toc = pdf_texts(pdir / name)
                if not toc:
                    errors.append(f"{t.package_id}: {name} has no bookmarks")
        for f in t.evidence_facts:
            nfacts += 1
            page = texts[f.file][f.page - 1]
            flat = page.replace("\r", "").replace("\n", "")
            if f.image_only:
                if page.strip():
                    errors.append(f"{t.package_id}: {f.file} p{f.page} is marked image_only but has text")
            elif f.quote not in flat:
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        found = audit(t)
        rows = {r.label: r.value for r in t.summary_rows}
        for name, role in t.files.items():
            if role == "汇总表":
                srows = summary_file_rows(pdir / name)
                diff = {k for k in rows if srows.get(k, "") != rows[k]}
                if diff:
                    found.setdefault("summary_vs_form", set()).update(diff)
        planted_fields = {}
        for p in t.problems:
            planted_fields.setdefault(p.family, set()).update(p.fields)
        for fam, labels in found.items():
            allowed = set().union(*planted_fields.values()) if planted_fields else set()
            stray = labels - allowed
            if stray:
                errors.append(f"{t.package_id}: unplanted {fam} on {sorted(stray)}")
        for p in t.problems:
            if p.family == "missing_proof":
                # named in the 目录 (page 2) but no separator page for it in the binder
                binder = [n for n in t.files if n.endswith(".pdf")][0]
                if "附件6：平台服务企业名录" not in texts[binder][1] or any(
                        x.strip() == "附件6：平台服务企业名录" for x in texts[binder]):
                    errors.append(f"{t.package_id}: missing part check failed")
                continue
            if not (found.get(p.family, set()) & set(p.fields)):
                errors.append(f"{t.package_id}: planted {p.id} ({p.family}) not found by the audit")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems; audit {dict((k, len(v)) for k, v in found.items())}")
    print(f"{len(truths)} packages, {nfacts} facts, {sum(len(t.problems) for t in truths)} problems")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
