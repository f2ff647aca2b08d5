"""From declared values to what the 申报表 says: 指标明细表 cells, 二、平台基本情况, and 附件4 truth rows.

Owns the 平台实际情况 formats of the 填报指引 (`总数 XX 台/套，其中私有化部署涉及的相关数量 XX 台/套`,
`采矿设备：1000、化工设备：2000`, 2-decimal money and %), the 证明资料 citations (attachment,
name, page — or the explanation the notice requires when there is no proof), and the truth
`summary_rows`: what a reviewer copies from the 申报表 into 附件4. Must not render files.
"""

from __future__ import annotations

from decimal import Decimal

from eval_sets.generator.formats import breakdown, count, money
from eval_sets.generator.notice import INDICATOR_ROWS, SUMMARY_ROWS
from eval_sets.generator.prose import effects_text, intro_text, row_texts
from eval_sets.generator.state import BasicInfo, Cell, PackageState
from eval_sets.truth import SummaryRow

NEW_NAMES = {5: "新华电力能源工业互联网平台"}

_PROOF = {
    "rd": ("audit_report", "income"), "rd_intensity": ("audit_report", "income"),
    "revenue": ("audit_report", "income"), "profit_margin": ("audit_report", "income"),
    "roi": ("audit_report", "income"), "social_rate": ("audit_report", "balance"),
    "devices": ("device_list", "first"), "devices_by_cat": ("device_list", "first"),
    "devices_by_region": ("device_list", "first"), "overseas": ("device_list", "first"),
    "overseas_by_country": ("device_list", "first"),
    "pub_devices": ("screenshot", "first"), "daily_devices": ("screenshot", "first"),
    "registered": ("screenshot", "first"), "apps": ("screenshot", "first"),
    "models": ("screenshot", "first"),
    "patents": ("patent_list", "patents"), "softcopyrights": ("patent_list", "softcopyrights"),
    "awards": ("award_list", "first"),
}
_NARRATIVE_PROOF = {
    "positioning": "见《申报书》二、平台建设及运营情况", "policy_fit": "见《申报书》二、平台建设及运营情况",
    "in_strategy": "见《申报书》四、平台下一步发展计划", "special_plan": "见《申报书》四、平台下一步发展计划",
    "benefit": "见《申报书》五、平台应用案例", "cost_saving": "见《申报书》五、平台应用案例",
    "maint_drop": "见《申报书》五、平台应用案例", "energy_drop": "见《申报书》五、平台应用案例",
    "safety_gain": "见《申报书》五、平台应用案例",
}
NO_PROOF_DATA = "无单独证明资料。说明：数据来源于平台运营管理后台统计，可在现场核查时演示"
NO_PROOF_TEXT = "无单独证明资料。说明：相关制度及文件可在现场核查时查阅"


def _pct(value: Decimal) -> str:
    return f"{money(value)}%"


