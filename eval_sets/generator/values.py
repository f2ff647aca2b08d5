"""The platform's numbers, consistent by construction.

Owns `Values` (every number a package states: company, platform, indicators, audit figures in
元, certificate and award lists) and `make_values`, which draws them from a seeded RNG so that
every identity, formula, subset and breakdown of the 填报指引 holds, and `derive`, which recomputes
the formula outputs from their inputs (problems mutate inputs, then call it). Must not format
text or know about files.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from eval_sets.generator.certificates import Award, Certificate, awards, certificates
from eval_sets.generator.notice import APP_CATEGORIES, MODEL_CATEGORIES, SOLUTION_MODES
from eval_sets.generator.profiles import Profile

CENT = Decimal("0.01")


def q2(value: Decimal) -> Decimal:
    """The notice's 保留2位小数, half-up like a reviewer's calculator."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def ratio(part: Decimal | int, whole: Decimal | int) -> Decimal:
    return q2(Decimal(part) / Decimal(whole) * 100)


def wan(yuan: Decimal) -> Decimal:
    return q2(yuan / 10000)


@dataclass
class CaseRates:
    maint: Decimal
    energy: Decimal
    safety: Decimal


@dataclass
class Values:
    company_assets: Decimal
    company_revenue: Decimal
    company_growth: Decimal
    company_debt_ratio: Decimal
    company_profit: Decimal
    company_tax: Decimal
    build_amount: Decimal
    revenue_yuan: dict[int, Decimal]  # 2022, 2023 as audited
    rev: dict[int, Decimal]  # 2021..2023 in 万元
    growth: dict[int, Decimal]
    staff_total: int
    staff_maint: int
    staff_ops: int
    staff_qualified: int
    rd_yuan: Decimal
    rd: Decimal
    rd_intensity: Decimal
    profit_yuan: Decimal
    profit: Decimal
    profit_margin: Decimal
    devices: int
    devices_private: int
    devices_by_cat: dict[str, int]
    devices_by_region: dict[str, int]
    pub_devices: int
    pub_devices_by_cat: dict[str, int]
    pub_devices_by_region: dict[str, int]
    daily_devices: int
    daily_by_cat: dict[str, int]
    daily_by_region: dict[str, int]
    overseas: int
    overseas_by_country: dict[str, int]
    protocols: int
    software: int
    software_private: int
    apps: int
    apps_dev: int
    apps_cloud: int
    apps_by_cat: dict[str, int]
    apps_by_industry: dict[str, int]
    apps_mau: int
    killer: int
    killer_dau: int
    killer_hits: int
    killer_income: Decimal
    pub_apps: int
    pub_apps_dau: int
    pub_dau_by_cat: dict[str, int]
    pub_dau_by_industry: dict[str, int]
    edge_nodes: int
    latency_ms: int
    servers: Decimal
    pub_servers: int
    capacity: Decimal
    capacity_private: Decimal
    data: Decimal
    pub_data: Decimal
    utilization: Decimal
    models: int
    models_active: int
    model_users: int
    models_by_cat: dict[str, int]
    micro: int
    micro_active: int
    developers: int
    developers_active: int
    registered: int
    served: int
    served_by_industry: dict[str, int]
    served_by_region: dict[str, int]
    paid: int
    paid_ratio: Decimal
    local: int
    sme: int
    orders_2023: int
    orders_12m: int
    trade_growth: Decimal
    subs: int
    killer_subs: int
    subs_amount: Decimal
    device_util: Decimal
    localization: Decimal
    localization_sw: Decimal
    localization_hw: Decimal
    smart_factories: int
    parks: int
    solutions: int
    solutions_by_mode: dict[str, int]
    roi: Decimal
    case_rates: list[CaseRates]
    maint_drop: Decimal
    energy_drop: Decimal
    safety_gain: Decimal
    indices: int
    patent_list: list[Certificate]
    softcopyright_list: list[Certificate]
    award_list: list[Award]
    patents: int  # declared counts; equal to the list lengths until a problem says otherwise
    softcopyrights: int
    awards: int
    jobs: int
    social_total: Decimal
    assets_yuan: dict[str, Decimal]  # 期末 / 期初 资产总计 of the platform business
    avg_assets: Decimal
    social_rate: Decimal
    partners: int
    income_detail_yuan: dict[str, Decimal] = field(default_factory=dict)

    @property
    def revenue(self) -> Decimal:
        """平台相关营业收入 (万元): the 2023 revenue."""
        return self.rev[2023]


