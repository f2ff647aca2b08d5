"""Check the h87 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h87.verify

1. files: each truth validates against eval_sets.truth; the package on disk holds exactly the truth's files;
   summary_rows are the 103 附件4 labels in the notice's order.
2. facts: every quote is on its stated page — PDF text layer (pypdf), cells of the 1-based XLSX sheet, the GBK text of
   a CSV, or for image-only pages / PNGs the text drawn into the image (drawn_text.json, written by the build);
   image_only is set exactly when the quote is not in a text layer; the value is in the quote.
3. form: every 附件4 row's truth value is what the 申报表 DOCX says.
4. audit: an independent reviewer's consistency checks (identity, 填报指引 formulas, growth rates, breakdown sums,
   subsets, 附录 categories, 汇总表 vs 申报表, evidence vs declared, char limits, chapters 一–六/七, 承诺, 平台名称,
   answer formats, conditional fields). All h87 packages are clean: the audit must find nothing."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h87.model import (APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, CHAPTERS, LABELS,
                                       LIMITS, REGIONS, TABLE, pct)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def num(text) -> float | None:
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def page_texts(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(str(path), read_only=True)
        return ["\n".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None) for ws in wb.worksheets]
    if path.suffix == ".csv":
        return [path.read_bytes().decode("gbk")]
    return [""]


def check_facts(t, root: Path, drawn: dict, errors: list):
    cache: dict = {}
    for f in t.evidence_facts:
        if f.file not in cache:
            cache[f.file] = page_texts(root / f.file)
        pages = cache[f.file]
        layer = pages[f.page - 1] if f.page <= len(pages) else None
        if layer is None:
            errors.append(f"page {f.page} missing in {f.file}")
            continue
        if f.file.endswith(".xlsx"):
            in_layer = any(squash(f.quote) in squash(line) for line in layer.split("\n"))
        else:
            in_layer = squash(f.quote) in squash(layer)
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if f.value not in f.quote and num(f.value) != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")


def read_form(path: Path) -> tuple[dict, dict]:
    d = docx.Document(str(path))
    basic, table = {}, {}
    contents = {c for *_, c, _ in TABLE}
    for tb in d.tables:
        for r in tb.rows:
            cells = [c.text for c in r.cells]
            if len(cells) == 6 and cells[3] in contents:
                table[cells[3]] = cells[4]
            elif len(cells) == 2:
                basic[cells[0]] = cells[1]
    return table, basic


def check_form(t, table: dict, basic: dict, errors: list):
    by_label = {key: content for *_, content, key in TABLE}
    for row in t.summary_rows:
        content = by_label.get(row.label)
        n = row.normalized
        if row.label == "平台近三年经营指标情况":
            cell = basic["平台近三年经营指标情况"].replace(",", "")
            for y in (2021, 2022, 2023):
                if f"{y}年平台营收{n[f'{y}年平台营收（万元）']:.2f}万元/增长率{n[f'{y}年增长率（%）']:.2f}%" not in cell:
                    errors.append(f"form 近三年 differs for {y}")
            continue
        if row.label == "平台名称" and basic["平台名称"] != n:
            errors.append("form 平台名称 differs")
        if content is None or n is None:
            continue
        cell = table.get(content, "")
        flat = cell.replace(",", "")
        if isinstance(n, bool):
            ok = re.match(r"^(■是|是)", cell) is not None if n else cell.startswith("否")
        elif isinstance(n, (int, float)):
            ok = num(flat) is not None and abs(num(flat) - n) < 0.005
        elif isinstance(n, dict):
            ok = all(re.search(re.escape(k) + r"[：:]\s*" + str(val) + r"(?!\d)", flat) for k, val in n.items())
        else:
            ok = squash(row.value) in squash(cell) or squash(n) in squash(cell)
        if not ok:
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")


def read_summary(path: Path) -> dict:
    ws = openpyxl.load_workbook(str(path)).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    head = rows[1]
    li, vi = (1, 2) if head[0] == "序号" else (0, 1)
    return {re.sub(r"（是/否）$", "", str(r[li])): "" if r[vi] is None else str(r[vi]) for r in rows[2:] if r[li]}


def audit(t, table: dict, basic: dict, summary: dict, book_paras: list[str]) -> list[str]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found = []
    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.append("identity 平台团队总人数")
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    for label, expect in [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                          ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                          ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]:
        if abs(v[label] - expect) > 0.011:
            found.append(f"formula {label}: {v[label]} vs {expect}")
    h = v["平台近三年经营指标情况"]
    g22 = pct(h["2022年平台营收（万元）"] - h["2021年平台营收（万元）"], h["2021年平台营收（万元）"])
    g23 = pct(h["2023年平台营收（万元）"] - h["2022年平台营收（万元）"], h["2022年平台营收（万元）"])
    if abs(g22 - h["2022年增长率（%）"]) > 0.011 or abs(g23 - h["2023年增长率（%）"]) > 0.011:
        found.append("growth_rate 平台近三年经营指标情况")
    if h["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.append("identity 2023营收")
    dev, pub, run = LABELS[24], LABELS[27], LABELS[30]
    for part, total in [(LABELS[25], dev), (LABELS[26], dev), (LABELS[28], pub), (LABELS[29], pub), (LABELS[31], run),
                        (LABELS[32], run), (LABELS[34], LABELS[33]), (LABELS[40], LABELS[37]), (LABELS[41], LABELS[37]),
                        (LABELS[49], LABELS[48]), (LABELS[50], LABELS[48]), (LABELS[60], LABELS[57]), (LABELS[71], LABELS[70]),
                        (LABELS[72], LABELS[70]), (LABELS[86], LABELS[85])]:
        if v[part] is not None and sum(v[part].values()) != v[total]:
            found.append(f"breakdown_sum {part}")
    for part, whole in [(pub, dev), (run, pub), (LABELS[33], dev), (LABELS[38], LABELS[37]), (LABELS[39], LABELS[37]),
                        (LABELS[37], LABELS[36]), (LABELS[42], LABELS[37]), (LABELS[47], LABELS[37]), (LABELS[48], LABELS[47]),
                        (LABELS[52], LABELS[51]), (LABELS[54], LABELS[53]), (LABELS[55], LABELS[54]), (LABELS[58], LABELS[57]),
                        (LABELS[63], LABELS[62]), (LABELS[65], LABELS[64]), (LABELS[70], LABELS[69]), (LABELS[73], LABELS[70]),
                        (LABELS[74], LABELS[70]), (LABELS[75], LABELS[70]), (LABELS[79], LABELS[78]), (LABELS[18], LABELS[15])]:
        if v[part] > v[whole]:
            found.append(f"subset {part}")
    if v[LABELS[38]] + v[LABELS[39]] != v[LABELS[37]]:
        found.append("identity 原生+云化 ≠ 工业APP")
    if v[LABELS[74]] != v[LABELS[72]].get("上海"):
        found.append("identity 服务本市 ≠ 区域上海")
    overseas = {k for k in v[LABELS[26]] if re.search(r"[A-Z][a-z]", k)}
    if overseas and sum(v[LABELS[26]][k] for k in overseas) != v[LABELS[33]]:
        found.append("identity 海外 ≠ 区域海外合计")
    allowed = {LABELS[25]: APPENDIX_A, LABELS[28]: APPENDIX_A, LABELS[31]: APPENDIX_A, LABELS[40]: APPENDIX_B, LABELS[49]: APPENDIX_B,
               LABELS[41]: APPENDIX_C, LABELS[50]: APPENDIX_C, LABELS[71]: APPENDIX_C, LABELS[60]: APPENDIX_D, LABELS[86]: APPENDIX_E,
               LABELS[26]: REGIONS, LABELS[29]: REGIONS, LABELS[32]: REGIONS, LABELS[72]: REGIONS}
    for label, keys in allowed.items():
        for k in v[label]:
            if k not in keys and not re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k):
                found.append(f"invalid_category {label} {k}")
    for label, val in v.items():  # 汇总表 vs 申报表
        got = summary.get(label)
        if got is None:
            found.append(f"summary row missing {label}")
            continue
        if isinstance(val, bool):
            if not got.startswith("是" if val else "否"):
                found.append(f"summary_vs_form {label}")
        elif isinstance(val, (int, float)):
            if num(got) is None or abs(num(got) - val) > 0.005:
                found.append(f"summary_vs_form {label}: {got} vs {val}")
        elif isinstance(val, dict) and label != "平台近三年经营指标情况":
            if not all(re.search(re.escape(k) + r"[：:]\s*" + str(n) + r"(?!\d)", got.replace(",", "")) for k, n in val.items()):
                found.append(f"summary_vs_form {label}")
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if abs(h[f.component] - f.normalized) > 0.005:
                found.append(f"declared_vs_evidence 近三年 {f.file}")
            continue
        if f.component:
            continue
        if abs(v[f.label] - f.normalized) > 0.005:
            found.append(f"evidence differs: {f.label} {f.file} p{f.page}: {f.normalized} vs {v[f.label]}")
    texts = {**{c: table.get(c, "") for c in LIMITS if c in table}, "平台基本情况介绍": basic.get("平台基本情况介绍", ""),
             "平台建设成效": basic.get("平台建设成效", "")}
    for label, limit in LIMITS.items():
        if chars(texts.get(label, "")) > limit:
            found.append(f"char_limit {label}")
        if not texts.get(label):
            found.append(f"blank text {label}")
    for line in table["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].splitlines():
        if chars(line) > 50:
            found.append("char_limit 政策")
    have = {p for p in book_paras if p in CHAPTERS}
    for ch in CHAPTERS[:6]:
        if ch not in have:
            found.append(f"missing_section {ch}")
    if t.platform.participated_2023 != (CHAPTERS[6] in have):
        found.append("section7 present/absent wrongly")
    if "承诺" not in t.files.values():
        found.append("missing_file 承诺")
    if t.platform.declared_name != t.platform.listed_name or basic["平台名称"] != t.platform.listed_name:
        found.append("platform_name")
    for c in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能"):
        if not re.match(r"^(是|否|■是 □否|□是 ■否)$", table[c]):
            found.append(f"answer_format {c}")
    for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"):
        if not re.match(r"^(是，|■是 □否；).{3,}", table[c]):
            found.append(f"answer_format {c}")
    for c in ("企业已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
              "平台是否融合使用国家标识解析系统", "是否建立供应链产业链开放共享机制", "是否针对平台制定了安全管理相关制度"):
        if not re.match(r"^(是，.{6,}|是。.{6,}|否$)", table[c]):
            found.append(f"answer_format {c}")
    if re.search(r"[☑■√]\s*租用，服务商名称（必填）：\s*$", basic["IaaS基础设施"]):
        found.append("conditional IaaS")
    if re.search(r"[☑■√]\]?\s*合作共建，合作企业名称（必填）：\s*$", basic["平台建设方式"]):
        found.append("conditional 合作共建")
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    total_facts = 0
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
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append("summary_rows are not the 103 附件4 labels in order")
        if t.problems:
            errors.append("h87 packages must be clean")
        check_facts(t, root, drawn, errors)
        form = next(n for n, r in t.files.items() if r == "申报表")
        table, basic = read_form(root / form)
        check_form(t, table, basic, errors)
        summary = read_summary(root / next(n for n, r in t.files.items() if r == "汇总表"))
        book = [p.text.strip() for p in docx.Document(str(root / next(n for n, r in t.files.items() if r == "申报书"))).paragraphs]
        errors += [f"audit: {x}" for x in audit(t, table, basic, summary, book)]
        scan = next(n for n, r in t.files.items() if r == "申报表扫描件")
        if any(squash(x) for x in page_texts(root / scan)):
            errors.append("stamped scan has a text layer")
        total_facts += len(t.evidence_facts)
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts "
              f"({sum(f.image_only for f in t.evidence_facts)} image-only), {len(t.problems)} problems -> "
              f"{'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    print(f"total facts: {total_facts}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
