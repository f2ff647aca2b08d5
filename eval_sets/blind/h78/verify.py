"""Verify blind set h78 against its built packages.

    .venv/bin/python eval_sets/blind/h78/verify.py

Checks: truth loads; files on disk = truth files; every fact's quote is on its page (PDF text layer via
pypdfium2, XLSX sheet = page, image-only pages carry no text); scans are image-only; paged device lists
re-added from their own rows (本页小计 and 合计); served-enterprise exports counted row by row; the clean
package is internally consistent by the notice's rules; each problem package shows every planted problem
and no inconsistency that a planted problem does not explain. Exits 1 on any failure.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402
from h78data import BREAKDOWN_OF, SUBSETS  # noqa: E402

FAIL: list[str] = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL", msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return out


def xlsx_pages(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append("\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None))
    return out


def page_texts(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return pdf_pages(path)
    if path.suffix == ".xlsx":
        return xlsx_pages(path)
    if path.suffix == ".docx":
        d = Document(str(path))
        return ["\n".join(p.text for p in d.paragraphs)]
    return [""]


ROW_RE = re.compile(r"^\d+\s+[A-Z]+(?:-[A-Z]+)*-\d{5}\s")


def check_device_list(path: Path, rel: str, truth) -> dict:
    """Re-add a paged device list from its rows. Returns {'rows_total', 'printed_total', 'bad_pages'}."""
    pages = pdf_pages(path)
    rows_total, daily_total, bad = 0, 0, []
    printed_total = None
    nrows = 0
    for p, text in enumerate(pages, start=1):
        psum, pdaily = 0, 0
        sub = None
        for line in text.splitlines():
            line = line.strip()
            if ROW_RE.match(line):
                tok = line.split()
                psum += int(tok[-2].replace(",", ""))
                pdaily += int(tok[-1].replace(",", "")) if tok[-1] != "—" else 0
                nrows += 1
            elif line.startswith("本页小计"):
                tok = line.split()
                sub = int(tok[1].replace(",", ""))
            elif line.startswith("合计"):
                tok = line.split()
                printed_total = (int(tok[1].replace(",", "")), int(tok[2].replace(",", "")))
        if sub is not None and sub != psum:
            bad.append((p, sub, psum))
        rows_total += psum
        daily_total += pdaily
    if printed_total is None:
        fail(f"{truth.package_id}: {rel} has no 合计 line")
    return dict(rows_total=rows_total, daily_total=daily_total, printed_total=printed_total, bad_pages=bad,
                rows=nrows)


def check_served(path: Path) -> dict:
    wb = openpyxl.load_workbook(path, data_only=True)
    n = paid = local = sme = 0
    declared = None
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            if isinstance(row[0], int) and row[1]:
                n += 1
                paid += row[7] == "是"
                local += row[4] == "上海"
                sme += row[5] == "中小企业"
            elif isinstance(row[0], str) and row[0].startswith("共 "):
                declared = int(row[0].split()[1].replace(",", ""))
    return dict(n=n, paid=paid, local=local, sme=sme, declared=declared)


def consistency(truth) -> list[tuple[set, str]]:
    """Inconsistencies by the notice's rules, each with the labels involved."""
    V = {r.label: r.normalized for r in truth.summary_rows}
    issues = []

    def close(a, b, tol=0.011):
        return abs(a - b) <= tol

    if V["运维人数（人）"] + V["运营人数（人）"] != V["平台团队总人数（人）"]:
        issues.append(({"平台团队总人数（人）"}, "team sum"))
    if not close(V["平台相关研发投入（万元）"] / V["平台相关营业收入（万元）"] * 100, V["平台相关研发投入强度（%）"]):
        issues.append(({"平台相关研发投入强度（%）"}, "R&D intensity"))
    if not close(V["存储工业数据量（TB）"] / V["存储容量（TB）"] * 100, V["存储资源利用率（%）"]):
        issues.append(({"存储资源利用率（%）"}, "storage"))
    if not close(V["付费企业数（个）"] / V["注册企业用户数（个）"] * 100, V["付费用户占比（%）"]):
        issues.append(({"付费用户占比（%）"}, "paid share"))
    rv = V["平台近三年经营指标情况"]
    for y in (2022, 2023):
        g = (rv[f"{y}年平台营收（万元）"] / rv[f"{y - 1}年平台营收（万元）"] - 1) * 100
        if not close(g, rv[f"{y}年增长率（%）"]):
            issues.append(({"平台近三年经营指标情况"}, f"growth {y}"))
    if not close(rv["2023年平台营收（万元）"], V["平台相关营业收入（万元）"]):
        issues.append(({"平台近三年经营指标情况", "平台相关营业收入（万元）"}, "2023 revenue"))
    for part, total in BREAKDOWN_OF.items():
        got = sum((V[part] or {}).values())
        if got != V[total]:
            issues.append(({part, total}, f"breakdown {part} {got} != {V[total]}"))
    for part, whole in SUBSETS:
        if V[part] > V[whole]:
            issues.append(({part, whole}, f"subset {part}"))
    ov = V["按海外国家分类统计海外设备连接数量（台/套）"] or {}
    reg = V["按省市区域统计工业设备数量（台/套）"]
    if any(reg.get(k) != v for k, v in ov.items()):
        issues.append(({"按海外国家分类统计海外设备连接数量（台/套）"}, "overseas keys"))
    for f in truth.evidence_facts:
        if f.component:
            if f.component.endswith("年平台营收（万元）"):
                if not close(rv[f.component], f.normalized):
                    issues.append(({f.label}, f"component {f.component}"))
            elif f.label == "平台利润率（%）":
                if not close(f.normalized / V["平台相关营业收入（万元）"] * 100, V["平台利润率（%）"]):
                    issues.append(({f.label}, "profit margin"))
            elif f.label == "投资回报率（%）":
                if not close(f.normalized / V["平台建设金额（万元）"] * 100, V["投资回报率（%）"]):
                    issues.append(({f.label}, "ROI"))
            continue
        if V.get(f.label) is not None and not close(float(V[f.label]), float(f.normalized), 0.005):
            issues.append(({f.label}, f"fact {f.label} {f.value} ({f.file} p{f.page}) vs declared {V[f.label]}"))
    return issues


