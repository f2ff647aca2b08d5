"""From a package spec (the platform's real figures) to the 103 附件4 rows, as declared and as true.

`derive(S)` computes every row from the base figures, so breakdowns add up and the formulas of the 填报指引
hold; `declared(S)` applies the applicant's deviations: `decl_base` (base figures the applicant took from the
wrong scope or period — the rows computed from them follow) and `decl_rows` (a row typed independently of its
inputs)."""

from __future__ import annotations

from eval_sets.blind.h92.labels import KIND, LABELS


def split(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def bd(total: int, cats: dict[str, float]) -> dict[str, int]:
    return dict(zip(cats, split(total, list(cats.values()))))


def fmt_bd(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def f2(x: float) -> str:
    return f"{r2(x):.2f}"


def derive(S: dict) -> dict[str, tuple[str, object]]:
    rows: dict[str, tuple[str, object]] = {}

    def put(label, value, norm=None):
        assert label in KIND, label
        if norm is None:
            norm = value
        if isinstance(value, dict):
            rows[label] = (fmt_bd(value), value)
        elif isinstance(value, bool):
            rows[label] = ("是" if value else "否", value)
        else:
            rows[label] = (value if isinstance(value, str) else str(value), norm)

    rev = S["rev"]
    growth = {y: r2((rev[y] - rev[y - 1]) / rev[y - 1] * 100) for y in (2021, 2022, 2023)}
    put("序号", str(S["no"]), S["no"])
    for key, label in (("company", "企业名称"), ("name", "平台名称"), ("nature", "平台性质"), ("contact", "联系人姓名"),
                       ("phone", "联系人手机号"), ("email", "联系人电子邮箱"), ("addr", "评审会现场地址信息"), ("url", "平台网址"),
                       ("period", "建设时间")):
        put(label, S[key])
    put("平台建设金额（万元）", f2(S["invest"]), r2(S["invest"]))
    put("平台近三年经营指标情况",
        "；".join(f"{y}年平台营收{rev[y]:.2f}万元/增长率{growth[y]:.2f}%" for y in (2021, 2022, 2023)),
        {k: v for y in (2021, 2022, 2023) for k, v in ((f"{y}年平台营收（万元）", r2(rev[y])), (f"{y}年增长率（%）", growth[y]))})
    put("平台建设方式", S["build"])
    put("平台运营模式", S["operate"])
    put("部署方式", S["deploy"])
    ops, run = S["team"]
    put("平台团队总人数（人）", str(ops + run), ops + run)
    put("运维人数（人）", str(ops), ops)
    put("运营人数（人）", str(run), run)
    put("有相关技术职称/从业资格的人数（人）", str(S["titled"]), S["titled"])
    put("平台相关研发投入（万元）", f2(S["rd"]), r2(S["rd"]))
    put("平台相关研发投入强度（%）", f2(S["rd"] / rev[2023] * 100), r2(S["rd"] / rev[2023] * 100))
    put("平台相关营业收入（万元）", f2(rev[2023]), r2(rev[2023]))
    put("平台利润率（%）", f2(S["profit"] / rev[2023] * 100), r2(S["profit"] / rev[2023] * 100))
    put("付费用户占比（%）", f2(S["paid"] / S["reg"] * 100), r2(S["paid"] / S["reg"] * 100))

    dev = S["dev"]
    overseas = S["overseas"]
    dom_regions = S["dev_regions"]
    ov_total = sum(overseas.values())
    cats = S["dev_cats"]
    put("连接的工业设备/产品/产线种类及数量（台/套）", str(dev), dev)
    put("按二级分类统计工业设备数量（台/套）", bd(dev, cats))
    put("按省市区域统计工业设备数量（台/套）", {**bd(dev - ov_total, dom_regions), **overseas})
    pub = S["pub_dev"]
    ov_pub = {k: v // 2 for k, v in overseas.items()}
    put("公有云工业设备连接数量（台/套）", str(pub), pub)
    put("按二级分类统计公有云工业设备数量（台/套）", bd(pub, cats))
    put("按省市区域统计公有云工业设备数量（台/套）", {**bd(pub - sum(ov_pub.values()), dom_regions), **ov_pub})
    daily = S["daily_dev"]
    ov_daily = {k: v // 3 for k, v in overseas.items()}
    put("公有云工业设备平均日运行数量（台/套）", str(daily), daily)
    put("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd(daily, cats))
    put("按省市区域统计公有云工业设备平均日运行数量（台/套）", {**bd(daily - sum(ov_daily.values()), dom_regions), **ov_daily})
    put("海外设备连接数量（台/套）", str(ov_total), ov_total)
    put("按海外国家分类统计海外设备连接数量（台/套）", dict(overseas))
    put("工业协议兼容适配数量（个）", str(S["protocols"]), S["protocols"])
    apps = S["apps"]
    put("工业软件总量（个）", str(apps + S["cloud_sw"] + S["other_sw"]), apps + S["cloud_sw"] + S["other_sw"])
    put("工业APP数量（个）", str(apps), apps)
    put("基于平台开发的工业APP数量（个）", str(S["apps_self"]), S["apps_self"])
    put("云化工业软件数量（个）", str(S["cloud_sw"]), S["cloud_sw"])
    put("按分类统计工业APP数量（个）", bd(apps, S["app_cats"]))
    put("按行业统计工业APP数量（个）", bd(apps, S["inds"]))
    put("工业APP平均月活跃数量（个）", str(S["app_mau"]), S["app_mau"])
    put("杀手锏APP数量（个）", "5", 5)
    put("公有云杀手锏APP平均日在线用户数（个）", str(S["killer_dau"]), S["killer_dau"])
    put("杀手锏APP日活次数（次）", str(S["killer_times"]), S["killer_times"])
    put("杀手锏APP月平均收入（万元）", f2(S["killer_income"]), r2(S["killer_income"]))
    put("公有云工业APP数量（个）", str(S["pub_apps"]), S["pub_apps"])
    put("公有云工业APP平均日活跃数量（个）", str(S["pub_app_dau"]), S["pub_app_dau"])
    put("按分类统计公有云工业APP平均日活跃数量（个）", bd(S["pub_app_dau"], S["app_cats"]))
    put("按行业统计公有云工业APP平均日活跃数量（个）", bd(S["pub_app_dau"], S["inds"]))
    put("平台实际用云量（台）", f2(S["cloud_use"]), r2(S["cloud_use"]))
    put("平台公有云实际使用数量（台）", str(S["pub_cloud"]), S["pub_cloud"])
    cap, data = S["storage"]
    put("存储容量（TB）", f2(cap), r2(cap))
    put("存储工业数据量（TB）", f2(data), r2(data))
    put("公有云数据总量（TB）", f2(S["pub_data"]), r2(S["pub_data"]))
    put("存储资源利用率（%）", f2(data / cap * 100), r2(data / cap * 100))
    models = S["models"]
    put("工业机理模型数量（个）", str(models), models)
    put("活跃机理模型数量（一周调用5次以上）（个）", str(S["active_models"]), S["active_models"])
    put("核心工业模型平均月调用用户数量（个）", str(S["model_users"]), S["model_users"])
    put("按分类统计工业模型数量（个）", bd(models, S["model_cats"]))
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", S["speed"], S["speed"][:2])
    put("微服务数量（个）", str(S["micro"]), S["micro"])
    put("活跃微服务数量（一周调用5次以上）（个）", str(S["active_micro"]), S["active_micro"])
    put("开发者注册总数（个）", str(S["devs"]), S["devs"])
    put("活跃开发者数（个）", str(S["active_devs"]), S["active_devs"])
    put("平台是否建立安全管理体系", True)
    put("有否定期开展第三方安全测试/测评", True)
    put("有否定期进行安全扫描", True)
    served = S["served"]
    put("注册企业用户数（个）", str(S["reg"]), S["reg"])
    put("实际服务企业数（个）", str(served), served)
    put("按行业统计服务企业数（个）", bd(served, S["inds"]))
    regions = {"上海": S["local"], **bd(served - S["local"], S["served_regions"])}
    put("按省市区域统计服务企业数（个）", regions)
    put("付费企业数（个）", str(S["paid"]), S["paid"])
    put("服务本市企业数量（个）", str(S["local"]), S["local"])
    put("服务中小企业数量（个）", str(S["sme"]), S["sme"])
    o23, otr = S["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o23}个；截至填表日前一年：{otr}个",
        {"2023年自然年": o23, "截至填表日前一年": otr})
    put("平台交易规模年增长率（%）", f2(S["trade_growth"]), r2(S["trade_growth"]))
    put("工业APP订阅总数量（个）", str(S["subs"]), S["subs"])
    put("杀手锏工业APP订阅数量（个）", str(sum(S["killer_subs"].values())), sum(S["killer_subs"].values()))
    put("工业APP订阅总金额（万元）", f2(S["subs_amount"]), r2(S["subs_amount"]))
    put("平台连接工业设备利用率（%）", f2(S["dev_util"]), r2(S["dev_util"]))
    put("平台国产化率（%）", f2(S["domestic"]), r2(S["domestic"]))
    put("平台是否服务上海智能工厂，数量", f"是，{S['smart']}家", S["smart"])
    put("平台服务园区总数（个）", str(S["parks"]), S["parks"])
    sol = S["solutions"]
    put("平台提供的解决方案总数（个）", str(sol), sol)
    put("按新模式统计解决方案数量（个）", bd(sol, S["sol_modes"]))
    put("投资回报率（%）", f2(S["profit"] / S["invest"] * 100), r2(S["profit"] / S["invest"] * 100))
    put("企业是否已上市或已获得VC/PE投资", S["listed"])
    put("平台连接工业设备运维成本平均下降率（%）", f2(S["om_down"]), r2(S["om_down"]))
    put("平台连接工业设备能耗平均下降率（%）", f2(S["energy_down"]), r2(S["energy_down"]))
    put("平台连接工业设备安全生产持续时间平均提升率（%）", f2(S["safety_up"]), r2(S["safety_up"]))
    put("平台现有特色指数（个）", str(S["indices"]), S["indices"])
    put("平台核心软硬件技术获得的专利数量（项）", str(S["patents"]), S["patents"])
    put("平台核心软硬件技术获得的软著数量（个）", str(S["softcr"]), S["softcr"])
    put("平台是否有自研形成的核心技术突破", True)
    put("平台是否具备碳管理服务能力", S["carbon"])
    put("平台是否融合使用国家标识解析系统", S["ident"])
    put("平台获得省部级及以上奖项/荣誉数量（个）", str(S["awards"]), S["awards"])
    put("平台建设与运营带动新增就业人数（人）", str(S["jobs"]), S["jobs"])
    put("平台社会贡献率（%）", f2(S["social"]), r2(S["social"]))
    put("平台开放共享数据的形式及数量", S["open_data"])
    put("合作平台数量（个）", str(S["partners"]), S["partners"])
    assert list(rows) == [label for label, _ in LABELS], set(KIND) ^ set(rows)
    return rows


def declared(S: dict) -> dict[str, tuple[str, object]]:
    base = dict(S)
    base.update(S.get("decl_base", {}))
    if "rev2023" in S.get("decl_base", {}):
        base["rev"] = {**S["rev"], 2023: S["decl_base"]["rev2023"]}
    rows = derive(base)
    for label, value in S.get("decl_rows", {}).items():
        rows[label] = value
    return rows
