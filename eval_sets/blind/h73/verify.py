"""Verify blind set h73 from its files and truth alone (exit 1 on any failure).

    .venv/bin/python eval_sets/blind/h73/verify.py

Checks: every truth loads with eval_sets.truth.load_truth; files on disk = truth files; the 103
附件4 labels are the independent set's; every fact's quote is on its 1-based page (PDF text via
pypdfium2, XLSX sheet = page, image-only pages carry no text layer) and its normalized value follows
from its printed value; every declared number of the truth is written in the 申报表 file; the
applicant's 汇总表 is read back in its own shape (horizontal / transposed / DOCX / titled two-sheet),
normalised (亿元/元/万元, √/×/「是」, YYYY.MM.DD, 附表) and compared with the 申报表 values: the clean
package agrees on all 103 rows, each problem package differs exactly on its summary_vs_form fields;
the notice's rules (team sum, 其中 subsets, R&D intensity, 存储资源利用率, 付费用户占比, 利润率 and
投资回报率 from the audited profit, growth rates, breakdown sums and categories, evidence vs
declaration) hold in the clean package and fail in a problem package exactly where a problem is
planted; chapters 一–六 (+七 for 2023 participants) are in each 申报书; scans are image-only.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

FAIL: list[str] = []


def fail(msg):
    FAIL.append(msg)


def r2(x):
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pct(a, b):
    return r2(Decimal(str(a)) / Decimal(str(b)) * 100)


def close(a, b, tol=0.005):
    return abs(float(a) - float(b)) <= tol + 1e-9


# --------------------------------------------------------------------------- file text


def pdf_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
    return out


def xlsx_sheets(path: Path) -> list[list[str]]:
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                cells.append(str(v))
                if isinstance(v, (int, float)) and "0.00" in (c.number_format or ""):
                    cells.append(f"{v:.2f}")
                if isinstance(v, float):
                    cells.append(f"{v:.2f}")
                    cells.append(f"{v:,.2f}")
                elif isinstance(v, int):
                    cells.append(f"{v:,}")
        out.append(cells)
    return out


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# --------------------------------------------------------------------------- facts


def parse_fact_value(value: str, unit: str):
    s = value.replace(",", "").strip()
    mult = 1
    if s.endswith("万"):
        s, mult = s[:-1], 10000
    x = float(s) * mult
    if unit == "元":
        return r2(x / 10000)
    return x


def check_facts(t, pkg: Path):
    cache = {}
    for f in t.evidence_facts:
        path = pkg / f.file
        where = f"{t.package_id}: fact {f.label} @ {f.file} p.{f.page}"
        try:
            got = parse_fact_value(f.value, f.unit)
        except ValueError:
            fail(f"{where}: value {f.value!r} not numeric")
            continue
        if f.normalized is None or not close(got, f.normalized, 0.006):
            fail(f"{where}: normalized {f.normalized} does not follow from {f.value} {f.unit}")
        suf = path.suffix.lower()
        if suf == ".pdf":
            pages = cache.setdefault(path, pdf_pages(path))
            if not 1 <= f.page <= len(pages):
                fail(f"{where}: page out of range ({len(pages)})")
                continue
            text = pages[f.page - 1]
            if f.image_only:
                if text.strip():
                    fail(f"{where}: image_only but the page has a text layer")
            elif squash(f.quote) not in squash(text):
                fail(f"{where}: quote {f.quote!r} not on page")
        elif suf == ".xlsx":
            sheets = cache.setdefault(path, xlsx_sheets(path))
            if not 1 <= f.page <= len(sheets):
                fail(f"{where}: sheet out of range")
                continue
            if not any(squash(f.quote) in squash(c) for c in sheets[f.page - 1]):
                fail(f"{where}: quote {f.quote!r} not in sheet {f.page}")
            if f.image_only:
                fail(f"{where}: xlsx fact marked image_only")
        elif suf == ".png":
            if f.page != 1 or not f.image_only:
                fail(f"{where}: png facts are page 1 and image_only")
        else:
            fail(f"{where}: unexpected evidence type")


# --------------------------------------------------------------------------- 汇总表 readers


def read_summary(t, pkg: Path, labels: list[str]) -> dict[str, tuple[str, str]]:
    """label -> (printed label, cell text) from the applicant's 汇总表, in its own shape."""
    rel = next(k for k, v in t.files.items() if v == "汇总表")
    path = pkg / rel
    out: dict[str, tuple[str, str]] = {}

    def key_of(printed):
        p = squash(printed.replace("（元）", "（万元）"))
        for lab in labels:
            if squash(lab) == p:
                return lab
        return None

    def sval(v):
        if v is None:
            return ""
        if isinstance(v, float):
            return f"{v:.2f}"
        return str(v)

    if path.suffix == ".docx":
        doc = Document(str(path))
        for row in doc.tables[0].rows[1:]:
            cells = [c.text for c in row.cells]
            k = key_of(cells[1]) if len(set(cells)) > 1 else None
            if k:
                out[k] = (cells[1], cells[2])
        return out
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    # horizontal: a row of labels with the values in the row below
    for i, row in enumerate(rows[:-1]):
        hits = [key_of(str(c)) if c is not None else None for c in row]
        if sum(1 for h in hits if h) > 50:
            below = rows[i + 1]
            for j, k in enumerate(hits):
                if k:
                    out[k] = (str(row[j]), sval(below[j]))
            return out
    # vertical: label in a column, value in the next; a label merged over several rows (近三年)
    last = None
    for row in rows:
        cells = list(row)
        found = False
        for j, c in enumerate(cells[:-1]):
            k = key_of(str(c)) if c is not None else None
            if k:
                out[k] = (str(c), sval(cells[j + 1]))
                last, found = k, True
                break
        if not found and last == "平台近三年经营指标情况" and cells[0] is None and cells[1]:
            p, v = out[last]
            out[last] = (p, v + "\n" + sval(cells[1]))
        elif not found:
            last = None
    # second sheet 附表1: blocks 「附表1-n 标签」 / 类别 数量 / … / 合计
    if len(wb.worksheets) > 1:
        ws2 = wb.worksheets[1]
        cur = None
        for a, b, *_ in ws2.iter_rows(values_only=True):
            if isinstance(a, str) and a.startswith("附表1-"):
                cur = key_of(a.split("　", 1)[1])
                out[cur] = (a, "")
                continue
            if cur and a not in (None, "类别/区域", "合计"):
                p, v = out[cur]
                out[cur] = (p, (v + "、" if v else "") + f"{a}：{b}")
            if a == "合计":
                cur = None
    return out


