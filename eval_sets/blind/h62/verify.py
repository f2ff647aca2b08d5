"""Verify set h62: truth loads, files match, quotes on their pages, one clean package, and a consistency audit.

python -m eval_sets.blind.h62.verify [OUT_DIR]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from eval_sets.truth import load_truth

from . import render as R

HERE = Path(__file__).resolve().parent
APPX_A = {"采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人", "电工、电子设备",
          "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"}
APPX_B = {"安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"}
APPX_C = {"采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草", "轻工", "机械", "汽车",
          "航空/航天", "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业", "农业", "服务业", "其他"}
APPX_D = {"数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"}
APPX_F = {"北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
          "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏",
          "新疆", "大连", "青岛", "宁波", "厦门", "深圳", "香港", "澳门", "台湾"}
CAT = {"按二级分类统计工业设备数量（台/套）": APPX_A, "按二级分类统计公有云工业设备数量（台/套）": APPX_A,
       "按二级分类统计公有云工业设备平均日运行数量（台/套）": APPX_A, "按分类统计工业APP数量（个）": APPX_B,
       "按分类统计公有云工业APP平均日活跃数量（个）": APPX_B, "按行业统计工业APP数量（个）": APPX_C,
       "按行业统计公有云工业APP平均日活跃数量（个）": APPX_C, "按分类统计工业模型数量（个）": APPX_D,
       "按行业统计服务企业数（个）": APPX_C}
REGION = ["按省市区域统计工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
          "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计服务企业数（个）"]


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", "", s)


def audit(t) -> set[tuple[str, str]]:
    """(family, label) of every inconsistency computable from the truth."""
    v = {r.label: r.normalized for r in t.summary_rows}
    out = set()

    def chk(cond, fam, lab):
        if not cond:
            out.add((fam, lab))

    chk(v["运维人数（人）"] + v["运营人数（人）"] == v["平台团队总人数（人）"], "identity", "平台团队总人数（人）")
    close = lambda a, b: abs(a - b) < 0.006
    chk(close(v["平台相关研发投入强度（%）"], round(v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100, 2)), "formula", "平台相关研发投入强度（%）")
    chk(close(v["存储资源利用率（%）"], round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2)), "formula", "存储资源利用率（%）")
    chk(close(v["付费用户占比（%）"], round(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100, 2)), "formula", "付费用户占比（%）")
    g = v["平台近三年经营指标情况"]
    chk(close(g["2023年平台营收（万元）"], v["平台相关营业收入（万元）"]), "identity", "平台近三年经营指标情况")
    for y in (2022, 2023):
        calc = round((g[f"{y}年平台营收（万元）"] / g[f"{y - 1}年平台营收（万元）"] - 1) * 100, 2)
        chk(close(calc, g[f"{y}年增长率（%）"]), "growth_rate", "平台近三年经营指标情况")
    profit = [f.normalized for f in t.evidence_facts if f.component == "平台利润总额（万元）"]
    for p in profit:
        chk(close(v["平台利润率（%）"], round(p / v["平台相关营业收入（万元）"] * 100, 2)), "formula", "平台利润率（%）")
        chk(close(v["投资回报率（%）"], round(p / v["平台建设金额（万元）"] * 100, 2)), "formula", "投资回报率（%）")
    sums = [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
            ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
            ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
            ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
            ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
            ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
            ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
            ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"]),
            ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"])]
    for total, parts in sums:
        for p in parts:
            if isinstance(v[p], dict):
                chk(sum(v[p].values()) == v[total], "breakdown_sum", p)
    over = {k: x for k, x in v["按省市区域统计工业设备数量（台/套）"].items() if re.search("[A-Za-z]", k)}
    chk(sum(over.values()) == v["海外设备连接数量（台/套）"], "breakdown_sum", "按省市区域统计工业设备数量（台/套）")
    chk(v["服务本市企业数量（个）"] == v["按省市区域统计服务企业数（个）"].get("上海"), "identity", "服务本市企业数量（个）")
    chk(v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"] == v["工业APP数量（个）"], "identity", "工业APP数量（个）")
    subs = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
            ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
            ("工业APP平均月活跃数量（个）", "工业APP数量（个）"), ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
            ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
            ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
            ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
            ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
            ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]
    for a, b in subs:
        chk(v[a] <= v[b], "subset", a)
    for lab, allowed in CAT.items():
        chk(set(v[lab]) <= allowed, "invalid_category", lab)
    for lab in REGION:
        chk(all(k in APPX_F or re.search("[A-Za-z]", k) for k in v[lab]), "invalid_category", lab)
    # evidence against the form
    for f in t.evidence_facts:
        if f.component in ("2021年平台营收（万元）", "2022年平台营收（万元）"):
            chk(close(f.normalized, g[f.component]), "declared_vs_evidence", f.label)
        elif not f.component and f.label in v:
            fam = "screenshot_vs_form" if f.image_only else ("count_vs_list" if "list" in t.files[f.file] or "清单" in f.file else "declared_vs_evidence")
            chk(close(float(f.normalized), float(v[f.label])), fam, f.label)
    return out


def quote_ok(root: Path, f, cache) -> bool:
    path = root / f.file
    if f.image_only:
        return True
    if path not in cache:
        if path.suffix == ".pdf":
            cache[path] = R.pdf_page_texts(path)
        elif path.suffix == ".xlsx":
            cache[path] = R.xlsx_sheet_texts(path)
        elif path.suffix == ".docx":
            cache[path] = [R.docx_text(path)]
        else:
            cache[path] = []
    pages = cache[path]
    return 1 <= f.page <= len(pages) and norm_ws(f.quote) in norm_ws(pages[f.page - 1])


def image_only_pdf(path: Path) -> bool:
    return all(not t.strip() for t in R.pdf_page_texts(path))


def main(out: Path) -> int:
    bad = []
    truths = [load_truth(p) for p in sorted((out / "truth").glob("*.json"))]
    assert len(truths) == 4, len(truths)
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        bad.append(f"clean packages: {len(clean)}")
    for t in truths:
        root = out / "packages" / t.package_id
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            bad.append(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        if len(t.summary_rows) != 103:
            bad.append(f"{t.package_id}: {len(t.summary_rows)} rows")
        if not (1 <= len(t.problems) <= 5 or not t.problems):
            bad.append(f"{t.package_id}: {len(t.problems)} problems")
        cache = {}
        for f in t.evidence_facts:
            if not quote_ok(root, f, cache):
                bad.append(f"{t.package_id}: quote not on page: {f.file} p{f.page} {f.quote!r}")
            if f.image_only and f.file.endswith(".pdf") and not image_only_pdf(root / f.file):
                bad.append(f"{t.package_id}: {f.file} marked image_only but has text")
        for name, role in t.files.items():
            if role in ("申报表扫描件", "承诺") and name.endswith(".pdf") and not image_only_pdf(root / name):
                bad.append(f"{t.package_id}: scan {name} has a text layer")
        found = audit(t)
        planted = {(p.family, fl) for p in t.problems for fl in p.fields}
        computable = {"identity", "formula", "growth_rate", "breakdown_sum", "subset", "invalid_category",
                      "declared_vs_evidence", "count_vs_list", "screenshot_vs_form"}
        for fam, lab in found:
            if (fam, lab) not in planted:
                bad.append(f"{t.package_id}: unplanned inconsistency {fam} {lab}")
        for p in t.problems:
            if p.family in computable and not any((p.family, fl) in found for fl in p.fields):
                bad.append(f"{t.package_id}: planted {p.id} not found by the audit")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems, audit={sorted(found)}")
    for b in bad:
        print("FAIL", b)
    print("OK" if not bad else f"{len(bad)} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
