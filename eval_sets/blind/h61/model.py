"""One source of truth per package: declared values (附件4 rows + the form's text answers), derived consistently.

`synth(params)` returns a dict label -> (value string, normalized) for all 103 附件4 rows plus the form's text
answers under their 内容 labels. Problems are planted by the specs after synthesis, explicitly.
"""

from __future__ import annotations

import random

from labels import LABELS

APP_CATS = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
MODEL_CATS = ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"]
SOL_CATS = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


def split(total: int, keys: list[str], rng: random.Random, skew: float = 1.6) -> dict[str, int]:
    weights = [rng.uniform(0.6, 1.4) / (skew ** i) for i in range(len(keys))]
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return dict(zip(keys, parts))


def fmt_dict(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def f2(x: float) -> str:
    return f"{x:.2f}"


def synth(p: dict) -> dict:
    """p: primary numbers and texts of a package (see specs in build.py)."""
    rng = random.Random(p["seed"])
    v: dict[str, tuple[str, object]] = {}

    def put(label, value, norm=None):
        if norm is None:
            norm = value
        if isinstance(value, bool):
            value = "是" if value else "否"
        v[label] = (str(value), norm)

    put("序号", str(p["list_no"]), p["list_no"])
    put("企业名称", p["company"])
    put("平台名称", p["platform"])
    put("平台性质", p["nature"])
    put("联系人姓名", p["contact"])
    put("联系人手机号", p["phone"])
    put("联系人电子邮箱", p["email"])
    put("评审会现场地址信息", p["venue"])
    put("平台网址", p["url"])
    put("建设时间", p["build_period"])
    put("平台建设金额（万元）", f2(p["invest"]), round(p["invest"], 2))
    r = p["revenues"]  # {2020: x, 2021: .., 2022: .., 2023: ..}
    g = {y: round((r[y] - r[y - 1]) / r[y - 1] * 100, 2) for y in (2021, 2022, 2023)}
    text = "；".join(f"{y}年平台营收{f2(r[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))
    norm = {}
    for y in (2021, 2022, 2023):
        norm[f"{y}年平台营收（万元）"] = r[y]
        norm[f"{y}年增长率（%）"] = g[y]
    put("平台近三年经营指标情况", text, norm)
    put("平台建设方式", p.get("build_mode", "自建"))
    put("平台运营模式", p.get("op_mode", "自运营"))
    put("部署方式", p["deploy"])
    team_ops, team_run = p["team"]
    put("平台团队总人数（人）", str(team_ops + team_run), team_ops + team_run)
    put("运维人数（人）", str(team_ops), team_ops)
    put("运营人数（人）", str(team_run), team_run)
    qual = int((team_ops + team_run) * 0.68)
    put("有相关技术职称/从业资格的人数（人）", str(qual), qual)
    rd = p["rd"]
    put("平台相关研发投入（万元）", f2(rd), rd)
    put("平台相关研发投入强度（%）", f2(rd / r[2023] * 100), round(rd / r[2023] * 100, 2))
    put("平台相关营业收入（万元）", f2(r[2023]), r[2023])
    put("平台利润率（%）", f2(p["profit"] / r[2023] * 100), round(p["profit"] / r[2023] * 100, 2))

    reg = p["registered"]
    served = int(reg * 0.78)
    paid = int(served * 0.31)
    put("付费用户占比（%）", f2(paid / reg * 100), round(paid / reg * 100, 2))

    dev = p["devices"]
    cats = p["device_cats"]
    regions = p["regions"]
    overseas = p["overseas"]  # {name: n}
    ov_total = sum(overseas.values())
    pub = int(dev * 0.42)
    run = int(pub * 0.63)
    put("连接的工业设备/产品/产线种类及数量（台/套）", str(dev), dev)
    for label_tot, label_cat, label_reg, tot in (
        ("", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", dev),
        ("", "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", pub),
        ("", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）", run),
    ):
        c = split(tot, cats, rng)
        put(label_cat, fmt_dict(c), c)
        ov_part = {k: (n if tot == dev else max(1, int(n * tot / dev))) for k, n in overseas.items()}
        dom = split(tot - sum(ov_part.values()), regions, rng)
        rg = {**dom, **ov_part}
        put(label_reg, fmt_dict(rg), rg)
    put("公有云工业设备连接数量（台/套）", str(pub), pub)
    put("公有云工业设备平均日运行数量（台/套）", str(run), run)
    put("海外设备连接数量（台/套）", str(ov_total), ov_total)
    put("按海外国家分类统计海外设备连接数量（台/套）", fmt_dict(overseas), dict(overseas))
    put("工业协议兼容适配数量（个）", str(p["protocols"]), p["protocols"])

    apps = p["apps"]
    native = int(apps * 0.6)
    cloudsw = apps - native
    put("工业软件总量（个）", str(apps + p["other_sw"]), apps + p["other_sw"])
    put("工业APP数量（个）", str(apps), apps)
    put("基于平台开发的工业APP数量（个）", str(native), native)
    put("云化工业软件数量（个）", str(cloudsw), cloudsw)
    app_cats = split(apps, p["app_cats"], rng)
    put("按分类统计工业APP数量（个）", fmt_dict(app_cats), app_cats)
    app_ind = split(apps, p["industries"], rng)
    put("按行业统计工业APP数量（个）", fmt_dict(app_ind), app_ind)
    mau = int(apps * 0.71)
    put("工业APP平均月活跃数量（个）", str(mau), mau)
    put("杀手锏APP数量（个）", "5", 5)
    put("公有云杀手锏APP平均日在线用户数（个）", str(p["killer_dau"]), p["killer_dau"])
    put("杀手锏APP日活次数（次）", str(p["killer_dau"] * 11), p["killer_dau"] * 11)
    put("杀手锏APP月平均收入（万元）", f2(p["killer_income"]), p["killer_income"])
    pub_apps = int(apps * 0.55)
    pub_dau = int(pub_apps * 0.46)
    put("公有云工业APP数量（个）", str(pub_apps), pub_apps)
    put("公有云工业APP平均日活跃数量（个）", str(pub_dau), pub_dau)
    c = split(pub_dau, p["app_cats"], rng)
    put("按分类统计公有云工业APP平均日活跃数量（个）", fmt_dict(c), c)
    c = split(pub_dau, p["industries"], rng)
    put("按行业统计公有云工业APP平均日活跃数量（个）", fmt_dict(c), c)

    put("平台实际用云量（台）", f2(p["cloud_servers"]), p["cloud_servers"])
    put("平台公有云实际使用数量（台）", str(p["pub_servers"]), p["pub_servers"])
    cap, data = p["storage"]
    put("存储容量（TB）", f2(cap), cap)
    put("存储工业数据量（TB）", f2(data), data)
    pubdata = round(data * 0.37, 2)
    put("公有云数据总量（TB）", f2(pubdata), pubdata)
    put("存储资源利用率（%）", f2(data / cap * 100), round(data / cap * 100, 2))

    models = p["models"]
    put("工业机理模型数量（个）", str(models), models)
    put("活跃机理模型数量（一周调用5次以上）（个）", str(int(models * 0.52)), int(models * 0.52))
    put("核心工业模型平均月调用用户数量（个）", str(p["model_users"]), p["model_users"])
    mc = split(models, MODEL_CATS, rng, skew=1.2)
    put("按分类统计工业模型数量（个）", fmt_dict(mc), mc)
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", p["speed"][0], p["speed"][1])
    ms = p["microservices"]
    put("微服务数量（个）", str(ms), ms)
    put("活跃微服务数量（一周调用5次以上）（个）", str(int(ms * 0.57)), int(ms * 0.57))
    put("开发者注册总数（个）", str(p["developers"]), p["developers"])
    put("活跃开发者数（个）", str(int(p["developers"] * 0.24)), int(p["developers"] * 0.24))
    put("平台是否建立安全管理体系", True, True)
    put("有否定期开展第三方安全测试/测评", True, True)
    put("有否定期进行安全扫描", True, True)

    put("注册企业用户数（个）", str(reg), reg)
    put("实际服务企业数（个）", str(served), served)
    ind = split(served, p["industries"], rng)
    put("按行业统计服务企业数（个）", fmt_dict(ind), ind)
    local = int(served * 0.58)
    rest = split(served - local, [x for x in p["regions"] if x != "上海"], rng)
    sr = {"上海": local, **rest}
    put("按省市区域统计服务企业数（个）", fmt_dict(sr), sr)
    put("付费企业数（个）", str(paid), paid)
    put("服务本市企业数量（个）", str(local), local)
    sme = int(served * 0.74)
    put("服务中小企业数量（个）", str(sme), sme)
    o1, o2 = p["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
        {"2023年自然年": o1, "截至填表日前一年": o2})
    put("平台交易规模年增长率（%）", f2(p["trade_growth"]), p["trade_growth"])
    subs = p["subs"]
    put("工业APP订阅总数量（个）", str(subs), subs)
    put("杀手锏工业APP订阅数量（个）", str(int(subs * 0.43)), int(subs * 0.43))
    put("工业APP订阅总金额（万元）", f2(p["subs_amount"]), p["subs_amount"])
    put("平台连接工业设备利用率（%）", f2(p["dev_util"]), p["dev_util"])
    put("平台国产化率（%）", f2(p["domestic"]), p["domestic"])
    put("平台是否服务上海智能工厂，数量", f"是，{p['factories']}家", p["factories"])
    put("平台服务园区总数（个）", str(p["parks"]), p["parks"])
    sols = split(p["solutions"], SOL_CATS, rng, skew=1.15)
    put("平台提供的解决方案总数（个）", str(p["solutions"]), p["solutions"])
    put("按新模式统计解决方案数量（个）", fmt_dict(sols), sols)
    put("投资回报率（%）", f2(p["profit"] / p["invest"] * 100), round(p["profit"] / p["invest"] * 100, 2))
    put("企业是否已上市或已获得VC/PE投资", p["listed"], p["listed"])
    put("平台连接工业设备运维成本平均下降率（%）", f2(p["cases"][0]), p["cases"][0])
    put("平台连接工业设备能耗平均下降率（%）", f2(p["cases"][1]), p["cases"][1])
    put("平台连接工业设备安全生产持续时间平均提升率（%）", f2(p["cases"][2]), p["cases"][2])
    put("平台现有特色指数（个）", str(p["indices"]), p["indices"])
    put("平台核心软硬件技术获得的专利数量（项）", str(p["patents"]), p["patents"])
    put("平台核心软硬件技术获得的软著数量（个）", str(p["copyrights"]), p["copyrights"])
    put("平台是否有自研形成的核心技术突破", True, True)
    put("平台是否具备碳管理服务能力", p["carbon"], p["carbon"])
    put("平台是否融合使用国家标识解析系统", True, True)
    put("平台获得省部级及以上奖项/荣誉数量（个）", str(p["awards"]), p["awards"])
    put("平台建设与运营带动新增就业人数（人）", str(p["jobs"]), p["jobs"])
    put("平台社会贡献率（%）", f2(p["social"]), p["social"])
    put("平台开放共享数据的形式及数量", p["open_data"])
    put("合作平台数量（个）", str(p["partners"]), p["partners"])
    missing = [lab for lab in LABELS if lab not in v]
    assert not missing, missing
    return v
