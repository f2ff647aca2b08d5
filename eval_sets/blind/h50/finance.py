"""Company statements, tax forms and platform split of one package, all in cents (元×100)."""
from __future__ import annotations

import random

RD_CATS = ["人员人工费用", "直接投入费用", "折旧费用与长期待摊费用", "无形资产摊销费用", "设计费用",
           "装备调试费用与试验费用", "其他费用", "委托外部研究开发费用"]
_SHARE = [0.52, 0.13, 0.06, 0.04, 0.05, 0.04, 0.08, 0.08]


def _r(rng, x, a, b):
    return int(x * rng.uniform(a, b))


def rd_projects(rng: random.Random, names: list[str], totals: list[int], other_share: float = 0.08) -> list[dict]:
    out = []
    for i, (name, tot) in enumerate(zip(names, totals)):
        shares = list(_SHARE)
        shares[6] = other_share
        w = [s * rng.uniform(0.8, 1.2) for s in shares]
        s = sum(w)
        parts = [int(tot * x / s) for x in w]
        parts[0] += tot - sum(parts)
        out.append({"code": f"RD{i + 1:02d}", "name": name, "cats": dict(zip(RD_CATS, parts)), "total": tot})
    return out


def a107012(projects: list[dict]) -> dict[int, int | str]:
    c = {k: sum(p["cats"][k] for p in projects) for k in RD_CATS}
    r: dict[int, int | str] = {i: 0 for i in range(1, 53)}
    r[1] = len(projects)
    staff = c["人员人工费用"]
    r[6] = int(staff * 0.03)
    r[4] = int(staff * 0.81)
    r[5] = staff - r[4] - r[6]
    r[3] = staff
    direct = c["直接投入费用"]
    r[8] = int(direct * 0.62)
    r[10] = int(direct * 0.14)
    r[14] = direct - r[8] - r[10]
    r[11] = c["装备调试费用与试验费用"]
    r[7] = r[8] + r[10] + r[11] + r[14]
    r[18] = c["折旧费用与长期待摊费用"]
    r[16] = r[17] + r[18]
    r[20] = c["无形资产摊销费用"]
    r[19] = r[20] + r[21] + r[22]
    r[24] = c["设计费用"]
    r[23] = r[24] + r[25] + r[26] + r[27]
    other = c["其他费用"]
    r[29] = int(other * 0.2)
    r[31] = int(other * 0.15)
    r[32] = int(other * 0.35)
    r[33] = other - r[29] - r[31] - r[32]
    r[28] = other
    base = r[3] + r[7] + r[16] + r[19] + r[23]
    r[34] = min(other, base * 10 // 90)
    r[2] = base + r[34]
    r[36] = c["委托外部研究开发费用"]
    r[35] = r[36] + r[37] + r[39]
    r[40] = r[2] + r[36] * 80 // 100 + r[38]
    r[41] = r[40]
    r[45] = r[41] + r[43] + r[44]
    r[47] = r[45] - r[46]
    r[50] = "100%"
    r[51] = r[47] - r[48] - r[49]
    return r


def company(rng: random.Random, rev: tuple[int, int], rd: tuple[int, int], deduction: int, cost_ratio=0.62) -> dict:
    """Income statement (both years), A100000, balance sheet. rev/rd: (2023, 2022)."""
    F: dict = {}
    y = {}
    for i, yr in enumerate((2023, 2022)):
        R = rev[i]
        d = {"营业收入": R, "营业成本": _r(rng, R, cost_ratio - .02, cost_ratio + .02), "税金及附加": _r(rng, R, .005, .007),
             "销售费用": _r(rng, R, .035, .045), "管理费用": _r(rng, R, .055, .07), "研发费用": rd[i],
             "财务费用": _r(rng, R, .002, .004), "投资收益": _r(rng, R, .001, .003)}
        d["利息费用"] = _r(rng, d["财务费用"], 1.1, 1.3)
        d["利息收入"] = d["利息费用"] - d["财务费用"]
        d["营业利润"] = (R - d["营业成本"] - d["税金及附加"] - d["销售费用"] - d["管理费用"] - d["研发费用"]
                     - d["财务费用"] + d["投资收益"])
        d["营业外收入"] = _r(rng, R, .004, .007)
        d["营业外支出"] = _r(rng, R, .0006, .0012)
        d["利润总额"] = d["营业利润"] + d["营业外收入"] - d["营业外支出"]
        y[yr] = d
    d = y[2023]
    t = {}
    t[1], t[2], t[3], t[4] = d["营业收入"], d["营业成本"], d["税金及附加"], d["销售费用"]
    t[5] = d["管理费用"] + d["研发费用"]
    t[6] = d["财务费用"]
    t[7] = t[8] = 0
    t[9] = d["投资收益"]
    t[10] = t[1] - t[2] - t[3] - t[4] - t[5] - t[6] - t[7] + t[8] + t[9]
    assert t[10] == d["营业利润"]
    t[11], t[12] = d["营业外收入"], d["营业外支出"]
    t[13] = t[10] + t[11] - t[12]
    t[14] = 0
    t[15] = _r(rng, t[13], .03, .05)
    t[16] = _r(rng, t[13], .01, .02)
    t[17] = deduction
    t[18] = 0
    t[19] = t[13] - t[14] + t[15] - t[16] - t[17] + t[18]
    t[20] = t[21] = t[22] = 0
    t[23] = t[19]
    assert t[23] > 0, "taxable income must stay positive"
    t[24] = "25%"
    t[25] = t[23] * 25 // 100
    t[26] = t[23] * 10 // 100
    t[27] = 0
    t[28] = t[25] - t[26] - t[27]
    t[29] = t[30] = 0
    t[31] = t[28]
    t[32] = _r(rng, t[31], .82, .93)
    t[33] = t[31] - t[32]
    t[34] = t[35] = t[36] = 0
    F["A100000"] = t
    for yr, dd in y.items():
        dd["所得税费用"] = t[28] if yr == 2023 else _r(rng, dd["利润总额"], .09, .11)
        dd["净利润"] = dd["利润总额"] - dd["所得税费用"]
    F["is"] = y
    # balance sheet (期末 2023-12-31, 年初 2023-01-01)
    bs = {}
    for key, R in (("期末", rev[0]), ("年初", rev[1])):
        total = _r(rng, R, 1.15, 1.35)
        cur = int(total * rng.uniform(.62, .7))
        ca = {"货币资金": 0, "交易性金融资产": _r(rng, cur, .02, .04), "应收票据": _r(rng, cur, .02, .04),
              "应收账款": _r(rng, cur, .28, .34), "预付款项": _r(rng, cur, .02, .03), "其他应收款": _r(rng, cur, .02, .03),
              "存货": _r(rng, cur, .12, .16), "合同资产": _r(rng, cur, .05, .08), "其他流动资产": _r(rng, cur, .01, .02)}
        ca["货币资金"] = cur - sum(ca.values())
        nca_t = total - cur
        nca = {"长期股权投资": _r(rng, nca_t, .08, .12), "固定资产": 0, "在建工程": _r(rng, nca_t, .03, .06),
               "无形资产": _r(rng, nca_t, .12, .16), "开发支出": _r(rng, nca_t, .02, .04),
               "长期待摊费用": _r(rng, nca_t, .02, .03), "递延所得税资产": _r(rng, nca_t, .01, .02)}
        nca["固定资产"] = nca_t - sum(nca.values())
        liab_t = int(total * rng.uniform(.48, .58))
        cl_t = int(liab_t * rng.uniform(.8, .9))
        cl = {"短期借款": _r(rng, cl_t, .08, .12), "应付票据": _r(rng, cl_t, .05, .08), "应付账款": 0,
              "合同负债": _r(rng, cl_t, .1, .14), "应付职工薪酬": _r(rng, cl_t, .06, .09), "应交税费": _r(rng, cl_t, .02, .04),
              "其他应付款": _r(rng, cl_t, .03, .05)}
        cl["应付账款"] = cl_t - sum(cl.values())
        ncl_t = liab_t - cl_t
        ncl = {"长期借款": _r(rng, ncl_t, .6, .75), "递延收益": 0}
        ncl["递延收益"] = ncl_t - ncl["长期借款"]
        eq_t = total - liab_t
        eq = {"实收资本（或股本）": _r(rng, eq_t, .3, .4), "资本公积": _r(rng, eq_t, .08, .12), "盈余公积": _r(rng, eq_t, .06, .1),
              "未分配利润": 0}
        eq["未分配利润"] = eq_t - sum(eq.values())
        bs[key] = {"ca": ca, "cur": cur, "nca": nca, "nca_t": nca_t, "total": total, "cl": cl, "cl_t": cl_t,
                   "ncl": ncl, "ncl_t": ncl_t, "liab": liab_t, "eq": eq, "eq_t": eq_t}
    F["bs"] = bs
    return F


def tax_paid(rng: random.Random, rev: int, income_tax_paid: int) -> list[tuple[str, str, int]]:
    vat = _r(rng, rev, .018, .024)
    rows = [("增值税", "软件和信息技术服务", vat), ("企业所得税", "应纳税所得额", income_tax_paid),
            ("城市维护建设税", "市区（增值税附征）", vat * 7 // 100), ("教育费附加", "增值税教育费附加", vat * 3 // 100),
            ("地方教育附加", "增值税地方教育附加", vat * 2 // 100), ("印花税", "购销合同", _r(rng, rev, .0002, .0003))]
    return rows
