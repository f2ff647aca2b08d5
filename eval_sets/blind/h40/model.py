"""Indicator values of one package: primary numbers in, the 103 附件4 rows out (all derived consistently)."""
from __future__ import annotations

LABELS = ["序号", "企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息", "平台网址", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "部署方式", "平台团队总人数（人）", "运维人数（人）", "运营人数（人）", "有相关技术职称/从业资格的人数（人）", "平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）", "平台利润率（%）", "付费用户占比（%）", "连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", "公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）", "工业协议兼容适配数量（个）", "工业软件总量（个）", "工业APP数量（个）", "基于平台开发的工业APP数量（个）", "云化工业软件数量（个）", "按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）", "工业APP平均月活跃数量（个）", "杀手锏APP数量（个）", "公有云杀手锏APP平均日在线用户数（个）", "杀手锏APP日活次数（次）", "杀手锏APP月平均收入（万元）", "公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）", "平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）", "工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）", "核心工业模型平均月调用用户数量（个）", "按分类统计工业模型数量（个）", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "微服务数量（个）", "活跃微服务数量（一周调用5次以上）（个）", "开发者注册总数（个）", "活跃开发者数（个）", "平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "注册企业用户数（个）", "实际服务企业数（个）", "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）", "平台订单数量(近一年总量)（个）", "平台交易规模年增长率（%）", "工业APP订阅总数量（个）", "杀手锏工业APP订阅数量（个）", "工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）", "平台国产化率（%）", "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）", "平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）", "投资回报率（%）", "企业是否已上市或已获得VC/PE投资", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台现有特色指数（个）", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", "平台获得省部级及以上奖项/荣誉数量（个）", "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）", "平台开放共享数据的形式及数量", "合作平台数量（个）"]
assert len(LABELS) == 103

MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
MODEL_CLASSES = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]


