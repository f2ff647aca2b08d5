"""Check the h86 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h86.verify

1. files: the package on disk holds exactly the truth's files; the truth validates; 103 附件4 rows in order.
2. facts: every quote is on its physical page (PDF text layer; for image-only pages and PNGs the text drawn into
   the pixels, recorded by the build in drawn_text.json); image_only is set exactly when the quote is not in the
   text layer.
3. form: every non-blank 附件4 row is what the 申报表 DOCX says; blank rows are blank in the 申报表 and the 汇总表;
   the 汇总表 agrees with the 申报表.
4. audit: an independent reviewer's checks (facts vs declared, blanks with evidence, 目录 entries without pages,
   formulas of the 填报指引, growth rates, breakdown sums, subsets, 附录 categories) must find exactly the planted
   (family, first field) pairs — nothing on the clean package."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h86.labels import APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, CONTENT_OF, SUMMARY_LABELS
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
MISMATCH_FAMILIES = {"declared_vs_evidence", "count_vs_list", "screenshot_vs_form"}


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pct(a, b):
    return round(a / b * 100 + 1e-9, 2)


def read_form(path: Path) -> dict:
    out = {}
    for t in docx.Document(str(path)).tables:
        rows = [[c.text for c in r.cells] for r in t.rows]
        if rows and rows[0][:5] == ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况"]:
            for r in rows[1:]:
                out[r[3]] = r[4]
    return out


def read_summary(path: Path) -> dict:
    ws = openpyxl.load_workbook(str(path)).active
    return {r[0]: r[1] for r in ws.iter_rows(min_row=3, values_only=True) if r[0]}


def check(t, drawn: dict) -> list[str]:
    errors: list[str] = []
    root = REPO / t.path
    on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    if on_disk != set(t.files):
        errors.append(f"files differ: {on_disk ^ set(t.files)}")
    if [r.label for r in t.summary_rows] != SUMMARY_LABELS:
        errors.append("summary_rows are not the 103 附件4 labels in order")
    texts: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if path.suffix == ".pdf":
            if f.file not in texts:
                texts[f.file] = [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]
            layer = texts[f.file][f.page - 1] if f.page <= len(texts[f.file]) else None
            if layer is None:
                errors.append(f"page {f.page} beyond {f.file}")
                continue
        else:
            layer = ""
        in_layer = squash(f.quote) in squash(layer)
        in_pixels = squash(f.quote) in squash(drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), ""))
        if f.image_only and not (in_pixels and not in_layer):
            errors.append(f"image-only fact not drawn or also in text layer: {f.label} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if num(f.value) != num(f.quote) and f.value not in f.quote:
            errors.append(f"value {f.value} not in quote {f.quote}")
        if f.normalized is not None and num(f.value) is not None and abs(num(f.value) - f.normalized) > 0.005:
            errors.append(f"normalized {f.normalized} differs from printed {f.value}")
    # form vs truth
    form_name = next(n for n, r in t.files.items() if r == "申报表")
    summary_name = next(n for n, r in t.files.items() if r == "汇总表")
    form = read_form(root / form_name)
    summ = read_summary(root / summary_name)
    for row in t.summary_rows:
        content = CONTENT_OF.get(row.label)
        got = summ.get(row.label)
        if row.normalized is None:
            if content and squash(form.get(content)):
                errors.append(f"blank row filled in 申报表: {row.label}")
            if got not in (None, ""):
                errors.append(f"blank row filled in 汇总表: {row.label}")
            continue
        if content is None:
            continue
        cell = form.get(content, "")
        n = row.normalized
        if isinstance(n, bool):
            ok = cell.startswith("是" if n else "否")
        elif isinstance(n, (int, float)):
            ok = num(cell) is not None and abs(num(cell) - n) < 0.005
        elif isinstance(n, dict):
            ok = all(re.search(re.escape(k) + r"[：:]\s*" + re.escape(str(v)), cell) for k, v in n.items())
        else:
            ok = squash(row.value) in squash(cell)
        if not ok:
            errors.append(f"申报表 cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")
        if squash(got) != squash(row.value) and not (isinstance(n, (int, float)) and num(got) == n):
            errors.append(f"汇总表 differs from 申报表: {row.label}: {got!r} vs {row.value!r}")
    return errors


def audit(t) -> set[tuple[str, str]]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found: set[tuple[str, str]] = set()
    comp = {f.component: f.normalized for f in t.evidence_facts if f.component}
    hist = v["平台近三年经营指标情况"]
    for f in t.evidence_facts:
        if f.component:
            if f.component.endswith("年平台营收（万元）") and abs(hist[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", "平台近三年经营指标情况"))
            continue
        if v.get(f.label) is None:
            found.add(("blank", f.label))
            continue
        if abs(v[f.label] - f.normalized) > 0.005:
            planted = {(p.family, p.fields[0]) for p in t.problems if p.family in MISMATCH_FAMILIES}
            fam = next((fa for fa, fl in planted if fl == f.label), "declared_vs_evidence")
            found.add((fam, f.label))
    # 目录 entries whose pages are not in the bundle
    for name, role in t.files.items():
        if name.endswith(".pdf") and role in ("申报书", "evidence:other"):
            pages = pypdf.PdfReader(str(REPO / t.path / name)).pages
            toc = (pages[1].extract_text() or "") + (pages[2].extract_text() or "")
            last = max((int(m) for m in re.findall(r"— (\d+) —|第 (\d+) 页", pages[-1].extract_text() or "") for m in m if m), default=0)
            for m in re.finditer(r"(附件\d+)　(.+?)\n(\d+)-(\d+)", toc):
                if int(m.group(3)) > last:
                    found.add(("missing_file", f"{m.group(1)} {m.group(2)}"))
    formulas = [("平台相关研发投入强度（%）", ("平台相关研发投入（万元）", "平台相关营业收入（万元）")),
                ("存储资源利用率（%）", ("存储工业数据量（TB）", "存储容量（TB）")),
                ("付费用户占比（%）", ("付费企业数（个）", "注册企业用户数（个）"))]
    for label, (a, b) in formulas:
        if None not in (v[a], v[b], v[label]) and abs(pct(v[a], v[b]) - v[label]) > 0.011:
            found.add(("formula", label))
    if abs(pct(comp["平台利润总额（万元）"], v["平台相关营业收入（万元）"]) - v["平台利润率（%）"]) > 0.011:
        found.add(("formula", "平台利润率（%）"))
    if abs(pct(comp["平台年利润（万元）"], v["平台建设金额（万元）"]) - v["投资回报率（%）"]) > 0.011:
        found.add(("formula", "投资回报率（%）"))
    for y in (2022, 2023):
        a, b = hist[f"{y}年平台营收（万元）"], hist[f"{y - 1}年平台营收（万元）"]
        if abs(pct(a - b, b) - hist[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    if hist["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.add(("identity", "平台近三年经营指标情况"))
    dev, pub, run = "连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"
    sums = [("按二级分类统计工业设备数量（台/套）", dev), ("按省市区域统计工业设备数量（台/套）", dev),
            ("按二级分类统计公有云工业设备数量（台/套）", pub), ("按省市区域统计公有云工业设备数量（台/套）", pub),
            ("按二级分类统计公有云工业设备平均日运行数量（台/套）", run), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", run),
            ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
            ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
            ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"), ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
            ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    for part, total in sums:
        if v[part] is not None and sum(v[part].values()) != v[total]:
            found.add(("breakdown_sum", part))
    subsets = [(pub, dev), (run, pub), ("海外设备连接数量（台/套）", dev), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
               ("云化工业软件数量（个）", "工业APP数量（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
               ("工业APP平均月活跃数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
               ("存储工业数据量（TB）", "存储容量（TB）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
               ("活跃开发者数（个）", "开发者注册总数（个）"), ("实际服务企业数（个）", "注册企业用户数（个）"),
               ("付费企业数（个）", "实际服务企业数（个）"), ("服务本市企业数量（个）", "实际服务企业数（个）"),
               ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
               ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]
    for part, whole in subsets:
        if v[part] is not None and v[whole] is not None and v[part] > v[whole]:
            found.add(("subset", part))
    allowed = {"二级分类": APPENDIX_A, "分类统计工业APP": APPENDIX_B, "分类统计公有云": APPENDIX_B, "行业": APPENDIX_C,
               "工业模型": APPENDIX_D, "新模式": APPENDIX_E, "区域": APPENDIX_F}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            kinds = [k for k in allowed if k in label]
            for k in val:
                if not any(k in allowed[x] for x in kinds) and not re.search(r"[A-Z][a-z]", k):
                    found.add(("invalid_category", label))
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    n_facts = n_probs = 0
    for path in sorted((HERE / "truth").glob("*.json")):
        t = load_truth(path)
        errors = check(t, drawn)
        found = audit(t)
        planted = {(p.family, p.fields[0]) for p in t.problems}
        if found != planted:
            errors.append(f"audit found {sorted(found - planted)} not planted; planted but not found {sorted(planted - found)}")
        n_facts += len(t.evidence_facts)
        n_probs += len(t.problems)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts "
              f"({sum(f.image_only for f in t.evidence_facts)} image-only), {len(t.problems)} problems -> "
              f"{'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    print(f"total: {n_facts} facts, {n_probs} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
