"""Check the h100 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h100.verify

1. files: the package on disk holds exactly the truth's files; the truth validates against the schema; 103 rows.
2. facts: every quote is on its page (PDF text layer, cells of the XLSX sheet, or — for image-only pages and PNGs —
   the text drawn into the image, recorded by the build in drawn_text.json); image_only is set exactly when the quote
   is only in pixels; every fact's normalized value equals the declared row (or the formula component's input).
3. form: every 附件4 row's truth value is what the 申报表 says; the 汇总表 says the same.
4. audit (all packages are clean, so nothing may be found): identity, the 填报指引 formulas, growth rates, subsets,
   breakdown sums, 附录 categories, char limits, chapters 一–六 (+七 for 2023 participants), 必写 closing paragraphs of
   二/三, case names, 承诺, 平台名称, 平台网址 with account and password, company figures of 申报书 一 = audit statements,
   dates after the notice."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h100.labels import APPENDIX_A, APPENDIX_B, APPENDIX_D, APPENDIX_E, INDUSTRIES, REGIONS, SUMMARY_LABELS
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]
LIMITS = {"平台基本情况介绍": 500, "平台建设成效": 500, "平台定位是否明确": 50, "其他资源汇聚情况": 200, "跨平台调用功能建设情况": 200,
          "平台有否与新技术的融合应用": 300, "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "新产业、新模式培育情况": 300,
          "平台应用开发框架": 100, "平台应用开发工具": 100}
POLICY = "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_cells(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


def form_cells(path: Path) -> dict[str, str]:
    rows: list[list[str]] = []
    if path.suffix == ".docx":
        for t in docx.Document(str(path)).tables:
            rows += [[c.text for c in r.cells] for r in t.rows]
    else:
        for ws in openpyxl.load_workbook(str(path)).worksheets:
            rows += [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    out = {}
    for r in rows:
        if len(r) >= 4 and r[0].isdigit():
            out[r[1]] = r[2]
        elif len(r) >= 2 and r[0]:
            out.setdefault(r[0], r[1])
    return out


def check(t, root: Path, drawn: dict) -> list[str]:
    errors: list[str] = []
    on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    if on_disk != set(t.files):
        errors.append(f"files differ: {on_disk ^ set(t.files)}")
    if [r.label for r in t.summary_rows] != SUMMARY_LABELS:
        errors.append("summary_rows must be the 103 附件4 labels in order")
    v = {r.label: r.normalized for r in t.summary_rows}
    # ---- facts
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_texts(path) if path.suffix == ".pdf" else xlsx_cells(path) if path.suffix == ".xlsx" else None
        content = cache[f.file]
        in_layer = False
        if path.suffix == ".pdf":
            in_layer = squash(f.quote) in squash(content[f.page - 1])
        elif path.suffix == ".xlsx":
            in_layer = any(squash(f.quote) in squash(c) for c in content[f.page - 1])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if num(f.value) != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")
        if f.component.endswith("年平台营收（万元）"):
            target = v["平台近三年经营指标情况"][f.component]
        elif f.component:
            target = f.normalized
        else:
            target = v[f.label]
        if abs(target - f.normalized) > 0.005:
            errors.append(f"fact differs from declared: {f.label} {f.normalized} vs {target}")
    # ---- form and summary
    form = form_cells(root / next(n for n, r in t.files.items() if r == "申报表"))
    wb = openpyxl.load_workbook(str(root / next(n for n, r in t.files.items() if r == "汇总表")))
    summary = {r[0]: "" if r[1] is None else str(r[1]) for r in wb.active.iter_rows(min_row=2, values_only=True)}
    for r in t.summary_rows:
        cell = form.get(r.label)
        if cell is None:
            errors.append(f"row not in 申报表: {r.label}")
            continue
        if r.label == "平台网址":
            if not (cell.startswith(r.value) and "账号" in cell and "密码" in cell and t.secrets[0] in cell):
                errors.append("平台网址 without account and password")
        elif r.label in ("平台建设方式", "平台运营模式"):
            if f"■{r.value}" not in cell:
                errors.append(f"form cell differs: {r.label}")
        elif r.label.startswith("有否定期"):
            if not re.match(r"^是，.{4,}", cell):
                errors.append(f"answer format: {r.label}: {cell!r}")
        elif r.normalized is None:
            if cell not in ("", "无"):
                errors.append(f"blank row not blank: {r.label}: {cell!r}")
        elif squash(cell) != squash(r.value):
            errors.append(f"form cell differs from truth: {r.label}: {cell!r} vs {r.value!r}")
        if summary.get(r.label) != r.value and not (r.normalized is None and summary.get(r.label) in ("", "无")):
            errors.append(f"汇总表 differs: {r.label}: {summary.get(r.label)!r} vs {r.value!r}")
    # ---- audit of a clean package
    pct = lambda a, b: round(a / b * 100 + 1e-9, 2)  # noqa: E731
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    found = []
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.append("identity team")
    for label, expect in (("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                          ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                          ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))):
        if abs(v[label] - expect) > 0.011:
            found.append(f"formula {label}")
    h = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        if abs(pct(h[f"{y}年平台营收（万元）"] - h[f"{y - 1}年平台营收（万元）"], h[f"{y - 1}年平台营收（万元）"]) - h[f"{y}年增长率（%）"]) > 0.011:
            found.append("growth_rate")
    if h["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.append("identity 近三年")
    dev, pub, run = "连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"
    for part, total in (("按二级分类统计工业设备数量（台/套）", dev), ("按省市区域统计工业设备数量（台/套）", dev),
                        ("按二级分类统计公有云工业设备数量（台/套）", pub), ("按省市区域统计公有云工业设备数量（台/套）", pub),
                        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", run), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", run),
                        ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
                        ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
                        ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                        ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                        ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"), ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
                        ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")):
        if v[part] is not None and sum(v[part].values()) != v[total]:
            found.append(f"breakdown_sum {part}")
    if v["按海外国家分类统计海外设备连接数量（台/套）"] is None and v["海外设备连接数量（台/套）"] != 0:
        found.append("overseas breakdown missing")
    for part, whole in ((pub, dev), (run, pub), ("海外设备连接数量（台/套）", dev), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
                        ("云化工业软件数量（个）", "工业APP数量（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
                        ("工业APP平均月活跃数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                        ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
                        ("存储工业数据量（TB）", "存储容量（TB）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                        ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
                        ("活跃开发者数（个）", "开发者注册总数（个）"), ("实际服务企业数（个）", "注册企业用户数（个）"),
                        ("付费企业数（个）", "实际服务企业数（个）"), ("服务本市企业数量（个）", "实际服务企业数（个）"),
                        ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
                        ("杀手锏APP数量（个）", "工业APP数量（个）"), ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")):
        if v[part] > v[whole]:
            found.append(f"subset {part}")
    allowed = {"二级分类": APPENDIX_A, "分类统计工业APP": APPENDIX_B, "分类统计公有云": APPENDIX_B, "行业": INDUSTRIES,
               "工业模型": APPENDIX_D, "新模式": APPENDIX_E, "区域": REGIONS}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            kinds = [k for k in allowed if k in label]
            for k in val:
                if not any(k in allowed[x] for x in kinds) and not re.search(r"[A-Z][a-z]", k):
                    found.append(f"invalid_category {label} {k}")
    for label, limit in LIMITS.items():
        if label not in form or len(squash(form.get(label, ""))) > limit:
            found.append(f"char_limit {label}")
    if POLICY not in form or any(len(squash(x)) > 50 for x in form[POLICY].splitlines()):
        found.append("char_limit policy lines")
    for c in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法"):
        if not form.get(c, "").startswith(("是", "否")):
            found.append(f"answer_format {c}")
    # 申报书
    book = docx.Document(str(root / next(n for n, r in t.files.items() if r == "申报书")))
    paras = [p.text.strip() for p in book.paragraphs if p.text.strip()]
    have = [p for p in paras if p in CHAPTERS]
    want = CHAPTERS if t.platform.participated_2023 else CHAPTERS[:6]
    if have != want:
        found.append(f"chapters {have}")
    for ch, head in ((CHAPTERS[1], "平台技术创新点总结："), (CHAPTERS[2], "平台应用创新点总结：")):
        last = paras[paras.index(CHAPTERS[CHAPTERS.index(ch) + 1]) - 1]
        if not last.startswith(head) or len(squash(last)) > 300 + len(head):
            found.append(f"必写 paragraph of {ch}")
    for p in paras:
        m = re.match(r"案例\d+：(.+)$", p)
        if m and (len(squash(m.group(1))) > 30 or not m.group(1).startswith(t.platform.listed_name + "——")):
            found.append(f"case name {p}")
    audit = pdf_texts(root / next(n for n, r in t.files.items() if r == "evidence:audit_report"))
    for m in re.finditer(r"(营业收入|利润总额|资产总计)([\d,]+\.\d\d)万元", paras[paras.index(CHAPTERS[0]) + 1]):
        yuan = f"{round(float(m.group(2).replace(',', '')) * 10000):,}.00"
        if not any(squash(m.group(1)) in squash(pg) and yuan in pg for pg in audit[1:3]):
            found.append(f"company figure {m.group(0)} not in audit")
    if len(re.findall(r"(营业收入|利润总额|资产总计)[\d,]+\.\d\d万元", paras[paras.index(CHAPTERS[0]) + 1])) != 3:
        found.append("company figures missing in 申报书 一")
    if "承诺" not in t.files.values() or "申报表扫描件" not in t.files.values():
        found.append("missing_file")
    if t.platform.declared_name != t.platform.listed_name or v["平台名称"] != t.platform.listed_name:
        found.append("platform_name")
    for k, text in drawn.items():
        if k.startswith(t.package_id + "/"):
            for d in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", " ".join(text.values())):
                if tuple(map(int, d)) <= (2024, 6, 20):
                    found.append(f"date before the notice {d}")
    if t.problems:
        found.append("problems listed for a clean package")
    errors += [f"audit: {x}" for x in found]
    return errors


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    paths = sorted((HERE / "truth").glob("*.json"))
    if len(paths) != 4:
        print(f"expected 4 truth files, found {len(paths)}")
        failed = True
    for path in paths:
        t = load_truth(path)
        errors = check(t, REPO / t.path, drawn)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
