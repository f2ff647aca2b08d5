"""h37 platform model: one consistent set of platform figures per package (what the third-party reports print),
then the applicant's declared copy (with the planted differences), and the 附件4 rows derived from it."""

from __future__ import annotations

import copy
import random

SUMMARY_LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(SUMMARY_LABELS) == 103

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, keys: list[str], weights: list[float]) -> dict[str, int]:
    s = sum(weights)
    raw = [total * w / s for w in weights]
    vals = [int(r) for r in raw]
    rest = total - sum(vals)
    order = sorted(range(len(keys)), key=lambda i: -(raw[i] - vals[i]))
    for i in order[:rest]:
        vals[i] += 1
    return dict(zip(keys, vals))


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def gen(spec: dict) -> dict:
    """The platform's figures (as the third-party reports and the applicant's records have them)."""
    rng = random.Random(spec["seed"])
    e: dict = {}
    T = spec["devices"]
    e["devices"] = T
    cats, cw = zip(*spec["dev_cats"])
    regs, rw = zip(*spec["regions"])
    e["dev_cat"] = split(T, list(cats), list(cw))
    e["dev_reg"] = split(T, list(regs), list(rw))
    pub = round(T * rng.uniform(0.38, 0.52))
    daily = round(pub * rng.uniform(0.55, 0.7))
    e["pub"], e["daily"] = pub, daily
    e["pub_cat"] = split(pub, list(cats), [e["dev_cat"][k] for k in cats])
    e["pub_reg"] = split(pub, list(regs), [e["dev_reg"][k] for k in regs])
    e["daily_cat"] = split(daily, list(cats), [e["pub_cat"][k] for k in cats])
    e["daily_reg"] = split(daily, list(regs), [e["pub_reg"][k] for k in regs])
    over = [k for k in regs if any(ch.isascii() and ch.isalpha() for ch in k)]
    e["overseas"] = {k: e["dev_reg"][k] for k in over}
    e["overseas_total"] = sum(e["overseas"].values())
    e["protocols"] = rng.randrange(120, 320)
    apps = rng.randrange(260, 520)
    e["apps"] = apps
    e["apps_native"] = round(apps * rng.uniform(0.5, 0.65))
    e["cloud_sw"] = round(apps * rng.uniform(0.25, 0.4))
    e["software"] = apps + rng.randrange(40, 120)
    ac, aw = zip(*spec["app_cats"])
    e["app_cat"] = split(apps, list(ac), list(aw))
    ai, iw = zip(*spec["industries"])
    e["app_ind"] = split(apps, list(ai), list(iw))
    e["app_mau"] = round(apps * rng.uniform(0.62, 0.78))
    e["killer"] = 5
    e["killer_online"] = rng.randrange(1500, 4200)
    e["killer_times"] = rng.randrange(20000, 60000)
    e["killer_income"] = r2(rng.uniform(20, 80))
    e["pub_apps"] = round(apps * rng.uniform(0.5, 0.62))
    e["pub_dau"] = round(e["pub_apps"] * rng.uniform(0.4, 0.5))
    e["pub_dau_cat"] = split(e["pub_dau"], list(ac), [e["app_cat"][k] for k in ac])
    e["pub_dau_ind"] = split(e["pub_dau"], list(ai), [e["app_ind"][k] for k in ai])
    e["cloud_used"] = r2(rng.randrange(9000, 30000) / 100)
    e["pub_cloud"] = int(e["cloud_used"] * rng.uniform(0.35, 0.5))
    e["storage"] = float(rng.choice([640, 800, 960, 1200, 1500]))
    e["stored"] = r2(e["storage"] * rng.uniform(0.45, 0.72))
    e["pub_data"] = r2(e["stored"] * rng.uniform(0.3, 0.45))
    e["storage_util"] = r2(e["stored"] / e["storage"] * 100)
    models = rng.randrange(180, 420)
    e["models"] = models
    e["models_active"] = round(models * rng.uniform(0.42, 0.58))
    e["model_users"] = rng.randrange(300, 900)
    e["model_cat"] = split(models, MODEL_CATS, [0.28, 0.1, 0.42, 0.2])
    e["speed"] = "秒级（单TB时序数据聚合分析平均约{:.1f}秒）".format(rng.uniform(1.5, 6.5))
    e["ms"] = rng.randrange(800, 1600)
    e["ms_active"] = round(e["ms"] * rng.uniform(0.48, 0.6))
    e["devs"] = rng.randrange(6000, 16000)
    e["devs_active"] = round(e["devs"] * rng.uniform(0.22, 0.3))
    reg_users = rng.randrange(1800, 4200)
    served = round(reg_users * rng.uniform(0.7, 0.82))
    e["reg_users"], e["served"] = reg_users, served
    e["srv_ind"] = split(served, list(ai) + ["其他"], list(iw) + [0.05])
    sr, sw = zip(*spec["srv_regions"])
    e["srv_reg"] = split(served, list(sr), list(sw))
    e["local"] = e["srv_reg"]["上海"]
    e["paid"] = round(reg_users * rng.uniform(0.24, 0.33))
    e["sme"] = round(served * rng.uniform(0.72, 0.84))
    e["orders_2023"] = rng.randrange(9000, 26000)
    e["orders_trail"] = round(e["orders_2023"] * rng.uniform(1.03, 1.09))
    e["trade_growth"] = r2(rng.uniform(9, 24))
    e["subs"] = rng.randrange(3000, 8000)
    e["killer_subs"] = round(e["subs"] * rng.uniform(0.45, 0.55))
    e["subs_amount"] = r2(rng.uniform(1200, 3600))
    e["dev_util"] = r2(rng.uniform(70, 86))
    e["domestic"] = r2(rng.choice([82, 85, 88, 90, 92]))
    e["factories"] = rng.randrange(3, 11)
    e["parks"] = rng.randrange(4, 14)
    e["mode_sol"] = split(rng.randrange(24, 48), MODES, [1.3, 0.7, 1.0, 1.4, 0.5, 1.1])
    e["solutions"] = sum(e["mode_sol"].values())
    e["cost_down"] = r2(rng.uniform(12, 24))
    e["energy_down"] = r2(rng.uniform(6, 14))
    e["safety_up"] = r2(rng.uniform(14, 28))
    e["indices"] = rng.randrange(3, 9)
    e["patents"] = rng.randrange(14, 48)
    e["softcr"] = rng.randrange(20, 60)
    e["awards"] = rng.randrange(3, 9)
    e["jobs"] = rng.randrange(200, 600)
    e["social"] = r2(rng.uniform(15, 30))
    e["partners"] = rng.randrange(4, 12)
    # finance (万元)
    r20 = r2(rng.uniform(2800, 7000))
    g = [rng.uniform(0.07, 0.2) for _ in range(3)]
    e["rev"] = {2020: r20}
    for i, y in enumerate((2021, 2022, 2023)):
        e["rev"][y] = r2(e["rev"][y - 1] * (1 + g[i]))
    e["rd"] = r2(e["rev"][2023] * rng.uniform(0.14, 0.24))
    e["profit"] = r2(e["rev"][2023] * rng.uniform(0.08, 0.15))
    e["cost"] = r2(e["rev"][2023] - e["profit"] - e["rd"] * 0.6)
    e["build"] = r2(rng.uniform(3600, 7800))
    team = rng.randrange(110, 260)
    ops = round(team * rng.uniform(0.52, 0.62))
    e["team"], e["team_ops"], e["team_run"] = team, ops, team - ops
    e["team_q"] = round(team * rng.uniform(0.6, 0.78))
    return e


