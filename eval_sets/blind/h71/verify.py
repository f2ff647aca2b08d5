"""Verify blind set h71: truth loads, files on disk = truth files, every quote is on its physical page,
exactly one clean package, the notice's formulas hold on the declared side, facts disagree with the
form only where a problem was planted, the 汇总表 equals the truth rows, and the 申报表's
「申报书第N页」 references resolve through printed page labels.

Usage (from /work/main): .venv/bin/python eval_sets/blind/h71/verify.py [ROOT]
ROOT defaults to this folder (packages/ and truth/ under it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.scorer import normalize_label, values_equal  # noqa: E402
from eval_sets.truth import load_truth  # noqa: E402

FAIL: list[str] = []
REFS: list = []


def check(cond: bool, msg: str) -> None:
    if not cond:
        FAIL.append(msg)


def pdf_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return out


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def docx_rows(path: Path) -> list[list[str]]:
    doc = Document(str(path))
    rows = []
    for t in doc.tables:
        for row in t.rows:
            rows.append([c.text for c in row.cells])
    return rows


def pct(a, b):
    return float(f"{a / b * 100 + 1e-9:.2f}")


def formula_audit(pid: str, rows: dict) -> None:
    n = {k: r.normalized for k, r in rows.items()}
    g = n["平台近三年经营指标情况"]
    check(n["运维人数（人）"] + n["运营人数（人）"] == n["平台团队总人数（人）"], f"{pid}: team identity")
    check(n["平台相关研发投入强度（%）"] == pct(n["平台相关研发投入（万元）"], n["平台相关营业收入（万元）"]), f"{pid}: rd intensity")
    check(g["2023年平台营收（万元）"] == n["平台相关营业收入（万元）"], f"{pid}: 2023 revenue = 平台相关营业收入")
    for y in (2022, 2023):
        check(g[f"{y}年增长率（%）"] == pct(g[f"{y}年平台营收（万元）"] - g[f"{y - 1}年平台营收（万元）"],
                                      g[f"{y - 1}年平台营收（万元）"]), f"{pid}: growth {y}")
    check(n["存储资源利用率（%）"] == pct(n["存储工业数据量（TB）"], n["存储容量（TB）"]), f"{pid}: storage util")
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
    for bd, tot in sums:
        check(sum(n[bd].values()) == n[tot], f"{pid}: {bd} sums to {tot}")
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
               ("公有云工业APP数量（个）", "工业APP数量（个）"), ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）")]
    for a, b in subsets:
        check(n[a] <= n[b], f"{pid}: {a} <= {b}")
    check(n["基于平台开发的工业APP数量（个）"] + n["云化工业软件数量（个）"] == n["工业APP数量（个）"], f"{pid}: app split")
    check(n["服务本市企业数量（个）"] == n["按省市区域统计服务企业数（个）"]["上海"], f"{pid}: 本市 = 上海")


def main(root: Path) -> int:
    truths = [load_truth(p) for p in sorted((root / "truth").glob("*.json"))]
    check(len(truths) == 4, "four packages")
    check(sum(1 for t in truths if not t.problems) == 1, "exactly one clean package")
    n_facts = 0
    for t in truths:
        pid = t.package_id
        pkg = root / "packages" / pid
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        check(on_disk == set(t.files), f"{pid}: files on disk {sorted(on_disk ^ set(t.files))}")
        check(len(t.summary_rows) == 103, f"{pid}: 103 rows")
        if t.problems:
            check(2 <= len(t.problems) <= 5, f"{pid}: 2-5 problems")
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            n_facts += 1
            path = pkg / f.file
            if f.file.endswith(".pdf"):
                pages = cache.setdefault(f.file, pdf_pages(path))
                check(1 <= f.page <= len(pages), f"{pid}: {f.file} p{f.page} out of range")
                if f.page > len(pages):
                    continue
                text = pages[f.page - 1]
                if f.image_only:
                    check(text.strip() == "", f"{pid}: {f.file} p{f.page} flagged image_only but has text")
                else:
                    check(f.quote in text, f"{pid}: quote {f.quote!r} not on {f.file} p{f.page}")
            elif f.file.endswith(".xlsx"):
                wb = load_workbook(path)
                ws = wb.worksheets[f.page - 1]
                cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
                check(any(f.quote in c for c in cells), f"{pid}: quote {f.quote!r} not in {f.file} sheet {f.page}")
            elif f.file.endswith(".docx"):
                check(f.quote in docx_text(path), f"{pid}: quote {f.quote!r} not in {f.file}")
            else:
                check(f.image_only, f"{pid}: {f.file} image must be image_only")
        rows = {r.label: r for r in t.summary_rows}
        formula_audit(pid, rows)
        # facts vs declared values: disagreements only on fields of planted evidence problems
        planted = {normalize_label(x) for p in t.problems
                   if p.family in ("declared_vs_evidence", "screenshot_vs_form", "count_vs_list") for x in p.fields}
        declared = {normalize_label(r.label): r.normalized for r in t.summary_rows}
        comp = {"平台利润总额（万元）": None, "平台年利润（万元）": None}
        for f in t.evidence_facts:
            key = normalize_label(f.label)
            if f.component in comp:
                want = None
            elif f.component:
                y = f.component[:4]
                want = declared[key][f"{y}年平台营收（万元）"]
            else:
                want = declared.get(key)
            if want is None:
                continue
            agree = values_equal(want, f.normalized)
            if key in planted:
                continue
            check(agree, f"{pid}: fact {f.label} {f.value} ({f.file} p{f.page}) disagrees with the form {want}")
        for p in t.problems:
            if p.family in ("declared_vs_evidence", "screenshot_vs_form", "count_vs_list"):
                fk = {normalize_label(x) for x in p.fields}
                dis = [f for f in t.evidence_facts if normalize_label(f.label) in fk and not f.component
                       and not values_equal(declared[normalize_label(f.label)], f.normalized)]
                check(bool(dis), f"{pid}: {p.id} has no disagreeing fact")
        # the 汇总表 holds the truth values
        summ = [k for k, v in t.files.items() if v == "汇总表"][0]
        if summ.endswith(".xlsx"):
            ws = load_workbook(pkg / summ).worksheets[0]
            grid = [[c.value for c in row] for row in ws.iter_rows()]
            if grid[1][0] == "序号" and len(grid[1]) == 3:
                got = {r[1]: r[2] for r in grid[2:]}
            else:
                got = dict(zip(grid[1], grid[2]))
        else:
            got = {r[0]: r[1] for r in docx_rows(pkg / summ)}
        for r in t.summary_rows:
            check(str(got.get(r.label)) == r.value, f"{pid}: 汇总表 {r.label} {got.get(r.label)!r} != {r.value!r}")
        # the form's 「申报书第N页」 references: printed page N exists and is what the reference names
        form = [k for k, v in t.files.items() if v == "申报表"][0]
        sbs = [k for k, v in t.files.items() if v == "申报书"][0]
        spages = pdf_pages(pkg / sbs)
        label_of = {}
        for i, text in enumerate(spages, 1):
            first = text.split("\r\n", 1)[0].strip()
            m = re.fullmatch(r"(?:- (\d+) -|第 (\d+) 页)", first)
            if m:
                label_of[int(m.group(1) or m.group(2))] = i
        for row in docx_rows(pkg / form):
            if len(row) != 6:
                continue
            for m in re.finditer(r"(附件3-\d)[^（；]*?第(\d)页[^（]*（申报书第(\d+)页）", row[5]):
                code, own, printed = m.group(1), m.group(2), int(m.group(3))
                phys = label_of.get(printed)
                REFS.append((pid, printed, phys))
                check(phys is not None, f"{pid}: 申报书 printed page {printed} not found")
                if phys:
                    text = spages[phys - 1]
                    check(f"第 {own} 页" in text and (code in text or own != "1"),
                          f"{pid}: 申报书第{printed}页 (PDF p{phys}) is not {code} 第{own}页")
                    check(phys != printed, f"{pid}: printed {printed} equals physical")
    print(f"{len(REFS)} 「申报书第N页」 references resolved through printed labels")
    for msg in FAIL:
        print("FAIL", msg)
    print(f"{len(truths)} packages, {n_facts} facts, {sum(len(t.problems) for t in truths)} problems:",
          "OK" if not FAIL else f"{len(FAIL)} failures")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
