"""One source of truth per package: the declared values, their form strings, and the evidence figures."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


def f2(x: float) -> str:
    return f"{x:.2f}"


def th(n: int | float, dec: int = 0) -> str:
    return f"{n:,.{dec}f}"


def split(total: int, keys: list[str], weights: list[float]) -> dict[str, int]:
    """Integers proportional to weights that sum exactly to total (largest remainder); weight 0 → 0."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    ints = [int(r) for r in raw]
    rest = total - sum(ints)
    order = sorted(range(len(keys)), key=lambda i: (-(raw[i] - ints[i]), i))
    for i in order[:rest]:
        ints[i] += 1
    return dict(zip(keys, ints))


def scale(parts: dict[str, int], total: int) -> dict[str, int]:
    keys = list(parts)
    return split(total, keys, [parts[k] for k in keys])


def bd(d: dict[str, int | float], unit: str = "") -> str:
    return "、".join(f"{k}：{v}{unit}" for k, v in d.items())


@dataclass
class Pkg:
    pid: str
    cfg: dict
    V: dict = field(default_factory=dict)        # summary label -> normalized value (reviewer's reading)
    F: dict = field(default_factory=dict)        # form key -> string in 平台实际情况
    S: dict = field(default_factory=dict)        # summary label -> reviewer's value string
    proof: dict = field(default_factory=dict)    # form key -> 证明资料 cell
    A: dict = field(default_factory=dict)        # audit figures (万元)
    files: dict = field(default_factory=dict)
    facts: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    layout: list = field(default_factory=list)


def generate(cfg: dict) -> dict:
    """Consistent primary and derived numbers from a seed and the package's categories."""
    rng = random.Random(cfg["seed"])
    v: dict = {}
    r2020 = round(rng.uniform(*cfg["rev_range"]), 2)
    revs = {2020: r2020}
    for y, g in zip((2021, 2022, 2023), cfg["growth"]):
        revs[y] = round(revs[y - 1] * (1 + g), 2)
    v["revs"] = revs
    v["rates"] = {y: round((revs[y] / revs[y - 1] - 1) * 100, 2) for y in (2021, 2022, 2023)}
    v["rd"] = round(revs[2023] * cfg["rd_share"], 2)
    v["rd_rate"] = round(v["rd"] / revs[2023] * 100, 2)
    v["profit"] = round(revs[2023] * cfg["profit_share"], 2)
    v["margin"] = round(v["profit"] / revs[2023] * 100, 2)
    v["build_amount"] = cfg["build_amount"]
    v["roi"] = round(v["profit"] / cfg["build_amount"] * 100, 2)

    ops = rng.randint(40, 90)
    opr = rng.randint(25, 70)
    v["team"] = (ops + opr, ops, opr, int((ops + opr) * 0.68))

    T = cfg["devices"]
    cats = cfg["dev_cats"]
    v["dev_cat"] = split(T, list(cats), list(cats.values()))
    overseas = cfg.get("overseas", {})
    O = sum(overseas.values())
    regions = cfg["dev_regions"]
    dom = split(T - O, list(regions), list(regions.values()))
    v["dev_region"] = {**dom, **overseas}
    v["overseas"] = overseas
    PC = int(T * cfg["public_share"])
    v["pc"] = PC
    v["pc_cat"] = scale(v["dev_cat"], PC)
    v["pc_region"] = scale(v["dev_region"], PC)
    DR = int(PC * 0.63)
    v["dr"] = DR
    v["dr_cat"] = scale(v["pc_cat"], DR)
    v["dr_region"] = scale(v["pc_region"], DR)
    for a, b in (("pc_cat", "dev_cat"), ("pc_region", "dev_region"), ("dr_cat", "pc_cat"), ("dr_region", "pc_region")):
        assert all(v[a][k] <= v[b][k] for k in v[a]), a

    apps = cfg["apps"]
    native = int(apps * 0.58)
    v["apps"] = (apps, native, apps - native)
    v["software"] = apps + rng.randint(20, 60)
    v["app_cat"] = split(apps, list(cfg["app_cats"]), list(cfg["app_cats"].values()))
    v["app_ind"] = split(apps, list(cfg["industries"]), list(cfg["industries"].values()))
    v["app_mau"] = int(apps * 0.71)
    v["pub_apps"] = int(apps * 0.55)
    v["pub_dau"] = int(v["pub_apps"] * 0.46)
    v["pub_dau_cat"] = scale(v["app_cat"], v["pub_dau"])
    v["pub_dau_ind"] = scale(v["app_ind"], v["pub_dau"])
    v["killer"] = (5, rng.randint(600, 1500), rng.randint(9000, 30000), round(rng.uniform(12, 60), 2))

    v["cloud"] = (round(rng.uniform(80, 260), 2), None)
    v["cloud"] = (v["cloud"][0], int(v["cloud"][0] * 0.4))
    cap = float(cfg["storage"])
    data = round(cap * cfg["storage_use"], 2)
    v["storage"] = (cap, data, round(data * 0.37, 2), round(data / cap * 100, 2))

    M = cfg["models"]
    v["models"] = (M, int(M * 0.52), rng.randint(300, 900))
    v["model_cat"] = split(M, ["数据算法模型", "研发仿真模型", "行业机理模型", "业务流程模型"], cfg["model_w"])
    ms = cfg["micro"]
    v["micro"] = (ms, int(ms * 0.57))
    dev = cfg["developers"]
    v["dev"] = (dev, int(dev * 0.24))

    R = cfg["registered"]
    served = int(R * 0.78)
    v["users"] = (R, served)
    v["ent_ind"] = split(served, list(cfg["ent_ind"]), list(cfg["ent_ind"].values()))
    v["ent_region"] = split(served, list(cfg["ent_region"]), list(cfg["ent_region"].values()))
    v["paid"] = int(served * 0.31)
    v["local"] = v["ent_region"]["上海"]
    v["sme"] = int(served * 0.74)
    o23 = rng.randint(3000, 20000)
    v["orders"] = (o23, int(o23 * 1.06))
    v["trade_growth"] = round(rng.uniform(8, 25), 2)
    subs = rng.randint(2500, 8000)
    v["subs"] = (subs, int(subs * 0.47), round(rng.uniform(800, 2600), 2))
    v["util"] = round(rng.uniform(60, 90), 2)
    v["sol_total"] = sum(cfg["solutions"].values())
    v["rates3"] = (round(rng.uniform(10, 25), 2), round(rng.uniform(5, 15), 2), round(rng.uniform(10, 30), 2))
    v["jobs"] = rng.randint(80, 400)
    v["social"] = round(rng.uniform(12, 30), 2)
    v["paid_ratio"] = round(v["paid"] / R * 100, 2)  # 付费企业数 ÷ 注册企业用户数
    return v