def derive(d: dict) -> None:
    """Formula rows of the declared copy (written as the applicant computed them)."""
    d["growth"] = {y: r2((d["rev"][y] / d["rev"][y - 1] - 1) * 100) for y in (2021, 2022, 2023)}
    d["rd_int"] = r2(d["rd"] / d["rev"][2023] * 100)
    d["margin"] = r2(d["profit"] / d["rev"][2023] * 100)
    d["roi"] = r2(d["profit"] / d["build"] * 100)
    d["paid_ratio"] = r2(d["paid"] / d["reg_users"] * 100)
    d["storage_util"] = r2(d["stored"] / d["storage"] * 100)


def declared_copy(e: dict) -> dict:
    d = copy.deepcopy(e)
    derive(d)
    return d


def fmt(x) -> str:
    if isinstance(x, float):
        return f"{x:.2f}"
    return str(x)


def th(x) -> str:
    """Thousands separators as reports print them."""
    if isinstance(x, float):
        return f"{x:,.2f}"
    return f"{x:,}"


def bd(dct: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in dct.items())


def growth_text(d: dict) -> str:
    return "；".join(f"{y}年平台营收{d['rev'][y]:.2f}万元/增长率{d['growth'][y]:.2f}%" for y in (2021, 2022, 2023))


def growth_norm(d: dict) -> dict:
    out = {}
    for y in (2021, 2022, 2023):
        out[f"{y}年平台营收（万元）"] = d["rev"][y]
        out[f"{y}年增长率（%）"] = d["growth"][y]
    return out
