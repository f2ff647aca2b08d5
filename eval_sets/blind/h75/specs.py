"""Shared derivation for the four packages of h75: from primary figures to every declared value.

Each pkg_*.py module fills a `Package` with primary numbers (v), texts, evidence overrides (ev) and the
problems it plants; `derive` computes rates and breakdowns the way a careful applicant does (2 decimals,
round half up) so a clean package is consistent by construction.
"""

from __future__ import annotations

import random

from common import growth, pct, r2, split_total


def breakdown(total: int, weights: dict[str, float]) -> dict[str, int]:
    keys = list(weights)
    parts = split_total(total, [weights[k] for k in keys])
    return {k: n for k, n in zip(keys, parts) if n > 0}


def yuan_value(wan: float, rng: random.Random) -> float:
    """A ledger amount in 元 that rounds to `wan` 万元 (cents jitter below 50 元)."""
    cents = int(round(wan * 1000000)) + rng.randint(-4999, 4999)
    return cents / 100


def derive(v: dict, rev_hist: dict[int, float], profit: float, build_amount: float) -> None:
    """Fill the computed indicators of v (in place)."""
    v["rev"] = rev_hist[2023]
    v["rev_hist"] = {y: rev_hist[y] for y in (2021, 2022, 2023)}
    v["growth"] = {y: growth(rev_hist[y], rev_hist[y - 1]) for y in (2021, 2022, 2023)}
    v["rd_int"] = pct(v["rd"], v["rev"])
    v["profit"] = profit
    v["profit_rate"] = pct(profit, v["rev"])
    v["paid_share"] = pct(v["paid"], v["reg"])
    v["util_storage"] = pct(v["data"], v["cap"])
    v["roi"] = pct(profit, build_amount)
    v["build_amount"] = build_amount
    v["om_down"] = r2(sum(c["om"] for c in v["cases"]) / 3)
    v["energy_down"] = r2(sum(c["energy"] for c in v["cases"]) / 3)
    v["safety_up"] = r2(sum(c["safety"] for c in v["cases"]) / 3)
    v["team"] = v["team_om"] + v["team_op"]
    # breakdowns that follow a parent's shape
    v.setdefault("pub_cat", breakdown(v["pub"], v["dev_cat"]))
    v.setdefault("run_cat", breakdown(v["run"], v["pub_cat"]))
    v.setdefault("pub_reg", breakdown(v["pub"], v["dev_reg"]))
    v.setdefault("run_reg", breakdown(v["run"], v["pub_reg"]))
    v.setdefault("pub_app_dau_cat", breakdown(v["pub_app_dau"], v["app_cat"]))
    v.setdefault("pub_app_dau_ind", breakdown(v["pub_app_dau"], v["app_ind"]))
    v["killer"] = 5
    v["local"] = v["served_reg"]["上海"]
    v["ovs"] = sum(v["ovs_by"].values())
    for k, n in v["ovs_by"].items():
        assert v["dev_reg"][k] == n, (k, n)


def close_region(reg: dict[str, int], total: int, last: str) -> dict[str, int]:
    """Set the region `last` so that the breakdown sums to total (keeps insertion order)."""
    rest = sum(n for k, n in reg.items() if k != last)
    reg[last] = total - rest
    assert reg[last] > 0
    return reg
