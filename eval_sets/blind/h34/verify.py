"""Checks blind set h34: truth loads, files on disk = truth files, every fact's quote on its page, one clean
package, and the audit of the declared values (totals, subsets, formulas, list counts) that the theme needs.

python eval_sets/blind/h34/verify.py [--dir DIR]   (DIR holds packages/ and truth/; default this folder)
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path[:0] = [str(HERE), str(ROOT)]

import openpyxl  # noqa: E402

import kit  # noqa: E402
from notice import APP_CATS, DEVICE_CATS, INDUSTRIES, LABELS, MODEL_CATS, MODES  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

REGIONS = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 "
              "陕西 甘肃 青海 内蒙古 广西 西藏 宁夏 新疆 大连 青岛 宁波 厦门 深圳 香港 澳门 台湾".split())


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def xlsx_pages(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append("\n".join(" ".join("" if c is None else str(c) for c in row) for row in ws.iter_rows(values_only=True)))
    return out


def page_texts(path: Path) -> list[str] | None:
    if path.suffix == ".pdf":
        return kit.pdf_page_texts(path)
    if path.suffix == ".xlsx":
        return xlsx_pages(path)
    if path.suffix == ".docx":
        return [kit.docx_text(path)]
    return None  # images


def audit_values(t) -> list[str]:
    """Internal consistency of the declared (truth) values; returns messages."""
    v = {r.label: r.normalized for r in t.summary_rows}
    bad = []

    def eq(name, a, b):
        if abs(a - b) > 0.0051:
            bad.append(f"{name}: {a} != {b}")

    def le(name, a, b):
        if a > b:
            bad.append(f"{name}: {a} > {b}")

    eq("运维+运营=总", v["运维人数（人）"] + v["运营人数（人）"], v["平台团队总人数（人）"])
    le("职称≤总", v["有相关技术职称/从业资格的人数（人）"], v["平台团队总人数（人）"])
    rev = v["平台相关营业收入（万元）"]
    eq("研发强度", round(v["平台相关研发投入（万元）"] / rev * 100, 2), v["平台相关研发投入强度（%）"])
    eq("存储利用率", round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2), v["存储资源利用率（%）"])
    eq("付费占比", round(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100, 2), v["付费用户占比（%）"])
    three = v["平台近三年经营指标情况"]
    eq("近三年2023=营收", three["2023年平台营收（万元）"], rev)
    for y in (2022, 2023):
        eq(f"{y}增长率", round((three[f"{y}年平台营收（万元）"] / three[f"{y - 1}年平台营收（万元）"] - 1) * 100, 2), three[f"{y}年增长率（%）"])
    for total, parts, cats in [
        ("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"], DEVICE_CATS),
        ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"], DEVICE_CATS),
        ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"], DEVICE_CATS),
        ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"], None),
        ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"], None),
        ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"], MODEL_CATS),
        ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"], None),
        ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"], MODES)]:
        for part in parts:
            eq(f"Σ{part}", sum(v[part].values()), v[total])
            keys = set(v[part])
            allowed = (REGIONS if "区域" in part else
                       set(DEVICE_CATS) if "二级分类" in part else set(APP_CATS) if "按分类统计" in part and "APP" in part else
                       set(MODEL_CATS) if "模型" in part else set(MODES) if "新模式" in part else set(INDUSTRIES))
            odd = {k for k in keys if k not in allowed and not ("区域" in part and re.search(r"[A-Za-z]", k))}
            if odd:
                bad.append(f"{part}: categories {odd}")
    ov = v["按海外国家分类统计海外设备连接数量（台/套）"] or {}
    eq("海外", sum(ov.values()), v["海外设备连接数量（台/套）"])
    for k, n in ov.items():
        if v["按省市区域统计工业设备数量（台/套）"].get(k) != n:
            bad.append(f"overseas {k} not in region breakdown")
    eq("本市=上海", v["服务本市企业数量（个）"], v["按省市区域统计服务企业数（个）"].get("上海", 0))
    eq("APP=开发+云化", v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"], v["工业APP数量（个）"])
    for a, b in [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                 ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                 ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                 ("工业APP数量（个）", "工业软件总量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
                 ("公有云工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
                 ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("存储工业数据量（TB）", "存储容量（TB）"),
                 ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                 ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                 ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                 ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                 ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                 ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]:
        le(f"{a}≤{b}", v[a], v[b])
    return bad


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=HERE)
    args = ap.parse_args()
    base = args.dir.resolve()
    errors = []
    clean = 0
    for tf in sorted((base / "truth").glob("*.json")):
        t = load_truth(tf)
        pkg = base / "packages" / t.package_id
        assert t.path.endswith(t.package_id)
        on_disk = sorted(str(f.relative_to(pkg)) for f in pkg.rglob("*") if f.is_file())
        if on_disk != sorted(t.files):
            errors.append(f"{t.package_id}: files on disk differ from truth")
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append(f"{t.package_id}: summary rows are not the 103 labels")
        cache: dict[str, list[str] | None] = {}
        for f in t.evidence_facts:
            if f.file not in cache:
                cache[f.file] = page_texts(pkg / f.file)
            pages = cache[f.file]
            if pages is None or f.image_only:
                if not f.image_only:
                    errors.append(f"{t.package_id}: {f.file} has no text layer but fact not image_only")
                if pages is not None and f.page <= len(pages) and squash(pages[f.page - 1]):
                    errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
                continue
            if f.page > len(pages) or squash(f.quote) not in squash(pages[f.page - 1]):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif f.unit in ("万元",) or f.unit.startswith(("台", "项", "家", "个")):
                digits = re.sub(r"[^\d.]", "", f.value)
                if digits and abs(float(digits) - float(f.normalized)) > 0.005:
                    errors.append(f"{t.package_id}: fact value {f.value} != normalized {f.normalized}")
        bad = audit_values(t)
        planted = {p.family for p in t.problems}
        allowed_audit = {"formula": ("研发强度",)}
        for msg in bad:
            if not any(msg.startswith(pref) for fam, prefs in allowed_audit.items() if fam in planted for pref in prefs):
                errors.append(f"{t.package_id}: audit {msg}")
        if not t.problems:
            clean += 1
            # a clean package: every fact equals the declared value of its row (formula inputs checked by audit)
            v = {r.label: r.normalized for r in t.summary_rows}
            for f in t.evidence_facts:
                if f.component:
                    continue
                if abs(float(v[f.label]) - float(f.normalized)) > 0.005:
                    errors.append(f"{t.package_id}: clean package fact {f.label} {f.normalized} != declared {v[f.label]}")
            three = v["平台近三年经营指标情况"]
            for f in t.evidence_facts:
                if f.component.endswith("年平台营收（万元）") and abs(three[f.component] - f.normalized) > 0.005:
                    errors.append(f"{t.package_id}: {f.component} mismatch")
        else:
            if not 2 <= len(t.problems) <= 5:
                errors.append(f"{t.package_id}: {len(t.problems)} problems")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems, audit notes {bad}")
    if clean != 1:
        errors.append(f"{clean} clean packages")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
