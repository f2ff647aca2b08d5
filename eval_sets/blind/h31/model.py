"""Derive every declared value of a package from its spec: 附件4 rows, 指标明细表 cells, evidence lists."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from labels import A4_LABELS, DETAIL, a4_of
from specs import PLATFORMS


def split(total: int, weights: dict) -> dict:
    """Integer split of total by weights, summing exactly to total (largest remainder)."""
    keys = [k for k, w in weights.items() if w > 0]
    wsum = sum(weights[k] for k in keys)
    raw = {k: total * weights[k] / wsum for k in keys}
    out = {k: int(raw[k]) for k in keys}
    rest = total - sum(out.values())
    for k in sorted(keys, key=lambda k: -(raw[k] - out[k]))[:rest]:
        out[k] += 1
    return out


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def fmt_bd(d: dict, sep: str = "、", colon: str = "：") -> str:
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())


@dataclass
class Model:
    name: str
    cat: str
    calls: int
    users: int
    status: str
    private: bool


@dataclass
class Service:
    name: str
    ns: str
    group: str
    instances: int
    healthy: int
    calls7: int


@dataclass
class Pkg:
    S: dict
    rows: dict = field(default_factory=dict)        # 附件4 label -> (value, normalized)
    cells: dict = field(default_factory=dict)       # 指标明细表 内容 -> 申报表 cell text
    a4_override: dict = field(default_factory=dict)  # 附件4 label -> value printed in the applicant's 汇总表
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    files: dict = field(default_factory=dict)
    models: list = field(default_factory=list)
    services: list = field(default_factory=list)
    monthly_users: list = field(default_factory=list)
    layout: list = field(default_factory=list)

    def has(self, p):
        return p in self.S["problems"]


MODEL_WORDS = {
    "5G全连接工厂": {
        "数据算法模型": ["SMT贴片缺陷分类", "设备OEE预测", "AOI图像异常检测", "5G专网时延预测", "能耗负荷预测", "刀具寿命回归", "良率根因分析", "质检样本聚类"],
        "研发仿真模型": ["产线节拍仿真", "AGV路径仿真", "厂区5G覆盖仿真", "工装夹具三维", "焊装线数字孪生", "仓储布局仿真"],
        "行业机理模型": ["回流焊温区曲线", "注塑工艺参数", "激光焊接熔深", "螺栓拧紧扭矩", "喷涂膜厚", "CNC切削参数"],
        "业务流程模型": ["工单排产逻辑", "物料齐套校验", "质量追溯流程", "设备点检流程", "安灯响应流程"],
    },
    "电力能源": {
        "行业机理模型": ["锅炉燃烧优化", "汽轮机热耗率", "给水泵效率", "凝汽器端差", "磨煤机出力", "SCR脱硝喷氨", "空预器漏风", "主汽温控制",
                   "燃机压气机效率", "一次调频性能", "厂用电率核算"],
        "数据算法模型": ["风机振动故障分类", "测点坏值识别", "负荷曲线预测", "光伏功率预测", "轴承温度趋势", "煤质软测量"],
        "研发仿真模型": ["DCS控制逻辑仿真", "机组启停过程仿真", "管网水力仿真", "储能系统仿真"],
        "业务流程模型": ["两票流程", "缺陷闭环流程", "检修工单流程"],
    },
    "环保水务装备": {
        "行业机理模型": ["活性污泥ASM2d", "曝气量优化", "加药量计算", "膜污染速率", "污泥脱水泵效", "MBR通量", "消毒CT值"],
        "数据算法模型": ["出水COD软测量", "进水水质预测", "鼓风机故障分类", "泵组能效聚类", "氨氮超标预警"],
        "设备运维模型": ["水泵健康度评估", "格栅机维护周期", "鼓风机保养计划", "搅拌器寿命估计"],
        "研发仿真模型": ["二沉池CFD", "管网水力仿真", "厂站三维", "工艺流程仿真"],
        "业务流程模型": ["巡检工单流程", "药剂采购流程", "运维派单流程"],
    },
    "纺织": {
        "行业机理模型": ["织机车速与断经", "浆纱上浆率", "染色配方", "定型机温控", "经纱张力", "坯布克重"],
        "数据算法模型": ["织疵视觉识别", "停台原因分类", "产能预测", "坯布价格预测", "订单交期预测"],
        "业务流程模型": ["订单分发逻辑", "外协派工流程", "质检放行流程"],
        "研发仿真模型": ["织物组织仿真", "花型三维"],
    },
}

SVC_WORDS = ["gateway", "auth", "user-center", "tenant", "device-access", "mqtt-broker", "rule-engine", "alarm", "model-runtime",
             "model-registry", "timeseries-query", "data-sync", "file-store", "notify", "workflow", "report", "bi-query", "app-store",
             "billing", "order", "dict", "edge-manager", "ota", "video-ai", "twin-render", "label", "search", "audit-log", "scheduler",
             "etl", "metric", "open-api", "dev-portal", "sdk-center", "mes-adapter", "erp-adapter", "scada-bridge", "energy",
             "quality", "spc", "kpi", "work-order", "inventory", "trace", "id-resolve", "carbon", "recommend", "forecast"]


def build_model_list(S, rng: random.Random) -> list[Model]:
    words = MODEL_WORDS[S["domain"]]
    counts = split(S["models"], S["model_weights"])
    out = []
    for cat, n in counts.items():
        pool = words.get(cat, ["通用"])
        for i in range(n):
            base = pool[i % len(pool)]
            suffix = "" if i < len(pool) else f"（V{1 + i // len(pool)}.{i % 3}）"
            out.append(Model(f"{base}模型{suffix}", cat, 0, 0, "已发布", False))
    rng.shuffle(out)
    # private-deployment flags
    for m in out[: S["models_private"]]:
        m.private = True
    # calls: exactly active_models with >=5, of which exact5 have exactly 5
    idx = list(range(len(out)))
    rng.shuffle(idx)
    active = set(idx[: S["active_models"]])
    exact = set(list(active)[: S["exact5"]])
    for i, m in enumerate(out):
        if i in exact:
            m.calls = 5
        elif i in active:
            m.calls = rng.choice([rng.randint(6, 40), rng.randint(40, 400), rng.randint(400, 3800)])
        else:
            m.calls = rng.choice([0, 0, 1, 2, 3, 4, 4])
        m.users = max(0, int(m.calls * rng.uniform(0.05, 0.4))) if m.calls else 0
        m.status = "运行中" if m.calls else rng.choice(["运行中", "已发布", "待调用"])
    return out


def build_services(S, rng: random.Random) -> list[Service]:
    n = S["services"]
    names = []
    prefix = {"5G全连接工厂": "lq", "电力能源": "ep", "环保水务装备": "env", "纺织": "fs"}[S["domain"]]
    for i in range(n):
        w = SVC_WORDS[i % len(SVC_WORDS)]
        names.append(f"{prefix}-{w}" + ("" if i < len(SVC_WORDS) else f"-v{2 + i // len(SVC_WORDS)}"))
    nss = ["prod", "prod", "prod", "edge", "open"]
    out = []
    idx = list(range(n))
    rng.shuffle(idx)
    active = set(idx[: S["active_services"]])
    exact = set(list(active)[: S["svc_exact5"]])
    for i, name in enumerate(names):
        inst = rng.choice([1, 2, 2, 3, 3, 3, 4, 6])
        calls = 5 if i in exact else (rng.randint(120, 2_400_000) if i in active else rng.choice([0, 0, 1, 3]))
        out.append(Service(name, rng.choice(nss), "DEFAULT_GROUP" if rng.random() < .8 else "IIOT_GROUP", inst, inst, calls))
    return out


def derive(S: dict) -> Pkg:
    rng = random.Random(S["seed"])
    P = Pkg(S)
    name, company, part = PLATFORMS[S["no"]]
    rev = S["rev"]
    g = [r2((rev[i] / rev[i - 1] - 1) * 100) for i in range(1, 4)]
    models = build_model_list(S, rng)
    services = build_services(S, rng)
    P.models, P.services = models, services
    # monthly users of the core models (近一年), integer mean
    mu = [int(S["core_users"] * rng.uniform(0.8, 1.2)) for _ in range(11)]
    mu.append(S["core_users"] * 12 - sum(mu))
    P.monthly_users = mu

    active_models = sum(1 for m in models if m.calls >= 5)
    assert active_models == S["active_models"]
    cat_counts = {}
    for m in models:
        cat_counts[m.cat] = cat_counts.get(m.cat, 0) + 1
    cat_counts = {k: cat_counts[k] for k in S["model_weights"] if k in cat_counts}
    active_svc = sum(1 for s in services if s.calls7 >= 5)
    assert active_svc == S["active_services"]
    inst_total = sum(s.instances for s in services)
    P.inst_total = inst_total

    cloud_total = r2(sum(v * n / 8 for *_, v, n in S["cloud_rows"]))
    cloud_pub = r2(sum(v * n / 8 for _, dep, _, v, n in S["cloud_rows"] if dep == "公有云"))
    P.cloud_total, P.cloud_pub = cloud_total, cloud_pub
    cap_tb = r2(S["storage_pb"] * 1000)
    used_tb = r2(S["used_gb"] / 1000)
    util = r2(used_tb / cap_tb * 100)
    P.cap_tb, P.used_tb, P.util = cap_tb, used_tb, util

    dev = S["dev_total"]
    dev_cats = split(dev, S["dev_cats"])
    regions = split(dev, S["regions"])
    overseas = {k: regions[k] for k in S["overseas"]}
    pub_cats = split(S["pub_dev"], dev_cats)
    pub_regs = split(S["pub_dev"], regions)
    run_cats = split(S["pub_run"], dev_cats)
    run_regs = split(S["pub_run"], regions)
    app_cats = split(S["apps"], S["app_cats"])
    app_inds = split(S["apps"], S["app_inds"])
    pub_cats_dau = split(S["pub_apps_dau"], S["app_cats"])
    pub_inds_dau = split(S["pub_apps_dau"], S["app_inds"])
    P.dev_cats, P.regions, P.overseas, P.cat_counts = dev_cats, regions, overseas, cat_counts

    sep = {"h31_lianqing_clean": "、", "h31_xinhua_problems": "；", "h31_cpai_problems": "，", "h31_feisuo_problems": "、"}[S["pid"]]
    bd = lambda d: fmt_bd(d, sep)
    priv = lambda total, p, unit="个": f"总量{total}{unit}，其中私有化部署涉及的相关数量{p}{unit}" if p else str(total)

    paid_ratio = r2(S["paid"] / S["users"] * 100)
    rd_int = r2(S["rd"] / rev[3] * 100)
    margin = r2(S["profit"] / rev[3] * 100)
    roi = r2(S["profit"] / S["invest"] * 100)
    case_avg = [r2(sum(c[i] for c in S["cases"]) / 3) for i in range(3)]
    P.case_avg = case_avg
    P.growth = g
    P.rd_int, P.margin, P.roi, P.paid_ratio = rd_int, margin, roi, paid_ratio
    P.active_models, P.active_svc = active_models, active_svc

    R = {}
    R["序号"] = (str(S["no"]), S["no"])
    R["企业名称"] = (company, company)
    R["平台名称"] = (S["declared_name"], S["declared_name"])
    R["平台性质"] = (S["nature"], S["nature"])
    c = S["contact"]
    R["联系人姓名"] = (c[0], c[0])
    R["联系人手机号"] = (c[1], c[1])
    R["联系人电子邮箱"] = (c[2], c[2])
    R["评审会现场地址信息"] = (S["address"], S["address"])
    R["平台网址"] = (S["url"], S["url"])
    bt = f"{S['build'][0]}-{S['build'][1]}"
    R["建设时间"] = (bt, bt)
    R["平台建设金额（万元）"] = (f"{S['invest']:.2f}", S["invest"])
    rv = "；".join(f"{2021 + i}年平台营收{rev[i + 1]:.2f}万元/增长率{g[i]:.2f}%" for i in range(3))
    R["平台近三年经营指标情况"] = (rv, {**{k: v for i in range(3) for k, v in
                                   ((f"{2021 + i}年平台营收（万元）", rev[i + 1]), (f"{2021 + i}年增长率（%）", g[i]))}})
    R["平台建设方式"] = (S["build_mode_a4"], S["build_mode_a4"])
    R["平台运营模式"] = (S["op_mode"], S["op_mode"])
    R["部署方式"] = (S["deploy"], S["deploy"])
    t = S["team"]
    R["平台团队总人数（人）"] = (str(t[0]), t[0])
    R["运维人数（人）"] = (str(t[1]), t[1])
    R["运营人数（人）"] = (str(t[2]), t[2])
    R["有相关技术职称/从业资格的人数（人）"] = (str(t[3]), t[3])
    R["平台相关研发投入（万元）"] = (f"{S['rd']:.2f}", S["rd"])
    R["平台相关研发投入强度（%）"] = (f"{rd_int:.2f}", rd_int)
    R["平台相关营业收入（万元）"] = (f"{rev[3]:.2f}", rev[3])
    R["平台利润率（%）"] = (f"{margin:.2f}", margin)
    R["付费用户占比（%）"] = (f"{paid_ratio:.2f}", paid_ratio)
    R["连接的工业设备/产品/产线种类及数量（台/套）"] = (str(dev), dev)
    R["按二级分类统计工业设备数量（台/套）"] = (bd(dev_cats), dev_cats)
    R["按省市区域统计工业设备数量（台/套）"] = (bd(regions), regions)
    R["公有云工业设备连接数量（台/套）"] = (str(S["pub_dev"]), S["pub_dev"])
    R["按二级分类统计公有云工业设备数量（台/套）"] = (bd(pub_cats), pub_cats)
    R["按省市区域统计公有云工业设备数量（台/套）"] = (bd(pub_regs), pub_regs)
    R["公有云工业设备平均日运行数量（台/套）"] = (str(S["pub_run"]), S["pub_run"])
    R["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = (bd(run_cats), run_cats)
    R["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = (bd(run_regs), run_regs)
    ov = sum(overseas.values())
    R["海外设备连接数量（台/套）"] = (str(ov), ov)
    R["按海外国家分类统计海外设备连接数量（台/套）"] = (bd(overseas), overseas) if overseas else ("无", None)
    R["工业协议兼容适配数量（个）"] = (str(S["protocols"]), S["protocols"])
    R["工业软件总量（个）"] = (str(S["sw_total"]), S["sw_total"])
    R["工业APP数量（个）"] = (str(S["apps"]), S["apps"])
    R["基于平台开发的工业APP数量（个）"] = (str(S["native"]), S["native"])
    R["云化工业软件数量（个）"] = (str(S["cloudsw"]), S["cloudsw"])
    R["按分类统计工业APP数量（个）"] = (bd(app_cats), app_cats)
    R["按行业统计工业APP数量（个）"] = (bd(app_inds), app_inds)
    R["工业APP平均月活跃数量（个）"] = (str(S["app_mau"]), S["app_mau"])
    R["杀手锏APP数量（个）"] = (str(S["killer"]), S["killer"])
    R["公有云杀手锏APP平均日在线用户数（个）"] = (str(S["killer_dau"]), S["killer_dau"])
    R["杀手锏APP日活次数（次）"] = (str(S["killer_hits"]), S["killer_hits"])
    R["杀手锏APP月平均收入（万元）"] = (f"{S['killer_income']:.2f}", S["killer_income"])
    R["公有云工业APP数量（个）"] = (str(S["pub_apps"]), S["pub_apps"])
    R["公有云工业APP平均日活跃数量（个）"] = (str(S["pub_apps_dau"]), S["pub_apps_dau"])
    R["按分类统计公有云工业APP平均日活跃数量（个）"] = (bd(pub_cats_dau), pub_cats_dau)
    R["按行业统计公有云工业APP平均日活跃数量（个）"] = (bd(pub_inds_dau), pub_inds_dau)
    R["平台实际用云量（台）"] = (f"{cloud_total:.2f}", cloud_total)
    R["平台公有云实际使用数量（台）"] = (f"{cloud_pub:.2f}", cloud_pub)
    R["存储容量（TB）"] = (f"{cap_tb:.2f}", cap_tb)
    R["存储工业数据量（TB）"] = (f"{used_tb:.2f}", used_tb)
    R["公有云数据总量（TB）"] = (f"{S['pub_data']:.2f}", S["pub_data"]) if S["pub_data"] is not None else ("", None)
    R["存储资源利用率（%）"] = (f"{util:.2f}", util)
    R["工业机理模型数量（个）"] = (priv(S["models"], S["models_private"]), S["models"])
    R["活跃机理模型数量（一周调用5次以上）（个）"] = (str(active_models), active_models)
    R["核心工业模型平均月调用用户数量（个）"] = (str(S["core_users"]), S["core_users"])
    R["按分类统计工业模型数量（个）"] = (bd(cat_counts), cat_counts)
    R["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (S["speed"], S["speed_norm"])
    R["微服务数量（个）"] = (str(S["services"]), S["services"])
    R["活跃微服务数量（一周调用5次以上）（个）"] = (str(active_svc), active_svc)
    R["开发者注册总数（个）"] = (str(S["devs"]), S["devs"])
    R["活跃开发者数（个）"] = (str(S["active_devs"]), S["active_devs"])
    R["平台是否建立安全管理体系"] = ("是", True)
    R["有否定期开展第三方安全测试/测评"] = ("是", True)
    R["有否定期进行安全扫描"] = ("是", True)
    R["注册企业用户数（个）"] = (str(S["users"]), S["users"])
    R["实际服务企业数（个）"] = (str(S["served"]), S["served"])
    R["按行业统计服务企业数（个）"] = (bd(S["ind_served"]), S["ind_served"])
    R["按省市区域统计服务企业数（个）"] = (bd(S["reg_served"]), S["reg_served"])
    R["付费企业数（个）"] = (str(S["paid"]), S["paid"])
    R["服务本市企业数量（个）"] = (str(S["local"]), S["local"])
    R["服务中小企业数量（个）"] = (str(S["sme"]), S["sme"])
    o = S["orders"]
    R["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o[0]}个；截至填表日前一年：{o[1]}个", {"2023年自然年": o[0], "截至填表日前一年": o[1]})
    R["平台交易规模年增长率（%）"] = (f"{S['trade_growth']:.2f}", S["trade_growth"])
    R["工业APP订阅总数量（个）"] = (str(S["subs"]), S["subs"])
    R["杀手锏工业APP订阅数量（个）"] = (str(S["killer_subs"]), S["killer_subs"])
    R["工业APP订阅总金额（万元）"] = (f"{S['sub_amount']:.2f}", S["sub_amount"])
    R["平台连接工业设备利用率（%）"] = (f"{S['util']:.2f}", S["util"])
    R["平台国产化率（%）"] = (f"{S['localization']:.2f}", S["localization"])
    R["平台是否服务上海智能工厂，数量"] = (f"是，{S['smart']}家", S["smart"])
    R["平台服务园区总数（个）"] = (str(S["parks"]), S["parks"])
    R["平台提供的解决方案总数（个）"] = (str(S["solutions"]), S["solutions"])
    R["按新模式统计解决方案数量（个）"] = (bd(S["modes"]), S["modes"])
    R["投资回报率（%）"] = (f"{roi:.2f}", roi)
    R["企业是否已上市或已获得VC/PE投资"] = ("是" if S["listed"] else "否", S["listed"])
    R["平台连接工业设备运维成本平均下降率（%）"] = (f"{case_avg[0]:.2f}", case_avg[0])
    R["平台连接工业设备能耗平均下降率（%）"] = (f"{case_avg[1]:.2f}", case_avg[1])
    R["平台连接工业设备安全生产持续时间平均提升率（%）"] = (f"{case_avg[2]:.2f}", case_avg[2])
    R["平台现有特色指数（个）"] = (str(S["indices"]), S["indices"])
    R["平台核心软硬件技术获得的专利数量（项）"] = (str(S["patents"]), S["patents"])
    R["平台核心软硬件技术获得的软著数量（个）"] = (str(S["softcr"]), S["softcr"])
    R["平台是否有自研形成的核心技术突破"] = ("是", True)
    R["平台是否具备碳管理服务能力"] = ("是", True) if S["domain"] != "纺织" else ("否", False)
    R["平台是否融合使用国家标识解析系统"] = ("是", True)
    R["平台获得省部级及以上奖项/荣誉数量（个）"] = (str(S["awards"]), S["awards"])
    R["平台建设与运营带动新增就业人数（人）"] = (str(S["jobs"]), S["jobs"])
    R["平台社会贡献率（%）"] = (f"{S['social']:.2f}", S["social"])
    R["平台开放共享数据的形式及数量"] = (S["open_data"], S["open_data"])
    R["合作平台数量（个）"] = (str(S["partners"]), S["partners"])

    # ---- planted problems that change declared values
    if P.has("active_models"):
        R["活跃机理模型数量（一周调用5次以上）（个）"] = ("58", 58)
    if P.has("services_as_instances"):
        R["微服务数量（个）"] = (str(inst_total), inst_total)
    if P.has("core_users"):
        v = S["core_users_declared"]
        R["核心工业模型平均月调用用户数量（个）"] = (str(v), v)
    if P.has("storage_formula"):
        R["存储资源利用率（%）"] = ("62.40", 62.40)
    assert list(R) == A4_LABELS, set(A4_LABELS) ^ set(R)
    P.rows = R
    P.company, P.listed_name, P.part2023 = company, name, part
    return P


def cell_texts(P: Pkg, T: dict) -> dict:
    """指标明细表 cell text for every 内容: 附件4-backed values, or narrative answers from T."""
    S, R = P.S, P.rows
    out = {}
    for *_, contents in DETAIL:
        for c in contents:
            lab = a4_of(c)
            if c in T:
                out[c] = T[c]
            elif lab is not None:
                out[c] = R[lab][0]
            else:
                raise KeyError(c)
    return out
