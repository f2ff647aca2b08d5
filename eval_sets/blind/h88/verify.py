"""Check the h88 truth against the built packages; exit 1 on any failure.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h88.verify

1. files: each truth validates (eval_sets.truth), names exactly the files on disk, and has the 103 附件4 rows in order.
2. facts: every quote is on its stated page — PDF text layer (pypdf), the cells of the XLSX worksheet, or for
   image-only pages / PNGs the text the build drew (drawn_text.json); image_only is set exactly when the quote is
   only in pixels.
3. form: every non-blank 附件4 value is what the 申报表 DOCX says (指标明细表 cell or 二、平台基本情况 cell).
4. audit: an independent review of each package (identities, the 填报指引's formulas, growth rates, breakdown sums,
   其中 subsets, 附录 categories, 汇总表 vs 申报表, evidence vs declared values, blanks, chapters incl. 七, the
   承诺's year, certificate validity, 申报书 figures vs 申报表) must find exactly the planted problems and
   nothing on the clean package."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docx
import openpyxl
import pypdf

from eval_sets.blind.h88.labels import (APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, CHAPTERS,
                                        SUMMARY_LABELS, TABLE)
from eval_sets.truth import load_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
FILL_DAY = (2024, 7, 15)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def num(text):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(text))
    return float(m.group(0).replace(",", "")) if m else None


def pdf_texts(path: Path) -> list[str]:
    return [pg.extract_text() or "" for pg in pypdf.PdfReader(str(path)).pages]


def xlsx_cells(path: Path) -> list[list[str]]:
    wb = openpyxl.load_workbook(str(path), read_only=True)
    return [[str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None] for ws in wb.worksheets]


def role_file(t, role: str) -> str | None:
    return next((n for n, r in t.files.items() if r == role), None)


def read_form(path: Path) -> tuple[dict, dict]:
    d = docx.Document(str(path))
    table, basic = {}, {}
    for tb in d.tables:
        for row in tb.rows:
            cells = [c.text for c in row.cells]
            if len(cells) == 4 and cells[1] != "内容":
                table[cells[1]] = cells[2]
            elif len(cells) == 2:
                basic[cells[0]] = cells[1]
    return table, basic


def read_summary(path: Path) -> dict:
    ws = openpyxl.load_workbook(str(path)).active
    return {str(a): ("" if b is None else str(b)) for a, b in ws.iter_rows(min_row=2, values_only=True)}


def read_book(path: Path) -> tuple[set, str]:
    paras = [p.text.strip() for p in docx.Document(str(path)).paragraphs]
    have = {p for p in paras if p in CHAPTERS}
    before7 = "\n".join(paras[:paras.index(CHAPTERS[6])] if CHAPTERS[6] in paras else paras)
    return have, before7


# ------------------------------------------------------------------------------------------------ checks
def check_facts(t, root: Path, drawn: dict, errors: list) -> None:
    cache: dict = {}
    for f in t.evidence_facts:
        path = root / f.file
        if f.file not in cache:
            cache[f.file] = pdf_texts(path) if path.suffix == ".pdf" else xlsx_cells(path) if path.suffix == ".xlsx" else []
        content = cache[f.file]
        in_layer = False
        if path.suffix == ".pdf":
            in_layer = f.page <= len(content) and squash(f.quote) in squash(content[f.page - 1])
        elif path.suffix == ".xlsx":
            in_layer = f.page <= len(content) and any(squash(f.quote) == squash(c) or squash(f.quote) in squash(c)
                                                      for c in content[f.page - 1])
        picture = drawn.get(f"{t.package_id}/{f.file}", {}).get(str(f.page), "")
        in_image = squash(f.quote) in squash(picture)
        if f.image_only and not (in_image and not in_layer):
            errors.append(f"image_only fact not drawn (or also in a text layer): {f.label} {f.file} p{f.page} {f.quote}")
        if not f.image_only and not in_layer:
            errors.append(f"quote not on page: {f.label} {f.file} p{f.page} {f.quote!r}")
        if f.normalized is not None and num(f.quote) is not None and "万" not in f.quote and abs(num(f.quote) - f.normalized) > 0.005:
            errors.append(f"normalized {f.normalized} differs from quote {f.quote}")


def check_form(t, table: dict, basic: dict, errors: list) -> None:
    by_label = {lab: content for _, content, lab in TABLE if lab}
    basic_map = {"平台近三年经营指标情况": "平台近三年经营指标情况", "平台建设金额（万元）": "平台建设金额（万元）", "平台网址": "平台网址"}
    for row in t.summary_rows:
        n = row.normalized
        if row.label in by_label:
            cell = table.get(by_label[row.label])
            if cell is None:
                errors.append(f"form row missing: {row.label}")
                continue
        elif row.label in basic_map:
            cell = basic.get(basic_map[row.label], "")
        else:
            continue
        if n is None:
            ok = cell.strip() in ("", "无（平台未连接海外设备）")
        elif isinstance(n, bool):
            ok = cell.startswith("是" if n else "否")
        elif isinstance(n, (int, float)):
            ok = num(cell) is not None and abs(num(cell) - n) < 0.005
        elif isinstance(n, dict) and row.label == "平台近三年经营指标情况":
            ok = all(f"{n[f'{y}年平台营收（万元）']:.2f}万元/增长率{n[f'{y}年增长率（%）']:.2f}%" in cell for y in (2021, 2022, 2023))
        elif isinstance(n, dict):
            ok = all(re.search(re.escape(k) + r"[：:]\s*" + str(v) + r"(?!\d)", cell) for k, v in n.items())
        else:
            ok = squash(n) in squash(cell)
        if not ok:
            errors.append(f"form cell differs from truth: {row.label}: {cell!r} vs {row.value!r}")


def audit(t, root: Path, table: dict, basic: dict, drawn: dict) -> set[tuple[str, str]]:
    v = {r.label: r.normalized for r in t.summary_rows}
    found: set[tuple[str, str]] = set()

    def pct(a, b):
        return round(a / b * 100 + 1e-9, 2)

    if v["运维人数（人）"] + v["运营人数（人）"] != v["平台团队总人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    comps = {f.component: f.normalized for f in t.evidence_facts if f.component}
    for label, expect in (("平台相关研发投入强度（%）", pct(v["平台相关研发投入（万元）"], v["平台相关营业收入（万元）"])),
                          ("存储资源利用率（%）", pct(v["存储工业数据量（TB）"], v["存储容量（TB）"])),
                          ("付费用户占比（%）", pct(v["付费企业数（个）"], v["注册企业用户数（个）"])),
                          ("平台利润率（%）", pct(comps["平台利润总额（万元）"], v["平台相关营业收入（万元）"])),
                          ("投资回报率（%）", pct(comps["平台年利润（万元）"], v["平台建设金额（万元）"]))):
        if v[label] is None:
            found.add(("blank", label))
        elif abs(v[label] - expect) > 0.011:
            found.add(("formula", label))
    h = v["平台近三年经营指标情况"]
    for y in (2022, 2023):
        if abs(pct(h[f"{y}年平台营收（万元）"] - h[f"{y - 1}年平台营收（万元）"], h[f"{y - 1}年平台营收（万元）"]) - h[f"{y}年增长率（%）"]) > 0.011:
            found.add(("growth_rate", "平台近三年经营指标情况"))
    if h["2023年平台营收（万元）"] != v["平台相关营业收入（万元）"]:
        found.add(("identity", "平台近三年经营指标情况"))
    dev, pub, run = ("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）")
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
        if v[part] is None and v[total]:
            found.add(("blank", part))
    if v["海外设备连接数量（台/套）"] and v["按二级分类统计工业设备数量（台/套）"]:
        region = v["按省市区域统计工业设备数量（台/套）"]
        if sum(n for k, n in region.items() if re.search(r"[A-Z][a-z]", k)) != v["海外设备连接数量（台/套）"]:
            found.add(("breakdown_sum", "按省市区域统计工业设备数量（台/套）"))
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
            found.add(("subset", part))
    if v["付费企业数（个）"] / v["注册企业用户数（个）"] > 1:
        found.add(("subset", "付费企业数（个）"))
    if v["服务本市企业数量（个）"] != v["按省市区域统计服务企业数（个）"].get("上海"):
        found.add(("identity", "服务本市企业数量（个）"))
    allowed = [("二级分类", APPENDIX_A), ("分类统计工业APP", APPENDIX_B), ("分类统计公有云", APPENDIX_B), ("行业", APPENDIX_C),
               ("工业模型", APPENDIX_D), ("新模式", APPENDIX_E), ("区域", APPENDIX_F)]
    for label, val in v.items():
        if isinstance(val, dict) and label.startswith("按") and "海外国家" not in label:
            ok = set().union(*[set(a) for k, a in allowed if k in label])
            for k in val:
                if k not in ok and not re.search(r"[A-Z][a-z]", k):
                    found.add(("invalid_category", label))
    # blanks: every 附件4 row the 申报表 must answer
    for label in SUMMARY_LABELS:
        if v[label] is None and label != "按海外国家分类统计海外设备连接数量（台/套）":
            found.add(("blank", label))
    # character limits of the 填报指引
    limits = {"平台定位是否明确": 50, "其他资源汇聚情况": 200, "跨平台调用功能建设情况": 200, "平台有否与新技术的融合应用": 300,
              "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "新产业、新模式培育情况": 300}
    for label, limit in limits.items():
        if len(squash(table.get(label, ""))) > limit:
            found.add(("char_limit", label))
    for label in ("平台基本情况介绍", "平台建设成效"):
        if len(squash(basic.get(label, ""))) > 500:
            found.add(("char_limit", label))
    for line in table.get("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "").splitlines():
        if len(squash(line)) > 50:
            found.add(("char_limit", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"))
    for label in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"):
        if not re.match(r"^(是，.+|否)$", table.get(label, "")):
            found.add(("answer_format", label))
    for label in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能"):
        if table.get(label) not in ("是", "否"):
            found.add(("answer_format", label))
    if "租用" in basic.get("IaaS基础设施", "") and re.search(r"☑租用，服务商名称（必填）：\s*$", basic["IaaS基础设施"]):
        found.add(("conditional", "IaaS基础设施"))
    # 汇总表 vs 申报表
    summary = read_summary(root / role_file(t, "汇总表"))
    for row in t.summary_rows:
        got = summary.get(row.label)
        if got is None:
            found.add(("summary_vs_form", row.label + "（缺行）"))
            continue
        n = row.normalized
        if isinstance(n, (int, float)) and not isinstance(n, bool):
            if num(got) is None or abs(num(got) - n) > 0.005:
                found.add(("summary_vs_form", row.label))
        elif squash(row.value) not in squash(got):
            found.add(("summary_vs_form", row.label))
    # evidence vs declared
    counts = {"平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "实际服务企业数（个）", "付费企业数（个）",
              "平台获得省部级及以上奖项/荣誉数量（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"}
    for f in t.evidence_facts:
        if f.component.endswith("年平台营收（万元）"):
            if abs(h[f.component] - f.normalized) > 0.005:
                found.add(("declared_vs_evidence", "平台近三年经营指标情况"))
            continue
        if f.component:
            continue
        if v[f.label] is None:
            found.add(("blank", f.label))
            continue
        if abs(v[f.label] - f.normalized) <= 0.005:
            continue
        fam = "screenshot_vs_form" if t.files[f.file] == "evidence:screenshot" else \
            "count_vs_list" if f.label in counts else "declared_vs_evidence"
        found.add((fam, f.label))
    # chapters, 七, narrative figures left from another year
    have, before7 = read_book(root / role_file(t, "申报书"))
    for ch in CHAPTERS[:6]:
        if ch not in have:
            found.add(("missing_section", ch))
    if t.platform.participated_2023 and CHAPTERS[6] not in have:
        found.add(("section7", CHAPTERS[6]))
    for pat, label in ((r"接入各类设备([\d,]+)台", dev), (r"注册企业用户([\d,]+)家", "注册企业用户数（个）"),
                       (r"上架工业APP\s*([\d,]+)个", "工业APP数量（个）"), (r"工业机理模型([\d,]+)个", "工业机理模型数量（个）"),
                       (r"微服务([\d,]+)个", "微服务数量（个）")):
        for m in re.finditer(pat, before7):
            if num(m.group(1)) != v[label]:
                found.add(("narrative_vs_form", label))
    # 承诺: present and for this year's evaluation
    commit = role_file(t, "承诺")
    text = drawn.get(f"{t.package_id}/{commit}", {}).get("1", "") if commit else ""
    if not commit or "2024年度" not in squash(text) or not re.search(r"2024年\d+月\d+日", squash(text)):
        found.add(("missing_file", "附件5 真实性承诺"))
    # certificates cited for the third-party test must be valid on the filling day
    for name, role in t.files.items():
        if role == "evidence:other" and "证书" in name:
            pages = drawn.get(f"{t.package_id}/{name}", {})
            ends = [tuple(map(int, m)) for txt in pages.values() for m in re.findall(r"有效期至：(\d{4})年(\d+)月(\d+)日", txt)]
            if ends and max(ends) < FILL_DAY:
                found.add(("declared_vs_evidence", "有否定期开展第三方安全测试/测评"))
    # platform name: must be the 附件6 name, or state 原名称 + 现名称
    cell = basic.get("平台名称", "")
    if t.platform.listed_name not in cell or (t.platform.declared_name != t.platform.listed_name and
                                              not ("原名称" in cell and "现名称" in cell)):
        found.add(("platform_name", "平台名称"))
    return found


def main() -> int:
    drawn = json.loads((HERE / "drawn_text.json").read_text(encoding="utf-8"))
    failed = False
    paths = sorted((HERE / "truth").glob("*.json"))
    if len(paths) != 4:
        print(f"expected 4 truth files, found {len(paths)}")
        failed = True
    totals = [0, 0]
    for path in paths:
        t = load_truth(path)
        root = REPO / t.path
        errors: list[str] = []
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"files differ: {sorted(on_disk ^ set(t.files))}")
        if [r.label for r in t.summary_rows] != SUMMARY_LABELS:
            errors.append("summary_rows must be the 103 附件4 labels in order")
        check_facts(t, root, drawn, errors)
        table, basic = read_form(root / role_file(t, "申报表"))
        check_form(t, table, basic, errors)
        found = audit(t, root, table, basic, drawn)
        planted = {(p.family, f) for p in t.problems for f in p.fields}
        extra = {x for x in found if x not in planted}
        unmatched = [p.id for p in t.problems if not any((p.family, f) in found for f in p.fields)]
        if extra or unmatched:
            errors.append(f"audit found unplanted {sorted(extra)}; planted but not found {unmatched}")
        totals[0] += len(t.evidence_facts)
        totals[1] += len(t.problems)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts "
              f"({sum(f.image_only for f in t.evidence_facts)} image-only), {len(t.problems)} problems -> "
              f"{'OK' if not errors else 'FAIL'}")
        for e in errors:
            print("   ", e)
        failed |= bool(errors)
    print(f"total: {totals[0]} facts, {totals[1]} problems -> {'FAIL' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