YES = {"是", "√", "✓", "「是」", "☑"}
NO = {"否", "×", "✗", "「否」"}


def to_number(text: str, printed: str):
    s = squash(text).replace(",", "")
    m = re.fullmatch(r"([\d.]+)亿元?", s)
    if m:
        return float(Decimal(m.group(1)) * 10000)
    m = re.fullmatch(r"([\d.]+)(万元|台/套|个|人|TB|台|次|项|%)?", s)
    if not m:
        return None
    x = float(m.group(1))
    if "（元）" in printed or "(元)" in printed:
        x = r2(x / 10000)
    return x


def parse_pairs(text: str) -> dict:
    d = {}
    for part in re.split(r"[、；;\n]", text):
        part = part.strip()
        if not part:
            continue
        m = re.fullmatch(r"(.+?)[：:]\s*([\d,]+)", part)
        if not m:
            return {"<unparsed>": part}
        d[m.group(1)] = int(m.group(2).replace(",", ""))
    return d


def normalize_summary(label, printed, text):
    s = text.strip()
    if label == "平台近三年经营指标情况":
        d = {}
        for y, rev, g in re.findall(r"(20\d\d)年平台营收([\d,.]+)万元/增长率([\d.]+)%", s):
            d[f"{y}年平台营收（万元）"] = float(rev.replace(",", ""))
            d[f"{y}年增长率（%）"] = float(g)
        return d
    if label == "平台订单数量(近一年总量)（个）":
        a = re.search(r"([\d,]+)（2023年自然年）", s) or re.search(r"2023年自然年：([\d,]+)", s)
        b = re.search(r"([\d,]+)（截至填表日前一年）", s) or re.search(r"截至填表日前一年：([\d,]+)", s)
        return {"2023年自然年": int(a.group(1).replace(",", "")), "截至填表日前一年": int(b.group(1).replace(",", ""))}
    if label == "建设时间":
        ym = re.findall(r"(20\d\d)\D{1,2}(\d{1,2})", s)
        return f"{ym[0][0]}.{int(ym[0][1]):02d}-{ym[1][0]}.{int(ym[1][1]):02d}"
    if label == "平台是否服务上海智能工厂，数量":
        m = re.search(r"(\d+)家", s)
        return int(m.group(1)) if m else 0
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        for lv in ("毫秒级", "秒级", "分级"):
            if s.startswith(lv):
                return lv
    if s in YES:
        return True
    if s in NO:
        return False
    if label.startswith("按"):
        return parse_pairs(s) if s not in ("", "无") else None
    if label == "序号":
        return int(s)
    x = to_number(s, printed)
    if x is not None:
        return x
    return squash(s)


