"""h54 platform model: one dict of declared values per package, every breakdown and formula derived from it."""

from __future__ import annotations

import random

LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(LABELS) == 103

SOLUTION_MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights summing exactly to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    ints = [int(r) for r in raw]
    rest = total - sum(ints)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - ints[i]), i))
    for i in order[:rest]:
        ints[i] += 1
    return ints


def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}")


def pct(a: float, b: float) -> float:
    return r2(a / b * 100)


def f2(x: float) -> str:
    return f"{x:.2f}"


def bd(keys: list[str], vals: list[int]) -> dict:
    return dict(zip(keys, vals))


def bd_text(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def build_values(s: dict) -> dict:
    """s: the package spec. Returns N (label -> normalized) and D (label -> display), plus derived extras."""
    N: dict = {}
    D: dict = {}

    def put(label, norm, disp=None):
        assert label in LABELS, label
        N[label] = norm
        if disp is None:
            if isinstance(norm, bool):
                disp = "是" if norm else "否"
            elif isinstance(norm, float):
                disp = f2(norm)
            elif isinstance(norm, dict):
                disp = bd_text(norm)
            else:
                disp = str(norm)
        D[label] = disp

    put("序号", s["list_no"])
    put("企业名称", s["company"])
    put("平台名称", s["platform"])
    put("平台性质", s["nature"])
    put("联系人姓名", s["contact"])
    put("联系人手机号", s["phone"])
    put("联系人电子邮箱", s["email"])
    put("评审会现场地址信息", s["address"])
    put("平台网址", s["url"])
    put("建设时间", s["build_time"])
    put("平台建设金额（万元）", s["build_amount"])
    r21, r22, r23 = s["rev"]
    g21 = s["g21"]
    g22 = pct(r22 - r21, r21)
    g23 = pct(r23 - r22, r22)
    s["_g"] = (g21, g22, g23)
    put("平台近三年经营指标情况",
        {"2021年平台营收（万元）": r21, "2021年增长率（%）": g21, "2022年平台营收（万元）": r22, "2022年增长率（%）": g22,
         "2023年平台营收（万元）": r23, "2023年增长率（%）": g23},
        f"2021年平台营收{f2(r21)}万元/增长率{f2(g21)}%；2022年平台营收{f2(r22)}万元/增长率{f2(g22)}%；"
        f"2023年平台营收{f2(r23)}万元/增长率{f2(g23)}%")
    put("平台建设方式", s.get("build_mode", "自建"))
    put("平台运营模式", s.get("op_mode", "自运营"))
    put("部署方式", s["deploy"])
    ops, opr = s["team"]
    put("平台团队总人数（人）", s.get("team_total", ops + opr))
    put("运维人数（人）", ops)
    put("运营人数（人）", opr)
    put("有相关技术职称/从业资格的人数（人）", s["qualified"])
    put("平台相关研发投入（万元）", s["rd"])
    put("平台相关研发投入强度（%）", pct(s["rd"], r23))
    put("平台相关营业收入（万元）", r23)
    put("平台利润率（%）", pct(s["profit"], r23))
    put("付费用户占比（%）", s.get("paying_ratio_override", pct(s["paying"], s["reg_ent"])))

    # devices
    dc = s["dev_cats"]
    regions = s["dev_regions"]  # names incl. overseas (marked with latin letters)
    tot = s["devices"]
    pub = s["dev_public"]
    daily = s["dev_daily"]
    over_names = [k for k in regions if any(c.isascii() and c.isalpha() for c in k)]
    cat_tot = split(tot, s["dev_cat_w"])
    reg_tot = split(tot, s["dev_reg_w"])
    cat_pub = split(pub, s["dev_cat_w"])
    reg_pub = split(pub, s["dev_reg_w"])
    cat_day = split(daily, s["dev_cat_w"])
    reg_day = split(daily, s["dev_reg_w"])
    put("连接的工业设备/产品/产线种类及数量（台/套）", tot)
    put("按二级分类统计工业设备数量（台/套）", bd(dc, cat_tot))
    put("按省市区域统计工业设备数量（台/套）", bd(regions, reg_tot))
    put("公有云工业设备连接数量（台/套）", pub)
    put("按二级分类统计公有云工业设备数量（台/套）", bd(dc, cat_pub))
    put("按省市区域统计公有云工业设备数量（台/套）", bd(regions, reg_pub))
    put("公有云工业设备平均日运行数量（台/套）", daily)
    put("按二级分类统计公有云工业设备平均日运行数量（台/套）", bd(dc, cat_day))
    put("按省市区域统计公有云工业设备平均日运行数量（台/套）", bd(regions, reg_day))
    over = {k: v for k, v in zip(regions, reg_tot) if k in over_names}
    put("海外设备连接数量（台/套）", sum(over.values()))
    if over:
        put("按海外国家分类统计海外设备连接数量（台/套）", over)
    else:
        put("按海外国家分类统计海外设备连接数量（台/套）", None, "")
    s["_dev"] = {"cat_tot": cat_tot, "reg_tot": reg_tot, "cat_pub": cat_pub, "reg_pub": reg_pub,
                 "cat_day": cat_day, "reg_day": reg_day}
    put("工业协议兼容适配数量（个）", s["protocols"])
    apps = s["apps"]
    put("工业软件总量（个）", s["software"])
    put("工业APP数量（个）", apps)
    put("基于平台开发的工业APP数量（个）", s["apps_native"])
    put("云化工业软件数量（个）", s["apps_cloud"])
    put("按分类统计工业APP数量（个）", bd(s["app_cats"], split(apps, s["app_cat_w"])))
    put("按行业统计工业APP数量（个）", bd(s["app_inds"], split(apps, s["app_ind_w"])))
    put("工业APP平均月活跃数量（个）", s["app_mau"])
    put("杀手锏APP数量（个）", 5)
    put("公有云杀手锏APP平均日在线用户数（个）", s["killer_dau"])
    put("杀手锏APP日活次数（次）", s["killer_times"])
    put("杀手锏APP月平均收入（万元）", s["killer_income"])
    put("公有云工业APP数量（个）", s["pub_apps"])
    put("公有云工业APP平均日活跃数量（个）", s["pub_app_dau"])
    put("按分类统计公有云工业APP平均日活跃数量（个）", bd(s["app_cats"], split(s["pub_app_dau"], s["app_cat_w"])))
    put("按行业统计公有云工业APP平均日活跃数量（个）", bd(s["app_inds"], split(s["pub_app_dau"], s["app_ind_w"])))
    put("平台实际用云量（台）", s["cloud_used"])
    put("平台公有云实际使用数量（台）", s["cloud_pub"])
    put("存储容量（TB）", s["storage_cap"])
    put("存储工业数据量（TB）", s["storage_data"])
    put("公有云数据总量（TB）", s["pub_data"])
    put("存储资源利用率（%）", s.get("storage_util_override", pct(s["storage_data"], s["storage_cap"])))
    put("工业机理模型数量（个）", s["models"])
    put("活跃机理模型数量（一周调用5次以上）（个）", s["models_active"])
    put("核心工业模型平均月调用用户数量（个）", s["model_users"])
    put("按分类统计工业模型数量（个）",
        bd(["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"], split(s["models"], s["model_w"])))
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", s["speed"][0], s["speed"][1])
    put("微服务数量（个）", s["ms"])
    put("活跃微服务数量（一周调用5次以上）（个）", s["ms_active"])
    put("开发者注册总数（个）", s["devs"])
    put("活跃开发者数（个）", s["devs_active"])
    put("平台是否建立安全管理体系", True, "是")
    put("有否定期开展第三方安全测试/测评", True, s["sec_test"])
    put("有否定期进行安全扫描", True, s["sec_scan"])
    served = s["served"]
    put("注册企业用户数（个）", s["reg_ent"])
    put("实际服务企业数（个）", served)
    put("按行业统计服务企业数（个）", bd(s["ent_inds"], split(served, s["ent_ind_w"])))
    ent_reg = bd(s["ent_regions"], split(served, s["ent_reg_w"]))
    put("按省市区域统计服务企业数（个）", ent_reg)
    put("付费企业数（个）", s["paying"])
    put("服务本市企业数量（个）", ent_reg["上海"])
    put("服务中小企业数量（个）", s["smes"])
    oa, ob = s["orders"]
    put("平台订单数量(近一年总量)（个）", {"2023年自然年": oa, "截至填表日前一年": ob},
        f"2023年自然年：{oa}个；截至填表日前一年：{ob}个")
    put("平台交易规模年增长率（%）", s["trade_growth"])
    put("工业APP订阅总数量（个）", s["app_subs"])
    put("杀手锏工业APP订阅数量（个）", s["killer_subs"])
    put("工业APP订阅总金额（万元）", s["app_sub_amount"])
    put("平台连接工业设备利用率（%）", s["dev_util"])
    put("平台国产化率（%）", s["domestic"])
    put("平台是否服务上海智能工厂，数量", s["factories"], f"是，{s['factories']}家")
    put("平台服务园区总数（个）", s["parks"])
    sols = split(s["solutions"], s["sol_w"])
    put("平台提供的解决方案总数（个）", s["solutions"])
    put("按新模式统计解决方案数量（个）", bd(SOLUTION_MODES, sols))
    put("投资回报率（%）", pct(s["profit"], s["build_amount"]))
    put("企业是否已上市或已获得VC/PE投资", s["vcpe"][0], "是" if s["vcpe"][0] else "否")
    put("平台连接工业设备运维成本平均下降率（%）", r2(sum(s["case_om"]) / 3))
    put("平台连接工业设备能耗平均下降率（%）", r2(sum(s["case_energy"]) / 3))
    put("平台连接工业设备安全生产持续时间平均提升率（%）", r2(sum(s["case_safe"]) / 3))
    put("平台现有特色指数（个）", s["indices"])
    put("平台核心软硬件技术获得的专利数量（项）", s["patents"])
    put("平台核心软硬件技术获得的软著数量（个）", s["softcr"])
    put("平台是否有自研形成的核心技术突破", True, "是")
    put("平台是否具备碳管理服务能力", s["carbon"], "是" if s["carbon"] else "否")
    put("平台是否融合使用国家标识解析系统", s["idres"], "是" if s["idres"] else "否")
    put("平台获得省部级及以上奖项/荣誉数量（个）", len(s["awards"]))
    put("平台建设与运营带动新增就业人数（人）", s["jobs"])
    put("平台社会贡献率（%）", s["social"])
    put("平台开放共享数据的形式及数量", s["open_data"])
    put("合作平台数量（个）", s["partners"])
    assert set(N) == set(LABELS)
    return {"N": N, "D": D}


def random_names(seed: int, n: int, stems: list[str], suffix: str) -> list[str]:
    rnd = random.Random(seed)
    out = []
    seen = set()
    while len(out) < n:
        name = rnd.choice(stems) + rnd.choice(["", "智能", "在线", "协同", "可视化", "自适应"]) + rnd.choice(
            ["分析", "监测", "诊断", "优化", "管理", "预测", "调度", "控制"]) + suffix
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out