def split(total: int, names: tuple[str, ...] | list[str], rng: random.Random,
          weights: list[float] | None = None) -> dict[str, int]:
    """Integer parts in the given order, each ≥ 1 when total allows, summing exactly to total."""
    if not names:
        return {}
    w = weights or [rng.uniform(0.6, 3.0) for _ in names]
    scale = sum(w)
    parts = [max(1, int(total * x / scale)) if total >= len(names) else 0 for x in w]
    parts[0] += total - sum(parts)
    return dict(zip(names, parts, strict=True))


def capped_split(total: int, caps: dict[str, int]) -> dict[str, int]:
    """Split total proportionally to caps, never above a cap (public ≤ all, daily ≤ public)."""
    whole = sum(caps.values())
    parts = {k: min(cap, cap * total // whole) for k, cap in caps.items()}
    rest = total - sum(parts.values())
    for k in caps:
        room = min(caps[k] - parts[k], rest)
        parts[k] += room
        rest -= room
    assert rest == 0, "total above the sum of caps"
    return parts


def _yuan(rng: random.Random, wan_value: float, exact: bool) -> Decimal:
    cents = Decimal(int(wan_value * 10000 * 100)) / 100
    if exact:
        return q2(cents / 10000) * 10000
    return cents + Decimal(rng.randint(0, 4999)) / 100 - Decimal("24.99")


def make_values(profile: Profile, seed: int, scale: float, exact_yuan: bool,
                devices: int | None = None) -> Values:
    rng = random.Random(seed)
    r = rng.randint

    revenue_2023 = round(scale * rng.uniform(5200, 7800), 2)
    revenue_yuan = {2023: _yuan(rng, revenue_2023, exact_yuan),
                    2022: _yuan(rng, revenue_2023 / rng.uniform(1.08, 1.32), exact_yuan)}
    rev = {2023: wan(revenue_yuan[2023]), 2022: wan(revenue_yuan[2022])}
    rev[2021] = q2(rev[2022] / Decimal(str(round(rng.uniform(1.06, 1.30), 4))))
    rd_yuan = _yuan(rng, float(rev[2023]) * rng.uniform(0.12, 0.24), exact_yuan)
    profit_yuan = _yuan(rng, float(rev[2023]) * rng.uniform(0.08, 0.18), exact_yuan)

    staff_maint, staff_ops = r(40, 120), r(20, 80)
    devices = devices or int(round(scale * r(18000, 36000), -2))
    cats = list(profile.device_categories)
    by_cat = split(devices, cats, rng)
    overseas_names = list(profile.overseas)
    overseas_by_country = split(r(20, 60) * len(overseas_names), overseas_names, rng)
    overseas = sum(overseas_by_country.values())
    regions = list(profile.regions)
    domestic = split(devices - overseas, regions, rng, [4.0] + [rng.uniform(0.5, 1.6) for _ in regions[1:]])
    by_region = {**domestic, **overseas_by_country}
    pub_devices = int(devices * rng.uniform(0.45, 0.7))
    daily = int(pub_devices * rng.uniform(0.55, 0.85))
    pub_by_cat = capped_split(pub_devices, by_cat)
    pub_by_region = capped_split(pub_devices, by_region)

    apps_dev, apps_cloud = r(150, 320), r(40, 110)
    apps = apps_dev + apps_cloud
    app_cats = [c for c in APP_CATEGORIES if rng.random() < 0.75] or list(APP_CATEGORIES[:4])
    pub_apps = int(apps * rng.uniform(0.5, 0.8))
    pub_dau = int(pub_apps * rng.uniform(0.3, 0.6))

    capacity = Decimal(r(400, 1600))
    data = q2(capacity * Decimal(str(round(rng.uniform(0.45, 0.82), 4))))
    models = r(120, 420)
    developers = r(1500, 8000)
    registered = int(round(scale * r(900, 2600), -1))
    served = int(registered * rng.uniform(0.6, 0.85))
    local = int(served * rng.uniform(0.35, 0.55))
    paid = int(served * rng.uniform(0.18, 0.4))
    industries = list(profile.app_industries)
    served_regions = [x for x in regions if x != "上海"]
    served_by_region = {"上海": local, **split(served - local, served_regions, rng)}
    solutions = r(24, 80)
    subs = r(3000, 12000)
    case_rates = [CaseRates(q2(Decimal(rng.uniform(8, 30))), q2(Decimal(rng.uniform(4, 18))),
                            q2(Decimal(rng.uniform(10, 40)))) for _ in profile.cases]
    build_amount = q2(Decimal(str(round(scale * rng.uniform(3000, 9000), 2))))
    assets_end = _yuan(rng, float(rev[2023]) * rng.uniform(1.1, 1.8), exact_yuan)
    assets_begin = _yuan(rng, float(assets_end) / 10000 / rng.uniform(1.05, 1.25), exact_yuan)

    values = Values(
        company_assets=q2(Decimal(str(round(rev[2023] * Decimal(rng.uniform(6, 30)), 2)))),
        company_revenue=q2(rev[2023] * Decimal(str(round(rng.uniform(3, 12), 3)))),
        company_growth=q2(Decimal(rng.uniform(-3, 18))),
        company_debt_ratio=q2(Decimal(rng.uniform(28, 62))),
        company_profit=q2(rev[2023] * Decimal(str(round(rng.uniform(0.3, 1.4), 3)))),
        company_tax=q2(rev[2023] * Decimal(str(round(rng.uniform(0.08, 0.3), 3)))),
        build_amount=build_amount,
        revenue_yuan=revenue_yuan, rev=rev, growth={2021: q2(Decimal(rng.uniform(5, 30)))},
        staff_total=staff_maint + staff_ops, staff_maint=staff_maint, staff_ops=staff_ops,
        staff_qualified=int((staff_maint + staff_ops) * rng.uniform(0.4, 0.8)),
        rd_yuan=rd_yuan, rd=wan(rd_yuan), rd_intensity=Decimal(0),
        profit_yuan=profit_yuan, profit=wan(profit_yuan), profit_margin=Decimal(0),
        devices=devices, devices_private=int(round(devices * rng.uniform(0.1, 0.3), -2)),
        devices_by_cat=by_cat, devices_by_region=by_region,
        pub_devices=pub_devices, pub_devices_by_cat=pub_by_cat, pub_devices_by_region=pub_by_region,
        daily_devices=daily, daily_by_cat=capped_split(daily, pub_by_cat),
        daily_by_region=capped_split(daily, pub_by_region),
        overseas=overseas, overseas_by_country=overseas_by_country, protocols=r(60, 260),
        software=apps + r(20, 90), software_private=r(10, 40),
        apps=apps, apps_dev=apps_dev, apps_cloud=apps_cloud,
        apps_by_cat=split(apps, app_cats, rng), apps_by_industry=split(apps, industries, rng),
        apps_mau=int(apps * rng.uniform(0.55, 0.85)), killer=5, killer_dau=r(300, 2400),
        killer_hits=r(3000, 30000), killer_income=q2(Decimal(rng.uniform(8, 60))),
        pub_apps=pub_apps, pub_apps_dau=pub_dau,
        pub_dau_by_cat=split(pub_dau, app_cats, rng), pub_dau_by_industry=split(pub_dau, industries, rng),
        edge_nodes=r(40, 400), latency_ms=r(5, 40),
        servers=q2(Decimal(rng.uniform(80, 420))), pub_servers=0,
        capacity=capacity, capacity_private=Decimal(r(50, 300)), data=data,
        pub_data=q2(data * Decimal(str(round(rng.uniform(0.3, 0.7), 4)))), utilization=Decimal(0),
        models=models, models_active=int(models * rng.uniform(0.4, 0.75)), model_users=r(200, 1500),
        models_by_cat=split(models, list(MODEL_CATEGORIES), rng),
        micro=r(300, 1500), micro_active=0, developers=developers,
        developers_active=int(developers * rng.uniform(0.2, 0.5)),
        registered=registered, served=served,
        served_by_industry=split(served, industries, rng), served_by_region=served_by_region,
        paid=paid, paid_ratio=Decimal(0), local=local, sme=int(served * rng.uniform(0.6, 0.85)),
        orders_2023=r(5000, 40000), orders_12m=0, trade_growth=q2(Decimal(rng.uniform(6, 35))),
        subs=subs, killer_subs=int(subs * rng.uniform(0.3, 0.55)),
        subs_amount=q2(Decimal(rng.uniform(300, 2500))),
        device_util=q2(Decimal(rng.uniform(60, 92))), localization=Decimal(0),
        localization_sw=q2(Decimal(rng.uniform(75, 98))), localization_hw=q2(Decimal(rng.uniform(60, 92))),
        smart_factories=r(2, 9), parks=r(3, 20), solutions=solutions,
        solutions_by_mode=split(solutions, list(SOLUTION_MODES), rng), roi=Decimal(0),
        case_rates=case_rates, maint_drop=Decimal(0), energy_drop=Decimal(0), safety_gain=Decimal(0),
        indices=r(3, 12),
        patent_list=[], softcopyright_list=[], award_list=[], patents=0, softcopyrights=0, awards=0,
        jobs=r(80, 600), social_total=q2(rev[2023] * Decimal(str(round(rng.uniform(0.25, 0.45), 4)))),
        assets_yuan={"期末": assets_end, "期初": assets_begin}, avg_assets=Decimal(0),
        social_rate=Decimal(0), partners=r(3, 15),
    )
    values.pub_servers = int(values.servers * Decimal(str(round(rng.uniform(0.3, 0.7), 3))))
    values.micro_active = int(values.micro * rng.uniform(0.4, 0.8))
    values.orders_12m = int(values.orders_2023 * rng.uniform(1.02, 1.15))
    values.localization = q2((values.localization_sw + values.localization_hw) / 2)
    values.patent_list, values.softcopyright_list = certificates(profile, rng)
    values.award_list = awards(profile, rng)
    values.patents = len(values.patent_list)
    values.softcopyrights = len(values.softcopyright_list)
    values.awards = len(values.award_list)
    derive(values)
    _income_detail(values, rng)
    return values


def derive(v: Values) -> None:
    """Recompute every formula output of the 填报指引 from its inputs."""
    v.growth[2022] = ratio(v.rev[2022] - v.rev[2021], v.rev[2021])
    v.growth[2023] = ratio(v.rev[2023] - v.rev[2022], v.rev[2022])
    v.rd_intensity = ratio(v.rd, v.rev[2023])  # 1.2.1: 研发投入÷营业收入×100%
    v.profit_margin = ratio(v.profit, v.rev[2023])  # 1.2.2: 平台利润÷平台相关营业收入×100%
    v.paid_ratio = ratio(v.paid, v.registered)  # 1.2.2: 付费用户数÷平台用户总数×100%
    v.utilization = ratio(v.data, v.capacity)  # 2.2.2: 实际存储资源数量÷存储容量×100%
    v.roi = ratio(v.profit, v.build_amount)  # 3.1.2: 平台年利润/投资总额×100%
    v.avg_assets = wan((v.assets_yuan["期末"] + v.assets_yuan["期初"]) / 2)
    v.social_rate = ratio(v.social_total, v.avg_assets)  # 3.1.3: 社会贡献总额÷平均资产总额×100%
    n = Decimal(len(v.case_rates))
    if n:  # 3.1.2: 基于提供的3个案例，计算3个案例平均值
        v.maint_drop = q2(sum((c.maint for c in v.case_rates), Decimal(0)) / n)
        v.energy_drop = q2(sum((c.energy for c in v.case_rates), Decimal(0)) / n)
        v.safety_gain = q2(sum((c.safety for c in v.case_rates), Decimal(0)) / n)


def _income_detail(v: Values, rng: random.Random) -> None:
    """An income statement of the platform business whose lines add up (利润表, 元)."""
    revenue = v.revenue_yuan[2023]
    tax = q2(revenue * Decimal(str(round(rng.uniform(0.004, 0.009), 5))))
    selling = q2(revenue * Decimal(str(round(rng.uniform(0.05, 0.09), 5))))
    admin = q2(revenue * Decimal(str(round(rng.uniform(0.06, 0.1), 5))))
    finance = q2(revenue * Decimal(str(round(rng.uniform(0.002, 0.006), 5))))
    other_in = q2(revenue * Decimal(str(round(rng.uniform(0.003, 0.01), 5))))
    non_op_out = q2(revenue * Decimal(str(round(rng.uniform(0.0005, 0.002), 5))))
    operating = v.profit_yuan + non_op_out - other_in
    cost = revenue - tax - selling - admin - v.rd_yuan - finance - operating
    income_tax = q2(v.profit_yuan * Decimal("0.15"))
    v.income_detail_yuan = {
        "营业成本": cost, "税金及附加": tax, "销售费用": selling, "管理费用": admin,
        "研发费用": v.rd_yuan, "财务费用": finance, "营业利润": operating,
        "营业外收入": other_in, "营业外支出": non_op_out, "利润总额": v.profit_yuan,
        "所得税费用": income_tax, "净利润": v.profit_yuan - income_tax,
    }