def same(truth, got) -> bool:
    if truth is None:
        return got in (None, "", {})
    if isinstance(truth, bool):
        return got is truth
    if isinstance(truth, (int, float)):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and close(truth, got)
    if isinstance(truth, dict):
        return isinstance(got, dict) and set(truth) == set(got) and all(close(truth[k], got[k]) for k in truth)
    return squash(str(truth)) == squash(str(got))


def summary_mismatches(t, pkg, labels) -> set[str]:
    cells = read_summary(t, pkg, labels)
    bad = set()
    for r in t.summary_rows:
        if r.label not in cells:
            fail(f"{t.package_id}: 汇总表 has no row {r.label}")
            continue
        printed, text = cells[r.label]
        if isinstance(r.normalized, str) and r.label not in (
                "建设时间", "数据分析平台均速度（每TB分级/秒级/毫秒级）"):
            got = squash(text)
        else:
            got = normalize_summary(r.label, printed, text)
        if not same(r.normalized, got):
            bad.add(r.label)
    return bad


# --------------------------------------------------------------------------- 申报表 carries the declared values


def form_text(t, pkg) -> tuple[str, set[float]]:
    rel = next(k for k, v in t.files.items() if v == "申报表")
    path = pkg / rel
    nums: set[float] = set()
    if path.suffix == ".docx":
        text = docx_text(path)
    else:
        wb = load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, (int, float)):
                        nums.add(float(v))
                    if v is not None:
                        parts.append(str(v))
        text = "\n".join(parts)
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        try:
            nums.add(float(m.group(0).replace(",", "")))
        except ValueError:
            pass
    return text, nums


def check_form_carries(t, pkg):
    text, nums = form_text(t, pkg)
    flat = squash(text).replace(",", "")
    for r in t.summary_rows:
        v = r.normalized
        if r.label in ("序号", "平台性质", "评审会现场地址信息", "建设时间"):
            continue  # 序号 is 附件6's, 平台性质 sits in the intro prose, the venue in 附件1
        where = f"{t.package_id}: 申报表 lacks {r.label}"
        if isinstance(v, bool) or v is None:
            continue
        if isinstance(v, (int, float)):
            if float(v) not in nums:
                fail(f"{where} = {v}")
        elif isinstance(v, dict):
            for k, n in v.items():
                if r.label in ("平台近三年经营指标情况", "平台订单数量(近一年总量)（个）"):
                    if float(n) not in nums:
                        fail(f"{where}[{k}] = {n}")
                elif squash(f"{k}：{n}") not in flat:
                    fail(f"{where}: {k}：{n}")
        elif r.label in ("部署方式", "平台建设方式"):
            for item in re.split(r"[、，]", v):
                if item in ("自建", "合作共建", "边缘侧", "私有云", "公有云", "混合云"):
                    if not re.search(r"[☑■√]\s*" + item, text):
                        fail(f"{where}: {item} not ticked")
                elif squash(item) not in squash(text):
                    fail(f"{where}: {item}")
        elif isinstance(v, str) and r.label != "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            if squash(v) not in squash(text):
                fail(f"{where}: {v}")
    nature = next(r.normalized for r in t.summary_rows if r.label == "平台性质")
    if squash(nature) not in squash(text):
        fail(f"{t.package_id}: 平台性质 {nature} not in the 申报表")


# --------------------------------------------------------------------------- the notice's rules


APPX_A = {"采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人", "电工、电子设备",
          "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"}
APPX_B = {"安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"}
APPX_C = {"采矿", "黑色金属", "有色金属", "石化化工", "建材", "医药", "纺织", "家电", "食品", "烟草", "轻工", "机械", "汽车",
          "航空/航天", "船舶", "轨道交通", "电子", "电力、热力和燃气", "建筑业", "农业", "服务业", "其他"}
