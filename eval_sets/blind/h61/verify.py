"""Verify blind set h61: truth loads, files match, every quote is on its page, one clean package, audits.

python eval_sets/blind/h61/verify.py [OUT_DIR]   (default: this folder)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

FORM_DATE = "2024-07-10"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pdf_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    doc.close()
    return out


def xlsx_sheets(path: Path) -> list[str]:
    wb = load_workbook(str(path), data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append("\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None))
    return out


def docx_text(path: Path) -> str:
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def check_package(truth, root: Path, errors: list[str]) -> None:
    pid = truth.package_id
    on_disk = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    if on_disk != sorted(truth.files):
        errors.append(f"{pid}: files differ: {set(on_disk) ^ set(truth.files)}")
    cache: dict[str, list[str]] = {}
    for f in truth.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            if f.file.endswith(".pdf"):
                cache[f.file] = pdf_pages(path)
            elif f.file.endswith(".xlsx"):
                cache[f.file] = xlsx_sheets(path)
            elif f.file.endswith(".docx"):
                cache[f.file] = [docx_text(path)]
            else:
                cache[f.file] = [""]  # images
        pages = cache[f.file]
        if f.page > len(pages):
            errors.append(f"{pid}: {f.file} has no page {f.page}")
            continue
        text = pages[f.page - 1]
        if f.image_only:
            if squash(text):
                errors.append(f"{pid}: {f.file} p{f.page} flagged image_only but has text")
        elif squash(f.quote) not in squash(text):
            errors.append(f"{pid}: quote {f.quote!r} not on {f.file} p{f.page}")
    # the applicant's 汇总表 equals the truth (no summary_vs_form is planted in this set)
    summ = [k for k, r in truth.files.items() if r == "汇总表"][0]
    text = squash(xlsx_sheets(root / summ)[0] if summ.endswith(".xlsx") else docx_text(root / summ))
    for row in truth.summary_rows:
        if squash(row.value) not in text:
            errors.append(f"{pid}: 汇总表 lacks {row.label} = {row.value}")
    # every 附件4 value of the indicator table is printed in the 申报表
    form = [k for k, r in truth.files.items() if r == "申报表"][0]
    ftext = squash(docx_text(root / form))
    for row in truth.summary_rows:
        if row.label in ("序号", "评审会现场地址信息", "平台性质", "建设时间", "平台近三年经营指标情况", "平台建设方式",
                         "平台运营模式", "部署方式") or isinstance(row.normalized, bool):
            continue
        if squash(row.value) not in ftext:
            errors.append(f"{pid}: 申报表 lacks {row.label} = {row.value}")


def audit(truth, errors: list[str]) -> list[str]:
    """Formula, sum, subset and proof checks; returns the inconsistencies found (labels)."""
    v = {r.label: r.normalized for r in truth.summary_rows}
    found = []

    def chk(cond, label):
        if not cond:
            found.append(label)

    near = lambda a, b: abs(a - b) < 0.006  # noqa: E731
    rev = v["平台相关营业收入（万元）"]
    chk(near(v["平台相关研发投入强度（%）"], round(v["平台相关研发投入（万元）"] / rev * 100, 2)), "研发投入强度")
    chk(near(v["存储资源利用率（%）"], round(v["存储工业数据量（TB）"] / v["存储容量（TB）"] * 100, 2)), "存储资源利用率")
    chk(v["运维人数（人）"] + v["运营人数（人）"] == v["平台团队总人数（人）"], "团队")
    for tot, part in (("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）"),
                      ("公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                      ("工业APP数量（个）", "公有云工业APP数量（个）"), ("注册企业用户数（个）", "实际服务企业数（个）"),
                      ("实际服务企业数（个）", "服务中小企业数量（个）"), ("微服务数量（个）", "活跃微服务数量（一周调用5次以上）（个）"),
                      ("工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）")):
        chk(v[part] <= v[tot], f"subset {part}")
    chk(v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"] == v["工业APP数量（个）"], "APP构成")
    for dct, tot in (("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
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
                     ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")):
        chk(sum(v[dct].values()) == v[tot], f"sum {dct}")
    chk(v["按省市区域统计服务企业数（个）"].get("上海") == v["服务本市企业数量（个）"], "本市")
    three = v["平台近三年经营指标情况"]
    chk(near(three["2023年平台营收（万元）"], rev), "近三年2023")
    chk(near(three["2023年增长率（%）"], round((three["2023年平台营收（万元）"] - three["2022年平台营收（万元）"])
                                             / three["2022年平台营收（万元）"] * 100, 2)), "2023增长率")
    chk(near(three["2022年增长率（%）"], round((three["2022年平台营收（万元）"] - three["2021年平台营收（万元）"])
                                             / three["2021年平台营收（万元）"] * 100, 2)), "2022增长率")
    # evidence against the form
    for f in truth.evidence_facts:
        if f.normalized is None:
            continue
        if f.component:
            if f.component == "平台利润总额（万元）":
                chk(near(v["平台利润率（%）"], round(f.normalized / rev * 100, 2)), "利润率")
            elif f.component == "平台年利润（万元）":
                chk(near(v["投资回报率（%）"], round(f.normalized / v["平台建设金额（万元）"] * 100, 2)), "投资回报率")
            else:
                year = f.component[:5]
                chk(near(three[f"{year}平台营收（万元）"], f.normalized), f.component)
        else:
            chk(near(float(v[f.label]), float(f.normalized)), f"evidence {f.label}")
    return found


def main(out: Path) -> int:
    errors: list[str] = []
    truths = [load_truth(p) for p in sorted((out / "truth").glob("*.json"))]
    if len(truths) != 4:
        errors.append(f"expected 4 truth files, got {len(truths)}")
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        errors.append(f"expected exactly one clean package, got {len(clean)}")
    expected_audit = {  # computable inconsistencies planted, per package (label of the audit check)
        "h61_p1_sijian_clean": [],
        "h61_p2_711_problems": ["evidence 平台核心软硬件技术获得的专利数量（项）"],
        "h61_p3_tansuo_problems": ["evidence 平台获得省部级及以上奖项/荣誉数量（个）"],
        "h61_p4_hangfa_problems": [],
    }
    for t in truths:
        root = out / "packages" / t.package_id
        check_package(t, root, errors)
        found = audit(t, errors)
        if sorted(found) != sorted(expected_audit.get(t.package_id, [])):
            errors.append(f"{t.package_id}: audit found {found}, expected {expected_audit.get(t.package_id)}")
        assert len(t.summary_rows) == 103
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems, audit {found}")
    # bundles: certificate pages against the lists (clean package: all equal)
    bundles = {
        "h61_p1_sijian_clean": [("02证明材料/3-6 专利证书扫描件.pdf", 9), ("02证明材料/3-7 软件著作权登记证书扫描件.pdf", 14)],
        "h61_p2_711_problems": [("附件3_证明材料/3-7_专利证书.pdf", 15), ("附件3_证明材料/3-8_软件著作权登记证书.pdf", 12)],
        "h61_p3_tansuo_problems": [("证明材料/3-6 软件著作权登记证书.pdf", 22), ("证明材料/3-7 专利证书.pdf", 8)],
        "h61_p4_hangfa_problems": [("3-附件/3-7 软件著作权登记证书.pdf", 14), ("3-附件/3-8 专利证书.pdf", 7)],
    }
    for pid, items in bundles.items():
        for rel, n in items:
            pages = pdf_pages(out / "packages" / pid / rel)
            if len(pages) != n or any(squash(p) for p in pages):
                errors.append(f"{pid}: bundle {rel} has {len(pages)} pages (expected {n}, image-only)")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
