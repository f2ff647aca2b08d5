"""One consistent model of a platform's declared figures (h33). Planted problems are applied afterwards by the specs."""

from __future__ import annotations

import random

LABELS = ["序号", "企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息", "平台网址", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式", "部署方式", "平台团队总人数（人）", "运维人数（人）", "运营人数（人）", "有相关技术职称/从业资格的人数（人）", "平台相关研发投入（万元）", "平台相关研发投入强度（%）", "平台相关营业收入（万元）", "平台利润率（%）", "付费用户占比（%）", "连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", "公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "海外设备连接数量（台/套）", "按海外国家分类统计海外设备连接数量（台/套）", "工业协议兼容适配数量（个）", "工业软件总量（个）", "工业APP数量（个）", "基于平台开发的工业APP数量（个）", "云化工业软件数量（个）", "按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）", "工业APP平均月活跃数量（个）", "杀手锏APP数量（个）", "公有云杀手锏APP平均日在线用户数（个）", "杀手锏APP日活次数（次）", "杀手锏APP月平均收入（万元）", "公有云工业APP数量（个）", "公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）", "平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）", "工业机理模型数量（个）", "活跃机理模型数量（一周调用5次以上）（个）", "核心工业模型平均月调用用户数量（个）", "按分类统计工业模型数量（个）", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "微服务数量（个）", "活跃微服务数量（一周调用5次以上）（个）", "开发者注册总数（个）", "活跃开发者数（个）", "平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描", "注册企业用户数（个）", "实际服务企业数（个）", "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）", "平台订单数量(近一年总量)（个）", "平台交易规模年增长率（%）", "工业APP订阅总数量（个）", "杀手锏工业APP订阅数量（个）", "工业APP订阅总金额（万元）", "平台连接工业设备利用率（%）", "平台国产化率（%）", "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）", "平台提供的解决方案总数（个）", "按新模式统计解决方案数量（个）", "投资回报率（%）", "企业是否已上市或已获得VC/PE投资", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台现有特色指数（个）", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", "平台获得省部级及以上奖项/荣誉数量（个）", "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）", "平台开放共享数据的形式及数量", "合作平台数量（个）"]
assert len(LABELS) == 103

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
MODES = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, keys: list[str], rng: random.Random, skew: float = 1.6) -> dict[str, int]:
    weights = [rng.uniform(0.5, 1.5) * (skew ** -i) for i in range(len(keys))]
    s = sum(weights)
    raw = [total * w / s for w in weights]
    vals = [int(v) for v in raw]
    rest = total - sum(vals)
    order = sorted(range(len(keys)), key=lambda i: raw[i] - vals[i], reverse=True)
    for i in order[:rest]:
        vals[i] += 1
    return dict(zip(keys, vals))


def scale(breakdown: dict[str, int], total: int) -> dict[str, int]:
    """Proportional breakdown of a sub-total (each part ≤ the original part), largest remainder."""
    whole = sum(breakdown.values())
    raw = {k: v * total / whole for k, v in breakdown.items()}
    vals = {k: int(v) for k, v in raw.items()}
    rest = total - sum(vals.values())
    for k in sorted(raw, key=lambda k: raw[k] - vals[k], reverse=True)[:rest]:
        vals[k] += 1
    return vals


