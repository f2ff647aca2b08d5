"""Verifies the h12 set.  Run:  .venv/bin/python eval_sets/blind/h12/verify.py

- every truth file loads with eval_sets.truth.load_truth;
- every file named in the truth exists; no stray files in a package;
- every evidence fact's quote occurs on its page: text PDFs via pypdfium2 page text (whitespace-insensitive),
  XLSX via the cell texts of the page-th worksheet; image-only facts must sit in an image file or a PDF page without text;
- summary rows are the 103 附件4 labels in order;
- a small consistency audit of the declared values: the clean package must have no finding, and every finding
  on a problem package must belong to a planted problem's family.
"""
import re
import sys
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository
from eval_sets.truth import load_truth  # noqa: E402

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from h12lib.labels import A4_LABELS  # noqa: E402


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_pages(path):
    doc = pdfium.PdfDocument(str(path))
    out = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    doc.close()
    return out


def xlsx_texts(path, sheet_no):
    wb = openpyxl.load_workbook(str(path))
    ws = wb.worksheets[sheet_no - 1]
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


def audit(t):
    """Returns a list of (family, text) found in the declared values."""
    v = {r.label: r.normalized for r in t.summary_rows}
    out = []
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        out.append(("identity", "运维+运营≠总人数"))
    for total, parts in [("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
                         ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
                         ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
                         ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
                         ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
                         ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
                         ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
                         ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
                         ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])]:
        for p in parts:
            if isinstance(v[p], dict) and sum(v[p].values()) != v[total]:
                out.append(("breakdown_sum", f"{p} {sum(v[p].values())}≠{v[total]}"))
    appendix_a = {"采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人", "电工、电子设备",
                  "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"}
    for p in ["按二级分类统计工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"]:
        bad = set(v[p] or {}) - appendix_a
        if bad:
            out.append(("invalid_category", f"{p}: {bad}"))
    for sub, sup in [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                     ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                     ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                     ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                     ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                     ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                     ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]:
        if v[sub] > v[sup]:
            out.append(("subset", f"{sub} > {sup}"))
    r = v["平台近三年经营指标情况"]
    if abs(round(v["平台相关研发投入（万元）"] / v["平台相关营业收入（万元）"] * 100, 2) - v["平台相关研发投入强度（%）"]) > 0.006:
        out.append(("formula", "研发投入强度"))
    if abs(round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2) - v["存储资源利用率（%）"]) > 0.006:
        out.append(("formula", "存储资源利用率"))
    if abs(r["2023年平台营收（万元）"] - v["平台相关营业收入（万元）"]) > 0.006:
        out.append(("identity", "2023营收≠平台相关营业收入"))
    for y in ("2022", "2023"):
        g = round((r[f"{y}年平台营收（万元）"] / r[f"{int(y) - 1}年平台营收（万元）"] - 1) * 100, 2)
        if abs(g - r[f"{y}年增长率（%）"]) > 0.006:
            out.append(("growth_rate", f"{y} {g} vs {r[f'{y}年增长率（%）']}"))
    # formula inputs printed in the evidence
    for f in t.evidence_facts:
        if f.component == "平台利润总额（万元）":
            if abs(round(f.normalized / v["平台相关营业收入（万元）"] * 100, 2) - v["平台利润率（%）"]) > 0.006:
                out.append(("formula", "利润率"))
        if f.component == "平台年利润（万元）":
            if abs(round(f.normalized / v["平台建设金额（万元）"] * 100, 2) - v["投资回报率（%）"]) > 0.006:
                out.append(("formula", "投资回报率"))
        if not f.component and f.label in v and isinstance(v[f.label], (int, float)) and f.normalized is not None:
            tol = 0.006 if isinstance(v[f.label], float) else 0
            # rounded dashboard figures (1.3万) are approximations, not contradictions
            if "万" not in f.value and abs(f.normalized - v[f.label]) > tol:
                fam = "screenshot_vs_form" if f.image_only and f.file.endswith(".png") else (
                    "count_vs_list" if f.quote.startswith("合计") else "declared_vs_evidence")
                out.append((fam, f"{f.label}: evidence {f.value} vs declared {v[f.label]}"))
        if f.component in ("2023年自然年", "截至填表日前一年"):
            if v["平台订单数量(近一年总量)（个）"][f.component] != f.normalized:
                out.append(("declared_vs_evidence", f"订单 {f.component}"))
    return out


def main():
    ok = True
    truths = sorted((ROOT / "truth").glob("*.json"))
    assert truths, "no truth files"
    n_clean = 0
    for tp in truths:
        t = load_truth(tp)
        pk = ROOT / t.path
        errs = []
        assert t.path == f"packages/{t.package_id}" and t.delivery == "folder"
        assert [r.label for r in t.summary_rows] == A4_LABELS, "summary labels"
        on_disk = {str(p.relative_to(pk)) for p in pk.rglob("*") if p.is_file()}
        if set(t.files) != on_disk:
            errs.append(f"files differ: missing {set(t.files) - on_disk}, extra {on_disk - set(t.files)}")
        cache = {}
        for f in t.evidence_facts:
            path = pk / f.file
            if not path.exists():
                errs.append(f"missing {f.file}")
                continue
            suf = path.suffix.lower()
            if suf == ".pdf":
                pages = cache.setdefault(f.file, pdf_pages(path))
                if f.page > len(pages):
                    errs.append(f"{f.file} has {len(pages)} pages, fact on {f.page}")
                    continue
                text = pages[f.page - 1]
                if f.image_only:
                    if squash(text):
                        errs.append(f"image_only fact on a text page: {f.file} p{f.page}")
                elif squash(f.quote) not in squash(text):
                    errs.append(f"quote {f.quote!r} not on {f.file} p{f.page}")
            elif suf == ".xlsx":
                texts = xlsx_texts(path, f.page)
                if not any(squash(f.quote) == squash(x) or squash(f.quote) in squash(x) for x in texts):
                    errs.append(f"quote {f.quote!r} not in {f.file} sheet {f.page}")
            elif suf in (".png", ".jpg", ".jpeg"):
                if not f.image_only or f.page != 1:
                    errs.append(f"image fact must be image_only on page 1: {f.file}")
            else:
                errs.append(f"unexpected evidence type {f.file}")
        for p in t.problems:
            for name in p.files:
                if not (pk / name).exists() and p.family != "missing_file":
                    errs.append(f"problem {p.id} names missing {name}")
        found = audit(t)
        planted = {p.family for p in t.problems}
        if not t.problems:
            n_clean += 1
            if found:
                errs.append(f"clean package has findings: {found}")
        else:
            stray = [x for x in found if x[0] not in planted]
            if stray:
                errs.append(f"unplanned findings: {stray}")
        status = "OK " if not errs else "FAIL"
        print(f"{status} {t.package_id}: files={len(t.files)} facts={len(t.evidence_facts)} problems={len(t.problems)} "
              f"audit={sorted(set(x[0] for x in found))}")
        for e in errs:
            print("     ", e)
        ok &= not errs
    if n_clean != 1:
        print("expected exactly one clean package, got", n_clean)
        ok = False
    print("PASS" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
