"""Consistent indicator values from a handful of primary numbers (fixed seed per package)."""

from __future__ import annotations

import random
from decimal import Decimal
from itertools import pairwise
from typing import Any

from .model import D, pct, q2, scale, split


def indicators(seed: int, P: dict[str, Any]) -> dict[str, Any]:
    """P holds the primary numbers of a platform; everything derived is computed so that the
    declared data is arithmetically consistent (planted problems are applied afterwards)."""
    rng = random.Random(seed)
    v: dict[str, Any] = {}
    v["staff"] = P["staff"]
    v["staff_ops"] = P["staff_ops"]
    v["staff_run"] = P["staff"] - P["staff_ops"]
    v["staff_qual"] = P["staff_qual"]
    rev = P["revenue"]
    v["revenue"] = rev
    v["rd"] = P["rd"]
    v["rd_ratio"] = pct(P["rd"], rev)
    v["margin"] = pct(P["profit"], rev)
    # devices
    total = P["dev_total"]
    v["dev_total"] = total
    v["dev_cat"] = P.get("dev_cat_fixed") or split(total, P["dev_cat"], rng)
    regions = dict(P["dev_reg"])
    overseas_w = P.get("overseas", {})
    if overseas_w:
        n_over = P["overseas_total"]
        over = split(n_over, overseas_w, rng)
        dom = split(total - n_over, regions, rng)
        v["dev_reg"] = {**dom, **over}
        v["overseas"] = n_over
        v["overseas_bd"] = over
    else:
        v["dev_reg"] = split(total, regions, rng)
        v["overseas"] = 0
        v["overseas_bd"] = {}
    v["pub"] = P["pub"]
    v["pub_cat"] = P.get("pub_cat_fixed") or scale(v["dev_cat"], P["pub"])
    v["pub_reg"] = scale(v["dev_reg"], P["pub"])
    v["daily"] = P["daily"]
    v["daily_cat"] = P.get("daily_cat_fixed") or scale(v["pub_cat"], P["daily"])
    v["daily_reg"] = scale(v["pub_reg"], P["daily"])
    v["protocols"] = P.get("protocols", rng.randint(120, 380))
    # software / apps
    apps = P["apps"]
    v["apps"] = apps
    v["sw_total"] = P.get("sw_total", apps + rng.randint(20, 90))
    v["apps_native"] = P.get("apps_native", int(apps * 0.62))
    v["apps_cloud"] = apps - v["apps_native"]
    v["apps_cat"] = split(apps, P["apps_cat"], rng)
    v["apps_ind"] = split(apps, P["apps_ind"], rng)
    v["apps_mau"] = P.get("apps_mau", int(apps * 0.71))
    v["killer"] = 5
    v["killer_dau"] = P.get("killer_dau", rng.randint(900, 4200))
    v["killer_hits"] = P.get("killer_hits", v["killer_dau"] * rng.randint(6, 14))
    v["killer_income"] = P.get("killer_income", q2(D(rng.randint(1500, 9000)) / 100))
    v["pub_apps"] = P.get("pub_apps", int(apps * 0.58))
    v["pub_apps_dau"] = P.get("pub_apps_dau", int(v["pub_apps"] * 0.46))
    cats = {k: w for k, w in P["apps_cat"].items()}
    v["pub_apps_cat"] = split(v["pub_apps_dau"], cats, rng)
    v["pub_apps_ind"] = split(v["pub_apps_dau"], P["apps_ind"], rng)
    # cloud & storage
    v["servers"] = P["servers"]
    v["pub_servers"] = P["pub_servers"]
    v["storage"] = P["storage"]
    v["data"] = P["data"]
    v["pub_data"] = P["pub_data"]
    v["storage_util"] = pct(P["data"], P["storage"])
    # models
    v["models"] = P["models"]
    v["models_active"] = P.get("models_active", int(P["models"] * 0.47))
    v["models_users"] = P.get("models_users", rng.randint(180, 900))
    v["models_cat"] = split(P["models"], P.get("models_cat", {"数据算法模型": 3, "研发仿真模型": 2, "行业机理模型": 4,
                                                              "业务流程模型": 2}), rng)
    v["ms"] = P["ms"]
    v["ms_active"] = P.get("ms_active", int(P["ms"] * 0.52))
    v["developers"] = P["developers"]
    v["developers_active"] = P.get("developers_active", int(P["developers"] * 0.27))
    # users
    v["reg_users"] = P["reg_users"]
    v["served"] = P["served"]
    v["served_ind"] = split(P["served"], P["served_ind"], rng)
    sh = P["served_sh"]
    others = split(P["served"] - sh, P["served_reg"], rng)
    v["served_reg"] = {"上海": sh, **others}
    v["served_sh"] = sh
    v["paying"] = P["paying"]
    v["paid_share"] = pct(P["paying"], P["reg_users"])
    v["served_sme"] = P["served_sme"]
    v["orders"] = P["orders"]
    v["trade_growth"] = P["trade_growth"]
    v["subs"] = P["subs"]
    v["killer_subs"] = P["killer_subs"]
    v["subs_amount"] = P["subs_amount"]
    v["dev_util"] = P["dev_util"]
    v["domestic"] = P["domestic"]
    v["parks"] = P["parks"]
    v["solutions"] = P["solutions"]
    v["solutions_bd"] = split(P["solutions"], P.get("solutions_bd", {m: 1 for m in (
        "数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸")}), rng)
    v["roi"] = pct(P["profit"], P["build_amount"])
    v["om_down"] = P["om_down"]
    v["energy_down"] = P["energy_down"]
    v["safety_up"] = P["safety_up"]
    v["indices"] = P["indices"]
    v["patents"] = P["patents"]
    v["softwares"] = P["softwares"]
    v["awards"] = P["awards"]
    v["jobs"] = P["jobs"]
    v["social"] = P["social"]
    v["partners"] = P["partners"]
    return v


def growth(rev: dict[str, Decimal]) -> dict[str, Decimal]:
    ys = sorted(rev)
    return {b: pct(rev[b] - rev[a], rev[a]) for a, b in pairwise(ys)}