def main() -> int:
    truths = [load_truth(p) for p in sorted((HERE / "truth").glob("*.json"))]
    if len(truths) != 4:
        fail(f"expected 4 truth files, found {len(truths)}")
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        fail(f"expected exactly one clean package, found {len(clean)}")
    n_facts = n_problems = 0
    for t in truths:
        n_facts += len(t.evidence_facts)
        n_problems += len(t.problems)
        if t.problems and not 2 <= len(t.problems) <= 5:
            fail(f"{t.package_id}: {len(t.problems)} problems")
        if len(t.summary_rows) != 103:
            fail(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        root = ROOT / t.path
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            fail(f"{t.package_id}: files differ: {sorted(on_disk ^ set(t.files))}")
        texts = {}
        for rel in t.files:
            texts[rel] = page_texts(root / rel)
        # scans are image-only
        for rel, role in t.files.items():
            if role in ("申报表扫描件", "承诺") and any(squash(x) for x in texts[rel]):
                fail(f"{t.package_id}: {rel} should be image-only")
        # quotes
        for f in t.evidence_facts:
            pages = texts[f.file]
            if f.page > len(pages):
                fail(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            text = pages[f.page - 1]
            if f.image_only:
                if squash(text):
                    fail(f"{t.package_id}: {f.file} p{f.page} has a text layer but fact is image_only")
            elif squash(f.quote) not in squash(text):
                fail(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        # paged device lists and served exports, from their own rows
        lists = {}
        for rel, role in t.files.items():
            if role == "evidence:device_list":
                lists[rel] = check_device_list(root / rel, rel, t)
            if rel.endswith(".xlsx") and role == "evidence:other":
                s = check_served(root / rel)
                if s["n"] != s["declared"]:
                    fail(f"{t.package_id}: export lists {s['n']} rows but says 共 {s['declared']} 条")
                for f in t.evidence_facts:
                    if f.file == rel:
                        key = {"实际服务企业数（个）": "n", "付费企业数（个）": "paid", "服务本市企业数量（个）": "local",
                               "服务中小企业数量（个）": "sme"}[f.label]
                        if s[key] != f.normalized:
                            fail(f"{t.package_id}: export summary {f.label} {f.normalized} but rows give {s[key]}")
        book = next(rel for rel, role in t.files.items() if role == "申报书")
        book_text = "\n".join(texts[book])
        has7 = "七、平台相较上年度对比情况" in book_text
        for h in ("一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
                  "六、附件及其他说明材料"):
            if h not in book_text:
                fail(f"{t.package_id}: 申报书 lacks {h}")
        issues = consistency(t)
        list_issues = []
        for rel, s in lists.items():
            if s["bad_pages"] or (s["printed_total"] and s["printed_total"][0] != s["rows_total"]):
                list_issues.append((rel, s))
            if s["printed_total"] and s["printed_total"][1] != s["daily_total"]:
                fail(f"{t.package_id}: {rel} daily total {s['printed_total'][1]} != rows {s['daily_total']}")
        if not t.problems:
            for fields, msg in issues:
                fail(f"{t.package_id} (clean): {msg}")
            for rel, s in list_issues:
                fail(f"{t.package_id} (clean): {rel} subtotals {s['bad_pages']} / total {s['printed_total']} vs rows "
                     f"{s['rows_total']}")
            if t.platform.participated_2023 and not has7:
                fail(f"{t.package_id} (clean): 2023 participant without 七")
            for rel, s in lists.items():
                print(f"  {t.package_id}: {rel}: {s['rows']} rows, 合计 {s['printed_total']} = rows")
        else:
            planted_fields = [set(p.fields) for p in t.problems]
            for fields, msg in issues:
                if not any(fields & pf for pf in planted_fields):
                    fail(f"{t.package_id}: unplanted inconsistency: {msg}")
            V = {r.label: r.normalized for r in t.summary_rows}
            for p in t.problems:
                ok = False
                if p.family == "breakdown_sum":
                    ok = any(l in BREAKDOWN_OF and sum((V[l] or {}).values()) != V[BREAKDOWN_OF[l]] for l in p.fields)
                elif p.family in ("count_vs_list", "declared_vs_evidence"):
                    ok = any(f.label in p.fields and not f.component and f.normalized != V[f.label]
                             for f in t.evidence_facts)
                    for rel, s in list_issues if p.family == "count_vs_list" else []:
                        if rel in p.files and s["bad_pages"] and V[p.fields[0]] != s["rows_total"]:
                            ok = True
                            print(f"  {p.id}: {rel} 本页小计 wrong on {s['bad_pages']}, rows {s['rows_total']}, "
                                  f"printed 合计 {s['printed_total'][0]}, declared {V[p.fields[0]]}")
                elif p.family == "section7":
                    ok = t.platform.participated_2023 and not has7
                if not ok:
                    fail(f"{p.id}: planted problem not present")
            if t.platform.participated_2023 and not has7 and not any(p.family == "section7" for p in t.problems):
                fail(f"{t.package_id}: unplanted missing 七")
            for rel, s in list_issues:
                if not any(rel in p.files for p in t.problems):
                    fail(f"{t.package_id}: unplanted list inconsistency in {rel}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    print(f"total: {len(truths)} packages, {n_facts} facts, {n_problems} problems; {len(FAIL)} failures")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
