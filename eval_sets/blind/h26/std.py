"""Consistent indicator values from a package's primary numbers; fills the 申报表 cells and 附件4 rows."""
from __future__ import annotations

from lib import fmt, split
from pkg import Pkg, r2


def growth(a, b):
    return r2((b - a) / a * 100)


def bd(d: dict, comma=False, sep="、"):
    return sep.join(f"{k}：{fmt(v, comma=comma)}" for k, v in d.items())


def fill(pkg: Pkg, P: dict):
    """P holds the primary numbers; returns the derived dict N (all numbers)."""
    c = P.get("comma", False)          # thousands separators in the form
    f0 = lambda n: fmt(n, comma=c)      # noqa: E731
    N = dict(P)
    rev = P["rev"]                      # {2020: , 2021:, 2022:, 2023:}
    N["g"] = {y: growth(rev[y - 1], rev[y]) for y in (2021, 2022, 2023)}
    N["rd_int"] = r2(P["rd"] / rev[2023] * 100)
    N["margin"] = r2(P["profit"] / rev[2023] * 100)
    N["roi"] = r2(P["profit"] / P["build_amount"] * 100)
    N["pay_ratio"] = r2(P["paying"] / P["registered"] * 100)
    N["storage_util"] = r2(P["data_tb"] / P["cap_tb"] * 100)
    dev = P["dev_total"]
    N["dev_cat"] = split(dev, P["dev_cat_w"])
    N["dev_reg"] = split(dev - sum(P["overseas"].values()), P["dev_reg_w"])
    N["dev_reg"].update(P["overseas"])
    N["pub_cat"] = split(P["dev_pub"], P["dev_cat_w"])
    N["pub_reg"] = split(P["dev_pub"] - sum(P["overseas_pub"].values()), P["dev_reg_w"])
    N["pub_reg"].update(P["overseas_pub"])
    N["run_cat"] = split(P["dev_run"], P["dev_cat_w"])
    N["run_reg"] = split(P["dev_run"] - sum(P["overseas_run"].values()), P["dev_reg_w"])
    N["run_reg"].update(P["overseas_run"])
    N["overseas_total"] = sum(P["overseas"].values())
    N["app_cat"] = split(P["apps"], P["app_cat_w"])
    N["app_ind"] = split(P["apps"], P["app_ind_w"])
    N["pubapp_cat"] = split(P["pub_app_daily"], P["app_cat_w"])
    N["pubapp_ind"] = split(P["pub_app_daily"], P["app_ind_w"])
    N["model_cat"] = split(P["models"], P["model_cat_w"])
    N["srv_ind"] = split(P["served"], P["srv_ind_w"])
    N["srv_reg"] = split(P["served"] - P["local"], P["srv_reg_w"])
    N["srv_reg"] = {"上海": P["local"], **N["srv_reg"]}
    N["sol_mode"] = split(P["solutions"], P["sol_w"])
    N["cloud_sw"] = P["apps"] - P["apps_dev"]
    return N


