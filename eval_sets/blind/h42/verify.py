"""Verify the h42 set: truth loads, files match, every quote is on its page, formulas hold, one clean package.

python -m eval_sets.blind.h42.verify [--root DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from openpyxl import load_workbook

from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def squash(s: str) -> str:
    return "".join(str(s).split())


def pdf_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return out


def xlsx_sheets(path: Path) -> list[str]:
    wb = load_workbook(str(path), data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append("\n".join(" ".join("" if v is None else str(v) for v in row) for row in ws.iter_rows(values_only=True)))
    return out


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def check_facts(t, pkg_dir: Path, errs: list[str]):
    cache = {}
    for f in t.evidence_facts:
        path = pkg_dir / f.file
        ext = path.suffix.lower()
        if ext == ".pdf":
            pages = cache.setdefault(f.file, pdf_pages(path))
            if f.page > len(pages):
                errs.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            text = pages[f.page - 1]
            if f.image_only:
                if squash(text):
                    errs.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
            elif squash(f.quote) not in squash(text):
                errs.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        elif ext == ".xlsx":
            sheets = cache.setdefault(f.file, xlsx_sheets(path))
            if f.page > len(sheets) or squash(f.quote) not in squash(sheets[f.page - 1]):
                errs.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} sheet {f.page}")
        elif ext == ".docx":
            if squash(f.quote) not in squash(docx_text(path)):
                errs.append(f"{t.package_id}: quote {f.quote!r} not in {f.file}")
        elif ext == ".png":
            if f.page != 1 or not f.image_only:
                errs.append(f"{t.package_id}: PNG fact must be page 1 image_only: {f.file}")
        else:
            errs.append(f"{t.package_id}: unexpected fact file {f.file}")


def close(a, b, tol=0.006):
    return abs(a - b) <= tol


def check_formulas(t, errs: list[str]):
    v = {r.label: r.normalized for r in t.summary_rows}
    pid = t.package_id

    def need(cond, msg):
        if not cond:
            errs.append(f"{pid}: {msg}")

    need(v["运维人数（人）"] + v["运营人数（人）"] == v["平台团队总人数（人）"], "运维+运营≠总人数")
    need(close(v["平台相关研发投入强度（%）"], round(v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100, 2)), "研发强度")
    need(close(v["存储资源利用率（%）"], round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2)), "存储利用率")
    profit = [f.normalized for f in t.evidence_facts if f.component == "平台利润总额（万元）"]
    if profit:
        need(close(v["平台利润率（%）"], round(profit[0] / v["平台相关营业收入（万元）"] * 100, 2)), "利润率")
        need(close(v["投资回报率（%）"], round(profit[0] / v["平台建设金额（万元）"] * 100, 2)), "投资回报率")
    g = v["平台近三年经营指标情况"]
    need(close(g["2022年增长率（%）"], round((g["2022年平台营收（万元）"] / g["2021年平台营收（万元）"] - 1) * 100, 2)), "2022增长率")
    need(close(g["2023年增长率（%）"], round((g["2023年平台营收（万元）"] / g["2022年平台营收（万元）"] - 1) * 100, 2)), "2023增长率")
    need(close(g["2023年平台营收（万元）"], v["平台相关营业收入（万元）"]), "近三年2023≠平台营收")
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
            need(sum(v[part].values()) == v[total], f"{part} sum ≠ {total}")
    if isinstance(v["按海外国家分类统计海外设备连接数量（台/套）"], dict):
        need(sum(v["按海外国家分类统计海外设备连接数量（台/套）"].values()) == v["海外设备连接数量（台/套）"], "海外 sum")
    need(v["按省市区域统计服务企业数（个）"]["上海"] == v["服务本市企业数量（个）"], "本市≠上海")
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
               ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("存储工业数据量（TB）", "存储容量（TB）"), ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]
    for a, b in subsets:
        need(v[a] <= v[b], f"{a} > {b}")
    need(v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"] == v["工业APP数量（个）"], "APP 开发+云化")


def check_forms(t, pkg_dir: Path, errs: list[str]):
    """Every 附件4 value is printed in the 申报表 (numbers as written), and the 汇总表 agrees with the truth."""
    form = [k for k, r in t.files.items() if r == "申报表"][0]
    p = pkg_dir / form
    text = squash(docx_text(p) if p.suffix == ".docx" else "\n".join(xlsx_sheets(p)))
    skip = {"序号", "评审会现场地址信息", "平台近三年经营指标情况", "建设时间", "平台建设方式", "平台运营模式", "部署方式",
            "平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "企业是否已上市或已获得VC/PE投资",
            "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统",
            "平台订单数量(近一年总量)（个）", "平台是否服务上海智能工厂，数量", "平台获得省部级及以上奖项/荣誉数量（个）",
            "合作平台数量（个）"}
    for r in t.summary_rows:
        if r.label in skip:
            continue
        if squash(r.value) not in text:
            errs.append(f"{t.package_id}: 申报表 lacks {r.label}={r.value!r}")
    summ = [k for k, r in t.files.items() if r == "汇总表"][0]
    p = pkg_dir / summ
    stext = squash(docx_text(p) if p.suffix == ".docx" else "\n".join(xlsx_sheets(p)))
    for r in t.summary_rows:
        if squash(r.value) not in stext:
            errs.append(f"{t.package_id}: 汇总表 lacks {r.label}={r.value!r}")


def check_limits(t, pkg_dir: Path, errs: list[str]):
    """Char limits of the 填报指引 on the cells this set writes (clean of char_limit problems everywhere)."""
    form = [k for k, r in t.files.items() if r == "申报表"][0]
    p = pkg_dir / form
    if p.suffix != ".docx":
        return
    d = Document(str(p))
    limits = {"平台定位是否明确": 50, "云化服务器算力": 50, "平台有否与新技术的融合应用": 300,
              "跨平台调用功能建设情况": 200, "新产业、新模式培育情况": 300, "其他资源汇聚情况": 200}
    for tb in d.tables:
        for row in tb.rows:
            cells = [c.text for c in row.cells]
            for k, lim in limits.items():
                if k in cells:
                    val = max(cells, key=len) if len(cells) > 3 else cells[-1]
                    idx = cells.index(k)
                    actual = [c for c in cells[idx + 1:] if c and not c.startswith(("详见", "平台运营", "附件", "佐证", "证明"))]
                    if actual and len(actual[0]) > lim:
                        errs.append(f"{t.package_id}: {k} {len(actual[0])}字 > {lim}")
                    del val
            if cells and cells[0] in ("平台基本情况介绍", "平台建设成效") and len(cells[1]) > 500:
                errs.append(f"{t.package_id}: {cells[0]} over 500字")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    a = ap.parse_args(argv)
    errs: list[str] = []
    truths = [load_truth(p) for p in sorted((a.root / "truth").glob("*.json"))]
    assert len(truths) == 4, len(truths)
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errs.append(f"expected exactly one clean package, got {len(clean)}")
    for t in truths:
        pkg_dir = a.root / "packages" / t.package_id
        if t.path != f"eval_sets/blind/h42/packages/{t.package_id}":
            errs.append(f"{t.package_id}: path {t.path}")
        on_disk = {str(p.relative_to(pkg_dir)) for p in pkg_dir.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errs.append(f"{t.package_id}: files differ: extra {on_disk - set(t.files)}, missing {set(t.files) - on_disk}")
        if len(t.summary_rows) != 103:
            errs.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        if t.problems and not 2 <= len(t.problems) <= 5:
            errs.append(f"{t.package_id}: {len(t.problems)} problems")
        check_facts(t, pkg_dir, errs)
        check_formulas(t, errs)
        check_forms(t, pkg_dir, errs)
        check_limits(t, pkg_dir, errs)
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
