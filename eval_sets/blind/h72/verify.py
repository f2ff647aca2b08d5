"""Verify blind set h72: truth against the built packages, and the planted problems against the rules.

    .venv/bin/python eval_sets/blind/h72/verify.py [--packages DIR] [--truth DIR]

Checks, for every truth file (loaded with eval_sets.truth.load_truth):
- the set: 4 packages, exactly one clean, 2–5 problems in each other one; 103 附件4 rows in the notice order;
- files on disk (folder or zip members) = the truth's files; roles complete (申报表, its stamped scan, 申报书,
  汇总表, 承诺, 联系人表); scans and screenshots have no text layer;
- every evidence fact: its value converts to its normalized value; its quote is on its 1-based page (PDF text
  via pypdfium2; XLSX worksheet = page; image-only pages: no text layer, and the quote is among the text
  drawn on that page before rasterising);
- the 申报表 on disk (DOCX or XLSX) shows every truth row's value in its 明细表 cell, and the 汇总表 on disk agrees
  with the truth rows;
- the notice's rules, computed from the truth (rows + facts) and the files: team identity, formulas (研发投入强度,
  利润率, 投资回报率, 付费用户占比, 存储资源利用率, 3-case averages), growth rates (2021 from the 2020 base),
  breakdown sums, 其中 subsets, 附录A–F categories, declared vs evidence / lists / screenshots, proofs of the
  key figures, the 申报书's claims about the platform, chapters 一…六 (七 when 2023参评), char limits,
  answer formats, conditional fields, platform name;
- the clean package has no finding; each problem package has exactly its planted problems (same family,
  overlapping field) and nothing else.
Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
for p in (str(HERE), str(ROOT)):
    if p not in sys.path:
        sys.path.insert(0, p)

import pypdfium2 as pdfium  # noqa: E402

import h72_render as R  # noqa: E402
from h72_docs import drawn_texts  # noqa: E402
from h72_model import (APPX_B, APPX_C, APPX_D, APPX_E, APPX_F, ATT4_LABELS, ATT4_PRINT, BREAKDOWN_CATS,  # noqa: E402
                       CHAR_LIMITS, DETAIL, REGION_ROWS, growth, mean3, nchars, rate)

from eval_sets.truth import FAMILIES, load_truth  # noqa: E402

MODULES = {"h72a": "h72_pkg_a", "h72b": "h72_pkg_b", "h72c": "h72_pkg_c", "h72d": "h72_pkg_d"}
TOL = 0.0051
PROOF_REQUIRED = ["平台相关营业收入（万元）", "平台相关研发投入（万元）", "连接的工业设备/产品/产线种类及数量（台/套）",
                  "注册企业用户数（个）", "工业APP数量（个）", "平台核心软硬件技术获得的专利数量（项）",
                  "平台核心软硬件技术获得的软著数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）",
                  "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
                  "平台连接工业设备安全生产持续时间平均提升率（%）"]
COUNT_LABELS = {"平台是否服务上海智能工厂，数量", "平台服务园区总数（个）", "合作平台数量（个）",
                "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）",
                "平台获得省部级及以上奖项/荣誉数量（个）"}
CHAPTERS = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
            "六、附件及其他说明材料"]
CH7 = "七、平台相较上年度对比情况"

errors: list[str] = []


def fail(msg: str) -> None:
    errors.append(msg)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def num(text: str) -> float:
    return float(text.replace(",", ""))


def close(a, b, tol=TOL) -> bool:
    return abs(float(a) - float(b)) <= tol


# ----------------------------------------------------------------------------------------------
# reading the package


class Package:
    def __init__(self, truth, packages_dir: Path):
        self.truth = truth
        self.tmp = None
        rel = Path(truth.path).relative_to("eval_sets/blind/h72/packages")
        src = packages_dir / rel
        if truth.delivery == "zip":
            if not src.is_file():
                raise FileNotFoundError(src)
            self.tmp = tempfile.TemporaryDirectory(prefix="h72v_")
            with zipfile.ZipFile(src) as z:
                self.members = sorted(n for n in z.namelist() if not n.endswith("/"))
                z.extractall(self.tmp.name)
            self.root = Path(self.tmp.name)
        else:
            if not src.is_dir():
                raise FileNotFoundError(src)
            self.root = src
            self.members = sorted(p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file())
        self._pdf: dict[str, list[str]] = {}
        self._xlsx: dict[str, list[list[str]]] = {}

    def path(self, name: str) -> Path:
        return self.root / name

    def pdf_pages(self, name: str) -> list[str]:
        if name not in self._pdf:
            self._pdf[name] = R.pdf_page_texts(self.path(name))
        return self._pdf[name]

    def xlsx_pages(self, name: str) -> list[list[str]]:
        if name not in self._xlsx:
            self._xlsx[name] = R.xlsx_sheet_texts(self.path(name))
        return self._xlsx[name]

    def text_of(self, name: str) -> str:
        if name.endswith(".pdf"):
            return "\n".join(self.pdf_pages(name))
        if name.endswith(".docx"):
            return R.docx_text(self.path(name))
        if name.endswith(".xlsx"):
            return "\n".join("\n".join(s) for s in self.xlsx_pages(name))
        return ""

    def close(self):
        if self.tmp:
            self.tmp.cleanup()


# ----------------------------------------------------------------------------------------------
# facts


def fact_value(value: str, unit: str, label: str, component: str) -> float | None:
    v = value.strip().replace(",", "").rstrip("%")
    mult = 1.0
    if v.endswith("万"):
        v = v[:-1]
        mult = 10000.0
    try:
        x = float(v) * mult
    except ValueError:
        return None
    target_wan = "万元" in (component or label)
    if unit == "元" and target_wan:
        x = float((Decimal(str(x)) / 10000).quantize(Decimal("0.01")))
    return x


def fact_tolerance(value: str) -> float:
    v = value.strip().replace(",", "")
    if v.endswith("万"):
        dec = len(v[:-1].split(".")[1]) if "." in v else 0
        return 0.5 * 10 ** (-dec) * 10000
    return TOL


def check_facts(pkg: Package, docs: dict, prefix: str) -> None:
    t = pkg.truth
    for f in t.evidence_facts:
        where = f"{t.package_id}: fact {f.label} {f.value} @ {f.file} p.{f.page}"
        x = fact_value(f.value, f.unit, f.label, f.component)
        if x is None or f.normalized is None or not close(x, f.normalized):
            fail(f"{where}: value does not convert to normalized {f.normalized}")
        doc = docs.get(f.file[len(prefix):])
        if doc is None:
            fail(f"{where}: no such document in the package model")
            continue
        name = f.file
        quote = squash(f.quote)
        if name.endswith(".pdf"):
            pages = pkg.pdf_pages(name)
            if f.page > len(pages):
                fail(f"{where}: page beyond the file ({len(pages)} pages)")
                continue
            layer = squash(pages[f.page - 1])
            if doc.image_only:
                if layer:
                    fail(f"{where}: image-only page has a text layer")
                if not f.image_only:
                    fail(f"{where}: fact on a scan not marked image_only")
                if quote not in squash(drawn_texts(doc, f.page)):
                    fail(f"{where}: quote not drawn on that page")
            else:
                if f.image_only:
                    fail(f"{where}: marked image_only on a text page")
                if quote not in layer:
                    fail(f"{where}: quote not in the page text")
        elif name.endswith(".xlsx"):
            sheets = pkg.xlsx_pages(name)
            if f.page > len(sheets):
                fail(f"{where}: sheet beyond the workbook")
                continue
            if not any(quote == squash(c) or quote in squash(c) for c in sheets[f.page - 1]):
                fail(f"{where}: quote not in worksheet {f.page}")
        elif name.endswith(".png"):
            if f.page != 1 or not f.image_only:
                fail(f"{where}: PNG facts are image_only on page 1")
            if quote not in squash(drawn_texts(doc, 1)):
                fail(f"{where}: quote not drawn on the screenshot")
        else:
            fail(f"{where}: facts only cite PDF, XLSX or PNG files")


# ----------------------------------------------------------------------------------------------
# the 申报表 and the 汇总表 on disk against the truth


def detail_cells(pkg: Package, form: str) -> dict[str, str]:
    cells = {}
    if form.endswith(".docx"):
        for table in R.docx_tables(pkg.path(form)):
            if table and table[0][:4] == ["一级指标", "二级指标", "三级指标", "内容"]:
                for row in table[1:]:
                    cells[row[3]] = row[4]
    else:
        from openpyxl import load_workbook
        ws = load_workbook(str(pkg.path(form)))["指标明细表"]
        for row in ws.iter_rows(min_row=2, values_only=True):
            if row[3]:
                val = row[4]
                cells[row[3]] = "" if val is None else (f"{val:.2f}" if isinstance(val, float) else str(val))
    return cells


_FIRST_NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def cell_matches(cell: str, norm) -> bool:
    cell = cell.strip()
    if norm is None:
        return cell in ("", "无")
    if isinstance(norm, bool):
        return cell.startswith("是" if norm else "否")
    if isinstance(norm, (int, float)):
        m = _FIRST_NUM.search(cell)
        return bool(m) and close(num(m.group()), norm)
    if isinstance(norm, dict):
        flat = re.sub(r"(\d)(台/套|个|次)", r"\1", cell.replace(",", ""))
        if flat.count("：") != len(norm):
            return False
        for k, v in norm.items():
            val = int(v) if float(v).is_integer() else v
            if f"{k}：{val}" not in flat:
                return False
        return True
    return squash(cell) == squash(str(norm))


def check_form(pkg: Package, model, form: str) -> None:
    t = pkg.truth
    rows = {r.label: r for r in t.summary_rows}
    cells = detail_cells(pkg, form)
    if not cells:
        fail(f"{t.package_id}: 指标明细表 not found in {form}")
        return
    for l1, l2, l3, content, att4 in DETAIL:
        if content not in cells:
            fail(f"{t.package_id}: 明细表 row {content} missing in {form}")
            continue
        if not att4:
            continue
        row = rows[att4]
        norm = row.normalized
        if att4 == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            ok = squash(cells[content]) == squash(row.value) and str(norm) in cells[content]
        elif att4 == "平台订单数量(近一年总量)（个）":
            got = dict(re.findall(r"(2023年自然年|截至填表日前一年)[：:]\s*([\d,]+)", cells[content]))
            ok = {k: int(v.replace(",", "")) for k, v in got.items()} == norm
        else:
            ok = cell_matches(cells[content], norm)
        if not ok:
            fail(f"{t.package_id}: 申报表 {content} shows {cells[content]!r}, truth {norm!r}")
    text = squash(pkg.text_of(form))
    g = rows["平台近三年经营指标情况"].normalized
    for y in (2021, 2022, 2023):
        rev = g[f"{y}年平台营收（万元）"]
        gr = g[f"{y}年增长率（%）"]
        pats = [f"{y}年平台营收{rev:.2f}万元/增长率{gr:.2f}%", f"{y}年平台营收{rev:,.2f}万元/增长率{gr:.2f}%",
                f"{y}年平台营收（万元）/增长率（%）{rev:.2f}万元/{gr:.2f}%"]
        if not any(squash(p) in text for p in pats):
            fail(f"{t.package_id}: 申报表 does not show the {y} revenue line of the truth")
    if squash(rows["平台网址"].value) not in text:
        fail(f"{t.package_id}: 申报表 does not show the platform URL")


def summary_cells(pkg: Package, name: str) -> dict[str, object]:
    """Label → value of the 附件4 workbook: a two-row sheet is horizontal (labels above values), any other sheet
    is vertical (the value is the first non-empty cell right of the label)."""
    from openpyxl import load_workbook
    wb = load_workbook(str(pkg.path(name)))
    printed = {ATT4_PRINT.get(l, l): l for l in ATT4_LABELS}
    out: dict[str, object] = {}
    for ws in wb.worksheets:
        grid = [list(row) for row in ws.iter_rows(values_only=True)]
        if len(grid) == 2:
            for c, val in enumerate(grid[0]):
                if isinstance(val, str) and val in printed:
                    v = grid[1][c] if c < len(grid[1]) else None
                    out[printed[val]] = "" if v is None else v
            continue
        for row in grid:
            for c, val in enumerate(row):
                if isinstance(val, str) and val in printed:
                    rest = [x for x in row[c + 1:] if x is not None]
                    out[printed[val]] = rest[0] if rest else ""
                    break
    return out


def check_summary(pkg: Package, name: str) -> list[tuple[str, set]]:
    t = pkg.truth
    found = []
    cells = summary_cells(pkg, name)
    for row in t.summary_rows:
        if row.label not in cells:
            fail(f"{t.package_id}: 汇总表 has no row {row.label}")
            continue
        got = cells[row.label]
        n = row.normalized
        if isinstance(got, (int, float)) and not isinstance(got, bool):
            ok = isinstance(n, (int, float)) and not isinstance(n, bool) and close(got, n)
        else:
            ok = squash(str(got)) == squash(row.value)
        if not ok:
            found.append(("summary_vs_form", {row.label}))
    return found


# ----------------------------------------------------------------------------------------------
# the rules


def audit(pkg: Package, model, docs: dict, prefix: str) -> list[tuple[str, set]]:
    t = pkg.truth
    rows = {r.label: r.normalized for r in t.summary_rows}
    out: list[tuple[str, set]] = []

    def add(family, *fields):
        out.append((family, set(fields)))

    # identity and subsets
    if rows["运维人数（人）"] + rows["运营人数（人）"] != rows["平台团队总人数（人）"]:
        add("identity", "平台团队总人数（人）", "运维人数（人）", "运营人数（人）")
    subsets = [("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"),
               ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
               ("云化工业软件数量（个）", "工业APP数量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
               ("公有云工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
               ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("存储工业数据量（TB）", "存储容量（TB）"),
               ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]
    for part, whole in subsets:
        if rows[part] > rows[whole]:
            add("subset", part, whole)
    if rows["基于平台开发的工业APP数量（个）"] + rows["云化工业软件数量（个）"] != rows["工业APP数量（个）"]:
        add("identity", "工业APP数量（个）", "基于平台开发的工业APP数量（个）", "云化工业软件数量（个）")
    if rows["杀手锏APP数量（个）"] > 5:
        add("subset", "杀手锏APP数量（个）")

    # breakdown sums
    sums = {"按二级分类统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
            "按省市区域统计工业设备数量（台/套）": "连接的工业设备/产品/产线种类及数量（台/套）",
            "按二级分类统计公有云工业设备数量（台/套）": "公有云工业设备连接数量（台/套）",
            "按省市区域统计公有云工业设备数量（台/套）": "公有云工业设备连接数量（台/套）",
            "按二级分类统计公有云工业设备平均日运行数量（台/套）": "公有云工业设备平均日运行数量（台/套）",
            "按省市区域统计公有云工业设备平均日运行数量（台/套）": "公有云工业设备平均日运行数量（台/套）",
            "按海外国家分类统计海外设备连接数量（台/套）": "海外设备连接数量（台/套）",
            "按分类统计工业APP数量（个）": "工业APP数量（个）", "按行业统计工业APP数量（个）": "工业APP数量（个）",
            "按分类统计公有云工业APP平均日活跃数量（个）": "公有云工业APP平均日活跃数量（个）",
            "按行业统计公有云工业APP平均日活跃数量（个）": "公有云工业APP平均日活跃数量（个）",
            "按行业统计服务企业数（个）": "实际服务企业数（个）", "按省市区域统计服务企业数（个）": "实际服务企业数（个）",
            "按分类统计工业模型数量（个）": "工业机理模型数量（个）",
            "按新模式统计解决方案数量（个）": "平台提供的解决方案总数（个）"}
    for part, whole in sums.items():
        d = rows[part]
        total = rows[whole]
        if d is None:
            if total:
                add("breakdown_sum", part, whole)
            continue
        if sum(d.values()) != total:
            add("breakdown_sum", part, whole)
    region = rows["按省市区域统计服务企业数（个）"]
    if region.get("上海", 0) != rows["服务本市企业数量（个）"]:
        add("breakdown_sum", "按省市区域统计服务企业数（个）", "服务本市企业数量（个）")
    ov = rows["按海外国家分类统计海外设备连接数量（台/套）"] or {}
    dev_region = rows["按省市区域统计工业设备数量（台/套）"]
    if {k: v for k, v in dev_region.items() if k not in APPX_F} != ov:
        add("breakdown_sum", "按海外国家分类统计海外设备连接数量（台/套）", "按省市区域统计工业设备数量（台/套）")

    # categories
    overseas = re.compile(r"^[\u4e00-\u9fff]+[A-Z][A-Za-z]*( [A-Z][A-Za-z]*)*$")
    for label, cats in BREAKDOWN_CATS.items():
        for k in (rows[label] or {}):
            if k not in cats:
                add("invalid_category", label)
    for label in REGION_ROWS + ["按海外国家分类统计海外设备连接数量（台/套）"]:
        for k in (rows[label] or {}):
            if k not in APPX_F and not overseas.match(k):
                add("invalid_category", label)

    # formulas and growth
    def comp(label, name):
        return [f for f in t.evidence_facts if f.label == label and f.component == name]

    rev = rows["平台相关营业收入（万元）"]
    if not close(rows["平台相关研发投入强度（%）"], rate(rows["平台相关研发投入（万元）"], rev)):
        add("formula", "平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）")
    for label, name, den in (("平台利润率（%）", "平台利润总额（万元）", rev),
                             ("投资回报率（%）", "平台年利润（万元）", rows["平台建设金额（万元）"])):
        fs = comp(label, name)
        if not fs:
            fail(f"{t.package_id}: no {name} fact for {label}")
        elif not close(rows[label], rate(fs[0].normalized, den)):
            add("formula", label)
    if not close(rows["付费用户占比（%）"], rate(rows["付费企业数（个）"], rows["注册企业用户数（个）"])):
        add("formula", "付费用户占比（%）")
    if not close(rows["存储资源利用率（%）"], rate(rows["存储工业数据量（TB）"], rows["存储容量（TB）"])):
        add("formula", "存储资源利用率（%）")
    for label in ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
                  "平台连接工业设备安全生产持续时间平均提升率（%）"):
        fs = [f for f in t.evidence_facts if f.label == label and f.component.startswith("案例")]
        if len(fs) != 3:
            fail(f"{t.package_id}: {label} has {len(fs)} case facts")
        elif not close(rows[label], mean3(*[f.normalized for f in fs])):
            add("formula", label)
    g = rows["平台近三年经营指标情况"]
    if not close(g["2023年平台营收（万元）"], rev):
        add("identity", "平台近三年经营指标情况", "平台相关营业收入（万元）")
    base = comp("平台近三年经营指标情况", "2020年平台营收（万元）")
    prev = {2020: base[0].normalized if base else None, 2021: g["2021年平台营收（万元）"], 2022: g["2022年平台营收（万元）"]}
    for y in (2021, 2022, 2023):
        if prev[y - 1] is None:
            fail(f"{t.package_id}: no 2020 base for the 2021 growth rate")
            continue
        if not close(g[f"{y}年增长率（%）"], growth(g[f"{y}年平台营收（万元）"], prev[y - 1])):
            add("growth_rate", "平台近三年经营指标情况")
    for y in (2021, 2022):
        for f in comp("平台近三年经营指标情况", f"{y}年平台营收（万元）"):
            if not close(f.normalized, g[f"{y}年平台营收（万元）"]):
                add("declared_vs_evidence", "平台近三年经营指标情况")

    # declared vs evidence, lists, screenshots
    for f in t.evidence_facts:
        if f.component or f.label not in rows:
            continue
        declared = rows[f.label]
        if isinstance(declared, bool) or not isinstance(declared, (int, float)):
            continue
        if abs(declared - f.normalized) <= fact_tolerance(f.value):
            continue
        role = t.files[f.file]
        if role == "evidence:screenshot":
            add("screenshot_vs_form", f.label)
        elif role in ("evidence:patent_list", "evidence:award_list") or (role == "evidence:other" and f.label in COUNT_LABELS):
            add("count_vs_list", f.label)
        else:
            add("declared_vs_evidence", f.label)

    # proofs of the key figures
    labels_with_facts = {f.label for f in t.evidence_facts}
    for label in PROOF_REQUIRED:
        if rows[label] and label not in labels_with_facts:
            add("missing_proof", label)

    # the 申报书: chapters and claims about the platform
    books = [n for n, r in t.files.items() if r == "申报书"]
    btext = squash("\n".join(pkg.text_of(n) for n in books))
    for ch in CHAPTERS:
        if squash(ch) not in btext:
            add("missing_section", ch)
    has7 = squash(CH7) in btext
    if t.platform.participated_2023 and not has7:
        add("section7", CH7)
    for claim in model.claims:
        if squash(claim["quote"]) not in btext:
            fail(f"{t.package_id}: claim not in the 申报书: {claim['quote']}")
            continue
        declared = rows[claim["label"]]
        v = claim["value"]
        ok = close(declared, v) if claim["rel"] == "eq" else (v <= declared <= v * 1.1)
        if not ok:
            add("narrative_vs_form", claim["label"])

    # answers: char limits, formats, conditional fields, name
    texts = dict(model.tx)
    texts["平台基本情况介绍"] = model.plat["intro"]
    texts["平台建设成效"] = model.plat["effects"]
    for key, limit in CHAR_LIMITS.items():
        if key in texts and nchars(texts[key]) > limit:
            add("char_limit", key)
    for line in texts["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].split("\n"):
        if nchars(line) > 50:
            add("char_limit", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势")
    for key in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能"):
        if texts.get(key) not in ("是", "否"):
            add("answer_format", key)
    for key in ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"):
        a = texts.get(key, "")
        if not (a == "否" or re.match(r"^是，.+", a)):
            add("answer_format", key)
    for key in ("是否针对平台制定了安全管理相关制度", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                "平台是否融合使用国家标识解析系统", "企业已上市或已获得VC/PE投资", "是否建立供应链产业链开放共享机制"):
        a = texts.get(key, "")
        if not (a == "否" or a.startswith("是")):
            add("answer_format", key)
    if not texts.get("平台有否与新技术的融合应用", "").startswith(("有", "无")):
        add("answer_format", "平台有否与新技术的融合应用")
    p = model.plat
    if re.search(r"[☑■√]租用", p["iaas_cell"]) and not re.search(r"服务商名称[：:]\s*\S+", p["iaas_cell"]):
        add("conditional", "IaaS基础设施")
    if re.search(r"[☑■√]合作共建", p["construct_cell"]) and not re.search(r"合作企业名称[：:]\s*\S+", p["construct_cell"]):
        add("conditional", "平台建设方式")
    if t.platform.declared_name != t.platform.listed_name:
        add("platform_name", "平台名称")

    # files
    roles = list(t.files.values())
    for role in ("申报表", "申报表扫描件", "申报书", "汇总表", "承诺"):
        if role not in roles:
            add("missing_file", role)
    for n, role in t.files.items():
        if role == "汇总表":
            out += check_summary(pkg, n)
    return out


# ----------------------------------------------------------------------------------------------


def verify_package(truth, packages_dir: Path) -> None:
    pid = truth.package_id
    mod = importlib.import_module(MODULES[pid[:4]])
    model, docs_list = mod.make()
    prefix = f"{model.top}/" if truth.delivery == "zip" else ""
    docs = {d.path: d for d in docs_list}
    try:
        pkg = Package(truth, packages_dir)
    except FileNotFoundError as e:
        fail(f"{pid}: package not built ({e})")
        return
    try:
        if [r.label for r in truth.summary_rows] != ATT4_LABELS:
            fail(f"{pid}: summary rows are not the 103 附件4 labels in order")
        if set(pkg.members) != set(truth.files):
            fail(f"{pid}: files on disk differ from truth: extra {sorted(set(pkg.members) - set(truth.files))}, "
                 f"missing {sorted(set(truth.files) - set(pkg.members))}")
        if set(truth.files) != {prefix + k for k in docs}:
            fail(f"{pid}: truth files differ from the package model")
        if "联系人表" not in truth.files.values():
            fail(f"{pid}: no 联系人表")
        for name, role in truth.files.items():
            doc = docs[name[len(prefix):]]
            if doc.image_only and name.endswith(".pdf"):
                if any(squash(x) for x in pkg.pdf_pages(name)):
                    fail(f"{pid}: {name} should be image-only")
            if role in ("申报表扫描件", "承诺") and not doc.image_only:
                fail(f"{pid}: {name} should be a stamped scan")
        if truth.platform.participated_2023 != model.p2023:
            fail(f"{pid}: participated_2023 differs from the model")
        check_facts(pkg, docs, prefix)
        forms = [n for n, r in truth.files.items() if r == "申报表"]
        for form in forms:
            check_form(pkg, model, form)
        found = audit(pkg, model, docs, prefix)
        # match findings and planted problems
        for prob in truth.problems:
            if prob.family not in FAMILIES:
                fail(f"{pid}: unknown family {prob.family}")
            hit = any(fam == prob.family and (fields & set(prob.fields)) for fam, fields in found)
            if not hit:
                fail(f"{pid}: planted problem {prob.id} is not present in the package")
        for fam, fields in found:
            if not any(fam == p.family and (fields & set(p.fields)) for p in truth.problems):
                fail(f"{pid}: unplanned finding {fam} {sorted(fields)}")
        print(f"{pid}: {len(truth.files)} files, {len(truth.evidence_facts)} facts, {len(truth.problems)} problems, "
              f"{len(found)} findings")
    finally:
        pkg.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--packages", type=Path, default=HERE / "packages")
    ap.add_argument("--truth", type=Path, default=HERE / "truth")
    args = ap.parse_args(argv)
    truths = [load_truth(p) for p in sorted(args.truth.glob("*.json"))]
    if len(truths) != 4:
        fail(f"expected 4 truth files, found {len(truths)}")
    clean = [t for t in truths if not t.problems]
    if len(clean) != 1:
        fail(f"expected exactly one clean package, found {len(clean)}")
    for t in truths:
        if t.problems and not 2 <= len(t.problems) <= 5:
            fail(f"{t.package_id}: {len(t.problems)} problems (2–5 expected)")
        verify_package(t, args.packages)
    total_f = sum(len(t.evidence_facts) for t in truths)
    total_p = sum(len(t.problems) for t in truths)
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} failure(s)")
        return 1
    print(f"OK: {len(truths)} packages, {total_f} facts, {total_p} problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
