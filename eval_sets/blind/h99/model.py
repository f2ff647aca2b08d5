"""h99 package model: one deterministic set of figures per package, this year's beside last year's.

Everything the documents print and the truth records is derived here from a seeded RNG, so that every
formula of the 填报指引 and every breakdown holds by construction (asserted in `check`)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(LABELS) == 103

APP_CLASSES = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CLASSES = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def pct(a: float, b: float) -> float:
    return r2(a / b * 100)


def split(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights that add up exactly to total."""
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def fmt(x, dec: int = 0) -> str:
    return f"{x:,.{dec}f}"


def dtext(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


@dataclass
class Spec:
    pid: str
    seed: int
    short: str
    list_no: int
    name: str
    company: str
    nature: str
    industries: list[str]           # 行业 of APPs / served enterprises (附录C)
    devices: list[str]              # 附录A classes
    regions: list[str]              # provinces besides 上海
    countries: list[str]            # overseas, 中文+English
    contact: str
    phone: str
    email_user: str
    domain: str
    address: str
    build_from: str
    build_to: str
    build_mode: str
    run_mode: str
    deploy: str
    scale: float                    # revenue scale (万元)
    dev_scale: int                  # devices
    auditor: str
    cases: list[tuple[str, str]]    # (case tail after ——, customer)
    account: str
    password: str
    delivery_date: str              # 落款 date, after 2024-06-20
    form_kind: str                  # docx | xlsx
    v: dict = field(default_factory=dict)   # label -> (value text, normalized)
    x: dict = field(default_factory=dict)   # everything else the documents print


def derive(s: Spec) -> Spec:
    rng = random.Random(s.seed)
    u = lambda a, b: rng.uniform(a, b)
    x = s.x
    # ---------------- platform finance (万元), 2020-2023
    r20 = r2(s.scale * u(0.62, 0.7))
    r21 = r2(r20 * u(1.08, 1.16))
    r22 = r2(r21 * u(1.07, 1.15))
    r23 = r2(r22 * u(1.09, 1.18))
    x["rev"] = {2020: r20, 2021: r21, 2022: r22, 2023: r23}
    x["growth"] = {y: pct(x["rev"][y] - x["rev"][y - 1], x["rev"][y - 1]) for y in (2021, 2022, 2023)}
    rd23, rd22 = r2(r23 * u(0.16, 0.22)), r2(r22 * u(0.15, 0.2))
    pf23, pf22 = r2(r23 * u(0.1, 0.15)), r2(r22 * u(0.09, 0.13))
    x.update(rd={2023: rd23, 2022: rd22}, profit={2023: pf23, 2022: pf22})
    build_amt = r2(round(s.scale * u(0.9, 1.3) / 10) * 10)
    x["build_amt"] = build_amt
    trade22 = r2(r22 * u(2.4, 3.2)); trade23 = r2(trade22 * u(1.1, 1.25))
    x["trade"] = {2022: trade22, 2023: trade23}
    # social contribution (platform), 万元
    wages, interest, taxes = r2(r23 * 0.21), r2(r23 * 0.012), r2(r23 * 0.046)
    net = r2(pf23 * 0.87)
    contrib = r2(wages + interest + taxes + net)
    assets_open, assets_close = r2(s.scale * u(1.5, 1.8)), r2(s.scale * u(1.8, 2.1))
    avg_assets = r2((assets_open + assets_close) / 2)
    x["social"] = dict(wages=wages, interest=interest, taxes=taxes, net=net, total=contrib,
                       open=assets_open, close=assets_close, avg=avg_assets)
    # ---------------- company statements (元, multiples of 100 so 万元 are exact)
    yuan = lambda wan: int(round(wan * 100)) * 100
    co_rev23 = yuan(s.scale * u(9, 14)); co_rev22 = yuan(co_rev23 / 1e4 / u(1.04, 1.1))
    co_assets23 = yuan(co_rev23 / 1e4 * u(1.3, 1.7)); co_assets22 = yuan(co_assets23 / 1e4 / u(1.03, 1.08))
    co_liab23 = yuan(co_assets23 / 1e4 * u(0.38, 0.55)); co_liab22 = yuan(co_assets22 / 1e4 * u(0.38, 0.55))
    co_pf23 = yuan(co_rev23 / 1e4 * u(0.06, 0.09)); co_pf22 = yuan(co_rev22 / 1e4 * u(0.05, 0.08))
    co_tax23 = yuan(co_rev23 / 1e4 * u(0.03, 0.05)); co_tax22 = yuan(co_rev22 / 1e4 * u(0.03, 0.05))
    x["co"] = dict(rev={2023: co_rev23, 2022: co_rev22}, assets={2023: co_assets23, 2022: co_assets22},
                   liab={2023: co_liab23, 2022: co_liab22}, profit={2023: co_pf23, 2022: co_pf22},
                   tax={2023: co_tax23, 2022: co_tax22})
    x["co_wan"] = dict(assets=co_assets23 / 1e4, rev=co_rev23 / 1e4, growth=pct(co_rev23 - co_rev22, co_rev22),
                       debt=pct(co_liab23, co_assets23), profit=co_pf23 / 1e4, tax=co_tax23 / 1e4)
    # ---------------- team
    ops, run = int(s.dev_scale / 140 * u(0.8, 1.1)) + 40, int(s.dev_scale / 190 * u(0.8, 1.1)) + 30
    team = ops + run
    # ---------------- devices: 2023年末 vs 2024年6月末 (declared)
    dv = s.dev_scale
    wd = [u(1, 6) for _ in s.devices]
    dev_now = dict(zip(s.devices, split(dv, wd)))
    dev_prev = {k: int(n * u(0.8, 0.92)) for k, n in dev_now.items()}
    oversea = sum(int(dv * 0.004 * (i + 1)) for i in range(len(s.countries)))
    cn = dict(zip(s.countries, [int(dv * 0.004 * (i + 1)) for i in range(len(s.countries))][::-1]))
    reg = dict(zip(["上海"] + s.regions, split(dv - oversea, [6] + [u(0.6, 2.4) for _ in s.regions])))
    reg.update(cn)
    pub = int(dv * u(0.42, 0.5))
    pub_cls = dict(zip(s.devices, split(pub, wd)))
    pub_reg = dict(zip(reg, split(pub, list(reg.values()))))
    run_ = int(pub * u(0.6, 0.72))
    run_cls = dict(zip(s.devices, split(run_, wd)))
    run_reg = dict(zip(reg, split(run_, list(reg.values()))))
    x["dev"] = dict(now=dev_now, prev=dev_prev, pub=pub_cls, run=run_cls)
    # ---------------- apps
    apps = int(dv / 60 * u(0.8, 1.2)) + 120
    wa = [u(1, 5) for _ in APP_CLASSES]
    app_cls = dict(zip(APP_CLASSES, split(apps, wa)))
    wi = [u(1, 5) for _ in s.industries]
    app_ind = dict(zip(s.industries, split(apps, wi)))
    pub_apps = int(apps * u(0.5, 0.6))
    daily = int(pub_apps * u(0.4, 0.5))
    x["apps_prev"] = int(apps * u(0.8, 0.9))
    # ---------------- models
    models = int(apps * u(0.6, 0.8))
    mod_cls = dict(zip(MODEL_CLASSES, split(models, [u(1, 4) for _ in MODEL_CLASSES])))
    x["models_prev"] = int(models * u(0.78, 0.9))
    # ---------------- enterprises: 上年末 (2023-12-31) vs 截至填表日 (2024-06-30)
    reg_now = int(dv / 9 * u(0.9, 1.1)) + 300
    srv_now = int(reg_now * u(0.78, 0.85))
    paid_now = int(srv_now * u(0.3, 0.36))
    local_now = int(srv_now * u(0.55, 0.62))
    sme_now = int(srv_now * u(0.75, 0.82))
    reg_prev, srv_prev = int(reg_now * u(0.86, 0.92)), int(srv_now * u(0.86, 0.92))
    paid_prev = int(paid_now * u(0.84, 0.9))
    local_prev, sme_prev = int(local_now * u(0.86, 0.92)), int(sme_now * u(0.86, 0.92))
    x["ent"] = dict(now=dict(reg=reg_now, srv=srv_now, paid=paid_now, local=local_now, sme=sme_now),
                    prev=dict(reg=reg_prev, srv=srv_prev, paid=paid_prev, local=local_prev, sme=sme_prev))
    srv_ind = dict(zip(s.industries, split(srv_now, wi)))
    srv_reg = {"上海": local_now}
    srv_reg.update(zip(s.regions, split(srv_now - local_now, [u(1, 3) for _ in s.regions])))
    # ---------------- misc
    orders23 = int(srv_now * u(8, 11)); orders_y = int(orders23 * u(1.04, 1.1))
    subs = int(reg_now * u(2.2, 2.8)); killer_subs = int(subs * u(0.45, 0.55))
    sub_amt = r2(r23 * u(0.9, 1.3))
    storage = float(round(dv / 25 * u(0.9, 1.2) / 10) * 10)
    data = r2(storage * u(0.5, 0.68)); pub_data = r2(data * u(0.35, 0.45))
    cloud = r2(dv / 100 * u(0.8, 1.2)); pub_cloud = int(cloud * 0.42)
    cases_ops = [r2(u(14, 24)) for _ in range(3)]
    cases_en = [r2(u(7, 13)) for _ in range(3)]
    cases_safe = [r2(u(15, 28)) for _ in range(3)]
    x["case_rates"] = dict(ops=cases_ops, energy=cases_en, safe=cases_safe)
    sols = dict(zip(MODES, [int(u(3, 9)) for _ in MODES]))
    patents, softs, awards = int(u(9, 21)), int(u(16, 36)), int(u(3, 7))
    patents_prev, softs_prev, awards_prev = patents - int(u(2, 4)), softs - int(u(3, 6)), awards - 1
    x.update(patents=patents, softs=softs, awards=awards, ip_prev=(patents_prev, softs_prev, awards_prev))
    x["cert"] = dict(old=("2021年6月18日", "2024年6月17日"), new=("2024年5月28日", "2027年5月27日"))
    micro = int(apps * u(2.2, 2.8)); devs = int(reg_now * u(3, 4))
    url = f"https://{s.domain}"
    v = s.v

    def put(label, value, norm):
        assert label in LABELS, label
        v[label] = (value, norm)

    put("序号", str(s.list_no), s.list_no)
    put("企业名称", s.company, s.company)
    put("平台名称", s.name, s.name)
    put("平台性质", s.nature, s.nature)
    put("联系人姓名", s.contact, s.contact)
    put("联系人手机号", s.phone, s.phone)
    email = f"{s.email_user}@{s.domain.split('.', 1)[1]}"
    put("联系人电子邮箱", email, email)
    put("评审会现场地址信息", s.address, s.address)
    put("平台网址", url, url)
    bt = f"{s.build_from}-{s.build_to}"
    put("建设时间", bt, bt)
    put("平台建设金额（万元）", f"{build_amt:.2f}", build_amt)
    ops3 = {}
    parts = []
    for y in (2021, 2022, 2023):
        ops3[f"{y}年平台营收（万元）"] = x["rev"][y]
        ops3[f"{y}年增长率（%）"] = x["growth"][y]
        parts.append(f"{y}年平台营收{x['rev'][y]:.2f}万元/增长率{x['growth'][y]:.2f}%")
    put("平台近三年经营指标情况", "；".join(parts), ops3)
    put("平台建设方式", s.build_mode, s.build_mode)
    put("平台运营模式", s.run_mode, s.run_mode)
    put("部署方式", s.deploy, s.deploy)
    qual = int(team * u(0.62, 0.75))
    for lab, n in [("平台团队总人数（人）", team), ("运维人数（人）", ops), ("运营人数（人）", run),
                   ("有相关技术职称/从业资格的人数（人）", qual)]:
        put(lab, str(n), n)
    x["team_prev"] = int(team * u(0.85, 0.93))
    put("平台相关研发投入（万元）", f"{rd23:.2f}", rd23)
    put("平台相关研发投入强度（%）", f"{pct(rd23, r23):.2f}", pct(rd23, r23))
    put("平台相关营业收入（万元）", f"{r23:.2f}", r23)
    put("平台利润率（%）", f"{pct(pf23, r23):.2f}", pct(pf23, r23))
    put("付费用户占比（%）", f"{pct(paid_prev, reg_prev):.2f}", pct(paid_prev, reg_prev))
    num = lambda lab, n: put(lab, str(n), n)
    dct = lambda lab, d: put(lab, dtext(d), dict(d))
    num("连接的工业设备/产品/产线种类及数量（台/套）", dv)
    dct("按二级分类统计工业设备数量（台/套）", dev_now)
    dct("按省市区域统计工业设备数量（台/套）", reg)
    num("公有云工业设备连接数量（台/套）", pub)
    dct("按二级分类统计公有云工业设备数量（台/套）", pub_cls)
    dct("按省市区域统计公有云工业设备数量（台/套）", pub_reg)
    num("公有云工业设备平均日运行数量（台/套）", run_)
    dct("按二级分类统计公有云工业设备平均日运行数量（台/套）", run_cls)
    dct("按省市区域统计公有云工业设备平均日运行数量（台/套）", run_reg)
    num("海外设备连接数量（台/套）", oversea)
    dct("按海外国家分类统计海外设备连接数量（台/套）", cn)
    num("工业协议兼容适配数量（个）", int(u(90, 260)))
    num("工业软件总量（个）", apps + int(apps * u(0.1, 0.2)))
    num("工业APP数量（个）", apps)
    num("基于平台开发的工业APP数量（个）", int(apps * u(0.55, 0.7)))
    num("云化工业软件数量（个）", int(apps * u(0.3, 0.4)))
    dct("按分类统计工业APP数量（个）", app_cls)
    dct("按行业统计工业APP数量（个）", app_ind)
    num("工业APP平均月活跃数量（个）", int(apps * u(0.6, 0.75)))
    num("杀手锏APP数量（个）", 5)
    num("公有云杀手锏APP平均日在线用户数（个）", int(reg_now * u(0.9, 1.3)))
    num("杀手锏APP日活次数（次）", int(reg_now * u(12, 18)))
    kill_inc = r2(r23 * u(0.006, 0.01))
    put("杀手锏APP月平均收入（万元）", f"{kill_inc:.2f}", kill_inc)
    num("公有云工业APP数量（个）", pub_apps)
    num("公有云工业APP平均日活跃数量（个）", daily)
    dct("按分类统计公有云工业APP平均日活跃数量（个）", dict(zip(APP_CLASSES, split(daily, wa))))
    dct("按行业统计公有云工业APP平均日活跃数量（个）", dict(zip(s.industries, split(daily, wi))))
    put("平台实际用云量（台）", f"{cloud:.2f}", cloud)
    num("平台公有云实际使用数量（台）", pub_cloud)
    put("存储容量（TB）", f"{storage:.2f}", storage)
    put("存储工业数据量（TB）", f"{data:.2f}", data)
    put("公有云数据总量（TB）", f"{pub_data:.2f}", pub_data)
    put("存储资源利用率（%）", f"{pct(data, storage):.2f}", pct(data, storage))
    num("工业机理模型数量（个）", models)
    num("活跃机理模型数量（一周调用5次以上）（个）", int(models * u(0.45, 0.55)))
    num("核心工业模型平均月调用用户数量（个）", int(reg_now * u(0.25, 0.35)))
    dct("按分类统计工业模型数量（个）", mod_cls)
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", "秒级", "秒级")
    num("微服务数量（个）", micro)
    num("活跃微服务数量（一周调用5次以上）（个）", int(micro * u(0.5, 0.6)))
    num("开发者注册总数（个）", devs)
    num("活跃开发者数（个）", int(devs * u(0.22, 0.3)))
    for lab in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"):
        put(lab, "是", True)
    num("注册企业用户数（个）", reg_now)
    num("实际服务企业数（个）", srv_now)
    dct("按行业统计服务企业数（个）", srv_ind)
    dct("按省市区域统计服务企业数（个）", srv_reg)
    num("付费企业数（个）", paid_now)
    num("服务本市企业数量（个）", local_now)
    num("服务中小企业数量（个）", sme_now)
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{orders23}个；截至填表日前一年：{orders_y}个",
        {"2023年自然年": orders23, "截至填表日前一年": orders_y})
    g = pct(trade23 - trade22, trade22)
    put("平台交易规模年增长率（%）", f"{g:.2f}", g)
    num("工业APP订阅总数量（个）", subs)
    num("杀手锏工业APP订阅数量（个）", killer_subs)
    put("工业APP订阅总金额（万元）", f"{sub_amt:.2f}", sub_amt)
    util = r2(run_ / pub * 100)
    put("平台连接工业设备利用率（%）", f"{util:.2f}", util)
    loc = r2(u(82, 93))
    put("平台国产化率（%）", f"{loc:.2f}", loc)
    sf = int(u(3, 9))
    put("平台是否服务上海智能工厂，数量", f"是，{sf}家", sf)
    num("平台服务园区总数（个）", int(u(5, 14)))
    num("平台提供的解决方案总数（个）", sum(sols.values()))
    dct("按新模式统计解决方案数量（个）", sols)
    roi = pct(pf23, build_amt)
    put("投资回报率（%）", f"{roi:.2f}", roi)
    put("企业是否已上市或已获得VC/PE投资", "否" if not s.x.get("listed") else "是", bool(s.x.get("listed")))
    for lab, key in [("平台连接工业设备运维成本平均下降率（%）", "ops"), ("平台连接工业设备能耗平均下降率（%）", "energy"),
                     ("平台连接工业设备安全生产持续时间平均提升率（%）", "safe")]:
        a = r2(sum(x["case_rates"][key]) / 3)
        put(lab, f"{a:.2f}", a)
    num("平台现有特色指数（个）", int(u(3, 7)))
    num("平台核心软硬件技术获得的专利数量（项）", patents)
    num("平台核心软硬件技术获得的软著数量（个）", softs)
    for lab in ("平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统"):
        put(lab, "是", True)
    num("平台获得省部级及以上奖项/荣誉数量（个）", awards)
    num("平台建设与运营带动新增就业人数（人）", int(team * u(1.8, 2.6)))
    sc = pct(contrib, avg_assets)
    put("平台社会贡献率（%）", f"{sc:.2f}", sc)
    api, ds = int(u(60, 200)), int(u(4, 12))
    op = f"以API接口和行业数据集形式开放：开放API接口{api}个、行业数据集{ds}个"
    put("平台开放共享数据的形式及数量", op, op)
    num("合作平台数量（个）", int(u(4, 12)))
    x["prev_form"] = {  # what the 2023 application declared (chapter 七 and dashboards)
        "平台相关营业收入（万元）": r22, "平台相关研发投入（万元）": rd22,
        "连接的工业设备/产品/产线种类及数量（台/套）": sum(dev_prev.values()),
        "工业APP数量（个）": x["apps_prev"], "工业机理模型数量（个）": x["models_prev"],
        "注册企业用户数（个）": reg_prev, "实际服务企业数（个）": srv_prev, "付费企业数（个）": paid_prev,
        "平台核心软硬件技术获得的专利数量（项）": patents_prev, "平台核心软硬件技术获得的软著数量（个）": softs_prev,
        "平台获得省部级及以上奖项/荣誉数量（个）": awards_prev, "平台团队总人数（人）": x["team_prev"],
    }
    check(s)
    return s


