"""One source of truth per package: the applicant's declared figures, synthesised consistently.

`synth(spec)` turns a few primary figures into all 103 附件4 values (breakdowns add up, formulas
hold, parts stay below totals). Planted problems are applied afterwards by the package specs, on
copies (form / evidence / narrative / summary), never here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from labels import LABELS

APPENDIX_A = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人",
              "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]
APPENDIX_B = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
APPENDIX_E = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]


def split(total: int, weights: list[float]) -> list[int]:
    """Integer parts proportional to weights that add up exactly to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    parts = [int(x) for x in raw]
    rest = total - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - parts[i]), i))
    for i in order[:rest]:
        parts[i] += 1
    return parts


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


@dataclass
class Spec:
    key: str
    list_no: int
    listed_name: str
    company: str
    short: str
    participated: bool
    nature: str
    seed: int
    contact: tuple[str, str, str, str]  # name, title, phone, email
    address: str
    url: str
    build_period: tuple[str, str]  # ("2019.03", "2023.12")
    build_amount: float
    revenue: tuple[float, float, float]  # 2021, 2022, 2023 万元
    growth_2021: float
    rd: float
    profit: float
    team: tuple[int, int, int]  # ops, operations, qualified
    devices: int
    dev_cats: dict[str, float]
    dev_regions: dict[str, float]
    overseas: dict[str, int]
    public_share: float
    daily_share: float
    apps: int
    app_cats: dict[str, float]
    app_inds: dict[str, float]
    registered: int
    served: int
    serve_inds: dict[str, float]
    serve_regions: dict[str, float]  # must include 上海
    paid: int
    sme: int
    orders: tuple[int, int]
    patents: int
    softcr: int
    awards: int
    storage: tuple[float, float, float]  # capacity, data, public data (TB)
    extras: dict = field(default_factory=dict)