APPX_D = {"数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"}
APPX_E = {"数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"}
APPX_F = {"北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
          "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏",
          "新疆", "大连", "青岛", "宁波", "厦门", "深圳", "香港", "澳门", "台湾"}
OVERSEAS = re.compile(r"^[\u4e00-\u9fff]+[A-Z][A-Za-z ]+$")

BD_TOTAL = {
    "按二级分类统计工业设备数量（台/套）": ("连接的工业设备/产品/产线种类及数量（台/套）", APPX_A),
    "按省市区域统计工业设备数量（台/套）": ("连接的工业设备/产品/产线种类及数量（台/套）", "F"),
    "按二级分类统计公有云工业设备数量（台/套）": ("公有云工业设备连接数量（台/套）", APPX_A),
    "按省市区域统计公有云工业设备数量（台/套）": ("公有云工业设备连接数量（台/套）", "F"),
    "按二级分类统计公有云工业设备平均日运行数量（台/套）": ("公有云工业设备平均日运行数量（台/套）", APPX_A),
    "按省市区域统计公有云工业设备平均日运行数量（台/套）": ("公有云工业设备平均日运行数量（台/套）", "F"),
    "按海外国家分类统计海外设备连接数量（台/套）": ("海外设备连接数量（台/套）", "O"),
    "按分类统计工业APP数量（个）": ("工业APP数量（个）", APPX_B),
    "按行业统计工业APP数量（个）": ("工业APP数量（个）", APPX_C),
    "按分类统计公有云工业APP平均日活跃数量（个）": ("公有云工业APP平均日活跃数量（个）", APPX_B),
    "按行业统计公有云工业APP平均日活跃数量（个）": ("公有云工业APP平均日活跃数量（个）", APPX_C),
    "按分类统计工业模型数量（个）": ("工业机理模型数量（个）", APPX_D),
    "按行业统计服务企业数（个）": ("实际服务企业数（个）", APPX_C),
    "按省市区域统计服务企业数（个）": ("实际服务企业数（个）", "F"),
    "按新模式统计解决方案数量（个）": ("平台提供的解决方案总数（个）", APPX_E),
}
SUBSETS = [
    ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"),
    ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("工业APP数量（个）", "工业软件总量（个）"),
    ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
    ("云化工业软件数量（个）", "工业APP数量（个）"),
    ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
    ("公有云工业APP数量（个）", "工业APP数量（个）"),
    ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
    ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
    ("存储工业数据量（TB）", "存储容量（TB）"),
    ("公有云数据总量（TB）", "存储工业数据量（TB）"),
    ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
    ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
    ("活跃开发者数（个）", "开发者注册总数（个）"),
    ("实际服务企业数（个）", "注册企业用户数（个）"),
    ("付费企业数（个）", "实际服务企业数（个）"),
    ("服务本市企业数量（个）", "实际服务企业数（个）"),
    ("服务中小企业数量（个）", "实际服务企业数（个）"),
    ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
]
COUNT_LABELS = {"平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）",
                "平台获得省部级及以上奖项/荣誉数量（个）"}