def check(s: Spec) -> None:
    v = {k: n for k, (_, n) in s.v.items()}
    assert set(v) == set(LABELS)
    tot = lambda k: sum(v[k].values())
    dv = v["连接的工业设备/产品/产线种类及数量（台/套）"]
    assert tot("按二级分类统计工业设备数量（台/套）") == dv == tot("按省市区域统计工业设备数量（台/套）")
    p = v["公有云工业设备连接数量（台/套）"]
    assert p <= dv and tot("按二级分类统计公有云工业设备数量（台/套）") == p == tot("按省市区域统计公有云工业设备数量（台/套）")
    r = v["公有云工业设备平均日运行数量（台/套）"]
    assert r <= p and tot("按二级分类统计公有云工业设备平均日运行数量（台/套）") == r == tot("按省市区域统计公有云工业设备平均日运行数量（台/套）")
    assert tot("按海外国家分类统计海外设备连接数量（台/套）") == v["海外设备连接数量（台/套）"]
    a = v["工业APP数量（个）"]
    assert tot("按分类统计工业APP数量（个）") == a == tot("按行业统计工业APP数量（个）")
    assert a <= v["工业软件总量（个）"] and v["基于平台开发的工业APP数量（个）"] <= a and v["公有云工业APP数量（个）"] <= a
    d = v["公有云工业APP平均日活跃数量（个）"]
    assert tot("按分类统计公有云工业APP平均日活跃数量（个）") == d == tot("按行业统计公有云工业APP平均日活跃数量（个）")
    assert tot("按分类统计工业模型数量（个）") == v["工业机理模型数量（个）"]
    e = v["实际服务企业数（个）"]
    assert v["注册企业用户数（个）"] >= e >= v["付费企业数（个）"] and v["服务本市企业数量（个）"] <= e and v["服务中小企业数量（个）"] <= e
    assert tot("按行业统计服务企业数（个）") == e == tot("按省市区域统计服务企业数（个）")
    assert v["按省市区域统计服务企业数（个）"]["上海"] == v["服务本市企业数量（个）"]
    assert tot("按新模式统计解决方案数量（个）") == v["平台提供的解决方案总数（个）"]
    assert v["平台团队总人数（人）"] == v["运维人数（人）"] + v["运营人数（人）"] >= v["有相关技术职称/从业资格的人数（人）"]
    assert v["杀手锏工业APP订阅数量（个）"] <= v["工业APP订阅总数量（个）"]
    assert v["平台公有云实际使用数量（台）"] <= v["平台实际用云量（台）"]
    assert v["公有云数据总量（TB）"] <= v["存储工业数据量（TB）"] <= v["存储容量（TB）"]
    for k, n in v.items():
        if isinstance(n, dict) and k != "平台近三年经营指标情况" and "订单" not in k:
            assert all(isinstance(q, int) and q > 0 for q in n.values()), k
