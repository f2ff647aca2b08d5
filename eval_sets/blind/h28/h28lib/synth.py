"""Consistent declared indicator values from a handful of primary numbers."""
from __future__ import annotations

from .model import bd, fmt_bd, pct, r2

DOMESTIC = ["北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
            "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西",
            "西藏", "宁夏", "新疆", "大连", "青岛", "宁波", "厦门", "深圳", "香港", "澳门", "台湾"]


def make(P: dict, T: dict) -> dict:
    """P: primary numbers; T: texts. Returns D (key -> 申报表 平台实际情况 text)."""
    D: dict[str, str] = {}
    D.update(T)
    D["平台团队总人数（人）"] = str(P["ops"] + P["opr"])
    D["运维人数（人）"] = str(P["ops"])
    D["运营人数（人）"] = str(P["opr"])
    D["有相关技术职称/从业资格的人数（人）"] = str(P["qual"])
    rev, rd, profit = P["rev23"], P["rd"], P["profit"]
    D["平台相关研发投入（万元）"] = r2(rd)
    D["平台相关研发投入强度（%）"] = pct(rd, rev)
    D["平台相关营业收入（万元）"] = r2(rev)
    D["平台利润率（%）"] = pct(profit, rev)
    D["付费用户占比（%）"] = pct(P["paid"], P["registered"])
    # devices
    tot = P["dev"]
    cat = bd(tot, list(P["dev_cat"]), list(P["dev_cat"].values()))
    reg = bd(tot, list(P["dev_reg"]), list(P["dev_reg"].values()))
    pub = P["dev_pub"]
    pcat = bd(pub, list(P["dev_cat"]), list(P["dev_cat"].values()))
    preg = bd(pub, list(P["dev_reg"]), list(P["dev_reg"].values()))
    day = P["dev_day"]
    dcat = bd(day, list(P["dev_cat"]), list(P["dev_cat"].values()))
    dreg = bd(day, list(P["dev_reg"]), list(P["dev_reg"].values()))
    overseas = {k: v for k, v in reg.items() if k not in DOMESTIC}
    P["_dev_cat"], P["_dev_reg"], P["_overseas"] = cat, reg, overseas
    P["_pub_cat"], P["_pub_reg"], P["_day_cat"], P["_day_reg"] = pcat, preg, dcat, dreg
    priv = P.get("dev_private")
    D["连接的工业设备/产品/产线种类及数量（台/套）"] = (f"总数{tot}台/套，其中私有化部署涉及的相关数量{priv}台/套" if priv else str(tot))
    D["按二级分类统计工业设备数量（台/套）"] = fmt_bd(cat)
    D["按省市区域统计工业设备数量（台/套）"] = fmt_bd(reg)
    D["公有云工业设备连接数量（台/套）"] = str(pub)
    D["按二级分类统计公有云工业设备数量（台/套）"] = fmt_bd(pcat)
    D["按省市区域统计公有云工业设备数量（台/套）"] = fmt_bd(preg)
    D["公有云工业设备平均日运行数量（台/套）"] = str(day)
    D["按二级分类统计公有云工业设备平均日运行数量（台/套）"] = fmt_bd(dcat)
    D["按省市区域统计公有云工业设备平均日运行数量（台/套）"] = fmt_bd(dreg)
    D["海外设备连接数量（台/套）"] = str(sum(overseas.values()))
    D["按海外国家分类统计海外设备连接数量（台/套）"] = fmt_bd(overseas) if overseas else "无"
    D["工业协议兼容适配数量（个）"] = str(P["protocols"])
    # apps
    napp = P["app_dev"] + P["app_cloud"]
    P["_napp"] = napp
    D["工业软件总量（个）"] = str(P["software"])
    D["工业APP数量（个）"] = str(napp)
    D["基于平台开发的工业APP数量（个）"] = str(P["app_dev"])
    D["云化工业软件数量（个）"] = str(P["app_cloud"])
    D["按分类统计工业APP数量（个）"] = fmt_bd(bd(napp, list(P["app_cat"]), list(P["app_cat"].values())))
    D["按行业统计工业APP数量（个）"] = fmt_bd(bd(napp, list(P["app_ind"]), list(P["app_ind"].values())))
    D["工业APP平均月活跃数量（个）"] = str(P["app_mau"])
    D["杀手锏APP数量（个）"] = "5"
    D["公有云杀手锏APP平均日在线用户数（个）"] = str(P["killer_dau"])
    D["杀手锏APP日活次数（次）"] = str(P["killer_hits"])
    D["杀手锏APP月平均收入（万元）"] = r2(P["killer_income"])
    D["公有云工业APP数量（个）"] = str(P["app_pub"])
    D["公有云工业APP平均日活跃数量（个）"] = str(P["app_pub_dau"])
    D["按分类统计公有云工业APP平均日活跃数量（个）"] = fmt_bd(bd(P["app_pub_dau"], list(P["app_cat"]), list(P["app_cat"].values())))
    D["按行业统计公有云工业APP平均日活跃数量（个）"] = fmt_bd(bd(P["app_pub_dau"], list(P["app_ind"]), list(P["app_ind"].values())))
    # cloud
    D["是否支持可拓展云计算能力"] = "是"
    D["平台实际用云量（台）"] = r2(P["servers"])
    D["平台公有云实际使用数量（台）"] = str(P["servers_pub"])
    D["存储容量（TB）"] = r2(P["storage"])
    D["存储工业数据量（TB）"] = r2(P["data"])
    D["公有云数据总量（TB）"] = r2(P["data_pub"])
    D["存储资源利用率（%）"] = pct(P["data"], P["storage"])
    D["工业机理模型数量（个）"] = str(P["models"])
    D["活跃机理模型数量（一周调用5次以上）（个）"] = str(P["models_active"])
    D["核心工业模型平均月调用用户数量（个）"] = str(P["model_users"])
    D["按分类统计工业模型数量（个）"] = fmt_bd(bd(P["models"], list(P["model_cat"]), list(P["model_cat"].values())))
    D["是否提供通用建模分析算法"] = "是"
    D["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = P["speed"]
    D["微服务数量（个）"] = str(P["ms"])
    D["活跃微服务数量（一周调用5次以上）（个）"] = str(P["ms_active"])
    D["是否建立开发者社区及相关功能"] = P.get("dev_community", "是")
    D["开发者注册总数（个）"] = str(P["developers"])
    D["活跃开发者数（个）"] = str(P["developers_active"])
    # users
    served = P["served"]
    ind = bd(served, list(P["user_ind"]), list(P["user_ind"].values()))
    ureg = bd(served, list(P["user_reg"]), list(P["user_reg"].values()))
    P["_user_ind"], P["_user_reg"] = ind, ureg
    D["注册企业用户数（个）"] = str(P["registered"])
    D["实际服务企业数（个）"] = str(served)
    D["按行业统计服务企业数（个）"] = fmt_bd(ind)
    D["按省市区域统计服务企业数（个）"] = fmt_bd(ureg)
    D["付费企业数（个）"] = str(P["paid"])
    D["服务本市企业数量（个）"] = str(ureg.get("上海", 0))
    D["服务中小企业数量（个）"] = str(P["sme"])
    D["平台订单数量(近一年总量)（个）"] = f"2023年自然年：{P['orders23']}个；截至填表日前一年：{P['orders_ttm']}个"
    D["平台交易规模年增长率（%）"] = r2(P["trade_growth"])
    D["工业APP订阅总数量（个）"] = str(P["subs"])
    D["杀手锏工业APP订阅数量（个）"] = str(P["killer_subs"])
    D["工业APP订阅总金额（万元）"] = r2(P["subs_amount"])
    D["平台连接工业设备利用率（%）"] = r2(P["dev_util"])
    D["平台国产化率（%）"] = r2(P["localization"])
    D["平台服务园区总数（个）"] = str(P["parks"])
    sol = P["solutions"]
    D["平台提供的解决方案总数（个）"] = str(sum(sol.values()))
    D["按新模式统计解决方案数量（个）"] = fmt_bd(sol)
    D["投资回报率（%）"] = pct(profit, P["build_amount"])
    D["平台连接工业设备运维成本平均下降率（%）"] = r2(sum(P["cost_down"]) / 3)
    D["平台连接工业设备能耗平均下降率（%）"] = r2(sum(P["energy_down"]) / 3)
    D["平台连接工业设备安全生产持续时间平均提升率（%）"] = r2(sum(P["safety_up"]) / 3)
    D["平台现有特色指数（个）"] = str(P["indices"])
    D["平台核心软硬件技术获得的专利数量（项）"] = str(P["patents"])
    D["平台核心软硬件技术获得的软著数量（个）"] = str(P["softs"])
    D["平台获得省部级及以上奖项/荣誉数量（个）"] = str(P["awards"])
    D["平台建设与运营带动新增就业人数（人）"] = str(P["jobs"])
    D["平台社会贡献率（%）"] = r2(P["social"])
    D["合作平台数量（个）"] = str(P["partners"])
    for k in ("平台相关研发投入（万元）",):
        pass
    return D


def growth(a: float, b: float) -> str:
    return f"{(a - b) / b * 100:.2f}"
