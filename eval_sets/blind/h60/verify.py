"""Verify the h60 set: truth loads, files on disk == truth files, every fact quote is on its page, exactly one clean
package, and a formula / consistency audit of the declared rows (clean: no finding; problem packages: exactly the
computable planted findings).

    cd /work/main && .venv/bin/python eval_sets/blind/h60/verify.py [--root DIR]
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from eval_sets.truth import load_truth  # noqa: E402

REGIONS = set("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 "
              "青海 内蒙古 广西 西藏 宁夏 新疆 大连 青岛 宁波 厦门 深圳 香港 澳门 台湾".split())
DEV_CATS = set("采矿设备 化工设备 冶炼设备 电力设备 建材设备 动力设备 仪器仪表 机床 机器人 电工、电子设备 轻工设备 工程机械 农林机械 "
               "物流设备 交通设备 其他".split())
APP_CATS = set("安全生产 节能减排 质量管控 供应链管理 研发设计 生产制造 运营管理 仓储物流 运维服务".split())
INDUSTRIES = set("采矿 黑色金属 有色金属 石化化工 建材 医药 纺织 家电 食品 烟草 轻工 机械 汽车 航空/航天 船舶 轨道交通 电子 "
                 "电力、热力和燃气 建筑业 农业 服务业 其他".split())


def pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
    return out


def office_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "ignore") for n in z.namelist() if n.endswith(".xml"))


def summary_cells(path: Path) -> dict[str, str]:
    if path.suffix == ".xlsx":
        import openpyxl
        ws = openpyxl.load_workbook(path).active
        rows = [[c.value for c in r] for r in ws.iter_rows()]
        if rows[1][0] == "指标":
            return {str(r[0]): str(r[1] if r[1] is not None else "") for r in rows[2:]}
        return {str(k): str(v if v is not None else "") for k, v in zip(rows[1], rows[2])}
    from docx import Document
    t = Document(str(path)).tables[0]
    return {r.cells[0].text: r.cells[1].text for r in t.rows}


def audit(rows: dict, facts) -> list[str]:
    """Consistency findings of the declared rows (family: detail)."""
    n = {k: v for k, v in rows.items()}
    out = []
    if n["运维人数（人）"] + n["运营人数（人）"] != n["平台团队总人数（人）"]:
        out.append("identity: team")
    for part, whole in [("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"),
                        ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                        ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                        ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                        ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                        ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                        ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                        ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                        ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                        ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                        ("存储工业数据量（TB）", "存储容量（TB）")]:
        if n[part] > n[whole]:
            out.append(f"subset: {part}")
    if n["基于平台开发的工业APP数量（个）"] + n["云化工业软件数量（个）"] != n["工业APP数量（个）"]:
        out.append("identity: apps")
    for br, tot in [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                    ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                    ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                    ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                    ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                    ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
                    ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
                    ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                    ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                    ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"),
                    ("按行业统计服务企业数（个）", "实际服务企业数（个）"), ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"),
                    ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]:
        if sum(n[br].values()) != n[tot]:
            out.append(f"breakdown_sum: {br}")
    for k in n["按二级分类统计工业设备数量（台/套）"]:
        if k not in DEV_CATS:
            out.append(f"invalid_category: {k}")
    for key in ("按省市区域统计工业设备数量（台/套）", "按省市区域统计服务企业数（个）"):
        for k in n[key]:
            if k not in REGIONS and not any("A" <= ch <= "z" for ch in k):
                out.append(f"invalid_category: {k}")
    for k in n["按分类统计工业APP数量（个）"]:
        if k not in APP_CATS:
            out.append(f"invalid_category: {k}")
    for key in ("按行业统计工业APP数量（个）", "按行业统计服务企业数（个）"):
        for k in n[key]:
            if k not in INDUSTRIES:
                out.append(f"invalid_category: {k}")
    if n["按省市区域统计服务企业数（个）"].get("上海") != n["服务本市企业数量（个）"]:
        out.append("breakdown: 上海 vs 服务本市")
    rev = n["平台相关营业收入（万元）"]
    three = n["平台近三年经营指标情况"]
    if abs(three["2023年平台营收（万元）"] - rev) > 0.005:
        out.append("identity: 2023营收")
    for y, p in (("2023", "2022"), ("2022", "2021")):
        exp = round((three[f"{y}年平台营收（万元）"] / three[f"{p}年平台营收（万元）"] - 1) * 100, 2)
        if abs(exp - three[f"{y}年增长率（%）"]) > 0.011:
            out.append(f"growth_rate: {y} {three[f'{y}年增长率（%）']} vs {exp}")
    if abs(round(n["平台相关研发投入（万元）"] / rev * 100, 2) - n["平台相关研发投入强度（%）"]) > 0.011:
        out.append("formula: 研发投入强度")
    if abs(round(n["存储工业数据量（TB）"] / n["存储容量（TB）"] * 100, 2) - n["存储资源利用率（%）"]) > 0.011:
        out.append("formula: 存储资源利用率")
    if abs(round(n["付费企业数（个）"] / n["注册企业用户数（个）"] * 100, 2) - n["付费用户占比（%）"]) > 0.011:
        out.append("formula: 付费用户占比")
    profit = [f.normalized for f in facts if f.component == "平台利润总额（万元）"]
    yearly = [f.normalized for f in facts if f.component == "平台年利润（万元）"]
    if profit and abs(round(profit[0] / rev * 100, 2) - n["平台利润率（%）"]) > 0.011:
        out.append("formula: 平台利润率")
    if yearly and abs(round(yearly[0] / n["平台建设金额（万元）"] * 100, 2) - n["投资回报率（%）"]) > 0.011:
        out.append("formula: 投资回报率")
    # declared vs evidence (numbers with a fact of the same label and no component)
    for f in facts:
        if f.component or f.label not in n or not isinstance(n[f.label], (int, float)) or isinstance(n[f.label], bool):
            continue
        if abs(float(n[f.label]) - float(f.normalized)) > 0.005:
            out.append(f"vs_evidence: {f.label} {n[f.label]} vs {f.normalized} ({f.file} p{f.page})")
    for f in facts:
        if f.component.endswith("年平台营收（万元）"):
            y = f.component[:4]
            if abs(three[f"{y}年平台营收（万元）"] - f.normalized) > 0.005:
                out.append(f"vs_evidence: {y}营收 {three[f'{y}年平台营收（万元）']} vs {f.normalized}")
    return sorted(set(out))


EXPECTED = {
    "h60_yanfeng_clean": [],
    "h60_sijian_problems": ["vs_evidence: 平台相关研发投入（万元） 986.42 vs 1413.57", "summary_vs_form: 平台相关营业收入（万元）",
                            "section7: missing"],
    "h60_huaxing_problems": ["formula: 研发投入强度", "growth_rate: 2023", "vs_evidence: 平台团队总人数（人） 268 vs 236"],
    "h60_cosco_problems": ["vs_evidence: 平台相关营业收入（万元）", "vs_evidence: 2022营收"],
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(HERE))
    root = Path(ap.parse_args().root)
    bad = 0
    clean = 0
    for tp in sorted((root / "truth").glob("*.json")):
        t = load_truth(tp)
        pdir = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pdir)) for p in pdir.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            print(t.package_id, "FILES DIFFER", on_disk ^ set(t.files))
            bad += 1
        assert len(t.summary_rows) == 103
        clean += not t.problems
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            path = pdir / f.file
            if path.suffix == ".pdf":
                pages = cache.setdefault(f.file, pdf_pages(path))
                txt = pages[f.page - 1]
                if f.image_only:
                    if txt.strip():
                        print(t.package_id, "image_only page has text", f.file, f.page)
                        bad += 1
                elif f.quote not in txt:
                    print(t.package_id, "QUOTE NOT ON PAGE", f.file, f.page, f.quote)
                    bad += 1
            elif path.suffix in (".xlsx", ".docx"):
                if f.quote not in office_text(path):
                    print(t.package_id, "QUOTE NOT IN FILE", f.file, f.quote)
                    bad += 1
            elif path.suffix == ".png":
                if not f.image_only or f.page != 1:
                    print(t.package_id, "png fact must be image_only p1", f.file)
                    bad += 1
        rows = {r.label: r.normalized for r in t.summary_rows}
        found = audit(rows, t.evidence_facts)
        # 汇总表 vs 申报表 (truth values), 申报书 chapter 七 vs 2023参评
        summ = [n for n, role in t.files.items() if role == "汇总表"][0]
        written = summary_cells(pdir / summ)
        for r in t.summary_rows:
            if written.get(r.label, "") != r.value:
                found.append(f"summary_vs_form: {r.label}")
        book = [n for n, role in t.files.items() if role == "申报书"][0]
        btext = office_text(pdir / book) if book.endswith(".docx") else "".join(pdf_pages(pdir / book))
        if t.platform.participated_2023 and "七、平台相较上年度对比情况" not in btext:
            found.append("section7: missing")
        found = sorted(found)
        exp = EXPECTED[t.package_id]
        unmatched = [x for x in found if not any(x.startswith(e) for e in exp)]
        missing = [e for e in exp if not any(x.startswith(e) for x in found)]
        status = "ok" if not unmatched and not missing else "AUDIT MISMATCH"
        if status != "ok":
            bad += 1
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems, audit {status}",
              *(["\n   found: " + "; ".join(found)] if found else []),
              *(["\n   unexpected: " + "; ".join(unmatched)] if unmatched else []),
              *(["\n   missing: " + "; ".join(missing)] if missing else []))
    if clean != 1:
        print("expected exactly one clean package, got", clean)
        bad += 1
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
