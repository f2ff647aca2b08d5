"""Standard 申报表 cells + 附件4 truth rows from one dict of primary numbers (per package)."""
from __future__ import annotations

from common import CONTENT_OF, Pkg, bd, bdict, n, pct, r2, split


def setv(pkg: Pkg, a4, cell, norm, proof="", value=None):
    pkg.cell(CONTENT_OF[a4], cell, proof)
    pkg.row(a4, cell if value is None else value, norm)


def breakdown(pkg, a4, keys, vals, proof="", th=False, cell=None):
    text = bd(keys, vals, thousands=th)
    setv(pkg, a4, cell if cell is not None else text, bdict(keys, vals), proof, value=bd(keys, vals))


def fill_standard(pkg: Pkg, P: dict, th=False, pr=None):
    """P: primary numbers. th: thousands separators in cells. pr: proof-column text per 附件4 label."""
    pr = pr or {}
    g = lambda k: pr.get(k, "")
    N = lambda v: n(v, th)
    rev = P["rev"]
    # ---- 1.x
    setv(pkg, "平台团队总人数（人）", N(P["team"]), P["team"], g("平台团队总人数（人）"))
    setv(pkg, "运维人数（人）", N(P["ops"]), P["ops"], g("运维人数（人）"))
    setv(pkg, "运营人数（人）", N(P["opr"]), P["opr"], g("运营人数（人）"))
    setv(pkg, "有相关技术职称/从业资格的人数（人）", N(P["titled"]), P["titled"], g("有相关技术职称/从业资格的人数（人）"))
    setv(pkg, "平台相关研发投入（万元）", f"{P['rd']:.2f}", P["rd"], g("平台相关研发投入（万元）"))
    setv(pkg, "平台相关研发投入强度（%）", f"{pct(P['rd'], rev[2023]):.2f}", pct(P["rd"], rev[2023]), g("平台相关研发投入强度（%）"))
    setv(pkg, "平台相关营业收入（万元）", f"{rev[2023]:.2f}", rev[2023], g("平台相关营业收入（万元）"))
    setv(pkg, "平台利润率（%）", f"{pct(P['profit'], rev[2023]):.2f}", pct(P["profit"], rev[2023]), g("平台利润率（%）"))
    setv(pkg, "付费用户占比（%）", f"{pct(P['paid'], P['registered']):.2f}", pct(P["paid"], P["registered"]), g("付费用户占比（%）"))
    # ---- 2.1.1 devices
    ck, cw = P["dev_cats"]
    rk, rw = P["dev_regs"]
    for a4t, a4c, a4r, tot in (
            ("连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", P["dev"]),
            ("公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", P["dev_pub"]),
            ("公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）", P["dev_daily"])):
        setv(pkg, a4t, P.get("dev_cell", {}).get(a4t, N(tot)), tot, g(a4t))
        breakdown(pkg, a4c, ck, split(tot, cw), g(a4c), th)
        breakdown(pkg, a4r, rk, split(tot, rw), g(a4r), th)
    ov = P.get("overseas", {})
    setv(pkg, "海外设备连接数量（台/套）", N(sum(ov.values())), sum(ov.values()), g("海外设备连接数量（台/套）"))
    if ov:
        breakdown(pkg, "按海外国家分类统计海外设备连接数量（台/套）", list(ov), list(ov.values()), g("按海外国家分类统计海外设备连接数量（台/套）"), th)
    else:
        setv(pkg, "按海外国家分类统计海外设备连接数量（台/套）", "—", None, "", value="")
    setv(pkg, "工业协议兼容适配数量（个）", N(P["protocols"]), P["protocols"], g("工业协议兼容适配数量（个）"))
    # ---- 2.1.2 apps
    for a4, k in (("工业软件总量（个）", "sw"), ("工业APP数量（个）", "app"), ("基于平台开发的工业APP数量（个）", "app_dev"),
                  ("云化工业软件数量（个）", "app_cloud"), ("工业APP平均月活跃数量（个）", "app_mau"), ("杀手锏APP数量（个）", "killer"),
                  ("公有云杀手锏APP平均日在线用户数（个）", "killer_users"), ("杀手锏APP日活次数（次）", "killer_times"),
                  ("公有云工业APP数量（个）", "pub_app"), ("公有云工业APP平均日活跃数量（个）", "pub_app_dau")):
        setv(pkg, a4, N(P[k]), P[k], g(a4))
    setv(pkg, "杀手锏APP月平均收入（万元）", f"{P['killer_income']:.2f}", P["killer_income"], g("杀手锏APP月平均收入（万元）"))
    ak, aw = P["app_cats"]
    ik, iw = P["app_inds"]
    breakdown(pkg, "按分类统计工业APP数量（个）", ak, split(P["app"], aw), g("按分类统计工业APP数量（个）"))
    breakdown(pkg, "按行业统计工业APP数量（个）", ik, split(P["app"], iw), g("按行业统计工业APP数量（个）"))
    breakdown(pkg, "按分类统计公有云工业APP平均日活跃数量（个）", ak, split(P["pub_app_dau"], aw))
    breakdown(pkg, "按行业统计公有云工业APP平均日活跃数量（个）", ik, split(P["pub_app_dau"], iw))
    # ---- 2.2.2
    setv(pkg, "平台实际用云量（台）", f"{P['cloud']:.2f}", P["cloud"], g("平台实际用云量（台）"))
    setv(pkg, "平台公有云实际使用数量（台）", N(P["cloud_pub"]), P["cloud_pub"], g("平台公有云实际使用数量（台）"))
    setv(pkg, "存储容量（TB）", f"{P['cap']:.2f}", P["cap"], g("存储容量（TB）"))
    setv(pkg, "存储工业数据量（TB）", f"{P['data']:.2f}", P["data"], g("存储工业数据量（TB）"))
    setv(pkg, "公有云数据总量（TB）", f"{P['data_pub']:.2f}", P["data_pub"], g("公有云数据总量（TB）"))
    setv(pkg, "存储资源利用率（%）", f"{pct(P['data'], P['cap']):.2f}", pct(P["data"], P["cap"]), g("存储资源利用率（%）"))
    # ---- 2.2.3
    setv(pkg, "工业机理模型数量（个）", N(P["models"]), P["models"], g("工业机理模型数量（个）"))
    setv(pkg, "活跃机理模型数量（一周调用5次以上）（个）", N(P["models_active"]), P["models_active"])
    setv(pkg, "核心工业模型平均月调用用户数量（个）", N(P["model_users"]), P["model_users"])
    mk, mw = P["model_cats"]
    breakdown(pkg, "按分类统计工业模型数量（个）", mk, split(P["models"], mw))
    setv(pkg, "数据分析平台均速度（每TB分级/秒级/毫秒级）", P["speed"][0], P["speed"][1])
    # ---- 2.3 / 2.4
    setv(pkg, "微服务数量（个）", N(P["micro"]), P["micro"], g("微服务数量（个）"))
    setv(pkg, "活跃微服务数量（一周调用5次以上）（个）", N(P["micro_active"]), P["micro_active"])
    setv(pkg, "开发者注册总数（个）", N(P["devs"]), P["devs"], g("开发者注册总数（个）"))
    setv(pkg, "活跃开发者数（个）", N(P["devs_active"]), P["devs_active"])
    # ---- 2.5 yes/no handled by package (text answers)
    # ---- 3.1.1
    setv(pkg, "注册企业用户数（个）", N(P["registered"]), P["registered"], g("注册企业用户数（个）"))
    setv(pkg, "实际服务企业数（个）", N(P["served"]), P["served"], g("实际服务企业数（个）"))
    sk, sw_ = P["served_inds"]
    breakdown(pkg, "按行业统计服务企业数（个）", sk, split(P["served"], sw_), g("按行业统计服务企业数（个）"))
    gk, gv = P["served_regs"]  # explicit values, first one is 上海 = local
    breakdown(pkg, "按省市区域统计服务企业数（个）", gk, gv, g("按省市区域统计服务企业数（个）"))
    setv(pkg, "付费企业数（个）", N(P["paid"]), P["paid"], g("付费企业数（个）"))
    setv(pkg, "服务本市企业数量（个）", N(P["local"]), P["local"])
    setv(pkg, "服务中小企业数量（个）", N(P["sme"]), P["sme"])
    o1, o2 = P["orders"]
    setv(pkg, "平台订单数量(近一年总量)（个）", f"2023年自然年：{N(o1)}个；截至填表日前一年：{N(o2)}个",
         {"2023年自然年": o1, "截至填表日前一年": o2}, g("平台订单数量(近一年总量)（个）"),
         value=f"2023年自然年：{o1}个；截至填表日前一年：{o2}个")
    setv(pkg, "平台交易规模年增长率（%）", f"{P['trade_growth']:.2f}", P["trade_growth"])
    setv(pkg, "工业APP订阅总数量（个）", N(P["subs"]), P["subs"], g("工业APP订阅总数量（个）"))
    setv(pkg, "杀手锏工业APP订阅数量（个）", N(P["killer_subs"]), P["killer_subs"])
    setv(pkg, "工业APP订阅总金额（万元）", f"{P['subs_amount']:.2f}", P["subs_amount"])
    setv(pkg, "平台连接工业设备利用率（%）", f"{pct(P['dev_daily'], P['dev']):.2f}", pct(P["dev_daily"], P["dev"]))
    setv(pkg, "平台国产化率（%）", f"{P['localization']:.2f}", P["localization"])
    setv(pkg, "平台服务园区总数（个）", N(P["parks"]), P["parks"])
    setv(pkg, "平台提供的解决方案总数（个）", N(P["solutions"]), P["solutions"])
    xk, xv = P["sol_cats"]
    breakdown(pkg, "按新模式统计解决方案数量（个）", xk, xv)
    setv(pkg, "投资回报率（%）", f"{pct(P['profit'], P['invest']):.2f}", pct(P["profit"], P["invest"]))
    setv(pkg, "平台连接工业设备运维成本平均下降率（%）", f"{P['om']:.2f}", P["om"], g("平台连接工业设备运维成本平均下降率（%）"))
    setv(pkg, "平台连接工业设备能耗平均下降率（%）", f"{P['energy']:.2f}", P["energy"], g("平台连接工业设备能耗平均下降率（%）"))
    setv(pkg, "平台连接工业设备安全生产持续时间平均提升率（%）", f"{P['safety']:.2f}", P["safety"], g("平台连接工业设备安全生产持续时间平均提升率（%）"))
    setv(pkg, "平台现有特色指数（个）", N(P["indices"]), P["indices"])
    setv(pkg, "平台核心软硬件技术获得的专利数量（项）", N(P["patents"]), P["patents"], g("平台核心软硬件技术获得的专利数量（项）"))
    setv(pkg, "平台核心软硬件技术获得的软著数量（个）", N(P["soft"]), P["soft"], g("平台核心软硬件技术获得的软著数量（个）"))
    setv(pkg, "平台获得省部级及以上奖项/荣誉数量（个）", N(P["awards"]), P["awards"], g("平台获得省部级及以上奖项/荣誉数量（个）"))
    setv(pkg, "平台建设与运营带动新增就业人数（人）", N(P["jobs"]), P["jobs"])
    setv(pkg, "平台社会贡献率（%）", f"{P['social']:.2f}", P["social"])
    setv(pkg, "平台开放共享数据的形式及数量", P["open"], P["open"])
    setv(pkg, "合作平台数量（个）", N(P["partners"]), P["partners"])


def revenue_row(rev: dict, base2020: float):
    """附件4 平台近三年经营指标情况: reviewer value, normalized, and the three form lines."""
    g21 = pct(rev[2021] - base2020, base2020)
    g22 = pct(rev[2022] - rev[2021], rev[2021])
    g23 = pct(rev[2023] - rev[2022], rev[2022])
    lines = [f"2021年平台营收{rev[2021]:.2f}万元/增长率{g21:.2f}%", f"2022年平台营收{rev[2022]:.2f}万元/增长率{g22:.2f}%",
             f"2023年平台营收{rev[2023]:.2f}万元/增长率{g23:.2f}%"]
    norm = {"2021年平台营收（万元）": rev[2021], "2021年增长率（%）": g21, "2022年平台营收（万元）": rev[2022],
            "2022年增长率（%）": g22, "2023年平台营收（万元）": rev[2023], "2023年增长率（%）": g23}
    return "；".join(lines), norm, lines
