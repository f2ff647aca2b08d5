"""How each applicant writes a figure in the 申报表, and what the reviewer writes in the 附件4 row (truth)."""

from __future__ import annotations

from common import plain, sep
from model import Package

UNITS = {
    "team": "人", "team_om": "人", "team_op": "人", "team_q": "人", "jobs": "人",
    "rd": "万元", "rev": "万元", "killer_rev": "万元", "subs_amt": "万元",
    "rd_int": "%", "profit_rate": "%", "paid_share": "%", "util_storage": "%", "trade_growth": "%", "dev_util": "%",
    "localization": "%", "roi": "%", "om_down": "%", "energy_down": "%", "safety_up": "%", "social": "%",
    "dev": "台/套", "pub": "台/套", "run": "台/套", "ovs": "台/套",
    "cloud": "台", "pub_cloud": "台", "cap": "TB", "data": "TB", "pub_data": "TB",
    "killer_hits": "次", "patents": "项",
}
MONEY = {"rd", "rev", "killer_rev", "subs_amt"}
FLOAT2 = MONEY | {"rd_int", "profit_rate", "paid_share", "util_storage", "trade_growth", "dev_util", "localization",
                  "roi", "om_down", "energy_down", "safety_up", "social", "cloud", "cap", "data", "pub_data"}
BREAKDOWNS = {"dev_cat", "dev_reg", "pub_cat", "pub_reg", "run_cat", "run_reg", "ovs_by", "app_cat", "app_ind",
              "pub_app_dau_cat", "pub_app_dau_ind", "model_cat", "served_ind", "served_reg", "sol_mode"}


def num(p: Package, value, key: str = "", unit: bool | None = None) -> str:
    st = p.style
    dec = 2 if key in FLOAT2 else 0
    value = float(value) if dec else int(value)
    s = sep(value, dec) if st.get("num") == "sep" else plain(value, dec)
    if (st.get("unit_suffix") if unit is None else unit) and key in UNITS:
        s += UNITS[key]
    elif (st.get("unit_suffix") if unit is None else unit) and key:
        s += "个"
    return s


def brk(p: Package, d: dict[str, int]) -> str:
    st = p.style
    sepr, kv = st.get("brk_sep", "、"), st.get("brk_kv", "：")
    return sepr.join(f"{k}{kv}{num(p, n, unit=False)}" for k, n in d.items())


def cell(p: Package, key: str) -> str:
    """The 平台实际情况 cell of the 申报表 for a content key."""
    v, st = p.v, p.style
    if key in BREAKDOWNS:
        return brk(p, v[key])
    if key.startswith("t_"):
        return v[key]
    if key == "dev" and st.get("private", {}).get("dev"):
        return (f"总数{num(p, v['dev'], 'dev', unit=False)}台/套，其中私有化部署涉及的相关数量"
                f"{num(p, st['private']['dev'], 'dev', unit=False)}台/套")
    if key == "speed":
        return v["speed"]
    if key == "orders":
        return st["orders"].format(nat=num(p, v["orders_nat"], unit=False), ttm=num(p, v["orders_ttm"], unit=False))
    if key == "smart":
        return v["t_smart"]
    if key == "indices":
        return v["t_indices"]
    if key == "awards":
        return f"{num(p, v['awards'], unit=False)}（{v['t_awards']}）"
    if key == "ovs" and v["ovs"] == 0:
        return "0"
    return num(p, v[key], key)


def build_time(p: Package) -> str:
    (y0, m0), (y1, m1) = p.info["build_from"], p.info["build_to"]
    return f"{y0}.{m0:02d}-{y1}.{m1:02d}"


def three_years_text(p: Package, canonical: bool = True) -> str:
    v = p.v
    parts = []
    for y in (2021, 2022, 2023):
        r = v["rev_hist"][y]
        g = v["growth"][y]
        if canonical:
            parts.append(f"{y}年平台营收{plain(r)}万元/增长率{plain(g)}%")
        else:
            parts.append(f"{y}年平台营收{num(p, r, 'rev', unit=False)}万元/增长率{plain(g)}%")
    return "；".join(parts)


