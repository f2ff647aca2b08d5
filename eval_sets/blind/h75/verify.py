"""Verify blind set h75 against the files on disk; exit 1 on any failure.

    .venv/bin/python eval_sets/blind/h75/verify.py [--packages DIR] [--truth DIR]

Checks, per package: the truth loads with eval_sets.truth.load_truth; the files on disk are exactly the
truth's files; every evidence fact's quote is on its 1-based physical page (PDF text via pypdfium2, XLSX
sheet = page, PNG = page 1), image-only pages have no text layer and the quote is among the text drawn
on them (re-derived from the package spec), and each fact's normalized value follows from its printed
value and unit; the 103 附件4 labels; the platform is the 附件6 row; the figures of the summary rows are
printed in the 申报表 and the applicant's 汇总表 agrees with them; the proof column cites existing pages;
the 申报书 has chapters 一…六 and 七 exactly when 2023参评 = 是.

Then the consistency audit (team sum, R&D intensity, profit rate, ROI, paid share, storage use, growth
rates, breakdown sums, 其中 subsets, 本市 = 上海, overseas, 附录 categories, case averages, char limits,
prose claims 约/超过/近, every fact against the declared value): a clean package must pass all of it;
a problem package must fail exactly the checks its planted problems explain, and each planted problem
must fail its checks.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
for _p in (str(HERE), str(REPO)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import build  # noqa: E402
import docs  # noqa: E402
from common import char_count, pdf_page_texts, r2  # noqa: E402
from eval_sets.truth import load_truth  # noqa: E402
from model import APP_CATS, CHAR_LIMITS, DEVICE_CATS, INDUSTRIES, MODEL_CATS, REGIONS, SOLUTION_MODES, SUMMARY_LABELS  # noqa: E402

# 附件6 rows used by this set (typed from the notice)
LIST6 = {
    1: ("化工行业工业互联网平台", "上海华谊集团股份有限公司", True),
    15: ("华兴数字易维讯工程机械工业互联网平台", "上海华兴数字科技有限公司", False),
    19: ("“飞梭智纺”纺织工业互联网平台", "上海致景信息科技有限公司", True),
    28: ("基于全球船舶实时船位的航运新基建--船视宝", "中远海运科技股份有限公司", False),
}

# planted problem → the audit checks it must fail (by problem id suffix)
EXPECTED_FAILS = {
    "h75_huayi_chemical_problems-01-declared_vs_evidence": {"fact:平台相关研发投入（万元）@audit"},
    "h75_huayi_chemical_problems-02-growth_rate": {"growth_2022"},
    "h75_huayi_chemical_problems-03-count_vs_list": {"fact:平台核心软硬件技术获得的软著数量（个）@ip"},
    "h75_cosco_logistics_problems-01-declared_vs_evidence": {"fact:平台相关营业收入（万元）@audit"},
    "h75_cosco_logistics_problems-02-count_vs_list": {"fact:平台获得省部级及以上奖项/荣誉数量（个）@awards"},
    "h75_cosco_logistics_problems-03-narrative_vs_form": {"claim:超过3,000家"},
}

ERRORS: list[str] = []


def fail(msg: str) -> None:
    ERRORS.append(msg)
    print("FAIL", msg)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", str(text))


# ----------------------------------------------------------------------------- file access
class PackageFiles:
    def __init__(self, path: Path):
        self.path = path
        self.zip = zipfile.ZipFile(path) if path.suffix == ".zip" else None

    def names(self) -> set[str]:
        if self.zip:
            return {n for n in self.zip.namelist() if not n.endswith("/")}
        return {p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()}

    def read(self, rel: str) -> bytes:
        return self.zip.read(rel) if self.zip else (self.path / rel).read_bytes()


_TEXT_CACHE: dict[tuple[str, str], list[str]] = {}


def pdf_texts(pf: PackageFiles, rel: str) -> list[str]:
    key = (str(pf.path), rel)
    if key not in _TEXT_CACHE:
        _TEXT_CACHE[key] = pdf_page_texts(pf.read(rel))
    return _TEXT_CACHE[key]


def xlsx_sheets(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells += [str(v), f"{v:.2f}"]
                else:
                    cells.append(str(v))
        out.append(cells)
    return out


def docx_text(data: bytes) -> str:
    from docx import Document
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def file_text(pf: PackageFiles, rel: str) -> str:
    data = pf.read(rel)
    if rel.endswith(".docx"):
        return docx_text(data)
    if rel.endswith(".xlsx"):
        return "\n".join("\n".join(s) for s in xlsx_sheets(data))
    if rel.endswith(".pdf"):
        return "\n".join(pdf_texts(pf, rel))
    return ""


# ----------------------------------------------------------------------------- drawn text of image pages
def drawn_text(spec, key: str, page: int) -> str:
    kind = spec.docs[key].kind
    if kind in ("png", "imgpdf"):
        return "\n".join(spec_shot_lines(spec, key)[page - 1])
    src = {"audit": docs.src_audit, "ip": docs.src_ip, "awards": docs.src_awards, "promise": docs.src_promise}[key](spec)
    return pdf_page_texts(src)[page - 1]


def spec_shot_lines(spec, key: str) -> list[list[str]]:
    return [lines for _, lines in docs.shot_pages(spec, key)]


# ----------------------------------------------------------------------------- value parsing
def parse_printed(value: str, unit: str) -> float:
    s = value.replace(",", "").strip()
    mult = 1.0
    if s.endswith("万"):
        s, mult = s[:-1], 10000.0
    x = float(s) * mult
    if unit == "元":
        x = r2(x / 10000)
    return x


def close(a, b, tol=0.005) -> bool:
    return abs(float(a) - float(b)) <= tol


# ----------------------------------------------------------------------------- checks
def audit_checks(truth, spec, pf: PackageFiles, book_text: str) -> dict[str, tuple[bool, str]]:
    rows = {r.label: r.normalized for r in truth.summary_rows}
    c: dict[str, tuple[bool, str]] = {}

    def chk(name, ok, detail=""):
        c[name] = (bool(ok), detail)

    g = rows["平台近三年经营指标情况"]
    team, om, op, q = (rows["平台团队总人数（人）"], rows["运维人数（人）"], rows["运营人数（人）"],
                       rows["有相关技术职称/从业资格的人数（人）"])
    chk("team_sum", om + op == team, f"{om}+{op} vs {team}")
    chk("team_qualified", q <= team)
    rd, rev = rows["平台相关研发投入（万元）"], rows["平台相关营业收入（万元）"]
    chk("rd_intensity", close(r2(rd / rev * 100), rows["平台相关研发投入强度（%）"]), f"{rd}/{rev}")
    profit = [f.normalized for f in truth.evidence_facts if f.component == "平台利润总额（万元）"]
    chk("profit_fact", len(profit) == 1)
    if profit:
        chk("profit_rate", close(r2(profit[0] / rev * 100), rows["平台利润率（%）"]), f"{profit[0]}/{rev}")
        chk("roi", close(r2(profit[0] / rows["平台建设金额（万元）"] * 100), rows["投资回报率（%）"]))
    chk("paid_share", close(r2(rows["付费企业数（个）"] / rows["注册企业用户数（个）"] * 100), rows["付费用户占比（%）"]))
    chk("storage_util", close(r2(rows["存储工业数据量（TB）"] / rows["存储容量（TB）"] * 100), rows["存储资源利用率（%）"]))
    chk("rev_2023", close(g["2023年平台营收（万元）"], rev))
    for y in (2022, 2023):
        calc = r2((g[f"{y}年平台营收（万元）"] - g[f"{y - 1}年平台营收（万元）"]) / g[f"{y - 1}年平台营收（万元）"] * 100)
        chk(f"growth_{y}", close(calc, g[f"{y}年增长率（%）"]), f"calc {calc} vs {g[f'{y}年增长率（%）']}")
    calc = r2((g["2021年平台营收（万元）"] - spec.v["rev_2020"]) / spec.v["rev_2020"] * 100)
    chk("growth_2021", close(calc, g["2021年增长率（%）"]), f"calc {calc} (2020 from the spec)")
    sums = [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
            ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
            ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
            ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
            ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
            ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
            ("按分类统计工业APP数量（个）", "工业APP数量（个）"), ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
            ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
            ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"),
            ("按行业统计服务企业数（个）", "实际服务企业数（个）"), ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"),
            ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]
    for part, total in sums:
        chk(f"sum:{part}", sum(rows[part].values()) == rows[total], f"{sum(rows[part].values())} vs {rows[total]}")
    chk("sum:native+cloud", rows["基于平台开发的工业APP数量（个）"] + rows["云化工业软件数量（个）"] == rows["工业APP数量（个）"])
    subsets = [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
               ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
               ("工业APP数量（个）", "工业软件总量（个）"), ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
               ("公有云工业APP数量（个）", "工业APP数量（个）"), ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
               ("平台公有云实际使用数量（台）", "平台实际用云量（台）"), ("存储工业数据量（TB）", "存储容量（TB）"),
               ("公有云数据总量（TB）", "存储工业数据量（TB）"),
               ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
               ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"), ("活跃开发者数（个）", "开发者注册总数（个）"),
               ("实际服务企业数（个）", "注册企业用户数（个）"), ("付费企业数（个）", "实际服务企业数（个）"),
               ("服务本市企业数量（个）", "实际服务企业数（个）"), ("服务中小企业数量（个）", "实际服务企业数（个）"),
               ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）")]
    for part, total in subsets:
        chk(f"subset:{part}", rows[part] <= rows[total], f"{rows[part]} vs {rows[total]}")
    for part, whole in (("按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
                        ("按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
                        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
                        ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）")):
        chk(f"subset:{part}", all(k in rows[whole] and n <= rows[whole][k] for k, n in rows[part].items()))
    chk("local_is_shanghai", rows["服务本市企业数量（个）"] == rows["按省市区域统计服务企业数（个）"].get("上海"))
    chk("killer_5", rows["杀手锏APP数量（个）"] == 5)
    ovs = rows["按海外国家分类统计海外设备连接数量（台/套）"]
    chk("overseas_in_regions", all(rows["按省市区域统计工业设备数量（台/套）"].get(k) == n for k, n in ovs.items()))
    overseas_key = re.compile(r"^[\u4e00-\u9fff]+[A-Z][A-Za-z]*( [A-Z][A-Za-z]*)*$")
    for label, allowed in (("按二级分类统计工业设备数量（台/套）", DEVICE_CATS), ("按分类统计工业APP数量（个）", APP_CATS),
                           ("按行业统计工业APP数量（个）", INDUSTRIES), ("按行业统计服务企业数（个）", INDUSTRIES),
                           ("按分类统计工业模型数量（个）", MODEL_CATS), ("按新模式统计解决方案数量（个）", SOLUTION_MODES)):
        chk(f"category:{label}", all(k in allowed for k in rows[label]), str(list(rows[label])))
    for label in ("按省市区域统计工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
                  "按省市区域统计服务企业数（个）", "按海外国家分类统计海外设备连接数量（台/套）"):
        chk(f"category:{label}", all(k in REGIONS or overseas_key.match(k) for k in rows[label]), str(list(rows[label])))
    cases = spec.v["cases"]
    for k, label in (("om", "平台连接工业设备运维成本平均下降率（%）"), ("energy", "平台连接工业设备能耗平均下降率（%）"),
                     ("safety", "平台连接工业设备安全生产持续时间平均提升率（%）")):
        mean = r2(sum(cs[k] for cs in cases) / 3)
        chk(f"case_mean:{k}", close(mean, rows[label]), f"{mean} vs {rows[label]}")
        chk(f"case_in_book:{k}", all(f"{cs[k]:.2f}%" in squash(book_text) for cs in cases))
    for key, limit in CHAR_LIMITS.items():
        text = spec.info[key] if key in ("intro", "effect") else spec.v[key]
        chk(f"chars:{key}", char_count(text) <= limit, f"{char_count(text)} > {limit}")
    for item in spec.v["t_policy"].split("\n"):
        chk(f"chars:policy:{item[:6]}", char_count(item) <= 50, f"{char_count(item)}")
    for cl in spec.v["claims"]:
        shown, declared, word = cl["shown"], rows[cl["label"]], cl["word"]
        if word == "约":
            ok = abs(declared - shown) <= 0.02 * shown
        elif word == "超过":
            ok = declared > shown
        else:  # 近
            ok = 0.9 * shown <= declared < shown
        chk(f"claim:{cl['snippet']}", ok and squash(cl["snippet"]) in squash(book_text), f"{word}{shown} vs {declared}")
    # every fact against the declared value
    for f in truth.evidence_facts:
        name = f"fact:{f.label}@{fact_doc_key(spec, f.file)}"
        if f.component in ("平台利润总额（万元）", "平台年利润（万元）"):
            continue
        if f.component:
            declared = g[f.component]
        elif f.label == "平台订单数量(近一年总量)（个）":
            declared = rows[f.label]["2023年自然年" if "自然年" in f.column_label else "截至填表日前一年"]
        else:
            declared = rows[f.label]
        tol = 50 if f.value.endswith("万") else 0.005
        ok = abs(float(declared) - float(f.normalized)) <= tol
        if name in c and not c[name][0]:
            continue
        chk(name, ok, f"printed {f.value} ({f.normalized}) vs declared {declared}")
    return c


def fact_doc_key(spec, rel: str) -> str:
    for k, d in spec.docs.items():
        if d.rel == rel:
            return k
    return "?"


# ----------------------------------------------------------------------------- per package
def verify_package(truth, spec, pf: PackageFiles) -> None:
    pid = truth.package_id
    on_disk = pf.names()
    if on_disk != set(truth.files):
        fail(f"{pid}: files on disk differ: extra {sorted(on_disk - set(truth.files))}, "
             f"missing {sorted(set(truth.files) - on_disk)}")
    if [r.label for r in truth.summary_rows] != SUMMARY_LABELS:
        fail(f"{pid}: summary row labels differ from 附件4")
    pl = truth.platform
    if LIST6.get(pl.list_no) != (pl.listed_name, pl.company, pl.participated_2023) or pl.declared_name != pl.listed_name:
        fail(f"{pid}: platform is not its 附件6 row")
    roles = list(truth.files.values())
    for role in ("申报表", "申报表扫描件", "申报书", "汇总表", "承诺"):
        if role not in roles:
            fail(f"{pid}: no {role}")
    # image-only files have no text layer
    for rel, d in ((d.rel, d) for d in spec.docs.values()):
        if d.kind in ("scan", "imgpdf"):
            if any(t.strip() for t in pdf_texts(pf, rel)):
                fail(f"{pid}: {rel} should be image-only")
    # facts: quote on page
    n_facts = len(truth.evidence_facts)
    if not 18 <= n_facts <= 35:
        fail(f"{pid}: {n_facts} facts (aim 18–35)")
    for f in truth.evidence_facts:
        where = f"{pid}: fact {f.label} {f.file} p{f.page}"
        data = pf.read(f.file)
        key = fact_doc_key(spec, f.file)
        try:
            if not close(parse_printed(f.value, f.unit), f.normalized):
                fail(f"{where}: normalized {f.normalized} does not follow from {f.value} {f.unit}")
        except ValueError:
            fail(f"{where}: value {f.value!r} not a number")
        if f.file.endswith(".pdf"):
            texts = pdf_texts(pf, f.file)
            if f.page > len(texts):
                fail(f"{where}: page beyond {len(texts)}")
                continue
            if f.image_only:
                if texts[f.page - 1].strip():
                    fail(f"{where}: image_only but the page has a text layer")
                if squash(f.quote) not in squash(drawn_text(spec, key, f.page)):
                    fail(f"{where}: quote {f.quote!r} not drawn on the page")
            elif squash(f.quote) not in squash(texts[f.page - 1]):
                fail(f"{where}: quote {f.quote!r} not on the page")
        elif f.file.endswith(".xlsx"):
            sheets = xlsx_sheets(data)
            if f.page > len(sheets) or not any(squash(f.quote) in squash(c) for c in sheets[f.page - 1]):
                fail(f"{where}: quote {f.quote!r} not on sheet {f.page}")
        elif f.file.endswith(".png"):
            if f.page != 1 or not f.image_only or f.quote not in spec_shot_lines(spec, key)[0]:
                fail(f"{where}: PNG fact must be page 1, image_only, quote drawn")
        else:
            fail(f"{where}: facts are cited from PDF/XLSX/PNG only")
    # 申报表 / 申报书 / 汇总表
    rel = {k: d.rel for k, d in spec.docs.items()}
    form_text = squash(file_text(pf, rel["form"]))
    book_text = file_text(pf, rel["book"])
    rows = {r.label: r for r in truth.summary_rows}
    for r in truth.summary_rows:
        if isinstance(r.normalized, bool) or r.normalized is None:
            continue
        if isinstance(r.normalized, (int, float)):
            cands = {str(r.value), f"{float(r.normalized):,.2f}", f"{int(r.normalized):,}" if isinstance(r.normalized, int)
                     else f"{r.normalized:,.2f}"}
            if not any(squash(x) in form_text for x in cands):
                fail(f"{pid}: 申报表 does not print {r.label} = {r.value}")
        elif isinstance(r.normalized, dict) and r.label != "平台近三年经营指标情况":
            for k, n in r.normalized.items():
                if r.label.startswith("平台订单数量"):
                    k = "自然年" if k == "2023年自然年" else "截至填表日前一年"
                if squash(k) not in form_text or not (str(n) in form_text or f"{n:,}" in form_text):
                    fail(f"{pid}: 申报表 lacks {r.label} {k}={n}")
        elif isinstance(r.normalized, str) and r.label not in ("评审会现场地址信息", "平台性质", "平台建设方式", "部署方式",
                                                               "建设时间", "数据分析平台均速度（每TB分级/秒级/毫秒级）"):
            if squash(r.value) not in form_text:
                fail(f"{pid}: 申报表 does not print {r.label} {r.value!r}")
    summ = xlsx_summary(pf.read(rel["summary"]))
    for r in truth.summary_rows:
        got = summ.get(r.label)
        if got is None:
            fail(f"{pid}: 汇总表 lacks the row {r.label}")
            continue
        if not summary_agrees(r, got):
            fail(f"{pid}: 汇总表 {r.label} = {got!r} vs 申报表 {r.value!r}")
    for k, ch in enumerate(("一、", "二、", "三、", "四、", "五、", "六、"), 1):
        if ch not in book_text:
            fail(f"{pid}: 申报书 lacks chapter {ch}")
    if ("七、平台相较上年度对比情况" in book_text) != pl.participated_2023:
        fail(f"{pid}: chapter 七 present = {'七、平台相较上年度对比情况' in book_text}, 2023参评 = {pl.participated_2023}")
    if spec.info["password"] not in form_text or spec.info["password"] not in truth.secrets:
        fail(f"{pid}: the reviewer account is not in the form/secrets")
    # proof column cites pages that exist
    pages = {d.ref: d for d in spec.docs.values() if d.ref}
    for ref, page in re.findall(r"(附件3-\d|证明材料0\d)[^附]{0,25}?第(\d+)页", form_text):
        d = pages.get(ref)
        if d is None or int(page) > d.pages:
            fail(f"{pid}: proof cites {ref} 第{page}页 beyond the file")
    # the audit
    checks = audit_checks(truth, spec, pf, book_text)
    failed = {k for k, (ok, _) in checks.items() if not ok}
    expected = set()
    for pr in truth.problems:
        exp = EXPECTED_FAILS.get(pr.id)
        if exp is None:
            fail(f"{pid}: problem {pr.id} has no audit expectation")
            continue
        expected |= exp
        for name in exp:
            if name not in checks:
                fail(f"{pid}: problem {pr.id}: check {name} was not run")
            elif checks[name][0]:
                fail(f"{pid}: problem {pr.id}: check {name} passes, the problem is not there")
            else:
                print(f"  planted {pr.id}: {name} fails as claimed ({checks[name][1]})")
    for name in sorted(failed - expected):
        fail(f"{pid}: unplanted inconsistency {name}: {checks[name][1]}")
    print(f"{pid}: {len(checks)} audit checks, {len(failed)} failing (planted {len(expected)}), "
          f"{n_facts} facts, {len(truth.problems)} problems")


def xlsx_summary(data: bytes) -> dict[str, str]:
    from openpyxl import load_workbook
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    printed = {v: k for k, v in docs.PRINTED_LABELS.items()}
    out = {}
    for a, b in ws.iter_rows(min_row=4, max_col=2, values_only=True):
        if a is None:
            continue
        label = printed.get(a, a)
        out[label] = "" if b is None else (f"{b:.2f}" if isinstance(b, float) else str(b))
    return out


def summary_agrees(r, got: str) -> bool:
    n = r.normalized
    g = squash(got).replace(",", "")
    if n is None:
        return g == ""
    if isinstance(n, bool):
        return g.startswith("是" if n else "否")
    if r.label == "平台订单数量(近一年总量)（个）":
        return all(str(x) in g for x in n.values()) or (str(n["截至填表日前一年"]) in g and "截至填表日前一年" in g) or \
            (str(n["2023年自然年"]) in g and "自然年" in g)
    if r.label == "平台近三年经营指标情况":
        return all((f"{x:.2f}" in g) for x in n.values())
    if isinstance(n, dict):
        return all(squash(f"{k}：{x}") in g for k, x in n.items())
    if isinstance(n, (int, float)) and r.label not in ("平台是否服务上海智能工厂，数量",):
        if r.label == "连接的工业设备/产品/产线种类及数量（台/套）" and g.startswith("总数"):
            return g.startswith(f"总数{n}")
        try:
            return close(float(g), n)
        except ValueError:
            return False
    return g == squash(r.value).replace(",", "")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, default=None, help="folder holding the packages (default: truth paths)")
    ap.add_argument("--truth", type=Path, default=HERE / "truth")
    args = ap.parse_args(argv)
    truths = sorted((load_truth(p) for p in args.truth.glob("*.json")), key=lambda t: t.package_id)
    specs = {s.pid: s for s in build.packages()}
    if len(truths) != 4:
        fail(f"{len(truths)} truth files, expected 4")
    clean = [t for t in truths if not t.problems]
    if len(clean) != 2:
        fail(f"{len(clean)} clean packages, expected 2 (this set has two clean packages)")
    for t in truths:
        if t.problems and not 2 <= len(t.problems) <= 3:
            fail(f"{t.package_id}: {len(t.problems)} problems, expected 2–3")
    for t in truths:
        spec = specs[t.package_id]
        spec.docs = docs.plan(spec)
        path = (args.packages / Path(t.path).name) if args.packages else REPO / t.path
        if not path.exists():
            fail(f"{t.package_id}: {path} missing (run build.py)")
            continue
        pf = PackageFiles(path)
        for k, d in spec.docs.items():  # page counts, for the proof column check
            if d.rel in pf.names():
                d.pages = build._pages(d.kind, pf.read(d.rel))
        verify_package(t, spec, pf)
    print(f"{len(truths)} packages, {sum(len(t.evidence_facts) for t in truths)} facts, "
          f"{sum(len(t.problems) for t in truths)} problems: {'FAILED' if ERRORS else 'OK'} ({len(ERRORS)} failures)")
    return 1 if ERRORS else 0


if __name__ == "__main__":
    raise SystemExit(main())
