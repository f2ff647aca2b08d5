"""Deterministic list generators shared by the package specs (invented names and numbers)."""

from __future__ import annotations

import random

from eval_sets.blind.h86.model import split


def subs(names: list[str], total: int, killer: int, amount: float, seed: int) -> list[tuple[str, int, float]]:
    rng = random.Random(seed)
    k = split(killer, names[:5], [30, 24, 19, 15, 12])
    rest = names[5:]
    r = split(total - killer, rest, [rng.uniform(0.75, 1.25) for _ in rest])
    counts = [*k.values(), *r.values()]
    assert max(r.values()) < min(k.values()), "killer apps must be the five most subscribed"
    cents = int(round(amount * 100))
    m = split(cents, names, [c * rng.uniform(0.7, 1.3) for c in counts])
    return [(n, c, m[n] / 100) for n, c in zip(names, counts)]


def patents(n: int, topics: list[str], owner: str, seed: int) -> list[tuple]:
    rng = random.Random(seed)
    out = []
    kinds = ["发明专利"] * 3 + ["实用新型"]
    for i in range(n):
        t = topics[i % len(topics)]
        suffix = ["方法", "系统", "装置", "方法及系统", "方法、设备及存储介质"][rng.randrange(5)]
        kind = rng.choice(kinds)
        if kind == "实用新型":
            suffix = ["装置", "终端", "采集模块"][rng.randrange(3)]
        y = rng.randint(2018, 2023)
        num = f"ZL{y}{1 if kind == '发明专利' else 2}{rng.randint(1000000, 1099999):07d}.{rng.randint(0, 9)}"
        out.append((f"一种{t}{suffix}", kind, num, f"{y + rng.randint(1, 2)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", owner))
    return out


def softc(n: int, topics: list[str], owner: str, prefix: str, seed: int) -> list[tuple]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        y = rng.randint(2019, 2024)
        ver = f"V{rng.randint(1, 3)}.{rng.randint(0, 9)}"
        out.append((f"{prefix}{topics[i % len(topics)]}软件{ver}", f"{y}SR{rng.randint(100000, 1999999):07d}",
                    f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", owner))
    return out


def solutions(total: int, weights: list[int], topics: dict[str, list[str]]) -> list[tuple[str, str]]:
    cats = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]
    out = []
    for cat, c in split(total, cats, weights).items():
        names = topics[cat]
        for i in range(c):
            out.append((names[i % len(names)] + ("" if i < len(names) else f"（{i // len(names) + 1}期）"), cat))
    return out


def cert_lines(kind: str, item: tuple) -> tuple[str, list[str], str]:
    if kind == "patent":
        name, typ, num, date, owner = item
        return (f"{typ}证书", [f"{typ[:2]}名称：{name}", f"专利号：{num}", f"专利权人：{owner}", f"授权公告日：{date}"], "国家知识产权局")
    name, num, date, owner = item
    return ("计算机软件著作权登记证书", [f"软件名称：{name}", f"著作权人：{owner}", f"登记号：{num}", f"登记日期：{date}"], "中华人民共和国国家版权局")
