"""Check the h91 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h91.verify

1. files: the package on disk holds exactly the truth's files; the truth validates against the schema; 103 附件4 rows
   in the notice's order.
2. facts: every quote is on its page (PDF text layer, cells of the XLSX worksheet, or — for image-only pages and
   PNGs — the text drawn into the image, recorded by the build in drawn_text.json); image_only is set exactly when
   the quote is only in pixels; the fact's value is in its quote.
3. form: every 附件4 row's truth value is what the 申报表 says (DOCX / XLSX cell, or the WPS PDF's text layer).
4. audit: an independent reviewer's checks of everything the notice checks (identity, the 填报指引 formulas, growth
   rates, breakdown sums, subsets, 附录 categories, 汇总表 = 申报表, facts = declared, char limits, chapters 一–六
   and 七 for 2023 participants, 承诺, 平台名称, answer formats, IaaS condition, dates after the notice) must find
   nothing: all four packages are clean."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h91.labels import (APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, CHAPTERS,
                                        LABELS, LIMITS, TABLE)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_cells(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    out = [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]
    wb.close()
    return out


def parse_bd(text: str) -> dict[str, float]:
    pairs = re.findall(r"(?:^|[、；;])\s*([^：:；;]+?)[：:]\s*(-?[\d,]+(?:\.\d+)?)", text)
    return {k.strip(): float(x.replace(",", "")) for k, x in pairs}


# ----------------------------------------------------------------------------------------- readers
def read_form(root: Path, files: dict) -> tuple[dict, dict, str]:
    """(内容 -> cell, basic caption -> text, full text) of the 申报表."""
    name = next(n for n, r in files.items() if r == "申报表")
    contents = {c for _, c, _ in TABLE}
    table, basic, full = {}, {}, ""
    rows: list[list[str]] = []
    if name.endswith(".docx"):
        for t in docx.Document(str(root / name)).tables:
            rows += [[c.text for c in r.cells] for r in t.rows]
    elif name.endswith(".xlsx"):
        wb = openpyxl.load_workbook(str(root / name))
        for ws in wb.worksheets:
            rows += [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    else:
        full = "\n".join(pdf_texts(root / name))
        return table, basic, full
    for r in rows:
        if len(r) >= 3 and r[1] in contents:
            table[r[1]] = r[2]
        elif len(r) >= 2 and r[0]:
            basic[r[0]] = r[1]
    full = "\n".join("\t".join(r) for r in rows)
    return table, basic, full


def read_summary(root: Path, files: dict) -> dict[str, str]:
    name = next(n for n, r in files.items() if r == "汇总表")
    pairs = []
    if name.endswith(".docx"):
        for t in docx.Document(str(root / name)).tables:
            pairs += [(r.cells[0].text, r.cells[1].text) for r in t.rows]
    else:
        rows = [list(r) for r in openpyxl.load_workbook(str(root / name)).active.iter_rows(values_only=True)]
        if len(rows) == 3:
            pairs = list(zip(rows[1], rows[2]))
        else:
            pairs = [(r[0], r[1]) for r in rows[1:]]
    return {str(k): "" if v is None else str(v) for k, v in pairs if k}


def proposal_text(root: Path, files: dict) -> list[str]:
    name = next(n for n, r in files.items() if r == "申报书")
    if name.endswith(".docx"):
        return [p.text.strip() for p in docx.Document(str(root / name)).paragraphs]
    return [ln.strip() for t in pdf_texts(root / name) for ln in t.splitlines()]


# ----------------------------------------------------------------------------------------- checks
def check_facts(t, root: Path, drawn: dict, errors: list):
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_texts(path) if path.suffix == ".pdf" else xlsx_cells(path) if path.suffix == ".xlsx" else None
        content = cache[f.file]
        in_layer = False
        if path.suffix == ".pdf":
            in_layer = f.page <= len(content) and squash(f.quote) in squash(content[f.page - 1])
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
        if path.suffix == ".png" and f.page != 1:
            errors.append(f"PNG fact not on page 1: {f.file}")


def check_form(t, table: dict, full: str, errors: list):
    by_key = {key: content for _, content, key in TABLE if key}
    for row in t.summary_rows:
        content = by_key.get(row.label)
        if content is None or row.normalized is None:
            continue
        n = row.normalized
        if table:
            cell = table.get(content, "")
            if isinstance(n, bool):
                ok = cell.startswith("是" if n else "否")
            elif isinstance(n, (int, float)):
                ok = num(cell) is not None and abs(num(cell) - n) < 0.005
            elif isinstance(n, dict):
                ok = all(re.search(re.escape(k) + r"[：:]\s*" + re.escape(f"{v:,}") + "|" + re.escape(k) + r"[：:]\s*" + str(v), cell)
                         for k, v in n.items())
            else:
                ok = squash(n) in squash(cell)
        else:  # PDF 申报表: the value must appear in the text layer
            text = squash(full)
            if isinstance(n, bool):
                ok = True
            elif isinstance(n, (int, float)):
                ok = any(x in text for x in (f"{n:,}", f"{n:,.2f}", f"{n:.2f}", str(n)))
            elif isinstance(n, dict):
                ok = all(squash(f"{k}：{v:,}") in text or squash(f"{k}：{v}") in text for k, v in n.items())
            else:
                ok = squash(n) in text
        if not ok:
            errors.append(f"form differs from truth: {row.label}: {row.value!r}")


def audit(t, table: dict, basic: dict, full: str, summary: dict, chapters: list[str], files: dict) -> list[str]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found = []

    def pct(a, b):
        return round(a / b * 100 + 1e-9, 2)

    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.append("identity 团队")
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    formulas = [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]
    for label, expect in formulas:
        if abs(v[label] - expect) > 0.011:
            found.append(f"formula {label}: {v[label]} vs {expect}")
    hist = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        g = pct(hist[f"{y}年平台营收（万元）"] - hist[f"{y - 1}年平台营收（万元）"], hist[f"{y - 1}年平台营收（万元）"])
        if abs(g - hist[f"{y}年增长率（%）"]) > 0.011:
            found.append(f"growth_rate {y}")
    if hist["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.append("identity 2023营收")
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
            found.append(f"breakdown_sum {part}")
    if v["按省市区域统计服务企业数（个）"].get("上海") != v["服务本市企业数量（个）"]:
        found.append("identity 本市")
    subsets = [(pub, dev), (run, pub), ("海外设备连接数量（台/套）", dev), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
               ("云化工业软件数量（个）", "工业APP数量（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
               ("工业APP平均月活跃数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
               ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
               ("存储工业数据量（TB）", "存储容量（TB）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
               ("活跃开发者数（个）", "开发者注册总数（个）"), ("实际服务企业数（个）", "注册企业用户数（个）"),
               ("付费企业数（个）", "实际服务企业数（个）"), ("服务本市企业数量（个）", "实际服务企业数（个）"),
               ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
               ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"), ("杀手锏APP数量（个）", "工业APP数量（个）")]
    for part, whole in subsets:
        if v[part] > v[whole]:
            found.append(f"subset {part}")
    if v["杀手锏APP数量（个）"] != 5:
        found.append("杀手锏APP数量 must be 5 (top-5 by definition)")
    allowed = {"二级分类": set(APPENDIX_A), "分类统计工业APP": set(APPENDIX_B), "分类统计公有云": set(APPENDIX_B),
               "行业": set(APPENDIX_C), "工业模型": set(APPENDIX_D), "新模式": set(APPENDIX_E), "区域": set(APPENDIX_F)}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            kinds = [k for k in allowed if k in label]
            assert kinds, label
            for k in val:
                if not any(k in allowed[x] for x in kinds) and not re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k):
                    found.append(f"invalid_category {label}: {k}")
    for k in v["按海外国家分类统计海外设备连接数量（台/套）"]:
        if not re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k):
            found.append(f"invalid_category overseas {k}")
    # 汇总表 = 申报表
    for label, val in v.items():
        got = summary.get(label)
        if got is None:
            if label != "平台性质":
                found.append(f"summary row missing {label}")
            continue
        if isinstance(val, bool):
            ok = got.startswith("是" if val else "否")
        elif isinstance(val, (int, float)):
            ok = num(got) is not None and abs(num(got) - val) <= 0.005
        elif isinstance(val, dict) and "订单" not in label and "经营" not in label:
            ok = parse_bd(got) == {k: float(x) for k, x in val.items()}
        else:
            ok = True
        if not ok:
            found.append(f"summary_vs_form {label}: {got!r} vs {val!r}")
    # facts = declared
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if abs(hist[f.component] - f.normalized) > 0.005:
                found.append(f"declared_vs_evidence {f.component}")
            continue
        if f.component:
            continue
        if abs(v[f.label] - f.normalized) > 0.005:
            found.append(f"declared_vs_evidence {f.label} {f.file} p{f.page}")
    # char limits
    texts = {c: table.get(c, "") for c in LIMITS} if table else {}
    for label, limit in LIMITS.items():
        if label in texts and chars(texts[label]) > limit:
            found.append(f"char_limit {label}")
    for cap in ("平台基本情况介绍", "平台建设成效"):
        if cap in basic and chars(basic[cap]) > 500:
            found.append(f"char_limit {cap}")
    for line in table.get("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "").splitlines():
        if chars(line) > 50:
            found.append("char_limit policy line")
    intro = basic.get("平台基本情况介绍", "") if table else full
    if squash(v["平台性质"]) not in squash(intro):
        found.append("平台性质 not stated in 平台基本情况介绍")
    # chapters
    for ch in CHAPTERS[:6]:
        if ch not in chapters:
            found.append(f"missing_section {ch}")
    if t.platform.participated_2023 != (CHAPTERS[6] in chapters):
        found.append("section7 presence does not follow 附件6")
    if "承诺" not in files.values():
        found.append("missing_file 承诺")
    if t.platform.declared_name != t.platform.listed_name:
        found.append("platform_name")
    if table:
        for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "是否支持可拓展云计算能力", "是否提供通用建模分析算法"):
            if not re.match(r"^(是|否)", table.get(c, "")) or (c.startswith("有否") and table[c].startswith("是") and len(table[c]) < 3):
                found.append(f"answer_format {c}")
        iaas = basic.get("IaaS基础设施", "")
        if "☑ 租用" in iaas and not re.search(r"服务商名称（必填）：\S+", iaas):
            found.append("conditional IaaS")
    else:
        if "☑租用" in squash(full) and not re.search(r"服务商名称（必填）：\S+", squash(full)):
            found.append("conditional IaaS")
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    paths = sorted((HERE / "truth").glob("*.json"))
    if len(paths) != 4:
        print(f"expected 4 truth files, found {len(paths)}")
        failed = True
    for path in paths:
        t = load_truth(path)
        root = REPO / t.path
        errors: list[str] = []
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        if t.problems:
            errors.append("h91 packages are all clean")
        check_facts(t, root, drawn, errors)
        table, basic, full = read_form(root, t.files)
        check_form(t, table, full, errors)
        found = audit(t, table, basic, full, read_summary(root, t.files), proposal_text(root, t.files), t.files)
        errors += [f"audit: {x}" for x in found]
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
