"""One consistent set of declared values per package, derived from a few primary numbers.

Every 附件4 row (103 labels, in the notice's order), the 指标明细表 answers and the evidence figures are
derived here, so that the documents and the truth cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def split(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights that add up to total exactly (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def r2(x: float) -> float:
    return float(f"{x:.2f}")


def f2(x: float) -> str:
    return f"{x:.2f}"


def breakdown_text(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


@dataclass
class Spec:
    pid: str
    list_no: int
    name: str
    company: str
    p2023: bool
    short: str
    nature: str
    contact: str
    title: str
    phone: str
    email: str
    address: str
    url: str
    account: str
    password: str
    credit_code: str
    legal_rep: str
    founded: str
    reg_place: str
    build_from: tuple[int, int]
    build_to: tuple[int, int]
    build_amount: float
    rev: tuple[float, float, float, float]  # 2020..2023 platform revenue 万元
    rd: float
    profit: float
    team_ops: int
    team_run: int
    titled: int
    devices: int
    dev_cats: dict[str, float]
    regions: dict[str, float]  # may contain overseas keys like 德国Germany
    overseas_keys: tuple[str, ...]
    public_share: float
    daily_share: float
    protocols: int
    apps_native: int
    apps_cloud: int
    extra_software: int
    app_cats: dict[str, float]
    app_inds: dict[str, float]
    registered: int
    served: int
    serve_inds: dict[str, float]
    serve_regions: dict[str, float]  # must contain 上海
    paid: int
    sme: int
    models: int
    model_cats: dict[str, float]
    microservices: int
    developers: int
    patents: int
    softcopy: int
    awards: list[tuple[str, str, str]]  # (名称, 时间, 颁发单位)
    listed: bool
    listed_text: str
    identifier: bool
    carbon: bool
    seed: int = 0
    extra: dict = field(default_factory=dict)


LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(LABELS) == 103

MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


class Values:
    """The declared values: rows[label] = (value, normalized); plus derived figures."""

    def __init__(self, s: Spec):
        self.s = s
        rows: dict[str, tuple[str, object]] = {}
        g = s.extra

        def put(label, value, norm):
            assert label in LABELS, label
            rows[label] = (value, norm)

        def num(label, n):
            put(label, str(n), n)

        def dec(label, x):
            put(label, f2(x), r2(x))

        def bd(label, d):
            if d:
                put(label, breakdown_text(d), dict(d))
            else:
                put(label, "", None)

        put("序号", str(s.list_no), s.list_no)
        put("企业名称", s.company, s.company)
        put("平台名称", s.name, s.name)
        put("平台性质", s.nature, s.nature)
        put("联系人姓名", s.contact, s.contact)
        put("联系人手机号", s.phone, s.phone)
        put("联系人电子邮箱", s.email, s.email)
        put("评审会现场地址信息", s.address, s.address)
        put("平台网址", s.url, s.url)
        bt = f"{s.build_from[0]}.{s.build_from[1]:02d}-{s.build_to[0]}.{s.build_to[1]:02d}"
        put("建设时间", bt, bt)
        dec("平台建设金额（万元）", s.build_amount)
        r20, r21, r22, r23 = s.rev
        self.growth = [r2((r21 / r20 - 1) * 100), r2((r22 / r21 - 1) * 100), r2((r23 / r22 - 1) * 100)]
        self.revs = [r21, r22, r23]
        txt = "；".join(f"{y}年平台营收{f2(v)}万元/增长率{f2(gr)}%" for y, v, gr in zip((2021, 2022, 2023), self.revs, self.growth))
        norm = {}
        for y, v, gr in zip((2021, 2022, 2023), self.revs, self.growth):
            norm[f"{y}年平台营收（万元）"] = r2(v)
            norm[f"{y}年增长率（%）"] = gr
        put("平台近三年经营指标情况", txt, norm)
        put("平台建设方式", g.get("build_way", "自建"), g.get("build_way", "自建"))
        put("平台运营模式", g.get("run_mode", "自运营"), g.get("run_mode", "自运营"))
        self.deploy = g.get("deploy", ["私有云", "公有云"])
        put("部署方式", "、".join(self.deploy), "、".join(self.deploy))
        num("平台团队总人数（人）", s.team_ops + s.team_run)
        num("运维人数（人）", s.team_ops)
        num("运营人数（人）", s.team_run)
        num("有相关技术职称/从业资格的人数（人）", s.titled)
        dec("平台相关研发投入（万元）", s.rd)
        dec("平台相关研发投入强度（%）", s.rd / r23 * 100)
        dec("平台相关营业收入（万元）", r23)
        dec("平台利润率（%）", s.profit / r23 * 100)
        dec("付费用户占比（%）", s.paid / s.registered * 100)
        # devices
        self.dev_cat = dict(zip(s.dev_cats, split(s.devices, list(s.dev_cats.values()))))
        self.dev_reg = dict(zip(s.regions, split(s.devices, list(s.regions.values()))))
        pub = round(s.devices * s.public_share)
        daily = round(pub * s.daily_share)
        self.pub, self.daily = pub, daily
        self.pub_cat = dict(zip(s.dev_cats, split(pub, list(self.dev_cat.values()))))
        self.pub_reg = dict(zip(s.regions, split(pub, list(self.dev_reg.values()))))
        self.daily_cat = dict(zip(s.dev_cats, split(daily, list(self.pub_cat.values()))))
        self.daily_reg = dict(zip(s.regions, split(daily, list(self.pub_reg.values()))))
        num("连接的工业设备/产品/产线种类及数量（台/套）", s.devices)
        bd("按二级分类统计工业设备数量（台/套）", self.dev_cat)
        bd("按省市区域统计工业设备数量（台/套）", self.dev_reg)
        num("公有云工业设备连接数量（台/套）", pub)
        bd("按二级分类统计公有云工业设备数量（台/套）", self.pub_cat)
        bd("按省市区域统计公有云工业设备数量（台/套）", self.pub_reg)
        num("公有云工业设备平均日运行数量（台/套）", daily)
        bd("按二级分类统计公有云工业设备平均日运行数量（台/套）", self.daily_cat)
        bd("按省市区域统计公有云工业设备平均日运行数量（台/套）", self.daily_reg)
        self.overseas = {k: self.dev_reg[k] for k in s.overseas_keys}
        num("海外设备连接数量（台/套）", sum(self.overseas.values()))
        bd("按海外国家分类统计海外设备连接数量（台/套）", self.overseas)
        num("工业协议兼容适配数量（个）", s.protocols)
        apps = s.apps_native + s.apps_cloud
        self.apps = apps
        num("工业软件总量（个）", apps + s.extra_software)
        num("工业APP数量（个）", apps)
        num("基于平台开发的工业APP数量（个）", s.apps_native)
        num("云化工业软件数量（个）", s.apps_cloud)
        bd("按分类统计工业APP数量（个）", dict(zip(s.app_cats, split(apps, list(s.app_cats.values())))))
        bd("按行业统计工业APP数量（个）", dict(zip(s.app_inds, split(apps, list(s.app_inds.values())))))
        num("工业APP平均月活跃数量（个）", round(apps * 0.71))
        num("杀手锏APP数量（个）", 5)
        num("公有云杀手锏APP平均日在线用户数（个）", g["killer_online"])
        num("杀手锏APP日活次数（次）", g["killer_hits"])
        dec("杀手锏APP月平均收入（万元）", g["killer_income"])
        pub_apps = round(apps * 0.58)
        pub_daily = round(pub_apps * 0.43)
        num("公有云工业APP数量（个）", pub_apps)
        num("公有云工业APP平均日活跃数量（个）", pub_daily)
        bd("按分类统计公有云工业APP平均日活跃数量（个）", dict(zip(s.app_cats, split(pub_daily, list(s.app_cats.values())))))
        bd("按行业统计公有云工业APP平均日活跃数量（个）", dict(zip(s.app_inds, split(pub_daily, list(s.app_inds.values())))))
        dec("平台实际用云量（台）", g["cloud_servers"])
        num("平台公有云实际使用数量（台）", g["public_servers"])
        dec("存储容量（TB）", g["storage"])
        dec("存储工业数据量（TB）", g["data"])
        dec("公有云数据总量（TB）", g["public_data"])
        dec("存储资源利用率（%）", g["data"] / g["storage"] * 100)
        num("工业机理模型数量（个）", s.models)
        self.active_models = round(s.models * 0.47)
        num("活跃机理模型数量（一周调用5次以上）（个）", self.active_models)
        num("核心工业模型平均月调用用户数量（个）", g["model_users"])
        bd("按分类统计工业模型数量（个）", dict(zip(s.model_cats, split(s.models, list(s.model_cats.values())))))
        put("数据分析平台均速度（每TB分级/秒级/毫秒级）", g["speed_text"], g["speed"])
        num("微服务数量（个）", s.microservices)
        self.active_ms = round(s.microservices * 0.56)
        num("活跃微服务数量（一周调用5次以上）（个）", self.active_ms)
        num("开发者注册总数（个）", s.developers)
        num("活跃开发者数（个）", round(s.developers * 0.23))
        put("平台是否建立安全管理体系", "是", True)
        put("有否定期开展第三方安全测试/测评", "是", True)
        put("有否定期进行安全扫描", "是", True)
        num("注册企业用户数（个）", s.registered)
        num("实际服务企业数（个）", s.served)
        self.serve_ind = dict(zip(s.serve_inds, split(s.served, list(s.serve_inds.values()))))
        self.serve_reg = dict(zip(s.serve_regions, split(s.served, list(s.serve_regions.values()))))
        bd("按行业统计服务企业数（个）", self.serve_ind)
        bd("按省市区域统计服务企业数（个）", self.serve_reg)
        num("付费企业数（个）", s.paid)
        num("服务本市企业数量（个）", self.serve_reg["上海"])
        num("服务中小企业数量（个）", s.sme)
        orders = g["orders"]
        put("平台订单数量(近一年总量)（个）", f"2023年自然年：{orders[0]}个；截至填表日前一年：{orders[1]}个",
            {"2023年自然年": orders[0], "截至填表日前一年": orders[1]})
        dec("平台交易规模年增长率（%）", g["trade_growth"])
        num("工业APP订阅总数量（个）", g["subs"])
        num("杀手锏工业APP订阅数量（个）", g["killer_subs"])
        dec("工业APP订阅总金额（万元）", g["subs_amount"])
        dec("平台连接工业设备利用率（%）", g["device_util"])
        dec("平台国产化率（%）", g["localization"])
        put("平台是否服务上海智能工厂，数量", f"是，{g['factories']}家", g["factories"])
        num("平台服务园区总数（个）", g["parks"])
        sol = g["solutions"]
        num("平台提供的解决方案总数（个）", sum(sol))
        bd("按新模式统计解决方案数量（个）", dict(zip(MODES, sol)))
        dec("投资回报率（%）", s.profit / s.build_amount * 100)
        put("企业是否已上市或已获得VC/PE投资", "是" if s.listed else "否", s.listed)
        dec("平台连接工业设备运维成本平均下降率（%）", g["cost_down"])
        dec("平台连接工业设备能耗平均下降率（%）", g["energy_down"])
        dec("平台连接工业设备安全生产持续时间平均提升率（%）", g["safety_up"])
        num("平台现有特色指数（个）", g["indices"])
        num("平台核心软硬件技术获得的专利数量（项）", s.patents)
        num("平台核心软硬件技术获得的软著数量（个）", s.softcopy)
        put("平台是否有自研形成的核心技术突破", "是", True)
        put("平台是否具备碳管理服务能力", "是" if s.carbon else "否", s.carbon)
        put("平台是否融合使用国家标识解析系统", "是" if s.identifier else "否", s.identifier)
        num("平台获得省部级及以上奖项/荣誉数量（个）", len(s.awards))
        num("平台建设与运营带动新增就业人数（人）", g["jobs"])
        dec("平台社会贡献率（%）", g["social"])
        put("平台开放共享数据的形式及数量", g["open_data"], g["open_data"])
        num("合作平台数量（个）", g["partners"])
        assert list(rows) == LABELS or set(rows) == set(LABELS)
        self.rows = {lab: rows[lab] for lab in LABELS}
        # consistency audit of the declared values
        assert self.daily <= self.pub <= s.devices
        assert s.served <= s.registered and s.paid <= s.served and s.sme <= s.served
        assert g["killer_subs"] <= g["subs"] and g["public_data"] <= g["data"] <= g["storage"]
        assert g["public_servers"] <= g["cloud_servers"]

    def v(self, label: str) -> str:
        return self.rows[label][0]

    def n(self, label: str):
        return self.rows[label][1]