def split(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights that add up exactly to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def f2(x: float) -> str:
    return f"{x:.2f}"


def bd(keys: list[str], vals: list[int]) -> dict[str, int]:
    return {k: v for k, v in zip(keys, vals) if v}


def bd_text(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def comma(n) -> str:
    if isinstance(n, int):
        return f"{n:,}"
    return f"{n:,.2f}"


def derive(p: dict) -> dict:
    """p: the primary numbers and texts of a package. Returns p enriched with all derived values."""
    v = dict(p)
    # finance
    rev = v["rev"]  # {2021: x, 2022: y, 2023: z}
    v["growth"] = {2021: v["growth2021"], 2022: r2((rev[2022] / rev[2021] - 1) * 100),
                   2023: r2((rev[2023] / rev[2022] - 1) * 100)}
    v["rd_intensity"] = r2(v["rd"] / rev[2023] * 100)
    v["margin"] = r2(v["profit"] / rev[2023] * 100)
    v["roi"] = r2(v["profit"] / v["build_amount"] * 100)
    v["paid_share"] = r2(v["paid"] / v["registered"] * 100)
    v["team"] = v["ops"] + v["run"]
    # devices
    cats, cw = v["dev_cats"]
    regs, rw = v["dev_regions"]
    ov_keys, ow = v["overseas"]
    ov = split(v["overseas_total"], ow) if ov_keys else []
    dom = v["devices"] - v["overseas_total"]
    v["dev_cat"] = bd(cats, split(v["devices"], cw))
    v["dev_reg"] = {**bd(regs, split(dom, rw)), **bd(ov_keys, ov)}
    v["ov"] = bd(ov_keys, ov)
    pub_ov = split(v["pub_overseas"], ow) if ov_keys else []
    v["pub_cat"] = bd(cats, split(v["pub_devices"], cw))
    v["pub_reg"] = {**bd(regs, split(v["pub_devices"] - v["pub_overseas"], rw)), **bd(ov_keys, pub_ov)}
    run_ov = split(v["run_overseas"], ow) if ov_keys else []
    v["run_cat"] = bd(cats, split(v["run_devices"], cw))
    v["run_reg"] = {**bd(regs, split(v["run_devices"] - v["run_overseas"], rw)), **bd(ov_keys, run_ov)}
    v["dev_util"] = r2(v["run_devices"] / v["pub_devices"] * 100)
    # apps
    v["apps"] = v["apps_native"] + v["apps_cloud"]
    ac, aw = v["app_cats"]
    ai, iw = v["app_inds"]
    v["app_cat"] = bd(ac, split(v["apps"], aw))
    v["app_ind"] = bd(ai, split(v["apps"], iw))
    v["pub_app_cat"] = bd(ac, split(v["pub_app_daily"], aw))
    v["pub_app_ind"] = bd(ai, split(v["pub_app_daily"], iw))
    # storage
    v["storage_util"] = r2(v["data_tb"] / v["storage_tb"] * 100)
    v["model_cat"] = bd(MODEL_CLASSES, split(v["models"], v["model_w"]))
    # users
    si, sw = v["srv_inds"]
    v["srv_ind"] = bd(si, split(v["served"], sw))
    sr, srw = v["srv_regions"]
    others = split(v["served"] - v["local"], srw)
    v["srv_reg"] = {"上海": v["local"], **bd(sr, others)}
    v["sol_mode"] = bd(MODES, split(v["solutions"], v["sol_w"]))
    return v


def rows(v: dict) -> list[tuple[str, str, object]]:
    """(label, value as a reviewer writes it, normalized) for the 103 附件4 rows."""
    g, rev = v["growth"], v["rev"]
    three = "；".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
    three_n = {}
    for y in (2021, 2022, 2023):
        three_n[f"{y}年平台营收（万元）"] = r2(rev[y])
        three_n[f"{y}年增长率（%）"] = r2(g[y])
    out = {
        "序号": (str(v["list_no"]), v["list_no"]),
        "企业名称": (v["company"], v["company"]),
        "平台名称": (v["platform"], v["platform"]),
        "平台性质": (v["nature"], v["nature"]),
        "联系人姓名": (v["contact"], v["contact"]),
        "联系人手机号": (v["phone"], v["phone"]),
        "联系人电子邮箱": (v["email"], v["email"]),
        "评审会现场地址信息": (v["venue"], v["venue"]),
        "平台网址": (v["url"], v["url"]),
        "建设时间": (v["build_time"], v["build_time"]),
        "平台建设金额（万元）": (f2(v["build_amount"]), r2(v["build_amount"])),
        "平台近三年经营指标情况": (three, three_n),
        "平台建设方式": (v["build_mode"], v["build_mode"]),
        "平台运营模式": (v["op_mode"], v["op_mode"]),
        "部署方式": (v["deploy"], v["deploy"]),
        "平台团队总人数（人）": (str(v["team"]), v["team"]),
        "运维人数（人）": (str(v["ops"]), v["ops"]),
        "运营人数（人）": (str(v["run"]), v["run"]),
        "有相关技术职称/从业资格的人数（人）": (str(v["qualified"]), v["qualified"]),
        "平台相关研发投入（万元）": (f2(v["rd"]), r2(v["rd"])),
        "平台相关研发投入强度（%）": (f2(v["rd_intensity"]), v["rd_intensity"]),
        "平台相关营业收入（万元）": (f2(rev[2023]), r2(rev[2023])),
        "平台利润率（%）": (f2(v["margin"]), v["margin"]),
        "付费用户占比（%）": (f2(v["paid_share"]), v["paid_share"]),
        "连接的工业设备/产品/产线种类及数量（台/套）": (str(v["devices"]), v["devices"]),
        "按二级分类统计工业设备数量（台/套）": (bd_text(v["dev_cat"]), v["dev_cat"]),
        "按省市区域统计工业设备数量（台/套）": (bd_text(v["dev_reg"]), v["dev_reg"]),
        "公有云工业设备连接数量（台/套）": (str(v["pub_devices"]), v["pub_devices"]),
        "按二级分类统计公有云工业设备数量（台/套）": (bd_text(v["pub_cat"]), v["pub_cat"]),
        "按省市区域统计公有云工业设备数量（台/套）": (bd_text(v["pub_reg"]), v["pub_reg"]),
        "公有云工业设备平均日运行数量（台/套）": (str(v["run_devices"]), v["run_devices"]),
        "按二级分类统计公有云工业设备平均日运行数量（台/套）": (bd_text(v["run_cat"]), v["run_cat"]),
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": (bd_text(v["run_reg"]), v["run_reg"]),
        "海外设备连接数量（台/套）": (str(v["overseas_total"]), v["overseas_total"]),
        "按海外国家分类统计海外设备连接数量（台/套）": (bd_text(v["ov"]) if v["ov"] else "无", v["ov"] if v["ov"] else None),
        "工业协议兼容适配数量（个）": (str(v["protocols"]), v["protocols"]),
        "工业软件总量（个）": (str(v["software"]), v["software"]),
        "工业APP数量（个）": (str(v["apps"]), v["apps"]),
        "基于平台开发的工业APP数量（个）": (str(v["apps_native"]), v["apps_native"]),
        "云化工业软件数量（个）": (str(v["apps_cloud"]), v["apps_cloud"]),
        "按分类统计工业APP数量（个）": (bd_text(v["app_cat"]), v["app_cat"]),
        "按行业统计工业APP数量（个）": (bd_text(v["app_ind"]), v["app_ind"]),
        "工业APP平均月活跃数量（个）": (str(v["app_mau"]), v["app_mau"]),
        "杀手锏APP数量（个）": ("5", 5),
        "公有云杀手锏APP平均日在线用户数（个）": (str(v["killer_dau"]), v["killer_dau"]),
        "杀手锏APP日活次数（次）": (str(v["killer_hits"]), v["killer_hits"]),
        "杀手锏APP月平均收入（万元）": (f2(v["killer_income"]), r2(v["killer_income"])),
        "公有云工业APP数量（个）": (str(v["pub_apps"]), v["pub_apps"]),
        "公有云工业APP平均日活跃数量（个）": (str(v["pub_app_daily"]), v["pub_app_daily"]),
        "按分类统计公有云工业APP平均日活跃数量（个）": (bd_text(v["pub_app_cat"]), v["pub_app_cat"]),
        "按行业统计公有云工业APP平均日活跃数量（个）": (bd_text(v["pub_app_ind"]), v["pub_app_ind"]),
        "平台实际用云量（台）": (f2(v["cloud_servers"]), r2(v["cloud_servers"])),
        "平台公有云实际使用数量（台）": (str(v["pub_servers"]), v["pub_servers"]),
        "存储容量（TB）": (f2(v["storage_tb"]), r2(v["storage_tb"])),
        "存储工业数据量（TB）": (f2(v["data_tb"]), r2(v["data_tb"])),
        "公有云数据总量（TB）": (f2(v["pub_data_tb"]), r2(v["pub_data_tb"])),
        "存储资源利用率（%）": (f2(v["storage_util"]), v["storage_util"]),
        "工业机理模型数量（个）": (str(v["models"]), v["models"]),
        "活跃机理模型数量（一周调用5次以上）（个）": (str(v["active_models"]), v["active_models"]),
        "核心工业模型平均月调用用户数量（个）": (str(v["model_users"]), v["model_users"]),
        "按分类统计工业模型数量（个）": (bd_text(v["model_cat"]), v["model_cat"]),
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": (v["speed_text"], v["speed"]),
        "微服务数量（个）": (str(v["micro"]), v["micro"]),
        "活跃微服务数量（一周调用5次以上）（个）": (str(v["active_micro"]), v["active_micro"]),
        "开发者注册总数（个）": (str(v["developers"]), v["developers"]),
        "活跃开发者数（个）": (str(v["active_dev"]), v["active_dev"]),
        "平台是否建立安全管理体系": ("是", True),
        "有否定期开展第三方安全测试/测评": ("是", True),
        "有否定期进行安全扫描": ("是", True),
        "注册企业用户数（个）": (str(v["registered"]), v["registered"]),
        "实际服务企业数（个）": (str(v["served"]), v["served"]),
        "按行业统计服务企业数（个）": (bd_text(v["srv_ind"]), v["srv_ind"]),
        "按省市区域统计服务企业数（个）": (bd_text(v["srv_reg"]), v["srv_reg"]),
        "付费企业数（个）": (str(v["paid"]), v["paid"]),
        "服务本市企业数量（个）": (str(v["local"]), v["local"]),
        "服务中小企业数量（个）": (str(v["sme"]), v["sme"]),
        "平台订单数量(近一年总量)（个）": (f"2023年自然年：{v['orders'][0]}个；截至填表日前一年：{v['orders'][1]}个",
                                  {"2023年自然年": v["orders"][0], "截至填表日前一年": v["orders"][1]}),
        "平台交易规模年增长率（%）": (f2(v["trade_growth"]), r2(v["trade_growth"])),
        "工业APP订阅总数量（个）": (str(v["subs"]), v["subs"]),
        "杀手锏工业APP订阅数量（个）": (str(v["killer_subs"]), v["killer_subs"]),
        "工业APP订阅总金额（万元）": (f2(v["subs_amount"]), r2(v["subs_amount"])),
        "平台连接工业设备利用率（%）": (f2(v["dev_util"]), v["dev_util"]),
        "平台国产化率（%）": (f2(v["domestic"]), r2(v["domestic"])),
        "平台是否服务上海智能工厂，数量": (f"是，{v['smart_factories']}家", v["smart_factories"]),
        "平台服务园区总数（个）": (str(v["parks"]), v["parks"]),
        "平台提供的解决方案总数（个）": (str(v["solutions"]), v["solutions"]),
        "按新模式统计解决方案数量（个）": (bd_text(v["sol_mode"]), v["sol_mode"]),
        "投资回报率（%）": (f2(v["roi"]), v["roi"]),
        "企业是否已上市或已获得VC/PE投资": (v["vc"][0], v["vc"][0] == "是"),
        "平台连接工业设备运维成本平均下降率（%）": (f2(v["cost_down"]), r2(v["cost_down"])),
        "平台连接工业设备能耗平均下降率（%）": (f2(v["energy_down"]), r2(v["energy_down"])),
        "平台连接工业设备安全生产持续时间平均提升率（%）": (f2(v["safety_up"]), r2(v["safety_up"])),
        "平台现有特色指数（个）": (str(v["indices"]), v["indices"]),
        "平台核心软硬件技术获得的专利数量（项）": (str(v["patents"]), v["patents"]),
        "平台核心软硬件技术获得的软著数量（个）": (str(v["softcr"]), v["softcr"]),
        "平台是否有自研形成的核心技术突破": ("是", True),
        "平台是否具备碳管理服务能力": ("是" if v["carbon"] else "否", bool(v["carbon"])),
        "平台是否融合使用国家标识解析系统": ("是", True),
        "平台获得省部级及以上奖项/荣誉数量（个）": (str(len(v["awards"])), len(v["awards"])),
        "平台建设与运营带动新增就业人数（人）": (str(v["jobs"]), v["jobs"]),
        "平台社会贡献率（%）": (f2(v["social"]), r2(v["social"])),
        "平台开放共享数据的形式及数量": (v["open_data"], v["open_data"]),
        "合作平台数量（个）": (str(v["partners"]), v["partners"]),
    }
    assert list(out) == LABELS, set(LABELS) ^ set(out)
    return [(k, a, b) for k, (a, b) in out.items()]
