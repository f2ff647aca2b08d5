"""Check the h84 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h84.verify

1. files: the package on disk holds exactly the truth's files; the truth validates; 103 附件4 rows in order.
2. facts: every quote is on its page (PDF text layer, XLSX sheet cells, or for image-only pages / PNGs the text drawn
   into the image as recorded in drawn_text.json); image_only is set exactly when the quote is only in pixels.
3. form: every truth row is what the 申报表 (DOCX or XLSX) says.
4. audit: a reviewer's cross-document checks (form arithmetic, 其中 pairs, breakdown sums, 附录 categories, answer
   formats and conditional details, chapters, 汇总表 vs 申报表, 申报书 figures vs 申报表, evidence vs 申报表) must find
   exactly the planted (family, first field) pairs — nothing on the clean package."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h84.labels import (APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, CHAPTERS,
                                        CONTENT_OF, LIMITS, SUMMARY, TABLE)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


def squash(s) -> str:
    return re.sub(r"\s+", "", str(s or ""))


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_pages(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def xlsx_sheets(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for r in ws.iter_rows(values_only=True) for c in r if c is not None] for ws in wb.worksheets]


def check_facts(t, root: Path, drawn: dict, errors: list) -> None:
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_pages(path) if path.suffix == ".pdf" else xlsx_sheets(path) if path.suffix == ".xlsx" else []
        pages = cache[f.file]
        in_layer = False
        if path.suffix == ".pdf":
            in_layer = squash(f.quote) in squash(pages[f.page - 1])
        elif path.suffix == ".xlsx":
            in_layer = any(squash(f.quote) in squash(c) for c in pages[f.page - 1])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn or also in a text layer: {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.file} p{f.page} {f.quote!r}")
        if squash(f.value) not in squash(f.quote):
            errors.append(f"value {f.value} not in quote {f.quote}")
        if f.normalized is not None and "万" not in f.value:
            scale = 10000 if f.unit == "元" else 1
            if abs(num(f.value) / scale - f.normalized) > 0.006:
                errors.append(f"normalized {f.normalized} does not follow from {f.value} {f.unit}")


def read_form(root: Path, files: dict) -> tuple[dict, dict]:
    name = next(n for n, r in files.items() if r == "申报表")
    rows: list[list[str]] = []
    if name.endswith(".docx"):
        for tb in docx.Document(str(root / name)).tables:
            rows += [[c.text for c in r.cells] for r in tb.rows]
    else:
        for ws in openpyxl.load_workbook(str(root / name)).worksheets:
            rows += [["" if c is None else str(c) for c in r] for r in ws.iter_rows(values_only=True)]
    contents = {c for _, _, _, c in TABLE}
    table, basic = {}, {}
    for r in rows:
        if len(r) >= 6 and r[3] in contents | {"内容"}:
            table[r[3]] = r[4]
        elif len(r) >= 2 and r[0]:
            basic[r[0]] = r[1]
    return table, basic


def read_summary(root: Path, files: dict) -> dict:
    name = next(n for n, r in files.items() if r == "汇总表")
    if name.endswith(".docx"):
        pairs = [(r.cells[0].text, r.cells[1].text) for tb in docx.Document(str(root / name)).tables for r in tb.rows]
    else:
        rows = [list(r) for r in openpyxl.load_workbook(str(root / name)).active.iter_rows(values_only=True)]
        pairs = list(zip(rows[1], rows[2])) if len(rows) == 3 else [(r[0], r[1]) for r in rows[1:]]
    return {re.sub(r"（是/否）$", "", str(k)): "" if v is None else str(v) for k, v in pairs if k}


def narrative_text(root: Path, files: dict) -> tuple[str, list[str]]:
    name = next(n for n, r in files.items() if r == "申报书")
    if name.endswith(".pdf"):
        pages = pdf_pages(root / name)
        body = pages[2:]  # cover and 目录 excluded
        lines = [ln.strip() for p in body for ln in p.splitlines()]
        return "\n".join(body), lines
    d = docx.Document(str(root / name))
    lines = [p.text.strip() for p in d.paragraphs] + [c.text for tb in d.tables for r in tb.rows for c in r.cells]
    return "\n".join(lines), lines


def audit(t, table: dict, basic: dict, summary: dict, root: Path) -> set[tuple[str, str]]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found: set[tuple[str, str]] = set()

    def pct(a, b):
        return round(a / b * 100 + 1e-9, 2)

    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    for label, expect in [("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                          ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                          ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))]:
        if abs(v[label] - expect) > 0.011:
            found.add(("formula", label))
    h = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        if abs(pct(h[f"{y}年平台营收（万元）"] - h[f"{y - 1}年平台营收（万元）"], h[f"{y - 1}年平台营收（万元）"]) - h[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
    if h["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.add(("identity", "平台近三年经营指标情况"))
    dev, pub, run = "连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"
    app, pdau = "工业APP数量（个）", "公有云工业APP平均日活跃数量（个）"
    for part, total in [("按二级分类统计工业设备数量（台/套）", dev), ("按省市区域统计工业设备数量（台/套）", dev),
                        ("按二级分类统计公有云工业设备数量（台/套）", pub), ("按省市区域统计公有云工业设备数量（台/套）", pub),
                        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", run), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", run),
                        ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
                        ("按分类统计工业APP数量（个）", app), ("按行业统计工业APP数量（个）", app),
                        ("按分类统计公有云工业APP平均日活跃数量（个）", pdau), ("按行业统计公有云工业APP平均日活跃数量（个）", pdau),
                        ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"), ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
                        ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"), ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]:
        if v[part] is not None and sum(v[part].values()) != v[total]:
            found.add(("breakdown_sum", part))
    for part, whole in [(pub, dev), (run, pub), ("海外设备连接数量（台/套）", dev), ("基于平台开发的工业APP数量（个）", app),
                        ("云化工业软件数量（个）", app), (app, "工业软件总量（个）"), ("工业APP平均月活跃数量（个）", app),
                        ("公有云工业APP数量（个）", app), (pdau, "公有云工业APP数量（个）"),
                        ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("存储工业数据量（TB）", "存储容量（TB）"),
                        ("公有云数据总量（TB）", "存储工业数据量（TB）"), ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                        ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
                        ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
                        ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
                        ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"), ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）")]:
        if v[part] > v[whole]:
            found.add(("subset", part))
    allowed = [("二级分类", APPENDIX_A), ("分类统计工业APP", APPENDIX_B), ("分类统计公有云", APPENDIX_B), ("行业", APPENDIX_C),
               ("工业模型", APPENDIX_D), ("新模式", APPENDIX_E), ("区域", APPENDIX_F)]
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            kinds = [a for k, a in allowed if k in label]
            if any(not any(key in a for a in kinds) and not re.search(r"[A-Z][a-z]", key) for key in val):
                found.add(("invalid_category", label))
    for label in SUMMARY:  # 汇总表 vs 申报表 (numbers and yes/no)
        val, got = v[label], summary.get(label)
        if got is None or val is None:
            continue
        if isinstance(val, bool):
            if not got.startswith("是" if val else "否"):
                found.add(("summary_vs_form", label))
        elif isinstance(val, (int, float)) and label not in ("联系人手机号",):
            if num(got) is None or abs(num(got) - val) > 0.005:
                found.add(("summary_vs_form", label))
    for f in t.evidence_facts:  # evidence vs 申报表
        if f.component.endswith("年平台营收（万元）"):
            if abs(h[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", "平台近三年经营指标情况"))
            continue
        if f.component:
            continue
        tol = 0.05 * v[f.label] if "万" in f.value else 0.005
        if abs(v[f.label] - f.normalized) > tol:
            found.add(("screenshot_vs_form" if f.image_only and t.files[f.file] == "evidence:screenshot" else "declared_vs_evidence",
                       f.label))
    for label, limit in LIMITS.items():
        text = table.get(label, basic.get(label, ""))
        if len(squash(text)) > limit:
            found.add(("char_limit", label))
    # chapters
    text, lines = narrative_text(root, t.files)
    have = {ln for ln in lines if ln in CHAPTERS}
    for ch in CHAPTERS[:6]:
        if ch not in have:
            found.add(("missing_section", ch))
    if t.platform.participated_2023 and CHAPTERS[6] not in have:
        found.add(("section7", CHAPTERS[6]))
    # 申报书 figures vs 申报表 (exact figures must match; 约/余 figures must round to the form's value)
    flat = squash(text)
    for m in re.finditer(r"平台相关营业收入(约)?([\d,.]+)(万元|亿元)", flat):
        stated = float(m.group(2).replace(",", "")) * (10000 if m.group(3) == "亿元" else 1)
        tol = 0.01 * stated if m.group(1) else 0.005
        if abs(stated - v["平台相关营业收入（万元）"]) > tol:
            found.add(("narrative_vs_form", "平台相关营业收入（万元）"))
    for m in re.finditer(r"(?:实际服务|累计服务)[^，。；0-9]{0,16}?企业(约)?([\d,]+)(余)?家", flat):
        stated = int(m.group(2).replace(",", ""))
        real = v["实际服务企业数（个）"]
        ok = (stated <= real < stated * 1.1) if m.group(3) else abs(stated - real) <= (0.02 * real if m.group(1) else 0)
        if not ok:
            found.add(("narrative_vs_form", "实际服务企业数（个）"))
    for m in re.finditer(r"连接(?:各类)?工业设备(约|超过)?([\d,.]+)(万)?台", flat):
        stated = float(m.group(2).replace(",", "")) * (10000 if m.group(3) else 1)
        real = v[dev]
        ok = abs(stated - real) <= 0.05 * real if m.group(1) == "约" else real > stated if m.group(1) else stated == real
        if not ok:
            found.add(("narrative_vs_form", dev))
    # answer formats and conditional details
    for c in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能"):
        if table.get(c) not in ("是", "否"):
            found.add(("answer_format", c))
    for c in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"):
        cell = table.get(c, "")
        if not (cell == "否" or re.match(r"^是，.{2,}", cell)):
            found.add(("answer_format", c))
    for c, label in (("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
                     ("平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
                     ("平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
                     ("平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
                     ("是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系")):
        cell = table.get(c, "")
        if not (cell == "否" or re.match(r"^是[。，].{4,}", cell)):
            found.add(("answer_format", label))
    if re.search(r"☑合作共建，合作企业名称（必填）：\s*$", basic.get("平台建设方式", "")):
        found.add(("conditional", "平台建设方式"))
    if re.search(r"☑租用，服务商名称（必填）：\s*$", basic.get("IaaS基础设施", "")):
        found.add(("conditional", "IaaS基础设施"))
    if re.search(r"☑其他部署方式，请填写（必填）：\s*$", basic.get("部署方式", "")):
        found.add(("conditional", "部署方式"))
    if "承诺" not in t.files.values():
        found.add(("missing_file", "附件5 真实性承诺"))
    if t.platform.declared_name != t.platform.listed_name:
        found.add(("platform_name", "平台名称"))
    return found


def check_form(t, table: dict, errors: list) -> None:
    for row in t.summary_rows:
        content = CONTENT_OF.get(row.label)
        if content is None or row.normalized is None:
            continue
        cell, n = str(table.get(content, "")), row.normalized
        if isinstance(n, bool):
            ok = cell.startswith("是" if n else "否")
        elif isinstance(n, (int, float)):
            ok = num(cell) is not None and (abs(num(cell) - n) < 0.005 or abs(num(re.sub(r"^\D*", "", cell)) - n) < 0.005)
        elif isinstance(n, dict):
            ok = all(re.search(re.escape(k) + r"[：:]\s*" + str(x) + r"(?!\d)", cell) for k, x in n.items())
        else:
            ok = squash(n) in squash(cell)
        if not ok:
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")


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
        if [r.label for r in t.summary_rows] != SUMMARY:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        check_facts(t, root, drawn, errors)
        table, basic = read_form(root, t.files)
        check_form(t, table, errors)
        found = audit(t, table, basic, read_summary(root, t.files), root)
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
