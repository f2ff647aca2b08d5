"""Verify the h51 blind set.

    /work/main/.venv/bin/python eval_sets/blind/h51/verify.py [--dir DIR]

Checks: truth loads; files on disk == truth files; every fact's quote is on its page (PDF text via pypdfium2,
XLSX cached cell values of the 1-based worksheet, image-only pages flagged); scans have no text layer;
exactly one clean package; the 申报表 XLSX gives every numeric 附件4 row of the truth; and an audit of
the notice's rules (sums, formulas, subsets, 汇总表 vs 申报表, declared vs evidence) finds nothing in
the clean package and exactly the planted families (with a shared field) in the others.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from eval_sets.truth import load_truth  # noqa: E402


def pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    out = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return out


def xlsx_sheets(path: Path, data_only=True):
    from openpyxl import load_workbook

    return load_workbook(path, data_only=data_only)


def sheet_texts(wb) -> list[str]:
    out = []
    for ws in wb.worksheets:
        vals = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    vals.append(str(c.value))
        out.append("\n".join(vals))
    return out


def num(text) -> float | None:
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    t = unicodedata.normalize("NFKC", str(text)).replace(",", "").replace(" ", "")
    try:
        return float(t)
    except ValueError:
        return None


def audit(t, pkg: Path) -> list[tuple[str, set[str]]]:
    """Violations of the notice's rules found in the package: (family, fields)."""
    import form

    R = {r.label: r.normalized for r in t.summary_rows}
    bad: list[tuple[str, set[str]]] = []

    def close(a, b, tol=0.0051):
        return a is not None and b is not None and abs(a - b) <= tol

    # breakdown sums
    pairs = [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
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
             ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    for part, total in pairs:
        d = R[part]
        s = sum(d.values()) if isinstance(d, dict) else 0
        if s != R[total]:
            bad.append(("breakdown_sum", {part, total}))
    if R["运维人数（人）"] + R["运营人数（人）"] != R["平台团队总人数（人）"]:
        bad.append(("identity", {"平台团队总人数（人）"}))
    if R["工业APP数量（个）"] != R["基于平台开发的工业APP数量（个）"] + R["云化工业软件数量（个）"]:
        bad.append(("identity", {"工业APP数量（个）"}))
    if R["服务本市企业数量（个）"] != R["按省市区域统计服务企业数（个）"].get("上海"):
        bad.append(("identity", {"服务本市企业数量（个）"}))
    # formulas
    rev = R["平台相关营业收入（万元）"]
    if not close(round(R["平台相关研发投入（万元）"] / rev * 100, 2), R["平台相关研发投入强度（%）"]):
        bad.append(("formula", {"平台相关研发投入强度（%）"}))
    if not close(round(R["存储工业数据量（TB）"] / R["存储容量（TB）"] * 100, 2), R["存储资源利用率（%）"]):
        bad.append(("formula", {"存储资源利用率（%）"}))
    if not close(round(R["付费企业数（个）"] / R["注册企业用户数（个）"] * 100, 2), R["付费用户占比（%）"]):
        bad.append(("formula", {"付费用户占比（%）"}))
    near = R["平台近三年经营指标情况"]
    for y in (2022, 2023):
        g = round((near[f"{y}年平台营收（万元）"] / near[f"{y - 1}年平台营收（万元）"] - 1) * 100, 2)
        if not close(g, near[f"{y}年增长率（%）"]):
            bad.append(("growth_rate", {"平台近三年经营指标情况"}))
    if near["2023年平台营收（万元）"] != rev:
        bad.append(("identity", {"平台相关营业收入（万元）"}))
    # subsets
    for small, big in [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                       ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                       ("工业APP数量（个）", "工业软件总量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                       ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                       ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                       ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                       ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
                       ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("存储工业数据量（TB）", "存储容量（TB）"),
                       ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]:
        if R[small] > R[big]:
            bad.append(("subset", {small, big}))
    # evidence facts vs declared (facts without component); formula components
    for f in t.evidence_facts:
        if f.component:
            if f.component == "平台利润总额（万元）" and not close(round(f.normalized / rev * 100, 2), R["平台利润率（%）"]):
                bad.append(("declared_vs_evidence", {"平台利润率（%）"}))
            if f.component == "平台年利润（万元）" and not close(round(f.normalized / R["平台建设金额（万元）"] * 100, 2), R["投资回报率（%）"]):
                bad.append(("declared_vs_evidence", {"投资回报率（%）"}))
            if f.component.endswith("年平台营收（万元）") and not close(f.normalized, near[f.component]):
                bad.append(("declared_vs_evidence", {"平台近三年经营指标情况"}))
            continue
        if f.label in R and isinstance(R[f.label], (int, float)) and not close(float(f.normalized), float(R[f.label])):
            if f.label == "注册企业用户数（个）" and f.image_only:
                continue
            fam = "count_vs_list" if f.file.endswith(".xlsx") and ("清单" in f.file) else "declared_vs_evidence"
            bad.append((fam, {f.label}))
    # hidden rows counted in a list's total (the IP lists: other owners)
    from openpyxl import load_workbook
    for name, role in t.files.items():
        if role == "evidence:patent_list":
            wb = load_workbook(pkg / name)
            for ws in wb.worksheets:
                for r, dim in ws.row_dimensions.items():
                    if dim.hidden and ws.cell(r, 6).value != t.platform.company:
                        bad.append(("count_vs_list", {"平台核心软硬件技术获得的软著数量（个）" if "软件" in ws.title
                                                      else "平台核心软硬件技术获得的专利数量（项）"}))
    # 汇总表 vs 申报表 (cached values as saved)
    for name, role in t.files.items():
        if role == "汇总表" and name.endswith(".xlsx"):
            ws = load_workbook(pkg / name, data_only=True).worksheets[0]
            cells = {}
            if isinstance(ws["A3"].value, str) and ws["A3"].value == "企业名称":  # vertical
                for row in ws.iter_rows(min_row=2):
                    cells[row[0].value] = row[1].value
            else:
                for c in ws[2]:
                    cells[c.value] = ws.cell(3, c.column).value
            for label, n in R.items():
                if isinstance(n, (int, float)) and not isinstance(n, bool) and label != "序号":
                    got = num(cells.get(label))
                    if got is None:
                        continue  # a formula without a cached value: its inputs are there, the total is not printed
                    if not close(got, float(n)):
                        bad.append(("summary_vs_form", {label}))
    # 申报表 XLSX gives each numeric truth row
    for name, role in t.files.items():
        if role == "申报表":
            wb = load_workbook(pkg / name, data_only=True)
            found = {}
            for ws in wb.worksheets:
                if not ws.title.startswith("三、指标明细表") or ws.sheet_state != "visible":
                    continue
                for row in ws.iter_rows(min_row=3):
                    key = next((k for (_, _, _, c, k) in form.ROWS if c == row[3].value), None)
                    if key:
                        cell = row[4]
                        val = cell.value
                        if cell.number_format == "0.00%" and isinstance(val, (int, float)):
                            val = round(val * 100, 2)
                        found[key] = val
            for label, n in R.items():
                if isinstance(n, (int, float)) and not isinstance(n, bool) and label in found:
                    got = num(found[label])
                    if got is None and isinstance(found[label], str) and f"{n}" in found[label]:
                        continue  # 「是，共4家…」 「共6个（清单见附件）」
                    assert got is not None and close(got, float(n)), (t.package_id, label, found[label], n)
            missing = [k for (_, _, _, _, k) in form.ROWS if k not in found]
            assert not missing, (t.package_id, missing)
    # dedupe
    out = []
    for fam, fields in bad:
        if (fam, frozenset(fields)) not in [(a, frozenset(b)) for a, b in out]:
            out.append((fam, fields))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=str(HERE))
    args = ap.parse_args(argv)
    base = Path(args.dir)
    truths = [load_truth(p) for p in sorted((base / "truth").glob("*.json"))]
    errors = []
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"{len(clean)} clean packages")
    for t in truths:
        pkg = base / "packages" / t.package_id
        on_disk = sorted(str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file())
        if on_disk != sorted(t.files):
            errors.append(f"{t.package_id}: files differ {set(on_disk) ^ set(t.files)}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} rows")
        for name, role in t.files.items():
            if role in ("申报表扫描件",) or (role == "承诺" and name.endswith(".pdf")):
                if any(x.strip() for x in pdf_pages(pkg / name)):
                    errors.append(f"{t.package_id}: scan {name} has a text layer")
        cache: dict = {}
        for f in t.facts if hasattr(t, "facts") else t.evidence_facts:
            path = pkg / f.file
            if f.file.endswith(".pdf"):
                pages = cache.setdefault(f.file, pdf_pages(path))
                text = pages[f.page - 1]
                if f.image_only:
                    if text.strip():
                        errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
                elif f.quote not in text:
                    errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif f.file.endswith(".xlsx"):
                texts = cache.setdefault(f.file, sheet_texts(xlsx_sheets(path)))
                if f.quote not in texts[f.page - 1].split("\n"):
                    errors.append(f"{t.package_id}: quote {f.quote!r} not a cell of {f.file} sheet {f.page}")
            elif f.file.endswith(".png"):
                if not f.image_only or f.page != 1:
                    errors.append(f"{t.package_id}: png fact not image_only/page 1")
        found = audit(t, pkg)
        planted = [(p.family, set(p.fields)) for p in t.problems]
        for fam, fields in found:
            if not any(fam == pf and fields & pfields for pf, pfields in planted):
                errors.append(f"{t.package_id}: unplanted violation {fam} {sorted(fields)}")
        for pf, pfields in planted:
            if not any(fam == pf and fields & pfields for fam, fields in found):
                errors.append(f"{t.package_id}: planted {pf} {sorted(pfields)} not found by the audit")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems; audit: "
              + ("; ".join(f"{a}:{'/'.join(sorted(b))}" for a, b in found) or "nothing"))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
