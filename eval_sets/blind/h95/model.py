"""Expand a package spec into the 103 附件4 values (breakdowns split so they add up, rates from the 填报指引
formulas) and the company statements; every document is rendered from the result."""

from __future__ import annotations

import random


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def pct(a: float, b: float) -> float:
    return r2(a / b * 100)


def split(total: int, weights: dict[str, float], rng: random.Random) -> dict[str, int]:
    """Integer split of total following weights (largest remainder), deterministic."""
    keys = list(weights)
    w = [weights[k] * (1 + rng.uniform(-0.05, 0.05)) for k in keys]
    s = sum(w)
    raw = [total * x / s for x in w]
    out = [int(x) for x in raw]
    rest = total - sum(out)
    order = sorted(range(len(keys)), key=lambda i: -(raw[i] - out[i]))
    for i in order[:rest]:
        out[i] += 1
    return dict(zip(keys, out))


def fmt_dict(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def comma(x) -> str:
    return f"{x:,.2f}" if isinstance(x, float) else f"{x:,}"


def derive(s: dict, seed: int) -> dict:
    """s: the spec (primary numbers, category weights). Returns V (normalized per 附件4 label) plus helpers."""
    rng = random.Random(seed)
    V: dict = {}
    # platform finance (万元)
    rev = s["rev"]  # {2020:..., 2021:..., 2022:..., 2023:...}
    hist = {}
    for y in (2021, 2022, 2023):
        hist[f"{y}年平台营收（万元）"] = rev[y]
        hist[f"{y}年增长率（%）"] = pct(rev[y] - rev[y - 1], rev[y - 1])
    V["平台近三年经营指标情况"] = hist
    V["平台建设金额（万元）"] = s["invest"]
    V["平台相关营业收入（万元）"] = rev[2023]
    V["平台相关研发投入（万元）"] = s["rd"]
    V["平台相关研发投入强度（%）"] = pct(s["rd"], rev[2023])
    V["平台利润率（%）"] = pct(s["profit"][2023], rev[2023])
    V["投资回报率（%）"] = pct(s["profit"][2023], s["invest"])
    # team
    V["运维人数（人）"], V["运营人数（人）"] = s["team"]
    V["平台团队总人数（人）"] = sum(s["team"])
    V["有相关技术职称/从业资格的人数（人）"] = s["qualified"]
    # devices
    dev, pub, run = s["devices"]
    ovs = s["overseas"]  # {country: n}
    n_ovs = sum(ovs.values())
    V["连接的工业设备/产品/产线种类及数量（台/套）"] = dev
    V["公有云工业设备连接数量（台/套）"] = pub
    V["公有云工业设备平均日运行数量（台/套）"] = run
    V["海外设备连接数量（台/套）"] = n_ovs
    V["按海外国家分类统计海外设备连接数量（台/套）"] = dict(ovs)
    cat = split(dev, s["dev_cats"], rng)
    V["按二级分类统计工业设备数量（台/套）"] = cat
    V["按二级分类统计公有云工业设备数量（台/套）"] = split(pub, cat, rng)
    V["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = split(run, V["按二级分类统计公有云工业设备数量（台/套）"], rng)
    reg = split(dev - n_ovs, s["regions"], rng)
    reg.update(ovs)
    V["按省市区域统计工业设备数量（台/套）"] = reg
    V["按省市区域统计公有云工业设备数量（台/套）"] = split(pub, reg, rng)
    V["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = split(run, V["按省市区域统计公有云工业设备数量（台/套）"], rng)
    V["工业协议兼容适配数量（个）"] = s["protocols"]
    # software / APPs
    sw, app, native, cloudsw, mau, pubapp, pubdau = s["apps"]
    V.update({"工业软件总量（个）": sw, "工业APP数量（个）": app, "基于平台开发的工业APP数量（个）": native,
              "云化工业软件数量（个）": cloudsw, "工业APP平均月活跃数量（个）": mau, "公有云工业APP数量（个）": pubapp,
              "公有云工业APP平均日活跃数量（个）": pubdau})
    V["按分类统计工业APP数量（个）"] = split(app, s["app_cats"], rng)
    V["按行业统计工业APP数量（个）"] = split(app, s["industries"], rng)
    V["按分类统计公有云工业APP平均日活跃数量（个）"] = split(pubdau, V["按分类统计工业APP数量（个）"], rng)
    V["按行业统计公有云工业APP平均日活跃数量（个）"] = split(pubdau, V["按行业统计工业APP数量（个）"], rng)
    k = s["killer"]
    V.update({"杀手锏APP数量（个）": 5, "公有云杀手锏APP平均日在线用户数（个）": k[0], "杀手锏APP日活次数（次）": k[1],
              "杀手锏APP月平均收入（万元）": k[2]})
    # cloud / storage / models
    V["平台实际用云量（台）"], V["平台公有云实际使用数量（台）"] = s["servers"]
    cap, stored, pubdata = s["storage"]
    V.update({"存储容量（TB）": cap, "存储工业数据量（TB）": stored, "公有云数据总量（TB）": pubdata,
              "存储资源利用率（%）": pct(stored, cap)})
    models, active_models, model_users = s["models"]
    V.update({"工业机理模型数量（个）": models, "活跃机理模型数量（一周调用5次以上）（个）": active_models,
              "核心工业模型平均月调用用户数量（个）": model_users})
    V["按分类统计工业模型数量（个）"] = split(models, {"数据算法模型": 3, "研发仿真模型": 1.2, "行业机理模型": 4, "业务流程模型": 2}, rng)
    V["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = s["speed"]
    V["微服务数量（个）"], V["活跃微服务数量（一周调用5次以上）（个）"] = s["micro"]
    V["开发者注册总数（个）"], V["活跃开发者数（个）"] = s["devs"]
    V["平台是否建立安全管理体系"] = True
    V["有否定期开展第三方安全测试/测评"] = True
    V["有否定期进行安全扫描"] = True
    # users
    regd, served, paid, local, sme = s["users"]
    V.update({"注册企业用户数（个）": regd, "实际服务企业数（个）": served, "付费企业数（个）": paid,
              "服务本市企业数量（个）": local, "服务中小企业数量（个）": sme, "付费用户占比（%）": pct(paid, regd)})
    V["按行业统计服务企业数（个）"] = split(served, s["served_industries"], rng)
    sreg = {"上海": local}
    sreg.update(split(served - local, s["served_regions"], rng))
    V["按省市区域统计服务企业数（个）"] = sreg
    V["平台订单数量(近一年总量)（个）"] = {"2023年自然年": s["orders"][0], "截至填表日前一年": s["orders"][1]}
    V["平台交易规模年增长率（%）"] = s["trade_growth"]
    subs, ksubs, amount = s["subs"]
    V.update({"工业APP订阅总数量（个）": subs, "杀手锏工业APP订阅数量（个）": ksubs, "工业APP订阅总金额（万元）": amount})
    V["平台连接工业设备利用率（%）"] = s["util"]
    V["平台国产化率（%）"] = s["localisation"]
    V["平台是否服务上海智能工厂，数量"] = s["smart_factories"]
    V["平台服务园区总数（个）"] = s["parks"]
    V["平台提供的解决方案总数（个）"] = sum(s["solutions"].values())
    V["按新模式统计解决方案数量（个）"] = dict(s["solutions"])
    V["企业是否已上市或已获得VC/PE投资"] = s["listed"][0]
    V["平台连接工业设备运维成本平均下降率（%）"] = r2(sum(c[0] for c in s["cases"]) / 3)
    V["平台连接工业设备能耗平均下降率（%）"] = r2(sum(c[1] for c in s["cases"]) / 3)
    V["平台连接工业设备安全生产持续时间平均提升率（%）"] = r2(sum(c[2] for c in s["cases"]) / 3)
    V["平台现有特色指数（个）"] = s["indices"]
    V["平台核心软硬件技术获得的专利数量（项）"] = len(s["patents"])
    V["平台核心软硬件技术获得的软著数量（个）"] = len(s["copyrights"])
    V["平台是否有自研形成的核心技术突破"] = True
    V["平台是否具备碳管理服务能力"] = s["carbon"]
    V["平台是否融合使用国家标识解析系统"] = s["idres"]
    V["平台获得省部级及以上奖项/荣誉数量（个）"] = len(s["awards"])
    V["平台建设与运营带动新增就业人数（人）"] = s["jobs"]
    V["平台社会贡献率（%）"] = s["social"]
    V["平台开放共享数据的形式及数量"] = s["open_data"]
    V["合作平台数量（个）"] = s["partners"]
    # company statements (元)
    c = s["company"]
    comp = dict(c)
    comp["growth"] = pct(c["rev"] - c["rev_prev"], c["rev_prev"])
    comp["debt_ratio"] = pct(c["liab"], c["assets"])
    return {"V": V, "company": comp}
