"""One source of truth per package: the applicant's declared values (the 103 附件4 rows and the form's
answers) derived from a few figures, all consistent; problem packages then change named figures."""

from __future__ import annotations

import random

LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(LABELS) == 103


def split(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def bd(keys: list[str], total: int, weights: list[float]) -> dict[str, int]:
    return dict(zip(keys, split(total, weights)))


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def make(spec: dict) -> dict:
    """spec gives the figures; returns v: every declared quantity by a short key."""
    rng = random.Random(spec["seed"])
    v = dict(spec)
    rev = spec["rev"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
    v["growth"] = {y: r2((rev[y] / rev[y - 1] - 1) * 100) for y in (2021, 2022, 2023)}
    v["rnd_int"] = r2(spec["rnd"] / rev[2023] * 100)
    v["margin"] = r2(spec["profit"] / rev[2023] * 100)
    v["roi"] = r2(spec["profit"] / spec["build_amount"] * 100)
    v["team"] = spec["ops"] + spec["oper"]
    dev = spec["devices"]
    cats, cw = spec["dev_cats"]
    regs, rw = spec["dev_regions"]
    v["dev_cat"] = bd(cats, dev, cw)
    v["dev_reg"] = bd(regs, dev, rw)
    v["cloud"] = int(dev * spec["cloud_share"])
    v["cloud_cat"] = bd(cats, v["cloud"], cw)
    v["cloud_reg"] = bd(regs, v["cloud"], rw)
    v["daily"] = int(v["cloud"] * spec["daily_share"])
    v["daily_cat"] = bd(cats, v["daily"], cw)
    v["daily_reg"] = bd(regs, v["daily"], rw)
    v["overseas_reg"] = {k: n for k, n in v["dev_reg"].items() if any("A" <= ch <= "z" for ch in k)}
    v["overseas"] = sum(v["overseas_reg"].values())
    apps = spec["apps"]
    acats, aw = spec["app_cats"]
    ainds, iw = spec["app_inds"]
    v["app_cat"] = bd(acats, apps, aw)
    v["app_ind"] = bd(ainds, apps, iw)
    v["native"] = int(apps * 0.7)
    v["cloudsw"] = apps - v["native"]
    v["software"] = apps + spec["other_sw"]
    v["app_mau"] = int(apps * 0.72)
    v["pub_apps"] = int(apps * 0.81)
    v["pub_dau"] = int(v["pub_apps"] * 0.52)
    v["pub_dau_cat"] = bd(acats, v["pub_dau"], aw)
    v["pub_dau_ind"] = bd(ainds, v["pub_dau"], iw)
    v["killer_users"] = spec["killer_users"]
    v["killer_daily"] = spec["killer_users"] * 7 + 113
    v["killer_income"] = spec["killer_income"]
    v["util"] = r2(spec["stored"] / spec["capacity"] * 100)
    models = spec["models"]
    v["model_cat"] = bd(["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"], models, spec.get("model_w", [4, 2, 3, 2]))
    v["active_models"] = int(models * 0.58)
    v["active_ms"] = int(spec["microservices"] * 0.61)
    v["active_dev"] = int(spec["developers"] * 0.27)
    served = spec["served"]
    inds, ew = spec["ent_inds"]
    regs2, rw2 = spec["ent_regions"]
    v["ent_ind"] = bd(inds, served, ew)
    v["ent_reg"] = bd(regs2, served, rw2)
    v["local"] = v["ent_reg"]["上海"]
    v["paid_ratio"] = r2(spec["paid"] / spec["registered"] * 100)
    sol = spec["solutions"]
    v["sol_mode"] = bd(["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"], sol, spec.get("sol_w", [3, 2, 3, 4, 1, 3]))
    v["_rng"] = rng
    return v


def fmt_bd(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{n}" for k, n in d.items())


def f2(x: float) -> str:
    return f"{x:.2f}"


def summary_rows(v: dict) -> list[dict]:
    """The 103 rows as a reviewer fills them from the 申报表."""
    g, rev = v["growth"], v["rev"]
    near = "；".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
    near_n = {}
    for y in (2021, 2022, 2023):
        near_n[f"{y}年平台营收（万元）"] = rev[y]
        near_n[f"{y}年增长率（%）"] = g[y]
    orders = v["orders"]
    val = {
        '序号': (str(v["list_no"]), v["list_no"]),
        '企业名称': (v["company"], v["company"]),
        '平台名称': (v["declared_name"], v["declared_name"]),
        '平台性质': (v["nature"], v["nature"]),
        '联系人姓名': (v["contact"], v["contact"]),
        '联系人手机号': (v["phone"], v["phone"]),
        '联系人电子邮箱': (v["email"], v["email"]),
        '评审会现场地址信息': (v["venue"], v["venue"]),
        '平台网址': (v["url"], v["url"]),
        '建设时间': (v["build_time"], v["build_time"]),
        '平台建设金额（万元）': (f2(v["build_amount"]), v["build_amount"]),
        '平台近三年经营指标情况': (near, near_n),
        '平台建设方式': (v["build_mode"], v["build_mode"]),
        '平台运营模式': (v["op_mode"], v["op_mode"]),
        '部署方式': (v["deploy"], v["deploy"]),
        '平台团队总人数（人）': (str(v["team"]), v["team"]),
        '运维人数（人）': (str(v["ops"]), v["ops"]),
        '运营人数（人）': (str(v["oper"]), v["oper"]),
        '有相关技术职称/从业资格的人数（人）': (str(v["qualified"]), v["qualified"]),
        '平台相关研发投入（万元）': (f2(v["rnd"]), v["rnd"]),
        '平台相关研发投入强度（%）': (f2(v["rnd_int"]), v["rnd_int"]),
        '平台相关营业收入（万元）': (f2(rev[2023]), rev[2023]),
        '平台利润率（%）': (f2(v["margin"]), v["margin"]),
        '付费用户占比（%）': (f2(v["paid_ratio"]), v["paid_ratio"]),
        '连接的工业设备/产品/产线种类及数量（台/套）': (str(v["devices"]), v["devices"]),
        '按二级分类统计工业设备数量（台/套）': (fmt_bd(v["dev_cat"]), v["dev_cat"]),
        '按省市区域统计工业设备数量（台/套）': (fmt_bd(v["dev_reg"]), v["dev_reg"]),
        '公有云工业设备连接数量（台/套）': (str(v["cloud"]), v["cloud"]),
        '按二级分类统计公有云工业设备数量（台/套）': (fmt_bd(v["cloud_cat"]), v["cloud_cat"]),
        '按省市区域统计公有云工业设备数量（台/套）': (fmt_bd(v["cloud_reg"]), v["cloud_reg"]),
        '公有云工业设备平均日运行数量（台/套）': (str(v["daily"]), v["daily"]),
        '按二级分类统计公有云工业设备平均日运行数量（台/套）': (fmt_bd(v["daily_cat"]), v["daily_cat"]),
        '按省市区域统计公有云工业设备平均日运行数量（台/套）': (fmt_bd(v["daily_reg"]), v["daily_reg"]),
        '海外设备连接数量（台/套）': (str(v["overseas"]), v["overseas"]),
        '按海外国家分类统计海外设备连接数量（台/套）': (fmt_bd(v["overseas_reg"]) if v["overseas_reg"] else "无", v["overseas_reg"] or None),
        '工业协议兼容适配数量（个）': (str(v["protocols"]), v["protocols"]),
        '工业软件总量（个）': (str(v["software"]), v["software"]),
        '工业APP数量（个）': (str(v["apps"]), v["apps"]),
        '基于平台开发的工业APP数量（个）': (str(v["native"]), v["native"]),
        '云化工业软件数量（个）': (str(v["cloudsw"]), v["cloudsw"]),
        '按分类统计工业APP数量（个）': (fmt_bd(v["app_cat"]), v["app_cat"]),
        '按行业统计工业APP数量（个）': (fmt_bd(v["app_ind"]), v["app_ind"]),
        '工业APP平均月活跃数量（个）': (str(v["app_mau"]), v["app_mau"]),
        '杀手锏APP数量（个）': ("5", 5),
        '公有云杀手锏APP平均日在线用户数（个）': (str(v["killer_users"]), v["killer_users"]),
        '杀手锏APP日活次数（次）': (str(v["killer_daily"]), v["killer_daily"]),
        '杀手锏APP月平均收入（万元）': (f2(v["killer_income"]), v["killer_income"]),
        '公有云工业APP数量（个）': (str(v["pub_apps"]), v["pub_apps"]),
        '公有云工业APP平均日活跃数量（个）': (str(v["pub_dau"]), v["pub_dau"]),
        '按分类统计公有云工业APP平均日活跃数量（个）': (fmt_bd(v["pub_dau_cat"]), v["pub_dau_cat"]),
        '按行业统计公有云工业APP平均日活跃数量（个）': (fmt_bd(v["pub_dau_ind"]), v["pub_dau_ind"]),
        '平台实际用云量（台）': (f2(v["servers"]), v["servers"]),
        '平台公有云实际使用数量（台）': (str(v["pub_servers"]), v["pub_servers"]),
        '存储容量（TB）': (f2(v["capacity"]), v["capacity"]),
        '存储工业数据量（TB）': (f2(v["stored"]), v["stored"]),
        '公有云数据总量（TB）': (f2(v["pub_data"]), v["pub_data"]),
        '存储资源利用率（%）': (f2(v["util"]), v["util"]),
        '工业机理模型数量（个）': (str(v["models"]), v["models"]),
        '活跃机理模型数量（一周调用5次以上）（个）': (str(v["active_models"]), v["active_models"]),
        '核心工业模型平均月调用用户数量（个）': (str(v["model_users"]), v["model_users"]),
        '按分类统计工业模型数量（个）': (fmt_bd(v["model_cat"]), v["model_cat"]),
        '数据分析平台均速度（每TB分级/秒级/毫秒级）': (v["speed_text"], v["speed"]),
        '微服务数量（个）': (str(v["microservices"]), v["microservices"]),
        '活跃微服务数量（一周调用5次以上）（个）': (str(v["active_ms"]), v["active_ms"]),
        '开发者注册总数（个）': (str(v["developers"]), v["developers"]),
        '活跃开发者数（个）': (str(v["active_dev"]), v["active_dev"]),
        '平台是否建立安全管理体系': ("是", True),
        '有否定期开展第三方安全测试/测评': ("是", True),
        '有否定期进行安全扫描': ("是", True),
        '注册企业用户数（个）': (str(v["registered"]), v["registered"]),
        '实际服务企业数（个）': (str(v["served"]), v["served"]),
        '按行业统计服务企业数（个）': (fmt_bd(v["ent_ind"]), v["ent_ind"]),
        '按省市区域统计服务企业数（个）': (fmt_bd(v["ent_reg"]), v["ent_reg"]),
        '付费企业数（个）': (str(v["paid"]), v["paid"]),
        '服务本市企业数量（个）': (str(v["local"]), v["local"]),
        '服务中小企业数量（个）': (str(v["sme"]), v["sme"]),
        '平台订单数量(近一年总量)（个）': (f"2023年自然年：{orders[0]}个；截至填表日前一年：{orders[1]}个",
                                  {"2023年自然年": orders[0], "截至填表日前一年": orders[1]}),
        '平台交易规模年增长率（%）': (f2(v["trade_growth"]), v["trade_growth"]),
        '工业APP订阅总数量（个）': (str(v["subs"]), v["subs"]),
        '杀手锏工业APP订阅数量（个）': (str(v["killer_subs"]), v["killer_subs"]),
        '工业APP订阅总金额（万元）': (f2(v["subs_amount"]), v["subs_amount"]),
        '平台连接工业设备利用率（%）': (f2(v["dev_util"]), v["dev_util"]),
        '平台国产化率（%）': (f2(v["localization"]), v["localization"]),
        '平台是否服务上海智能工厂，数量': (f"是，{v['factories']}家", v["factories"]),
        '平台服务园区总数（个）': (str(v["parks"]), v["parks"]),
        '平台提供的解决方案总数（个）': (str(v["solutions"]), v["solutions"]),
        '按新模式统计解决方案数量（个）': (fmt_bd(v["sol_mode"]), v["sol_mode"]),
        '投资回报率（%）': (f2(v["roi"]), v["roi"]),
        '企业是否已上市或已获得VC/PE投资': ("是" if v["listed"] else "否", v["listed"]),
        '平台连接工业设备运维成本平均下降率（%）': (f2(v["cost_down"]), v["cost_down"]),
        '平台连接工业设备能耗平均下降率（%）': (f2(v["energy_down"]), v["energy_down"]),
        '平台连接工业设备安全生产持续时间平均提升率（%）': (f2(v["safety_up"]), v["safety_up"]),
        '平台现有特色指数（个）': (str(v["indices"]), v["indices"]),
        '平台核心软硬件技术获得的专利数量（项）': (str(v["patents"]), v["patents"]),
        '平台核心软硬件技术获得的软著数量（个）': (str(v["copyrights"]), v["copyrights"]),
        '平台是否有自研形成的核心技术突破': ("是", True),
        '平台是否具备碳管理服务能力': ("是" if v["carbon"] else "否", v["carbon"]),
        '平台是否融合使用国家标识解析系统': ("是" if v["idres"] else "否", v["idres"]),
        '平台获得省部级及以上奖项/荣誉数量（个）': (str(v["awards"]), v["awards"]),
        '平台建设与运营带动新增就业人数（人）': (str(v["jobs"]), v["jobs"]),
        '平台社会贡献率（%）': (f2(v["social"]), v["social"]),
        '平台开放共享数据的形式及数量': (v["open_data"], v["open_data"]),
        '合作平台数量（个）': (str(v["partners"]), v["partners"]),
    }
    assert list(val) == LABELS
    return [{"label": k, "value": a, "normalized": b} for k, (a, b) in val.items()]