def apply(pkg: Pkg, N: dict, T: dict):
    """Writes pkg.form (申报表 cells) and pkg.summary (附件4 truth) from numbers N and texts T."""
    c = N.get("comma", False)
    f0 = lambda n: fmt(n, comma=c)      # noqa: E731
    f2 = lambda x: fmt(x, 2, comma=c)   # noqa: E731
    F = pkg.form
    S = pkg.summary
    m = pkg.meta
    rev = N["rev"]

    def put(key, text, norm, value=None):
        F[key] = text
        S[key] = (value if value is not None else text, norm)

    # ---- 附件4 rows from the cover / 附件1 / 二、平台基本情况
    S["序号"] = (str(pkg.list_no), pkg.list_no)
    S["企业名称"] = (pkg.company, pkg.company)
    S["平台名称"] = (pkg.declared_name, pkg.declared_name)
    S["平台性质"] = (T["nature"], T["nature"])
    S["联系人姓名"] = (m["contact"]["name"], m["contact"]["name"])
    S["联系人手机号"] = (m["contact"]["phone"], m["contact"]["phone"])
    S["联系人电子邮箱"] = (m["contact"]["email"], m["contact"]["email"])
    S["评审会现场地址信息"] = (m["review_addr"], m["review_addr"])
    S["平台网址"] = (m["url"], m["url"])
    S["建设时间"] = (m["build_period"], m["build_period"])
    S["平台建设金额（万元）"] = (fmt(N["build_amount"], 2, comma=False), N["build_amount"])
    m["build_amount_text"] = f2(N["build_amount"])
    g = N.get("g_declared", N["g"])
    three = "；".join(f"{y}年平台营收{fmt(rev[y], 2, comma=False)}万元/增长率{fmt(g[y], 2, comma=False)}%" for y in (2021, 2022, 2023))
    m["three_years_text"] = m.get("three_years_override") or "\n".join(
        f"{y}年平台营收{f2(rev[y])}万元/增长率{fmt(g[y], 2, comma=False)}%" for y in (2021, 2022, 2023))
    norm3 = {}
    for y in (2021, 2022, 2023):
        norm3[f"{y}年平台营收（万元）"] = rev[y]
        norm3[f"{y}年增长率（%）"] = g[y]
    S["平台近三年经营指标情况"] = (three, norm3)
    S["平台建设方式"] = (m["build_mode"], m["build_mode"])
    S["平台运营模式"] = (m["op_mode"], m["op_mode"])
    S["部署方式"] = (m["deploy"], m["deploy"])

    # ---- 指标明细表
    for k in ("平台定位是否明确", "政策符合", "纳入战略规划", "专项规划", "其他资源汇聚情况", "边缘数据处理能力", "其他数据采集能力",
              "云化服务器算力", "数据基础管理能力", "智能分析算法类型", "平台支持开发语言类型", "平台应用开发框架", "平台应用开发工具",
              "安全制度保护方面", "采用何种安全技术情况", "核心数据安全保护手段", "关键技术自主可控", "新增效益", "降低成本",
              "平台数据价值挖掘应用能力", "供应链协同", "新技术融合", "标准制定", "重点区域贡献", "开放共享机制", "跨平台调用",
              "新产业新模式"):
        F[k] = T[k]
    put("平台团队总人数（人）", f0(N["staff"]), N["staff"])
    put("运维人数（人）", f0(N["staff_ops"]), N["staff_ops"])
    put("运营人数（人）", f0(N["staff_run"]), N["staff_run"])
    put("有相关技术职称/从业资格的人数（人）", f0(N["staff_title"]), N["staff_title"])
    put("平台相关研发投入（万元）", f2(N["rd"]), N["rd"])
    put("平台相关研发投入强度（%）", fmt(N.get("rd_int_declared", N["rd_int"]), 2), N.get("rd_int_declared", N["rd_int"]))
    put("平台相关营业收入（万元）", f2(rev[2023]), rev[2023])
    mg = N.get("margin_declared", N["margin"])
    put("平台利润率（%）", fmt(mg, 2), mg)
    put("付费用户占比（%）", fmt(N["pay_ratio"], 2), N["pay_ratio"])
    dt = N.get("dev_total_declared", N["dev_total"])
    put("连接的工业设备/产品/产线种类及数量（台/套）", N.get("dev_total_text", f0(dt)), dt, value=f0(dt))
    cat = N.get("dev_cat_declared", N["dev_cat"])
    put("按二级分类统计工业设备数量（台/套）", bd(cat, c), cat)
    reg = N.get("dev_reg_declared", N["dev_reg"])
    put("按省市区域统计工业设备数量（台/套）", bd(reg, c), reg)
    put("公有云工业设备连接数量（台/套）", f0(N["dev_pub"]), N["dev_pub"])
    put("按二级分类统计公有云工业设备数量（台/套）", bd(N["pub_cat"], c), N["pub_cat"])
    put("按省市区域统计公有云工业设备数量（台/套）", bd(N["pub_reg"], c), N["pub_reg"])
    put("公有云工业设备平均日运行数量（台/套）", f0(N["dev_run"]), N["dev_run"])
    put("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd(N["run_cat"], c), N["run_cat"])
    put("按省市区域统计公有云工业设备平均日运行数量（台/套）", bd(N["run_reg"], c), N["run_reg"])
    if N["overseas"]:
        put("海外设备连接数量（台/套）", f0(N["overseas_total"]), N["overseas_total"])
        put("按海外国家分类统计海外设备连接数量（台/套）", bd(N["overseas"], c), dict(N["overseas"]))
    else:
        put("海外设备连接数量（台/套）", "0", 0)
        F["按海外国家分类统计海外设备连接数量（台/套）"] = "无"
        S["按海外国家分类统计海外设备连接数量（台/套）"] = ("", None)
    put("工业协议兼容适配数量（个）", f0(N["protocols"]), N["protocols"])
    put("工业软件总量（个）", f0(N["software"]), N["software"])
    put("工业APP数量（个）", f0(N["apps"]), N["apps"])
    put("基于平台开发的工业APP数量（个）", f0(N["apps_dev"]), N["apps_dev"])
    put("云化工业软件数量（个）", f0(N["cloud_sw"]), N["cloud_sw"])
    put("按分类统计工业APP数量（个）", bd(N["app_cat"], c), N["app_cat"])
    put("按行业统计工业APP数量（个）", bd(N["app_ind"], c), N["app_ind"])
    put("工业APP平均月活跃数量（个）", f0(N["app_mau"]), N["app_mau"])
    put("杀手锏APP数量（个）", "5", 5)
    put("公有云杀手锏APP平均日在线用户数（个）", f0(N["killer_dau"]), N["killer_dau"])
    put("杀手锏APP日活次数（次）", f0(N["killer_hits"]), N["killer_hits"])
    put("杀手锏APP月平均收入（万元）", f2(N["killer_income"]), N["killer_income"])
    put("公有云工业APP数量（个）", f0(N["pub_apps"]), N["pub_apps"])
    put("公有云工业APP平均日活跃数量（个）", f0(N["pub_app_daily"]), N["pub_app_daily"])
    put("按分类统计公有云工业APP平均日活跃数量（个）", bd(N["pubapp_cat"], c), N["pubapp_cat"])
    put("按行业统计公有云工业APP平均日活跃数量（个）", bd(N["pubapp_ind"], c), N["pubapp_ind"])
    F["是否支持可拓展云计算能力"] = "是"
    put("平台实际用云量（台）", fmt(N["vm"], 2), float(N["vm"]))
    put("平台公有云实际使用数量（台）", f0(N["vm_pub"]), N["vm_pub"])
    put("存储容量（TB）", fmt(N["cap_tb"], 2), float(N["cap_tb"]))
    put("存储工业数据量（TB）", fmt(N["data_tb"], 2), N["data_tb"])
    put("公有云数据总量（TB）", fmt(N["pub_tb"], 2), N["pub_tb"])
    put("存储资源利用率（%）", fmt(N["storage_util"], 2), N["storage_util"])
    put("工业机理模型数量（个）", f0(N["models"]), N["models"])
    put("活跃机理模型数量（一周调用5次以上）（个）", f0(N["models_active"]), N["models_active"])
    put("核心工业模型平均月调用用户数量（个）", f0(N["model_users"]), N["model_users"])
    put("按分类统计工业模型数量（个）", bd(N["model_cat"], c), N["model_cat"])
    F["是否提供通用建模分析算法"] = "是"
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", T["speed"], T["speed_level"])
    put("微服务数量（个）", f0(N["ms"]), N["ms"])
    put("活跃微服务数量（一周调用5次以上）（个）", f0(N["ms_active"]), N["ms_active"])
    F["是否建立开发者社区及相关功能"] = "是"
    put("开发者注册总数（个）", f0(N["devs"]), N["devs"])
    put("活跃开发者数（个）", f0(N["devs_active"]), N["devs_active"])
    F["平台是否建立安全管理体系"] = T["security_rules"]
    S["平台是否建立安全管理体系"] = ("是", True)
    put("有否定期开展第三方安全测试/测评", T["third_party"], True, value="是")
    put("有否定期进行安全扫描", T["scan"], True, value="是")
    put("注册企业用户数（个）", f0(N["registered"]), N["registered"])
    put("实际服务企业数（个）", f0(N["served"]), N["served"])
    ind = N.get("srv_ind_declared", N["srv_ind"])
    put("按行业统计服务企业数（个）", bd(ind, c), ind)
    put("按省市区域统计服务企业数（个）", bd(N["srv_reg"], c), N["srv_reg"])
    put("付费企业数（个）", f0(N["paying"]), N["paying"])
    put("服务本市企业数量（个）", f0(N["local"]), N["local"])
    put("服务中小企业数量（个）", f0(N["sme"]), N["sme"])
    o1, o2 = N["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{f0(o1)}个；截至填表日前一年：{f0(o2)}个",
        {"2023年自然年": o1, "截至填表日前一年": o2})
    put("平台交易规模年增长率（%）", fmt(N["trade_growth"], 2), N["trade_growth"])
    put("工业APP订阅总数量（个）", f0(N["subs"]), N["subs"])
    put("杀手锏工业APP订阅数量（个）", f0(N["killer_subs"]), N["killer_subs"])
    put("工业APP订阅总金额（万元）", f2(N["subs_amount"]), N["subs_amount"])
    put("平台连接工业设备利用率（%）", fmt(N["util"], 2), N["util"])
    put("平台国产化率（%）", T.get("localization_text", fmt(N["localization"], 2)), N["localization"],
        value=fmt(N["localization"], 2))
    put("平台是否服务上海智能工厂，数量", T["smart_factory"], N["smart_factories"], value=f"是，{N['smart_factories']}家")
    put("平台服务园区总数（个）", f0(N["parks"]), N["parks"])
    put("平台提供的解决方案总数（个）", f0(N["solutions"]), N["solutions"])
    put("按新模式统计解决方案数量（个）", bd(N["sol_mode"], c), N["sol_mode"])
    put("投资回报率（%）", fmt(N["roi"], 2), N["roi"])
    put("企业是否已上市或已获得VC/PE投资", T["listed"], T["listed_bool"], value="是" if T["listed_bool"] else "否")
    put("平台连接工业设备运维成本平均下降率（%）", fmt(N["om_drop"], 2), N["om_drop"])
    put("平台连接工业设备能耗平均下降率（%）", fmt(N["energy_drop"], 2), N["energy_drop"])
    put("平台连接工业设备安全生产持续时间平均提升率（%）", fmt(N["safety_up"], 2), N["safety_up"])
    put("平台现有特色指数（个）", T["indices"], N["indices"], value=str(N["indices"]))
    put("平台核心软硬件技术获得的专利数量（项）", f0(N["patents"]), N["patents"])
    put("平台核心软硬件技术获得的软著数量（个）", f0(N["copyrights"]), N["copyrights"])
    put("平台是否有自研形成的核心技术突破", T["breakthrough"], True, value="是")
    put("平台是否具备碳管理服务能力", T["carbon"], True, value="是")
    put("平台是否融合使用国家标识解析系统", T["idres"], T.get("idres_bool", True),
        value="是" if T.get("idres_bool", True) else "否")
    put("平台获得省部级及以上奖项/荣誉数量（个）", T["awards_text"], N["awards"], value=str(N["awards"]))
    put("平台建设与运营带动新增就业人数（人）", f0(N["jobs"]), N["jobs"])
    put("平台社会贡献率（%）", fmt(N["social"], 2), N["social"])
    put("平台开放共享数据的形式及数量", T["open_data"], T["open_data"])
    put("合作平台数量（个）", f0(N["partners"]), N["partners"])
    missing = [k for k in __import__("notice").SUMMARY_LABELS if k not in S]
    assert not missing, missing


def audit(pkg: Pkg, N: dict) -> list[str]:
    """Internal-consistency checks on the 附件4 truth (what a checker could compute from the form)."""
    S = {k: v[1] for k, v in pkg.summary.items()}
    S = {k: ({} if v is None and k.startswith("按") else v) for k, v in S.items()}
    out = []

    def chk(ok, msg):
        if not ok:
            out.append(msg)
    chk(S["运维人数（人）"] + S["运营人数（人）"] == S["平台团队总人数（人）"], "identity staff")
    chk(abs(S["平台相关研发投入强度（%）"] - r2(S["平台相关研发投入（万元）"] / S["平台相关营业收入（万元）"] * 100)) < 0.006, "formula rd")
    chk(abs(S["存储资源利用率（%）"] - r2(S["存储工业数据量（TB）"] / S["存储容量（TB）"] * 100)) < 0.006, "formula storage")
    chk(abs(S["付费用户占比（%）"] - r2(S["付费企业数（个）"] / S["注册企业用户数（个）"] * 100)) < 0.006, "formula pay")
    t = S["连接的工业设备/产品/产线种类及数量（台/套）"]
    chk(sum(S["按二级分类统计工业设备数量（台/套）"].values()) == t, "bd dev cat")
    chk(sum(S["按省市区域统计工业设备数量（台/套）"].values()) == t, "bd dev reg")
    p = S["公有云工业设备连接数量（台/套）"]
    chk(sum(S["按二级分类统计公有云工业设备数量（台/套）"].values()) == p, "bd pub cat")
    chk(sum(S["按省市区域统计公有云工业设备数量（台/套）"].values()) == p, "bd pub reg")
    r = S["公有云工业设备平均日运行数量（台/套）"]
    chk(sum(S["按二级分类统计公有云工业设备平均日运行数量（台/套）"].values()) == r, "bd run cat")
    chk(sum(S["按省市区域统计公有云工业设备平均日运行数量（台/套）"].values()) == r, "bd run reg")
    chk(r <= p <= t, "subset devices")
    if S["按海外国家分类统计海外设备连接数量（台/套）"]:
        chk(sum(S["按海外国家分类统计海外设备连接数量（台/套）"].values()) == S["海外设备连接数量（台/套）"], "bd overseas")
    a = S["工业APP数量（个）"]
    chk(sum(S["按分类统计工业APP数量（个）"].values()) == a, "bd app cat")
    chk(sum(S["按行业统计工业APP数量（个）"].values()) == a, "bd app ind")
    chk(S["基于平台开发的工业APP数量（个）"] + S["云化工业软件数量（个）"] == a, "apps sum")
    chk(a <= S["工业软件总量（个）"], "apps<=software")
    chk(S["工业APP平均月活跃数量（个）"] <= a and S["公有云工业APP数量（个）"] <= a, "subset apps")
    chk(S["公有云工业APP平均日活跃数量（个）"] <= S["公有云工业APP数量（个）"], "subset pub apps")
    chk(sum(S["按分类统计公有云工业APP平均日活跃数量（个）"].values()) == S["公有云工业APP平均日活跃数量（个）"], "bd pubapp cat")
    chk(sum(S["按行业统计公有云工业APP平均日活跃数量（个）"].values()) == S["公有云工业APP平均日活跃数量（个）"], "bd pubapp ind")
    chk(S["平台公有云实际使用数量（台）"] <= S["平台实际用云量（台）"], "subset vm")
    chk(S["公有云数据总量（TB）"] <= S["存储工业数据量（TB）"] <= S["存储容量（TB）"], "subset storage")
    chk(S["活跃机理模型数量（一周调用5次以上）（个）"] <= S["工业机理模型数量（个）"], "subset models")
    chk(sum(S["按分类统计工业模型数量（个）"].values()) == S["工业机理模型数量（个）"], "bd models")
    chk(S["活跃微服务数量（一周调用5次以上）（个）"] <= S["微服务数量（个）"], "subset ms")
    chk(S["活跃开发者数（个）"] <= S["开发者注册总数（个）"], "subset devs")
    sv = S["实际服务企业数（个）"]
    chk(sv <= S["注册企业用户数（个）"], "subset served")
    for k in ("付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"):
        chk(S[k] <= sv, "subset " + k)
    chk(sum(S["按行业统计服务企业数（个）"].values()) == sv, "bd srv ind")
    chk(sum(S["按省市区域统计服务企业数（个）"].values()) == sv, "bd srv reg")
    chk(S["按省市区域统计服务企业数（个）"].get("上海") == S["服务本市企业数量（个）"], "local")
    chk(S["杀手锏工业APP订阅数量（个）"] <= S["工业APP订阅总数量（个）"], "subset subs")
    chk(sum(S["按新模式统计解决方案数量（个）"].values()) == S["平台提供的解决方案总数（个）"], "bd solutions")
    chk(abs(S["投资回报率（%）"] - r2(N["profit"] / S["平台建设金额（万元）"] * 100)) < 0.006, "formula roi")
    chk(abs(S["平台利润率（%）"] - r2(N["profit"] / S["平台相关营业收入（万元）"] * 100)) < 0.006, "formula margin")
    g3 = S["平台近三年经营指标情况"]
    for y in (2022, 2023):
        chk(abs(g3[f"{y}年增长率（%）"] - r2((g3[f"{y}年平台营收（万元）"] / g3[f"{y-1}年平台营收（万元）"] - 1) * 100)) < 0.006,
            f"growth {y}")
    chk(g3["2023年平台营收（万元）"] == S["平台相关营业收入（万元）"], "rev 2023 vs row")
    return out
