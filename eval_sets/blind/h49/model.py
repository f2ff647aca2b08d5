"""h49 package model: one dict of declared figures per package → 附件4 rows and 申报表 cells.

Written from the notice alone (附件2 指标明细表 + 填报指引, 附件4, 附录A–F).
"""

from __future__ import annotations

LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']
assert len(LABELS) == 103

MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]


def split(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights that add up to total exactly."""
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return parts


def fmt_dict(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def derive(p: dict) -> dict:
    """Fill every derived figure of a package spec (formulas, breakdowns) from its primary numbers."""
    q = dict(p)
    rev = q["rev"]  # {2020: .., 2021: .., 2022: .., 2023: ..} 万元
    q["growth"] = {y: r2((rev[y] - rev[y - 1]) / rev[y - 1] * 100) for y in (2021, 2022, 2023)}
    base = q.get("rev_declared_2023", rev[2023])
    q["rev_decl"] = base
    q["intensity"] = r2(q["rd"] / base * 100)
    q["margin"] = r2(q["profit"] / base * 100)
    q["roi"] = r2(q["profit"] / q["build_amount"] * 100)
    q["paid_ratio"] = r2(q["paid"] / q["registered"] * 100)
    q["storage_util"] = r2(q["data_tb"] / q["cap_tb"] * 100)
    # devices
    dom_total = q["dev_list_total"] - sum(q["overseas"].values())
    cats, cw = zip(*q["dev_cats"])
    q["dev_by_cat"] = dict(zip(cats, split(q["dev_list_total"], cw)))
    regs, rw = zip(*q["dev_regions"])
    q["dev_by_reg"] = {**dict(zip(regs, split(dom_total, rw))), **q["overseas"]}
    q["pub_by_cat"] = dict(zip(cats, split(q["pub"], cw)))
    pub_over = {k: v // 2 for k, v in q["overseas"].items()}
    q["pub_by_reg"] = {**dict(zip(regs, split(q["pub"] - sum(pub_over.values()), rw))), **pub_over}
    q["daily_by_cat"] = dict(zip(cats, split(q["daily"], cw)))
    daily_over = {k: v // 3 for k, v in q["overseas"].items()}
    q["daily_by_reg"] = {**dict(zip(regs, split(q["daily"] - sum(daily_over.values()), rw))), **daily_over}
    q.setdefault("dev_total", q["dev_list_total"])
    # apps
    q["apps"] = q["apps_dev"] + q["apps_cloud"]
    acats, aw = zip(*q["app_cats"])
    q["app_by_cat"] = dict(zip(acats, split(q["apps"], aw)))
    inds, iw = zip(*q["industries"])
    q["app_by_ind"] = dict(zip(inds, split(q["apps"], iw)))
    q["pubapp_daily_by_cat"] = dict(zip(acats, split(q["pubapp_daily"], aw)))
    q["pubapp_daily_by_ind"] = dict(zip(inds, split(q["pubapp_daily"], iw)))
    # models, solutions
    q.setdefault("models_decl", q["models"])
    q["model_by_cat"] = dict(zip(MODEL_CATS, split(q["models"], q["model_w"])))
    q["sol_by_mode"] = dict(zip(MODES, split(q["solutions"], q["sol_w"])))
    # enterprises
    q["ent_by_ind"] = dict(zip(inds, split(q["served"], iw)))
    eregs = [r for r in regs if r != "上海"]
    q["ent_by_reg"] = {"上海": q["local"], **dict(zip(eregs, split(q["served"] - q["local"], [1.0 / (i + 1) for i in range(len(eregs))])))}
    return q


def rows(q: dict) -> list[tuple[str, str, object]]:
    """The 103 附件4 rows (label, value as a reviewer writes it, normalised)."""
    rev, g = q["rev"], q["growth"]
    r23 = q["rev_decl"]
    three = {"2021年平台营收（万元）": rev[2021], "2021年增长率（%）": g[2021],
             "2022年平台营收（万元）": rev[2022], "2022年增长率（%）": g[2022],
             "2023年平台营收（万元）": r23, "2023年增长率（%）": q.get("growth_2023_decl", g[2023])}
    three_s = (f"2021年平台营收{rev[2021]:.2f}万元/增长率{g[2021]:.2f}%；2022年平台营收{rev[2022]:.2f}万元/增长率{g[2022]:.2f}%；"
               f"2023年平台营收{r23:.2f}万元/增长率{three['2023年增长率（%）']:.2f}%")
    orders = q["orders"]
    out = []

    def add(label, value, norm):
        out.append((label, value, norm))

    def num(label, v, dec=False):
        add(label, f"{v:.2f}" if dec else str(v), float(v) if dec else v)

    def dct(label, d):
        add(label, fmt_dict(d), dict(d))

    add("序号", str(q["list_no"]), q["list_no"])
    add("企业名称", q["company"], q["company"])
    add("平台名称", q["name"], q["name"])
    add("平台性质", q["nature"], q["nature"])
    add("联系人姓名", q["contact"], q["contact"])
    add("联系人手机号", q["phone"], q["phone"])
    add("联系人电子邮箱", q["email"], q["email"])
    add("评审会现场地址信息", q["address"], q["address"])
    add("平台网址", q["url"], q["url"])
    add("建设时间", q["period"], q["period"])
    num("平台建设金额（万元）", q["build_amount"], True)
    add("平台近三年经营指标情况", three_s, three)
    add("平台建设方式", q["build_mode"], q["build_mode"])
    add("平台运营模式", q["op_mode"], q["op_mode"])
    add("部署方式", q["deploy"], q["deploy"])
    num("平台团队总人数（人）", q["ops"] + q["opr"])
    num("运维人数（人）", q["ops"])
    num("运营人数（人）", q["opr"])
    num("有相关技术职称/从业资格的人数（人）", q["qualified"])
    num("平台相关研发投入（万元）", q["rd"], True)
    num("平台相关研发投入强度（%）", q["intensity"], True)
    num("平台相关营业收入（万元）", r23, True)
    num("平台利润率（%）", q["margin"], True)
    num("付费用户占比（%）", q["paid_ratio"], True)
    num("连接的工业设备/产品/产线种类及数量（台/套）", q["dev_total"])
    dct("按二级分类统计工业设备数量（台/套）", q["dev_by_cat"])
    dct("按省市区域统计工业设备数量（台/套）", q["dev_by_reg"])
    num("公有云工业设备连接数量（台/套）", q["pub"])
    dct("按二级分类统计公有云工业设备数量（台/套）", q["pub_by_cat"])
    dct("按省市区域统计公有云工业设备数量（台/套）", q["pub_by_reg"])
    num("公有云工业设备平均日运行数量（台/套）", q["daily"])
    dct("按二级分类统计公有云工业设备平均日运行数量（台/套）", q["daily_by_cat"])
    dct("按省市区域统计公有云工业设备平均日运行数量（台/套）", q["daily_by_reg"])
    num("海外设备连接数量（台/套）", sum(q["overseas"].values()))
    dct("按海外国家分类统计海外设备连接数量（台/套）", q["overseas"])
    num("工业协议兼容适配数量（个）", q["protocols"])
    num("工业软件总量（个）", q["software"])
    num("工业APP数量（个）", q["apps"])
    num("基于平台开发的工业APP数量（个）", q["apps_dev"])
    num("云化工业软件数量（个）", q["apps_cloud"])
    dct("按分类统计工业APP数量（个）", q["app_by_cat"])
    dct("按行业统计工业APP数量（个）", q["app_by_ind"])
    num("工业APP平均月活跃数量（个）", q["app_mau"])
    num("杀手锏APP数量（个）", 5)
    num("公有云杀手锏APP平均日在线用户数（个）", q["killer_dau"])
    num("杀手锏APP日活次数（次）", q["killer_hits"])
    num("杀手锏APP月平均收入（万元）", q["killer_income"], True)
    num("公有云工业APP数量（个）", q["pubapps"])
    num("公有云工业APP平均日活跃数量（个）", q["pubapp_daily"])
    dct("按分类统计公有云工业APP平均日活跃数量（个）", q["pubapp_daily_by_cat"])
    dct("按行业统计公有云工业APP平均日活跃数量（个）", q["pubapp_daily_by_ind"])
    num("平台实际用云量（台）", q["cloud"], True)
    num("平台公有云实际使用数量（台）", q["pubcloud"])
    num("存储容量（TB）", q["cap_tb"], True)
    num("存储工业数据量（TB）", q["data_tb"], True)
    num("公有云数据总量（TB）", q["pub_tb"], True)
    num("存储资源利用率（%）", q["storage_util"], True)
    num("工业机理模型数量（个）", q["models_decl"])
    num("活跃机理模型数量（一周调用5次以上）（个）", q["models_active"])
    num("核心工业模型平均月调用用户数量（个）", q["model_users"])
    dct("按分类统计工业模型数量（个）", q["model_by_cat"])
    add("数据分析平台均速度（每TB分级/秒级/毫秒级）", q["speed"], q["speed"][:2])
    num("微服务数量（个）", q["ms"])
    num("活跃微服务数量（一周调用5次以上）（个）", q["ms_active"])
    num("开发者注册总数（个）", q["devs"])
    num("活跃开发者数（个）", q["devs_active"])
    add("平台是否建立安全管理体系", "是", True)
    add("有否定期开展第三方安全测试/测评", "是", True)
    add("有否定期进行安全扫描", "是", True)
    num("注册企业用户数（个）", q["registered"])
    num("实际服务企业数（个）", q["served"])
    dct("按行业统计服务企业数（个）", q["ent_by_ind"])
    dct("按省市区域统计服务企业数（个）", q["ent_by_reg"])
    num("付费企业数（个）", q["paid"])
    num("服务本市企业数量（个）", q["local"])
    num("服务中小企业数量（个）", q["sme"])
    add("平台订单数量(近一年总量)（个）", f"2023年自然年：{orders}个", {"2023年自然年": orders})
    num("平台交易规模年增长率（%）", q["trade_growth"], True)
    num("工业APP订阅总数量（个）", q["subs"])
    num("杀手锏工业APP订阅数量（个）", q["killer_subs"])
    num("工业APP订阅总金额（万元）", q["subs_amount"], True)
    num("平台连接工业设备利用率（%）", q["dev_util"], True)
    num("平台国产化率（%）", q["domestic"], True)
    add("平台是否服务上海智能工厂，数量", f"是，{q['factories']}家", q["factories"])
    num("平台服务园区总数（个）", q["parks"])
    num("平台提供的解决方案总数（个）", q["solutions"])
    dct("按新模式统计解决方案数量（个）", q["sol_by_mode"])
    num("投资回报率（%）", q["roi"], True)
    add("企业是否已上市或已获得VC/PE投资", "是" if q["listed"] else "否", q["listed"])
    num("平台连接工业设备运维成本平均下降率（%）", q["cost_down"], True)
    num("平台连接工业设备能耗平均下降率（%）", q["energy_down"], True)
    num("平台连接工业设备安全生产持续时间平均提升率（%）", q["safety_up"], True)
    num("平台现有特色指数（个）", q["indices"])
    num("平台核心软硬件技术获得的专利数量（项）", q["patents"])
    num("平台核心软硬件技术获得的软著数量（个）", q["copyrights_decl"])
    add("平台是否有自研形成的核心技术突破", "是", True)
    add("平台是否具备碳管理服务能力", "是" if q["carbon"] else "否", q["carbon"])
    add("平台是否融合使用国家标识解析系统", "是", True)
    num("平台获得省部级及以上奖项/荣誉数量（个）", len(q["awards"]) if q.get("awards_listed", True) else q["awards_count"])
    num("平台建设与运营带动新增就业人数（人）", q["jobs"])
    num("平台社会贡献率（%）", q["social"], True)
    add("平台开放共享数据的形式及数量", q["open_data"], q["open_data"])
    num("合作平台数量（个）", q["partners"])
    assert [o[0] for o in out] == LABELS
    return out


def audit_clean(q: dict) -> None:
    """Consistency a clean package must have (asserted at build time)."""
    assert sum(q["dev_by_cat"].values()) == q["dev_total"] == sum(q["dev_by_reg"].values())
    assert sum(q["pub_by_cat"].values()) == q["pub"] == sum(q["pub_by_reg"].values())
    assert sum(q["daily_by_cat"].values()) == q["daily"] == sum(q["daily_by_reg"].values())
    assert q["daily"] <= q["pub"] <= q["dev_total"]
    assert q["apps"] <= q["software"] and q["app_mau"] <= q["apps"] and q["pubapp_daily"] <= q["pubapps"] <= q["apps"]
    assert sum(q["app_by_cat"].values()) == q["apps"] == sum(q["app_by_ind"].values())
    assert sum(q["model_by_cat"].values()) == q["models_decl"] and q["models_active"] <= q["models_decl"]
    assert q["ms_active"] <= q["ms"] and q["devs_active"] <= q["devs"]
    assert q["sme"] <= q["served"] <= q["registered"] and q["paid"] <= q["served"] and q["local"] <= q["served"]
    assert sum(q["ent_by_reg"].values()) == q["served"] == sum(q["ent_by_ind"].values())
    assert q["killer_subs"] <= q["subs"] and q["pub_tb"] <= q["data_tb"] <= q["cap_tb"] and q["pubcloud"] <= q["cloud"]
    assert sum(q["sol_by_mode"].values()) == q["solutions"]
