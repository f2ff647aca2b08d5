"""The applicant's figures for one package of set h38, kept consistent by construction.

A `Profile` holds the platform's true figures (what the back end and the audit print) and the
declared 申报表 values derived from them; planted problems later override a declared value or an
evidence figure, never both silently.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

SUMMARY_LABELS = ["序号", "企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息", "平台网址", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "部署方式", "平台团队总人数（人）", "运维人数（人）", "运营人数（人）", "有相关技术职称/从业资格的人数（人）", "平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）", "平台利润率（%）", "付费用户占比（%）", "连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", "公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）", "工业协议兼容适配数量（个）", "工业软件总量（个）", "工业APP数量（个）", "基于平台开发的工业APP数量（个）", "云化工业软件数量（个）", "按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）", "工业APP平均月活跃数量（个）", "杀手锏APP数量（个）", "公有云杀手锏APP平均日在线用户数（个）", "杀手锏APP日活次数（次）", "杀手锏APP月平均收入（万元）", "公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）", "平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）", "工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）", "核心工业模型平均月调用用户数量（个）", "按分类统计工业模型数量（个）", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "微服务数量（个）", "活跃微服务数量（一周调用5次以上）（个）", "开发者注册总数（个）", "活跃开发者数（个）", "平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "注册企业用户数（个）", "实际服务企业数（个）", "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）", "平台订单数量(近一年总量)（个）", "平台交易规模年增长率（%）", "工业APP订阅总数量（个）", "杀手锏工业APP订阅数量（个）", "工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）", "平台国产化率（%）", "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）", "平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）", "投资回报率（%）", "企业是否已上市或已获得VC/PE投资", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台现有特色指数（个）", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", "平台获得省部级及以上奖项/荣誉数量（个）", "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）", "平台开放共享数据的形式及数量", "合作平台数量（个）"]
assert len(SUMMARY_LABELS) == 103

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights summing exactly to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    rest = total - sum(out)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:rest]:
        out[i] += 1
    return out


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def f2(x: float) -> str:
    return f"{x:.2f}"


def bd_text(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


@dataclass
class Spec:
    key: str
    seed: int
    list_no: int
    listed_name: str
    company: str
    participated: bool
    short: str  # short company name used in file names
    nature: str
    industry_word: str
    url: str
    email_domain: str
    contact: tuple[str, str, str]  # name, title, phone
    address: str
    build: str
    build_amount: float
    rev: tuple[float, float, float, float]  # 2020..2023 (万元)
    rd: float
    profit: float
    team: tuple[int, int, int]  # ops, operate, qualified
    devices: int
    dev_cats: dict[str, float]
    dev_regions: dict[str, float]  # include overseas keys like 越南Vietnam
    overseas: list[str]
    public_share: float
    daily_share: float
    apps: tuple[int, int]  # 基于平台开发, 云化工业软件
    app_industries: dict[str, float]
    registered: int
    served: int
    paid: int
    sme_share: float
    ent_industries: dict[str, float]
    ent_regions: dict[str, float]
    models: int
    microservices: int
    developers: int
    patents: int
    softcr: int
    deploy: str = "私有云、公有云、混合云"
    mode: str = "自建"
    ops_mode: str = "自运营"
    iaas: str = "自建"
    extra: dict = field(default_factory=dict)


class Profile:
    def __init__(self, s: Spec):
        self.s = s
        rng = random.Random(s.seed)
        self.rng = rng
        v: dict[str, tuple[str, object]] = {}
        self.v = v
        ops, operate, qualified = s.team
        r20, r21, r22, r23 = s.rev
        v["序号"] = (str(s.list_no), s.list_no)
        v["企业名称"] = (s.company, s.company)
        v["平台名称"] = (s.listed_name, s.listed_name)
        v["平台性质"] = (s.nature, s.nature)
        name, title, phone = s.contact
        self.email = f"{s.email_domain.split('.')[0]}_{phone[-4:]}@{s.email_domain}"
        v["联系人姓名"] = (name, name)
        v["联系人手机号"] = (phone, phone)
        v["联系人电子邮箱"] = (self.email, self.email)
        v["评审会现场地址信息"] = (s.address, s.address)
        v["平台网址"] = (s.url, s.url)
        v["建设时间"] = (s.build, s.build)
        v["平台建设金额（万元）"] = (f2(s.build_amount), r2(s.build_amount))
        g21, g22, g23 = (r2((r21 / r20 - 1) * 100), r2((r22 / r21 - 1) * 100), r2((r23 / r22 - 1) * 100))
        self.growth = (g21, g22, g23)
        v["平台近三年经营指标情况"] = (
            f"2021年平台营收{f2(r21)}万元/增长率{f2(g21)}%；2022年平台营收{f2(r22)}万元/增长率{f2(g22)}%；"
            f"2023年平台营收{f2(r23)}万元/增长率{f2(g23)}%",
            {"2021年平台营收（万元）": r2(r21), "2021年增长率（%）": g21, "2022年平台营收（万元）": r2(r22),
             "2022年增长率（%）": g22, "2023年平台营收（万元）": r2(r23), "2023年增长率（%）": g23})
        v["平台建设方式"] = (s.mode, s.mode)
        v["平台运营模式"] = (s.ops_mode, s.ops_mode)
        v["部署方式"] = (s.deploy, s.deploy)
        v["平台团队总人数（人）"] = (str(ops + operate), ops + operate)
        v["运维人数（人）"] = (str(ops), ops)
        v["运营人数（人）"] = (str(operate), operate)
        v["有相关技术职称/从业资格的人数（人）"] = (str(qualified), qualified)
        v["平台相关研发投入（万元）"] = (f2(s.rd), r2(s.rd))
        v["平台相关研发投入强度（%）"] = (f2(s.rd / r23 * 100), r2(s.rd / r23 * 100))
        v["平台相关营业收入（万元）"] = (f2(r23), r2(r23))
        v["平台利润率（%）"] = (f2(s.profit / r23 * 100), r2(s.profit / r23 * 100))
        v["付费用户占比（%）"] = (f2(s.paid / s.registered * 100), r2(s.paid / s.registered * 100))

        # ---- devices: one row per device, breakdowns computed from the rows
        n = s.devices
        cats = dict(zip(s.dev_cats, split(n, list(s.dev_cats.values()))))
        regs = dict(zip(s.dev_regions, split(n, list(s.dev_regions.values()))))
        cat_list = [k for k, c in cats.items() for _ in range(c)]
        reg_list = [k for k, c in regs.items() for _ in range(c)]
        rng.shuffle(cat_list)
        rng.shuffle(reg_list)
        n_pub = round(n * s.public_share)
        pub_idx = set(rng.sample(range(n), n_pub))
        self.device_rows = [{"cat": c, "reg": r, "public": i in pub_idx} for i, (c, r) in enumerate(zip(cat_list, reg_list))]
        pub_cat = {k: sum(1 for d in self.device_rows if d["public"] and d["cat"] == k) for k in cats}
        pub_reg = {k: sum(1 for d in self.device_rows if d["public"] and d["reg"] == k) for k in regs}
        pub_cat = {k: x for k, x in pub_cat.items() if x}
        pub_reg = {k: x for k, x in pub_reg.items() if x}
        n_daily = round(n_pub * s.daily_share)
        daily_cat = dict(zip(pub_cat, split(n_daily, list(pub_cat.values()))))
        daily_reg = dict(zip(pub_reg, split(n_daily, list(pub_reg.values()))))
        overseas = {k: regs[k] for k in s.overseas}
        self.cats, self.regs = cats, regs
        v["连接的工业设备/产品/产线种类及数量（台/套）"] = (str(n), n)
        v["按二级分类统计工业设备数量（台/套）"] = (bd_text(cats), cats)
        v["按省市区域统计工业设备数量（台/套）"] = (bd_text(regs), regs)
        v["公有云工业设备连接数量（台/套）"] = (str(n_pub), n_pub)
        v["按二级分类统计公有云工业设备数量（台/套）"] = (bd_text(pub_cat), pub_cat)
        v["按省市区域统计公有云工业设备数量（台/套）"] = (bd_text(pub_reg), pub_reg)
        v["公有云工业设备平均日运行数量（台/套）"] = (str(n_daily), n_daily)
        v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = (bd_text(daily_cat), daily_cat)
        v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = (bd_text(daily_reg), daily_reg)
        ov_total = sum(overseas.values())
        v["海外设备连接数量（台/套）"] = (str(ov_total), ov_total)
        v["按海外国家分类统计海外设备连接数量（台/套）"] = (bd_text(overseas), overseas) if overseas else ("无", None)
        protocols = 40 + rng.randint(20, 120)
        v["工业协议兼容适配数量（个）"] = (str(protocols), protocols)

        # ---- apps: one row per app
        native, cloud = s.apps
        n_app = native + cloud
        app_cat = dict(zip(APP_CATS, split(n_app, [rng.uniform(0.5, 3) for _ in APP_CATS])))
        app_ind = dict(zip(s.app_industries, split(n_app, list(s.app_industries.values()))))
        cl = [k for k, c in app_cat.items() for _ in range(c)]
        il = [k for k, c in app_ind.items() for _ in range(c)]
        rng.shuffle(cl)
        rng.shuffle(il)
        kinds = ["平台原生"] * native + ["云化软件"] * cloud
        rng.shuffle(kinds)
        n_pub_app = round(n_app * 0.6)
        pub_apps = set(rng.sample(range(n_app), n_pub_app))
        self.app_rows = [{"cat": a, "ind": b, "kind": k, "public": i in pub_apps}
                         for i, (a, b, k) in enumerate(zip(cl, il, kinds))]
        software = n_app + rng.randint(10, 60)
        monthly = round(n_app * 0.72)
        daily_app = round(n_pub_app * 0.45)
        pc = {k: sum(1 for a in self.app_rows if a["public"] and a["cat"] == k) for k in APP_CATS}
        pi = {k: sum(1 for a in self.app_rows if a["public"] and a["ind"] == k) for k in app_ind}
        pc = {k: x for k, x in pc.items() if x}
        pi = {k: x for k, x in pi.items() if x}
        dac = dict(zip(pc, split(daily_app, list(pc.values()))))
        dai = dict(zip(pi, split(daily_app, list(pi.values()))))
        dac = {k: x for k, x in dac.items() if x}
        dai = {k: x for k, x in dai.items() if x}
        v["工业软件总量（个）"] = (str(software), software)
        v["工业APP数量（个）"] = (str(n_app), n_app)
        v["基于平台开发的工业APP数量（个）"] = (str(native), native)
        v["云化工业软件数量（个）"] = (str(cloud), cloud)
        v["按分类统计工业APP数量（个）"] = (bd_text(app_cat), app_cat)
        v["按行业统计工业APP数量（个）"] = (bd_text(app_ind), app_ind)
        v["工业APP平均月活跃数量（个）"] = (str(monthly), monthly)
        v["杀手锏APP数量（个）"] = ("5", 5)
        killer_users = rng.randint(600, 3000)
        v["公有云杀手锏APP平均日在线用户数（个）"] = (str(killer_users), killer_users)
        v["杀手锏APP日活次数（次）"] = (str(killer_users * 9 + 17), killer_users * 9 + 17)
        kr = r2(rng.uniform(12, 60))
        v["杀手锏APP月平均收入（万元）"] = (f2(kr), kr)
        v["公有云工业APP数量（个）"] = (str(n_pub_app), n_pub_app)
        v["公有云工业APP平均日活跃数量（个）"] = (str(daily_app), daily_app)
        v["按分类统计公有云工业APP平均日活跃数量（个）"] = (bd_text(dac), dac)
        v["按行业统计公有云工业APP平均日活跃数量（个）"] = (bd_text(dai), dai)

        cloud_srv = r2(rng.uniform(80, 260))
        pub_srv = int(cloud_srv * 0.4)
        cap = float(rng.choice([640, 800, 1200, 1600]))
        stored = r2(cap * rng.uniform(0.45, 0.75))
        pubdata = r2(stored * 0.38)
        v["平台实际用云量（台）"] = (f2(cloud_srv), cloud_srv)
        v["平台公有云实际使用数量（台）"] = (str(pub_srv), pub_srv)
        v["存储容量（TB）"] = (f2(cap), cap)
        v["存储工业数据量（TB）"] = (f2(stored), stored)
        v["公有云数据总量（TB）"] = (f2(pubdata), pubdata)
        v["存储资源利用率（%）"] = (f2(stored / cap * 100), r2(stored / cap * 100))
        self.cloud_srv, self.cap, self.stored = cloud_srv, cap, stored
        m = s.models
        mc = dict(zip(MODEL_CATS, split(m, [2.5, 1, 3.5, 1.5])))
        v["工业机理模型数量（个）"] = (str(m), m)
        v["活跃机理模型数量（一周调用5次以上）（个）"] = (str(round(m * 0.47)), round(m * 0.47))
        v["核心工业模型平均月调用用户数量（个）"] = (str(rng.randint(200, 900)), None)
        v["核心工业模型平均月调用用户数量（个）"] = (v["核心工业模型平均月调用用户数量（个）"][0], int(v["核心工业模型平均月调用用户数量（个）"][0]))
        v["按分类统计工业模型数量（个）"] = (bd_text(mc), mc)
        self.model_cats = mc
        v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (f"秒级（每TB{s.industry_word}数据聚合分析约{rng.randint(3, 9)}秒）", "秒级")
        ms = s.microservices
        v["微服务数量（个）"] = (str(ms), ms)
        v["活跃微服务数量（一周调用5次以上）（个）"] = (str(round(ms * 0.56)), round(ms * 0.56))
        dv = s.developers
        v["开发者注册总数（个）"] = (str(dv), dv)
        v["活跃开发者数（个）"] = (str(round(dv * 0.27)), round(dv * 0.27))
        v["平台是否建立安全管理体系"] = ("是", True)
        v["有否定期开展第三方安全测试/测评"] = ("是", True)
        v["有否定期进行安全扫描"] = ("是", True)

        # ---- enterprises: one row per registered enterprise
        reg_n, served, paid = s.registered, s.served, s.paid
        ei = dict(zip(s.ent_industries, split(served, list(s.ent_industries.values()))))
        er = dict(zip(s.ent_regions, split(served, list(s.ent_regions.values()))))
        il2 = [k for k, c in ei.items() for _ in range(c)]
        rl2 = [k for k, c in er.items() for _ in range(c)]
        rng.shuffle(il2)
        rng.shuffle(rl2)
        sme = round(served * s.sme_share)
        flags = [True] * sme + [False] * (served - sme)
        rng.shuffle(flags)
        paid_idx = set(rng.sample(range(served), paid))
        rows = []
        for i in range(served):
            rows.append({"ind": il2[i], "reg": rl2[i], "sme": flags[i], "served": True, "paid": i in paid_idx})
        pool_i, pool_r = list(ei), list(er)
        for i in range(reg_n - served):
            rows.append({"ind": rng.choice(pool_i), "reg": rng.choice(pool_r), "sme": rng.random() < 0.8,
                         "served": False, "paid": False})
        rng.shuffle(rows)
        self.ent_rows = rows
        local = er.get("上海", 0)
        v["注册企业用户数（个）"] = (str(reg_n), reg_n)
        v["实际服务企业数（个）"] = (str(served), served)
        v["按行业统计服务企业数（个）"] = (bd_text(ei), ei)
        v["按省市区域统计服务企业数（个）"] = (bd_text(er), er)
        v["付费企业数（个）"] = (str(paid), paid)
        v["服务本市企业数量（个）"] = (str(local), local)
        v["服务中小企业数量（个）"] = (str(sme), sme)
        o23 = rng.randint(4000, 40000)
        o_t = round(o23 * 1.06)
        v["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o23}个；截至填表日前一年：{o_t}个",
                                       {"2023年自然年": o23, "截至填表日前一年": o_t})
        tg = r2(rng.uniform(8, 25))
        v["平台交易规模年增长率（%）"] = (f2(tg), tg)
        subs = rng.randint(3000, 12000)
        ksubs = round(subs * 0.41)
        v["工业APP订阅总数量（个）"] = (str(subs), subs)
        v["杀手锏工业APP订阅数量（个）"] = (str(ksubs), ksubs)
        sm = r2(rng.uniform(800, 3000))
        v["工业APP订阅总金额（万元）"] = (f2(sm), sm)
        for lab, lo, hi in (("平台连接工业设备利用率（%）", 60, 90), ("平台国产化率（%）", 70, 95)):
            x = r2(rng.uniform(lo, hi))
            v[lab] = (f2(x), x)
        factories = rng.randint(2, 9)
        v["平台是否服务上海智能工厂，数量"] = (f"是，{factories}家", factories)
        parks = rng.randint(3, 15)
        v["平台服务园区总数（个）"] = (str(parks), parks)
        sol = dict(zip(MODES, split(rng.randint(24, 60), [rng.uniform(1, 3) for _ in MODES])))
        v["平台提供的解决方案总数（个）"] = (str(sum(sol.values())), sum(sol.values()))
        v["按新模式统计解决方案数量（个）"] = (bd_text(sol), sol)
        roi = r2(s.profit / s.build_amount * 100)
        v["投资回报率（%）"] = (f2(roi), roi)
        v["企业是否已上市或已获得VC/PE投资"] = (s.extra.get("listed", "否"), s.extra.get("listed", "否").startswith("是"))
        for lab, lo, hi in (("平台连接工业设备运维成本平均下降率（%）", 10, 25), ("平台连接工业设备能耗平均下降率（%）", 5, 15),
                            ("平台连接工业设备安全生产持续时间平均提升率（%）", 10, 30)):
            x = r2(rng.uniform(lo, hi))
            v[lab] = (f2(x), x)
        idx = rng.randint(3, 9)
        v["平台现有特色指数（个）"] = (str(idx), idx)
        v["平台核心软硬件技术获得的专利数量（项）"] = (str(s.patents), s.patents)
        v["平台核心软硬件技术获得的软著数量（个）"] = (str(s.softcr), s.softcr)
        v["平台是否有自研形成的核心技术突破"] = ("是", True)
        v["平台是否具备碳管理服务能力"] = ("是", True)
        v["平台是否融合使用国家标识解析系统"] = ("是", True)
        aw = rng.randint(3, 8)
        v["平台获得省部级及以上奖项/荣誉数量（个）"] = (str(aw), aw)
        jobs = rng.randint(120, 600)
        v["平台建设与运营带动新增就业人数（人）"] = (str(jobs), jobs)
        sc = r2(rng.uniform(12, 30))
        v["平台社会贡献率（%）"] = (f2(sc), sc)
        api = rng.randint(60, 240)
        ds = rng.randint(4, 15)
        share = f"以API接口和行业数据集形式开放：开放API接口{api}个、{s.industry_word}行业数据集{ds}个"
        v["平台开放共享数据的形式及数量"] = (share, share)
        coop = rng.randint(3, 12)
        v["合作平台数量（个）"] = (str(coop), coop)
        assert list(v) == SUMMARY_LABELS or set(v) == set(SUMMARY_LABELS), set(SUMMARY_LABELS) ^ set(v)
        # declared values start as the true ones
        self.declared = {k: v[k] for k in SUMMARY_LABELS}

    def set_declared(self, label: str, text: str, norm) -> None:
        self.declared[label] = (text, norm)

    def check_consistent(self) -> list[str]:
        """Rule audit of the declared values (used to prove the clean package is clean)."""
        d = {k: n for k, (_, n) in self.declared.items()}
        bad = []

        def eq(a, b, what):
            if abs(a - b) > 0.005:
                bad.append(f"{what}: {a} != {b}")
        eq(d["运维人数（人）"] + d["运营人数（人）"], d["平台团队总人数（人）"], "team")
        eq(r2(d["平台相关研发投入（万元）"] / d["平台相关营业收入（万元）"] * 100), d["平台相关研发投入强度（%）"], "rd%")
        eq(d["平台近三年经营指标情况"]["2023年平台营收（万元）"], d["平台相关营业收入（万元）"], "rev23")
        for t, b in (("连接的工业设备/产品/产线种类及数量（台/套）", ["按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"]),
                     ("公有云工业设备连接数量（台/套）", ["按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"]),
                     ("公有云工业设备平均日运行数量（台/套）", ["按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"]),
                     ("海外设备连接数量（台/套）", ["按海外国家分类统计海外设备连接数量（台/套）"]),
                     ("工业APP数量（个）", ["按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）"]),
                     ("公有云工业APP平均日活跃数量（个）", ["按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"]),
                     ("工业机理模型数量（个）", ["按分类统计工业模型数量（个）"]),
                     ("实际服务企业数（个）", ["按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"]),
                     ("平台提供的解决方案总数（个）", ["按新模式统计解决方案数量（个）"])):
            for lab in b:
                if d[lab] is not None:
                    eq(sum(d[lab].values()), d[t], lab)
        eq(d["基于平台开发的工业APP数量（个）"] + d["云化工业软件数量（个）"], d["工业APP数量（个）"], "apps")
        eq(r2(d["存储工业数据量（TB）"] / d["存储容量（TB）"] * 100), d["存储资源利用率（%）"], "storage")
        eq(d["服务本市企业数量（个）"], d["按省市区域统计服务企业数（个）"].get("上海", 0), "local")
        for big, small in (("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）"),
                           ("公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                           ("工业软件总量（个）", "工业APP数量（个）"), ("工业APP数量（个）", "公有云工业APP数量（个）"),
                           ("公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）"),
                           ("工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
                           ("微服务数量（个）", "活跃微服务数量（一周调用5次以上）（个）"),
                           ("开发者注册总数（个）", "活跃开发者数（个）"), ("注册企业用户数（个）", "实际服务企业数（个）"),
                           ("实际服务企业数（个）", "付费企业数（个）"), ("实际服务企业数（个）", "服务中小企业数量（个）"),
                           ("工业APP订阅总数量（个）", "杀手锏工业APP订阅数量（个）"), ("平台团队总人数（人）", "有相关技术职称/从业资格的人数（人）"),
                           ("平台实际用云量（台）", "平台公有云实际使用数量（台）"), ("存储工业数据量（TB）", "公有云数据总量（TB）")):
            if d[small] > d[big]:
                bad.append(f"subset {small} > {big}")
        g = d["平台近三年经营指标情况"]
        eq(r2((g["2022年平台营收（万元）"] / g["2021年平台营收（万元）"] - 1) * 100), g["2022年增长率（%）"], "g22")
        eq(r2((g["2023年平台营收（万元）"] / g["2022年平台营收（万元）"] - 1) * 100), g["2023年增长率（%）"], "g23")
        return bad