def build_mode_text(p: Package) -> str:
    i = p.info
    return "自建" if i["build_mode"] == "自建" else f"合作共建，{i['partner']}"


def deploy_text(p: Package) -> str:
    d = list(p.info["deploy"])
    if p.info.get("deploy_other"):
        d.append(f"其他部署方式：{p.info['deploy_other']}")
    return "、".join(d)


def summary_truth(p: Package) -> list[dict]:
    """The 103 附件4 rows with the value the reviewer writes (from the 申报表)."""
    v, i = p.v, p.info
    rows: list[tuple[str, str, object]] = []

    def n(label, key):
        val = v[key]
        if key in FLOAT2:
            rows.append((label, plain(float(val), 2), round(float(val), 2)))
        else:
            rows.append((label, str(int(val)), int(val)))

    def b(label, key):
        d = v[key]
        if not d:
            rows.append((label, "", None))
        else:
            rows.append((label, "、".join(f"{k}：{x}" for k, x in d.items()), dict(d)))

    def yn(label, flag):
        rows.append((label, "是" if flag else "否", bool(flag)))

    rows.append(("序号", str(p.list_no), p.list_no))
    for label, val in (("企业名称", p.company), ("平台名称", p.declared_name), ("平台性质", i["nature"]),
                       ("联系人姓名", i["contact"]), ("联系人手机号", i["mobile"]), ("联系人电子邮箱", i["email"]),
                       ("评审会现场地址信息", "上海市" + i["address"].removeprefix("上海市")), ("平台网址", i["url"]),
                       ("建设时间", build_time(p))):
        rows.append((label, val, val))
    rows.append(("平台建设金额（万元）", plain(v["build_amount"], 2), round(v["build_amount"], 2)))
    three = {}
    for y in (2021, 2022, 2023):
        three[f"{y}年平台营收（万元）"] = v["rev_hist"][y]
        three[f"{y}年增长率（%）"] = v["growth"][y]
    rows.append(("平台近三年经营指标情况", three_years_text(p), three))
    rows.append(("平台建设方式", build_mode_text(p), build_mode_text(p)))
    rows.append(("平台运营模式", i["op_mode"], i["op_mode"]))
    rows.append(("部署方式", deploy_text(p), deploy_text(p)))
    n("平台团队总人数（人）", "team")
    n("运维人数（人）", "team_om")
    n("运营人数（人）", "team_op")
    n("有相关技术职称/从业资格的人数（人）", "team_q")
    n("平台相关研发投入（万元）", "rd")
    n("平台相关研发投入强度（%）", "rd_int")
    n("平台相关营业收入（万元）", "rev")
    n("平台利润率（%）", "profit_rate")
    n("付费用户占比（%）", "paid_share")
    n("连接的工业设备/产品/产线种类及数量（台/套）", "dev")
    b("按二级分类统计工业设备数量（台/套）", "dev_cat")
    b("按省市区域统计工业设备数量（台/套）", "dev_reg")
    n("公有云工业设备连接数量（台/套）", "pub")
    b("按二级分类统计公有云工业设备数量（台/套）", "pub_cat")
    b("按省市区域统计公有云工业设备数量（台/套）", "pub_reg")
    n("公有云工业设备平均日运行数量（台/套）", "run")
    b("按二级分类统计公有云工业设备平均日运行数量（台/套）", "run_cat")
    b("按省市区域统计公有云工业设备平均日运行数量（台/套）", "run_reg")
    n("海外设备连接数量（台/套）", "ovs")
    b("按海外国家分类统计海外设备连接数量（台/套）", "ovs_by")
    n("工业协议兼容适配数量（个）", "protocols")
    n("工业软件总量（个）", "sw")
    n("工业APP数量（个）", "app")
    n("基于平台开发的工业APP数量（个）", "app_native")
    n("云化工业软件数量（个）", "app_cloud")
    b("按分类统计工业APP数量（个）", "app_cat")
    b("按行业统计工业APP数量（个）", "app_ind")
    n("工业APP平均月活跃数量（个）", "app_mau")
    n("杀手锏APP数量（个）", "killer")
    n("公有云杀手锏APP平均日在线用户数（个）", "killer_dau")
    n("杀手锏APP日活次数（次）", "killer_hits")
    n("杀手锏APP月平均收入（万元）", "killer_rev")
    n("公有云工业APP数量（个）", "pub_app")
    n("公有云工业APP平均日活跃数量（个）", "pub_app_dau")
    b("按分类统计公有云工业APP平均日活跃数量（个）", "pub_app_dau_cat")
    b("按行业统计公有云工业APP平均日活跃数量（个）", "pub_app_dau_ind")
    n("平台实际用云量（台）", "cloud")
    n("平台公有云实际使用数量（台）", "pub_cloud")
    n("存储容量（TB）", "cap")
    n("存储工业数据量（TB）", "data")
    n("公有云数据总量（TB）", "pub_data")
    n("存储资源利用率（%）", "util_storage")
    n("工业机理模型数量（个）", "models")
    n("活跃机理模型数量（一周调用5次以上）（个）", "models_active")
    n("核心工业模型平均月调用用户数量（个）", "model_users")
    b("按分类统计工业模型数量（个）", "model_cat")
    rows.append(("数据分析平台均速度（每TB分级/秒级/毫秒级）", v["speed"], v["speed_level"]))
    n("微服务数量（个）", "micro")
    n("活跃微服务数量（一周调用5次以上）（个）", "micro_active")
    n("开发者注册总数（个）", "devs")
    n("活跃开发者数（个）", "devs_active")
    yn("平台是否建立安全管理体系", v["sec_rules"])
    yn("有否定期开展第三方安全测试/测评", v["sec_test"])
    yn("有否定期进行安全扫描", v["sec_scan"])
    n("注册企业用户数（个）", "reg")
    n("实际服务企业数（个）", "served")
    b("按行业统计服务企业数（个）", "served_ind")
    b("按省市区域统计服务企业数（个）", "served_reg")
    n("付费企业数（个）", "paid")
    n("服务本市企业数量（个）", "local")
    n("服务中小企业数量（个）", "sme")
    rows.append(("平台订单数量(近一年总量)（个）",
                 f"2023年自然年：{v['orders_nat']}个；截至填表日前一年：{v['orders_ttm']}个",
                 {"2023年自然年": v["orders_nat"], "截至填表日前一年": v["orders_ttm"]}))
    n("平台交易规模年增长率（%）", "trade_growth")
    n("工业APP订阅总数量（个）", "subs")
    n("杀手锏工业APP订阅数量（个）", "killer_subs")
    n("工业APP订阅总金额（万元）", "subs_amt")
    n("平台连接工业设备利用率（%）", "dev_util")
    n("平台国产化率（%）", "localization")
    rows.append(("平台是否服务上海智能工厂，数量", f"是，{v['smart']}家", v["smart"]))
    n("平台服务园区总数（个）", "parks")
    n("平台提供的解决方案总数（个）", "solutions")
    b("按新模式统计解决方案数量（个）", "sol_mode")
    n("投资回报率（%）", "roi")
    yn("企业是否已上市或已获得VC/PE投资", v["vc"])
    n("平台连接工业设备运维成本平均下降率（%）", "om_down")
    n("平台连接工业设备能耗平均下降率（%）", "energy_down")
    n("平台连接工业设备安全生产持续时间平均提升率（%）", "safety_up")
    n("平台现有特色指数（个）", "indices")
    n("平台核心软硬件技术获得的专利数量（项）", "patents")
    n("平台核心软硬件技术获得的软著数量（个）", "copyrights")
    yn("平台是否有自研形成的核心技术突破", v["breakthrough"])
    yn("平台是否具备碳管理服务能力", v["carbon"])
    yn("平台是否融合使用国家标识解析系统", v["idres"])
    n("平台获得省部级及以上奖项/荣誉数量（个）", "awards")
    n("平台建设与运营带动新增就业人数（人）", "jobs")
    n("平台社会贡献率（%）", "social")
    rows.append(("平台开放共享数据的形式及数量", v["t_open_data"], v["t_open_data"]))
    n("合作平台数量（个）", "partners")
    return [dict(label=a, value=b_, normalized=c) for a, b_, c in rows]
