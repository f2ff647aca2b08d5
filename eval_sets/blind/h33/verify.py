"""Verify blind set h33: truth loads, files match, fact quotes are on their pages, one clean package, formula audit.

    /work/main/.venv/bin/python -m eval_sets.blind.h33.verify [--root DIR]
"""

from __future__ import annotations

import argparse
import email
import html as htmlmod
import re
import sys
from pathlib import Path

from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def xls_sheets(path: Path) -> list[str]:
    import xlrd
    book = xlrd.open_workbook(str(path))
    out = []
    for sh in book.sheets():
        cells = []
        for r in range(sh.nrows):
            for v in sh.row_values(r):
                if isinstance(v, float):
                    v = str(int(v)) if v.is_integer() else repr(v)
                cells.append(str(v))
        out.append("\n".join(cells))
    return out


def xlsx_sheets(path: Path) -> list[str]:
    from openpyxl import load_workbook
    wb = load_workbook(str(path))
    return ["\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None) for ws in wb.worksheets]


def docx_text(path: Path) -> str:
    from docx import Document
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def rtf_text(path: Path) -> str:
    raw = path.read_text(encoding="ascii")
    body = re.sub(r"\{\\fonttbl.*?\}\}", "", raw, flags=re.S)
    body = re.sub(r"\{\\info.*?\}\}", "", body, flags=re.S)
    body = re.sub(r"\\u(-?\d+)\?", lambda mm: chr(int(mm.group(1)) % 65536), body)
    body = re.sub(r"\\par\b", "\n", body)
    body = re.sub(r"\\[a-z]+-?\d* ?", "", body)
    return body.replace("{", "").replace("}", "")


def html_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", markup, flags=re.S)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "\n", markup))


def mht_text(path: Path) -> str:
    msg = email.message_from_bytes(path.read_bytes())
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            return html_text(part.get_payload(decode=True).decode("utf-8"))
    raise AssertionError("no html part")


def pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    out = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return out


def pages_of(path: Path) -> list[str] | int:
    """Texts of the pages, or the number of image-only pages."""
    ext = path.suffix.lower()
    if ext == ".pdf":
        return pdf_pages(path)
    if ext in (".xls", ".et"):
        return xls_sheets(path)
    if ext == ".xlsx":
        return xlsx_sheets(path)
    if ext == ".csv":
        return [path.read_bytes().decode("gbk")]
    if ext == ".html":
        return [html_text(path.read_text(encoding="utf-8"))]
    if ext == ".mht":
        return [mht_text(path)]
    if ext == ".rtf":
        return [rtf_text(path)]
    if ext == ".docx":
        return [docx_text(path)]
    if ext in (".tif", ".tiff"):
        from PIL import Image
        with Image.open(path) as im:
            return im.n_frames
    if ext in (".jpg", ".png"):
        return 1
    raise AssertionError(f"unknown format {path}")


def form_text(pkg: Path, truth) -> str:
    rel = next(k for k, v in truth.files.items() if v == "申报表")
    path = pkg / rel
    return "\n".join(xls_sheets(path)) if path.suffix == ".xls" else docx_text(path)


def summary_text(pkg: Path, truth) -> str:
    rel = next(k for k, v in truth.files.items() if v == "汇总表")
    path = pkg / rel
    if path.suffix in (".xls", ".et"):
        return "\n".join(xls_sheets(path))
    if path.suffix == ".xlsx":
        return "\n".join(xlsx_sheets(path))
    return docx_text(path)


def audit_rows(truth) -> list[str]:
    """Internal consistency of the declared rows; returns the failures (a clean package has none)."""
    v = {r.label: r.normalized for r in truth.summary_rows}
    bad = []

    def eq(name, a, b, tol=0.011):
        if a is None or b is None or abs(a - b) > tol:
            bad.append(f"{name}: {a} vs {b}")

    eq("团队=运维+运营", v["平台团队总人数（人）"], v["运维人数（人）"] + v["运营人数（人）"])
    eq("研发强度", v["平台相关研发投入强度（%）"], round(v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100, 2))
    y = v["平台近三年经营指标情况"]
    eq("营收2023=近三年", v["平台相关营业收入（万元）"], y["2023年平台营收（万元）"])
    for a, b in ((2022, 2021), (2023, 2022)):
        eq(f"{a}增长率", y[f"{a}年增长率（%）"],
           round((y[f"{a}年平台营收（万元）"] - y[f"{b}年平台营收（万元）"]) / y[f"{b}年平台营收（万元）"] * 100, 2))
    eq("存储利用率", v["存储资源利用率（%）"], round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2))
    eq("付费用户占比", v["付费用户占比（%）"], round(v["付费企业数（个）"] / v["注册企业用户数（个）"] * 100, 2))
    sums = [("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
            ("连接的工业设备/产品/产线种类及数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
            ("公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
            ("公有云工业设备连接数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
            ("公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
            ("公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
            ("海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）"),
            ("工业APP数量（个）", "按分类统计工业APP数量（个）"), ("工业APP数量（个）", "按行业统计工业APP数量（个）"),
            ("公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
            ("公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
            ("工业机理模型数量（个）", "按分类统计工业模型数量（个）"), ("实际服务企业数（个）", "按行业统计服务企业数（个）"),
            ("实际服务企业数（个）", "按省市区域统计服务企业数（个）"), ("平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）")]
    for total, part in sums:
        if v[part] is None:
            if v[total] != 0:
                bad.append(f"{part}: blank with total {v[total]}")
            continue
        eq(f"Σ{part}", v[total], sum(v[part].values()), 0)
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("云化工业软件数量（个）", "工业APP数量（个）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]
    for a, b in subsets:
        if v[a] > v[b]:
            bad.append(f"subset {a} {v[a]} > {b} {v[b]}")
    if v["服务本市企业数量（个）"] != v["按省市区域统计服务企业数（个）"].get("上海"):
        bad.append("本市 ≠ 区域 上海")
    return bad


def verify(root: Path) -> int:
    errors = []
    truths = sorted((root / "truth").glob("*.json"))
    clean = 0
    n_facts = n_probs = 0
    for tp in truths:
        t = load_truth(tp)
        pkg = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} rows")
        clean += not t.problems
        n_facts += len(t.evidence_facts)
        n_probs += len(t.problems)
        cache: dict[str, object] = {}
        for f in t.evidence_facts:
            pages = cache.setdefault(f.file, pages_of(pkg / f.file))
            if isinstance(pages, int):
                if not f.image_only or f.page > pages:
                    errors.append(f"{t.package_id}: {f.file} p{f.page} image page not flagged / out of range")
                continue
            if f.page > len(pages):
                errors.append(f"{t.package_id}: {f.file} page {f.page} > {len(pages)}")
                continue
            text = pages[f.page - 1]
            if f.image_only:
                if text.strip():
                    errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
            elif squash(f.quote) not in squash(text):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        # every declared value is printed in the 申报表
        ftext = squash(form_text(pkg, t))
        stext = squash(summary_text(pkg, t))
        summary_problem = {fld for p in t.problems if p.family == "summary_vs_form" for fld in p.fields}
        for r in t.summary_rows:
            if r.label in ("序号", "评审会现场地址信息", "平台性质") or r.value in ("", "是", "否"):
                continue
            if r.label == "建设时间":  # the 申报表 prints 年月至年月, the reviewer writes YYYY.MM-YYYY.MM
                a, b = r.value.split("-")
                want = [f"{int(x[:4])}年{int(x[5:])}月" for x in (a, b)]
                if not all(w in ftext for w in want):
                    errors.append(f"{t.package_id}: 建设时间 {want} not in 申报表")
            elif r.label == "平台是否服务上海智能工厂，数量":
                if f"是，共{r.normalized}家" not in ftext:
                    errors.append(f"{t.package_id}: 智能工厂 count not in 申报表")
            else:
              for part in r.value.split("；") if r.label == "平台近三年经营指标情况" else [r.value]:
                if squash(part) not in ftext:
                    errors.append(f"{t.package_id}: row {r.label} value {part!r} not in 申报表")
            if r.label not in summary_problem and squash(r.value.replace("；", "")) not in squash(stext.replace("；", "")):
                errors.append(f"{t.package_id}: row {r.label} value {r.value!r} not in 汇总表")
        for r in t.summary_rows[:4]:
            if r.label in ("序号", "平台性质") and squash(r.value) not in stext:
                errors.append(f"{t.package_id}: {r.label} not in 汇总表")
        venue = next(r.value for r in t.summary_rows if r.label == "评审会现场地址信息")
        contact = next(k for k, v in t.files.items() if v == "联系人表")
        if venue not in docx_text(pkg / contact):
            errors.append(f"{t.package_id}: venue not in 联系人表")
        bad = audit_rows(t)
        families = {p.family for p in t.problems}
        if not t.problems and bad:
            errors.append(f"{t.package_id}: clean package inconsistent: {bad}")
        for b in bad:
            print(f"  {t.package_id}: audit finds {b}  (planted families: {sorted(families)})")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    if clean != 1:
        errors.append(f"{clean} clean packages")
    print(f"{len(truths)} packages, {n_facts} facts, {n_probs} problems")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    sys.exit(verify(ap.parse_args().root))
