"""Consistent declared values from a few primary numbers."""
from __future__ import annotations


def split(total: int, weights: dict) -> dict:
    """Largest-remainder split of an integer total over weighted keys (keeps order)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (raw[k] - int(raw[k])), reverse=True)[:rest]:
        out[k] += 1
    return out


def wan(yuan: float) -> float:
    return round(yuan / 10000.0 + 1e-9, 2)


def pct(a: float, b: float) -> float:
    return round(a / b * 100 + 1e-9, 2)


def growth(cur: float, prev: float) -> float:
    return round((cur / prev - 1) * 100 + 1e-9, 2)


def make(pr: dict) -> dict:
    """pr: primaries. Returns the 附件4-label -> value dict (+ _rev/_growth)."""
    d = {}
    rev = pr["rev"]  # {2020..2023: 万元}
    d["_rev"] = {y: rev[y] for y in (2021, 2022, 2023)}
    d["_growth"] = {y: growth(rev[y], rev[y - 1]) for y in (2021, 2022, 2023)}
    d["平台建设金额（万元）"] = pr["build"]
    ops, run = pr["team"]
    d["平台团队总人数（人）"] = ops + run
    d["运维人数（人）"] = ops
    d["运营人数（人）"] = run
    d["有相关技术职称/从业资格的人数（人）"] = pr["titled"]
    d["平台相关研发投入（万元）"] = pr["rd"]
    d["平台相关研发投入强度（%）"] = pct(pr["rd"], rev[2023])
    d["平台相关营业收入（万元）"] = rev[2023]
    d["平台利润率（%）"] = pct(pr["profit"], rev[2023])
    d["付费用户占比（%）"] = pct(pr["paying"], pr["served"])
    dev = pr["devices"]
    cats = pr["dev_cats"]
    regions = pr["dev_regions"]  # weights for domestic regions
    overseas = pr.get("overseas", {})
    total = dev
    d["连接的工业设备/产品/产线种类及数量（台/套）"] = total
    d["按二级分类统计工业设备数量（台/套）"] = split(total, cats)
    dom = split(total - sum(overseas.values()), regions)
    d["按省市区域统计工业设备数量（台/套）"] = {**dom, **overseas}
    pub = pr["pub_devices"]
    d["公有云工业设备连接数量（台/套）"] = pub
    d["按二级分类统计公有云工业设备数量（台/套）"] = split(pub, d["按二级分类统计工业设备数量（台/套）"])
    d["按省市区域统计公有云工业设备数量（台/套）"] = split(pub, d["按省市区域统计工业设备数量（台/套）"])
    daily = pr["daily_devices"]
    d["公有云工业设备平均日运行数量（台/套）"] = daily
    d["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = split(daily, d["按二级分类统计公有云工业设备数量（台/套）"])
    d["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = split(daily, d["按省市区域统计公有云工业设备数量（台/套）"])
    d["海外设备连接数量（台/套）"] = sum(overseas.values())
    d["按海外国家分类统计海外设备连接数量（台/套）"] = dict(overseas) if overseas else None
    d["工业协议兼容适配数量（个）"] = pr["protocols"]
    apps, native = pr["apps"]
    d["工业软件总量（个）"] = pr["software"]
    d["工业APP数量（个）"] = apps
    d["基于平台开发的工业APP数量（个）"] = native
    d["云化工业软件数量（个）"] = apps - native
    d["按分类统计工业APP数量（个）"] = split(apps, pr["app_cats"])
    d["按行业统计工业APP数量（个）"] = split(apps, pr["app_inds"])
    d["工业APP平均月活跃数量（个）"] = pr["app_mau"]
    d["杀手锏APP数量（个）"] = 5
    d["公有云杀手锏APP平均日在线用户数（个）"] = pr["killer_dau"]
    d["杀手锏APP日活次数（次）"] = pr["killer_hits"]
    d["杀手锏APP月平均收入（万元）"] = pr["killer_income"]
    d["公有云工业APP数量（个）"] = pr["pub_apps"]
    d["公有云工业APP平均日活跃数量（个）"] = pr["pub_app_dau"]
    d["按分类统计公有云工业APP平均日活跃数量（个）"] = split(pr["pub_app_dau"], pr["app_cats"])
    d["按行业统计公有云工业APP平均日活跃数量（个）"] = split(pr["pub_app_dau"], pr["app_inds"])
    d["平台实际用云量（台）"] = pr["cloud"]
    d["平台公有云实际使用数量（台）"] = pr["pub_cloud"]
    cap, used = pr["storage"]
    d["存储容量（TB）"] = cap
    d["存储工业数据量（TB）"] = used
    d["公有云数据总量（TB）"] = pr["pub_data"]
    d["存储资源利用率（%）"] = pct(used, cap)
    models, active_models = pr["models"]
    d["工业机理模型数量（个）"] = models
    d["活跃机理模型数量（一周调用5次以上）（个）"] = active_models
    d["核心工业模型平均月调用用户数量（个）"] = pr["model_users"]
    d["按分类统计工业模型数量（个）"] = split(models, pr["model_cats"])
    d["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = pr["speed"]
    ms, ams = pr["microservices"]
    d["微服务数量（个）"] = ms
    d["活跃微服务数量（一周调用5次以上）（个）"] = ams
    dv, adv = pr["developers"]
    d["开发者注册总数（个）"] = dv
    d["活跃开发者数（个）"] = adv
    d["平台是否建立安全管理体系"] = True
    d["有否定期开展第三方安全测试/测评"] = True
    d["有否定期进行安全扫描"] = True
    d["注册企业用户数（个）"] = pr["registered"]
    served = pr["served"]
    d["实际服务企业数（个）"] = served
    d["按行业统计服务企业数（个）"] = split(served, pr["ent_inds"])
    d["按省市区域统计服务企业数（个）"] = split(served, pr["ent_regions"])
    d["付费企业数（个）"] = pr["paying"]
    d["服务本市企业数量（个）"] = d["按省市区域统计服务企业数（个）"].get("上海", 0)
    d["服务中小企业数量（个）"] = pr["sme"]
    d["平台订单数量(近一年总量)（个）"] = {"2023年自然年": pr["orders"][0], "截至填表日前一年": pr["orders"][1]}
    d["平台交易规模年增长率（%）"] = pr["trade_growth"]
    d["工业APP订阅总数量（个）"] = pr["subs"]
    d["杀手锏工业APP订阅数量（个）"] = pr["killer_subs"]
    d["工业APP订阅总金额（万元）"] = pr["subs_amount"]
    d["平台连接工业设备利用率（%）"] = pr["dev_util"]
    d["平台国产化率（%）"] = pr["domestic"]
    d["平台是否服务上海智能工厂，数量"] = pr["smart_factories"]
    d["平台服务园区总数（个）"] = pr["parks"]
    sol = pr["solutions"]
    d["平台提供的解决方案总数（个）"] = sum(sol.values())
    d["按新模式统计解决方案数量（个）"] = dict(sol)
    d["投资回报率（%）"] = pct(pr["profit"], pr["build"])
    d["企业是否已上市或已获得VC/PE投资"] = pr["listed"]
    d["平台连接工业设备运维成本平均下降率（%）"] = round(sum(pr["cases_om"]) / 3 + 1e-9, 2)
    d["平台连接工业设备能耗平均下降率（%）"] = round(sum(pr["cases_energy"]) / 3 + 1e-9, 2)
    d["平台连接工业设备安全生产持续时间平均提升率（%）"] = round(sum(pr["cases_safe"]) / 3 + 1e-9, 2)
    d["平台现有特色指数（个）"] = pr["indices"]
    d["平台核心软硬件技术获得的专利数量（项）"] = pr["patents"]
    d["平台核心软硬件技术获得的软著数量（个）"] = pr["copyrights"]
    d["平台是否有自研形成的核心技术突破"] = True
    d["平台是否具备碳管理服务能力"] = pr["carbon"]
    d["平台是否融合使用国家标识解析系统"] = pr["idres"]
    d["平台获得省部级及以上奖项/荣誉数量（个）"] = pr["awards"]
    d["平台建设与运营带动新增就业人数（人）"] = pr["jobs"]
    d["平台社会贡献率（%）"] = pr["social"]
    d["平台开放共享数据的形式及数量"] = pr["open_data"]
    d["合作平台数量（个）"] = pr["partners"]
    return d
