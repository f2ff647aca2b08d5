"""One consistent set of declared figures per package (the applicant's 申报表), from a seed and a profile.

Every derived figure follows the notice's 填报指引 formulas (研发投入强度, 利润率, 存储资源利用率, 投资回报率,
增长率, 付费用户占比) and every breakdown sums to its total, so a clean package is consistent by construction;
the problem packages alter single fields afterwards (build.py says which).
"""

from __future__ import annotations

import random


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


def split(total: int, keys: list[str], rng: random.Random, weights: list[float] | None = None) -> dict[str, int]:
    weights = weights or [rng.uniform(0.5, 1.5) * (len(keys) - i) for i in range(len(keys))]
    s = sum(weights)
    out = {k: int(total * w / s) for k, w in zip(keys, weights)}
    out[keys[0]] += total - sum(out.values())
    return out


def scale(d: dict[str, int], total: int, rng: random.Random) -> dict[str, int]:
    """A breakdown of a subset total over the same keys, roughly proportional."""
    return split(total, list(d), rng, [v * rng.uniform(0.85, 1.15) for v in d.values()])


def fmt_bd(d: dict[str, int]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


def make(seed: int, p: dict) -> dict:
    """p: profile (categories, regions, overseas, scale). Returns a dict of figures (python values)."""
    rng = random.Random(seed)
    v: dict = {}
    rev = p["rev"]  # 2020..2023 platform revenue, 万元
    v["rev"] = rev
    v["growth"] = {y: r2((rev[i + 1] - rev[i]) / rev[i] * 100) for i, y in enumerate((2021, 2022, 2023))}
    v["rev2023"] = rev[3]
    v["rd"] = p["rd"]
    v["rd_int"] = r2(p["rd"] / rev[3] * 100)
    v["profit"] = p["profit"]
    v["margin"] = r2(p["profit"] / rev[3] * 100)
    v["invest"] = p["invest"]
    v["roi"] = r2(p["profit"] / p["invest"] * 100)
    # team
    v["ops"], v["opr"] = p["team"]
    v["team"] = v["ops"] + v["opr"]
    v["qualified"] = int(v["team"] * 0.71)
    # devices
    dev = p["devices"]
    v["dev"] = dev
    v["dev_cat"] = split(dev, p["dev_cats"], rng)
    overseas = p["overseas"]  # {country: n}
    v["overseas"] = overseas
    v["overseas_total"] = sum(overseas.values())
    dom = split(dev - v["overseas_total"], p["regions"], rng)
    v["dev_reg"] = {**dom, **overseas}
    pub = int(dev * p.get("pub_share", 0.46))
    v["pub"] = pub
    v["pub_cat"] = scale(v["dev_cat"], pub, rng)
    v["pub_reg"] = scale(v["dev_reg"], pub, rng)
    daily = int(pub * 0.63)
    v["daily"] = daily
    v["daily_cat"] = scale(v["pub_cat"], daily, rng)
    v["daily_reg"] = scale(v["pub_reg"], daily, rng)
    v["protocols"] = p["protocols"]
    # software / apps
    apps = p["apps"]
    v["apps"] = apps
    v["software"] = apps + p["software_extra"]
    v["apps_native"] = int(apps * 0.58)
    v["cloud_sw"] = int(apps * 0.31)
    v["app_cls"] = split(apps, p["app_cls"], rng)
    v["app_ind"] = split(apps, p["industries"][:5], rng)
    v["app_mau"] = int(apps * 0.69)
    v["killer"] = 5
    v["killer_users"] = p["killer_users"]
    v["killer_dau"] = p["killer_users"] * 11 + 37
    v["killer_income"] = p["killer_income"]
    v["pub_apps"] = int(apps * 0.55)
    v["pub_dau"] = int(v["pub_apps"] * 0.44)
    v["pub_dau_cls"] = scale(v["app_cls"], v["pub_dau"], rng)
    v["pub_dau_ind"] = scale(v["app_ind"], v["pub_dau"], rng)
    # cloud / storage
    v["cloud"] = p["cloud"]
    v["cloud_pub"] = p["cloud_pub"]
    v["cap"] = p["cap"]
    v["data"] = p["data"]
    v["pub_data"] = r2(p["data"] * 0.37)
    v["util_storage"] = r2(p["data"] / p["cap"] * 100)
    # models, services, developers
    v["models"] = p["models"]
    v["models_active"] = int(p["models"] * 0.52)
    v["model_users"] = p["model_users"]
    v["model_cls"] = split(p["models"], ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"], rng)
    v["speed"] = p["speed"]
    v["ms"] = p["ms"]
    v["ms_active"] = int(p["ms"] * 0.57)
    v["devs"] = p["devs"]
    v["devs_active"] = int(p["devs"] * 0.24)
    # users
    reg = p["registered"]
    served = p["served"]
    v["registered"] = reg
    v["served"] = served
    v["srv_ind"] = split(served, p["industries"], rng)
    v["srv_reg"] = split(served, p["srv_regions"], rng)
    v["local"] = v["srv_reg"]["上海"]
    v["paying"] = p["paying"]
    v["paid_share"] = r2(p["paying"] / reg * 100)
    v["sme"] = int(served * 0.78)
    v["orders"] = p["orders"]
    v["trade_growth"] = p["trade_growth"]
    v["subs"] = p["subs"]
    v["killer_subs"] = int(p["subs"] * 0.47)
    v["sub_amount"] = p["sub_amount"]
    v["dev_util"] = p["dev_util"]
    v["domestic"] = p["domestic"]
    v["factories"] = p["factories"]
    v["parks"] = p["parks"]
    v["solutions"] = p["solutions"]
    v["sol_mode"] = split(p["solutions"], ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"], rng)
    v["vc"] = p["vc"]
    v["om_down"], v["energy_down"], v["safety_up"] = p["case_rates"]
    v["indices"] = p["indices"]
    v["patents"] = p["patents"]
    v["softcr"] = p["softcr"]
    v["awards"] = p["awards"]
    v["jobs"] = p["jobs"]
    v["social"] = p["social"]
    v["open_data"] = p["open_data"]
    v["partners"] = p["partners"]
    return v


def audit(v: dict) -> list[str]:
    """Inconsistencies of a figure set (empty for a clean package)."""
    bad = []
    def eq(name, a, b):
        if abs(a - b) > 0.005:
            bad.append(f"{name}: {a} != {b}")
    eq("team", v["ops"] + v["opr"], v["team"])
    for k in ("dev_cat", "dev_reg"):
        eq(k, sum(v[k].values()), v["dev"])
    for k in ("pub_cat", "pub_reg"):
        eq(k, sum(v[k].values()), v["pub"])
    for k in ("daily_cat", "daily_reg"):
        eq(k, sum(v[k].values()), v["daily"])
    eq("overseas", sum(v["overseas"].values()), v["overseas_total"])
    for k in ("app_cls", "app_ind"):
        eq(k, sum(v[k].values()), v["apps"])
    for k in ("pub_dau_cls", "pub_dau_ind"):
        eq(k, sum(v[k].values()), v["pub_dau"])
    eq("model_cls", sum(v["model_cls"].values()), v["models"])
    eq("srv_ind", sum(v["srv_ind"].values()), v["served"])
    eq("srv_reg", sum(v["srv_reg"].values()), v["served"])
    eq("sol_mode", sum(v["sol_mode"].values()), v["solutions"])
    eq("rd_int", r2(v["rd"] / v["rev2023"] * 100), v["rd_int"])
    eq("margin", r2(v["profit"] / v["rev2023"] * 100), v["margin"])
    eq("roi", r2(v["profit"] / v["invest"] * 100), v["roi"])
    eq("util", r2(v["data"] / v["cap"] * 100), v["util_storage"])
    eq("paid", r2(v["paying"] / v["registered"] * 100), v["paid_share"])
    eq("rev2023", v["rev"][3], v["rev2023"])
    for i, y in enumerate((2021, 2022, 2023)):
        if v["growth"][y] is not None:
            eq(f"growth{y}", r2((v["rev"][i + 1] - v["rev"][i]) / v["rev"][i] * 100), v["growth"][y])
    for a, b in (("pub", "dev"), ("daily", "pub"), ("apps_native", "apps"), ("pub_apps", "apps"), ("pub_dau", "pub_apps"),
                 ("app_mau", "apps"), ("models_active", "models"), ("ms_active", "ms"), ("devs_active", "devs"),
                 ("served", "registered"), ("paying", "served"), ("local", "served"), ("sme", "served"),
                 ("killer_subs", "subs"), ("qualified", "team"), ("data", "cap"), ("pub_data", "data"),
                 ("cloud_pub", "cloud")):
        if v[a] is not None and v[b] is not None and v[a] > v[b]:
            bad.append(f"subset {a} {v[a]} > {b} {v[b]}")
    return bad
