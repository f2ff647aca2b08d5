"""One source of truth per package: a spec (real platform figures + group structure) expanded into the 103 附件4
values. Breakdowns are split so they add up; rates follow the 填报指引 formulas."""

from __future__ import annotations

import random

from eval_sets.blind.h96.labels import APP_KINDS, MODEL_KINDS, MODES


def split(total: int, keys: list[str], rng: random.Random) -> dict[str, int]:
    weights = [rng.uniform(0.6, 1.0) * (len(keys) - i) for i in range(len(keys))]
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return dict(zip(keys, parts))


def scale(d: dict[str, int], total: int) -> dict[str, int]:
    """Same keys, proportional parts summing to total."""
    s = sum(d.values())
    parts = {k: int(v * total / s) for k, v in d.items()}
    first = next(iter(parts))
    parts[first] += total - sum(parts.values())
    return parts


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def derive(s: dict) -> dict:
    """Real values (what the evidence shows) for every 附件4 label."""
    rng = random.Random(s["seed"])
    v: dict = {}
    v["序号"] = s["list_no"]
    v["企业名称"] = s["company"]
    v["平台名称"] = s["platform"]
    v["平台性质"] = s["nature"]
    v["联系人姓名"], v["联系人手机号"], v["联系人电子邮箱"] = s["contact"]
    v["评审会现场地址信息"] = s["address"]
    v["平台网址"] = s["url"]
    v["建设时间"] = s["period"]
    v["平台建设金额（万元）"] = s["build"]
    r20, r21, r22, r23 = s["rev"]
    v["平台近三年经营指标情况"] = {"2021年平台营收（万元）": r21, "2021年增长率（%）": pct(r21 - r20, r20),
                           "2022年平台营收（万元）": r22, "2022年增长率（%）": pct(r22 - r21, r21),
                           "2023年平台营收（万元）": r23, "2023年增长率（%）": pct(r23 - r22, r22)}
    v["平台建设方式"], v["平台运营模式"], v["部署方式"] = s["ways"]
    ops, run, titled = s["team"]
    v["平台团队总人数（人）"], v["运维人数（人）"], v["运营人数（人）"] = ops + run, ops, run
    v["有相关技术职称/从业资格的人数（人）"] = titled
    v["平台相关研发投入（万元）"] = s["rd"]
    v["平台相关研发投入强度（%）"] = pct(s["rd"], r23)
    v["平台相关营业收入（万元）"] = r23
    v["平台利润率（%）"] = pct(s["profit"], r23)
    dev, pub, daily = s["devices"]
    cats, regions, overseas = s["dev_cats"], s["regions"], s["overseas"]
    by_cat = split(dev, cats, rng)
    osum = sum(overseas.values())
    by_reg = {**split(dev - osum, regions, rng), **overseas}
    v["连接的工业设备/产品/产线种类及数量（台/套）"] = dev
    v["按二级分类统计工业设备数量（台/套）"] = by_cat
    v["按省市区域统计工业设备数量（台/套）"] = by_reg
    v["公有云工业设备连接数量（台/套）"] = pub
    v["按二级分类统计公有云工业设备数量（台/套）"] = scale(by_cat, pub)
    v["按省市区域统计公有云工业设备数量（台/套）"] = scale(by_reg, pub)
    v["公有云工业设备平均日运行数量（台/套）"] = daily
    v["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = scale(by_cat, daily)
    v["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = scale(by_reg, daily)
    v["海外设备连接数量（台/套）"] = osum
    v["按海外国家分类统计海外设备连接数量（台/套）"] = dict(overseas) if overseas else None
    apps, pub_apps, pub_daily = s["apps"]
    inds = s["industries"]
    v["工业协议兼容适配数量（个）"] = s["protocols"]
    v["工业软件总量（个）"] = apps + s["extra_sw"]
    v["工业APP数量（个）"] = apps
    v["基于平台开发的工业APP数量（个）"] = int(apps * 0.62)
    v["云化工业软件数量（个）"] = int(apps * 0.31)
    v["按分类统计工业APP数量（个）"] = split(apps, APP_KINDS[:6], rng)
    v["按行业统计工业APP数量（个）"] = split(apps, inds, rng)
    v["工业APP平均月活跃数量（个）"] = int(apps * 0.71)
    v["杀手锏APP数量（个）"] = s["killer"]
    v["公有云杀手锏APP平均日在线用户数（个）"] = s["killer_online"]
    v["杀手锏APP日活次数（次）"] = s["killer_online"] * 11 + 37
    v["杀手锏APP月平均收入（万元）"] = s["killer_income"]
    v["公有云工业APP数量（个）"] = pub_apps
    v["公有云工业APP平均日活跃数量（个）"] = pub_daily
    v["按分类统计公有云工业APP平均日活跃数量（个）"] = split(pub_daily, APP_KINDS[:6], rng)
    v["按行业统计公有云工业APP平均日活跃数量（个）"] = split(pub_daily, inds, rng)
    cloud, pub_cloud, cap, used, pub_data = s["cloud"]
    v["平台实际用云量（台）"] = cloud
    v["平台公有云实际使用数量（台）"] = pub_cloud
    v["存储容量（TB）"] = cap
    v["存储工业数据量（TB）"] = used
    v["公有云数据总量（TB）"] = pub_data
    v["存储资源利用率（%）"] = pct(used, cap)
    models, active_models = s["models"]
    v["工业机理模型数量（个）"] = models
    v["活跃机理模型数量（一周调用5次以上）（个）"] = active_models
    v["核心工业模型平均月调用用户数量（个）"] = s["model_users"]
    v["按分类统计工业模型数量（个）"] = split(models, MODEL_KINDS, rng)
    v["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = s["speed"]
    ms, active_ms, devs, active_devs = s["micro"]
    v["微服务数量（个）"], v["活跃微服务数量（一周调用5次以上）（个）"] = ms, active_ms
    v["开发者注册总数（个）"], v["活跃开发者数（个）"] = devs, active_devs
    v["平台是否建立安全管理体系"] = True
    v["有否定期开展第三方安全测试/测评"] = True
    v["有否定期进行安全扫描"] = True
    reg, served, paid, local, sme = s["users"]
    v["注册企业用户数（个）"], v["实际服务企业数（个）"] = reg, served
    v["按行业统计服务企业数（个）"] = split(served, inds + ["其他"], rng)
    by_region = split(served - local, [r for r in regions if r != "上海"], rng)
    v["按省市区域统计服务企业数（个）"] = {"上海": local, **by_region}
    v["付费企业数（个）"], v["服务本市企业数量（个）"], v["服务中小企业数量（个）"] = paid, local, sme
    v["付费用户占比（%）"] = pct(paid, reg)
    o1, o2 = s["orders"]
    v["平台订单数量(近一年总量)（个）"] = {"2023年自然年": o1, "截至填表日前一年": o2}
    v["平台交易规模年增长率（%）"] = s["trade_growth"]
    subs, killer_subs, sub_amount = s["subs"]
    v["工业APP订阅总数量（个）"], v["杀手锏工业APP订阅数量（个）"], v["工业APP订阅总金额（万元）"] = subs, killer_subs, sub_amount
    v["平台连接工业设备利用率（%）"] = s["util"]
    v["平台国产化率（%）"] = s["domestic"]
    v["平台是否服务上海智能工厂，数量"] = s["smart_factories"]
    v["平台服务园区总数（个）"] = s["parks"]
    sol = s["solutions"]
    v["平台提供的解决方案总数（个）"] = sol
    v["按新模式统计解决方案数量（个）"] = split(sol, MODES, rng)
    v["投资回报率（%）"] = pct(s["profit"], s["build"])
    v["企业是否已上市或已获得VC/PE投资"] = s["listed"]
    v["平台连接工业设备运维成本平均下降率（%）"], v["平台连接工业设备能耗平均下降率（%）"], \
        v["平台连接工业设备安全生产持续时间平均提升率（%）"] = s["effects"]
    v["平台现有特色指数（个）"] = s["indices"]
    v["平台核心软硬件技术获得的专利数量（项）"] = s["patents"]
    v["平台核心软硬件技术获得的软著数量（个）"] = s["softs"]
    v["平台是否有自研形成的核心技术突破"] = True
    v["平台是否具备碳管理服务能力"] = s["carbon"]
    v["平台是否融合使用国家标识解析系统"] = True
    v["平台获得省部级及以上奖项/荣誉数量（个）"] = len(s["awards"])
    v["平台建设与运营带动新增就业人数（人）"] = s["jobs"]
    v["平台社会贡献率（%）"] = s["contribution"]
    v["平台开放共享数据的形式及数量"] = s["open_data"]
    v["合作平台数量（个）"] = s["partners"]
    return v


MONEY_OR_PCT = ("（万元）", "（%）", "（TB）", "（台）")


def fmt(label: str, val) -> str:
    """The cell text a reviewer copies into the 附件4 row."""
    if val is None:
        return ""
    if isinstance(val, bool):
        return "是" if val else "否"
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{val[f'{y}年平台营收（万元）']:.2f}万元/增长率{val[f'{y}年增长率（%）']:.2f}%"
                        for y in (2021, 2022, 2023))
    if label.startswith("平台订单数量"):
        return "；".join(f"{k}：{n}个" for k, n in val.items())
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{val}家" if val else "否"
    if isinstance(val, dict):
        return "、".join(f"{k}：{n}" for k, n in val.items())
    if isinstance(val, float):
        return f"{val:.2f}"
    return str(val)

