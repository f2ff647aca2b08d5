"""One source of truth per package: a spec of the platform's real figures expands into the 103 附件4 rows."""

from __future__ import annotations

from eval_sets.blind.h98.labels import LABELS

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, keys: list[str], weights: list[float]) -> dict[str, int]:
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return dict(zip(keys, parts))


def fmt_break(d: dict[str, int | float]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def f2(x: float) -> str:
    return f"{x:.2f}"


def th(x: int | float, dec: int = 0) -> str:
    return f"{x:,.{dec}f}"


def derive(s: dict) -> dict[str, tuple[str, object]]:
    """label -> (value as the 申报表 writes it, normalized)."""
    r: dict[str, tuple[str, object]] = {}
    rev = s["rev"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
    g = {y: round((rev[y] - rev[y - 1]) / rev[y - 1] * 100, 2) for y in (2021, 2022, 2023)}
    s["growth"] = g
    near = {}
    for y in (2021, 2022, 2023):
        near[f"{y}年平台营收（万元）"] = rev[y]
        near[f"{y}年增长率（%）"] = g[y]
    near_text = "；".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
    D, P, R = s["dev"], s["dev_pub"], s["dev_run"]
    dc_keys, dc_w = zip(*s["dev_cats"])
    reg_keys, reg_w = zip(*s["regions"])
    over = s["overseas"]
    over_total = sum(over.values())

    def dev_break(total, overseas_part):
        cats = split(total, list(dc_keys), list(dc_w))
        dom = split(total - sum(overseas_part.values()), list(reg_keys), list(reg_w))
        return cats, {**dom, **overseas_part}

    dev_cat, dev_reg = dev_break(D, over)
    pover = {k: round(v * P / D) for k, v in over.items()}
    rover = {k: round(v * R / D) for k, v in over.items()}
    pub_cat, pub_reg = dev_break(P, pover)
    run_cat, run_reg = dev_break(R, rover)
    s.update(dev_cat=dev_cat, dev_reg=dev_reg, pub_reg=pub_reg)
    A = s["apps"]
    app_cat = split(A, APP_CATS, s["app_w"])
    ind_keys, ind_w = zip(*s["industries"])
    app_ind = split(A, list(ind_keys), list(ind_w))
    AD = s["app_pub_daily"]
    app_pub_cat = split(AD, APP_CATS, s["app_w"])
    app_pub_ind = split(AD, list(ind_keys), list(ind_w))
    M = s["models"]
    model_cat = split(M, MODEL_CATS, s["model_w"])
    E = s["served"]
    ent_ind = split(E, list(ind_keys) + ["其他"], list(ind_w) + [0.6])
    ent_reg = split(E, list(reg_keys), list(reg_w))
    s.update(ent_reg=ent_reg)
    SOL = s["solutions"]
    sol = split(SOL, MODES, [3, 1, 3, 2, 1, 2])
    rd_int = round(s["rd"] / rev[2023] * 100, 2)
    margin = round(s["profit"] / rev[2023] * 100, 2)
    store_util = round(s["data_tb"] / s["storage_tb"] * 100, 2)
    pay_ratio = round(s["paying"] / s["registered"] * 100, 2)
    s.update(rd_int=rd_int, margin=margin, store_util=store_util, pay_ratio=pay_ratio)
    url = s["url"]
    vals: dict[str, tuple[str, object]] = {
        "序号": (str(s["list_no"]), s["list_no"]),
        "企业名称": (s["company"], s["company"]),
        "平台名称": (s["name"], s["name"]),
        "平台性质": (s["nature"], s["nature"]),
        "联系人姓名": (s["contact"], s["contact"]),
        "联系人手机号": (s["phone"], s["phone"]),
        "联系人电子邮箱": (s["email"], s["email"]),
        "评审会现场地址信息": (s["venue"], s["venue"]),
        "平台网址": (url, url),
        "建设时间": (s["period"], s["period"]),
        "平台建设金额（万元）": (f2(s["build_amount"]), s["build_amount"]),
        "平台近三年经营指标情况": (near_text, near),
        "平台建设方式": ("自建", "自建"),
        "平台运营模式": ("自运营", "自运营"),
        "部署方式": (s["deploy"], s["deploy"]),
        "平台团队总人数（人）": (str(s["ops"] + s["run"]), s["ops"] + s["run"]),
        "运维人数（人）": (str(s["ops"]), s["ops"]),
        "运营人数（人）": (str(s["run"]), s["run"]),
        "有相关技术职称/从业资格的人数（人）": (str(s["qualified"]), s["qualified"]),
        "平台相关研发投入（万元）": (f2(s["rd"]), s["rd"]),
        "平台相关研发投入强度（%）": (f2(rd_int), rd_int),
        "平台相关营业收入（万元）": (f2(rev[2023]), rev[2023]),
        "平台利润率（%）": (f2(margin), margin),
        "付费用户占比（%）": (f2(pay_ratio), pay_ratio),
        "连接的工业设备/产品/产线种类及数量（台/套）": (str(D), D),
        "按二级分类统计工业设备数量（台/套）": (fmt_break(dev_cat), dev_cat),
        "按省市区域统计工业设备数量（台/套）": (fmt_break(dev_reg), dev_reg),
        "公有云工业设备连接数量（台/套）": (str(P), P),
        "按二级分类统计公有云工业设备数量（台/套）": (fmt_break(pub_cat), pub_cat),
        "按省市区域统计公有云工业设备数量（台/套）": (fmt_break(pub_reg), pub_reg),
        "公有云工业设备平均日运行数量（台/套）": (str(R), R),
        "按二级分类统计公有云工业设备平均日运行数量（台/套）": (fmt_break(run_cat), run_cat),
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": (fmt_break(run_reg), run_reg),
        "海外设备连接数量（台/套）": (str(over_total), over_total),
        "按海外国家分类统计海外设备连接数量（台/套）": (fmt_break(over), dict(over)),
        "工业协议兼容适配数量（个）": (str(s["protocols"]), s["protocols"]),
        "工业软件总量（个）": (str(s["software"]), s["software"]),
        "工业APP数量（个）": (str(A), A),
        "基于平台开发的工业APP数量（个）": (str(s["apps_own"]), s["apps_own"]),
        "云化工业软件数量（个）": (str(s["software"] - A), s["software"] - A),
        "按分类统计工业APP数量（个）": (fmt_break(app_cat), app_cat),
        "按行业统计工业APP数量（个）": (fmt_break(app_ind), app_ind),
        "工业APP平均月活跃数量（个）": (str(s["app_mau"]), s["app_mau"]),
        "杀手锏APP数量（个）": (str(s["killer"]), s["killer"]),
        "公有云杀手锏APP平均日在线用户数（个）": (str(s["killer_dau"]), s["killer_dau"]),
        "杀手锏APP日活次数（次）": (str(s["killer_hits"]), s["killer_hits"]),
        "杀手锏APP月平均收入（万元）": (f2(s["killer_income"]), s["killer_income"]),
        "公有云工业APP数量（个）": (str(s["app_pub"]), s["app_pub"]),
        "公有云工业APP平均日活跃数量（个）": (str(AD), AD),
        "按分类统计公有云工业APP平均日活跃数量（个）": (fmt_break(app_pub_cat), app_pub_cat),
        "按行业统计公有云工业APP平均日活跃数量（个）": (fmt_break(app_pub_ind), app_pub_ind),
        "平台实际用云量（台）": (f2(s["cloud_use"]), s["cloud_use"]),
        "平台公有云实际使用数量（台）": (str(s["cloud_pub"]), s["cloud_pub"]),
        "存储容量（TB）": (f2(s["storage_tb"]), s["storage_tb"]),
        "存储工业数据量（TB）": (f2(s["data_tb"]), s["data_tb"]),
        "公有云数据总量（TB）": (f2(s["pub_data_tb"]), s["pub_data_tb"]),
        "存储资源利用率（%）": (f2(store_util), store_util),
        "工业机理模型数量（个）": (str(M), M),
        "活跃机理模型数量（一周调用5次以上）（个）": (str(s["models_active"]), s["models_active"]),
        "核心工业模型平均月调用用户数量（个）": (str(s["model_users"]), s["model_users"]),
        "按分类统计工业模型数量（个）": (fmt_break(model_cat), model_cat),
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": (s["speed"], s["speed"].split("（")[0]),
        "微服务数量（个）": (str(s["ms"]), s["ms"]),
        "活跃微服务数量（一周调用5次以上）（个）": (str(s["ms_active"]), s["ms_active"]),
        "开发者注册总数（个）": (str(s["devs"]), s["devs"]),
        "活跃开发者数（个）": (str(s["devs_active"]), s["devs_active"]),
        "平台是否建立安全管理体系": ("是", True),
        "有否定期开展第三方安全测试/测评": ("是，每半年一次", True),
        "有否定期进行安全扫描": ("是，每月一次", True),
        "注册企业用户数（个）": (str(s["registered"]), s["registered"]),
        "实际服务企业数（个）": (str(E), E),
        "按行业统计服务企业数（个）": (fmt_break(ent_ind), ent_ind),
        "按省市区域统计服务企业数（个）": (fmt_break(ent_reg), ent_reg),
        "付费企业数（个）": (str(s["paying"]), s["paying"]),
        "服务本市企业数量（个）": (str(ent_reg["上海"]), ent_reg["上海"]),
        "服务中小企业数量（个）": (str(s["sme"]), s["sme"]),
        "平台订单数量(近一年总量)（个）": (f"2023年自然年：{s['orders'][0]}个；截至填表日前一年：{s['orders'][1]}个",
                                   {"2023年自然年": s["orders"][0], "截至填表日前一年": s["orders"][1]}),
        "平台交易规模年增长率（%）": (f2(s["trade_growth"]), s["trade_growth"]),
        "工业APP订阅总数量（个）": (str(s["subs"]), s["subs"]),
        "杀手锏工业APP订阅数量（个）": (str(s["killer_subs"]), s["killer_subs"]),
        "工业APP订阅总金额（万元）": (f2(s["subs_amount"]), s["subs_amount"]),
        "平台连接工业设备利用率（%）": (f2(s["dev_util"]), s["dev_util"]),
        "平台国产化率（%）": (f2(s["domestic"]), s["domestic"]),
        "平台是否服务上海智能工厂，数量": (f"是，{s['smart_factories']}家", s["smart_factories"]),
        "平台服务园区总数（个）": (str(s["parks"]), s["parks"]),
        "平台提供的解决方案总数（个）": (str(SOL), SOL),
        "按新模式统计解决方案数量（个）": (fmt_break(sol), sol),
        "投资回报率（%）": (f2(round(s["profit"] / s["build_amount"] * 100, 2)), round(s["profit"] / s["build_amount"] * 100, 2)),
        "企业是否已上市或已获得VC/PE投资": (s["listed"], s["listed"].startswith("是")),
        "平台连接工业设备运维成本平均下降率（%）": (f2(s["om_cost_down"]), s["om_cost_down"]),
        "平台连接工业设备能耗平均下降率（%）": (f2(s["energy_down"]), s["energy_down"]),
        "平台连接工业设备安全生产持续时间平均提升率（%）": (f2(s["safety_up"]), s["safety_up"]),
        "平台现有特色指数（个）": (str(s["indices"]), s["indices"]),
        "平台核心软硬件技术获得的专利数量（项）": (str(len(s["patents"])), len(s["patents"])),
        "平台核心软硬件技术获得的软著数量（个）": (str(len(s["copyrights"])), len(s["copyrights"])),
        "平台是否有自研形成的核心技术突破": ("是", True),
        "平台是否具备碳管理服务能力": ("是", True),
        "平台是否融合使用国家标识解析系统": ("是", True),
        "平台获得省部级及以上奖项/荣誉数量（个）": (str(s["awards"]), s["awards"]),
        "平台建设与运营带动新增就业人数（人）": (str(s["jobs"]), s["jobs"]),
        "平台社会贡献率（%）": (f2(s["social"]), s["social"]),
        "平台开放共享数据的形式及数量": (s["open_data"], s["open_data"]),
        "合作平台数量（个）": (str(s["partners"]), s["partners"]),
    }
    assert set(vals) == set(LABELS), set(LABELS) ^ set(vals)
    for label in LABELS:
        r[label] = vals[label]
    return r