def synth(sp: Spec) -> dict:
    rng = random.Random(sp.seed)
    v: dict = {}
    R21, R22, R23 = sp.revenue
    v["序号"] = sp.list_no
    v["企业名称"] = sp.company
    v["平台名称"] = sp.listed_name
    v["平台性质"] = sp.nature
    v["联系人姓名"] = sp.contact[0]
    v["联系人手机号"] = sp.contact[2]
    v["联系人电子邮箱"] = sp.contact[3]
    v["评审会现场地址信息"] = sp.address
    v["平台网址"] = sp.url
    v["建设时间"] = f"{sp.build_period[0]}-{sp.build_period[1]}"
    v["平台建设金额（万元）"] = sp.build_amount
    g22 = r2((R22 / R21 - 1) * 100)
    g23 = r2((R23 / R22 - 1) * 100)
    v["平台近三年经营指标情况"] = {"2021年平台营收（万元）": R21, "2021年增长率（%）": sp.growth_2021,
                          "2022年平台营收（万元）": R22, "2022年增长率（%）": g22,
                          "2023年平台营收（万元）": R23, "2023年增长率（%）": g23}
    v["平台建设方式"] = sp.extras.get("build_mode", "自建")
    v["平台运营模式"] = sp.extras.get("op_mode", "自运营")
    v["部署方式"] = sp.extras.get("deploy", "私有云、公有云、混合云")
    ops, opr, qual = sp.team
    v["平台团队总人数（人）"] = ops + opr
    v["运维人数（人）"] = ops
    v["运营人数（人）"] = opr
    v["有相关技术职称/从业资格的人数（人）"] = qual
    v["平台相关研发投入（万元）"] = sp.rd
    v["平台相关研发投入强度（%）"] = r2(sp.rd / R23 * 100)
    v["平台相关营业收入（万元）"] = R23
    v["平台利润率（%）"] = r2(sp.profit / R23 * 100)
    v["付费用户占比（%）"] = r2(sp.paid / sp.registered * 100)
    # devices
    total = sp.devices
    over = sum(sp.overseas.values())
    cats = list(sp.dev_cats)
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = total
    v["按二级分类统计工业设备数量（台/套）"] = dict(zip(cats, split(total, list(sp.dev_cats.values()))))
    regs = list(sp.dev_regions)
    dom = split(total - over, list(sp.dev_regions.values()))
    v["按省市区域统计工业设备数量（台/套）"] = {**dict(zip(regs, dom)), **sp.overseas}
    pub = int(round(total * sp.public_share))
    daily = int(round(pub * sp.daily_share))
    pub_over = {k: int(round(n * sp.public_share)) for k, n in sp.overseas.items()}
    day_over = {k: int(round(n * sp.public_share * sp.daily_share)) for k, n in sp.overseas.items()}
    v["公有云工业设备连接数量（台/套）"] = pub
    v["按二级分类统计公有云工业设备数量（台/套）"] = dict(zip(cats, split(pub, list(v["按二级分类统计工业设备数量（台/套）"].values()))))
    v["按省市区域统计公有云工业设备数量（台/套）"] = {**dict(zip(regs, split(pub - sum(pub_over.values()), dom))), **pub_over}
    v["公有云工业设备平均日运行数量（台/套）"] = daily
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = dict(zip(cats, split(daily, list(v["按二级分类统计公有云工业设备数量（台/套）"].values()))))
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = {**dict(zip(regs, split(daily - sum(day_over.values()), dom))), **day_over}
    v["海外设备连接数量（台/套）"] = over
    v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(sp.overseas) if sp.overseas else None
    v["工业协议兼容适配数量（个）"] = sp.extras.get("protocols", rng.randrange(120, 320))
    apps = sp.apps
    dev_apps = int(apps * rng.uniform(0.55, 0.68))
    cloud_sw = int(apps * rng.uniform(0.18, 0.3))
    v["工业软件总量（个）"] = apps + rng.randrange(20, 80)
    v["工业APP数量（个）"] = apps
    v["基于平台开发的工业APP数量（个）"] = dev_apps
    v["云化工业软件数量（个）"] = cloud_sw
    v["按分类统计工业APP数量（个）"] = dict(zip(sp.app_cats, split(apps, list(sp.app_cats.values()))))
    v["按行业统计工业APP数量（个）"] = dict(zip(sp.app_inds, split(apps, list(sp.app_inds.values()))))
    v["工业APP平均月活跃数量（个）"] = int(apps * rng.uniform(0.6, 0.75))
    v["杀手锏APP数量（个）"] = 5
    v["公有云杀手锏APP平均日在线用户数（个）"] = rng.randrange(1200, 5200)
    v["杀手锏APP日活次数（次）"] = rng.randrange(18000, 62000)
    v["杀手锏APP月平均收入（万元）"] = r2(rng.uniform(18, 75))
    pub_apps = int(apps * rng.uniform(0.5, 0.62))
    pub_active = int(pub_apps * rng.uniform(0.42, 0.55))
    v["公有云工业APP数量（个）"] = pub_apps
    v["公有云工业APP平均日活跃数量（个）"] = pub_active
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = dict(zip(sp.app_cats, split(pub_active, list(v["按分类统计工业APP数量（个）"].values()))))
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = dict(zip(sp.app_inds, split(pub_active, list(v["按行业统计工业APP数量（个）"].values()))))
    cloud = sp.extras.get("cloud", (186.0, 72))
    v["平台实际用云量（台）"] = cloud[0]
    v["平台公有云实际使用数量（台）"] = cloud[1]
    cap, data, pdata = sp.storage
    v["存储容量（TB）"] = cap
    v["存储工业数据量（TB）"] = data
    v["公有云数据总量（TB）"] = pdata
    v["存储资源利用率（%）"] = r2(data / cap * 100)
    models = sp.extras.get("models", rng.randrange(180, 420))
    v["工业机理模型数量（个）"] = models
    v["活跃机理模型数量（一周调用5次以上）（个）"] = int(models * rng.uniform(0.4, 0.6))
    v["核心工业模型平均月调用用户数量（个）"] = rng.randrange(320, 980)
    v["按分类统计工业模型数量（个）"] = dict(zip(MODEL_CATS, split(models, sp.extras.get("model_w", [3, 1, 4, 2]))))
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = sp.extras.get("speed", ("秒级（每TB时序数据分析约5秒）", "秒级"))
    ms = sp.extras.get("micro", rng.randrange(600, 1600))
    v["微服务数量（个）"] = ms
    v["活跃微服务数量（一周调用5次以上）（个）"] = int(ms * rng.uniform(0.45, 0.62))
    devs = sp.extras.get("developers", rng.randrange(3000, 16000))
    v["开发者注册总数（个）"] = devs
    v["活跃开发者数（个）"] = int(devs * rng.uniform(0.2, 0.3))
    v["平台是否建立安全管理体系"] = True
    v["有否定期开展第三方安全测试/测评"] = True
    v["有否定期进行安全扫描"] = True
    v["注册企业用户数（个）"] = sp.registered
    v["实际服务企业数（个）"] = sp.served
    v["按行业统计服务企业数（个）"] = dict(zip(sp.serve_inds, split(sp.served, list(sp.serve_inds.values()))))
    sr = dict(zip(sp.serve_regions, split(sp.served, list(sp.serve_regions.values()))))
    v["按省市区域统计服务企业数（个）"] = sr
    v["付费企业数（个）"] = sp.paid
    v["服务本市企业数量（个）"] = sr["上海"]
    v["服务中小企业数量（个）"] = sp.sme
    v["平台订单数量(近一年总量)（个）"] = {"2023年自然年": sp.orders[0], "截至填表日前一年": sp.orders[1]}
    v["平台交易规模年增长率（%）"] = sp.extras.get("trade_growth", r2(rng.uniform(9, 26)))
    subs = int(apps * rng.uniform(9, 16))
    v["工业APP订阅总数量（个）"] = subs
    v["杀手锏工业APP订阅数量（个）"] = int(subs * rng.uniform(0.35, 0.5))
    v["工业APP订阅总金额（万元）"] = r2(rng.uniform(900, 4200))
    v["平台连接工业设备利用率（%）"] = r2(rng.uniform(62, 88))
    v["平台国产化率（%）"] = sp.extras.get("localization", r2(rng.uniform(72, 93)))
    v["平台是否服务上海智能工厂，数量"] = sp.extras.get("smart_factories", rng.randrange(2, 9))
    v["平台服务园区总数（个）"] = rng.randrange(4, 16)
    sol = sp.extras.get("solutions", rng.randrange(24, 60))
    v["平台提供的解决方案总数（个）"] = sol
    v["按新模式统计解决方案数量（个）"] = dict(zip(APPENDIX_E, split(sol, [5, 2, 4, 4, 1, 3])))
    v["投资回报率（%）"] = r2(sp.profit / sp.build_amount * 100)
    v["企业是否已上市或已获得VC/PE投资"] = sp.extras.get("listed", False)
    v["平台连接工业设备运维成本平均下降率（%）"] = r2(rng.uniform(12, 26))
    v["平台连接工业设备能耗平均下降率（%）"] = r2(rng.uniform(6, 15))
    v["平台连接工业设备安全生产持续时间平均提升率（%）"] = r2(rng.uniform(14, 30))
    v["平台现有特色指数（个）"] = rng.randrange(3, 9)
    v["平台核心软硬件技术获得的专利数量（项）"] = sp.patents
    v["平台核心软硬件技术获得的软著数量（个）"] = sp.softcr
    v["平台是否有自研形成的核心技术突破"] = True
    v["平台是否具备碳管理服务能力"] = sp.extras.get("carbon", True)
    v["平台是否融合使用国家标识解析系统"] = sp.extras.get("idres", True)
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = sp.awards
    v["平台建设与运营带动新增就业人数（人）"] = rng.randrange(150, 900)
    v["平台社会贡献率（%）"] = r2(rng.uniform(14, 30))
    v["平台开放共享数据的形式及数量"] = sp.extras["open_data"]
    v["合作平台数量（个）"] = rng.randrange(4, 14)
    assert set(v) == set(LABELS), set(LABELS) ^ set(v)
    return v