def _cells_values(state: PackageState) -> dict[str, tuple[str, str, object]]:
    """key → (平台实际情况, summary value, summary normalized) for every non-text row."""
    v = state.declared
    private = state.layout.private_format
    out: dict[str, tuple[str, str, object]] = {}
    for key in ("staff_total", "staff_maint", "staff_ops", "staff_qualified", "pub_devices", "daily_devices",
                "overseas", "protocols", "apps", "apps_dev", "apps_cloud", "apps_mau", "killer", "killer_dau",
                "killer_hits", "pub_apps", "pub_apps_dau", "pub_servers", "models", "models_active",
                "model_users", "micro", "micro_active", "developers", "developers_active", "registered",
                "served", "paid", "local", "sme", "subs", "killer_subs", "parks", "solutions", "jobs",
                "partners"):
        n = getattr(v, key)
        out[key] = (str(n), str(n), n)
    for key in ("rd", "killer_income", "servers", "data", "pub_data", "subs_amount"):
        x = getattr(v, key)
        out[key] = (money(x), money(x), float(x))
    out["revenue"] = (money(v.rev[2023]), money(v.rev[2023]), float(v.rev[2023]))
    for key in ("rd_intensity", "paid_ratio", "utilization", "trade_growth", "device_util", "maint_drop",
                "energy_drop", "safety_gain"):
        x = getattr(v, key)
        out[key] = (_pct(x), money(x), float(x))
    for key in ("devices_by_cat", "devices_by_region", "pub_devices_by_cat", "pub_devices_by_region",
                "daily_by_cat", "daily_by_region", "overseas_by_country", "apps_by_cat", "apps_by_industry",
                "pub_dau_by_cat", "pub_dau_by_industry", "models_by_cat", "served_by_industry",
                "served_by_region", "solutions_by_mode"):
        parts = getattr(v, key)
        text = breakdown(parts)
        out[key] = (text, text, dict(parts))
    devices = (f"总数 {v.devices} 台/套，其中私有化部署涉及的相关数量 {v.devices_private} 台/套"
               if private else str(v.devices))
    out["devices"] = (devices, str(v.devices), v.devices)
    software = (f"总数 {v.software} 个，其中私有化部署涉及的相关数量 {v.software_private} 个"
                if private else str(v.software))
    out["software"] = (software, str(v.software), v.software)
    capacity = (f"总容量 {money(v.capacity)} TB，其中私有化部署涉及的相关容量 {money(v.capacity_private)} TB"
                if private else money(v.capacity))
    out["capacity"] = (capacity, money(v.capacity), float(v.capacity))
    out["profit_margin"] = (
        f"{_pct(v.profit_margin)}（平台利润总额{money(v.profit)}万元÷平台相关营业收入{money(v.rev[2023])}万元×100%）",
        money(v.profit_margin), float(v.profit_margin))
    out["roi"] = (f"{_pct(v.roi)}（2023年平台利润总额{money(v.profit)}万元÷平台投资总额{money(v.build_amount)}万元×100%）",
                  money(v.roi), float(v.roi))
    out["social_rate"] = (
        f"{_pct(v.social_rate)}（社会贡献总额{money(v.social_total)}万元÷平均资产总额{money(v.avg_assets)}万元×100%）",
        money(v.social_rate), float(v.social_rate))
    orders = f"2023年自然年：{v.orders_2023}个；截至填表日前一年：{v.orders_12m}个"
    out["orders"] = (orders, orders, {"2023年自然年": v.orders_2023, "截至填表日前一年": v.orders_12m})
    out["patents"] = (f"共{v.patents}项", str(v.patents), v.patents)
    out["softcopyrights"] = (f"共{v.softcopyrights}个", str(v.softcopyrights), v.softcopyrights)
    first = "、".join(a.name for a in state.declared.award_list[:2])
    out["awards"] = (f"共{v.awards}个，包括{first}等，清单详见获奖清单", str(v.awards), v.awards)
    return out


def _summary_of_text(key: str, text: str, v) -> tuple[str, object]:
    if key in ("security_policy", "security_test", "security_scan", "listed", "breakthrough", "carbon",
               "identifier"):
        yes = text.startswith("是")
        return ("是" if yes else "否"), yes
    if key == "localization":
        return money(v.localization), float(v.localization)
    if key == "smart_factories":
        return (f"是，{v.smart_factories}家", v.smart_factories) if text.startswith("是") else ("否", 0)
    if key == "indices":
        return str(v.indices), v.indices
    if key == "speed":
        return text, text.split("（")[0]
    return text, text


def declare(state: PackageState) -> None:
    """Fill `state.cells` and `state.basic` from the declared values (after value problems)."""
    v = state.declared
    texts = row_texts(state.profile, v, state.platform.company, state.platform.name)
    numeric = _cells_values(state)
    for row in INDICATOR_ROWS:
        if row.key in numeric:
            actual, value, normalized = numeric[row.key]
        else:
            actual = texts[row.key]
            value, normalized = _summary_of_text(row.key, actual, v)
        state.cells[row.key] = Cell(row.key, actual, _proof(state, row.key, row.key in numeric), value, normalized)
    p = state.profile
    name = state.platform.name
    if state.layout.name_change:  # 附件2 allows a new name when 原名称+现名称 are both given
        state.declared_name = NEW_NAMES[p.list_no]
    current = state.declared_name
    shown = f"原名称：{name}；现名称：{current}" if state.layout.name_change else current
    state.basic = BasicInfo(
        platform_name=shown, platform_current=current,
        build_period=f"{p.build_start[0]} 年 {p.build_start[1]} 月至 {p.build_end[0]} 年 {p.build_end[1]} 月",
        build_amount=v.build_amount,
        revenue_lines=[f"{y} 年平台营收 {money(v.rev[y])} 万元/增长率 {money(v.growth[y])}%" for y in (2021, 2022, 2023)],
        build_mode="合作共建" if p.partner else "自建", partner=p.partner or "",
        ops_mode=p.ops_mode, iaas_mode="租用" if p.iaas_provider else "自建", iaas_provider=p.iaas_provider or "",
        deployments=p.deployments, other_deployment=False, other_deployment_text="",
        url=f"https://{p.host}", account=f"review{p.list_no:02d}", password=f"Pj#{state.spec.seed % 100000:05d}x",
        intro=intro_text(p, v, current), effects=effects_text(p, v),
    )


