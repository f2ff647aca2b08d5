"""Shared pieces of the four specs: contracts arithmetic, consistent indicator configs, text answers."""
from __future__ import annotations

import random

import evidence as ev
from model import pct
from notice import APPENDIX_E

VAT = 1.06


def months_in_2023(start: tuple[int, int], months: int) -> int:
    y, m = start
    cnt = 0
    for k in range(months):
        yy, mm = y + (m - 1 + k) // 12, (m - 1 + k) % 12 + 1
        cnt += yy == 2023
    return cnt


def contract(no, customer, name, service, date, amount, start, months, kind="sub", payment="", signer=("", ""),
             invoiced=None, rev=None):
    """kind: sub (ratable over the service period), project (accepted in 2023, recognised at acceptance),
    future (signed Dec 2023, service from 2024: nothing recognised in 2023)."""
    net = amount / VAT
    if rev is None:
        if kind == "sub":
            rev = round(net * months_in_2023(start, months) / months, 2)
        elif kind == "project":
            rev = round(net, 2)
        else:
            rev = 0.0
    y, m = start
    endy, endm = y + (m - 1 + months - 1) // 12, (m - 1 + months - 1) % 12 + 1
    period = f"{y}.{m:02d}-{endy}.{endm:02d}" if kind != "project" else f"{y}.{m:02d}-{endy}.{endm:02d}（验收）"
    if invoiced is None:
        if kind == "sub" and y < 2023:
            invoiced = round(amount * 12 / months, 2) if months >= 24 else 0.0
        elif kind == "sub":
            invoiced = amount
        elif kind == "project":
            invoiced = round(amount * 0.9, 2)
        else:
            invoiced = round(amount * 0.3, 2)
    dy, dm, dd = (int(x) for x in date.split("-"))
    return dict(no=no, customer=customer["name"], customer_code=customer["code"], name=name, service=service, date=date,
                date_cn=f"{dy}年{dm}月{dd}日", amount=round(amount, 2), rev2023=rev, invoiced=invoiced, period=period,
                period_text=f"自{y}年{m}月1日起至{endy}年{endm}月{[31,29 if endy%4==0 else 28,31,30,31,30,31,31,30,31,30,31][endm-1]}日止，共{months}个月",
                payment=payment or "合同签订后15个工作日内甲方支付合同总价款的100%，乙方开具增值税专用发票。",
                buyer_signer=signer[0], seller_signer=signer[1], kind=kind)


def totals(contracts, **over):
    t = {"amount": round(sum(c["amount"] for c in contracts), 2), "rev2023": round(sum(c["rev2023"] for c in contracts), 2),
         "invoiced": round(sum(c["invoiced"] for c in contracts), 2)}
    t.update(over)
    return t


def customers(rng: random.Random, specs: list[tuple]) -> list[dict]:
    """specs: (name, region_code, industry, region, service, extra)"""
    out = []
    for name, rc, ind, reg, service, extra in specs:
        kind = "12" if name.endswith("研究所") or name.endswith("研究院") else "91"
        out.append(dict(name=name, code=ev.credit_code(rng, rc, kind), industry=ind, region=reg, service=service,
                        extra=extra))
    return out


def split(total: int, keys: list[str], weights: list[float]) -> dict:
    s = sum(weights)
    vals = [int(total * w / s) for w in weights]
    vals[0] += total - sum(vals)
    return dict(zip(keys, vals))


def base_cfg(rng: random.Random, *, devices: int, cats: dict, regs: dict, pub_share: float = 0.42, run_share: float = 0.71,
             overseas: dict, app_native: int, app_cloud: int, app_cats: dict, app_inds: dict, models: dict,
             store_cap: float, store_used: float) -> dict:
    ck, cw = list(cats), list(cats.values())
    rk, rw = list(regs), list(regs.values())
    ov = sum(overseas.values())
    dom = devices - ov
    reg = split(dom, rk, rw)
    reg.update(overseas)
    pub = int(devices * pub_share)
    run = int(pub * run_share)
    ov_pub = {k: int(v * pub_share) for k, v in overseas.items()}
    ov_run = {k: int(v * pub_share * run_share) for k, v in overseas.items()}
    pub_reg = split(pub - sum(ov_pub.values()), rk, rw)
    pub_reg.update(ov_pub)
    run_reg = split(run - sum(ov_run.values()), rk, rw)
    run_reg.update(ov_run)
    apps = app_native + app_cloud
    pub_apps = int(apps * 0.58)
    pub_dau = int(pub_apps * 0.47)
    return dict(
        dev=dict(total=devices, cat=split(devices, ck, cw), reg=reg, pub=pub, pub_cat=split(pub, ck, cw), pub_reg=pub_reg,
                 run=run, run_cat=split(run, ck, cw), run_reg=run_reg, overseas=ov, overseas_by=dict(overseas),
                 protocols=rng.randint(60, 180)),
        app=dict(soft=apps + rng.randint(20, 60), native=app_native, cloud=app_cloud, cat=split(apps, list(app_cats), list(app_cats.values())),
                 ind=split(apps, list(app_inds), list(app_inds.values())), mau=int(apps * 0.71), killer_dau=rng.randint(300, 900),
                 killer_hits=rng.randint(4000, 16000), killer_rev=round(rng.uniform(8, 30), 2), pub=pub_apps, pub_dau=pub_dau,
                 pub_cat=split(pub_dau, list(app_cats), list(app_cats.values())),
                 pub_ind=split(pub_dau, list(app_inds), list(app_inds.values()))),
        store=dict(cloud=round(rng.uniform(40, 120), 2), pubcloud=rng.randint(18, 36), cap=store_cap, data=store_used,
                   pubdata=round(store_used * 0.38, 2)),
        model=dict(total=sum(models.values()), active=int(sum(models.values()) * 0.52), users=rng.randint(90, 300), cat=dict(models)),
        ms=(rng.randint(260, 620), 0), devs=(rng.randint(600, 2400), 0),
    )


def finish_cfg(c: dict, rng: random.Random):
    c["ms"] = (c["ms"][0], int(c["ms"][0] * 0.61))
    c["devs"] = (c["devs"][0], int(c["devs"][0] * 0.27))
    return c


def solutions(total: int) -> dict:
    return split(total, APPENDIX_E, [4, 1, 3, 4, 1, 3])
