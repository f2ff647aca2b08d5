"""Company statements (合并/母公司 × 本期/上期) and platform-scoped tables, arithmetic exact in cents."""

from __future__ import annotations

import random

from model import yuan

IS_ROWS = [
    ("一、营业收入", "rev"), ("减：营业成本", "cost"), ("税金及附加", "tax"), ("销售费用", "sell"), ("管理费用", "adm"),
    ("研发费用", "rd"), ("财务费用", "fin"), ("其中：利息收入", "int"), ("加：其他收益", "oth"),
    ("投资收益（损失以“－”号填列）", "inv"), ("信用减值损失（损失以“－”号填列）", "cred"),
    ("二、营业利润（亏损以“－”号填列）", "op"), ("加：营业外收入", "nin"), ("减：营业外支出", "nout"),
    ("三、利润总额（亏损总额以“－”号填列）", "tp"), ("减：所得税费用", "itax"), ("四、净利润（净亏损以“－”号填列）", "np"),
]


def income(rev_cents: int, seed: int, rd_cents: int | None = None, tp_cents: int | None = None) -> dict:
    rng = random.Random(seed)
    c = {"rev": rev_cents}

    def part(lo, hi):
        return int(rev_cents * rng.uniform(lo, hi))

    c["tax"] = part(0.004, 0.008)
    c["sell"] = part(0.03, 0.05)
    c["adm"] = part(0.05, 0.07)
    c["rd"] = rd_cents if rd_cents is not None else part(0.06, 0.09)
    c["int"] = part(0.002, 0.004)
    c["fin"] = -c["int"] + part(0.0005, 0.001)  # net interest income: 财务费用 negative
    c["oth"] = part(0.004, 0.01)
    c["inv"] = part(-0.002, 0.004)
    c["cred"] = -part(0.002, 0.006)
    c["nin"] = part(0.0003, 0.001)
    c["nout"] = part(0.0002, 0.0006)
    if tp_cents is None:
        tp_cents = part(0.04, 0.09)
    fixed = -c["tax"] - c["sell"] - c["adm"] - c["rd"] - c["fin"] + c["oth"] + c["inv"] + c["cred"]
    # tp = rev - cost + fixed + nin - nout  =>  cost
    c["cost"] = rev_cents + fixed + c["nin"] - c["nout"] - tp_cents
    c["op"] = rev_cents - c["cost"] + fixed
    c["tp"] = c["op"] + c["nin"] - c["nout"]
    assert c["tp"] == tp_cents
    c["itax"] = int(max(tp_cents, 0) * rng.uniform(0.08, 0.15))
    c["np"] = c["tp"] - c["itax"]
    return c


def money(cents: int, neg: str = "paren") -> str:
    return yuan(cents / 100, neg)


def statement_rows(cols: list[dict], neg: str = "paren") -> list[list[str]]:
    rows = []
    for label, key in IS_ROWS:
        rows.append([label] + [money(c[key], neg) for c in cols])
    return rows


def balance(rev_cents: int, seed: int) -> dict:
    rng = random.Random(seed)
    ta = int(rev_cents * rng.uniform(1.2, 1.8))
    tl = int(ta * rng.uniform(0.35, 0.6))
    return {"ta": ta, "tl": tl, "eq": ta - tl}