def _proof(state: PackageState, key: str, is_number: bool) -> str:
    if key in _PROOF:
        role, page_key = _PROOF[key]
        doc = state.doc(role)
        if doc is not None:
            return doc.cite(page_key)
    if key in _NARRATIVE_PROOF:
        return _NARRATIVE_PROOF[key]
    if key in ("staff_total", "staff_maint", "staff_ops", "staff_qualified", "jobs"):
        return "无单独证明资料。说明：人数依据截至填表日的劳动合同及社保缴纳名单统计，可现场核查"
    return NO_PROOF_DATA if is_number else NO_PROOF_TEXT


def summary_rows(state: PackageState) -> list[SummaryRow]:
    """附件4 as a reviewer fills it from this package (the 申报表 first, 附件1/6 where it has no row)."""
    b = state.basic
    assert b is not None
    p = state.profile
    v = state.declared
    district, road, number = p.meeting_address
    address = "" if "联系人表" in state.omitted else f"上海市{district}区{road}路{number}"
    growth = {}
    for y in (2021, 2022, 2023):
        growth[f"{y}年平台营收（万元）"] = float(v.rev[y])
        growth[f"{y}年增长率（%）"] = float(v.growth[y])
    revenue_value = "；".join(f"{y}年平台营收{money(v.rev[y])}万元/增长率{money(v.growth[y])}%" for y in (2021, 2022, 2023))
    mode = f"合作共建，{b.partner}" if b.build_mode == "合作共建" and b.partner else b.build_mode
    deploy = "、".join(b.deployments)
    if b.other_deployment:
        deploy += f"、其他部署方式（{b.other_deployment_text}）" if b.other_deployment_text else "、其他部署方式"
    period = f"{p.build_start[0]}.{p.build_start[1]:02d}-{p.build_end[0]}.{p.build_end[1]:02d}"
    basic: dict[str, tuple[str, object]] = {
        "list_no": (str(state.platform.list_no), state.platform.list_no),
        "company": (state.platform.company, state.platform.company),
        "platform_name": (b.platform_current, b.platform_current),
        "platform_kind": (p.kind, p.kind),
        "contact_name": (p.contact, p.contact), "contact_mobile": (p.mobile, p.mobile),
        "contact_email": (p.email, p.email),
        "meeting_address": (address, address or None),
        "url": (b.url, b.url or None),
        "build_period": (period, period),
        "build_amount": (money(b.build_amount), float(b.build_amount)),
        "revenue_3y": (revenue_value, growth),
        "build_mode": (mode, mode), "ops_mode": (b.ops_mode, b.ops_mode), "deployment": (deploy, deploy),
    }
    rows = []
    for label, key in SUMMARY_ROWS:
        if key in basic:
            value, normalized = basic[key]
        else:
            cell = state.cells[key]
            value, normalized = cell.summary_value, cell.summary_normalized
        if value == "":
            normalized = None
        rows.append(SummaryRow(label=label, value=value, normalized=normalized))
    return rows


def applicant_summary_values(state: PackageState, thousands: bool) -> list[tuple[str, str]]:
    """The applicant's own 附件4: the truth values, in its number style, with planted differences."""
    out = []
    for row in summary_rows(state):
        value = row.value
        if thousands and value.isdigit() and "（" in row.label:  # counts and amounts, not 序号 or phones
            value = count(int(value), True)
        if row.label == "平台近三年经营指标情况":
            value = value.replace("；", "\n")
        out.append((row.label, state.summary_overrides.get(row.label, value)))
    return out
