"""Check the h92 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h92.verify [--root DIR]

1. files: each truth validates against eval_sets.truth; the package on disk holds exactly the truth's files.
2. facts: every quote is on its page — PDF text layer (pypdf), XLSX worksheet cells (page = 1-based sheet), or for
   image-only pages and PNGs the text drawn into the image (drawn_text.json); image_only is set exactly when the page
   has no text layer (scans) or the file is a PNG.
3. rows: summary_rows are the 103 附件4 labels in order, and each value is what the 申报表 DOCX says.
4. audit: an independent re-check (formulas of the 填报指引, growth rates, identity, breakdown sums, 汇总表 vs 申报表,
   evidence vs declared) must find exactly the planted (family, field) pairs — nothing on the clean packages."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h92.labels import APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, LABELS, REGIONS
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def pdf_pages(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_sheets(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


def form_values(path: Path) -> dict[str, str]:
    out = {}
    labels = {label for label, _ in LABELS}
    for t in docx.Document(str(path)).tables:
        for r in t.rows:
            cells = [c.text for c in r.cells]
            if len(cells) == 2 and cells[0] in labels:
                out[cells[0]] = cells[1]
            elif len(cells) == 4 and cells[1] in labels:
                out[cells[1]] = cells[2]
    return out


def summary_values(path: Path) -> dict[str, str]:
    ws = openpyxl.load_workbook(str(path)).worksheets[0]
    rows = [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    labels = [label for label, _ in LABELS]
    if rows[0][:3] == ["序号", "指标", "填报内容"]:
        return {r[1]: r[2] for r in rows[1:]}
    assert rows[0] == labels, "horizontal 汇总表 header"
    return dict(zip(rows[0], rows[1]))


def audit(t, root: Path) -> set[tuple[str, str]]:
    """What an independent reviewer finds: (family, field)."""
    rows = {r.label: r.normalized for r in t.summary_rows}
    found = set()
    # formulas of the 填报指引 on the declared inputs
    for out, num, den in (("平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"),
                          ("存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）")):
        if abs(rows[num] / rows[den] * 100 - rows[out]) > 0.011:
            found.add(("formula", out))
    three = rows["平台近三年经营指标情况"]
    for y in (2022, 2023):
        g = (three[f"{y}年平台营收（万元）"] / three[f"{y - 1}年平台营收（万元）"] - 1) * 100
        if abs(g - three[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
    if abs(three["2023年平台营收（万元）"] - rows["平台相关营业收入（万元）"]) > 0.005:
        found.add(("identity", "平台近三年经营指标情况"))
    if rows["运维人数（人）"] + rows["运营人数（人）"] != rows["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    # subsets
    for part, whole in (("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"), ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                        ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"), ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                        ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"), ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                        ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                        ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                        ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                        ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("存储工业数据量（TB）", "存储容量（TB）")):
        if rows[part] > rows[whole]:
            found.add(("subset", part))
    # breakdown sums and 附录 categories
    pairs = {"按二级分类统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
             "按省市区域统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
             "按二级分类统计公有云工业设备数量（台/套）": "公有云工业设备连接数量（台/套）",
             "按省市区域统计公有云工业设备数量（台/套）": "公有云工业设备连接数量（台/套）",
             "按二级分类统计公有云工业设备平均日运行数量（台/套）": "公有云工业设备平均日运行数量（台/套）",
             "按省市区域统计公有云工业设备平均日运行数量（台/套）": "公有云工业设备平均日运行数量（台/套）",
             "按海外国家分类统计海外设备连接数量（台/套）": "海外设备连接数量（台/套）",
             "按分类统计工业APP数量（个）": "工业APP数量（个）", "按行业统计工业APP数量（个）": "工业APP数量（个）",
             "按分类统计公有云工业APP平均日活跃数量（个）": "公有云工业APP平均日活跃数量（个）",
             "按行业统计公有云工业APP平均日活跃数量（个）": "公有云工业APP平均日活跃数量（个）",
             "按分类统计工业模型数量（个）": "工业机理模型数量（个）", "按行业统计服务企业数（个）": "实际服务企业数（个）",
             "按省市区域统计服务企业数（个）": "实际服务企业数（个）", "按新模式统计解决方案数量（个）": "平台提供的解决方案总数（个）"}
    for label, total in pairs.items():
        if sum(rows[label].values()) != rows[total]:
            found.add(("breakdown_sum", label))
        allowed = (APPENDIX_A if "二级分类" in label else APPENDIX_B if "按分类统计工业APP" in label or "按分类统计公有云" in label
                   else APPENDIX_C if "行业" in label else APPENDIX_D if "模型" in label else APPENDIX_E if "新模式" in label else REGIONS)
        for key in rows[label]:
            if key not in allowed and not re.search(r"[A-Za-z]", key):
                found.add(("invalid_category", label))
    if rows["按省市区域统计服务企业数（个）"].get("上海") != rows["服务本市企业数量（个）"]:
        found.add(("breakdown_sum", "服务本市企业数量（个）"))
    # 汇总表 vs 申报表
    summ = summary_values(root / next(n for n, r in t.files.items() if r == "汇总表"))
    for r in t.summary_rows:
        if squash(summ.get(r.label)) != squash(r.value):
            found.add(("summary_vs_form", r.label))
    # evidence vs declared
    for f in t.evidence_facts:
        if f.component in ("平台利润总额（万元）", "平台年利润（万元）"):
            continue
        if f.component in ("2022年平台营收（万元）", "2021年平台营收（万元）"):
            if abs(three[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", f.label))
            continue
        decl = rows[f.label]
        if isinstance(decl, dict):
            decl = decl[f.component]
        if abs(decl - f.normalized) > 0.005:
            found.add(("declared_vs_evidence", f.label))
            if f.label == "平台相关营业收入（万元）" and abs(three["2023年平台营收（万元）"] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", "平台近三年经营指标情况"))
    return found


def check_package(t, root: Path, drawn: dict, errors: list[str]) -> None:
    pid = t.package_id
    on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    if on_disk != set(t.files):
        errors.append(f"{pid}: files differ {sorted(on_disk ^ set(t.files))}")
    cache: dict[str, list[str]] = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = (pdf_pages(path) if f.file.endswith(".pdf") else xlsx_sheets(path) if f.file.endswith(".xlsx")
                             else [""])
        pages = cache[f.file]
        if f.page > len(pages):
            errors.append(f"{pid}: {f.file} has no page {f.page}")
            continue
        layer = pages[f.page - 1]
        text_layer = squash(layer if isinstance(layer, str) else "".join(layer))
        has_text = bool(text_layer)
        if f.image_only == has_text:
            errors.append(f"{pid}: image_only={f.image_only} but text layer {'present' if has_text else 'absent'}: {f.file} p{f.page}")
        if f.image_only:
            strings = drawn.get(pid, {}).get(f.file, {}).get(str(f.page), [])
            if squash(f.quote) not in squash(" ".join(strings)):
                errors.append(f"{pid}: drawn text lacks {f.quote!r} on {f.file} p{f.page}")
        elif isinstance(layer, list):
            if f.quote not in layer and squash(f.quote) not in text_layer:
                errors.append(f"{pid}: sheet {f.page} of {f.file} lacks {f.quote!r}")
        elif squash(f.quote) not in text_layer:
            errors.append(f"{pid}: {f.file} p{f.page} lacks {f.quote!r}")
    labels = [r.label for r in t.summary_rows]
    if labels != [label for label, _ in LABELS]:
        errors.append(f"{pid}: summary_rows are not the 103 附件4 labels in order")
    form = form_values(root / next(n for n, r in t.files.items() if r == "申报表"))
    for r in t.summary_rows:
        if squash(form.get(r.label)) != squash(r.value):
            errors.append(f"{pid}: 申报表 {r.label} = {form.get(r.label)!r}, truth {r.value!r}")
    found = audit(t, root)
    expected = set()
    for p in t.problems:
        if p.family == "formula":
            expected.add((p.family, p.fields[0]))
        else:
            expected |= {(p.family, field) for field in p.fields}
    if found != expected:
        errors.append(f"{pid}: audit found {sorted(found - expected)} not planted, missed {sorted(expected - found)}")
    if "clean" in pid and t.problems:
        errors.append(f"{pid}: clean package with problems")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE, help="directory holding packages/, truth/ and drawn_text.json")
    args = ap.parse_args(argv)
    drawn = json.loads((args.root / "drawn_text.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    truths = sorted((args.root / "truth").glob("*.json"))
    if len(truths) != 4:
        errors.append(f"expected 4 truth files, found {len(truths)}")
    facts = problems = 0
    for path in truths:
        try:
            t = load_truth(path)
        except Exception as exc:  # noqa: BLE001 - report every failure
            errors.append(f"{path.name}: {exc}")
            continue
        facts += len(t.evidence_facts)
        problems += len(t.problems)
        check_package(t, args.root / "packages" / t.package_id, drawn, errors)
    for e in errors:
        print("FAIL", e)
    print(f"{len(truths)} packages, {facts} facts, {problems} problems: {'FAILED' if errors else 'OK'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
