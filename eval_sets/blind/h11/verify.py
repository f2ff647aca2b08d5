"""Verify the h11 holdout set.

Run: .venv/bin/python eval_sets/blind/h11/verify.py
Checks: truth files load with eval_sets.truth.load_truth; every file named in the truth exists and every file of a
package is named; every fact's quote occurs on its page (text PDFs: pypdfium2 page text, whitespace-insensitive;
XLSX: the worksheet's cell texts; image-only facts: page exists); the computable consistency checks of the
附件4 values find exactly the planted problems (and nothing in the clean package).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402


def ws(s):
    return re.sub(r"\s+", "", s)


def pdf_pages(path):
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        p = pdf[i]
        tp = p.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        p.close()
    pdf.close()
    return out


def xlsx_sheet_text(path, idx):
    wb = openpyxl.load_workbook(str(path), data_only=False)
    sh = wb.worksheets[idx - 1]
    def show(c):
        if isinstance(c.value, float) and c.number_format == "0.00":
            return f"{c.value:.2f}"
        return str(c.value)
    return " ".join(show(c) for row in sh.iter_rows() for c in row if c.value is not None)


def rule_findings(t):
    """Computable checks on the truth's 附件4 values -> set of (family, first field)."""
    v = {r.label: r.normalized for r in t.summary_rows}
    found = set()

    def bsum(lab, total_lab):
        d, tot = v.get(lab), v.get(total_lab)
        if isinstance(d, dict) and isinstance(tot, (int, float)) and abs(sum(d.values()) - tot) > 0.5:
            found.add(("breakdown_sum", lab))

    for lab, tot in [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
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
                     ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]:
        bsum(lab, tot)
    A = {"采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人", "电工、电子设备", "轻工设备",
         "工程机械", "农林机械", "物流设备", "交通设备", "其他"}
    B = {"安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"}
    C = {"采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草", "轻工", "机械", "汽车", "航空/航天",
         "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业", "农业", "服务业", "其他"}
    F = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 "
            "内蒙古 广西 西藏 宁夏 新疆 大连 青岛 宁波 厦门 深圳 香港 澳门 台湾".split())
    D = {"数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"}
    E = {"数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"}
    overseas = lambda k: bool(re.search(r"[A-Z][a-z]", k))
    for lab, allowed in [("按二级分类统计工业设备数量（台/套）", A), ("按二级分类统计公有云工业设备数量（台/套）", A),
                         ("按二级分类统计公有云工业设备平均日运行数量（台/套）", A), ("按分类统计工业APP数量（个）", B),
                         ("按分类统计公有云工业APP平均日活跃数量（个）", B), ("按行业统计工业APP数量（个）", C),
                         ("按行业统计公有云工业APP平均日活跃数量（个）", C), ("按行业统计服务企业数（个）", C),
                         ("按分类统计工业模型数量（个）", D), ("按新模式统计解决方案数量（个）", E)]:
        d = v.get(lab)
        if isinstance(d, dict) and any(k not in allowed for k in d):
            found.add(("invalid_category", lab))
    for lab in ("按省市区域统计工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
                "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计服务企业数（个）"):
        d = v.get(lab)
        if isinstance(d, dict) and any(k not in F and not overseas(k) for k in d):
            found.add(("invalid_category", lab))
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    for sub, sup in [("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"), ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                     ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"), ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                     ("工业APP数量（个）", "工业软件总量（个）"), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("云化工业软件数量（个）", "工业APP数量（个）"),
                     ("工业APP平均月活跃数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                     ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
                     ("存储工业数据量（TB）", "存储容量（TB）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                     ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
                     ("活跃开发者数（个）", "开发者注册总数（个）"), ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                     ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                     ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]:
        if v[sub] is not None and v[sup] is not None and v[sub] > v[sup]:
            found.add(("subset", sub))
    r2 = lambda x: round(x + 1e-9, 2)
    rev = v["平台相关营业收入（万元）"]
    if abs(r2(v["平台相关研发投入（万元）"] / rev * 100) - v["平台相关研发投入强度（%）"]) > 0.011:
        found.add(("formula", "平台相关研发投入强度（%）"))
    if abs(r2(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100) - v["存储资源利用率（%）"]) > 0.011:
        found.add(("formula", "存储资源利用率（%）"))
    g = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        calc = r2((g[f"{y}年平台营收（万元）"] - g[f"{y-1}年平台营收（万元）"]) / g[f"{y-1}年平台营收（万元）"] * 100)
        if abs(calc - g[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
    if g["2023年平台营收（万元）"] != rev:
        found.add(("identity", "平台相关营业收入（万元）"))
    if v["杀手锏APP数量（个）"] > 5:
        found.add(("answer_format", "杀手锏APP数量（个）"))
    # profit-based formulas against the evidence components
    comp = {f.component: f.normalized for f in t.evidence_facts if f.component}
    if "平台利润总额（万元）" in comp and abs(r2(comp["平台利润总额（万元）"] / rev * 100) - v["平台利润率（%）"]) > 0.011:
        found.add(("formula", "平台利润率（%）"))
    # declared vs evidence (non-component facts; 万/约 rounded screenshot values within 1%)
    for f in t.evidence_facts:
        if f.component or f.normalized is None:
            continue
        dv = v.get(f.label)
        if isinstance(dv, (int, float)) and not isinstance(dv, bool):
            tol = 0.01 * dv if "万" in f.value else 0.006
            if abs(dv - f.normalized) > tol:
                fam = "count_vs_list" if "数量（" in f.label and ("专利" in f.label or "软著" in f.label) else "declared_vs_evidence"
                found.add((fam, f.label))
    return found


def main():
    ok = True
    truths = sorted((HERE / "truth").glob("*.json"))
    assert len(truths) >= 4, truths
    for tf in truths:
        t = load_truth(tf)
        root = HERE / t.path
        errs = []
        listed = set(t.files)
        actual = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        for name in listed - actual:
            errs.append(f"missing file {name}")
        for name in actual - listed:
            errs.append(f"unlisted file {name}")
        cache = {}
        for f in t.evidence_facts:
            path = root / f.file
            if not path.exists():
                errs.append(f"fact file missing {f.file}")
                continue
            suf = path.suffix.lower()
            if suf == ".pdf":
                pages = cache.setdefault(f.file, pdf_pages(path))
                if f.page > len(pages):
                    errs.append(f"{f.file} p{f.page} > {len(pages)}")
                    continue
                if f.image_only:
                    if ws(pages[f.page - 1]):
                        errs.append(f"{f.file} p{f.page} has a text layer but fact is image_only")
                elif ws(f.quote) not in ws(pages[f.page - 1]):
                    errs.append(f"quote {f.quote!r} not on {f.file} p{f.page}")
            elif suf == ".xlsx":
                if ws(f.quote) not in ws(xlsx_sheet_text(path, f.page)):
                    errs.append(f"quote {f.quote!r} not on {f.file} sheet {f.page}")
            elif suf == ".png":
                if not (f.image_only and f.page == 1):
                    errs.append(f"png fact must be image_only page 1: {f.file}")
            else:
                errs.append(f"unexpected evidence type {f.file}")
        for p in t.problems:
            for name in p.files:
                if p.family != "missing_file" and not (root / name).exists():
                    errs.append(f"problem {p.id} cites missing {name}")
        assert len(t.summary_rows) == 103
        found = rule_findings(t)
        planted = {(p.family, p.fields[0]) for p in t.problems}
        computable = {"breakdown_sum", "invalid_category", "identity", "subset", "formula", "growth_rate", "answer_format",
                      "declared_vs_evidence", "count_vs_list"}
        expect = {x for x in planted if x[0] in computable and not (x[0] == "answer_format" and x[1] != "杀手锏APP数量（个）")}
        if found != expect:
            errs.append(f"consistency checks: found {sorted(found)} expected {sorted(expect)}")
        if "clean" in t.package_id and t.problems:
            errs.append("clean package has problems")
        status = "OK" if not errs else "FAIL"
        print(f"{status} {t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
        for e in errs:
            print("   -", e)
        ok &= not errs
    print("ALL OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
