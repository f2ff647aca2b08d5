"""Primary records (customers, orders, contracts, invoices) and the declared indicator values of one package.

Everything is drawn from a fixed seed; the platform revenue, served-enterprise counts and their breakdowns
are derived from the records, then the planted deviations of specs.PACKAGES are applied to the declared side.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

REGION_POOL = ["上海", "江苏", "浙江", "安徽", "广东", "山东", "湖北"]
APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
SOLUTION_CATS = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
DEVICE_CATS = ["动力设备", "电力设备", "仪器仪表", "机床", "轻工设备", "化工设备", "物流设备", "电工、电子设备"]
WORDS = ["恒岳", "瑞科", "嘉禾", "启航", "博远", "正泰隆", "汇川源", "金石", "银河", "鼎信", "宏盛", "佳研", "泓达",
         "申联", "沪宁", "锦程", "华拓", "润驰", "精工", "凯达", "晟通", "远洋", "睿思", "东浦", "南汇", "明诚", "立信",
         "中孚", "天瑞", "永固", "海诺", "祥和", "德昌", "同舟", "赛维", "信邦", "宇恒", "宁康", "弘毅", "卓越", "驰远",
         "宝丰", "和盛", "新锐", "振华", "友邦", "嘉定", "昆仑", "青松", "长风", "禾丰", "汉诺", "协力", "众诚", "凌云"]
IND_WORD = {"轻工": "包装制品", "机械": "精密机械", "化工": "化工材料", "石化化工": "化工材料", "电子": "电子科技",
            "汽车": "汽车零部件", "建材": "新型建材", "食品": "食品", "纺织": "纺织", "医药": "医药", "船舶": "船舶配套",
            "有色金属": "有色金属", "电力、热力和燃气": "能源科技"}
CITY = {"上海": "上海", "江苏": "苏州", "浙江": "宁海", "安徽": "合肥", "广东": "东莞", "山东": "潍坊", "湖北": "武汉"}
TYPES = [("平台服务", 0.06), ("硬件销售", 0.13), ("系统集成", 0.09)]


def c2(x: float) -> float:
    return round(x + 1e-9, 2)


def yuan(x: float) -> str:
    return f"{x:,.2f}"


def split(total: int, keys: list[str], rnd: random.Random, skew: float = 1.6) -> dict[str, int]:
    weights = [rnd.uniform(0.6, 1.4) / (skew ** i) for i in range(len(keys))]
    s = sum(weights)
    vals = [max(1, int(total * w / s)) for w in weights]
    vals[0] += total - sum(vals)
    return dict(zip(keys, vals))


def scale(d: dict[str, int], total: int) -> dict[str, int]:
    s = sum(d.values())
    out = {k: max(0, int(v * total / s)) for k, v in d.items()}
    first = next(iter(out))
    out[first] += total - sum(out.values())
    return out


def bd_text(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


@dataclass
class Customer:
    name: str
    industry: str
    region: str
    sme: bool
    paid: bool
    since: dt.date


@dataclass
class Order:
    no: str
    customer: str
    date: dt.date
    service: str
    paid: bool


@dataclass
class Contract:
    no: str
    customer: str
    date: dt.date
    kind: str
    rate: float
    net: float
    tax: float

    @property
    def gross(self) -> float:
        return c2(self.net + self.tax)


@dataclass
class Model:
    spec: dict
    customers: list[Customer] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    contracts: list[Contract] = field(default_factory=list)  # as the ledger prints them
    v: dict = field(default_factory=dict)  # declared numbers


def _name(rnd, used, industry, region):
    while True:
        n = f"{CITY[region]}{rnd.choice(WORDS)}{IND_WORD.get(industry, '实业')}有限公司"
        if n not in used:
            used.add(n)
            return n


def _date(rnd, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rnd.randrange((end - start).days + 1))


def build_model(spec: dict) -> Model:
    rnd = random.Random(spec["seed"])
    m = Model(spec)
    probs = set(spec["problems"])
    used: set[str] = set()
    inds = spec["industries"]
    regions = ["上海"] * 6 + ["江苏"] * 2 + ["浙江"] * 2 + ["安徽"]
    # customers (cumulative, distinct)
    for i in range(spec["customers"]):
        ind = inds[i % len(inds)] if i < 30 else rnd.choice(inds + ["其他"])
        reg = rnd.choice(regions)
        m.customers.append(Customer(_name(rnd, used, ind, reg), ind, reg, rnd.random() < 0.8, rnd.random() < 0.7,
                                    _date(rnd, dt.date(2021, 1, 5), dt.date(2024, 3, 30))))
    m.customers.sort(key=lambda c: c.since)
    services = ["能源管理SaaS订阅", "设备在线监测服务", "碳排放核算模块", "能效诊断报告", "工艺参数优化APP",
                "设备预测性维护APP", "供应链协同模块", "数据采集网关接入服务"]
    k = 0
    for c in m.customers:
        for j in range(rnd.choice([1, 1, 2, 2, 3, 4])):
            d = c.since if j == 0 else _date(rnd, c.since, dt.date(2024, 6, 28))
            k += 1
            m.orders.append(Order("", c.name, d, rnd.choice(services), c.paid))
    m.orders.sort(key=lambda o: (o.date, o.customer))
    for i, o in enumerate(m.orders, 1):
        o.no = f"DD{o.date:%Y%m}{i:04d}"

    # 2023 contracts: platform-service contracts with paid customers (some twice), hardware, integration
    paid = [c for c in m.customers if c.paid and c.since <= dt.date(2023, 12, 1)]
    rnd.shuffle(paid)
    plat_customers = paid[: spec["platform_contracts"] - 4] + paid[:4]
    raw = []
    for c in plat_customers:
        d = _date(rnd, max(dt.date(2023, 1, 3), c.since), dt.date(2023, 12, 22))
        raw.append(("平台服务", 0.06, c.name, d, rnd.randrange(4_800_000, 62_000_000) / 100))
    hw_names = [_name(rnd, used, rnd.choice(inds), rnd.choice(regions)) for _ in range(6)]
    for i in range(9):
        raw.append(("硬件销售", 0.13, hw_names[i % 6] if i < 6 else rnd.choice([c.name for c in m.customers]),
                    _date(rnd, dt.date(2023, 1, 3), dt.date(2023, 12, 22)), rnd.randrange(12_000_000, 95_000_000) / 100))
    for i in range(4):
        raw.append(("系统集成", 0.09, rnd.choice(hw_names + [c.name for c in m.customers]),
                    _date(rnd, dt.date(2023, 1, 3), dt.date(2023, 12, 22)), rnd.randrange(30_000_000, 150_000_000) / 100))
    if "contract_2024" in probs:
        c = plat_customers[5]
        raw.append(("平台服务", 0.06, c.name, dt.date(2024, 1, 16), 386_420.00))
    order = {t: i for i, (t, _) in enumerate(TYPES)}
    raw.sort(key=lambda r: (order[r[0]], r[3], r[2]))
    prefix = {"平台服务": "PS", "硬件销售": "HW", "系统集成": "SI"}
    for i, (kind, rate, cust, d, net) in enumerate(raw, 1):
        net = c2(net)
        m.contracts.append(Contract(f"{spec['short'][:2] and 'HT'}-{prefix[kind]}-{d:%Y}-{i:03d}", cust, d, kind, rate,
                                    net, c2(net * rate)))
    v = m.v
    in2023 = [x for x in m.contracts if x.date.year == 2023]
    plat = [x for x in in2023 if x.kind == "平台服务"]
    v["plat_net_yuan"] = c2(sum(x.net for x in plat))
    v["plat_gross_yuan"] = c2(sum(x.gross for x in plat))
    v["ledger_plat_net_yuan"] = c2(sum(x.net for x in m.contracts if x.kind == "平台服务"))
    v["ledger_plat_gross_yuan"] = c2(sum(x.gross for x in m.contracts if x.kind == "平台服务"))
    v["ledger_plat_tax_yuan"] = c2(sum(x.tax for x in m.contracts if x.kind == "平台服务"))
    v["printed_plat_net_yuan"] = v["ledger_plat_net_yuan"] + (96_300.00 if "subtotal_wrong" in probs else 0)
    v["company_rev_yuan"] = c2(sum(x.net for x in in2023))
    R_true = c2(v["plat_net_yuan"] / 10000)
    if "revenue_incl_tax" in probs:
        R = c2(v["plat_gross_yuan"] / 10000)
    elif "contract_2024" in probs:
        R = c2(v["ledger_plat_net_yuan"] / 10000)
    elif "subtotal_wrong" in probs:
        R = c2(v["printed_plat_net_yuan"] / 10000)
    else:
        R = R_true
    v["R_true"], v["R"] = R_true, R
    v["r22"] = c2(R_true / rnd.uniform(1.12, 1.3))
    v["r21"] = c2(v["r22"] / rnd.uniform(1.1, 1.35))
    r20 = v["r21"] / rnd.uniform(1.1, 1.4)
    v["g21"] = c2((v["r21"] - r20) / r20 * 100)
    v["g22"] = c2((v["r22"] - v["r21"]) / v["r21"] * 100)
    v["g23"] = c2((R - v["r22"]) / v["r22"] * 100)
    v["rd"] = c2(R_true * rnd.uniform(0.18, 0.3))
    v["profit"] = c2(R_true * rnd.uniform(0.08, 0.16))
    v["invest"] = c2(round(R_true * rnd.uniform(2.0, 3.0), -1))
    v["rd_int"] = c2(v["rd"] / R * 100) + (3.17 if "rd_intensity" in probs else 0)
    v["rd_int"] = c2(v["rd_int"])
    v["margin"] = c2(v["profit"] / R * 100)
    v["roi"] = c2(v["profit"] / v["invest"] * 100)
    # company-wide
    v["company_rev_prev_yuan"] = c2(v["company_rev_yuan"] / rnd.uniform(1.05, 1.2))
    v["company_profit_yuan"] = c2(v["company_rev_yuan"] * rnd.uniform(0.06, 0.1))
    v["company_assets_yuan"] = c2(v["company_rev_yuan"] * rnd.uniform(1.2, 1.8))
    v["company_liab_yuan"] = c2(v["company_assets_yuan"] * rnd.uniform(0.35, 0.55))
    v["company_tax_yuan"] = c2(v["company_rev_yuan"] * rnd.uniform(0.03, 0.05))

    # served enterprises (distinct customers) and orders
    cs = m.customers
    v["M"] = len(cs)
    v["N_orders"] = len(m.orders)
    v["paid_M"] = sum(c.paid for c in cs)
    v["sh_M"] = sum(c.region == "上海" for c in cs)
    v["sme_M"] = sum(c.sme for c in cs)
    v["ind_M"] = _count(c.industry for c in cs)
    v["reg_M"] = _count(c.region for c in cs)
    if "count_contracts" in probs:  # the applicant counted orders, not distinct customers
        by = {c.name: c for c in cs}
        oc = [by[o.customer] for o in m.orders]
        v["served"], v["paid"] = len(oc), sum(c.paid for c in oc)
        v["sh"], v["sme"] = sum(c.region == "上海" for c in oc), sum(c.sme for c in oc)
        v["ind"], v["reg"] = _count(c.industry for c in oc), _count(c.region for c in oc)
    else:
        v["served"], v["paid"], v["sh"], v["sme"] = v["M"], v["paid_M"], v["sh_M"], v["sme_M"]
        v["ind"], v["reg"] = dict(v["ind_M"]), dict(v["reg_M"])
    if "region_sum" in probs:
        v["reg"]["上海"] += 12
    v["registered"] = v["served"] + rnd.randrange(40, 90)
    v["paid_ratio"] = c2(v["paid"] / v["registered"] * 100)
    v["orders_2023"] = sum(o.date.year == 2023 for o in m.orders)
    v["orders_trailing"] = sum(dt.date(2023, 7, 1) <= o.date <= dt.date(2024, 6, 30) for o in m.orders)
    v["summary_paid"] = v["paid"] + (10 if "summary_paid" in probs else 0)

    # technical indicators (consistent among themselves)
    dev = rnd.randrange(2600, 9000)
    over = {"越南Vietnam": rnd.randrange(20, 60), "泰国Thailand": rnd.randrange(8, 30)}
    v["dev"] = dev
    v["dev_cat"] = split(dev, rnd.sample(DEVICE_CATS, 5), rnd)
    dom = split(dev - sum(over.values()), ["上海", "江苏", "浙江", "安徽", "广东"], rnd)
    v["dev_reg"] = {**dom, **over}
    v["over"], v["over_total"] = over, sum(over.values())
    pub = int(dev * rnd.uniform(0.45, 0.7))
    v["pub"] = pub
    v["pub_cat"] = scale(v["dev_cat"], pub)
    v["pub_reg"] = scale(v["dev_reg"], pub)
    run = int(pub * rnd.uniform(0.6, 0.8))
    v["run"] = run
    v["run_cat"] = scale(v["pub_cat"], run)
    v["run_reg"] = scale(v["pub_reg"], run)
    v["protocols"] = rnd.randrange(60, 180)
    apps = rnd.randrange(80, 260)
    v["apps"], v["software"] = apps, apps + rnd.randrange(10, 60)
    v["apps_native"], v["apps_cloud"] = int(apps * 0.55), int(apps * 0.3)
    v["app_cat"] = split(apps, rnd.sample(APP_CATS, 6), rnd, 1.3)
    v["app_ind"] = split(apps, inds + ["其他"], rnd, 1.3)
    v["app_mau"] = int(apps * rnd.uniform(0.5, 0.75))
    v["killer"], v["killer_users"] = 5, rnd.randrange(300, 1500)
    v["killer_daily"], v["killer_income"] = rnd.randrange(3000, 12000), c2(rnd.uniform(8, 40))
    v["pub_apps"] = int(apps * rnd.uniform(0.5, 0.7))
    v["pub_apps_dau"] = int(v["pub_apps"] * rnd.uniform(0.35, 0.55))
    v["pub_apps_cat"] = scale(v["app_cat"], v["pub_apps_dau"])
    v["pub_apps_ind"] = scale(v["app_ind"], v["pub_apps_dau"])
    v["cloud_use"], v["cloud_pub"] = c2(rnd.randrange(4000, 12000) / 100), rnd.randrange(12, 36)
    v["storage"] = c2(rnd.choice([200, 320, 400, 480, 600]))
    v["data"] = c2(v["storage"] * rnd.uniform(0.4, 0.7))
    v["pub_data"] = c2(v["data"] * rnd.uniform(0.3, 0.6))
    while abs((v["data"] / v["storage"] * 10000) % 1 - 0.5) < 0.05:  # keep clear of a rounding boundary
        v["data"] = c2(v["data"] + 0.01)
    v["storage_util"] = round(v["data"] / v["storage"] * 100, 2)
    v["models"] = rnd.randrange(60, 200)
    v["models_active"] = int(v["models"] * 0.45)
    v["model_users"] = rnd.randrange(80, 400)
    v["model_cat"] = split(v["models"], MODEL_CATS, rnd, 1.2)
    v["micro"] = rnd.randrange(300, 900)
    v["micro_active"] = int(v["micro"] * 0.5)
    v["devs"] = rnd.randrange(600, 3000)
    v["devs_active"] = int(v["devs"] * 0.22)
    v["growth_trade"] = c2(rnd.uniform(10, 30))
    v["subs"] = rnd.randrange(600, 2400)
    v["subs_killer"] = int(v["subs"] * 0.42)
    v["subs_amount"] = c2(R_true * rnd.uniform(0.3, 0.5))
    v["dev_util"] = c2(rnd.uniform(60, 85))
    v["localization"] = c2(rnd.choice([82, 85, 88, 90]))
    v["smart_factories"] = rnd.randrange(2, 7)
    v["parks"] = rnd.randrange(3, 9)
    v["solutions"] = rnd.randrange(12, 30)
    v["sol_cat"] = split(v["solutions"], SOLUTION_CATS, rnd, 1.15)
    v["cost_down"], v["energy_down"], v["safety_up"] = c2(rnd.uniform(10, 22)), c2(rnd.uniform(6, 15)), c2(rnd.uniform(12, 30))
    v["indices"] = rnd.randrange(2, 6)
    v["patents"], v["softcr"] = rnd.randrange(6, 16), rnd.randrange(10, 30)
    v["awards"], v["jobs"] = rnd.randrange(1, 5), rnd.randrange(60, 260)
    v["social"] = c2(rnd.uniform(12, 26))
    v["partners"] = rnd.randrange(3, 9)
    v["api"], v["datasets"] = rnd.randrange(40, 160), rnd.randrange(3, 12)
    v["staff_ops"], v["staff_run"] = rnd.randrange(30, 70), rnd.randrange(15, 40)
    v["staff"] = v["staff_ops"] + v["staff_run"]
    v["staff_qual"] = int(v["staff"] * 0.7)
    v["secret"] = f"Eval#{spec['seed']}"
    return m


def _count(items) -> dict[str, int]:
    out: dict[str, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))