def fmt_breakdown(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def build(seed: int, *, device_cats: list[str], regions: list[str], overseas: list[str], app_inds: list[str],
          ent_inds: list[str], scale_k: float = 1.0) -> dict:
    rng = random.Random(seed)
    m: dict = {}
    rev21 = r2(rng.uniform(4200, 9800) * scale_k)
    rev22 = r2(rev21 * (1 + rng.uniform(0.08, 0.22)))
    rev23 = r2(rev22 * (1 + rng.uniform(0.07, 0.2)))
    m["rev"] = {2021: rev21, 2022: rev22, 2023: rev23}
    m["growth"] = {2021: r2(rng.uniform(6, 18)), 2022: r2((rev22 - rev21) / rev21 * 100),
                   2023: r2((rev23 - rev22) / rev22 * 100)}
    m["rd"] = r2(rev23 * rng.uniform(0.14, 0.26))
    m["rd_int"] = r2(m["rd"] / rev23 * 100)
    m["profit"] = r2(rev23 * rng.uniform(0.08, 0.17))
    m["margin"] = r2(m["profit"] / rev23 * 100)
    m["build_amt"] = r2(rng.uniform(4500, 9500) * scale_k)
    m["roi"] = r2(m["profit"] / m["build_amt"] * 100)
    m["ops"], m["run"] = rng.randint(70, 140), rng.randint(40, 90)
    m["team"] = m["ops"] + m["run"]
    m["qual"] = int(m["team"] * rng.uniform(0.62, 0.82))
    # devices
    dev = rng.randint(14000, 36000)
    m["dev"] = dev
    m["dev_cat"] = split(dev, device_cats, rng)
    ov = rng.randint(180, 900) if overseas else 0
    dom = split(dev - ov, regions, rng, 1.5)
    ovs = split(ov, overseas, rng, 1.3) if overseas else {}
    m["dev_reg"] = {**dom, **ovs}
    m["ov"], m["ov_reg"] = ov, ovs
    pub = int(dev * rng.uniform(0.38, 0.55))
    m["pub"], m["pub_cat"], m["pub_reg"] = pub, scale(m["dev_cat"], pub), scale(m["dev_reg"], pub)
    run = int(pub * rng.uniform(0.55, 0.72))
    m["prun"], m["prun_cat"], m["prun_reg"] = run, scale(m["pub_cat"], run), scale(m["pub_reg"], run)
    m["proto"] = rng.randint(120, 320)
    # apps
    apps = rng.randint(260, 620)
    m["apps"] = apps
    m["soft"] = apps + rng.randint(30, 90)
    m["apps_dev"] = int(apps * rng.uniform(0.5, 0.68))
    m["apps_cloud"] = apps - m["apps_dev"] - rng.randint(10, 40)
    cats = APP_CATS[:]
    rng.shuffle(cats)
    m["app_cat"] = split(apps, cats[:7], rng, 1.3)
    m["app_ind"] = split(apps, app_inds, rng, 1.5)
    m["app_mau"] = int(apps * rng.uniform(0.6, 0.78))
    m["killer"] = 5
    m["killer_dau"] = rng.randint(1200, 4200)
    m["killer_times"] = m["killer_dau"] * rng.randint(9, 15)
    m["killer_income"] = r2(rng.uniform(20, 70))
    m["pub_apps"] = int(apps * rng.uniform(0.45, 0.62))
    m["pub_dau"] = int(m["pub_apps"] * rng.uniform(0.38, 0.5))
    m["pub_dau_cat"] = scale(m["app_cat"], m["pub_dau"])
    m["pub_dau_ind"] = scale(m["app_ind"], m["pub_dau"])
    # cloud / storage
    m["cloud"] = r2(rng.randint(120, 420) + rng.choice([0, 0.25, 0.5, 0.75]))
    m["cloud_pub"] = int(m["cloud"] * rng.uniform(0.3, 0.5))
    m["cap"] = float(rng.choice([800, 960, 1200, 1280, 1600, 2048]))
    m["data"] = r2(m["cap"] * rng.uniform(0.45, 0.72))
    m["pubdata"] = r2(m["data"] * rng.uniform(0.3, 0.45))
    m["util"] = r2(m["data"] / m["cap"] * 100)
    models = rng.randint(180, 460)
    m["models"], m["models_active"] = models, int(models * rng.uniform(0.45, 0.6))
    m["model_users"] = rng.randint(380, 1200)
    m["model_cat"] = split(models, MODEL_CATS, rng, 1.0)
    m["speed"] = rng.choice(["秒级", "毫秒级"])
    m["ms"] = rng.randint(700, 1800)
    m["ms_active"] = int(m["ms"] * rng.uniform(0.45, 0.62))
    m["devs"] = rng.randint(5200, 16800)
    m["devs_active"] = int(m["devs"] * rng.uniform(0.2, 0.3))
    # enterprises
    reg = rng.randint(2100, 5200)
    served = int(reg * rng.uniform(0.7, 0.85))
    m["reg"], m["served"] = reg, served
    m["ent_ind"] = split(served, ent_inds, rng, 1.45)
    regs = ["上海"] + [r for r in regions if r != "上海"][:6]
    m["ent_reg"] = split(served, regs, rng, 2.2)
    m["local"] = m["ent_reg"]["上海"]
    m["paid"] = int(reg * rng.uniform(0.22, 0.34))
    m["paid_ratio"] = r2(m["paid"] / reg * 100)
    m["sme"] = int(served * rng.uniform(0.7, 0.82))
    o23 = rng.randint(9000, 26000)
    m["orders"] = {"2023年自然年": o23, "截至填表日前一年": int(o23 * rng.uniform(1.03, 1.12))}
    m["trade_growth"] = r2(rng.uniform(9, 24))
    m["subs"] = rng.randint(3000, 9000)
    m["killer_subs"] = int(m["subs"] * rng.uniform(0.4, 0.55))
    m["sub_amt"] = r2(rng.uniform(1200, 4200) * scale_k)
    m["dev_util"] = r2(rng.uniform(68, 88))
    m["domestic"] = r2(rng.choice([82, 85, 88, 90, 92.5]))
    m["factories"] = rng.randint(3, 12)
    m["parks"] = rng.randint(5, 18)
    sol = rng.randint(24, 60)
    m["sol"], m["sol_mode"] = sol, split(sol, MODES, rng, 1.2)
    m["listed"] = True
    m["om_down"], m["energy_down"], m["safety_up"] = r2(rng.uniform(12, 26)), r2(rng.uniform(6, 14)), r2(rng.uniform(12, 28))
    m["indices"] = rng.randint(3, 9)
    m["patents"], m["softcr"] = rng.randint(18, 46), rng.randint(24, 60)
    m["breakthrough"], m["carbon"], m["idres"] = True, True, True
    m["awards"] = rng.randint(3, 8)
    m["jobs"] = rng.randint(180, 620)
    m["social"] = r2(rng.uniform(14, 30))
    m["api"], m["datasets"] = rng.randint(90, 260), rng.randint(5, 16)
    m["partners"] = rng.randint(4, 12)
    return m


def rows(m: dict, p: dict) -> list[tuple[str, str, object]]:
    """The 103 附件4 rows (label, value, normalized) a reviewer derives from the 申报表."""
    g = m["growth"]
    rev = m["rev"]
    n = lambda v: f"{v:.2f}"  # noqa: E731
    yn = lambda b: ("是" if b else "否", bool(b))  # noqa: E731
    ops = {}
    ops["序号"] = (str(p["list_no"]), p["list_no"])
    for k, v in (("企业名称", p["company"]), ("平台名称", p["declared_name"]), ("平台性质", p["nature"]),
                 ("联系人姓名", p["contact"]), ("联系人手机号", p["phone"]), ("联系人电子邮箱", p["email"]),
                 ("评审会现场地址信息", p["venue"]), ("平台网址", p["url"]), ("建设时间", p["period"])):
        ops[k] = (v, v)
    ops["平台建设金额（万元）"] = (n(m["build_amt"]), m["build_amt"])
    ops["平台近三年经营指标情况"] = (
        "；".join(f"{y}年平台营收{n(rev[y])}万元/增长率{n(g[y])}%" for y in (2021, 2022, 2023)),
        {**{k: v for y in (2021, 2022, 2023) for k, v in ((f"{y}年平台营收（万元）", rev[y]), (f"{y}年增长率（%）", g[y]))}})
    for k in ("平台建设方式", "平台运营模式", "部署方式"):
        ops[k] = (p[k], p[k])
    num = {
        "平台团队总人数（人）": m["team"], "运维人数（人）": m["ops"], "运营人数（人）": m["run"],
        "有相关技术职称/从业资格的人数（人）": m["qual"], "平台相关研发投入（万元）": m["rd"],
        "平台相关研发投入强度（%）": m["rd_int"], "平台相关营业收入（万元）": rev[2023], "平台利润率（%）": m["margin"],
        "付费用户占比（%）": m["paid_ratio"], "连接的工业设备/产品/产线种类及数量（台/套）": m["dev"],
        "公有云工业设备连接数量（台/套）": m["pub"], "公有云工业设备平均日运行数量（台/套）": m["prun"],
        "海外设备连接数量（台/套）": m["ov"], "工业协议兼容适配数量（个）": m["proto"], "工业软件总量（个）": m["soft"],
        "工业APP数量（个）": m["apps"], "基于平台开发的工业APP数量（个）": m["apps_dev"],
        "云化工业软件数量（个）": m["apps_cloud"], "工业APP平均月活跃数量（个）": m["app_mau"],
        "杀手锏APP数量（个）": m["killer"], "公有云杀手锏APP平均日在线用户数（个）": m["killer_dau"],
        "杀手锏APP日活次数（次）": m["killer_times"], "杀手锏APP月平均收入（万元）": m["killer_income"],
        "公有云工业APP数量（个）": m["pub_apps"], "公有云工业APP平均日活跃数量（个）": m["pub_dau"],
        "平台实际用云量（台）": m["cloud"], "平台公有云实际使用数量（台）": m["cloud_pub"], "存储容量（TB）": m["cap"],
        "存储工业数据量（TB）": m["data"], "公有云数据总量（TB）": m["pubdata"], "存储资源利用率（%）": m["util"],
        "工业机理模型数量（个）": m["models"], "活跃机理模型数量（一周调用5次以上）（个）": m["models_active"],
        "核心工业模型平均月调用用户数量（个）": m["model_users"], "微服务数量（个）": m["ms"],
        "活跃微服务数量（一周调用5次以上）（个）": m["ms_active"], "开发者注册总数（个）": m["devs"],
        "活跃开发者数（个）": m["devs_active"], "注册企业用户数（个）": m["reg"], "实际服务企业数（个）": m["served"],
        "付费企业数（个）": m["paid"], "服务本市企业数量（个）": m["local"], "服务中小企业数量（个）": m["sme"],
        "平台交易规模年增长率（%）": m["trade_growth"], "工业APP订阅总数量（个）": m["subs"],
        "杀手锏工业APP订阅数量（个）": m["killer_subs"], "工业APP订阅总金额（万元）": m["sub_amt"],
        "平台连接工业设备利用率（%）": m["dev_util"], "平台国产化率（%）": m["domestic"],
        "平台服务园区总数（个）": m["parks"], "平台提供的解决方案总数（个）": m["sol"], "投资回报率（%）": m["roi"],
        "平台连接工业设备运维成本平均下降率（%）": m["om_down"], "平台连接工业设备能耗平均下降率（%）": m["energy_down"],
        "平台连接工业设备安全生产持续时间平均提升率（%）": m["safety_up"], "平台现有特色指数（个）": m["indices"],
        "平台核心软硬件技术获得的专利数量（项）": m["patents"], "平台核心软硬件技术获得的软著数量（个）": m["softcr"],
        "平台获得省部级及以上奖项/荣誉数量（个）": m["awards"], "平台建设与运营带动新增就业人数（人）": m["jobs"],
        "平台社会贡献率（%）": m["social"], "合作平台数量（个）": m["partners"],
    }
    for k, v in num.items():
        ops[k] = (n(v) if isinstance(v, float) else str(v), v)
    bd = {
        "按二级分类统计工业设备数量（台/套）": m["dev_cat"], "按省市区域统计工业设备数量（台/套）": m["dev_reg"],
        "按二级分类统计公有云工业设备数量（台/套）": m["pub_cat"], "按省市区域统计公有云工业设备数量（台/套）": m["pub_reg"],
        "按二级分类统计公有云工业设备平均日运行数量（台/套）": m["prun_cat"],
        "按省市区域统计公有云工业设备平均日运行数量（台/套）": m["prun_reg"],
        "按海外国家分类统计海外设备连接数量（台/套）": m["ov_reg"], "按分类统计工业APP数量（个）": m["app_cat"],
        "按行业统计工业APP数量（个）": m["app_ind"], "按分类统计公有云工业APP平均日活跃数量（个）": m["pub_dau_cat"],
        "按行业统计公有云工业APP平均日活跃数量（个）": m["pub_dau_ind"], "按分类统计工业模型数量（个）": m["model_cat"],
        "按行业统计服务企业数（个）": m["ent_ind"], "按省市区域统计服务企业数（个）": m["ent_reg"],
        "按新模式统计解决方案数量（个）": m["sol_mode"],
    }
    for k, v in bd.items():
        ops[k] = (fmt_breakdown(v), dict(v))
    if not m["ov_reg"]:
        ops["按海外国家分类统计海外设备连接数量（台/套）"] = ("", None)
    ops["数据分析平台均速度（每TB分级/秒级/毫秒级）"] = (p["speed_text"], m["speed"])
    for k, key in (("平台是否建立安全管理体系", None), ("有否定期开展第三方安全测试/测评", None), ("有否定期进行安全扫描", None)):
        ops[k] = yn(True)
    o = m["orders"]
    ops["平台订单数量(近一年总量)（个）"] = (f"2023年自然年：{o['2023年自然年']}个；截至填表日前一年：{o['截至填表日前一年']}个", dict(o))
    ops["平台是否服务上海智能工厂，数量"] = (f"是，{m['factories']}家", m["factories"])
    ops["企业是否已上市或已获得VC/PE投资"] = yn(m["listed"])
    ops["平台是否有自研形成的核心技术突破"] = yn(m["breakthrough"])
    ops["平台是否具备碳管理服务能力"] = yn(m["carbon"])
    ops["平台是否融合使用国家标识解析系统"] = yn(m["idres"])
    ops["平台开放共享数据的形式及数量"] = (p["open_data"], p["open_data"])
    return [(k, *ops[k]) for k in LABELS]