def rule_violations(t) -> list[tuple[str, set[str], str]]:
    V = {r.label: r.normalized for r in t.summary_rows}
    out = []

    def v(fam, fields, msg):
        out.append((fam, set(fields), msg))

    if V["运维人数（人）"] + V["运营人数（人）"] != V["平台团队总人数（人）"]:
        v("identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], "运维+运营≠总人数")
    for a, b in SUBSETS:
        if V[a] > V[b]:
            v("subset", [a, b], f"{a} > {b}")
    if V["基于平台开发的工业APP数量（个）"] + V["云化工业软件数量（个）"] != V["工业APP数量（个）"]:
        v("breakdown_sum", ["工业APP数量（个）", "基于平台开发的工业APP数量（个）", "云化工业软件数量（个）"], "原生+云化≠APP")
    if V["杀手锏APP数量（个）"] != 5:
        v("formula", ["杀手锏APP数量（个）"], "杀手锏APP≠5")
    formulas = [
        ("平台相关研发投入强度（%）", ["平台相关研发投入（万元）", "平台相关营业收入（万元）"],
         pct(V["平台相关研发投入（万元）"], V["平台相关营业收入（万元）"])),
        ("存储资源利用率（%）", ["存储工业数据量（TB）", "存储容量（TB）"], pct(V["存储工业数据量（TB）"], V["存储容量（TB）"])),
        ("付费用户占比（%）", ["付费企业数（个）", "注册企业用户数（个）"], pct(V["付费企业数（个）"], V["注册企业用户数（个）"])),
    ]
    profit = [f for f in t.evidence_facts if f.component == "平台利润总额（万元）"]
    if profit:
        p = profit[0].normalized
        formulas.append(("平台利润率（%）", ["平台相关营业收入（万元）"], pct(p, V["平台相关营业收入（万元）"])))
        formulas.append(("投资回报率（%）", ["平台建设金额（万元）"], pct(p, V["平台建设金额（万元）"])))
    for lab, inputs, want in formulas:
        if not close(V[lab], want):
            v("formula", [lab] + inputs, f"{lab} {V[lab]} ≠ {want}")
    three = V["平台近三年经营指标情况"]
    if not close(three["2023年平台营收（万元）"], V["平台相关营业收入（万元）"]):
        v("identity", ["平台近三年经营指标情况", "平台相关营业收入（万元）"], "2023年平台营收≠平台相关营业收入")
    base = {2020: next((f.normalized for f in t.evidence_facts if f.component == "2020年平台营收（万元）"), None)}
    for y in (2021, 2022, 2023):
        base[y] = three[f"{y}年平台营收（万元）"]
    for y in (2021, 2022, 2023):
        if base[y - 1] is None:
            continue
        want = r2((Decimal(str(base[y])) / Decimal(str(base[y - 1])) - 1) * 100)
        if not close(three[f"{y}年增长率（%）"], want):
            v("growth_rate", ["平台近三年经营指标情况"], f"{y}年增长率 {three[f'{y}年增长率（%）']} ≠ {want}")
    for lab, (total, cats) in BD_TOTAL.items():
        d = V[lab] or {}
        if sum(d.values()) != V[total]:
            v("breakdown_sum", [lab, total], f"{lab} sums to {sum(d.values())} ≠ {V[total]}")
        for k in d:
            ok = (k in APPX_F or OVERSEAS.match(k)) if cats == "F" else bool(OVERSEAS.match(k)) if cats == "O" else k in cats
            if not ok:
                v("invalid_category", [lab], f"{lab}: {k}")
    ov = V["按海外国家分类统计海外设备连接数量（台/套）"] or {}
    regions = V["按省市区域统计工业设备数量（台/套）"]
    if {k: regions.get(k) for k in ov} != ov:
        v("breakdown_sum", ["按省市区域统计工业设备数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）"], "海外分项不一致")
    if V["按省市区域统计服务企业数（个）"].get("上海") != V["服务本市企业数量（个）"]:
        v("breakdown_sum", ["按省市区域统计服务企业数（个）", "服务本市企业数量（个）"], "上海≠服务本市")
    # evidence vs declaration
    for f in t.evidence_facts:
        declared = V.get(f.label)
        if f.component:
            m = re.match(r"(20\d\d)年平台营收", f.component)
            if m and m.group(1) != "2020":
                if not close(three[f"{m.group(1)}年平台营收（万元）"], f.normalized):
                    v("declared_vs_evidence", [f.label], f"{f.component} {f.normalized}")
            continue
        tol = 0.006
        if "万" in f.value:  # a console rounds to 万: agreement within the rounding
            tol = 0.05 * 10000 + 0.5
        if not close(declared, f.normalized, tol):
            role = t.files[f.file]
            fam = ("count_vs_list" if f.label in COUNT_LABELS else
                   "screenshot_vs_form" if role == "evidence:screenshot" else "declared_vs_evidence")
            v(fam, [f.label], f"{f.label}: declared {declared} vs {f.value} {f.unit} ({f.file} p.{f.page})")
    return out


def check_rules(t):
    found = rule_violations(t)
    planted = [p for p in t.problems if p.family != "summary_vs_form"]
    for p in planted:
        if not any(fam == p.family and set(p.fields) & fields for fam, fields, _ in found):
            fail(f"{t.package_id}: planted {p.id} is not present in the data")
    for fam, fields, msg in found:
        if not any(fam == p.family and set(p.fields) & fields for p in planted):
            fail(f"{t.package_id}: unplanted inconsistency [{fam}] {msg}")


# --------------------------------------------------------------------------- package-level


def check_book(t, pkg):
    rel = next(k for k, v in t.files.items() if v == "申报书")
    path = pkg / rel
    text = docx_text(path) if path.suffix == ".docx" else "\n".join(pdf_pages(path))
    text = squash(text)
    heads = ["一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
             "六、附件及其他说明材料"]
    for h in heads:
        if h not in text:
            fail(f"{t.package_id}: 申报书 lacks {h}")
    has7 = "七、平台相较上年度对比情况" in text
    if has7 != t.platform.participated_2023:
        fail(f"{t.package_id}: 申报书 chapter 七 present={has7}, 2023参评={t.platform.participated_2023}")
    # the case figures average to the declared rates (附件2: 基于提供的3个案例，计算3个案例平均值)
    V = {r.label: r.normalized for r in t.summary_rows}
    for word, lab in (("设备运维成本下降", "平台连接工业设备运维成本平均下降率（%）"),
                      ("设备能耗下降", "平台连接工业设备能耗平均下降率（%）"),
                      ("安全生产持续时间提升", "平台连接工业设备安全生产持续时间平均提升率（%）")):
        vals = [float(x) for x in re.findall(r"实施效果[：:][^实]*?" + word + r"([\d.]+)%", text)]
        if len(vals) != 3 or not close(r2(sum(vals) / 3), V[lab]):
            fail(f"{t.package_id}: case {word} values {vals} do not average to {V[lab]}")


def check_scans(t, pkg):
    for rel, role in t.files.items():
        if role in ("申报表扫描件", "承诺"):
            pages = pdf_pages(pkg / rel)
            if any(p.strip() for p in pages):
                fail(f"{t.package_id}: {rel} should be image-only")


def main() -> int:
    truths = sorted((HERE / "truth").glob("*.json"))
    if len(truths) != 4:
        fail(f"expected 4 truth files, found {len(truths)}")
    ind = json.loads((ROOT / "eval_sets/independent/truth/ind01_dianke_clean.json").read_text(encoding="utf-8"))
    labels = [r["label"] for r in ind["summary_rows"]]
    clean = 0
    totals = [0, 0]
    for path in truths:
        t = load_truth(path)
        pkg = ROOT / t.path
        totals[0] += len(t.evidence_facts)
        totals[1] += len(t.problems)
        if not pkg.is_dir():
            fail(f"{t.package_id}: package folder missing ({t.path}); run build.py")
            continue
        on_disk = sorted(str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file())
        if on_disk != sorted(t.files):
            fail(f"{t.package_id}: files on disk ≠ truth files: {set(on_disk) ^ set(t.files)}")
        if [r.label for r in t.summary_rows] != labels:
            fail(f"{t.package_id}: summary row labels differ from the 附件4 labels")
        if not t.problems:
            clean += 1
        elif not 2 <= len(t.problems) <= 5:
            fail(f"{t.package_id}: {len(t.problems)} problems (2–5 wanted)")
        for p in t.problems:
            unknown = set(p.fields) - set(labels) - {"IaaS基础设施"}
            if unknown and p.family not in ("missing_section", "section7", "missing_file", "char_limit"):
                fail(f"{t.package_id}: {p.id} fields not notice labels: {unknown}")
        check_facts(t, pkg)
        check_form_carries(t, pkg)
        check_book(t, pkg)
        check_scans(t, pkg)
        check_rules(t)
        bad = summary_mismatches(t, pkg, labels)
        want = set().union(*[set(p.fields) for p in t.problems if p.family == "summary_vs_form"]) if t.problems else set()
        if bad != want:
            fail(f"{t.package_id}: 汇总表 differs on {sorted(bad)}, planted {sorted(want)}")
        if not 18 <= len(t.evidence_facts) <= 35:
            fail(f"{t.package_id}: {len(t.evidence_facts)} facts (18–35 wanted)")
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems, 汇总表 differs on {len(bad)} rows")
    if clean != 1:
        fail(f"expected exactly one clean package, found {clean}")
    for msg in FAIL:
        print("FAIL:", msg)
    print(f"{len(truths)} packages, {totals[0]} facts, {totals[1]} problems: {'FAILED' if FAIL else 'OK'}")
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main())
