"""Consistent indicator values of one platform (h52), keyed by 附件4 label; then plants change copies."""

from __future__ import annotations

import random

from lib import APP_CATS, MODEL_CATS, MODES, scale, split


def synth(seed: int, p: dict) -> dict:
    """p: primary numbers of the platform (see build.py specs). Returns N: label → normalized value."""
    rng = random.Random(seed)
    N: dict = {}
    N["平台建设金额（万元）"] = p["invest"]
    r21, r22, r23 = p["rev"]
    g21 = p["g21"]
    g22 = round((r22 / r21 - 1) * 100, 2)
    g23 = round((r23 / r22 - 1) * 100, 2)
    N["平台近三年经营指标情况"] = {"2021年平台营收（万元）": r21, "2021年增长率（%）": g21,
                          "2022年平台营收（万元）": r22, "2022年增长率（%）": g22,
                          "2023年平台营收（万元）": r23, "2023年增长率（%）": g23}
    team = p["team"]
    ops = int(team * rng.uniform(0.52, 0.62))
    N["平台团队总人数（人）"] = team
    N["运维人数（人）"] = ops
    N["运营人数（人）"] = team - ops
    N["有相关技术职称/从业资格的人数（人）"] = int(team * rng.uniform(0.6, 0.75))
    N["平台相关研发投入（万元）"] = p["rd"]
    N["平台相关研发投入强度（%）"] = round(p["rd"] / r23 * 100, 2)
    N["平台相关营业收入（万元）"] = r23
    N["平台利润率（%）"] = round(p["profit"] / r23 * 100, 2)

    dev = p["devices"]
    cats = p["dev_cats"]
    regions = p["regions"]
    overseas = p["overseas"]  # {name: n}
    ov_total = sum(overseas.values())
    dom = split(dev - ov_total, regions, rng)
    N["连接的工业设备/产品/产线种类及数量（台/套）"] = dev
    N["按二级分类统计工业设备数量（台/套）"] = split(dev, cats, rng)
    N["按省市区域统计工业设备数量（台/套）"] = {**dom, **overseas}
    pub = p["pub_devices"]
    N["公有云工业设备连接数量（台/套）"] = pub
    N["按二级分类统计公有云工业设备数量（台/套）"] = scale(N["按二级分类统计工业设备数量（台/套）"], pub)
    N["按省市区域统计公有云工业设备数量（台/套）"] = scale(N["按省市区域统计工业设备数量（台/套）"], pub)
    run = p["run_devices"]
    N["公有云工业设备平均日运行数量（台/套）"] = run
    N["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = scale(N["按二级分类统计公有云工业设备数量（台/套）"], run)
    N["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = scale(N["按省市区域统计公有云工业设备数量（台/套）"], run)
    N["海外设备连接数量（台/套）"] = ov_total
    N["按海外国家分类统计海外设备连接数量（台/套）"] = dict(overseas)
    N["工业协议兼容适配数量（个）"] = p["protocols"]

    apps = p["apps"]
    native = int(apps * rng.uniform(0.55, 0.65))
    N["工业软件总量（个）"] = apps + p["other_sw"]
    N["工业APP数量（个）"] = apps
    N["基于平台开发的工业APP数量（个）"] = native
    N["云化工业软件数量（个）"] = apps - native
    app_cats = p.get("app_cats", APP_CATS[:6])
    N["按分类统计工业APP数量（个）"] = split(apps, app_cats, rng)
    N["按行业统计工业APP数量（个）"] = split(apps, p["industries"][:5], rng)
    N["工业APP平均月活跃数量（个）"] = int(apps * 0.71)
    N["杀手锏APP数量（个）"] = 5
    N["公有云杀手锏APP平均日在线用户数（个）"] = p["killer_online"]
    N["杀手锏APP日活次数（次）"] = p["killer_online"] * 11 + 37
    N["杀手锏APP月平均收入（万元）"] = p["killer_income"]
    pub_apps = int(apps * 0.58)
    N["公有云工业APP数量（个）"] = pub_apps
    act = int(pub_apps * 0.46)
    N["公有云工业APP平均日活跃数量（个）"] = act
    N["按分类统计公有云工业APP平均日活跃数量（个）"] = scale(N["按分类统计工业APP数量（个）"], act)
    N["按行业统计公有云工业APP平均日活跃数量（个）"] = scale(N["按行业统计工业APP数量（个）"], act)

    N["平台实际用云量（台）"] = p["cloud"]
    N["平台公有云实际使用数量（台）"] = int(p["cloud"] * 0.42)
    cap, data = p["storage"]
    N["存储容量（TB）"] = cap
    N["存储工业数据量（TB）"] = data
    N["公有云数据总量（TB）"] = round(data * 0.37, 2)
    N["存储资源利用率（%）"] = round(data / cap * 100, 2)
    models = p["models"]
    N["工业机理模型数量（个）"] = models
    N["活跃机理模型数量（一周调用5次以上）（个）"] = int(models * 0.47)
    N["核心工业模型平均月调用用户数量（个）"] = p["model_users"]
    N["按分类统计工业模型数量（个）"] = split(models, MODEL_CATS, rng)
    N["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = "秒级"
    ms = p["micro"]
    N["微服务数量（个）"] = ms
    N["活跃微服务数量（一周调用5次以上）（个）"] = int(ms * 0.53)
    N["开发者注册总数（个）"] = p["devs"]
    N["活跃开发者数（个）"] = int(p["devs"] * 0.24)
    N["平台是否建立安全管理体系"] = True
    N["有否定期开展第三方安全测试/测评"] = True
    N["有否定期进行安全扫描"] = True

    reg, served = p["users"]
    N["注册企业用户数（个）"] = reg
    N["实际服务企业数（个）"] = served
    N["按行业统计服务企业数（个）"] = split(served, p["industries"], rng)
    local = p["local"]
    rest = split(served - local, p["svc_regions"], rng)
    N["按省市区域统计服务企业数（个）"] = {"上海": local, **rest}
    paying = p["paying"]
    N["付费企业数（个）"] = paying
    N["服务本市企业数量（个）"] = local
    N["服务中小企业数量（个）"] = int(served * 0.81)
    N["付费用户占比（%）"] = round(paying / reg * 100, 2)
    N["平台订单数量(近一年总量)（个）"] = {"2023年自然年": p["orders"][0], "截至填表日前一年": p["orders"][1]}
    N["平台交易规模年增长率（%）"] = p["trade_growth"]
    subs = p["subs"]
    N["工业APP订阅总数量（个）"] = subs
    N["杀手锏工业APP订阅数量（个）"] = int(subs * 0.44)
    N["工业APP订阅总金额（万元）"] = p["sub_amount"]
    N["平台连接工业设备利用率（%）"] = p["util"]
    N["平台国产化率（%）"] = p["domestic"]
    N["平台是否服务上海智能工厂，数量"] = p["factories"]
    N["平台服务园区总数（个）"] = p["parks"]
    sol = p["solutions"]
    N["平台提供的解决方案总数（个）"] = sol
    N["按新模式统计解决方案数量（个）"] = split(sol, MODES, rng)
    N["投资回报率（%）"] = round(p["profit"] / p["invest"] * 100, 2)
    N["企业是否已上市或已获得VC/PE投资"] = p["listed"]
    N["平台连接工业设备运维成本平均下降率（%）"] = p["rates"][0]
    N["平台连接工业设备能耗平均下降率（%）"] = p["rates"][1]
    N["平台连接工业设备安全生产持续时间平均提升率（%）"] = p["rates"][2]
    N["平台现有特色指数（个）"] = p["indices"]
    N["平台核心软硬件技术获得的专利数量（项）"] = p["patents"]
    N["平台核心软硬件技术获得的软著数量（个）"] = p["copyrights"]
    N["平台是否有自研形成的核心技术突破"] = True
    N["平台是否具备碳管理服务能力"] = p["carbon"]
    N["平台是否融合使用国家标识解析系统"] = True
    N["平台获得省部级及以上奖项/荣誉数量（个）"] = p["awards"]
    N["平台建设与运营带动新增就业人数（人）"] = p["jobs"]
    N["平台社会贡献率（%）"] = p["social"]
    N["合作平台数量（个）"] = p["partners"]
    return N


def audit(N: dict) -> list[str]:
    """Internal consistency of a declared value set: returns the list of violations."""
    bad = []

    def chk(cond, msg):
        if not cond:
            bad.append(msg)
    g = N["平台近三年经营指标情况"]
    chk(N["运维人数（人）"] + N["运营人数（人）"] == N["平台团队总人数（人）"], "team")
    for lab, tot in [("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                     ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                     ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                     ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）"),
                     ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                     ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
                     ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
                     ("按分类统计工业APP数量（个）", "工业APP数量（个）"),
                     ("按行业统计工业APP数量（个）", "工业APP数量（个）"),
                     ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                     ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
                     ("按分类统计工业模型数量（个）", "工业机理模型数量（个）"),
                     ("按行业统计服务企业数（个）", "实际服务企业数（个）"),
                     ("按省市区域统计服务企业数（个）", "实际服务企业数（个）"),
                     ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）")]:
        chk(sum(N[lab].values()) == N[tot], f"sum {lab}")
        chk(all(v >= 0 for v in N[lab].values()), f"neg {lab}")
    for sub, sup in [("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                     ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
                     ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
                     ("工业APP数量（个）", "工业软件总量（个）"),
                     ("公有云工业APP数量（个）", "工业APP数量（个）"),
                     ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
                     ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
                     ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
                     ("活跃开发者数（个）", "开发者注册总数（个）"),
                     ("实际服务企业数（个）", "注册企业用户数（个）"),
                     ("付费企业数（个）", "实际服务企业数（个）"),
                     ("服务本市企业数量（个）", "实际服务企业数（个）"),
                     ("服务中小企业数量（个）", "实际服务企业数（个）"),
                     ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
                     ("公有云数据总量（TB）", "存储工业数据量（TB）"),
                     ("平台公有云实际使用数量（台）", "平台实际用云量（台）")]:
        chk(N[sub] <= N[sup], f"subset {sub}")
    chk(N["基于平台开发的工业APP数量（个）"] + N["云化工业软件数量（个）"] == N["工业APP数量（个）"], "apps")
    chk(N["按省市区域统计服务企业数（个）"]["上海"] == N["服务本市企业数量（个）"], "local")
    chk(abs(N["平台相关研发投入强度（%）"] - round(N["平台相关研发投入（万元）"] / N["平台相关营业收入（万元）"] * 100, 2)) < 0.006, "rd")
    chk(abs(N["存储资源利用率（%）"] - round(N["存储工业数据量（TB）"] / N["存储容量（TB）"] * 100, 2)) < 0.006, "storage")
    chk(abs(N["付费用户占比（%）"] - round(N["付费企业数（个）"] / N["注册企业用户数（个）"] * 100, 2)) < 0.006, "paying")
    chk(g["2023年平台营收（万元）"] == N["平台相关营业收入（万元）"], "rev23")
    chk(abs(g["2022年增长率（%）"] - round((g["2022年平台营收（万元）"] / g["2021年平台营收（万元）"] - 1) * 100, 2)) < 0.006, "g22")
    chk(abs(g["2023年增长率（%）"] - round((g["2023年平台营收（万元）"] / g["2022年平台营收（万元）"] - 1) * 100, 2)) < 0.006, "g23")
    return bad
