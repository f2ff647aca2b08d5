"""One source of truth per package: the platform's numbers and answers, as the applicant declares them.

Every document of a package (申报表, 汇总表, 申报书, evidence) and its truth JSON are rendered from a
`Package`. Planted problems are edits of this data made by the package's spec, recorded next to it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Any

from .notice import (
    APP_CATEGORIES,
    DEVICE_CATEGORIES,
    IND,
    INDUSTRIES,
    MODEL_CATEGORIES,
    REGIONS,
    SOLUTION_MODES,
)

D = Decimal
CENT = D("0.01")


def q2(x) -> Decimal:
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def pct(num, den) -> Decimal:
    return q2(D(num) * 100 / D(den))


def split(total: int, weights: dict[str, float], rng: random.Random | None = None) -> dict[str, int]:
    """Largest-remainder split of an integer total by weights; order of `weights` is kept."""
    w = {k: float(v) * (1 + (rng.random() - 0.5) * 0.12 if rng else 1) for k, v in weights.items()}
    s = sum(w.values())
    raw = {k: total * v / s for k, v in w.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - int(raw[k])), k))[:rest]:
        out[k] += 1
    return out


def scale(bd: dict[str, int], new_total: int) -> dict[str, int]:
    """Scale a breakdown to a smaller total, each part not above its source."""
    out = split(new_total, {k: v for k, v in bd.items()})
    for k in out:
        assert out[k] <= bd[k], (k, out[k], bd[k])
    return out


OVERSEAS_RE = re.compile(r"^[\u4e00-\u9fff]+[A-Z][A-Za-z .'-]+$")


def is_overseas(key: str) -> bool:
    return bool(OVERSEAS_RE.match(key))


# ----------------------------------------------------------------------------------------------
# Facts and problems (mirror eval_sets.truth, filled in by the renderers / specs)


@dataclass
class Fact:
    label: str
    value: str
    unit: str
    normalized: float | int | None
    file: str
    page: int
    quote: str
    row_label: str = ""
    column_label: str = ""
    component: str = ""
    image_only: bool = False


@dataclass
class Problem:
    slug: str
    family: str
    fields: list[str]
    files: list[str]  # logical file keys ("form", "narrative", ...) resolved to paths at build time
    severity: str
    description: str


# ----------------------------------------------------------------------------------------------


@dataclass
class Company:
    name: str
    short: str
    credit_code: str
    founded: str
    district: str
    reg_address: str
    kind: str
    capital: str
    business: str
    legal_rep: str
    shareholders: list[tuple[str, str, str]]
    fax: str
    # company-wide financial statements, 元: {"2023": {...}, "2022": {...}}
    income: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    balance: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    auditor: str = ""
    audit_no: str = ""
    cpas: tuple[str, str] = ("", "")
    listed_note: str = ""


@dataclass
class Contact:
    name: str
    title: str
    mobile: str
    email: str
    backup_name: str
    backup_title: str
    backup_mobile: str
    backup_email: str
    district: str
    road: str
    number: str
    detail: str  # building / room

    @property
    def address(self) -> str:
        return f"上海市{self.district}{self.road}{self.number}{self.detail}"


@dataclass
class Package:
    pid: str
    list_no: int
    declared_name: str          # 平台名称 as it stands in the 申报表 (current name)
    name_cell: str              # the whole 平台名称 cell (may carry 原名称+现名称)
    nature: str                 # 平台性质 as a reviewer would fill it
    company: Company
    contact: Contact
    url: str
    account: str
    password: str
    build_from: str             # "2019.03"
    build_to: str               # "2023.12"
    build_amount: Decimal       # 万元
    revenue_years: dict[str, Decimal]  # "2020".."2023" 万元 (platform, as declared)
    growth: dict[str, Decimal]  # "2021".."2023" %, as declared
    build_mode: str             # 自建 | 合作共建
    partner: str
    run_mode: str               # 自运营 | 联合运营 | 委托运营
    iaas: str                   # 自建 | 租用
    iaas_vendor: str
    deploy: list[str]           # subset of 边缘侧/私有云/公有云/混合云/其他部署方式
    deploy_other: str
    intro: str
    effect: str
    v: dict[str, Any]           # indicator key -> value (see notice.Ind.kind)
    private: dict[str, Any] = field(default_factory=dict)   # key -> private-deployment part
    notes: dict[str, str] = field(default_factory=dict)     # key -> note appended in the form cell
    proof: dict[str, str] = field(default_factory=dict)     # key -> 证明资料 cell
    # platform-scoped finance as the evidence prints it (万元): {"2021": {"营业收入":..., ...}}
    platform_fin: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    summary_cell_overrides: dict[str, str] = field(default_factory=dict)  # 汇总表 label -> cell text
    summary_missing_rows: set[str] = field(default_factory=set)           # rows the applicant's 汇总表 lacks
    blank: set[str] = field(default_factory=set)  # indicator keys / "url" left blank in the 申报表
    extra: dict[str, Any] = field(default_factory=dict)  # package-specific material (cases, lists …)

    @property
    def listed(self) -> tuple[str, str, bool]:
        from .notice import LIST6
        return LIST6[self.list_no]


# ----------------------------------------------------------------------------------------------
# Formatting


@dataclass
class Style:
    thousands: bool = False      # 21,304 vs 21304
    bd_sep: str = "、"           # between breakdown items
    bd_colon: str = "："         # between category and number
    bd_unit: str = ""            # "台" appended to breakdown numbers
    pct_sign: bool = False       # "12.35%" vs "12.35"
    unit_suffix: bool = False    # "21,304台/套"
    orders_fmt: str = "2023年自然年：{a}个；截至填表日前一年：{b}个"
    drop_qizhong: bool = False   # print 内容 labels without "其中："
    yes_mark: str = "■"
    no_mark: str = "□"


def fmt_int(n: int, thousands: bool) -> str:
    return f"{n:,}" if thousands else str(n)


def fmt_dec(x: Decimal, thousands: bool) -> str:
    return f"{x:,.2f}" if thousands else f"{x:.2f}"


def fmt_bd(bd: dict[str, int], st: Style) -> str:
    return st.bd_sep.join(f"{k}{st.bd_colon}{fmt_int(n, st.thousands)}{st.bd_unit}" for k, n in bd.items())


UNITS = {"int": None}


def unit_of(content: str) -> str:
    m = re.search(r"（([^（）]+)）$", content)
    return m.group(1) if m else ""


def form_text(p: Package, key: str, st: Style) -> str:
    """The 平台实际情况 cell of indicator `key` as the applicant wrote it."""
    if key in p.blank:
        return ""
    ind = IND[key]
    val = p.v[key]
    unit = unit_of(ind.content)
    if ind.kind == "int":
        s = fmt_int(val, st.thousands)
        if key in p.private:
            u = unit or "个"
            word = "总数" if ind.l3 in ("2.1.1", "2.1.2") else "总量"
            s = f"{word} {s} {u}，其中私有化部署涉及的相关数量 {fmt_int(p.private[key], st.thousands)} {u}"
        elif st.unit_suffix and unit and unit not in ("%",):
            s = f"{s}{unit}"
    elif ind.kind == "dec":
        s = fmt_dec(val, st.thousands if unit != "%" else False)
        if key in p.private:
            s = f"总容量/数据量 {s} TB，其中私有化部署涉及的相关容量/数据量 {fmt_dec(p.private[key], False)} TB"
        elif unit == "%" and st.pct_sign:
            s += "%"
        elif st.unit_suffix and unit and unit != "%":
            s += unit
    elif ind.kind == "bd":
        s = fmt_bd(val, st) if val else "无"
    elif ind.kind == "yesno":
        ok, detail = val
        s = detail if detail else ("是" if ok else "否")
    elif ind.kind == "orders":
        a, b = val
        s = st.orders_fmt.format(a=fmt_int(a, st.thousands), b=fmt_int(b, st.thousands))
    elif ind.kind == "factory" or ind.kind == "speed":
        s = val[1]
    else:  # text, share
        s = val
    if key in p.notes:
        s = f"{s}{p.notes[key]}"
    return s


# ----------------------------------------------------------------------------------------------
# 附件4 rows: what a reviewer writes, and its normalised value


def revenue_line(p: Package, year: str, thousands: bool = False) -> str:
    return f"{year}年平台营收{fmt_dec(p.revenue_years[year], thousands)}万元/增长率{p.growth[year]:.2f}%"


def deploy_text(p: Package) -> str:
    parts = [d if d != "其他部署方式" else (f"其他部署方式：{p.deploy_other}" if p.deploy_other else d) for d in p.deploy]
    return "、".join(parts)


def build_mode_text(p: Package) -> str:
    return f"合作共建，{p.partner}" if p.build_mode == "合作共建" else p.build_mode


def summary_rows(p: Package) -> list[dict]:
    from .notice import INDICATORS, SUMMARY_LABELS

    by_label = {i.summary: i for i in INDICATORS if i.summary}
    rows = []
    for label in SUMMARY_LABELS:
        value: str
        norm: Any
        if label == "序号":
            value, norm = str(p.list_no), p.list_no
        elif label == "企业名称":
            value = norm = p.company.name
        elif label == "平台名称":
            value = norm = p.declared_name
        elif label == "平台性质":
            value = norm = p.nature
        elif label == "联系人姓名":
            value = norm = p.contact.name
        elif label == "联系人手机号":
            value = norm = p.contact.mobile
        elif label == "联系人电子邮箱":
            value = norm = p.contact.email
        elif label == "评审会现场地址信息":
            value = norm = p.contact.address
        elif label == "平台网址":
            value, norm = ("", None) if "url" in p.blank else (p.url, p.url)
        elif label == "建设时间":
            value = norm = f"{p.build_from}-{p.build_to}"
        elif label == "平台建设金额（万元）":
            value, norm = f"{p.build_amount:.2f}", float(p.build_amount)
        elif label == "平台近三年经营指标情况":
            value = "；".join(revenue_line(p, y) for y in ("2021", "2022", "2023"))
            norm = {}
            for y in ("2021", "2022", "2023"):
                norm[f"{y}年平台营收（万元）"] = float(p.revenue_years[y])
                norm[f"{y}年增长率（%）"] = float(p.growth[y])
        elif label == "平台建设方式":
            value = norm = build_mode_text(p)
        elif label == "平台运营模式":
            value = norm = p.run_mode
        elif label == "部署方式":
            value = norm = deploy_text(p)
        else:
            ind = by_label[label]
            if ind.key in p.blank:
                rows.append({"label": label, "value": "", "normalized": None})
                continue
            val = p.v[ind.key]
            if ind.kind == "int":
                value, norm = str(val), val
            elif ind.kind == "dec":
                value, norm = f"{val:.2f}", float(val)
            elif ind.kind == "bd":
                if val:
                    value, norm = "、".join(f"{k}：{n}" for k, n in val.items()), dict(val)
                else:
                    value, norm = "", None
            elif ind.kind == "yesno":
                value, norm = ("是" if val[0] else "否"), bool(val[0])
            elif ind.kind == "orders":
                value = f"2023年自然年：{val[0]}个；截至填表日前一年：{val[1]}个"
                norm = {"2023年自然年": val[0], "截至填表日前一年": val[1]}
            elif ind.kind == "factory":
                value, norm = (f"是，{val[0]}家" if val[0] else "否"), val[0]
            elif ind.kind == "speed":
                value, norm = val[1], val[0]
            else:
                value = norm = val
        rows.append({"label": label, "value": value, "normalized": norm})
    return rows


# ----------------------------------------------------------------------------------------------
# The applicant's own 汇总表 cell text (normally = the 申报表; overrides plant differences)


def summary_cell(p: Package, label: str, st: Style) -> str:
    if label in p.summary_cell_overrides:
        return p.summary_cell_overrides[label]
    from .notice import INDICATORS

    by_label = {i.summary: i for i in INDICATORS if i.summary}
    if label == "平台近三年经营指标情况":
        return "\n".join(revenue_line(p, y, st.thousands) for y in ("2021", "2022", "2023"))
    if label == "建设时间":
        return p.extra.get("summary_build_time", f"{p.build_from}-{p.build_to}")
    if label == "平台网址":
        return "" if "url" in p.blank else p.url
    if label not in by_label:
        row = next(r for r in summary_rows(p) if r["label"] == label)
        return row["value"]
    ind = by_label[label]
    if ind.key in p.blank:
        return ""
    val = p.v[ind.key]
    if ind.kind == "yesno":
        return "是" if val[0] else "否"
    if ind.kind == "factory":
        return f"是，{val[0]}家" if val[0] else "否"
    if ind.kind == "orders":
        which = p.extra.get("summary_orders")
        if which == "2023":
            return fmt_int(val[0], st.thousands)
        if which == "ttm":
            return fmt_int(val[1], st.thousands)
        return st.orders_fmt.format(a=fmt_int(val[0], st.thousands), b=fmt_int(val[1], st.thousands))
    if ind.kind == "speed":
        return val[1]
    if ind.kind == "int":
        return fmt_int(val, st.thousands)
    if ind.kind == "dec":
        unit = unit_of(ind.content)
        return fmt_dec(val, st.thousands and unit != "%")
    if ind.kind == "bd":
        return fmt_bd(val, st) if val else "无"
    return val


# ----------------------------------------------------------------------------------------------
# Our own consistency audit of the declared data (build-time guard: clean packages must be clean,
# problem packages must show exactly what was planted, for the families that are computable)


def audit(p: Package) -> set[tuple[str, str]]:
    v = p.v
    out: set[tuple[str, str]] = set()

    def has(*keys):
        return all(k not in p.blank for k in keys)

    if has("staff", "staff_ops", "staff_run") and v["staff_ops"] + v["staff_run"] != v["staff"]:
        out.add(("identity", "staff"))
    subsets = [("staff_qual", "staff"), ("pub", "dev_total"), ("daily", "pub"), ("overseas", "dev_total"),
               ("apps_native", "apps"), ("apps", "sw_total"), ("pub_apps", "apps"), ("pub_apps_dau", "pub_apps"),
               ("models_active", "models"), ("ms_active", "ms"), ("developers_active", "developers"),
               ("served", "reg_users"), ("paying", "served"), ("served_sh", "served"), ("served_sme", "served"),
               ("killer_subs", "subs"), ("pub_servers", "servers"), ("pub_data", "data"), ("data", "storage"),
               ("apps_mau", "apps")]
    for a, b in subsets:
        if has(a, b) and v[a] > v[b]:
            out.add(("subset", a))
    if has("killer") and v["killer"] > 5:
        out.add(("subset", "killer"))
    sums = [("dev_cat", "dev_total"), ("dev_reg", "dev_total"), ("pub_cat", "pub"), ("pub_reg", "pub"),
            ("daily_cat", "daily"), ("daily_reg", "daily"), ("overseas_bd", "overseas"), ("apps_cat", "apps"),
            ("apps_ind", "apps"), ("pub_apps_cat", "pub_apps_dau"), ("pub_apps_ind", "pub_apps_dau"),
            ("models_cat", "models"), ("served_ind", "served"), ("served_reg", "served"),
            ("solutions_bd", "solutions")]
    for bd, tot in sums:
        if has(bd, tot) and v[bd] and sum(v[bd].values()) != v[tot]:
            out.add(("breakdown_sum", bd))
    if has("dev_reg", "overseas") and sum(n for k, n in v["dev_reg"].items() if is_overseas(k)) != v["overseas"]:
        out.add(("breakdown_sum", "dev_reg_overseas"))
    if has("served_reg", "served_sh") and v["served_reg"].get("上海", 0) != v["served_sh"]:
        out.add(("breakdown_sum", "served_sh"))
    allowed = {
        "dev_cat": DEVICE_CATEGORIES, "pub_cat": DEVICE_CATEGORIES, "daily_cat": DEVICE_CATEGORIES,
        "apps_cat": APP_CATEGORIES, "pub_apps_cat": APP_CATEGORIES, "apps_ind": INDUSTRIES,
        "pub_apps_ind": INDUSTRIES, "served_ind": INDUSTRIES, "models_cat": MODEL_CATEGORIES,
        "solutions_bd": SOLUTION_MODES,
    }
    for key, names in allowed.items():
        if has(key) and any(k not in names for k in v[key]):
            out.add(("invalid_category", key))
    for key in ("dev_reg", "pub_reg", "daily_reg", "served_reg"):
        if has(key) and any(k not in REGIONS and not is_overseas(k) for k in v[key]):
            out.add(("invalid_category", key))
    if has("overseas_bd") and v["overseas_bd"] and any(not is_overseas(k) for k in v["overseas_bd"]):
        out.add(("invalid_category", "overseas_bd"))
    # formulas (inputs as declared in the form)
    if has("rd", "revenue", "rd_ratio") and pct(v["rd"], v["revenue"]) != v["rd_ratio"]:
        out.add(("formula", "rd_ratio"))
    if has("paying", "reg_users", "paid_share") and pct(v["paying"], v["reg_users"]) != v["paid_share"]:
        out.add(("formula", "paid_share"))
    if has("data", "storage", "storage_util") and pct(v["data"], v["storage"]) != v["storage_util"]:
        out.add(("formula", "storage_util"))
    profit = p.extra["profit_declared"]
    if has("margin", "revenue") and pct(profit, v["revenue"]) != v["margin"]:
        out.add(("formula", "margin"))
    if has("roi") and pct(profit, p.build_amount) != v["roi"]:
        out.add(("formula", "roi"))
    years = ("2020", "2021", "2022", "2023")
    for a, b in pairwise(years):
        if pct(p.revenue_years[b] - p.revenue_years[a], p.revenue_years[a]) != p.growth[b]:
            out.add(("growth_rate", b))
    if has("revenue") and p.revenue_years["2023"] != v["revenue"]:
        out.add(("identity", "revenue_2023"))
    return out
