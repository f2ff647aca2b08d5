"""Breakdowns derived from totals (deterministic) so that a clean package is consistent by construction."""
from __future__ import annotations

from kit import split_total


def split(total, weights: dict) -> dict:
    keys = list(weights)
    vals = split_total(total, [weights[k] for k in keys])
    return dict(zip(keys, vals))


def derive(N, cat_w, reg_w, ovs_w, app_cat_w, app_ind_w, svc_ind_w, svc_reg_w, model_w, sol_w):
    """Fill breakdown dicts from totals. reg_w: domestic region weights; ovs_w: overseas country weights."""
    N["dev_cat"] = split(N["dev"], cat_w)
    N["ovs_cty"] = split(N["ovs"], ovs_w) if N["ovs"] else {}
    N["dev_reg"] = {**split(N["dev"] - N["ovs"], reg_w), **N["ovs_cty"]}
    N["pub_cat"] = split(N["pub"], N["dev_cat"])
    N["pub_reg"] = split(N["pub"], N["dev_reg"])
    N["run_cat"] = split(N["run_dev"], N["pub_cat"])
    N["run_reg"] = split(N["run_dev"], N["pub_reg"])
    N["app_cat"] = split(N["app"], app_cat_w)
    N["app_ind"] = split(N["app"], app_ind_w)
    N["pub_app_cat"] = split(N["pub_app_dau"], N["app_cat"])
    N["pub_app_ind"] = split(N["pub_app_dau"], N["app_ind"])
    N["svc_ind"] = split(N["svc"], svc_ind_w)
    N["svc_reg"] = split(N["svc"], svc_reg_w)
    N["local"] = N["svc_reg"].get("上海", 0)
    N["model_cat"] = split(N["models"], model_w)
    N["sol_mode"] = split(N["sol"], sol_w)
    return N


def finance(N, rev_prev):
    rv = N["rev"]
    N["growth"] = {2021: round((rv[2021] / rev_prev - 1) * 100, 2), 2022: round((rv[2022] / rv[2021] - 1) * 100, 2),
                   2023: round((rv[2023] / rv[2022] - 1) * 100, 2)}
    N["rd_int"] = round(N["rd"] / rv[2023] * 100, 2)
    N["profit_rate"] = round(N["profit"] / rv[2023] * 100, 2)
    N["roi"] = round(N["profit"] / N["build_amt"] * 100, 2)
    N["util_store"] = round(N["data"] / N["cap"] * 100, 2)
    N["paid_ratio"] = round(N["paid"] / N["reg"] * 100, 2)
    return N
