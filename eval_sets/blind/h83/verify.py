"""Check the h83 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h83.verify

1. files: the package on disk (folder, or the zip's entries) holds exactly the truth's files; the truth loads
   with eval_sets.truth and has the 103 附件4 rows in the notice's order.
2. facts: every quote is on its page (PDF text layer, XLSX sheet cells, or — for image-only pages and PNGs — the
   text drawn into the image, recorded by the build in drawn_text.json); image_only is set exactly when the quote
   is only in pixels.
3. form: every 附件4 row's truth value is what the 申报表 says.
4. audit: a reviewer's checks, written from the notice, run on the files + truth; the set of (family, first field)
   they find must equal the planted problems (nothing on a clean package)."""

from __future__ import annotations

import io
import json
import re
import sys
import tempfile
import zipfile
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h83.model import APPENDIX_A, APPENDIX_B, APPENDIX_D, APPENDIX_E, INDUSTRIES, LABELS, REGIONS, TABLE
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料", "七、平台相较上年度对比情况"]
LIMITS = {"平台定位是否明确": 50, "平台基本情况介绍": 500, "平台建设成效": 500, "其他资源汇聚情况": 200, "跨平台调用功能建设情况": 200,
          "平台有否与新技术的融合应用": 300, "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "新产业、新模式培育情况": 300}
# 是-answers for which the 填报指引 asks for details after the 是
DETAIL = ["是否针对平台制定了安全管理相关制度", "企业已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
          "平台是否融合使用国家标识解析系统", "是否建立供应链产业链开放共享机制", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"]
FIELD_OF = {"是否针对平台制定了安全管理相关制度": "平台是否建立安全管理体系", "企业已上市或已获得VC/PE投资": "企业是否已上市或已获得VC/PE投资"}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


# ----------------------------------------------------------------------------------------- readers
def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_cells(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


def read_form(root: Path, files: dict) -> tuple[dict, dict]:
    """(内容 -> 平台实际情况, 二、平台基本情况 key -> value) from the DOCX or XLSX 申报表."""
    name = next(n for n, r in files.items() if r == "申报表")
    rows: list[list[str]] = []
    if name.endswith(".docx"):
        for t in docx.Document(str(root / name)).tables:
            rows += [[c.text for c in r.cells] for r in t.rows]
    else:
        wb = openpyxl.load_workbook(str(root / name))
        for ws in wb.worksheets:
            rows += [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    contents = {c for _, _, _, c, _ in TABLE}
    table, basic, col = {}, {}, None
    for r in rows:
        if "平台实际情况" in r:
            col = r.index("平台实际情况")
            continue
        hit = [c for c in r if c in contents]
        if hit and col is not None:
            table[hit[0]] = r[col]
        elif len(r) >= 2 and r[0]:
            basic[r[0]] = r[1]
    return table, basic


def read_summary(root: Path, files: dict) -> dict:
    name = next(n for n, r in files.items() if r == "汇总表")
    pairs = []
    if name.endswith(".docx"):
        for t in docx.Document(str(root / name)).tables:
            pairs += [(r.cells[0].text, r.cells[1].text) for r in t.rows]
    else:
        rows = [list(r) for r in openpyxl.load_workbook(str(root / name)).active.iter_rows(values_only=True)]
        pairs = list(zip(rows[1], rows[2])) if len(rows) == 3 else [(r[0], r[1]) for r in rows[1:]]
    return {re.sub(r"（是/否）$", "", str(k)): "" if v is None else str(v) for k, v in pairs if k}


def chapters(root: Path, files: dict) -> set[str]:
    name = next(n for n, r in files.items() if r == "申报书")
    if name.endswith(".pdf"):
        text = "\n".join(pdf_texts(root / name))
        return {c for c in CHAPTERS if c in text}
    return {p.text.strip() for p in docx.Document(str(root / name)).paragraphs if p.text.strip() in CHAPTERS}


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
        picture = drawn.get(t.package_id, {}).get(f.file, {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or also in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if f.value not in f.quote and num(f.value) != num(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")


def check_form(t, table: dict, errors: list):
    by_key = {label: content for _, _, _, content, label in TABLE if label}
    for row in t.summary_rows:
        content = by_key.get(row.label)
        if content is None or row.normalized is None:
            continue
        cell = table.get(content, "")
        n = row.normalized
        if isinstance(n, bool):
            ok = cell.startswith("是" if n else "否")
        elif isinstance(n, (int, float)):
            ok = num(cell) is not None and abs(num(cell) - n) < 0.005
        elif isinstance(n, dict):
            ok = all(re.search(re.escape(k) + r"[：:]\s*" + str(v) + r"(?!\d)", cell) for k, v in n.items())
        else:
            ok = squash(row.value) in squash(cell) or squash(n) in squash(cell)
        if not ok:
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")


def audit(t, table: dict, basic: dict, summary: dict, root: Path) -> set[tuple[str, str]]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found: set[tuple[str, str]] = set()

    def pct(a, b):
        return round(a / b * 100 + 1e-9, 2)

    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    formulas = [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]
    for label, expect in formulas:
        if abs(v[label] - expect) > 0.011:
            found.add(("formula", label))
    hist = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        a, b = hist[f"{y - 1}年平台营收（万元）"], hist[f"{y}年平台营收（万元）"]
        if abs(pct(b - a, a) - hist[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
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
    if v["按海外国家分类统计海外设备连接数量（台/套）"] is None and v["海外设备连接数量（台/套）"]:
        found.add(("breakdown_sum", "按海外国家分类统计海外设备连接数量（台/套）"))
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
            found.add(("subset", part))
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
        if got is None or val is None or isinstance(val, (bool, dict, str)):
            continue
        if num(got) is None or abs(num(got) - val) > 0.005:
            found.add(("summary_vs_form", label))
    counts = {"平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "实际服务企业数（个）", "付费企业数（个）",
              "平台获得省部级及以上奖项/荣誉数量（个）", "服务本市企业数量（个）", "服务中小企业数量（个）", "平台现有特色指数（个）",
              "合作平台数量（个）", "平台服务园区总数（个）", "平台是否服务上海智能工厂，数量", "平台提供的解决方案总数（个）"}
    std_label = "平台牵头/参与标准制定情况（国家标准、行业标准）"
    jobs_label = "平台建设与运营带动新增就业人数（人）"
    job_parts = []
    for f in t.evidence_facts:
        if f.label == std_label or f.label == "有否定期开展第三方安全测试/测评":
            continue
        if f.label == jobs_label:
            job_parts.append(f.normalized)
            continue
        if f.component.endswith("年平台营收（万元）"):
            if abs(hist[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", "平台近三年经营指标情况"))
            continue
        if f.label == "平台开放共享数据的形式及数量":
            if f"{int(f.normalized)}" not in str(v[f.label]):
                found.add(("declared_vs_evidence", f.label))
            continue
        if f.label == "平台是否融合使用国家标识解析系统":
            if not v[f.label]:
                found.add(("declared_vs_evidence", f.label))
            continue
        if f.component or abs(v[f.label] - f.normalized) <= 0.005:
            continue
        fam = "screenshot_vs_form" if f.image_only and t.files[f.file] == "evidence:screenshot" else \
            "count_vs_list" if f.label in counts else "declared_vs_evidence"
        found.add((fam, f.label))
    if job_parts and abs(sum(job_parts) - v[jobs_label]) > 0.5:
        found.add(("declared_vs_evidence", jobs_label))
    # standards: the form's list vs the evidence (count and 起草单位 on each standard's page)
    std_cell = table.get(std_label, "")
    claimed = re.findall(r"(?:GB/T|GB|YD/T|JT/T|SB/T)\s?\d+—\d{4}", std_cell)
    std_facts = [f for f in t.evidence_facts if f.label == std_label]
    for f in std_facts:
        if f.normalized is not None and f.normalized != len(claimed):
            found.add(("count_vs_list", std_label))
        if f.normalized is None:
            page = pdf_texts(root / f.file)[f.page - 1]
            drafters = squash(page.split("本文件起草单位：", 1)[-1].split("本文件主要起草人", 1)[0])
            if f.value in claimed and t.platform.company not in drafters:
                found.add(("declared_vs_evidence", std_label))
    for f in t.evidence_facts:
        if f.label == "有否定期开展第三方安全测试/测评":
            ym = re.match(r"(\d{4}年\d{1,2}月)", f.value).group(1)
            if ym not in table.get("有否定期开展第三方安全测试/测评", ""):
                found.add(("declared_vs_evidence", f.label))
    texts = {**{c: table.get(c, "") for c in LIMITS}, "平台基本情况介绍": basic.get("平台基本情况介绍", ""),
             "平台建设成效": basic.get("平台建设成效", "")}
    for label, limit in LIMITS.items():
        if chars(texts[label]) > limit:
            found.add(("char_limit", label))
    for line in table.get("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "").splitlines():
        if chars(line) > 50:
            found.add(("char_limit", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"))
    have = chapters(root, t.files)
    for ch in CHAPTERS[:6]:
        if ch not in have:
            found.add(("missing_section", ch))
    if t.platform.participated_2023 and CHAPTERS[6] not in have:
        found.add(("section7", CHAPTERS[6]))
    if "承诺" not in t.files.values():
        found.add(("missing_file", "附件5 真实性承诺"))
    if t.platform.declared_name != t.platform.listed_name:
        found.add(("platform_name", "平台名称"))
    for c in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能"):
        if table.get(c, "").strip() not in ("是", "否"):
            found.add(("answer_format", c))
    for c in DETAIL:
        cell = table.get(c, "").strip()
        if not re.match(r"^(是|否)", cell) or (cell.startswith("是") and chars(cell) < 8):
            found.add(("answer_format", FIELD_OF.get(c, c)))
    if re.search(r"[☑■√]\s*租用\s*(?:，服务商名称（必填）：\s*)?$", basic.get("IaaS基础设施", "")):
        found.add(("conditional", "IaaS基础设施"))
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    total_facts = total_problems = 0
    for path in sorted((HERE / "truth").glob("*.json")):
        t = load_truth(path)
        errors: list[str] = []
        tmp = None
        if t.delivery == "zip":
            tmp = tempfile.TemporaryDirectory()
            with zipfile.ZipFile(REPO / t.path) as z:
                names = {n for n in z.namelist() if not n.endswith("/")}
                z.extractall(tmp.name)
            root = Path(tmp.name)
            on_disk = names
        else:
            root = REPO / t.path
            on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {sorted(on_disk ^ set(t.files))}")
        if [r.label for r in t.summary_rows] != LABELS:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        check_facts(t, root, drawn, errors)
        table, basic = read_form(root, t.files)
        check_form(t, table, errors)
        found = audit(t, table, basic, read_summary(root, t.files), root)
        planted = {(p.family, p.fields[0]) for p in t.problems}
        if found != planted:
            errors.append(f"audit found {sorted(found - planted)} not planted; planted but not found {sorted(planted - found)}")
        if tmp:
            tmp.cleanup()
        total_facts += len(t.evidence_facts)
        total_problems += len(t.problems)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts "
              f"({sum(f.image_only for f in t.evidence_facts)} image-only), {len(t.problems)} problems -> "
              f"{'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    print(f"total: {total_facts} facts, {total_problems} problems -> {'FAIL' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
