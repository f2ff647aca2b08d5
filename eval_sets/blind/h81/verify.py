"""Check the h81 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h81.verify

1. files: the package on disk holds exactly the truth's files; the truth validates; 103 附件4 rows in order.
2. facts: every quote is on its page (PDF text layer, XLSX sheet cells, or for image-only pages/PNGs the text drawn
   into the image, recorded in drawn_text.json); image_only set exactly when the quote is only in pixels; value in
   quote; normalized = value converted from the printed unit.
3. form: every 附件4 row's truth value is what the 申报表 says; the 汇总表 says the same.
4. clean audit: identities, 填报指引 formulas (inputs from the facts' components), growth rates, breakdown sums,
   subsets, 附录 categories, facts vs declared values, char limits, chapters (七 iff 2023 参评), 承诺, 平台名称,
   answer formats, IaaS/合作共建 conditionals — nothing may be found on these clean packages."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h81.labels import (A4_LABELS, APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F,
                                        CHAPTERS, FORM)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
LIST6 = {2: ("电机设备远程运维服务工业互联网平台", "上海电机系统节能工程技术研究中心有限公司", False),
         13: ("国网上海电力工业互联网平台", "国网上海市电力公司", True),
         15: ("华兴数字易维讯工程机械工业互联网平台", "上海华兴数字科技有限公司", False),
         17: ("宝联登 xIn³Plat 工业互联网平台", "上海宝信软件股份有限公司", True)}
LIMITS = {"平台定位是否明确": 50, "其他资源汇聚情况": 200, "云化服务器算力": 50, "平台有否与新技术的融合应用": 300,
          "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "跨平台调用功能建设情况": 200, "新产业、新模式培育情况": 300}


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def close(a, b, tol=0.005) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= tol


# ----------------------------------------------------------------------------------------- readers
def pdf_texts(path: Path) -> list[str]:
    return [pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages]


def xlsx_sheets(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


def read_form(path: Path) -> tuple[dict, dict]:
    rows: list[list[str]] = []
    if path.suffix == ".docx":
        for t in docx.Document(str(path)).tables:
            rows += [[c.text for c in r.cells] for r in t.rows]
    else:
        for ws in openpyxl.load_workbook(str(path)).worksheets:
            rows += [["" if c is None else (f"{c:.2f}" if isinstance(c, float) else str(c)) for c in r]
                     for r in ws.iter_rows(values_only=True)]
    contents = [c for _, _, _, c, _ in FORM]
    table, basic = {}, {}
    for r in rows:
        if len(r) >= 6 and r[3] in contents:
            table[r[3]] = r[4]
        elif len(r) == 2 and r[0]:
            basic[r[0]] = r[1]
    return table, basic


def read_summary(path: Path) -> dict:
    rows = [list(r) for r in openpyxl.load_workbook(str(path)).active.iter_rows(values_only=True)]
    pairs = list(zip(rows[1], rows[2])) if len(rows) == 3 else [(r[0], r[1]) for r in rows[2:]]
    return {k: v for k, v in pairs if k}


def chapters(path: Path) -> list[str]:
    return [p.text.strip() for p in docx.Document(str(path)).paragraphs if p.text.strip() in CHAPTERS]


# ----------------------------------------------------------------------------------------- checks
UNIT = {"元": 1e-4, "千元": 1e-1, "万元": 1.0}


def check_facts(t, root: Path, drawn: dict, errors: list) -> None:
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_texts(path) if path.suffix == ".pdf" else xlsx_sheets(path) if path.suffix == ".xlsx" else [""]
        content = cache[f.file]
        if f.page > len(content):
            errors.append(f"page out of range: {f.file} p{f.page}")
            continue
        if path.suffix == ".xlsx":
            in_layer = any(squash(f.quote) == squash(c) or squash(f.quote) in squash(c) for c in content[f.page - 1])
        else:
            in_layer = squash(f.quote) in squash(content[f.page - 1])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or also in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if squash(f.value) not in squash(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")
        raw = num(f.value)
        want = round(raw * UNIT[f.unit] + 1e-9, 2) if f.unit in UNIT else raw
        if not close(want, f.normalized):
            errors.append(f"normalized {f.normalized} != {f.value}{f.unit}: {f.label}")


def cell_matches(n, cell: str) -> bool:
    if isinstance(n, bool):
        return cell.startswith("是" if n else "否")
    if isinstance(n, (int, float)):
        return close(num(cell.replace("总数", "").replace("总数据量", "")), n)
    if isinstance(n, dict):
        return all(re.search(re.escape(k) + r"[：:]\s*" + str(x) + r"(?!\d)", cell) for k, x in n.items())
    return squash(n) in squash(cell)


def check_form(t, table: dict, basic: dict, summary: dict, errors: list) -> None:
    a4_content = {a: c for _, _, _, c, a in FORM if a}
    v = {r.label: r for r in t.summary_rows}
    for lab, content in a4_content.items():
        row = v[lab]
        cell = table.get(content)
        if cell is None:
            errors.append(f"form row missing: {content}")
        elif row.normalized is None:
            if num(cell) not in (None, 0.0) or row.value != "无":
                errors.append(f"blank truth but form has {cell!r}: {lab}")
        elif not cell_matches(row.normalized, cell):
            errors.append(f"form cell differs from truth: {lab}: {cell!r} vs {row.value!r}")
    hist = v["平台近三年经营指标情况"].normalized
    text = basic.get("平台近三年经营指标情况", "")
    for y in (2021, 2022, 2023):
        if f"{y}年平台营收{hist[f'{y}年平台营收（万元）']:.2f}万元/增长率{hist[f'{y}年增长率（%）']:.2f}%" not in text:
            errors.append(f"近三年 {y} not in form")
    if t.platform.declared_name not in basic.get("平台名称", ""):
        errors.append("平台名称 not in form")
    for lab in A4_LABELS:
        got, row = summary.get(lab), v[lab]
        if got is None:
            errors.append(f"汇总表 lacks {lab}")
            continue
        n = row.normalized
        if isinstance(n, (int, float)) and not isinstance(n, bool):
            ok = close(num(got), n)
        else:
            ok = squash(got) == squash(row.value)
        if not ok:
            errors.append(f"汇总表 differs: {lab}: {got!r} vs {row.value!r}")


def audit(t, table: dict, basic: dict, root: Path) -> list[str]:
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
        if abs(v[label] - expect) > 0.006:
            found.append(f"formula {label}")
    hist = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        a, b = hist[f"{y}年平台营收（万元）"], hist[f"{y - 1}年平台营收（万元）"]
        if abs(pct(a - b, b) - hist[f"{y}年增长率（%）"]) > 0.006:
            found.append("growth_rate")
    if hist["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.append("identity 近三年/营业收入")
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
        if v[part] is None:
            if v[total]:
                found.append(f"blank breakdown {part}")
        elif sum(v[part].values()) != v[total]:
            found.append(f"breakdown_sum {part}")
    if v["海外设备连接数量（台/套）"]:
        os_ = v["按海外国家分类统计海外设备连接数量（台/套）"]
        reg = v["按省市区域统计工业设备数量（台/套）"]
        if any(reg.get(k) != n for k, n in os_.items()):
            found.append("overseas in region breakdown differs from by-country")
        if v["服务本市企业数量（个）"] != v["按省市区域统计服务企业数（个）"].get("上海"):
            found.append("本市 vs 上海")
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
    if v["基于平台开发的工业APP数量（个）"] + v["云化工业软件数量（个）"] != v["工业APP数量（个）"]:
        found.append("identity 工业APP")
    allowed = {"二级分类": APPENDIX_A, "分类统计工业APP": APPENDIX_B, "分类统计公有云": APPENDIX_B, "行业": APPENDIX_C,
               "工业模型": APPENDIX_D, "新模式": APPENDIX_E, "区域": APPENDIX_F}
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            kinds = [k for k in allowed if k in label]
            for k in val:
                if not any(k in allowed[x] for x in kinds) and not re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k):
                    found.append(f"invalid_category {label} {k}")
                if val[k] == 0:
                    found.append(f"zero category {label} {k}")
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if not close(hist[f.component], f.normalized):
                found.append(f"fact vs 近三年 {f.component}")
            continue
        if f.component in ("平台利润总额（万元）", "平台年利润（万元）"):
            continue
        if f.component:  # breakdown part
            key = f.component.rsplit("（", 1)[0]
            if v[f.label].get(key) != f.normalized:
                found.append(f"fact vs breakdown {f.label} {key}")
            continue
        if not close(v[f.label], f.normalized):
            found.append(f"fact vs declared {f.label} {f.file} p{f.page}")
    for label, limit in LIMITS.items():
        if chars(table.get(label, "")) > limit:
            found.append(f"char_limit {label}")
    for k in ("平台基本情况介绍", "平台建设成效"):
        if chars(basic.get(k, "")) > 500:
            found.append(f"char_limit {k}")
    for line in table["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].splitlines():
        if chars(line) > 50:
            found.append("char_limit policy line")
    book = next(n for n, r in t.files.items() if r == "申报书")
    have = chapters(root / book)
    want = CHAPTERS[:7] if t.platform.participated_2023 else CHAPTERS[:6]
    if have != want:
        found.append(f"chapters {have}")
    roles = set(t.files.values())
    for role in ("联系人表", "申报表", "申报表扫描件", "申报书", "汇总表", "承诺"):
        if role not in roles:
            found.append(f"missing_file {role}")
    name, company, part = LIST6[t.platform.list_no]
    if (t.platform.listed_name, t.platform.company, t.platform.participated_2023) != (name, company, part) \
            or t.platform.declared_name != name or v["序号"] != t.platform.list_no or v["企业名称"] != company:
        found.append("platform identity")
    for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"):
        if not re.match(r"^是，.{3,}", table[c]):
            found.append(f"answer_format {c}")
    for c in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能"):
        if table[c] not in ("是", "否"):
            found.append(f"answer_format {c}")
    if not table["是否针对平台制定了安全管理相关制度"].startswith("是"):
        found.append("answer_format 安全制度")
    iaas = basic.get("IaaS基础设施", "")
    if "☑租用" in iaas and not re.search(r"服务商名称（必填）：\S+", iaas):
        found.append("conditional IaaS")
    build = basic.get("平台建设方式", "")
    if "☑合作共建" in build and not re.search(r"合作企业名称（必填）：\S+", build):
        found.append("conditional 合作共建")
    edge = table["边缘数据处理能力"]
    if "私有化" in t.description and "私有化部署说明" not in edge and t.platform.list_no in (2, 13):
        found.append("private note missing")
    for part in edge.split("\n"):
        if chars(part) > 135:
            found.append("edge text too long")
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    total_facts = 0
    for path in sorted((HERE / "truth").glob("*.json")):
        t = load_truth(path)
        root = REPO / t.path
        errors: list[str] = []
        on_disk = {str(x.relative_to(root)) for x in root.rglob("*") if x.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {on_disk ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != A4_LABELS:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        if t.problems:
            errors.append("h81 packages are all clean")
        for rel, role in t.files.items():
            if role in ("申报表扫描件", "承诺") or rel.endswith(".png") or "扫描" in rel:
                if f"{t.package_id}/{rel}" not in drawn:
                    errors.append(f"no drawn text for image file {rel}")
        check_facts(t, root, drawn, errors)
        form = next(n for n, r in t.files.items() if r == "申报表")
        table, basic = read_form(root / form)
        summary = read_summary(root / next(n for n, r in t.files.items() if r == "汇总表"))
        check_form(t, table, basic, summary, errors)
        errors += [f"audit: {x}" for x in audit(t, table, basic, root)]
        total_facts += len(t.evidence_facts)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems -> {'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    print(f"total facts: {total_facts}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