def fmt_num(x, decimals: int | None = None) -> str:
    if isinstance(x, float) or decimals:
        return f"{x:.{decimals or 2}f}"
    return str(x)


def fmt_dict(d: dict) -> str:
    return "、".join(f"{k}：{fmt_num(n)}" for k, n in d.items())


def reviewer_value(label: str, norm) -> tuple[str, object]:
    """(value, normalized) of a 附件4 row as a reviewer writes it."""
    if label == "平台近三年经营指标情况":
        d = norm
        s = "；".join(f"{y}年平台营收{d[f'{y}年平台营收（万元）']:.2f}万元/增长率{d[f'{y}年增长率（%）']:.2f}%"
                     for y in (2021, 2022, 2023))
        return s, dict(d)
    if label == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{norm['2023年自然年']}个；截至填表日前一年：{norm['截至填表日前一年']}个", dict(norm)
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return norm[0], norm[1]
    if label == "平台是否服务上海智能工厂，数量":
        return (f"是，{norm}家", norm) if norm else ("否", 0)
    if norm is None:
        return "", None
    if isinstance(norm, bool):
        return ("是" if norm else "否"), norm
    if isinstance(norm, dict):
        return fmt_dict(norm), dict(norm)
    if isinstance(norm, float):
        return f"{norm:.2f}", norm
    return str(norm), norm


def wan(x_wan: float) -> str:
    return f"{x_wan:,.2f}"


def yuan(x_wan: float) -> str:
    return f"{x_wan * 10000:,.2f}"
