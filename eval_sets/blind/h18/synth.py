"""Consistent declared values (the 103 附件4 rows) from a package's primary numbers."""
from __future__ import annotations

from pkgbase import r2, split


def kvw(items: list[tuple[str, float]], total: int) -> dict:
    keys = [k for k, _ in items]
    return dict(zip(keys, split(total, [w for _, w in items])))


def make_D(P, x: dict) -> dict:
    D = {}
    D["序号"] = P.list_no
    D["企业名称"] = P.company
    D["平台名称"] = P.declared_name
    D["平台性质"] = x["nature"]
    D["联系人姓名"], D["联系人手机号"], D["联系人电子邮箱"] = P.contact[0], P.contact[2], P.contact[3]
    D["评审会现场地址信息"] = P.venue
    D["平台网址"] = P.url
    D["建设时间"] = x["build_time"]
    D["平台建设金额（万元）"] = x["build_amount"]
    r20, r21, r22, r23 = x["rev"]
    P.rev2020 = r20
    D["平台近三年经营指标情况"] = {
        "2021年平台营收（万元）": r21, "2021年增长率（%）": r2((r21 / r20 - 1) * 100),
        "2022年平台营收（万元）": r22, "2022年增长率（%）": r2((r22 / r21 - 1) * 100),
        "2023年平台营收（万元）": r23, "2023年增长率（%）": r2((r23 / r22 - 1) * 100)}
    D["平台建设方式"] = x["build_mode"]
    D["平台运营模式"] = x["op_mode"]
    D["部署方式"] = x["deploy"]
    ops, opr = x["team"]
    D["平台团队总人数（人）"] = ops + opr
    D["运维人数（人）"] = ops
    D["运营人数（人）"] = opr
    D["有相关技术职称/从业资格的人数（人）"] = x["qualified"]
    D["平台相关研发投入（万元）"] = x["rd"]
    D["平台相关研发投入强度（%）"] = r2(x["rd"] / r23 * 100)
    D["平台相关营业收入（万元）"] = r23
    P.profit = x["profit"]
    D["平台利润率（%）"] = r2(x["profit"] / r23 * 100)
    D["付费用户占比（%）"] = r2(x["paid"] / x["reg"] * 100)
    # devices
    tot = x["devices"]
    ovs = x.get("overseas") or {}
    ov_tot = sum(ovs.values())
    D["连接的工业设备/产品/产线种类及数量（台/套）"] = tot
    cats = kvw(x["dev_cats"], tot)
    regs = kvw(x["dev_regions"], tot - ov_tot)
    regs.update(ovs)
    pub, daily = x["public"], x["daily"]
    D["按二级分类统计工业设备数量（台/套）"] = cats
    D["按省市区域统计工业设备数量（台/套）"] = regs
    D["公有云工业设备连接数量（台/套）"] = pub
    D["按二级分类统计公有云工业设备数量（台/套）"] = dict(zip(cats, split(pub, list(cats.values()))))
    D["按省市区域统计公有云工业设备数量（台/套）"] = dict(zip(regs, split(pub, list(regs.values()))))
    D["公有云工业设备平均日运行数量（台/套）"] = daily
    D["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = dict(zip(cats, split(daily, list(cats.values()))))
    D["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = dict(zip(regs, split(daily, list(regs.values()))))
    D["海外设备连接数量（台/套）"] = ov_tot
    D["按海外国家分类统计海外设备连接数量（台/套）"] = dict(ovs) if ovs else None
    D["工业协议兼容适配数量（个）"] = x["protocols"]
    # apps
    nat, cl = x["apps"]
    apps = nat + cl
    D["工业软件总量（个）"] = x["software"]
    D["工业APP数量（个）"] = apps
    D["基于平台开发的工业APP数量（个）"] = nat
    D["云化工业软件数量（个）"] = cl
    D["按分类统计工业APP数量（个）"] = kvw(x["app_cats"], apps)
    D["按行业统计工业APP数量（个）"] = kvw(x["app_inds"], apps)
    D["工业APP平均月活跃数量（个）"] = x["app_mau"]
    D["杀手锏APP数量（个）"] = 5
    D["公有云杀手锏APP平均日在线用户数（个）"] = x["killer_dau"]
    D["杀手锏APP日活次数（次）"] = x["killer_times"]
    D["杀手锏APP月平均收入（万元）"] = x["killer_income"]
    D["公有云工业APP数量（个）"] = x["cloud_apps"]
    cad = x["cloud_app_daily"]
    D["公有云工业APP平均日活跃数量（个）"] = cad
    D["按分类统计公有云工业APP平均日活跃数量（个）"] = kvw(x["app_cats"], cad)
    D["按行业统计公有云工业APP平均日活跃数量（个）"] = kvw(x["app_inds"], cad)
    # cloud / storage
    D["平台实际用云量（台）"] = float(x["servers"])
    D["平台公有云实际使用数量（台）"] = x["servers_public"]
    cap, used = x["storage"]
    D["存储容量（TB）"] = cap
    D["存储工业数据量（TB）"] = used
    D["公有云数据总量（TB）"] = x["public_data"]
    D["存储资源利用率（%）"] = r2(used / cap * 100)
    D["工业机理模型数量（个）"] = x["models"]
    D["活跃机理模型数量（一周调用5次以上）（个）"] = x["active_models"]
    D["核心工业模型平均月调用用户数量（个）"] = x["model_users"]
    D["按分类统计工业模型数量（个）"] = kvw(x["model_cats"], x["models"])
    D["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = x["speed"][0]
    P.speed_text = x["speed"][1]
    D["微服务数量（个）"], D["活跃微服务数量（一周调用5次以上）（个）"] = x["ms"]
    D["开发者注册总数（个）"], D["活跃开发者数（个）"] = x["devs"]
    D["平台是否建立安全管理体系"] = True
    D["有否定期开展第三方安全测试/测评"] = True
    D["有否定期进行安全扫描"] = True
    # application scale
    D["注册企业用户数（个）"] = x["reg"]
    served = x["served"]
    D["实际服务企业数（个）"] = served
    D["按行业统计服务企业数（个）"] = kvw(x["served_inds"], served)
    sh = x["local"]
    sreg = {"上海": sh}
    sreg.update(kvw(x["served_regions"], served - sh))
    D["按省市区域统计服务企业数（个）"] = sreg
    D["付费企业数（个）"] = x["paid"]
    D["服务本市企业数量（个）"] = sh
    D["服务中小企业数量（个）"] = x["sme"]
    D["平台订单数量(近一年总量)（个）"] = {"2023年自然年": x["orders"][0], "截至填表日前一年": x["orders"][1]}
    D["平台交易规模年增长率（%）"] = x["trade_growth"]
    D["工业APP订阅总数量（个）"] = x["subs"]
    D["杀手锏工业APP订阅数量（个）"] = x["killer_subs"]
    D["工业APP订阅总金额（万元）"] = x["sub_amount"]
    D["平台连接工业设备利用率（%）"] = x["util"]
    D["平台国产化率（%）"] = x["domestic"]
    D["平台是否服务上海智能工厂，数量"] = x["smart"]
    D["平台服务园区总数（个）"] = x["parks"]
    sol = x["solutions"]
    D["平台提供的解决方案总数（个）"] = sol
    D["按新模式统计解决方案数量（个）"] = kvw(x["sol_modes"], sol)
    D["投资回报率（%）"] = r2(x["profit"] / x["build_amount"] * 100)
    D["企业是否已上市或已获得VC/PE投资"] = x["listed"]
    D["平台连接工业设备运维成本平均下降率（%）"] = x["drops"][0]
    D["平台连接工业设备能耗平均下降率（%）"] = x["drops"][1]
    D["平台连接工业设备安全生产持续时间平均提升率（%）"] = x["drops"][2]
    D["平台现有特色指数（个）"] = x["indices"]
    D["平台核心软硬件技术获得的专利数量（项）"] = x["patents"]
    D["平台核心软硬件技术获得的软著数量（个）"] = x["softs"]
    D["平台是否有自研形成的核心技术突破"] = True
    D["平台是否具备碳管理服务能力"] = x["carbon"]
    D["平台是否融合使用国家标识解析系统"] = x["idres"]
    D["平台获得省部级及以上奖项/荣誉数量（个）"] = x["awards"]
    D["平台建设与运营带动新增就业人数（人）"] = x["jobs"]
    D["平台社会贡献率（%）"] = x["social"]
    D["平台开放共享数据的形式及数量"] = x["open_data"]
    D["合作平台数量（个）"] = x["partners"]
    return D
