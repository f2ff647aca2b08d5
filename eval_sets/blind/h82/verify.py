"""Check the h82 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h82.verify

1. files: the package on disk holds exactly the truth's files; the truth validates; summary_rows = the 103 附件4 labels.
2. facts: every quote is on its page (PDF text layer, XLSX sheet cells, or for image-only pages / PNGs the text drawn
   into the image, recorded by the build in drawn_text.json); image_only is set exactly when the quote is only in pixels;
   the normalized value follows from the printed value and unit.
3. form: every 附件4 row's truth value is what the 申报表 says.
4. audit: an independent reviewer's checks on the files; the (family, field) pairs found must be covered by the planted
   problems' fields and must hit every planted problem (nothing at all on the clean package)."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h82.labels import (APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, CHAPTERS,
                                        LIMITS, SUMMARY_LABELS, TABLE)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


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


def read_form(root: Path, files: dict) -> tuple[dict, dict]:
    name = next(n for n, r in files.items() if r == "申报表")
    rows: list[list[str]] = []
    if name.endswith(".docx"):
        for t in docx.Document(str(root / name)).tables:
            rows += [[c.text for c in r.cells] for r in t.rows]
    else:
        for ws in openpyxl.load_workbook(str(root / name)).worksheets:
            rows += [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    contents = {row[3]: row[4] for row in TABLE}
    table, basic, col = {}, {}, None
    for r in rows:
        if "平台实际情况" in r:
            col = r.index("平台实际情况")
            continue
        hit = [c for c in r if c in contents]
        if hit and col is not None:
            table[contents[hit[0]]] = r[col]
        elif len(r) >= 2 and r[0]:
            basic[r[0]] = r[1]
    return table, basic


def read_summary(root: Path, files: dict) -> dict:
    name = next(n for n, r in files.items() if r == "汇总表")
    if name.endswith(".docx"):
        pairs = [(r.cells[0].text, r.cells[1].text) for t in docx.Document(str(root / name)).tables for r in t.rows]
    else:
        rows = [list(r) for r in openpyxl.load_workbook(str(root / name)).active.iter_rows(values_only=True)]
        pairs = list(zip(rows[1], rows[2])) if len(rows) == 3 else [(r[0], r[1]) for r in rows[1:]]
    return {re.sub(r"（是/否）$", "", str(k)): "" if v is None else str(v) for k, v in pairs if k}


def narrative_text(root: Path, files: dict) -> tuple[str, set]:
    name = next(n for n, r in files.items() if r == "申报书")
    if name.endswith(".docx"):
        d = docx.Document(str(root / name))
        lines = [p.text.strip() for p in d.paragraphs]
        text = "\n".join(lines + [c.text for t in d.tables for r in t.rows for c in r.cells])
    else:
        text = "\n".join(pdf_texts(root / name))
        lines = [ln.strip() for ln in text.splitlines()]
    return text, {ln for ln in lines if ln in CHAPTERS}


# ----------------------------------------------------------------------------------------- checks
def check_facts(t, root: Path, drawn: dict, errors: list):
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_texts(path) if path.suffix == ".pdf" else xlsx_cells(path) if path.suffix == ".xlsx" else None
        content = cache[f.file]
        if path.suffix == ".pdf":
            in_layer = squash(f.quote) in squash(content[f.page - 1])
        elif path.suffix == ".xlsx":
            in_layer = any(squash(f.quote) == squash(c) or squash(f.quote) in squash(c) for c in content[f.page - 1])
        else:
            in_layer = False
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or also in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        printed = num(f.value)
        if f.value not in f.quote and printed != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")
        if "万" in f.value:
            printed *= 10000
        expect = round(printed / 10000 + 1e-9, 2) if f.unit == "元" else printed
        if f.normalized is None or abs(expect - f.normalized) > 0.005:
            errors.append(f"normalized {f.normalized} does not follow from {f.value} {f.unit}")


def cell_ok(n, cell: str) -> bool:
    cell = cell.replace(",", "")
    if isinstance(n, bool):
        return cell.startswith("是" if n else "否")
    if isinstance(n, (int, float)):
        return num(cell) is not None and abs(num(cell) - n) < 0.005
    if isinstance(n, dict):
        return all(re.search(re.escape(k) + r"[：:]\s*" + re.escape(str(v)) + r"(?!\d)", cell) for k, v in n.items())
    return squash(n).replace(",", "") in squash(cell)


def check_form(t, table: dict, basic: dict, errors: list):
    for row in t.summary_rows:
        n = row.normalized
        if row.label in table:
            cell = table[row.label]
        elif row.label == "平台建设金额（万元）":
            cell = basic.get(row.label, "")
        elif row.label == "平台近三年经营指标情况":
            cell = basic.get(row.label, "")
            ok = all(f"{y}年平台营收{n[f'{y}年平台营收（万元）']:.2f}万元/增长率{n[f'{y}年增长率（%）']:.2f}%" in cell for y in (2021, 2022, 2023))
            if not ok:
                errors.append(f"form differs: {row.label}")
            continue
        elif row.label in ("平台名称",):
            cell = basic.get(row.label, "")
        else:
            continue
        if not cell_ok(n, cell):
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")


def audit(t, table, basic, summary, narr, chapters_found, claims) -> set:
    v = {r.label: r.normalized for r in t.summary_rows}
    found = set()
    pct = lambda a, b: round(a / b * 100 + 1e-9, 2)
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    hist = v["平台近三年经营指标情况"]
    if abs(hist["2023年平台营收（万元）"] - v["平台相关营业收入（万元）"]) > 0.005:
        found.add(("identity", "平台近三年经营指标情况"))
    for label, expect in [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                          ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                          ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]:
        if abs(v[label] - expect) > 0.011:
            found.add(("formula", label))
    for y in (2022, 2023):
        a, b = hist[f"{y - 1}年平台营收（万元）"], hist[f"{y}年平台营收（万元）"]
        if abs(pct(b - a, a) - hist[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
    dev, pub, run = "连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"
    for part, total in [("按二级分类统计工业设备数量（台/套）", dev), ("按省市区域统计工业设备数量（台/套）", dev),
                        ("按二级分类统计公有云工业设备数量（台/套）", pub), ("按省市区域统计公有云工业设备数量（台/套）", pub),
                        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", run), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", run),
                        ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
                        ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
                        ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                        ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                        ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"), ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
                        ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]:
        if sum(v[part].values()) != v[total]:
            found.add(("breakdown_sum", part))
    for part, whole in [(pub, dev), (run, pub), ("海外设备连接数量（台/套）", dev), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
                        ("云化工业软件数量（个）", "工业APP数量（个）"), ("工业APP数量（个）", "工业软件总量（个）"),
                        ("工业APP平均月活跃数量（个）", "工业APP数量（个）"), ("公有云工业APP数量（个）", "工业APP数量（个）"),
                        ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"), ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
                        ("存储工业数据量（TB）", "存储容量（TB）"), ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                        ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"), ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
                        ("活跃开发者数（个）", "开发者注册总数（个）"), ("实际服务企业数（个）", "注册企业用户数（个）"),
                        ("付费企业数（个）", "实际服务企业数（个）"), ("服务本市企业数量（个）", "实际服务企业数（个）"),
                        ("服务中小企业数量（个）", "实际服务企业数（个）"), ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
                        ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]:
        if v[part] > v[whole]:
            found.add(("subset", part))
    allowed = [("二级分类", APPENDIX_A), ("按分类统计工业APP", APPENDIX_B), ("按分类统计公有云", APPENDIX_B), ("行业", APPENDIX_C),
               ("工业模型", APPENDIX_D), ("新模式", APPENDIX_E), ("区域", APPENDIX_F)]
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            ok = set().union(*[set(a) for k, a in allowed if k in label])
            if any(k not in ok and not re.search(r"[A-Z][a-z]", k) for k in val):
                found.add(("invalid_category", label))
    # 汇总表 vs 申报表
    rowv = {r.label: r.value for r in t.summary_rows}
    for label, val in v.items():
        got = summary.get(label)
        if got is None:
            found.add(("summary_vs_form", label))
            continue
        if isinstance(val, bool) or val is None:
            bad = squash(got)[:1] != squash(rowv[label])[:1]
        elif isinstance(val, (int, float)):
            bad = num(got) is None or abs(num(got) - val) > 0.005
        else:
            bad = squash(got) != squash(rowv[label])
        if bad:
            found.add(("summary_vs_form", label))
    counts = {"平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "实际服务企业数（个）", "付费企业数（个）",
              "平台获得省部级及以上奖项/荣誉数量（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"}
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if abs(hist[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", "平台近三年经营指标情况"))
            continue
        if f.component or abs(v[f.label] - f.normalized) <= 0.005:
            continue
        fam = ("screenshot_vs_form" if f.image_only and t.files[f.file] == "evidence:screenshot"
               else "count_vs_list" if f.label in counts else "declared_vs_evidence")
        found.add((fam, f.label))
    # 申报书 figures
    for label, sentence, approx in claims:
        if squash(sentence) not in squash(narr):
            raise AssertionError(f"claim sentence not in 申报书: {sentence}")
        if approx:
            continue
        val = v[label]
        forms = {f"{val:.2f}", f"{val:,.2f}"} if isinstance(val, float) else {str(val), f"{val:,}"}
        if not any(re.search(r"(?<![\d,.])" + re.escape(x) + r"(?![\d])", sentence) for x in forms):
            found.add(("narrative_vs_form", label))
    texts = {**{k: table.get(k, "") for k in LIMITS}, "平台基本情况介绍": basic.get("平台基本情况介绍", ""),
             "平台建设成效": basic.get("平台建设成效", "")}
    for label, limit in LIMITS.items():
        if chars(texts[label]) > limit:
            found.add(("char_limit", label))
    for line in table.get("政策", "").splitlines():
        if chars(line) > 50:
            found.add(("char_limit", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"))
    for ch in CHAPTERS[:6]:
        if ch not in chapters_found:
            found.add(("missing_section", ch))
    if t.platform.participated_2023 and CHAPTERS[6] not in chapters_found:
        found.add(("section7", CHAPTERS[6]))
    if "承诺" not in t.files.values():
        found.add(("missing_file", "附件5 真实性承诺"))
    if t.platform.declared_name != t.platform.listed_name or squash(basic.get("平台名称")) != squash(t.platform.listed_name):
        found.add(("platform_name", "平台名称"))
    for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "是否支持可拓展云计算能力", "是否提供通用建模分析算法"):
        cell = table.get(c, "")
        if not re.match(r"^(是|否)", cell) or (c.startswith("有否") and cell.startswith("是") and len(cell) < 3):
            found.add(("answer_format", c))
    iaas = basic.get("IaaS基础设施", "")
    if "☑租用" in iaas and not re.search(r"服务商名称（必填）：\S+", iaas):
        found.add(("conditional", "IaaS基础设施"))
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    claims = json.loads((HERE / "narrative_claims.json").read_text(encoding="utf-8"))
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
        table, basic = read_form(root, t.files)
        check_form(t, table, basic, errors)
        narr, chs = narrative_text(root, t.files)
        found = audit(t, table, basic, read_summary(root, t.files), narr, chs, claims.get(t.package_id, []))
        allowed = {(p.family, f) for p in t.problems for f in p.fields}
        missed = [p.id for p in t.problems if not any((p.family, f) in found for f in p.fields)]
        if not found <= allowed or missed:
            errors.append(f"audit found {sorted(found - allowed)} not planted; planted but not found {missed}")
        if t.package_id.endswith("_clean") and t.problems:
            errors.append("clean package with problems")
        print(f"{t.package_id}: {len(t.evidence_facts)} facts ({sum(f.image_only for f in t.evidence_facts)} image-only), "
              f"{len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
