"""Declared values: the 103 附件4 rows and the 申报表's 指标明细表 items, derived from the model."""

from __future__ import annotations

from .labels import LABELS
from .model import r2


def n2(x: float) -> str:
    return f"{x:.2f}"


def brk(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def growth(a: float, b: float) -> float:
    return r2((b - a) / a * 100)


def summary_values(m, s) -> dict:
    """label -> (value, normalized), in 附件4 order; spec overrides applied."""
    rev = s["revs"]
    g = {y: growth(rev[y - 1], rev[y]) for y in (2021, 2022, 2023)}
    m.growth = g
    m.rd_int = r2(s["rd"] / rev[2023] * 100)
    m.margin = r2(s["profit"] / rev[2023] * 100)
    m.roi = r2(s["profit"] / s["build_amount"] * 100)
    m.storage_util = r2(s["storage_data"] / s["storage_cap"] * 100)
    sol = s["solutions"]
    v = {}

    def put(label, value, norm):
        v[label] = (str(value), norm)

    put("序号", s["list_no"], s["list_no"])
    put("企业名称", s["company"], s["company"])
    put("平台名称", s["declared_name"], s["declared_name"])
    put("平台性质", s["nature"], s["nature"])
    put("联系人姓名", s["contact"][0], s["contact"][0])
    put("联系人手机号", s["contact"][1], s["contact"][1])
    put("联系人电子邮箱", s["contact"][2], s["contact"][2])
    put("评审会现场地址信息", s["address"], s["address"])
    put("平台网址", s["url"], s["url"])
    put("建设时间", s["period"], s["period"])
    put("平台建设金额（万元）", n2(s["build_amount"]), s["build_amount"])
    txt = "；".join(f"{y}年平台营收{n2(rev[y])}万元/增长率{n2(g[y])}%" for y in (2021, 2022, 2023))
    put("平台近三年经营指标情况", txt, {k: val for y in (2021, 2022, 2023)
                                 for k, val in ((f"{y}年平台营收（万元）", rev[y]), (f"{y}年增长率（%）", g[y]))})
    put("平台建设方式", s["build_mode"], s["build_mode"])
    put("平台运营模式", s["op_mode"], s["op_mode"])
    put("部署方式", s["deploy"], s["deploy"])
    t = s["team"]
    put("平台团队总人数（人）", t[0], t[0])
    put("运维人数（人）", t[1], t[1])
    put("运营人数（人）", t[2], t[2])
    put("有相关技术职称/从业资格的人数（人）", t[3], t[3])
    put("平台相关研发投入（万元）", n2(s["rd"]), s["rd"])
    put("平台相关研发投入强度（%）", n2(m.rd_int), m.rd_int)
    put("平台相关营业收入（万元）", n2(rev[2023]), rev[2023])
    put("平台利润率（%）", n2(m.margin), m.margin)
    put("付费用户占比（%）", n2(m.paid_ratio), m.paid_ratio)
    put("连接的工业设备/产品/产线种类及数量（台/套）", m.dev_total, m.dev_total)
    put("按二级分类统计工业设备数量（台/套）", brk(m.dev_by_cat), m.dev_by_cat)
    put("按省市区域统计工业设备数量（台/套）", brk(m.dev_by_reg), m.dev_by_reg)
    put("公有云工业设备连接数量（台/套）", m.pub_total, m.pub_total)
    put("按二级分类统计公有云工业设备数量（台/套）", brk(m.pub_by_cat), m.pub_by_cat)
    put("按省市区域统计公有云工业设备数量（台/套）", brk(m.pub_by_reg), m.pub_by_reg)
    put("公有云工业设备平均日运行数量（台/套）", m.run_total, m.run_total)
    put("按二级分类统计公有云工业设备平均日运行数量（台/套）", brk(m.run_by_cat), m.run_by_cat)
    put("按省市区域统计公有云工业设备平均日运行数量（台/套）", brk(m.run_by_reg), m.run_by_reg)
    put("海外设备连接数量（台/套）", m.overseas_total, m.overseas_total)
    put("按海外国家分类统计海外设备连接数量（台/套）", brk(m.overseas), m.overseas)
    put("工业协议兼容适配数量（个）", s["protocols"], s["protocols"])
    put("工业软件总量（个）", m.software_total, m.software_total)
    put("工业APP数量（个）", m.app_total, m.app_total)
    put("基于平台开发的工业APP数量（个）", m.app_native, m.app_native)
    put("云化工业软件数量（个）", m.app_cloud, m.app_cloud)
    put("按分类统计工业APP数量（个）", brk(m.app_by_cat), m.app_by_cat)
    put("按行业统计工业APP数量（个）", brk(m.app_by_ind), m.app_by_ind)
    put("工业APP平均月活跃数量（个）", m.app_mau, m.app_mau)
    k = s["killer"]
    put("杀手锏APP数量（个）", 5, 5)
    put("公有云杀手锏APP平均日在线用户数（个）", k[0], k[0])
    put("杀手锏APP日活次数（次）", k[1], k[1])
    put("杀手锏APP月平均收入（万元）", n2(k[2]), k[2])
    put("公有云工业APP数量（个）", m.app_pub, m.app_pub)
    put("公有云工业APP平均日活跃数量（个）", m.app_pub_dau, m.app_pub_dau)
    put("按分类统计公有云工业APP平均日活跃数量（个）", brk(m.app_pub_dau_by_cat), m.app_pub_dau_by_cat)
    put("按行业统计公有云工业APP平均日活跃数量（个）", brk(m.app_pub_dau_by_ind), m.app_pub_dau_by_ind)
    put("平台实际用云量（台）", n2(s["cloud_servers"]), s["cloud_servers"])
    put("平台公有云实际使用数量（台）", s["pub_servers"], s["pub_servers"])
    put("存储容量（TB）", n2(s["storage_cap"]), s["storage_cap"])
    put("存储工业数据量（TB）", n2(s["storage_data"]), s["storage_data"])
    put("公有云数据总量（TB）", n2(s["pub_data"]), s["pub_data"])
    put("存储资源利用率（%）", n2(m.storage_util), m.storage_util)
    put("工业机理模型数量（个）", m.model_total, m.model_total)
    put("活跃机理模型数量（一周调用5次以上）（个）", m.model_active, m.model_active)
    put("核心工业模型平均月调用用户数量（个）", s["model_users"], s["model_users"])
    put("按分类统计工业模型数量（个）", brk(m.model_by_cat), m.model_by_cat)
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", s["speed"][1], s["speed"][0])
    put("微服务数量（个）", s["ms"][0], s["ms"][0])
    put("活跃微服务数量（一周调用5次以上）（个）", s["ms"][1], s["ms"][1])
    put("开发者注册总数（个）", s["devs"][0], s["devs"][0])
    put("活跃开发者数（个）", s["devs"][1], s["devs"][1])
    put("平台是否建立安全管理体系", "是", True)
    put("有否定期开展第三方安全测试/测评", "是", True)
    put("有否定期进行安全扫描", "是", True)
    put("注册企业用户数（个）", m.registered, m.registered)
    put("实际服务企业数（个）", m.served, m.served)
    put("按行业统计服务企业数（个）", brk(m.ent_by_ind), m.ent_by_ind)
    put("按省市区域统计服务企业数（个）", brk(m.ent_by_reg), m.ent_by_reg)
    put("付费企业数（个）", m.paid, m.paid)
    put("服务本市企业数量（个）", m.local, m.local)
    put("服务中小企业数量（个）", m.sme, m.sme)
    o = s["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o[0]}个；截至填表日前一年：{o[1]}个",
        {"2023年自然年": o[0], "截至填表日前一年": o[1]})
    put("平台交易规模年增长率（%）", n2(s["trade_growth"]), s["trade_growth"])
    put("工业APP订阅总数量（个）", s["subs"][0], s["subs"][0])
    put("杀手锏工业APP订阅数量（个）", s["subs"][1], s["subs"][1])
    put("工业APP订阅总金额（万元）", n2(s["subs"][2]), s["subs"][2])
    put("平台连接工业设备利用率（%）", n2(s["dev_util"]), s["dev_util"])
    put("平台国产化率（%）", n2(s["localization"]), s["localization"])
    put("平台是否服务上海智能工厂，数量", f"是，{len(s['factories'])}家", len(s["factories"]))
    put("平台服务园区总数（个）", len(s["parks"]), len(s["parks"]))
    put("平台提供的解决方案总数（个）", sum(sol.values()), sum(sol.values()))
    put("按新模式统计解决方案数量（个）", brk(sol), dict(sol))
    put("投资回报率（%）", n2(m.roi), m.roi)
    put("企业是否已上市或已获得VC/PE投资", "是" if s["listed"] else "否", s["listed"])
    put("平台连接工业设备运维成本平均下降率（%）", n2(s["case_avgs"][0]), s["case_avgs"][0])
    put("平台连接工业设备能耗平均下降率（%）", n2(s["case_avgs"][1]), s["case_avgs"][1])
    put("平台连接工业设备安全生产持续时间平均提升率（%）", n2(s["case_avgs"][2]), s["case_avgs"][2])
    put("平台现有特色指数（个）", len(s["indices"]), len(s["indices"]))
    put("平台核心软硬件技术获得的专利数量（项）", len(m.patents), len(m.patents))
    put("平台核心软硬件技术获得的软著数量（个）", len(m.softs), len(m.softs))
    put("平台是否有自研形成的核心技术突破", "是", True)
    put("平台是否具备碳管理服务能力", "是" if s["carbon"] else "否", s["carbon"])
    put("平台是否融合使用国家标识解析系统", "是" if s["idres"] else "否", s["idres"])
    put("平台获得省部级及以上奖项/荣誉数量（个）", len(s["awards"]), len(s["awards"]))
    put("平台建设与运营带动新增就业人数（人）", s["jobs"], s["jobs"])
    put("平台社会贡献率（%）", n2(s["social"]), s["social"])
    put("平台开放共享数据的形式及数量", s["open_data"], s["open_data"])
    put("合作平台数量（个）", len(s["coop"]), len(s["coop"]))
    for label, (value, norm) in s.get("overrides", {}).items():
        v[label] = (value, norm)
    assert list(v) == LABELS, [x for x in LABELS if x not in v]
    return v
