"""Consistent indicator values for an h39 package, from a few primary numbers, and the 附件4 rows."""

from __future__ import annotations

LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(LABELS) == 103

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
NEW_MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    rest = total - sum(out)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:rest]:
        out[i] += 1
    return out


def bd(keys, values) -> dict:
    return dict(zip(keys, values))


def bd_text(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def f2(x: float) -> str:
    return f"{x:.2f}"


def th(x) -> str:
    """Thousands separators as printed in evidence."""
    if isinstance(x, float):
        return f"{x:,.2f}"
    return f"{x:,}"


def synth(p: dict) -> dict:
    """All indicator values from the primary numbers p (a dict). Returns the value dict v."""
    v = dict(p)
    rev = p["rev"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
    v["growth"] = {y: r2((rev[y] / rev[y - 1] - 1) * 100) for y in (2021, 2022, 2023)}
    v["rev23"] = rev[2023]
    v["rd_ratio"] = r2(p["rd"] / rev[2023] * 100)
    v["profit_ratio"] = r2(p["profit"] / rev[2023] * 100)
    v["roi"] = r2(p["profit"] / p["build_amount"] * 100)
    v["team"] = p["ops"] + p["oper"]
    # devices
    cats, cw = p["dev_cats"], p["dev_cat_w"]
    regs, rw = p["dev_regs"], p["dev_reg_w"]
    v["dev_cat"] = bd(cats, split(p["dev_total"], cw))
    v["dev_reg"] = bd(regs, split(p["dev_total"], rw))
    v["pub_cat"] = bd(cats, split(p["pub_total"], cw))
    v["pub_reg"] = bd(regs, split(p["pub_total"], rw))
    v["run_cat"] = bd(cats, split(p["run_total"], cw))
    v["run_reg"] = bd(regs, split(p["run_total"], rw))
    v["overseas"] = {k: n for k, n in v["dev_reg"].items() if any(c.isascii() and c.isalpha() for c in k)}
    v["overseas_total"] = sum(v["overseas"].values())
    v["dev_util"] = r2(p["run_total"] / p["pub_total"] * 100)
    # apps
    v["apps"] = p["apps_dev"] + p["apps_cloud"]
    v["app_cat"] = bd(APP_CATS, split(v["apps"], p["app_cat_w"]))
    v["app_ind"] = bd(p["industries"], split(v["apps"], p["ind_w"]))
    v["pub_app_cat"] = bd(APP_CATS, split(p["pub_app_active"], p["app_cat_w"]))
    v["pub_app_ind"] = bd(p["industries"], split(p["pub_app_active"], p["ind_w"]))
    # storage
    v["storage_util"] = r2(p["data_tb"] / p["cap_tb"] * 100)
    v["model_cat"] = bd(MODEL_CATS, split(p["models"], p["model_w"]))
    # enterprises
    v["ent_ind"] = bd(p["industries"], split(p["served"], p["ind_w"]))
    local = p["served_local"]
    others = split(p["served"] - local, p["ent_reg_w"])
    v["ent_reg"] = {"上海": local, **bd(p["ent_regs"], others)}
    v["paid_ratio"] = r2(p["paid"] / p["registered"] * 100)
    v["sol_modes"] = bd(NEW_MODES, split(p["solutions"], p["sol_w"]))
    return v


def rows(v: dict, ident: dict) -> list[tuple[str, str, object]]:
    """(label, value, normalized) for the 103 附件4 rows, as a reviewer writes them from the 申报表."""
    rev, g = v["rev"], v["growth"]
    out = {
        "序号": (str(ident["no"]), ident["no"]),
        "企业名称": (ident["company"], ident["company"]),
        "平台名称": (ident["declared_name"], ident["declared_name"]),
        "平台性质": (ident["nature"], ident["nature"]),
        "联系人姓名": (ident["contact"], ident["contact"]),
        "联系人手机号": (ident["phone"], ident["phone"]),
        "联系人电子邮箱": (ident["email"], ident["email"]),
        "评审会现场地址信息": (ident["venue"], ident["venue"]),
        "平台网址": (ident["url"], ident["url"]),
        "建设时间": (ident["period"], ident["period"]),
        "平台建设金额（万元）": (f2(v["build_amount"]), v["build_amount"]),
        "平台近三年经营指标情况": (
            "；".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023)),
            {k: val for y in (2021, 2022, 2023) for k, val in ((f"{y}年平台营收（万元）", rev[y]), (f"{y}年增长率（%）", g[y]))}),
        "平台建设方式": (ident["build_mode"], ident["build_mode"]),
        "平台运营模式": (ident["op_mode"], ident["op_mode"]),
        "部署方式": (ident["deploy"], ident["deploy"]),
        "平台团队总人数（人）": (str(v["team"]), v["team"]),
        "运维人数（人）": (str(v["ops"]), v["ops"]),
        "运营人数（人）": (str(v["oper"]), v["oper"]),
        "有相关技术职称/从业资格的人数（人）": (str(v["qualified"]), v["qualified"]),
        "平台相关研发投入（万元）": (f2(v["rd"]), v["rd"]),
        "平台相关研发投入强度（%）": (f2(v["rd_ratio"]), v["rd_ratio"]),
        "平台相关营业收入（万元）": (f2(rev[2023]), rev[2023]),
        "平台利润率（%）": (f2(v["profit_ratio"]), v["profit_ratio"]),
        "付费用户占比（%）": (f2(v["paid_ratio"]), v["paid_ratio"]),
        "连接的工业设备/产品/产线种类及数量（台/套）": (str(v["dev_total"]), v["dev_total"]),
        "按二级分类统计工业设备数量（台/套）": (bd_text(v["dev_cat"]), v["dev_cat"]),
        "按省市区域统计工业设备数量（台/套）": (bd_text(v["dev_reg"]), v["dev_reg"]),
        "公有云工业设备连接数量（台/套）": (str(v["pub_total"]), v["pub_total"]),
        "按二级分类统计公有云工业设备数量（台/套）": (bd_text(v["pub_cat"]), v["pub_cat"]),
        "按省市区域统计公有云工业设备数量（台/套）": (bd_text(v["pub_reg"]), v["pub_reg"]),
        "公有云工业设备平均日运行数量（台/套）": (str(v["run_total"]), v["run_total"]),
        "按二级分类统计公有云工业设备平均日运行数量（台/套）": (bd_text(v["run_cat"]), v["run_cat"]),
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": (bd_text(v["run_reg"]), v["run_reg"]),
        "海外设备连接数量（台/套）": (str(v["overseas_total"]), v["overseas_total"]),
        "按海外国家分类统计海外设备连接数量（台/套）": (bd_text(v["overseas"]), v["overseas"]),
        "工业协议兼容适配数量（个）": (str(v["protocols"]), v["protocols"]),
        "工业软件总量（个）": (str(v["software"]), v["software"]),
        "工业APP数量（个）": (str(v["apps"]), v["apps"]),
        "基于平台开发的工业APP数量（个）": (str(v["apps_dev"]), v["apps_dev"]),
        "云化工业软件数量（个）": (str(v["apps_cloud"]), v["apps_cloud"]),
        "按分类统计工业APP数量（个）": (bd_text(v["app_cat"]), v["app_cat"]),
        "按行业统计工业APP数量（个）": (bd_text(v["app_ind"]), v["app_ind"]),
        "工业APP平均月活跃数量（个）": (str(v["app_mau"]), v["app_mau"]),
        "杀手锏APP数量（个）": ("5", 5),
        "公有云杀手锏APP平均日在线用户数（个）": (str(v["killer_dau"]), v["killer_dau"]),
        "杀手锏APP日活次数（次）": (str(v["killer_hits"]), v["killer_hits"]),
        "杀手锏APP月平均收入（万元）": (f2(v["killer_income"]), v["killer_income"]),
        "公有云工业APP数量（个）": (str(v["pub_apps"]), v["pub_apps"]),
        "公有云工业APP平均日活跃数量（个）": (str(v["pub_app_active"]), v["pub_app_active"]),
        "按分类统计公有云工业APP平均日活跃数量（个）": (bd_text(v["pub_app_cat"]), v["pub_app_cat"]),
        "按行业统计公有云工业APP平均日活跃数量（个）": (bd_text(v["pub_app_ind"]), v["pub_app_ind"]),
        "平台实际用云量（台）": (f2(v["cloud_servers"]), v["cloud_servers"]),
        "平台公有云实际使用数量（台）": (str(v["pub_servers"]), v["pub_servers"]),
        "存储容量（TB）": (f2(v["cap_tb"]), v["cap_tb"]),
        "存储工业数据量（TB）": (f2(v["data_tb"]), v["data_tb"]),
        "公有云数据总量（TB）": (f2(v["pub_tb"]), v["pub_tb"]),
        "存储资源利用率（%）": (f2(v["storage_util_declared"]), v["storage_util_declared"]),
        "工业机理模型数量（个）": (str(v["models"]), v["models"]),
        "活跃机理模型数量（一周调用5次以上）（个）": (str(v["models_active"]), v["models_active"]),
        "核心工业模型平均月调用用户数量（个）": (str(v["model_users"]), v["model_users"]),
        "按分类统计工业模型数量（个）": (bd_text(v["model_cat"]), v["model_cat"]),
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": (v["speed"], v["speed"][:3] if v["speed"].startswith("毫秒级") else v["speed"][:2]),
        "微服务数量（个）": (str(v["ms"]), v["ms"]),
        "活跃微服务数量（一周调用5次以上）（个）": (str(v["ms_active"]), v["ms_active"]),
        "开发者注册总数（个）": (str(v["devs"]), v["devs"]),
        "活跃开发者数（个）": (str(v["devs_active"]), v["devs_active"]),
        "平台是否建立安全管理体系": ("是", True),
        "有否定期开展第三方安全测试/测评": ("是", True),
        "有否定期进行安全扫描": ("是", True),
        "注册企业用户数（个）": (str(v["registered"]), v["registered"]),
        "实际服务企业数（个）": (str(v["served"]), v["served"]),
        "按行业统计服务企业数（个）": (bd_text(v["ent_ind"]), v["ent_ind"]),
        "按省市区域统计服务企业数（个）": (bd_text(v["ent_reg"]), v["ent_reg"]),
        "付费企业数（个）": (str(v["paid"]), v["paid"]),
        "服务本市企业数量（个）": (str(v["served_local"]), v["served_local"]),
        "服务中小企业数量（个）": (str(v["sme"]), v["sme"]),
        "平台订单数量(近一年总量)（个）": (f"2023年自然年：{v['orders'][0]}个；截至填表日前一年：{v['orders'][1]}个",
                                  {"2023年自然年": v["orders"][0], "截至填表日前一年": v["orders"][1]}),
        "平台交易规模年增长率（%）": (f2(v["trade_growth"]), v["trade_growth"]),
        "工业APP订阅总数量（个）": (str(v["subs"]), v["subs"]),
        "杀手锏工业APP订阅数量（个）": (str(v["killer_subs"]), v["killer_subs"]),
        "工业APP订阅总金额（万元）": (f2(v["subs_amount"]), v["subs_amount"]),
        "平台连接工业设备利用率（%）": (f2(v["dev_util"]), v["dev_util"]),
        "平台国产化率（%）": (f2(v["domestic"]), v["domestic"]),
        "平台是否服务上海智能工厂，数量": (f"是，{v['smart_factories']}家", v["smart_factories"]),
        "平台服务园区总数（个）": (str(v["parks"]), v["parks"]),
        "平台提供的解决方案总数（个）": (str(v["solutions"]), v["solutions"]),
        "按新模式统计解决方案数量（个）": (bd_text(v["sol_modes"]), v["sol_modes"]),
        "投资回报率（%）": (f2(v["roi"]), v["roi"]),
        "企业是否已上市或已获得VC/PE投资": (v["listed"][0], v["listed"][0] == "是"),
        "平台连接工业设备运维成本平均下降率（%）": (f2(v["om_down"]), v["om_down"]),
        "平台连接工业设备能耗平均下降率（%）": (f2(v["energy_down"]), v["energy_down"]),
        "平台连接工业设备安全生产持续时间平均提升率（%）": (f2(v["safety_up"]), v["safety_up"]),
        "平台现有特色指数（个）": (str(v["indices"]), v["indices"]),
        "平台核心软硬件技术获得的专利数量（项）": (str(v["patents"]), v["patents"]),
        "平台核心软硬件技术获得的软著数量（个）": (str(v["copyrights"]), v["copyrights"]),
        "平台是否有自研形成的核心技术突破": ("是", True),
        "平台是否具备碳管理服务能力": (v["carbon"][0], v["carbon"][0] == "是"),
        "平台是否融合使用国家标识解析系统": (v["ident_res"][0], v["ident_res"][0] == "是"),
        "平台获得省部级及以上奖项/荣誉数量（个）": (str(v["awards"]), v["awards"]),
        "平台建设与运营带动新增就业人数（人）": (str(v["jobs"]), v["jobs"]),
        "平台社会贡献率（%）": (f2(v["social"]), v["social"]),
        "平台开放共享数据的形式及数量": (v["open_data"], v["open_data"]),
        "合作平台数量（个）": (str(v["partners"]), v["partners"]),
    }
    assert list(out) == LABELS, set(LABELS) ^ set(out)
    return [(k, *out[k]) for k in LABELS]
