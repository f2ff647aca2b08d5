"""Consistent declared figures of one package (h43), from a profile and a seed.

`synth(profile)` returns V: every figure of the 申报表 with all identities of the notice holding
(运维+运营=总人数, 强度/利润率/利用率/付费占比/投资回报率 formulas, breakdowns summing to their totals,
overseas rows equal in the region and country breakdowns, subsets below their totals, 本市 = 上海).
"""

from __future__ import annotations

import random


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def split(total: int, weights: list[float], rng: random.Random, jitter=0.15) -> list[int]:
    """Integers >= 1 summing exactly to total, roughly proportional to weights."""
    w = [max(0.01, x * (1 + rng.uniform(-jitter, jitter))) for x in weights]
    s = sum(w)
    raw = [max(1, int(total * x / s)) for x in w]
    diff = total - sum(raw)
    i = 0
    while diff != 0:
        k = i % len(raw)
        if diff > 0:
            raw[k] += 1
            diff -= 1
        elif raw[k] > 1:
            raw[k] -= 1
            diff += 1
        i += 1
    return raw


def fmt_breakdown(d: dict) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def synth(p: dict) -> dict:
    rng = random.Random(p["seed"])
    V: dict = dict(p)
    # finances (万元)
    r21 = p["rev2021"]
    r22 = r2(r21 * (1 + p["g22"] / 100))
    r23 = r2(r22 * (1 + p["g23"] / 100))
    V["rev"] = {2021: r21, 2022: r22, 2023: r23}
    V["growth"] = {2021: p["g21"], 2022: r2((r22 / r21 - 1) * 100), 2023: r2((r23 / r22 - 1) * 100)}
    V["rd"] = r2(r23 * p["rd_share"])
    V["rd_int"] = r2(V["rd"] / r23 * 100)
    V["profit"] = r2(r23 * p["profit_share"])
    V["margin"] = r2(V["profit"] / r23 * 100)
    V["roi"] = r2(V["profit"] / p["build_amount"] * 100)
    # team
    V["team"] = p["ops"] + p["biz"]
    # devices
    dev = p["devices"]
    cats = p["dev_cats"]
    V["dev"] = dev
    V["dev_cat"] = dict(zip(cats, split(dev, p["dev_cat_w"], rng)))
    ovs = p["overseas"]  # {country: n}
    V["overseas"] = sum(ovs.values())
    dom = split(dev - V["overseas"], p["reg_w"], rng)
    V["dev_reg"] = {**dict(zip(p["regions"], dom)), **ovs}
    pub = p["pub"]
    V["pub"] = pub
    V["pub_cat"] = dict(zip(cats, split(pub, list(V["dev_cat"].values()), rng, 0.05)))
    V["pub_reg"] = dict(zip(V["dev_reg"].keys(), split(pub, list(V["dev_reg"].values()), rng, 0.05)))
    daily = p["daily"]
    V["daily"] = daily
    V["daily_cat"] = dict(zip(cats, split(daily, list(V["pub_cat"].values()), rng, 0.05)))
    V["daily_reg"] = dict(zip(V["dev_reg"].keys(), split(daily, list(V["pub_reg"].values()), rng, 0.05)))
    # apps
    apps = p["apps"]
    V["apps"] = apps
    V["app_native"] = p["app_native"]
    V["app_cloud"] = apps - p["app_native"]
    V["software"] = apps + p["other_software"]
    V["app_cat"] = dict(zip(p["app_cats"], split(apps, p["app_cat_w"], rng)))
    V["app_ind"] = dict(zip(p["industries"], split(apps, p["ind_w"], rng)))
    V["pub_apps"] = p["pub_apps"]
    V["pub_app_daily"] = p["pub_app_daily"]
    V["pub_app_daily_cat"] = dict(zip(p["app_cats"], split(p["pub_app_daily"], list(V["app_cat"].values()), rng, 0.05)))
    V["pub_app_daily_ind"] = dict(zip(p["industries"], split(p["pub_app_daily"], list(V["app_ind"].values()), rng, 0.05)))
    # storage
    V["storage_util"] = r2(p["data_tb"] / p["storage_tb"] * 100)
    # models
    V["model_cat"] = dict(zip(["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"],
                              split(p["models"], p["model_w"], rng)))
    # enterprises
    act = p["served"]
    ind = split(act, p["ind_w"], rng)
    V["ent_ind"] = dict(zip(p["industries"], ind))
    V["ent_reg"] = dict(zip(p["ent_regions"], [p["local"]] + split(act - p["local"], p["ent_reg_w"], rng)))
    V["paid_ratio"] = r2(p["paid"] / p["registered"] * 100)
    # solutions
    V["sol_mode"] = dict(zip(["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"],
                             split(p["solutions"], p["sol_w"], rng)))
    return V
