"""Check the h90 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h90.verify

1. files: every truth file validates with eval_sets.truth; the package on disk holds exactly the truth's files.
2. rows: summary_rows are the 103 附件4 labels in the notice's order; every row that has a 指标明细表 cell or a
   平台基本情况 cell equals what the DOCX 申报表 says.
3. facts: every quote is on its page (PDF text layer via pypdf, cells of the XLSX sheet, or — for image-only pages
   and PNGs — the text drawn into the image, recorded in drawn_text.json); image_only is set exactly when the
   quote is only in pixels.
4. audit: the 填报指引's own rules, re-checked from the files and the truth values (identity, formulas, growth
   rates, 其中 ≤ whole, breakdown sums, 附录A–F categories, 汇总表 vs 申报表, 序号 vs 附件6, char limits, answer
   forms, required details, chapters); the (family, first field) set found must equal the planted problems."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h90.common import (
    APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, CHAPTERS, SUMMARY_LABELS, TABLE, chars,
)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
LIST6 = {1: "化工行业工业互联网平台", 3: "塑化领域的工业大数据共享平台", 7: "面向制造业供应链协同的智能交易工业互联网平台",
         11: "数字化环境装备服务工业互联网平台", 17: "宝联登xIn³Plat工业互联网平台", 20: "河姆渡电商工业互联网平台",
         26: "智慧核电产业链协同工业互联网平台", 32: "中国航发商密网工业互联网平台"}
LIMITS = {"平台定位是否明确": 50, "其他资源汇聚情况": 200, "平台有否与新技术的融合应用": 300,
          "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "跨平台调用功能建设情况": 200, "新产业、新模式培育情况": 300}
YESNO = ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "企业是否已上市或已获得VC/PE投资",
         "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def num(text) -> float | None:
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pct(a, b):
    return round(a / b * 100 + 1e-9, 2)


def read_form(path: Path) -> tuple[dict, dict]:
    d = docx.Document(str(path))
    basic = {r.cells[0].text: r.cells[1].text for r in d.tables[1].rows}
    table = {r.cells[1].text: r.cells[2].text for r in d.tables[2].rows[1:]}
    return basic, table


def read_summary(path: Path) -> dict:
    ws = openpyxl.load_workbook(str(path)).active
    return {str(r[0]): "" if r[1] is None else str(r[1]) for r in ws.iter_rows(min_row=3, values_only=True) if r[0]}


def chapters(path: Path) -> set[str]:
    return {p.text.strip() for p in docx.Document(str(path)).paragraphs if p.text.strip() in CHAPTERS}


def check_facts(t, root: Path, drawn: dict, errors: list):
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            if path.suffix == ".pdf":
                cache[f.file] = [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]
            elif path.suffix == ".xlsx":
                wb = openpyxl.load_workbook(str(path), read_only=True)
                cache[f.file] = [" | ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None)
                                 for ws in wb.worksheets]
            else:
                cache[f.file] = [""]
        pages = cache[f.file]
        if f.page > len(pages):
            errors.append(f"page out of range: {f.file} p{f.page}")
            continue
        if path.suffix == ".xlsx":
            in_layer = any(squash(f.quote) == squash(c) for c in pages[f.page - 1].split(" | "))
        else:
            in_layer = squash(f.quote) in squash(pages[f.page - 1])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or also in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if num(f.value) != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")
        if f.unit == "元" and abs(num(f.value) / 10000 - f.normalized) > 0.005:
            errors.append(f"元 → 万元 normalisation wrong: {f.value} {f.normalized}")


def check_rows(t, basic: dict, table: dict, errors: list):
    if [r.label for r in t.summary_rows] != SUMMARY_LABELS:
        errors.append("summary_rows are not the 103 附件4 labels in order")
    rows = {r.label: r for r in t.summary_rows}
    for _, content, key in TABLE:
        if key in rows and table.get(content) != rows[key].value:
            errors.append(f"form cell differs from truth: {key}: {table.get(content)!r} vs {rows[key].value!r}")
    for label, cell in (("平台名称", basic["平台名称"]), ("平台建设金额（万元）", basic["平台建设金额（万元）"])):
        if squash(rows[label].value) != squash(cell) and num(cell) != rows[label].normalized:
            errors.append(f"basic cell differs: {label}: {cell!r} vs {rows[label].value!r}")
    hist = rows["平台近三年经营指标情况"].normalized
    for y in (2021, 2022, 2023):
        if f"{y}年平台营收{hist[f'{y}年平台营收（万元）']:.2f}万元/增长率{hist[f'{y}年增长率（%）']:.2f}%" not in basic["平台近三年经营指标情况"]:
            errors.append(f"近三年 {y} differs from the form")
    for label, n in rows.items():
        v = n.normalized
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            numbers = [float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", n.value)]
            if v not in numbers:
                errors.append(f"row text and normalized disagree: {label} {n.value} {v}")


def audit(t, basic: dict, table: dict, summary: dict, root: Path) -> set[tuple[str, str]]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found: set[tuple[str, str]] = set()
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    hist = v["平台近三年经营指标情况"]
    if hist["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.add(("identity", "平台近三年经营指标情况"))
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    formulas = [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]
    for label, expect in formulas:
        if abs(v[label] - expect) > 0.011:
            found.add(("formula", label))
    for label in SUMMARY_LABELS:
        if label.endswith("（%）") and isinstance(v[label], (int, float)) and v[label] > 100 and "增长率" not in label:
            found.add(("formula", label))
    for y in (2022, 2023):
        a, b = hist[f"{y - 1}年平台营收（万元）"], hist[f"{y}年平台营收（万元）"]
        if abs(pct(b - a, a) - hist[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
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
        if v[part] is not None and sum(v[part].values()) != (v[total] or 0):
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
               ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"), ("运维人数（人）", "平台团队总人数（人）"),
               ("运营人数（人）", "平台团队总人数（人）")]
    for part, whole in subsets:
        if v[part] > v[whole]:
            found.add(("subset", part))
    cats = {"二级分类": set(APPENDIX_A), "按分类统计工业APP": set(APPENDIX_B), "按分类统计公有云": set(APPENDIX_B),
            "行业": set(APPENDIX_C), "工业模型": set(APPENDIX_D), "新模式": set(APPENDIX_E), "区域": set(APPENDIX_F)}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            allowed = set().union(*(s for k, s in cats.items() if k in label))
            for key in val:
                if key not in allowed and not re.search(r"[A-Z][a-z]", key):
                    found.add(("invalid_category", label))
    # 汇总表 vs 申报表, 序号 vs 附件6
    for label in SUMMARY_LABELS:
        got, want = summary.get(label), v[label]
        if got is None or want is None:
            continue
        if isinstance(want, bool):
            ok = got.startswith("是" if want else "否")
        elif isinstance(want, (int, float)):
            ok = num(got) is not None and abs(num(got) - want) < 0.005
        elif isinstance(want, str):
            ok = squash(got) == squash(next(r.value for r in t.summary_rows if r.label == label))
        else:
            ok = squash(got) == squash(next(r.value for r in t.summary_rows if r.label == label))
        if not ok or (label == "序号" and num(got) != t.platform.list_no):
            found.add(("summary_vs_form", label))
    if LIST6[t.platform.list_no] != t.platform.listed_name.replace(" ", "") or t.platform.declared_name != t.platform.listed_name:
        found.add(("platform_name", "平台名称"))
    # facts vs declared (none planted in h90)
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if abs(hist[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", "平台近三年经营指标情况"))
        elif not f.component and abs(v[f.label] - f.normalized) > 0.005:
            found.add(("declared_vs_evidence", f.label))
    # text limits
    texts = {c: table.get(c, "") for c in LIMITS}
    for label, limit in LIMITS.items():
        if chars(texts[label]) > limit:
            found.add(("char_limit", label))
    for label in ("平台基本情况介绍", "平台建设成效"):
        if chars(basic[label]) > 500:
            found.add(("char_limit", label))
    for line in table["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].splitlines():
        if chars(line) > 50:
            found.add(("char_limit", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"))
    # answer forms
    for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"):
        cell = table[c]
        if not (cell == "否" or re.match(r"^是[，,].+", cell)):
            found.add(("answer_format", c))
    for c in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法"):
        if table[c] not in ("是", "否"):
            found.add(("answer_format", c))
    for c in ("是否针对平台制定了安全管理相关制度", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
              "平台是否融合使用国家标识解析系统", "企业已上市或已获得VC/PE投资", "是否建立供应链产业链开放共享机制"):
        cell = table[c]
        if not (cell == "否" or re.match(r"^是[。，,].{4,}", cell)):
            found.add(("answer_format", c))
    # conditional details
    if re.search(r"☑合作共建，合作企业名称（必填）：\s*$", basic["平台建设方式"]):
        found.add(("conditional", "平台建设方式"))
    if re.search(r"☑租用，服务商名称（必填）：\s*$", basic["IaaS基础设施"]):
        found.add(("conditional", "IaaS基础设施"))
    # chapters
    book = next(n for n, r in t.files.items() if r == "申报书")
    have = chapters(root / book)
    for ch in CHAPTERS[:6]:
        if ch not in have:
            found.add(("missing_section", ch))
    if t.platform.participated_2023 and CHAPTERS[6] not in have:
        found.add(("section7", CHAPTERS[6]))
    if "承诺" not in t.files.values():
        found.add(("missing_file", "附件5 真实性承诺"))
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    paths = sorted((HERE / "truth").glob("*.json"))
    if len(paths) != 4:
        print(f"expected 4 truth files, found {len(paths)}")
        failed = True
    for path in paths:
        errors: list[str] = []
        t = load_truth(path)
        root = REPO / t.path
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {sorted(on_disk ^ set(t.files))}")
        for p in t.problems:
            for name in p.files:
                if name not in t.files:
                    errors.append(f"problem {p.id} cites unknown file {name}")
        form = next(n for n, r in t.files.items() if r == "申报表")
        basic, table = read_form(root / form)
        check_rows(t, basic, table, errors)
        check_facts(t, root, drawn, errors)
        summary = read_summary(root / next(n for n, r in t.files.items() if r == "汇总表"))
        found = audit(t, basic, table, summary, root)
        planted_any = {(p.family, f) for p in t.problems for f in p.fields}
        extra = sorted(found - planted_any)
        missed = [p.id for p in t.problems if not any((p.family, f) in found for f in p.fields)]
        if extra or missed:
            errors.append(f"audit found {extra} not planted; planted but not found {missed}")
        print(f"{t.package_id}: {len(t.evidence_facts)} facts ({sum(f.image_only for f in t.evidence_facts)} image-only), "
              f"{len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
