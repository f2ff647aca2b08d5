"""Verify blind set h58: truth loads, files on disk equal the truth's files, every fact's quote is on its
page (text PDFs: inside the CropBox; DOCX/XLSX by their text; image-only pages flagged), exactly one clean
package, 103 rows, internal consistency of the clean package and of every computable planted problem.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h58.verify [--root DIR]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pypdfium2 as pdfium

from eval_sets.truth import load_truth

from . import kit
from .model import SUMMARY, r2

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def page_has_text(path: Path, page: int) -> bool:
    doc = pdfium.PdfDocument(str(path))
    tp = doc[page - 1].get_textpage()
    n = tp.count_chars()
    doc.close()
    return n > 0


def check_geometry(path: Path, errors: list[str], tag: str):
    """Report page geometry so the README's claims are checked: rotation, crop, size."""
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        p = doc[i]
        mb, cb = p.get_mediabox(), p.get_cropbox()
        out.append((i + 1, p.get_rotation(), tuple(round(x) for x in mb), tuple(round(x) for x in cb)))
    doc.close()
    return out


def main(root: Path) -> int:
    errors: list[str] = []
    truths = sorted((root / "truth").glob("*.json"))
    if len(truths) != 4:
        errors.append(f"expected 4 truth files, found {len(truths)}")
    clean = 0
    for tp in truths:
        t = load_truth(tp)
        pkg = root / "packages" / t.package_id
        tag = t.package_id
        on_disk = sorted(str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file())
        if on_disk != sorted(t.files):
            errors.append(f"{tag}: files on disk {on_disk} != truth {sorted(t.files)}")
        if not t.path.endswith(t.package_id):
            errors.append(f"{tag}: path {t.path}")
        if [r.label for r in t.summary_rows] != [s[0] for s in SUMMARY] or len(t.summary_rows) != 103:
            errors.append(f"{tag}: summary rows are not the 103 附件4 labels")
        if not t.problems:
            clean += 1
        elif not 2 <= len(t.problems) <= 5:
            errors.append(f"{tag}: {len(t.problems)} problems")
        for f in t.evidence_facts:
            path = pkg / f.file
            if f.file.endswith(".pdf"):
                has_text = page_has_text(path, f.page)
                if f.image_only:
                    if has_text:
                        errors.append(f"{tag}: {f.file} p{f.page} flagged image_only but has a text layer")
                    continue
                text = kit.pdf_page_text(path, f.page, bounded_to_crop=True)
                if kit.squash(f.quote) not in kit.squash(text):
                    errors.append(f"{tag}: quote {f.quote!r} not inside the crop box of {f.file} p{f.page}")
            elif f.file.endswith(".xlsx"):
                if kit.squash(f.quote) not in kit.squash(kit.xlsx_sheet_text(path, f.page - 1)):
                    errors.append(f"{tag}: quote {f.quote!r} not on sheet {f.page} of {f.file}")
            elif f.file.endswith(".docx"):
                if kit.squash(f.quote) not in kit.squash(kit.docx_text(path)):
                    errors.append(f"{tag}: quote {f.quote!r} not in {f.file}")
        rows = {r.label: r.normalized for r in t.summary_rows}
        computed = audit(rows)
        planted = {p.family for p in t.problems}
        for family, msg in computed:
            if family not in planted:
                errors.append(f"{tag}: unplanned inconsistency [{family}] {msg}")
        # facts vs rows: every mismatch must be a planted declared_vs_evidence / count_vs_list / screenshot_vs_form
        for f in t.evidence_facts:
            if f.component or f.label not in rows or f.normalized is None:
                continue
            want = rows[f.label]
            if isinstance(want, (int, float)) and abs(float(want) - float(f.normalized)) > 0.005:
                fam = {True: "screenshot_vs_form"}.get(f.image_only and "截图" in f.file, None)
                ok = any(f.label in p.fields and f.file in p.files for p in t.problems)
                if not ok:
                    errors.append(f"{tag}: fact {f.label} {f.normalized} in {f.file} p{f.page} != row {want}, no problem planted")
        # formula inputs printed in the evidence agree with the rows (unless a planted problem covers them)
        profit = [f.normalized for f in t.evidence_facts if f.component == "平台利润总额（万元）"]
        for pr in profit:
            if not close2(r2(pr / rows["平台相关营业收入（万元）"] * 100), rows["平台利润率（%）"]) and not any(
                    "平台相关营业收入（万元）" in p.fields for p in t.problems):
                errors.append(f"{tag}: 平台利润率 vs audited profit")
            if not close2(r2(pr / rows["平台建设金额（万元）"] * 100), rows["投资回报率（%）"]):
                errors.append(f"{tag}: 投资回报率 vs audited profit")
        # the 汇总表 equals the rows except a planted summary_vs_form
        summ = [n for n, role in t.files.items() if role == "汇总表"]
        for n in summ:
            import openpyxl
            ws = openpyxl.load_workbook(pkg / n, data_only=True).worksheets[0]
            cells = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r and r[0]}
            planted_fields = {f for p in t.problems if p.family == "summary_vs_form" for f in p.fields}
            for r in t.summary_rows:
                got = cells.get(r.label)
                want = r.normalized
                if isinstance(want, bool):
                    same = got == ("是" if want else "否")
                elif isinstance(want, (int, float)) and not isinstance(got, str):
                    same = got is not None and abs(float(got) - float(want)) < 0.005
                else:
                    same = kit.squash(str(got)) == kit.squash(r.value)
                if not same and r.label not in planted_fields:
                    errors.append(f"{tag}: 汇总表 {r.label} = {got!r}, 申报表 {r.value!r}")
                if same and r.label in planted_fields:
                    errors.append(f"{tag}: planted summary_vs_form on {r.label} not present")
        # where a crop box is set, some text must lie outside it (the point of those pages)
        for name in t.files:
            if name.endswith(".pdf"):
                geo = check_geometry(pkg / name, errors, tag)
                cropped = [no for no, rot, mb, cb in geo if cb != mb]
                hidden = [no for no in cropped
                          if kit.squash(kit.pdf_page_text(pkg / name, no, bounded_to_crop=True))
                          != kit.squash(kit.pdf_page_text(pkg / name, no))]
                if cropped and not hidden:
                    errors.append(f"{tag}: {name} has crop boxes but no text outside them")
    if clean != 1:
        errors.append(f"expected exactly one clean package, found {clean}")
    for e in errors:
        print("ERROR", e)
    print("ok" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


def close2(a, b):
    return abs(a - b) <= 0.011


def audit(rows: dict) -> list[tuple[str, str]]:
    """Consistency rules the notice states, on the normalised 附件4 rows."""
    out = []
    g = rows.get

    def close(a, b):
        return abs(a - b) <= 0.011

    if g("运维人数（人）") + g("运营人数（人）") != g("平台团队总人数（人）"):
        out.append(("identity", "运维+运营 != 总人数"))
    rev, rd = g("平台相关营业收入（万元）"), g("平台相关研发投入（万元）")
    if not close(r2(rd / rev * 100), g("平台相关研发投入强度（%）")):
        out.append(("formula", "研发投入强度"))
    if not close(r2(g("存储工业数据量（TB）") / g("存储容量（TB）") * 100), g("存储资源利用率（%）")):
        out.append(("formula", "存储资源利用率"))
    ty = g("平台近三年经营指标情况")
    if not close(ty["2023年平台营收（万元）"], rev):
        out.append(("formula", "2023营收 != 平台相关营业收入"))
    for y in (2022, 2023):
        gr = r2((ty[f"{y}年平台营收（万元）"] / ty[f"{y - 1}年平台营收（万元）"] - 1) * 100)
        if not close(gr, ty[f"{y}年增长率（%）"]):
            out.append(("growth_rate", str(y)))
    pairs = [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
             ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
             ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
             ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
             ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
             ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
             ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
             ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
             ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]
    for total, bds in pairs:
        for b in bds:
            if sum(g(b).values()) != g(total):
                out.append(("breakdown_sum", b))
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
               ("公有云工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
               ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("存储工业数据量（TB）", "存储容量（TB）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
               ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]
    for small, big in subsets:
        if g(small) > g(big):
            out.append(("subset", small))
    if g("服务本市企业数量（个）") != g("按省市区域统计服务企业数（个）").get("上海"):
        out.append(("breakdown_sum", "服务本市 != 上海"))
    if not close(r2(g("付费企业数（个）") / g("注册企业用户数（个）") * 100), g("付费用户占比（%）")):
        out.append(("formula", "付费用户占比"))
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    sys.exit(main(ap.parse_args().root))
