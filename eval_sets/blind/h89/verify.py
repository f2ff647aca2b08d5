"""Check the h89 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h89.verify

1. files: the package on disk holds exactly the truth's files; the truth loads with eval_sets.truth; 103 summary rows
   with exactly the 附件4 labels.
2. facts: every quote is on its page (PDF text layer via pypdf, XLSX worksheet cells, or — for image-only pages and
   PNGs — the text drawn into the image, recorded by the build in drawn_text.json); image_only is set exactly when the
   quote is only in pixels; the value is in the quote.
3. form: every 附件4 row's truth value is what the 申报表 (DOCX or XLSX) says.
4. audit: an independent reviewer's checks on the files and truth must find exactly the planted problems
   (family, first field) — nothing on the clean packages."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h89.labels import (APPENDIX_A, APPENDIX_B, APPENDIX_D, APPENDIX_E, BASIC, CHAPTERS, INDUSTRIES, REGIONS,
                                        SUMMARY_LABELS, TABLE)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
HIST = "平台近三年经营指标情况"
ORDERS = "平台订单数量(近一年总量)（个）"
LIMITS = {"平台定位是否明确": 50, "其他资源汇聚情况": 200, "跨平台调用功能建设情况": 200, "平台有否与新技术的融合应用": 300,
          "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "新产业、新模式培育情况": 300}


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_cells(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


def read_rows(path: Path) -> list[list[str]]:
    if path.suffix == ".docx":
        rows = []
        for t in docx.Document(str(path)).tables:
            rows += [[c.text for c in r.cells] for r in t.rows]
        return rows
    rows = []
    for ws in openpyxl.load_workbook(str(path)).worksheets:
        rows += [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    return rows


def read_form(path: Path) -> tuple[dict, dict]:
    """(内容 -> 平台实际情况, basic key -> value)."""
    contents = {c for _, c, _ in TABLE}
    table, basic, col, ccol = {}, {}, None, None
    for r in read_rows(path):
        if "平台实际情况" in r and "内容" in r:
            col, ccol = r.index("平台实际情况"), r.index("内容")
            continue
        if col is not None and len(r) > col and r[ccol] in contents:
            table[r[ccol]] = r[col]
        elif len(r) >= 2 and r[0]:
            basic[r[0]] = r[1]
    return table, basic


def read_summary(path: Path) -> dict:
    return {r[0]: r[1] for r in read_rows(path) if len(r) >= 2 and r[0]}


def read_chapters(path: Path) -> set[str]:
    if path.suffix == ".docx":
        lines = [p.text.strip() for p in docx.Document(str(path)).paragraphs]
    else:
        lines = [ln.strip() for t in pdf_texts(path) for ln in t.splitlines()]
    return {ln for ln in lines if ln in CHAPTERS}


# ------------------------------------------------------------------------------------------------ checks
def check_facts(t, root: Path, drawn: dict, errors: list) -> None:
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_texts(path) if path.suffix == ".pdf" else xlsx_cells(path) if path.suffix == ".xlsx" else None
        content = cache[f.file]
        in_layer = False
        if path.suffix == ".pdf":
            if f.page > len(content):
                errors.append(f"page out of range: {f.file} p{f.page}")
                continue
            in_layer = squash(f.quote) in squash(content[f.page - 1])
        elif path.suffix == ".xlsx":
            in_layer = any(squash(f.quote) in squash(c) for c in content[f.page - 1])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or also in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if f.value not in f.quote and num(f.value) != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")


def cell_matches(n, cell: str, value: str) -> bool:
    if n is None:
        return squash(cell) == ""
    if isinstance(n, bool):
        return cell.startswith("是" if n else "否")
    if isinstance(n, (int, float)):
        return num(cell) is not None and abs(num(cell) - n) < 0.005
    if isinstance(n, dict):
        return all(re.search(re.escape(k) + r"[：:]\s*" + re.escape(f"{v:,}" if "," in cell and not re.search(r"\d、", cell) else str(v)) + r"(?![\d.])", cell)
                   or re.search(re.escape(k) + r"[：:]\s*" + str(v) + r"(?![\d.,])", cell)
                   or re.search(re.escape(k) + r"\D{0,12}" + re.escape(f"{v:,}") + r"(?![\d])", cell) for k, v in n.items())
    return squash(value) in squash(cell) or squash(n) in squash(cell)


def check_form(t, table: dict, basic: dict, errors: list) -> None:
    by_key = {key: content for _, content, key in TABLE if key}
    for row in t.summary_rows:
        if row.label in BASIC:
            continue
        cell = table.get(by_key[row.label])
        if cell is None:
            errors.append(f"form row missing: {row.label}")
            continue
        if not cell_matches(row.normalized, cell, row.value):
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")
    h = next(r.normalized for r in t.summary_rows if r.label == HIST)
    cell = basic.get(HIST, "")
    for k, x in h.items():
        if f"{x:.2f}" not in cell:
            errors.append(f"form history lacks {k} {x}")
    for lab in ("平台名称", "平台建设金额（万元）"):
        r = next(r for r in t.summary_rows if r.label == lab)
        if squash(r.value) not in squash(basic.get(lab, "")) and num(basic.get(lab)) != r.normalized:
            errors.append(f"form basic differs: {lab}")


def audit(t, table: dict, basic: dict, summary: dict, root: Path) -> set[tuple[str, str]]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found: set[tuple[str, str]] = set()
    pct = lambda a, b: round(a / b * 100 + 1e-9, 2)
    numeric = lambda x: isinstance(x, (int, float)) and not isinstance(x, bool)
    required = [lab for lab in SUMMARY_LABELS]
    for lab in required:
        if v[lab] is None:
            found.add(("blank", lab))
    g = lambda lab: v[lab] if numeric(v[lab]) else 0
    if g("运维人数（人）") + g("运营人数（人）") != g("平台团队总人数（人）"):
        found.add(("identity", "平台团队总人数（人）"))
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    for label, expect in [("平台相关研发投入强度（%）", pct(g("平台相关研发投入（万元）"), g("平台相关营业收入（万元）"))),
                          ("存储资源利用率（%）", pct(g("存储工业数据量（TB）"), g("存储容量（TB）"))),
                          ("付费用户占比（%）", pct(g("付费企业数（个）"), g("注册企业用户数（个）"))),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], g("平台相关营业收入（万元）"))),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], g("平台建设金额（万元）")))]:
        if abs(g(label) - expect) > 0.011:
            found.add(("formula", label))
    h = v[HIST]
    for y in (2022, 2023):
        a, b = h[f"{y - 1}年平台营收（万元）"], h[f"{y}年平台营收（万元）"]
        if abs(pct(b - a, a) - h[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", HIST))
    if h["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.add(("identity", HIST))
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
        if sum(v[part].values()) != v[total]:
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
               ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"), ("运维人数（人）", "平台团队总人数（人）")]
    for part, whole in subsets:
        if g(part) > g(whole):
            found.add(("subset", part))
    if v["按省市区域统计服务企业数（个）"].get("上海") != v["服务本市企业数量（个）"]:
        found.add(("identity", "服务本市企业数量（个）"))
    allowed = {"二级分类": set(APPENDIX_A), "分类统计工业APP": set(APPENDIX_B), "分类统计公有云": set(APPENDIX_B),
               "行业": set(INDUSTRIES), "工业模型": set(APPENDIX_D), "新模式": set(APPENDIX_E), "区域": set(REGIONS)}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            kinds = [k for k in allowed if k in label]
            for k in val:
                if not any(k in allowed[x] for x in kinds) and not re.search(r"[A-Z][a-z]", k):
                    found.add(("invalid_category", label))
    for label, val in v.items():  # 汇总表 vs 申报表
        got = summary.get(label)
        if got is None:
            found.add(("summary_vs_form", label)) if label not in ("序号",) else None
            continue
        if numeric(val):
            if num(got) is None or abs(num(got) - val) > 0.005:
                found.add(("summary_vs_form", label))
        elif isinstance(val, dict) and label != ORDERS and label != HIST:
            if not cell_matches(val, got, ""):
                found.add(("summary_vs_form", label))
        elif val is None and squash(got):
            found.add(("summary_vs_form", label))
    counts = {"平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"}
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if abs(h[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", HIST))
            continue
        if f.component:
            continue
        declared = v[f.label]["2023年自然年"] if f.label == ORDERS else v[f.label]
        tol = 500 if "万" in f.value else 0.005  # dashboards round to 0.1万
        if declared is not None and abs(declared - f.normalized) <= tol:
            continue
        fam = "count_vs_list" if f.label in counts else "screenshot_vs_form" if f.image_only and t.files[f.file] == "evidence:screenshot" else "declared_vs_evidence"
        found.add((fam, f.label))
    texts = {c: table.get(c, "") for c in LIMITS}
    texts["平台基本情况介绍"], texts["平台建设成效"] = basic.get("平台基本情况介绍", ""), basic.get("平台建设成效", "")
    for label, limit in {**LIMITS, "平台基本情况介绍": 500, "平台建设成效": 500}.items():
        if chars(texts[label]) > limit:
            found.add(("char_limit", label))
    for line in table.get("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "").splitlines():
        if chars(line) > 50:
            found.add(("char_limit", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"))
    narr = next(n for n, r in t.files.items() if r == "申报书")
    have = read_chapters(root / narr)
    for ch in CHAPTERS[:6]:
        if ch not in have:
            found.add(("missing_section", ch))
    if t.platform.participated_2023 and CHAPTERS[6] not in have:
        found.add(("section7", CHAPTERS[6]))
    if not t.platform.participated_2023 and CHAPTERS[6] in have:
        found.add(("section7", CHAPTERS[6]))
    if "承诺" not in t.files.values():
        found.add(("missing_file", "真实性承诺"))
    if t.platform.declared_name != t.platform.listed_name:
        found.add(("platform_name", "平台名称"))
    for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"):
        if not re.match(r"^(是，.+|否)$", table.get(c, "")):
            found.add(("answer_format", c))
    for c in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能"):
        if table.get(c) not in ("是", "否"):
            found.add(("answer_format", c))
    for c in ("IaaS基础设施", "平台建设方式"):
        if re.search(r"☑(租用|合作共建)[^☑□]*（必填）：\s*$", basic.get(c, "")):
            found.add(("conditional", c))
    return found


def check_commitment(t, root: Path, errors: list) -> None:
    name = next((n for n, r in t.files.items() if r == "承诺"), None)
    if name and pdf_texts(root / name) != [""] * len(pdf_texts(root / name)):
        errors.append("承诺 should be a scan (no text layer)")


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    truths = sorted((HERE / "truth").glob("*.json"))
    if len(truths) != 4:
        print(f"expected 4 truth files, found {len(truths)}")
        failed = True
    for path in truths:
        t = load_truth(path)
        root = REPO / t.path
        errors: list[str] = []
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != SUMMARY_LABELS:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        check_facts(t, root, drawn, errors)
        form = next(n for n, r in t.files.items() if r == "申报表")
        table, basic = read_form(root / form)
        check_form(t, table, basic, errors)
        check_commitment(t, root, errors)
        summary = read_summary(root / next(n for n, r in t.files.items() if r == "汇总表"))
        found = audit(t, table, basic, summary, root)
        planted = {(p.family, p.fields[0]) for p in t.problems}
        if found != planted:
            errors.append(f"audit found {sorted(found - planted)} not planted; planted but not found {sorted(planted - found)}")
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
