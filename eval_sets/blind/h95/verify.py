"""Check the h95 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h95.verify

1. files: the package on disk holds exactly the truth's files; the truth validates; 103 summary rows in the 附件4 order.
2. facts: every quote is on its page (PDF text layer, XLSX sheet cells, or for PNGs / image-only pages the text drawn,
   recorded by the build in drawn_text.json); image_only is set exactly when the quote is only in pixels.
3. form: every 附件4 row's truth value is what the 申报表 says; the applicant's 汇总表 equals the 申报表.
4. audit: an independent reviewer's checks (identity, 填报指引 formulas, growth rates, breakdown sums, subsets, 附录
   categories, facts vs declared values, char limits, chapters, 七 for 2023 participants, 必写 summary paragraphs,
   case names, 平台网址 account+password, 申报表 as Word plus an image-only stamped scan, 承诺 present, company figures
   equal to the audited statements, 平台名称 renamed only with 原名称+现名称) must find nothing: all packages are clean."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h95.labels import (APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, CHAPTERS,
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
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


def role(t, r):
    return next(n for n, x in t.files.items() if x == r)


def read_form(root: Path, t):
    d = docx.Document(str(root / role(t, "申报表")))
    tabs = [[[c.text for c in r.cells] for r in tb.rows] for tb in d.tables]
    company = {r[0]: r[1] for r in tabs[0]}
    fin = dict(zip(tabs[1][0], tabs[1][1]))
    basic = {r[0]: r[1] for r in tabs[2]}
    table = {r[1]: r[2] for r in tabs[3][1:]}
    return company, fin, basic, table


def read_summary(root: Path, t) -> dict:
    rows = [list(r) for r in openpyxl.load_workbook(str(root / role(t, "汇总表"))).active.iter_rows(values_only=True)]
    if len(rows) == 3:
        pairs = list(zip(rows[1], rows[2]))
    else:
        pairs = [(r[0], r[1]) for r in rows[2:]]
    return {str(k): "" if v is None else str(v) for k, v in pairs if k}


def narrative(root: Path, t) -> dict[str, list[str]]:
    d = docx.Document(str(root / role(t, "申报书")))
    out, cur = {}, None
    for p in d.paragraphs:
        s = p.text.strip()
        if s in CHAPTERS:
            cur = s
            out[cur] = []
        elif cur and s:
            out[cur].append(s)
    return out


def check_facts(t, root: Path, drawn: dict, errors: list):
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
            errors.append(f"image_only fact not drawn (or also in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if f.value not in f.quote and num(f.value) != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")
        unit_factor = 1e-4 if f.unit == "元" else 1
        if abs(num(f.value) * unit_factor - f.normalized) > 0.005 and not f.value.endswith("TB"):
            errors.append(f"normalized wrong: {f.value} {f.unit} -> {f.normalized}")


def check_form(t, table: dict, basic: dict, summary: dict, errors: list):
    by_key = {key: content for _, content, key in TABLE if key}
    for row in t.summary_rows:
        n = row.normalized
        content = by_key.get(row.label)
        if content is not None:
            cell = table.get(content, "")
            if isinstance(n, bool):
                ok = cell.startswith("是" if n else "否")
            elif isinstance(n, (int, float)):
                ok = num(cell) is not None and abs(num(cell) - n) < 0.005
            elif isinstance(n, dict):
                ok = all(re.search(re.escape(k) + r"[：:]\s*" + str(v) + r"(?!\d)", cell) for k, v in n.items())
            else:
                ok = squash(row.value) in squash(cell)
            if not ok:
                errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")
        got = summary.get(row.label)
        if got is None:
            errors.append(f"汇总表 lacks row {row.label}")
            continue
        if isinstance(n, bool) or isinstance(n, str) or n is None:
            ok = squash(got) == squash(row.value)
        elif isinstance(n, (int, float)):
            ok = num(got) is not None and abs(num(got) - n) < 0.005
        elif row.label.startswith("平台订单数量"):
            ok = num(got) in [float(x) for x in n.values()]
        else:
            ok = squash(got) == squash(row.value)
        if not ok:
            errors.append(f"汇总表 differs from 申报表: {row.label}: {got!r} vs {row.value!r}")
    hist = {r.label: r.normalized for r in t.summary_rows}["平台近三年经营指标情况"]
    for y in (2021, 2022, 2023):
        if f"{y}年平台营收{hist[f'{y}年平台营收（万元）']:.2f}万元/增长率{hist[f'{y}年增长率（%）']:.2f}%" not in basic["平台近三年经营指标情况"]:
            errors.append(f"近三年 {y} not in the 申报表")


def audit(t, table: dict, basic: dict, company: dict, fin: dict, root: Path) -> list[str]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found = []

    def pct(a, b):
        return round(a / b * 100 + 1e-9, 2)

    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.append("identity 平台团队总人数")
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    for label, expect in [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                          ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                          ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]:
        if abs(v[label] - expect) > 0.011:
            found.append(f"formula {label}")
    hist = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        if abs(pct(hist[f"{y}年平台营收（万元）"] - hist[f"{y - 1}年平台营收（万元）"], hist[f"{y - 1}年平台营收（万元）"]) - hist[f"{y}年增长率（%）"]) > 0.011:
            found.append("growth_rate")
    if hist["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.append("identity 近三年")
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
    ovs = v["按海外国家分类统计海外设备连接数量（台/套）"]
    for reg in ("按省市区域统计工业设备数量（台/套）",):
        if {k: n for k, n in v[reg].items() if k not in APPENDIX_F} != ovs:
            found.append("overseas part of the region breakdown differs from the by-country breakdown")
    if v["按省市区域统计服务企业数（个）"].get("上海") != v["服务本市企业数量（个）"]:
        found.append("上海 in the region breakdown differs from 服务本市企业数量")
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
        if v[part] > v[whole]:
            found.append(f"subset {part}")
    allowed = {"按二级分类统计": APPENDIX_A, "按分类统计工业APP": APPENDIX_B, "按分类统计公有云": APPENDIX_B, "按行业": APPENDIX_C,
               "按分类统计工业模型": APPENDIX_D, "按新模式": APPENDIX_E, "按省市区域": APPENDIX_F}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按"):
            allow = next(a for k, a in allowed.items() if label.startswith(k)) if "海外国家" not in label else []
            for k in val:
                overseas = re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k)
                if k not in allow and not (overseas and ("区域" in label or "海外" in label)):
                    found.append(f"invalid_category {label} {k}")
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if abs(hist[f.component] - f.normalized) > 0.005:
                found.append(f"declared_vs_evidence {f.component}")
            continue
        if f.component or abs(v[f.label] - f.normalized) <= 0.005:
            continue
        found.append(f"declared_vs_evidence/screenshot/list {f.label} {f.file}")
    texts = {**{c: table.get(c, "") for c in LIMITS}, "平台基本情况介绍": basic["平台基本情况介绍"], "平台建设成效": basic["平台建设成效"]}
    for label, limit in LIMITS.items():
        if chars(texts[label]) > limit:
            found.append(f"char_limit {label}")
    for line in table["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].splitlines():
        if chars(line) > 50:
            found.append("char_limit 政策")
    for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "是否支持可拓展云计算能力", "是否提供通用建模分析算法"):
        if not re.match(r"^(是|否)", table.get(c, "")) or (c.startswith("有否") and table[c].startswith("是") and len(table[c]) < 3):
            found.append(f"answer_format {c}")
    if re.search(r"☑\s*租用，服务商名称（必填）：\s*$", basic["IaaS基础设施"]):
        found.append("conditional IaaS")
    if not (re.search(r"账号", basic["平台网址"]) and re.search(r"密码", basic["平台网址"])):
        found.append("平台网址 without account and password")
    # chapters, 必写 paragraphs, case names
    nar = narrative(root, t)
    for ch in CHAPTERS[:6]:
        if ch not in nar:
            found.append(f"missing_section {ch}")
    if t.platform.participated_2023 != (CHAPTERS[6] in nar):
        found.append("section7")
    for ch, head in ((CHAPTERS[1], "总结（平台技术创新点）"), (CHAPTERS[2], "总结（应用创新点）")):
        last = nar[ch][-1] if nar.get(ch) else ""
        if not last.startswith(head) or chars(last) > 300 + len(head):
            found.append(f"必写 summary paragraph missing or too long in {ch}")
    titles = [p for p in nar.get(CHAPTERS[4], []) if re.match(r"案例\d：", p)]
    if not 1 <= len(titles) <= 3:
        found.append("case count")
    for tt in titles:
        name = tt.split("：", 1)[1]
        if "——" not in name or len(name) > 30 or name.split("——")[0] != t.platform.declared_name:
            found.append(f"case name {name}")
    # files: Word 申报表 plus an image-only stamped scan, 承诺
    if not role(t, "申报表").endswith((".docx", ".xlsx")):
        found.append("申报表 not Word/Excel")
    for r in ("申报表扫描件", "承诺"):
        name = next((n for n, x in t.files.items() if x == r), None)
        if name is None or any(s.strip() for s in pdf_texts(root / name)):
            found.append(f"missing_file or not a scan: {r}")
    # platform name
    if t.platform.declared_name != t.platform.listed_name:
        cell = basic["平台名称"]
        if f"原名称：{t.platform.listed_name}" not in cell or f"现名称：{t.platform.declared_name}" not in cell:
            found.append("platform_name")
    # company figures equal the audited statements
    audit_file = next(n for n, x in t.files.items() if x == "evidence:audit_report")
    pages = pdf_texts(root / audit_file)
    text = "\n".join(pages)

    def stmt(row: str, col: int = 0) -> float:
        m = re.search(re.escape(row) + r"\s*\n?\s*([\d,]+\.\d\d)\s*\n?\s*([\d,]+\.\d\d)", text)
        return float(m.group(1 + col).replace(",", ""))
    assets, liab = stmt("资产总计"), stmt("负债合计")
    rev, rev_prev, profit = stmt("一、营业收入"), stmt("一、营业收入", 1), stmt("三、利润总额")
    tax = float(re.search(r"本年税金合计（税金及附加\+所得税费用）([\d,]+\.\d\d)元", squash(text)).group(1).replace(",", ""))
    expect = {"总资产（万元）": assets / 1e4, "主营业务收入（万元）": rev / 1e4, "主营业务收入增长率（%）": pct(rev - rev_prev, rev_prev),
              "负债率（%）": pct(liab, assets), "利润总额（万元）": profit / 1e4, "税金（万元）": tax / 1e4}
    for k, e in expect.items():
        if abs(float(fin[k]) - e) > 0.0051:
            found.append(f"company figure {k}: form {fin[k]} vs statements {e:.2f}")
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    for path in sorted((HERE / "truth").glob("*.json")):
        t = load_truth(path)
        root = REPO / t.path
        errors: list[str] = []
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        check_facts(t, root, drawn, errors)
        company, fin, basic, table = read_form(root, t)
        check_form(t, table, basic, read_summary(root, t), errors)
        found = audit(t, table, basic, company, fin, root)
        if t.problems:
            errors.append("h95 packages are all clean")
        errors += [f"audit: {x}" for x in found]
        n_img = sum(f.image_only for f in t.evidence_facts)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts ({n_img} image-only), {len(t.problems)} problems -> "
              f"{'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
